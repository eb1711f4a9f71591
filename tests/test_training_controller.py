"""The training view's controller driven alone, with plain-Python fake views connected to its signals (no
TrainingPanel, no pyqtgraph): a tiny MNIST-format folder written by the test, a run, a fork from a checkpoint,
the refusal to delete a running run, unsaved work, and every run kept. Offscreen; waits are qtbot.waitUntil."""
from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from dlfs_studio.app.panels.training.controller import TrainingController
from dlfs_studio.app.panels.training.inspection import Inspection
from dlfs_studio.app.panels.training.presets import DEFAULTS, PRESET_BY_KEY, network_config, train_config

#: 300 training images in batches of 50: an epoch is 6 mini-batches, 60 iterations are 10 epochs.
VALUES = {**DEFAULTS, "batch_size": 50, "iterations": 60}


class FakeViews:
    """What a status strip, curves, a runs list and the inspecting tabs would be told, as plain lists."""

    def __init__(self, c: TrainingController) -> None:
        self.c = c
        self.states: list[str] = []
        self.loaded: list[object] = []
        self.progress: list[tuple[str, int]] = []  # (run, iteration) as a status strip would show it
        self.curves: list[tuple[str, int, bool]] = []  # (run, losses drawn, urgent)
        self.runs_lists: list[list[str]] = []  # the run names the runs list would show
        self.messages: list[tuple[str, str]] = []
        self.inspected: list[Inspection] = []
        c.stateChanged.connect(self.states.append)
        c.datasetLoaded.connect(self.loaded.append)
        c.progressed.connect(lambda run: self.progress.append((run.name, int(run.progress.iteration))))
        c.runData.connect(lambda run, urgent: self.curves.append((run.name, run.losses.n, urgent)))
        c.runsChanged.connect(lambda: self.runs_lists.append([r.name for r in c.runs]))
        c.message.connect(lambda text, level: self.messages.append((text, level)))
        c.inspected.connect(self.inspected.append)


@pytest.fixture
def ctl(qtbot, tiny):
    c = TrainingController(data_dir=None)
    c.publish = False  # the model hub is the app's; this test keeps it untouched
    views = FakeViews(c)
    c.load_dataset(str(tiny))
    qtbot.waitUntil(lambda: c.dataset is not None, timeout=20_000)
    yield c, views
    c.shutdown()


def _start(c: TrainingController, values: dict, **kw):
    net_cfg = network_config(PRESET_BY_KEY["ch4"].network, values)
    return c.start(values, net_cfg, train_config(values), "ch4", **kw)


def _finish(qtbot, c: TrainingController, state: str = "finished") -> None:
    qtbot.waitUntil(lambda: c.state == state and c.runner is None, timeout=600_000)


def test_a_run_reaches_the_fake_views_and_a_fork_shares_its_history(ctl, qtbot):
    c, views = ctl
    assert views.states == ["loading", "idle"]
    assert len(views.loaded) == 1 and len(views.loaded[0].x_train) == 300

    run1 = _start(c, VALUES)
    assert run1 is not None and c.active is run1
    _finish(qtbot, c)
    assert views.states == ["loading", "idle", "running", "finished"]
    assert run1.status == "finished" and run1.losses.n == 60
    # the status strip was told the progress of run 1, never going back, up to the last iteration
    its = [it for name, it in views.progress if name == "run 1"]
    assert its and its[-1] == 60 and its == sorted(its)
    # the curves were given run 1's losses as they grew, and the end (an urgent update) with all of them
    drawn = [n for name, n, _urgent in views.curves if name == "run 1"]
    assert drawn == sorted(drawn) and drawn[-1] == 60
    assert any(urgent for _name, _n, urgent in views.curves)
    assert views.runs_lists[-1] == ["run 1"]
    last = views.inspected[-1]
    assert last.run is run1 and last.iteration == 60 and last.latest and last.net is not None
    assert any("Finished 60 iterations" in text and level == "ok" for text, level in views.messages)

    # a fork from a checkpoint in the middle, with another learning rate
    cps = [cp.iteration for cp in run1.checkpoints]
    at = next(it for it in cps if 20 <= it <= 40)
    run2 = _start(c, {**VALUES, "lr": "0.5"}, parent=run1, fork_iteration=at)
    assert run2 is not None and run2 is not run1
    _finish(qtbot, c)
    assert views.states[-2:] == ["running", "finished"]
    assert run2.parent is run1 and run2.fork_iteration == at
    assert run2.losses.n == 60
    np.testing.assert_array_equal(run2.losses.view()[:at], run1.losses.view()[:at])  # shared up to the fork
    assert not np.array_equal(run2.losses.view()[at:], run1.losses.view()[at:])  # its own lr after it
    # both runs are kept, the first one untouched
    assert [r.name for r in c.runs] == ["run 1", "run 2"] == views.runs_lists[-1]
    assert run1.losses.n == 60 and run1.status == "finished"
    assert c.current is run2 and views.inspected[-1].run is run2

    # the timeline's way back: run 1 at an earlier checkpoint
    view = c.inspect(run1, at)
    assert view.run is run1 and view.iteration == at and not view.latest
    assert views.inspected[-1] is view


def test_delete_refuses_the_running_run_and_unsaved_work_is_told(ctl, qtbot, tmp_path):
    c, views = ctl
    run1 = _start(c, {**VALUES, "iterations": 12})
    _finish(qtbot, c)
    assert c.unsaved_runs() == [run1]  # the caller asks before deleting or closing

    run2 = _start(c, VALUES, step_only=True)  # one mini-batch, then paused
    assert run2 is not None
    qtbot.waitUntil(lambda: run2.losses.n == 1 and c.state == "paused", timeout=20_000)
    assert run2 in c.unsaved_runs()
    assert c.delete(run2) is False
    assert run2 in c.runs and views.messages[-1] == ("Stop the run before deleting it.", "warning")

    c.stop()
    _finish(qtbot, c, "stopped")
    # a step starts paused and may show "running" for its one mini-batch (when it arrives in an update of its own)
    assert views.states[:5] == ["loading", "idle", "running", "finished", "paused"]
    assert views.states[-2:] == ["paused", "stopped"] and set(views.states[5:-2]) <= {"running", "paused"}
    assert run2.status == "stopped"

    # saving the inspected network (run 2's) makes it saved work; run 1 still is not
    c.select(run2)
    c.save_model(tmp_path / "run2.npz")
    assert c.unsaved_runs() == [run1]
    names_before = len(views.runs_lists)
    assert c.delete(run2) is True
    assert [r.name for r in c.runs] == ["run 1"] and views.runs_lists[-1] == ["run 1"]
    assert len(views.runs_lists) > names_before
    assert c.current is run1  # the selection moves to the last run kept
    assert c.delete(run1) is True and c.runs == [] and c.current is None
    assert views.inspected[-1].run is None  # the views show a fresh network again
