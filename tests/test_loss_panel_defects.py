"""Issue 16, the loss panel: absurd numbers, negative cross-entropy, logits keeping y, value labels that
collide, layouts that jump under the pointer, presentation mode, the preset source line, the simpleNet
preset, remembered settings and a batch table that recomputes once per row. Each test failed before."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QLocale, QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication, QLabel

pytest.importorskip("pytestqt")

from dlfs_studio.app.panels.loss_panel import LossPanel, load_presets
from dlfs_studio.core import functions as F
from dlfs_studio.core.nets import SimpleNet

HUGE_Y = [1e308, 0, 0.6, 0, 0.05, 0.1, 0, 0.1, 0, 0]


@pytest.fixture
def panel(qtbot):
    p = LossPanel()
    qtbot.addWidget(p)
    p.resize(1280, 720)
    p.show()
    qtbot.waitExposed(p)
    yield p
    p.shutdown()


def _loss_panel(window):
    """The loss panel, shown (the first tab is chapter 3's forward pass)."""
    window.show_panel("loss")
    return window.current_panel()


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def _shown_text(widget) -> str:
    """Every visible label's text under ``widget``."""
    return "\n".join(w.text() for w in widget.findChildren(QLabel) if w.isVisibleTo(widget))


def test_huge_y_overflows_the_squared_error_without_an_exception(panel) -> None:
    panel.choose_preset("book_y")
    panel.set_y(HUGE_Y)  # through the field's signal, as typing does: an exception in the slot fails the test
    _settle()
    assert panel.sse_label.text() == "inf"
    assert panel.ce_label.text() == repr(F.cross_entropy_error(HUGE_Y, 2))
    # the plots show the new y, not the previous one
    assert panel.y_bars.opts["height"][0] == 1e308
    top = panel.bars_plot.getPlotItem().getViewBox().viewRange()[1][1]
    assert np.isfinite(top) and top >= 1e300
    assert "overflow" in _shown_text(panel)
    panel.grab()  # and it paints


def test_logits_overflowing_with_a_small_temperature_say_so_and_keep_y(panel, qtbot) -> None:
    panel.set_logits([0.3, -0.4, 2.1, -1.2, -0.4, 0.3, -1.2, 0.3, -1.2, -1.2])
    before = panel.y()
    panel.set_logits([1e308, 0, 0, 0, 0, 0, 0, 0, 0, 0], temperature=0.05)
    _settle()
    assert "overflow" in panel.logits_field.error.text() and panel.logits_field.error.isVisibleTo(panel)
    assert np.array_equal(panel.y(), before)
    assert "nan" not in (panel.sse_label.text() + panel.ce_label.text())
    # with T = 1, 1e308 is a fine logit: softmax puts everything on class 0
    panel.set_logits([1e308, 0, 0, 0, 0, 0, 0, 0, 0, 0], temperature=1.0)
    assert panel.y()[0] == 1.0 and not panel.logits_field.error.isVisibleTo(panel)


@pytest.mark.parametrize("y, fragment", [
    ([0, 0, 1.0, 0, 0, 0, 0, 0, 0, 0], "1 + 1e-7"),
    ([0, 0, 2.5, 0, 0, 0, 0, 0, 0, 0], "above 1"),
])
def test_negative_cross_entropy_is_explained(panel, y, fragment) -> None:
    panel.choose_preset("book_y")
    panel.set_y(y)
    _settle()
    assert float(panel.ce_label.text()) < 0
    text = _shown_text(panel)
    assert "negative" in text and fragment in text


def test_switching_to_logits_keeps_the_dragged_y(panel) -> None:
    panel.choose_preset("book_y")
    panel.set_bar_value(2, 0.9)
    dragged = panel.y()
    panel.radio_logits.setChecked(True)
    _settle()
    assert np.allclose(panel.y(), dragged, rtol=0, atol=1e-12)
    a = np.array([float(v) for v in panel.logits_field.edit.text().split(",")])
    assert a[2] == pytest.approx(np.log(0.9))
    assert panel.label() == 2


def test_adjacent_value_labels_do_not_run_together(window_1280) -> None:
    panel = _loss_panel(window_1280)
    panel.choose_preset("book_y")
    panel.set_y([0.0707, 0.0355, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0])
    _settle()
    window_1280.grab()
    labels = [*panel.sse_contrib_texts, panel.ce_contrib_text]
    assert labels[0].toPlainText() == "0.0025"
    box = panel.contrib_plot.getPlotItem().getViewBox().sceneBoundingRect().adjusted(-0.5, -0.5, 0.5, 0.5)
    rects = [t.sceneBoundingRect() for t in labels]
    for t, rect in zip(labels, rects, strict=True):
        assert box.contains(rect), f"label {t.toPlainText()!r} is cut off"
    for i, a in enumerate(rects):
        for b in rects[i + 1:]:
            assert not a.intersects(b), "two value labels overlap"


def _bar_point(panel, k: int, value: float) -> QPoint:
    vb = panel.bars_plot.getPlotItem().getViewBox()
    scene = vb.mapViewToScene(QPointF(k, value))
    return panel.bars_plot.mapFromScene(scene)


def test_the_bar_chart_does_not_move_during_a_drag(window_1280, qtbot) -> None:
    panel = _loss_panel(window_1280)
    panel.choose_preset("seed001_ja")  # a three-line note; a drag turns it into "your own values" (one line)
    _settle()
    viewport = panel.bars_plot.viewport()
    before = viewport.mapTo(window_1280, QPoint(0, 0))
    height = viewport.height()
    # drag the correct bar (2) down to 0: the δ note appears mid-drag
    start, end = _bar_point(panel, 2, 0.6), _bar_point(panel, 2, -0.05)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    positions = []
    for i in range(1, 7):
        qtbot.mouseMove(viewport, start + (end - start) * i / 6)
        _settle()
        positions.append((viewport.mapTo(window_1280, QPoint(0, 0)), viewport.height()))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    assert panel.y()[2] == 0.0
    assert all(p == (before, height) for p in positions), positions
    # the preset note alone never moves the charts: one line or three, the same height
    panel.choose_preset("seed001_ja")
    _settle()
    three = viewport.mapTo(window_1280, QPoint(0, 0))
    panel.set_bar_value(4, 0.2)
    _settle()
    assert viewport.mapTo(window_1280, QPoint(0, 0)) == three


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_presentation_mode_bar_chart_is_tall_and_nothing_is_clipped(window_1280, lang) -> None:
    from dlfs_studio.app import main as app_main

    app = QApplication.instance()
    installed = app_main.install_translations(app, QLocale(lang)) if lang != "en" else []
    try:
        window_1280.set_presentation_mode(True)
        panel = _loss_panel(window_1280)
        panel.choose_preset("seed004_ce_ja")  # 0.99 on the correct class: the "t = 2" label goes above the bar
        _settle()
        window_1280.grab()
        vb = panel.bars_plot.getPlotItem().getViewBox()
        assert vb.height() >= 200, vb.height()  # 150 px before
        box = vb.sceneBoundingRect().adjusted(-0.5, -0.5, 0.5, 0.5)
        for t in (*panel.bar_texts, panel.t_text):
            assert box.contains(t.sceneBoundingRect()), f"{t.toPlainText()!r} is clipped"
        # no legend box over the loss curves' markers
        curve = panel.curve_plot.getPlotItem()
        legend = curve.legend
        markers = panel.curve.curve_points.sceneBoundingRect()
        assert legend is None or not legend.isVisible() or not legend.sceneBoundingRect().intersects(markers)
    finally:
        for t in installed:
            app.removeTranslator(t)


def test_preset_source_line_names_title_and_language_not_a_path(panel) -> None:
    for p in panel.presets():
        panel.choose_preset(p["id"])
        note = panel.preset_note.text()
        assert "/work/" not in note and ".txt" not in note, p["id"]
        if p["id"].startswith("seed"):
            assert any(lang in note for lang in ("Japanese", "Korean", "Chinese")), p["id"]


def test_simplenet_preset_shows_the_loss_and_dw(panel) -> None:
    p = next(x for x in load_presets() if x["id"] == "seed003_simplenet_zh")
    panel.choose_preset(p["id"])
    net = SimpleNet(p["W"])
    loss = net.loss(p["x"], 2)
    assert panel.ce_label.text() == repr(loss) == "1.9926989992733082"
    note = panel.preset_note.text()
    assert "1.992699002936635" in note and "8 decimals" in note
    panel.tabs.setCurrentIndex(1)
    shown = panel.gradients.simplenet_label
    assert shown.isVisibleTo(panel)
    dW = net.numerical_gradient(p["x"], 2)
    assert repr(float(dW[0, 0])) in shown.text() and repr(float(dW[1, 2])) in shown.text()
    assert abs(dW[0, 0] - 0.31663563) < 1e-7  # the note's printed dW, to its 8 decimals
    panel.choose_preset("book_y")
    assert not shown.isVisibleTo(panel)


def test_preset_mode_and_tab_are_remembered(qtbot) -> None:
    first = LossPanel()
    qtbot.addWidget(first)
    first.choose_preset("seed004_ce_ja")
    first.tabs.setCurrentIndex(2)
    first.shutdown()
    second = LossPanel()
    qtbot.addWidget(second)
    assert second.preset_combo.currentData() == "seed004_ce_ja"
    assert second.tabs.currentIndex() == 2
    assert second.ce_label.text() == "0.010050234843405595"
    second.tabs.setCurrentIndex(0)
    second.set_logits([1.0, 2.0, 3.0, 0, 0, 0, 0, 0, 0, 0], temperature=2.0)
    second.set_label(2)
    second.shutdown()
    third = LossPanel()
    qtbot.addWidget(third)
    assert third.radio_logits.isChecked() and third.temperature.value() == 2.0
    assert third.label() == 2 and third.tabs.currentIndex() == 0
    assert np.allclose(third.y(), F.softmax(np.array([1.0, 2.0, 3.0, 0, 0, 0, 0, 0, 0, 0]), temperature=2.0))
    third.shutdown()


def test_adding_a_batch_row_recomputes_once(panel, monkeypatch) -> None:
    panel.tabs.setCurrentIndex(2)
    calls = []
    original = F.cross_entropy_per_row

    def counting(y, t, *args, **kwargs):
        calls.append(1)
        return original(y, t, *args, **kwargs)

    monkeypatch.setattr(F, "cross_entropy_per_row", counting)
    for rows in range(3, 13):
        calls.clear()
        panel.add_batch_row()
        assert panel.batch_table.rowCount() == rows
        assert len(calls) == 2, len(calls)  # per-row cross-entropy, label and one-hot forms: one recomputation
    assert len(panel.batch_results()["labels"]) == 12


def test_batch_edits_parse_only_the_changed_cell(panel, monkeypatch) -> None:
    from dlfs_studio.app.panels.loss import batch_view

    panel.tabs.setCurrentIndex(2)
    for _ in range(48):
        panel.add_batch_row()
    parsed = []
    original = batch_view.parse_vector

    def counting(text, *args, **kwargs):
        parsed.append(text)
        return original(text, *args, **kwargs)

    monkeypatch.setattr(batch_view, "parse_vector", counting)
    panel.add_batch_row()
    assert parsed == []  # a new row's numbers are floats already
    panel.set_batch_cell(10, 3, "0.25")
    assert parsed == ["0.25"]
    assert panel.batch_results()["Y"][10, 3] == 0.25 and len(panel.batch_results()["labels"]) == 51
    panel.set_batch_cell(10, 4, "x")
    assert "Row 11, y4" in panel.batch_error.text()
    panel.set_batch_cell(10, 4, "0.5")
    assert not panel.batch_error.isVisibleTo(panel) and panel.batch_results()["Y"][10, 4] == 0.5
