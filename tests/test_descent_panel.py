"""Drive the gradient-descent panel: the book's path, step back, the chapter 6 race, typed surfaces,
divergence and a vanishing learning rate, clicking the start point, h down to 1e-50, CSV export."""
from __future__ import annotations

import csv
import math

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer

pytest.importorskip("pytestqt")

from dlfs_studio.app.export import normalise_targets, write_csv
from dlfs_studio.app.panels.descent.ledger import RAW_ROLE
from dlfs_studio.core.gradient import gradient_descent

BOOK_START = np.array([-3.0, 4.0])


def book_points(n: int) -> np.ndarray:
    """The book's figure 4-10 path on x0**2 + x1**2 with lr 0.1: x_k = 0.8**k * (-3, 4)."""
    return np.array([0.8 ** k * BOOK_START for k in range(n + 1)])


def book_history(lr: float = 0.1, steps: int = 20) -> np.ndarray:
    """The book's own gradient_descent (numerical gradient, h = 1e-4) for the same run."""
    return gradient_descent(lambda x: x[0] ** 2 + x[1] ** 2, BOOK_START, lr=lr, step_num=steps).history


@pytest.fixture
def panel(descent_panel):
    return descent_panel


def shown_trail(view) -> np.ndarray:
    xs, ys = view.trail.getData()
    return np.column_stack([xs, ys])


def ledger_column(view, col: int) -> np.ndarray:
    m = view.ledger_model
    return np.array([m.index(r, col).data(RAW_ROLE) for r in range(m.rowCount())], dtype=float)


# ----------------------------------------------------------------------------- the book's path
def test_default_animation_lands_on_the_books_points(panel, qtbot):
    view = panel.descent
    assert panel.title()
    assert view.surface.name == "sphere" and view.lr_field.value() == 0.1
    assert view.steps_field.value() == 20 and view.h_field.value() == 1e-4
    assert tuple(view.start) == (-3.0, 4.0)
    view.playback.speed_field.type_text("200")
    view.play()
    assert view.is_playing()
    qtbot.waitUntil(lambda: not view.is_playing(), timeout=10000)
    assert view.step_index == 20 and view.current_step().k == 20

    trail = shown_trail(view)
    assert trail.shape == (21, 2)
    np.testing.assert_array_equal(trail, book_history())           # bit for bit the book's code
    np.testing.assert_allclose(trail, book_points(20), rtol=1e-10)  # 0.8**k * (-3, 4)
    assert trail[-1] == pytest.approx([-0.03458765, 0.04611686], abs=5e-9)

    m = view.ledger_model
    assert m.rowCount() == 21
    np.testing.assert_array_equal(ledger_column(view, 1), trail[:, 0])
    np.testing.assert_array_equal(ledger_column(view, 2), trail[:, 1])
    assert m.index(0, 1).data() == "-3" and m.index(1, 1).data() == "-2.4" and m.index(1, 2).data() == "3.2"
    assert m.index(20, 1).data(Qt.ItemDataRole.ToolTipRole) == repr(float(trail[20, 0]))
    # numerical and analytic gradients side by side: at (-3, 4) both are (-6, 8)
    headers = m.headers()
    g_num, g_an = headers.index("∂f/∂x0 numerical"), headers.index("∂f/∂x0 analytic")
    assert m.index(0, g_num).data(RAW_ROLE) == pytest.approx(-6.0, abs=1e-6)
    assert m.index(0, g_an).data(RAW_ROLE) == -6.0
    ys = view.value_curve.yData  # the data as given (getData() is log10 in log mode)
    np.testing.assert_allclose(ys, (trail ** 2).sum(axis=1), rtol=1e-12)


def test_step_back_returns_exactly_to_an_earlier_state(panel):
    view = panel.descent
    assert view.step_forward(20) == 20
    steps_before = list(view.steps)
    at_ten = shown_trail(view)[:11].copy()
    assert view.step_back(10) == 10
    assert view.step_index == 10 and view.ledger_model.rowCount() == 11
    np.testing.assert_array_equal(shown_trail(view), at_ten)
    assert view.current_step() is steps_before[10]  # the kept step itself, not a recomputation
    assert view.step_forward(10) == 10
    assert all(a is b for a, b in zip(view.steps, steps_before, strict=True))
    assert view.step_forward(1) == 0  # 20 steps is the end of the run
    view.reset()
    assert view.step_index == 0 and shown_trail(view).shape == (1, 2)


