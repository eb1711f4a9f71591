"""The races' curves keep still axes while a race trains: x spans the whole race from its first update, the
loss axis starts at 0 and changes only in steps (every new range repaints the axes and their grid)."""
from __future__ import annotations

import numpy as np

from dlfs_studio.app.panels.races.panel import RacesPanel
from dlfs_studio.app.panels.races.views import CurvesView
from dlfs_studio.core.races import custom_plan
from dlfs_studio.core.runconfig import RunConfig
from tests.test_races_panel import DATA


def test_x_spans_the_race_and_the_loss_axis_starts_at_zero_while_it_trains(qtbot):
    panel = RacesPanel(loader=lambda: DATA)
    qtbot.addWidget(panel)
    panel.resize(1280, 720)
    panel.show()
    vb = panel.curves.plot.getViewBox()
    ranges: list[tuple[tuple[float, float], tuple[float, float]]] = []
    vb.sigRangeChanged.connect(lambda _vb, r: ranges.append((tuple(r[0]), tuple(r[1]))))
    plan = custom_plan(RunConfig(net="multi_layer", hidden_sizes=(20, 20), activation="relu", init="he",
                                 iterations=300, batch_size=50), "lr", [0.1, 0.01])
    panel.controller.start(plan)
    qtbot.waitUntil(lambda: panel.controller.state == "finished", timeout=600_000)
    (x0, x1), (y0, y1) = vb.viewRange()
    assert x0 <= 0 and 300 <= x1 <= 320, (x0, x1)
    losses = np.concatenate([c.getData()[1] for c in panel.curves.curves])
    assert y0 <= 0 < float(losses.min()) and float(losses.max()) <= y1
    x_ends = {round(r[0][1]) for r in ranges[1:]}
    assert len(x_ends) == 1, x_ends  # the x axis never crept along with the data
    assert len({(round(r[1][0], 6), round(r[1][1], 6)) for r in ranges}) <= 4  # the y axis moved in few steps
    panel.controller.saved = True
    panel.shutdown()


def test_a_zoom_is_kept_until_asked_and_an_accuracy_axis_fits_its_data(qtbot):
    view = CurvesView()
    qtbot.addWidget(view)
    view.reset(["a"], ["#0072B2"], "accuracy", False)
    x = np.array([0.0, 100.0, 200.0])
    view.set_x_end(200)
    view.set_curve(0, x, np.array([0.90, 0.95, 0.97]), np.array([0.88, 0.92, 0.93]))
    (_, _), (y0, y1) = view.plot.getViewBox().viewRange()
    assert 0.8 < y0 < 0.88 and 0.97 < y1 <= 1.0  # a train/test gap is visible, not squashed into 0-1
    view.plot.getViewBox().sigRangeChangedManually.emit([True, True])
    view.plot.setYRange(0.0, 0.5, padding=0)
    view.set_curve(0, x, np.array([0.91, 0.95, 0.99]), np.array([0.88, 0.92, 0.95]))
    assert view.plot.getViewBox().viewRange()[1][1] <= 0.51  # the learner's zoom stays
    view.fit_ranges(force=True)
    assert view.plot.getViewBox().viewRange()[1][1] > 0.99


def test_long_curves_are_drawn_thinned_with_their_ends_kept(qtbot):
    from dlfs_studio.app.panels.races.views import MAX_POINTS, thin

    x = np.arange(1, 2001, dtype=np.float64)
    y = 2.3 * np.exp(-x / 300)
    tx, ty = thin(x, y)
    assert len(tx) <= MAX_POINTS + 1 and tx[0] == 1 and tx[-1] == 2000 and ty[-1] == y[-1]
    assert np.all(np.diff(tx) > 0) and np.allclose(ty, 2.3 * np.exp(-tx / 300))
    short = thin(x[:100], y[:100])
    assert len(short[0]) == 100  # short curves are drawn whole
    view = CurvesView()
    qtbot.addWidget(view)
    view.reset(["a"], ["#0072B2"], "loss", False)
    view.set_curve(0, x, y)
    drawn_x, _ = view.curves[0].getData()
    assert len(drawn_x) <= MAX_POINTS + 1 and drawn_x[-1] == 2000
    (_, x1), (_, y1) = view.plot.getViewBox().viewRange()
    assert x1 >= 2000 and y1 >= 2.3 * np.exp(-1 / 300)  # the ranges fit the whole data, not the thinned points
