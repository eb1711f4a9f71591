"""Layout of the loss panel in the real main window at 1280x720, normal and presentation mode (F5):
gradient plots fit with their titles, the batch table needs no sideways scrolling, the per-class chart
shows the small squared-error contributions."""
from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

pytest.importorskip("pytestqt")

from dlfs_studio.app.main_window import MainWindow
from dlfs_studio.app.panels.loss_panel import LossPanel, load_presets

GRADIENT_TAB, BATCH_TAB = 1, 2


@pytest.fixture
def window(window_1280):
    return window_1280


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def _panel(window: MainWindow, presentation: bool, tab: int, preset: str = "book_y") -> LossPanel:
    window.set_presentation_mode(presentation)
    window.show_panel("loss")
    panel = window.current_panel()
    assert isinstance(panel, LossPanel)
    panel.choose_preset(preset)
    panel.tabs.setCurrentIndex(tab)
    _settle()
    return panel


@pytest.mark.parametrize("presentation", [False, True])
@pytest.mark.parametrize("preset", ["book_y", "delta_demo"])
def test_gradient_plots_fit_with_their_titles(window: MainWindow, presentation: bool, preset: str) -> None:
    panel = _panel(window, presentation, GRADIENT_TAB, preset)
    view = panel.grad_layout
    view_width = view.viewport().width()
    assert view.mapTo(panel, QPoint(view_width, 0)).x() <= panel.width()
    for plot in panel.grad_plots:
        assert plot.sceneBoundingRect().right() <= view_width
        title = plot.titleLabel
        text = title.itemRect()
        # the whole title text (two lines) lies inside its row, above the plot area, not cut off by it
        assert title.geometry().height() >= text.height() - 0.5
        assert title.mapRectToScene(text).bottom() <= plot.getViewBox().sceneBoundingRect().top() + 0.5
        assert title.mapRectToScene(text).right() <= view_width


def _batch_fits(panel: LossPanel) -> None:
    table = panel.batch_table
    _settle()
    assert table.horizontalScrollBar().maximum() == 0
    header = table.horizontalHeader()
    last = table.columnCount() - 1
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= table.viewport().width()
    # no column is squeezed below its contents (fitting by clipping would not count)
    for c in range(table.columnCount()):
        assert header.sectionSize(c) >= table.sizeHintForColumn(c)
    assert table.mapTo(panel, QPoint(table.width(), 0)).x() <= panel.width()


@pytest.mark.parametrize("presentation", [False, True])
def test_batch_table_fits_without_sideways_scrolling(window: MainWindow, presentation: bool) -> None:
    panel = _panel(window, presentation, BATCH_TAB)
    _batch_fits(panel)
    # a softmax row has long y values; they are shown short, and the table still fits
    panel.set_logits([0.3, -0.4, 2.1, -1.2, -0.4, 0.3, -1.2, 0.3, -1.2, -1.2])
    panel.tabs.setCurrentIndex(BATCH_TAB)
    panel.add_batch_row()
    _batch_fits(panel)


def test_batch_cells_show_short_numbers_and_keep_the_full_value(window: MainWindow, qtbot) -> None:
    panel = _panel(window, True, BATCH_TAB)
    table = panel.batch_table
    ce = table.item(0, 11)
    assert ce.text() == "0.510825457099338"  # the item keeps the full value (tests, editor, copy)
    assert table.itemDelegateForColumn(11).displayText(ce.text(), table.locale()) == "0.510825…"
    assert ce.toolTip() == "0.510825457099338"
    sse = table.item(0, 12)
    assert table.itemDelegateForColumn(12).displayText(sse.text(), table.locale()) == "0.0975…"
    assert sse.toolTip() == "0.09750000000000003"
    assert table.item(1, 12).toolTip() == ""  # 0.5975 is shown whole
    assert panel.batch_csv().rows[0][11] == 0.510825457099338
    assert panel.batch_csv().rows[0][12] == 0.09750000000000003

    # editing a cell through the real editor: it opens on the full value and commits what is typed
    panel.set_batch_cell(0, 0, "0.123456789")
    y0 = table.item(0, 0)
    assert table.itemDelegateForColumn(0).displayText(y0.text(), table.locale()) == "0.12"
    assert y0.toolTip() == "0.123456789"
    table.setCurrentItem(y0)
    table.editItem(y0)
    _settle()
    editor = table.focusWidget()
    assert editor is not table and editor.text() == "0.123456789"
    editor.selectAll()
    qtbot.keyClicks(editor, "0.25")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    _settle()
    assert y0.text() == "0.25" and y0.toolTip() == ""
    assert panel.batch_results()["Y"][0, 0] == 0.25


def test_per_class_chart_labels_the_small_squared_errors(window: MainWindow) -> None:
    panel = _panel(window, False, 0)
    # book y, t = 2: ½(y_k − t_k)² is 0.005, 0.00125, 0.08, …: bars of a pixel or less beside −log 0.6 = 0.51
    assert [t.toPlainText() for t in panel.sse_contrib_texts] == [
        "0.005", "0.0013", "0.08", "0", "0.0013", "0.005", "0", "0.005", "0", "0"]
    assert panel.ce_contrib_text.toPlainText() == "0.51"
    assert panel.contrib_plot.isVisibleTo(window)


@pytest.mark.parametrize("preset", [p["id"] for p in load_presets()])
def test_per_class_value_labels_fit_and_do_not_overlap(window: MainWindow, preset: str) -> None:
    panel = _panel(window, False, 0, preset)
    window.grab()  # paint once: text items place themselves when drawn
    view = panel.contrib_plot.getPlotItem().getViewBox()
    box = view.sceneBoundingRect().adjusted(-0.5, -0.5, 0.5, 0.5)
    labels = [*panel.sse_contrib_texts, panel.ce_contrib_text]
    rects = [t.sceneBoundingRect() for t in labels]
    for t, rect in zip(labels, rects, strict=True):
        assert t.isVisible() and t.toPlainText()
        assert box.contains(rect), f"label {t.toPlainText()!r} is cut off"
    for i, a in enumerate(rects):
        for b in rects[i + 1:]:
            assert not a.intersects(b), "two value labels overlap"
    # each label stands on its bar, or is lifted straight above it to clear a neighbour's label
    r = panel.results()
    bars = [(k - 0.18, r["sse_contrib"][k]) for k in range(10)] + [(r["label"] + 0.18, r["ce_contrib"][r["label"]])]
    on_bar = 0
    for rect, (x, height) in zip(rects, bars, strict=True):
        top = view.mapViewToScene(pg.Point(x, height))
        assert rect.bottom() < top.y() + 2 and abs(rect.center().x() - top.x()) < 2
        on_bar += abs(rect.bottom() - top.y()) < 2
    assert on_bar >= 6  # most stand right on their bars