def test_typed_values_are_exact_and_move_the_slider(panel):
    view = panel.descent
    field = view.lr_field
    field.type_text("0.3")
    assert field.value() == 0.3 and field.edit.text() == "0.3"
    ticks = field.slider.value()
    field.type_text("0.1")
    assert field.value() == 0.1 and field.edit.text() == "0.1"  # typed text left untouched
    assert field.slider.value() < ticks
    field.slider.setValue(field.slider.maximum())  # slider -> text -> value
    assert field.edit.text() == "100" and field.value() == 100.0
    field.type_text("abc")
    assert field.value() == 100.0  # a typing mistake keeps the last good value
    field.type_text("0.1")
    view.step_forward(1)
    np.testing.assert_array_equal(view.current_step().x, book_history(steps=1)[1])


def test_momentum_state_is_in_the_ledger(panel):
    view = panel.descent
    view.optimizer_combo.setCurrentIndex(view.optimizer_combo.findData("momentum"))
    view.step_forward(3)
    headers = view.ledger_model.headers()
    assert "v[0]" in headers and "v[1]" in headers
    col = headers.index("v[0]")
    assert view.ledger_model.index(2, col).data(RAW_ROLE) == view.steps[2].state["v"][0]


# ----------------------------------------------------------------------------- the race
def test_race_preset_matches_the_books_chapter_6_values(panel):
    race = panel.race
    race.apply_book_preset()
    assert race.surface.name == "ch6" and tuple(race.start) == (-7.0, 2.0)
    assert race.racers() == ["sgd", "momentum", "adagrad", "adam"]
    assert race.stack.currentWidget() is race.grid_widget
    assert race.step_forward(2) == 2
    expected = {"sgd": [(-6.335, -1.8), (-5.733, 1.62)], "momentum": [(-6.93, 1.6), (-6.798, 0.92)],
                "adagrad": [(-5.5, 0.5), (-4.573, 0.136)], "adam": [(-6.7, 1.7), (-6.400, 1.402)]}
    for name, pts in expected.items():
        path = race.path(name)
        assert path.shape == (3, 2)
        np.testing.assert_allclose(path[1:], pts, atol=1e-3, err_msg=name)
        gx, gy = race.grid_paths[name].getData()
        np.testing.assert_array_equal(np.column_stack([gx, gy]), path)
        rx, ry = race.paths[name].getData()
        np.testing.assert_array_equal(np.column_stack([rx, ry]), path)
    assert race.step_forward(100) == 28 and race.at_end()
    rows = race.board_rows()
    assert rows[0]["name"] == "adagrad"  # the only one below 1e-3 within 30 steps
    assert rows[0]["steps"] == 29
    race.step_back(30)
    assert race.step_index == 0


def test_race_click_sets_the_common_start(panel):
    race = panel.race
    race.map_click(QPointF(5.0, -3.0))
    assert tuple(race.start) == (5.0, -3.0)
    race.step_forward(1)
    for name in race.racers():
        np.testing.assert_array_equal(race.path(name)[0], [5.0, -3.0])


# ----------------------------------------------------------------------------- typed surfaces
@pytest.mark.parametrize("text", ["__import__('os')", "x0**", "1/0", "x0+" * 3333 + "x0"])
def test_bad_expressions_are_refused_inline_and_the_last_surface_stays(panel, text):
    view = panel.descent
    picker = view.picker
    assert picker.apply_expression("x0**2 + 3*sin(x1)")
    good = view.surface
    assert good.formula.replace(" ", "") == "x0**2+3*sin(x1)"
    image_before = view.layer.image.image.copy()
    assert not picker.apply_expression(text)
    message = picker.error.text()
    assert picker.error.isVisible() and message.startswith("Not used")
    assert "previous surface stays" in message
    if text == "x0**":
        assert "at character 5" in message
    if len(text) > 1000:
        assert "too long" in message
    assert view.surface is good and view.layer.surface is good
    np.testing.assert_array_equal(view.layer.image.image, image_before)
    assert picker.apply_expression("x0**2 + x1**2")
    assert not picker.error.isVisible()


