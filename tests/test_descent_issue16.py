"""Issue 16's defects in the gradient descent panel, each pinned by a test that failed before the fix."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint

pytest.importorskip("pytestqt")


def test_numerical_differentiation_at_a_denormal_x_draws_without_error(descent_panel, qtbot):
    view = descent_panel.numdiff
    descent_panel.show_tab("numdiff")
    view.x_field.type_text("1e-320")
    assert view.x_value() == 1e-320
    qtbot.wait(50)  # repaint: an exception in a slot or a paint fails the test (pytest-qt captures it)
    view.function_plot.grab()
    view.error_plot.grab()
    assert np.isfinite(view.lost_line.value()) and not view.lost_line.isVisible()  # x + h == x for no plotted h
    assert view.verdict.text()


def test_a_start_outside_fs_domain_says_so_not_diverged(descent_panel):
    view = descent_panel.descent
    assert view.picker.apply_expression("log(x0)")
    view.set_start(-3.0, 4.0)
    text = view.message.text()
    assert "not defined at the start point" in text and "(-3, 4)" in text
    assert "Diverged" not in text and "learning rate" not in text
    view.steps_field.set_value(50)
    view.set_start(2.0, 4.0)  # inside the domain: the walk goes left (f falls towards x0 = 0) and leaves it
    assert view.step_forward(50) == 22
    text = view.message.text()
    assert "left the domain of f" in text and "Diverged" not in text


def test_the_leaderboard_says_never_once_the_race_has_ended(descent_panel):
    race = descent_panel.race
    race.apply_book_preset()
    race.eps_field.set_value(1e-12)  # nobody gets there in 30 steps
    race.step_forward(29)
    steps = [race.board.item(i, 2).text() for i in range(race.board.rowCount())]
    assert set(steps) == {"not yet"}  # the race is still on
    race.step_forward(1)
    assert race.at_end()
    steps = [race.board.item(i, 2).text() for i in range(race.board.rowCount())]
    assert "not yet" not in steps and set(steps) == {"not reached"}


def test_learning_rates_are_printed_alike(descent_panel):
    race = descent_panel.race
    race.lr_fields["sgd"].set_value(100.0)
    race.lr_fields["momentum"].set_value(0.1)
    lrs = {race.board.item(i, 0).text().split(". ", 1)[1]: race.board.item(i, 1).text()
           for i in range(race.board.rowCount())}
    assert lrs["SGD"] == "100" and lrs["Momentum"] == "0.1"
    assert lrs["AdaGrad"] == "1.5"


def map_top(view) -> int:
    return view.map_plot.mapTo(view, QPoint(0, 0)).y()


@pytest.mark.parametrize("presentation", [False, True])
def test_the_map_does_not_move_while_a_run_plays(descent_panel, qtbot, presentation):
    descent_panel.set_presentation_mode(presentation)
    view = descent_panel.descent
    view.steps_field.set_value(100)
    view.lr_field.set_value(0.9)  # long numbers in the status from step 1 on: -2.7, 3.6 ... 1.0e-05
    view.reset()
    qtbot.wait(20)
    top = map_top(view)
    for _ in range(30):
        view.step_forward(1)
        qtbot.wait(1)
        assert map_top(view) == top


def test_presentation_mode_shows_the_whole_off_map_note(descent_panel, qtbot):
    descent_panel.set_presentation_mode(True)
    view = descent_panel.descent
    view.steps_field.set_value(100)
    view.lr_field.set_value(10.0)  # the book's example: the point flies off to (-2.58983747e+13, ...)
    view.step_forward(100)
    qtbot.wait(20)
    assert view.offmap.isVisible()
    text = view.offmap.textItem.toPlainText()
    assert "-2.59e+13" in text and "-1.295e+12" in text
    width = view.offmap.textItem.boundingRect().width()
    assert width <= view.map_plot.getPlotItem().vb.width()


def test_number_fields_write_numbers_alike(descent_panel):
    race = descent_panel.race
    race.lr_fields["sgd"].set_value(100.0)
    race.lr_fields["momentum"].set_value(0.1)
    assert race.lr_fields["sgd"].edit.text() == "100" and race.lr_fields["momentum"].edit.text() == "0.1"
    view = descent_panel.descent
    view.lr_field.set_value(1e-10)
    assert view.lr_field.edit.text() == "1e-10"
    assert view.start_x0.edit.text() == "-3" and view.start_x1.edit.text() == "4"


def test_a_click_late_in_a_long_run_recomputes_in_chunks(descent_panel, qtbot):
    from PySide6.QtCore import QPointF

    view = descent_panel.descent
    view.steps_field.set_value(1000)
    view.step_forward(1000)
    view.map_click(QPointF(1.0, 2.0))  # the whole walk follows the new start ...
    assert view.step_index <= view.RECOMPUTE_CHUNK and view.is_catching_up()  # ... but not in one blocking go
    qtbot.waitUntil(lambda: view.step_index == 1000, timeout=20000)
    assert tuple(view.steps[0].x) == (1.0, 2.0) and view.ledger_model.rowCount() == 1001
    view.map_click(QPointF(-1.0, 2.0))
    view.step_back(1)  # the learner takes over: the catching up stops where they are
    at = view.step_index
    qtbot.wait(50)
    assert view.step_index == at and not view.is_catching_up()
