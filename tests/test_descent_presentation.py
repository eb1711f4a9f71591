"""Presentation mode (F5) at 1280x720 on the descent panel's tabs: the race leaderboard shows its values whole,
numerical differentiation's labels are neither cut nor on top of the legend, and its notes grow with the mode."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics

pytest.importorskip("pytestqt")

from dlfs_studio.app import style
from dlfs_studio.app.main_window import MainWindow
from dlfs_studio.app.panels.descent.fields import NumberField


def pump(n: int = 8) -> None:
    for _ in range(n):
        QCoreApplication.processEvents()


@pytest.fixture
def window(window_1280):
    return window_1280


def descent_panel(w: MainWindow, tab: str):
    w.show_panel("descent")
    pump()
    panel = w.current_panel()
    panel.show_tab(tab)
    pump()
    return panel


def assert_board_values_whole(race) -> None:
    board = race.board
    header = board.horizontalHeader()
    assert board.rowCount() >= 1
    for row in range(board.rowCount()):
        for col in range(board.columnCount()):
            if board.isColumnHidden(col):
                continue
            item = board.item(row, col)
            own_font = item.data(Qt.ItemDataRole.FontRole)
            metrics = QFontMetrics(own_font if own_font is not None else board.font())
            assert metrics.horizontalAdvance(item.text()) + 6 <= header.sectionSize(col), (row, col, item.text())
    visible = [c for c in range(board.columnCount()) if not board.isColumnHidden(c)]
    assert sum(header.sectionSize(c) for c in visible) <= board.viewport().width()
    assert board.horizontalScrollBar().maximum() == 0  # no sideways scrolling


@pytest.mark.parametrize("grid", [False, True])
def test_race_leaderboard_values_are_whole_in_presentation_mode(window, grid):
    race = descent_panel(window, "race").race
    race.apply_book_preset()
    race.set_grid_view(grid)
    race.step_forward(30)
    window.set_presentation_mode(True)
    pump()
    assert_board_values_whole(race)
    assert any(race.board.item(r, 3).text() == "0.0007219" for r in range(race.board.rowCount()))
    window.set_presentation_mode(False)
    pump()
    assert_board_values_whole(race)


def test_default_race_board_fits_in_presentation_mode(window):
    race = descent_panel(window, "race").race  # six racers, step 0
    window.set_presentation_mode(True)
    pump()
    assert race.board.rowCount() == 6
    assert_board_values_whole(race)
    race.step_forward(5)
    pump()
    assert_board_values_whole(race)


def test_race_built_in_presentation_mode_fits_the_board(window):
    window.set_presentation_mode(True)
    race = descent_panel(window, "race").race
    race.apply_book_preset()
    race.step_forward(30)
    pump()
    assert_board_values_whole(race)


def form_labels(view):
    form = view.form
    for row in range(form.rowCount()):
        item = form.itemAt(row, form.ItemRole.LabelRole)
        if item is not None and item.widget() is not None and item.widget().isVisible():
            yield item.widget(), form.itemAt(row, form.ItemRole.FieldRole).widget()


def test_numerical_differentiation_reads_well_in_presentation_mode(window):
    nd = descent_panel(window, "numdiff").numdiff
    nd.set_x(10.0)
    window.set_presentation_mode(True)
    pump()
    labels = list(form_labels(nd))
    assert len(labels) >= 5
    for label, field in labels:  # "true f′(x)" was cut to "true f′(x"
        assert label.width() >= QFontMetrics(label.font()).horizontalAdvance(label.text()), label.text()
        if field in (nd.true_label, nd.central_label, nd.forward_label):
            assert field.width() >= QFontMetrics(field.font()).horizontalAdvance(field.text()), field.text()
            assert not field.geometry().intersects(label.geometry())
    # the plot's labels are enlarged with the rest and keep off the legend
    ep = nd.error_plot.getPlotItem()
    for label in (nd.book_h_label, nd.lost_line.label):
        assert label.textItem.font().pointSizeF() == pytest.approx(style.font_size("small", True))
        assert not label.sceneBoundingRect().intersects(ep.legend.sceneBoundingRect()), label.toPlainText()
    assert not nd.book_h_label.sceneBoundingRect().intersects(nd.lost_line.label.sceneBoundingRect())
    # the verdict under the readouts follows the mode too
    assert nd.verdict.isVisible() and f"{style.font_size('body', True):.1f}pt" in nd.verdict.styleSheet()
    window.set_presentation_mode(False)
    pump()
    assert f"{style.font_size('body', False):.1f}pt" in nd.verdict.styleSheet()
    assert nd.lost_line.label.textItem.font().pointSizeF() == pytest.approx(style.font_size("small", False))


def test_field_messages_follow_presentation_mode(window, qtbot):
    view = descent_panel(window, "descent").descent
    field: NumberField = view.lr_field
    normal_size = field.edit.font().pointSizeF()
    field.type_text("500")
    qtbot.waitUntil(lambda: field.edit.property("invalid") is True, timeout=3000)
    steps = view.steps_field
    steps.type_text("0")
    steps.commit()
    assert field.message.isVisible() and steps.message.isVisible()
    window.set_presentation_mode(True)
    pump()
    for f in (field, steps):
        assert f"{style.font_size('body', True):.1f}pt" in f.message.styleSheet()
    # the red tint leaves the edit's font free to grow with the application font
    assert field.edit.font().pointSizeF() == pytest.approx(normal_size * style.presentation_scale(True))
    assert field.edit.font().pointSizeF() == pytest.approx(view.lr_field.font().pointSizeF())