# ----------------------------------------------------------------------------- extremes
def test_lr_10_flies_off_to_the_books_value_and_stays_responsive(panel, qtbot):
    view = panel.descent
    view.steps_field.type_text("100")
    view.lr_field.type_text("10")
    ticks = []
    probe = QTimer()
    probe.setInterval(5)
    probe.timeout.connect(lambda: ticks.append(1))
    probe.start()
    frames = []
    view.playback.timer.timeout.connect(lambda: frames.append(1))
    view.playback.speed_field.type_text("500")
    view.play()
    qtbot.waitUntil(lambda: not view.is_playing(), timeout=20000)
    probe.stop()
    # the event loop kept running between the animation's frames (playback keeps time: at 500 steps/s the
    # 100 steps take a few frames of several steps each, not 100 blocking ones)
    assert frames and len(ticks) >= len(frames) - 1
    assert view.step_index == 100
    final = view.current_step().x
    np.testing.assert_allclose(final, [-2.58983747e+13, -1.29524862e+12], rtol=1e-8)
    assert "Diverged at step" in view.message.text() and view.message.isVisible()
    k = view.diverged_at()
    assert k is not None and f"step {k}" in view.message.text()
    m = view.ledger_model
    cell = m.index(100, 1)
    assert cell.data() == "-2.589837474e+13"
    assert float(cell.data(Qt.ItemDataRole.ToolTipRole)) == final[0]  # full precision on hover
    view.ledger.selectionModel().select(cell, view.ledger.selectionModel().SelectionFlag.Select)
    assert float(view.ledger.selected_text()) == final[0]  # and on copy
    assert view.offmap.isVisible()
    assert np.all(np.isfinite(view.value_curve.yData))


def test_lr_1e_10_barely_moves_and_says_by_how_much(panel):
    view = panel.descent
    view.lr_field.type_text("1e-10")
    assert view.lr_field.value() == 1e-10
    view.step_forward(20)
    x0, x20 = view.steps[0].x, view.current_step().x
    moved = float(np.hypot(*(x20 - x0)))
    assert 1e-9 < moved < 1e-7
    assert "Barely moving" in view.message.text()
    assert view.ledger_model.index(20, 1).data() != "-3"  # the tiny move is visible in the ledger
    assert "|Δx| = 1.00000" in view.status.text()


def test_analytic_gradient_run_stops_when_core_marks_divergence(panel):
    view = panel.descent
    view.gradient_combo.setCurrentIndex(view.gradient_combo.findData("analytic"))
    view.steps_field.type_text("300")
    view.lr_field.type_text("10")
    view.step_forward(300)
    assert view.current_step().diverged and view.step_index < 300
    assert view.at_end()
    assert "ended the run" in view.message.text()


# ----------------------------------------------------------------------------- start point by click
def test_clicking_the_map_sets_the_start(panel, qtbot):
    view = panel.descent
    view.map_click(QPointF(1.5, -2.0))
    assert tuple(view.start) == (1.5, -2.0)
    assert view.start_x0.value() == 1.5 and view.start_x1.value() == -2.0
    np.testing.assert_array_equal(view.steps[0].x, [1.5, -2.0])

    # a real mouse click on the plot's viewport
    vb = view.map_plot.getPlotItem().vb
    scene_pt = vb.mapViewToScene(QPointF(2.0, 1.0))
    widget_pt = view.map_plot.mapFromScene(scene_pt)
    qtbot.mouseClick(view.map_plot.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(widget_pt.x(), widget_pt.y()))
    qtbot.waitUntil(lambda: abs(view.start[0] - 2.0) < 0.1, timeout=3000)
    assert view.start == pytest.approx([2.0, 1.0], abs=0.1)
    view.step_forward(1)
    np.testing.assert_array_equal(view.steps[0].x, view.start)


def test_dragging_the_start_cross_moves_the_whole_path(panel):
    view = panel.descent
    view.step_forward(5)
    view.start_target.setPos(QPointF(1.0, -2.0))  # what a drag does, frame by frame
    assert tuple(view.start) == (1.0, -2.0)
    assert view.step_index == 5  # the path is recomputed up to the same step and follows the cross
    np.testing.assert_allclose(shown_trail(view), [0.8 ** k * np.array([1.0, -2.0]) for k in range(6)],
                               rtol=1e-10)


