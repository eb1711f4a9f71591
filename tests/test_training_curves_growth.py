"""The training curves grow at their end while a run trains, so they are drawn as frozen pieces and a live tail
(GrowingPath): the moving average and the binned raw losses keep every earlier point as the losses grow, and
equal a plain reference computation; the pieces follow the log axis and carry no dots when the line has none."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest

from dlfs_studio.app.growing_path import GrowingPath
from dlfs_studio.app.panels.training.curve_data import MA_POINTS, moving_average, peak_decimate
from tests.test_training_defects import make, run_to_end

pytest.importorskip("pytestqt")


def _losses(n: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    return np.arange(1, n + 1), 2.3 * np.exp(-np.arange(n) / 300) + 0.3 * rng.random(n)


def test_the_moving_average_is_the_mean_of_the_last_window_losses():
    x, y = _losses(1000)
    xs, ma = moving_average(x, y, window=50, planned=1000)
    step = -(-1000 // MA_POINTS)
    assert len(xs) <= MA_POINTS + 1 and xs[-1] == x[-1]
    for xi, m in zip(xs, ma, strict=True):
        i = int(xi) - 1
        assert m == pytest.approx(np.mean(y[max(0, i - 49):i + 1]), rel=1e-12)
    assert xs[0] == x[step - 1]


def test_the_moving_average_keeps_its_earlier_points_as_the_run_grows():
    x, y = _losses(3000)
    before_x, before = moving_average(x[:1234], y[:1234], 100, planned=3000)
    after_x, after = moving_average(x, y, 100, planned=3000)
    k = len(before_x) - 1  # the last point is the live end, the others never move
    np.testing.assert_array_equal(after_x[:k], before_x[:k])
    np.testing.assert_array_equal(after[:k], before[:k])


def test_the_raw_losses_are_binned_to_their_minimum_and_maximum_and_full_bins_never_change():
    x, y = _losses(1005)
    xs, ys = peak_decimate(x, y, 10)
    assert len(xs) == 2 * 101
    for b in range(101):
        part = y[10 * b:10 * b + 10]
        assert xs[2 * b] == xs[2 * b + 1] == x[10 * b]
        assert (ys[2 * b], ys[2 * b + 1]) == (part.min(), part.max())
    short_x, short_y = peak_decimate(x[:503], y[:503], 10)
    np.testing.assert_array_equal(short_x[:100], xs[:100])
    np.testing.assert_array_equal(short_y[:100], ys[:100])
    same_x, same_y = peak_decimate(x, y, 1)
    assert same_x is x and same_y is y
    # a diverged run's non-finite losses do not hide a bin's finite ones
    y2 = y.copy()
    y2[3] = np.nan
    assert peak_decimate(x, y2, 10)[1][0] == np.nanmin(y2[:10])


def test_a_line_without_dots_is_frozen_without_scatter_items_and_follows_the_log_axis(qtbot):
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    path = GrowingPath([], [], chunk=16)
    widget.addItem(path)
    x = np.arange(1, 101, dtype=float)
    y = np.linspace(10.0, 0.1, 100)
    path.set_path(x, y)
    assert path.piece_count() == 6
    children = [c for c in path.childItems() if c not in (path.curve, path.scatter)]
    assert all(isinstance(c, pg.PlotCurveItem) for c in children) and len(children) == 6
    first = children[0].getData()[1]
    np.testing.assert_array_equal(first, y[:17])
    widget.getPlotItem().setLogMode(y=True)
    pieces = [c for c in path.childItems() if isinstance(c, pg.PlotCurveItem) and c is not path.curve]
    assert len(pieces) == 6
    np.testing.assert_allclose(pieces[0].getData()[1], np.log10(y[:17]))
    np.testing.assert_allclose(path.curve.getData()[1], np.log10(y[96:]))
    path.setSymbol("o")  # dots wanted now: the pieces are cut again with them
    assert len([c for c in path.childItems() if isinstance(c, pg.ScatterPlotItem) and c is not path.scatter]) == 6


def test_a_finished_run_is_drawn_in_frozen_pieces_that_match_its_losses(qtbot, tmp_path, data_dir):
    panel = make(qtbot, tmp_path, data_dir)
    try:
        run_to_end(panel, qtbot, iterations=600)
        run = panel.controller.current
        items = panel.curves._items[run.id]
        assert items.ma.piece_count() >= 3 and panel.curves.loss_raw.piece_count() >= 2
        x, y = run.iterations.view(), run.losses.view()
        xs, ma = items.ma.getData()
        ref_x, ref = moving_average(x, y, panel.curves.ma_spin.value(), 600)
        np.testing.assert_array_equal(xs, ref_x)
        np.testing.assert_array_equal(ma, ref)
        rx, ry = panel.curves.loss_raw.getData()
        assert len(rx) == len(x) and np.array_equal(ry, y)  # 600 losses: one per bin, as they are
        # a new window redraws the whole curve from the same losses
        panel.curves.ma_spin.setValue(20)
        np.testing.assert_array_equal(items.ma.getData()[1], moving_average(x, y, 20, 600)[1])
    finally:
        panel.shutdown()


def test_while_a_run_trains_the_accuracy_axis_only_widens_in_tenths():
    from dlfs_studio.app.plotting import accuracy_y_range

    current = (0.0, 0.2)
    changes = 0
    for acc in (0.11, 0.78, 0.87, 0.89, 0.90, 0.91, 0.92, 0.925, 0.93, 0.94):  # the book's run
        fitted = accuracy_y_range(0.1, acc, current, grow_only=True)
        if fitted is not None:
            changes += 1
            assert fitted[0] <= current[0] + 1e-12 and fitted[1] >= current[1] - 1e-12  # never narrower
            assert all(abs(v * 10 - round(v * 10)) < 1e-9 for v in fitted)  # tenths
            current = fitted
        assert current[0] <= 0.1 and acc <= current[1]
    assert changes == 1 and current == (0.0, 1.0)
    assert accuracy_y_range(0.91, 0.95, (0.0, 0.2), grow_only=True) == (0.0, 1.0)  # widened, never narrowed
    assert accuracy_y_range(0.91, 0.95, (0.95, 0.97), grow_only=True) == (0.8, 1.0)  # a fork near the top
    # a room kept for the legend stays free above the data; after the run the usual fit applies again
    assert accuracy_y_range(0.5, 0.6, (0.0, 1.25), room=0.2, grow_only=True) is None  # 1 under the legend's row
    assert accuracy_y_range(0.5, 0.9, (0.0, 1.0), room=0.2, grow_only=True) == (0.0, 1.25)
    assert accuracy_y_range(0.90, 0.95, (0.0, 1.0)) is not None


def test_the_loss_bounds_follow_new_losses_only_and_restart_for_new_data(qtbot):
    from types import SimpleNamespace

    from dlfs_studio.app.panels.training.curves import CurvesView
    from dlfs_studio.app.panels.training.records import Growing

    view = CurvesView()
    qtbot.addWidget(view)
    run = SimpleNamespace(id=1, losses=Growing())
    run.losses.extend(np.array([2.0, np.nan, 1.5]))
    assert view._loss_bounds(run) == (1.5, 2.0)
    run.losses.extend(np.array([np.inf, 0.5, 3.0]))
    assert view._loss_bounds(run) == (0.5, 3.0)
    run.losses = Growing()  # a run replaced by another
    run.losses.extend(np.array([1.0, 1.2]))
    assert view._loss_bounds(run) == (1.0, 1.2)
