"""Drive the loss-function explorer: presets, labels, bars, bad input, softmax, batch, delta, gradients."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from dlfs_studio.core import functions as F

pytest.importorskip("pytestqt")

from dlfs_studio.app.panels.loss_panel import NUM_CLASSES, LossPanel, load_presets, renormalise

BOOK_Y = [0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0]

#: (preset id, expected label texts) — the values the book / the notes print (the brief's list).
EXPECTED = {
    "book_y": {"sse": "0.09750000000000003", "ce": "0.510825457099338", "sse2": "0.5975",
               "ce2": "2.302584092994546"},
    "book_y2": {"sse": "0.5975", "ce": "2.302584092994546"},
    "seed002_ko": {"sse": "0.09750000000000003", "ce": "0.510825457099338", "sse2": "0.6425",
                   "ce2": "2.302584092994546"},
    "seed003_zh": {"sse": "0.09750000000000003"},
    "seed004_sse_ja": {"sse": "0.10105000000000001", "sse2": "0.46525000000000005"},
    "seed004_ce_ja": {"ce": "0.010050234843405595", "ce2": "1.6094374124342252"},
    "seed001_ja": {"ce": "0.510825457099338"},
    "delta_demo": {"ce": "16.11809565095832"},
}


@pytest.fixture
def panel(qtbot):
    p = LossPanel()
    qtbot.addWidget(p)
    p.resize(1200, 700)
    p.show()
    qtbot.waitExposed(p)
    return p


def _labels(panel: LossPanel) -> dict[str, str]:
    return {"sse": panel.sse_label.text(), "ce": panel.ce_label.text(), "sse2": panel.sse2_label.text(),
            "ce2": panel.ce2_label.text(), "ce_nodelta": panel.ce_nodelta_label.text()}


def _no_dialogs() -> None:
    for w in QApplication.topLevelWidgets():
        assert not (w.isVisible() and isinstance(w, (QDialog, QMessageBox))), f"unexpected dialog {w!r}"


def test_presets_table_is_complete() -> None:
    presets = load_presets()
    ids = {p["id"] for p in presets}
    assert set(EXPECTED) <= ids
    for p in presets:
        assert p["source"] and p["note"] and len(p["y"]) == NUM_CLASSES


@pytest.mark.parametrize("preset", [p["id"] for p in load_presets()])
def test_every_preset_shows_core_repr(panel: LossPanel, preset: str) -> None:
    panel.choose_preset(preset)
    p = next(x for x in panel.presets() if x["id"] == preset)
    t = F.one_hot(p["label"], NUM_CLASSES, dtype=np.int64)
    shown = _labels(panel)
    assert shown["sse"] == repr(F.sum_squared_error(p["y"], t))
    assert shown["ce"] == repr(F.cross_entropy_error(p["y"], t))
    assert shown["ce_nodelta"] == repr(F.cross_entropy_error(p["y"], p["label"], delta=0))
    if p.get("y2") is not None:
        assert panel.sse2_label.isVisibleTo(panel)
        assert shown["sse2"] == repr(F.sum_squared_error(p["y2"], t))
        assert shown["ce2"] == repr(F.cross_entropy_error(p["y2"], t))
    else:
        assert not panel.sse2_label.isVisibleTo(panel)
    for key, text in EXPECTED.get(preset, {}).items():
        assert shown[key] == text, (preset, key)
    assert panel.label() == p["label"]
    assert f"t = {p['label']}" in panel.t_index_label.text()
    assert p["source"].split(" (")[0] in panel.preset_note.text()


def test_seed001_preset_explains_the_division_by_ten(panel: LossPanel) -> None:
    panel.choose_preset("seed001_ja")
    note = panel.preset_note.text()
    assert "0.0510825457099338" in note and "0.510825457099338" in note
    assert "differs" in note  # the printed value is flagged, not silently shown as correct
    assert panel.ce_label.text() == "0.510825457099338"
    assert any("sum to 1.1" in n for n in panel.notes())  # y sums to 1.1


def test_seed000_old_numpy_repr_is_recognised_as_the_same_float(panel: LossPanel) -> None:
    panel.choose_preset("seed000_ja")
    assert "0.097500000000000031" in panel.preset_note.text()
    assert "same float" in panel.preset_note.text()
    assert panel.sse_label.text() == "0.09750000000000003"


def test_click_a_class_button_changes_the_label(panel: LossPanel, qtbot) -> None:
    panel.choose_preset("book_y")
    qtbot.mouseClick(panel.label_buttons[7], Qt.MouseButton.LeftButton)
    assert panel.label() == 7
    assert panel.label_buttons[7].isChecked() and not panel.label_buttons[2].isChecked()
    assert "t = 7" in panel.t_index_label.text()
    assert "[0 0 0 0 0 0 0 1 0 0]" in panel.t_onehot_label.text()
    assert panel.sse_label.text() == "0.5975"
    assert panel.ce_label.text() == "2.302584092994546"
    assert panel.preset_combo.currentIndex() == 0  # now "your own values"
    assert panel.target_bars.opts["height"][7] == 1.0


def test_drag_handler_renormalises(panel: LossPanel) -> None:
    panel.choose_preset("book_y")
    before = panel.y()
    panel.set_bar_value(2, 0.9)
    y = panel.y()
    assert y[2] == 0.9
    assert abs(y.sum() - 1.0) < 1e-12
    others = np.arange(NUM_CLASSES) != 2
    np.testing.assert_allclose(y[others] / y[others].sum(), before[others] / before[others].sum())
    assert panel.sse_label.text() == repr(F.sum_squared_error(y, F.one_hot(2, 10, dtype=np.int64)))
    # out of range drags are clamped; all-zero others share the rest equally
    z = renormalise(np.eye(NUM_CLASSES)[3], 3, 1.7)
    assert z[3] == 1.0 and abs(z.sum() - 1) < 1e-12
    z = renormalise(np.eye(NUM_CLASSES)[3], 3, 0.1)
    np.testing.assert_allclose(z[np.arange(10) != 3], 0.1)
    # the bars drawn follow
    np.testing.assert_array_equal(panel.y_bars.opts["height"], y)


def _bar_point(panel: LossPanel, k: int, value: float) -> QPoint:
    vb = panel.bars_vb
    scene_pt = vb.mapViewToScene(QPointF(k, value))
    return panel.bars_plot.mapFromScene(scene_pt)


def test_real_mouse_click_and_drag_on_a_bar(panel: LossPanel, qtbot) -> None:
    panel.choose_preset("book_y")
    panel.tabs.setCurrentIndex(0)
    qtbot.wait(50)
    viewport = panel.bars_plot.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=_bar_point(panel, 4, 0.5))
    y = panel.y()
    assert abs(y[4] - 0.5) < 0.03
    assert abs(y.sum() - 1.0) < 1e-12
    # press on bar 7, move up, release: a drag
    start, end = _bar_point(panel, 7, 0.1), _bar_point(panel, 7, 0.8)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, 6):
        qtbot.mouseMove(viewport, start + (end - start) * i / 5)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    y = panel.y()
    assert abs(y[7] - 0.8) < 0.03
    assert abs(y.sum() - 1.0) < 1e-12


@pytest.mark.parametrize("text, fragment", [
    ("abc, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1", "not a number"),
    ("nan, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1", "NaN"),
    ("-0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1", "negative"),
    ("", "empty"),
    ("0.1, 0.2, 0.7", "Expected 10 values, got 3"),
    ("inf, 0, 0, 0, 0, 0, 0, 0, 0, 0", "infinite"),
])
def test_bad_input_shows_inline_message_and_keeps_last_values(panel: LossPanel, qtbot, text, fragment) -> None:
    panel.choose_preset("book_y")
    before, shown = panel.y(), _labels(panel)
    edit = panel.y_field.edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    if text:
        qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert panel.y_field.error.isVisibleTo(panel)
    assert fragment in panel.y_field.error_text()
    np.testing.assert_array_equal(panel.y(), before)
    assert _labels(panel) == shown
    np.testing.assert_array_equal(panel.y_bars.opts["height"], before)
    _no_dialogs()
    # a good value clears the message and applies
    edit.selectAll()
    qtbot.keyClicks(edit, "0, 0, 1, 0, 0, 0, 0, 0, 0, 0")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert not panel.y_field.error.isVisibleTo(panel)
    assert panel.sse_label.text() == "0.0"
    assert panel.ce_label.text() == repr(F.cross_entropy_error(np.eye(10)[2], np.eye(10, dtype=np.int64)[2]))


def test_typed_y_not_summing_to_one_is_flagged_and_still_computed(panel: LossPanel, qtbot) -> None:
    y = [0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.6, 0.3, 0.0, 0.0]
    panel.set_y(y)
    assert any("1.3" in n for n in panel.notes())
    assert panel.sse_label.text() == "0.6425"
    assert panel.ce_label.text() == "2.302584092994546"
    qtbot.mouseClick(panel.renormalise_button, Qt.MouseButton.LeftButton)
    assert abs(panel.y().sum() - 1) < 1e-12
    assert not any("sum to" in n for n in panel.notes())


def test_bad_y2_input_is_inline_too(panel: LossPanel, qtbot) -> None:
    panel.choose_preset("book_y")
    shown = panel.sse2_label.text()
    panel.y2_field.edit.setText("0.1, x")
    assert not panel.y2_field.commit()
    assert "not a number" in panel.y2_field.error_text()
    assert panel.sse2_label.text() == shown
    _no_dialogs()


def test_softmax_logits_with_temperature(panel: LossPanel, qtbot) -> None:
    logits = [1.0, 2.0, 3.0, 0.5, -1.0, 0.0, 0.0, 0.2, 0.1, -0.3]
    panel.set_logits(logits, temperature=2.0)
    assert panel.radio_logits.isChecked() and panel.logits_widget.isVisibleTo(panel)
    expected = F.softmax(logits, temperature=2.0)
    np.testing.assert_array_equal(panel.y(), expected)
    t = F.one_hot(panel.label(), 10, dtype=np.int64)
    assert panel.sse_label.text() == repr(F.sum_squared_error(expected, t))
    assert panel.ce_label.text() == repr(F.cross_entropy_error(expected, t))
    # changing the temperature recomputes
    panel.temperature.setValue(0.5)
    np.testing.assert_array_equal(panel.y(), F.softmax(logits, temperature=0.5))
    assert abs(panel.y().sum() - 1) < 1e-12
    # the softmax gradient is w.r.t. the scaled logits a / T
    np.testing.assert_array_equal(panel.results()["grad_softmax_ce"],
                                  F.softmax_cross_entropy_grad(np.asarray(logits) / 0.5, t))
    # bad logits: inline message, last values kept
    before = panel.y()
    panel.logits_field.edit.setText("1, 2, nan")
    assert not panel.logits_field.commit()
    np.testing.assert_array_equal(panel.y(), before)
    # dragging a bar leaves logits mode
    panel.set_bar_value(0, 0.5)
    assert panel.radio_prob.isChecked()


def test_delta_demo(panel: LossPanel) -> None:
    panel.choose_preset("delta_demo")
    assert panel.y()[panel.label()] == 0.0
    assert panel.ce_label.text() == "16.11809565095832"
    assert panel.ce_nodelta_label.text() == "inf"
    assert panel.ce_nodelta_label.text() == repr(F.cross_entropy_error(BOOK_Y, 3, delta=0))
    assert any("16.11809565095832" in n for n in panel.notes())
    panel.set_label(2)
    assert not any("δ" in n for n in panel.notes())


def test_gradients_come_from_core_and_are_drawn(panel: LossPanel) -> None:
    panel.choose_preset("book_y")
    t = F.one_hot(2, 10, dtype=np.int64)
    r = panel.results()
    np.testing.assert_array_equal(r["grad_sse"], F.sum_squared_error_grad(BOOK_Y, t))
    np.testing.assert_array_equal(r["grad_ce"], F.cross_entropy_error_grad(BOOK_Y, t))
    panel.tabs.setCurrentIndex(1)  # the tab draws when it is shown
    np.testing.assert_array_equal(panel.grad_bars[0].opts["height"], r["grad_sse"])
    np.testing.assert_array_equal(panel.grad_bars[1].opts["height"], r["grad_ce"])
    # y sums to 1, so softmax(log y) = y and the softmax gradient is y - t
    np.testing.assert_allclose(r["grad_softmax_ce"], np.asarray(BOOK_Y) - t, atol=1e-15)
    assert repr(float(r["grad_ce"][2])) in panel.grad_values.text()
    # contributions: all ten for squared error, only the correct class for cross-entropy
    assert np.count_nonzero(r["ce_contrib"]) == 1 and r["ce_contrib"][2] == F.cross_entropy_error(BOOK_Y, t)
    assert r["sse_contrib"].sum() == pytest.approx(F.sum_squared_error(BOOK_Y, t), abs=1e-15)
    # the curve's current point lies on the curve
    k = np.argmin(abs(panel.p_grid - 0.6))
    assert r["curve_ce"][k] == pytest.approx(F.cross_entropy_error(BOOK_Y, t))


def test_batch_mode_forms_agree_and_warn_about_half_sum(panel: LossPanel) -> None:
    panel.tabs.setCurrentIndex(2)
    Y = np.array([BOOK_Y, [0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0]])
    labels = np.array([2, 2])
    b = panel.batch_results()
    np.testing.assert_array_equal(b["Y"], Y)
    assert panel.batch_ce_labels.text() == repr(F.cross_entropy_error(Y, labels))
    assert panel.batch_ce_onehot.text() == repr(F.cross_entropy_error(Y, F.one_hot(labels, 10, dtype=np.int64)))
    assert panel.batch_ce_labels.text() == panel.batch_ce_onehot.text()
    assert panel.batch_agree.isVisibleTo(panel) and panel.batch_agree.property("dlfsLevel") == "ok"
    per_row = F.cross_entropy_per_row(Y, labels)
    assert panel.batch_table.item(0, NUM_CLASSES + 1).text() == repr(float(per_row[0]))
    assert panel.batch_table.item(1, NUM_CLASSES + 1).text() == "2.302584092994546"
    assert panel.batch_sse.text() == repr(F.sum_squared_error(Y, F.one_hot(labels, 10, dtype=np.int64)))
    assert panel.batch_sse.text() == repr(0.09750000000000003 + 0.5975) or float(panel.batch_sse.text()) == \
        pytest.approx(0.695, abs=1e-12)
    assert "half SUM" in panel.batch_half_sum_note.text() and panel.batch_half_sum_note.isVisibleTo(panel)
    # edit a label: row 2 now labelled 7
    panel.set_batch_cell(1, NUM_CLASSES, "7")
    assert panel.batch_table.item(1, NUM_CLASSES + 1).text() == "0.510825457099338"
    # bad cells: message, last values kept
    shown = panel.batch_ce_labels.text()
    for bad in ("x", "nan", "-1", ""):
        panel.set_batch_cell(0, 3, bad)
        assert panel.batch_error.isVisibleTo(panel)
        assert "Row 1, y3" in panel.batch_error.text()
        assert panel.batch_ce_labels.text() == shown
    panel.set_batch_cell(0, 3, "0.0")
    assert not panel.batch_error.isVisibleTo(panel)
    panel.set_batch_cell(0, NUM_CLASSES, "12")
    assert "label t" in panel.batch_error.text()
    panel.set_batch_cell(0, NUM_CLASSES, "2")
    # rows
    panel.add_batch_row()
    assert panel.batch_table.rowCount() == 3
    assert len(panel.batch_results()["per_row"]) == 3
    panel.remove_batch_row()
    assert panel.batch_table.rowCount() == 2
    _no_dialogs()


def test_presentation_mode_scales_and_hides_secondary_controls(panel: LossPanel) -> None:
    size = panel.sse_label.font().pointSizeF()
    panel.set_presentation_mode(True)
    assert not panel.controls.isVisibleTo(panel)
    assert panel.sse_label.font().pointSizeF() > size * 1.3
    assert panel.ce_curve.opts["pen"].widthF() > 3
    panel.set_presentation_mode(False)
    assert panel.controls.isVisibleTo(panel)
    assert panel.sse_label.font().pointSizeF() == size


def test_export_targets_and_csv_have_full_precision(panel: LossPanel, tmp_path) -> None:
    from dlfs_studio.app.export import export_image, normalise_targets, write_csv

    panel.choose_preset("book_y")
    targets = normalise_targets(panel.export_targets())
    assert any(t.has_image for t in targets) and all(t.has_data for t in targets)
    losses = next(t for t in targets if t.name == "Loss values")
    path = write_csv(losses.csv_table(), tmp_path / "losses.csv")
    text = path.read_text(encoding="utf-8")
    assert "0.09750000000000003" in text and "0.510825457099338" in text
    per_class = write_csv(targets[0].csv_table(), tmp_path / "single.csv").read_text(encoding="utf-8")
    assert "0.005000000000000001" in per_class
    for i, t in enumerate(x for x in targets if x.has_image):
        for suffix in (".png", ".svg"):
            out = export_image(t.plot, tmp_path / f"t{i}{suffix}")
            assert out.stat().st_size > 500


def test_shutdown_is_quick(panel: LossPanel) -> None:
    import time

    start = time.perf_counter()
    panel.shutdown()
    assert time.perf_counter() - start < 1.0


def test_every_control_has_a_tooltip(panel: LossPanel) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QTableWidget

    controls = [w for cls in (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QTableWidget)
                for w in panel.findChildren(cls)]
    assert len(controls) > 20
    from PySide6.QtWidgets import QTabBar

    def internal(w) -> bool:  # Qt's own sub-widgets: spin box editors, clear buttons, tab scrollers, corner button
        parent = w.parent()
        return isinstance(parent, (QAbstractSpinBox, QLineEdit, QTabBar, QTableWidget))

    missing = [f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}" for w in controls
               if not w.toolTip() and not internal(w)]
    assert not missing, missing


def test_target_label_moves_above_a_tall_correct_bar(panel):
    panel.choose_preset("book_y")
    assert panel.t_text.pos().y() == 1.0  # y_2 = 0.6: the label sits inside the top of the target box
    panel.set_y([0.0, 0.0, 0.97, 0.0, 0.0, 0.0, 0.0, 0.03, 0.0, 0.0])
    value_label = panel.bar_texts[2]
    assert panel.t_text.pos().y() > value_label.pos().y() + 0.05  # above the bar and its "0.97"
    (_lo, hi) = panel.bars_plot.getPlotItem().viewRange()[1]
    assert hi >= 1.25 and panel.t_text.pos().y() < hi