# ----------------------------------------------------------------------------- numerical differentiation
def test_numerical_differentiation_h_slider_down_to_1e_50(panel):
    nd = panel.numdiff
    panel.show_tab("numdiff")
    assert panel.tabs.currentWidget().layout().itemAt(0).widget() is nd
    assert "0.1999999999990898" in nd.book_label.text()
    assert "0.2999999999986347" in nd.book_label.text()
    assert nd.book_slopes == [0.1999999999990898, 0.2999999999986347]
    assert nd.h() == 1e-4 and nd.central_label.text() == "0.1999999999990898"
    nd.h_field.slider.setValue(nd.h_field.slider.minimum())
    assert nd.h() == 1e-50
    assert nd.central() == 0.0 and nd.forward() == 0.0
    assert nd.central_label.text() == "0.0"
    assert nd.verdict.isVisible() and "x + h == x" in nd.verdict.text()
    _, tangent_y = nd.tangent.getData()
    assert np.ptp(tangent_y) == 0.0  # slope 0: a flat "tangent"
    hs = nd.central_curve.xData  # data as given (getData() is log10 on log axes)
    assert len(hs) == len(nd.hs) and hs[0] == pytest.approx(1e-50, rel=1e-9)
    assert nd.central_marker.yData[0] == pytest.approx(0.2)  # |0 - 0.2| at the current h
    nd.set_x(10.0)
    nd.h_field.type_text("1e-4")
    assert nd.central_label.text() == "0.2999999999986347"


# ----------------------------------------------------------------------------- export and protocol
def test_ledger_csv_export_is_full_precision(panel, tmp_path):
    view = panel.descent
    view.step_forward(20)
    panel.race.step_forward(3)  # builds the race tab, so its targets are offered too
    targets = {t.name: t for t in normalise_targets(panel.export_targets())}
    assert "Step ledger" in targets
    assert all(t.has_image or t.has_data for t in targets.values())
    path = write_csv(targets["Step ledger"].csv_table(), tmp_path / "ledger.csv")
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    header, body = rows[0], rows[1:]
    assert header[:4] == ["k", "x0", "x1", "f(x)"]
    assert len(body) == 21
    got = np.array([[float(r[1]), float(r[2])] for r in body])
    np.testing.assert_array_equal(got, book_history())
    assert body[0][header.index("step x0")] == repr(float(view.steps[0].step[0]))
    race_table = targets["Optimizer race"].csv_table()
    assert race_table.header[:4] == ["k", "sgd_x0", "sgd_x1", "sgd_f"] and len(race_table.rows) == 4


def test_presentation_mode_hides_the_ledger_and_secondary_controls(panel):
    panel.set_presentation_mode(True)
    view = panel.descent
    assert view.ledger.isHidden()
    assert view.h_field.isHidden() or not view.form.isRowVisible(view.h_field)
    assert view.playback.speed_field.isHidden()
    panel.set_presentation_mode(False)
    assert not view.ledger.isHidden()
    assert view.form.isRowVisible(view.h_field)


def test_every_control_has_a_tooltip(panel):
    from PySide6.QtWidgets import QAbstractButton, QCheckBox, QComboBox, QLineEdit, QPushButton, QSlider

    _ = panel.race, panel.numdiff  # build every tab
    missing = []
    for cls in (QPushButton, QCheckBox, QSlider, QComboBox, QLineEdit):
        for w in panel.findChildren(cls):
            if isinstance(w, QLineEdit) and isinstance(w.parent(), QComboBox):
                continue  # a combo box's internal editor
            if not w.toolTip():
                missing.append(f"{cls.__name__} {w.text() if isinstance(w, QAbstractButton) else w.objectName()}")
    assert not missing, missing


def test_shutdown_stops_the_timers(panel):
    panel.descent.play()
    panel.race.play()
    panel.shutdown()
    assert not panel.descent.is_playing() and not panel.race.playback.is_playing()
    assert math.isfinite(panel.descent.current_step().value)
