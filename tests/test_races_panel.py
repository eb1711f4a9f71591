"""The "Chapter 6" races panel: controller with fake views, every preset and a custom race in the panel."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pytest

from dlfs_studio.app.panels.races.controller import RaceController, smooth
from dlfs_studio.app.panels.races.panel import RacesPanel
from dlfs_studio.core.races import custom_plan, preset
from dlfs_studio.core.runconfig import RunConfig
from dlfs_studio.core.session import load_session


@dataclass
class Data:
    x_train: np.ndarray
    t_train: np.ndarray
    x_test: np.ndarray
    t_test: np.ndarray


def fake_mnist(n_train=1000, n_test=100):
    """784-pixel images whose label is the brightest of ten pixel blocks: learnable, quick."""
    rng = np.random.default_rng(0)
    x = rng.random((n_train + n_test, 784)).astype(np.float32) * 0.3
    t = rng.integers(0, 10, n_train + n_test)
    for k in range(10):
        x[t == k, k * 78:(k + 1) * 78] += 0.7
    return Data(x[:n_train], t[:n_train], x[n_train:], t[n_train:])


DATA = fake_mnist()


class Recorder:
    def __init__(self):
        self.calls: list[tuple] = []

    def __getattr__(self, name):
        def record(*args):
            self.calls.append((name, *args))
        return record

    def named(self, name):
        return [c for c in self.calls if c[0] == name]


def fake_views():
    return {k: Recorder() for k in ("curves", "grid", "scatter", "hists", "status")}


def test_controller_feeds_fake_views_from_the_race(qtbot):
    views = fake_views()
    c = RaceController(views, loader=lambda: DATA)
    plan = custom_plan(RunConfig(net="multi_layer", hidden_sizes=(20, 20), activation="relu", init="he",
                                 iterations=40, batch_size=50), "lr", [0.1, 0.01])
    c.start(plan)
    qtbot.waitUntil(lambda: c.state == "finished", timeout=30000)
    assert views["curves"].named("reset")[0][1:] == (["learning rate 0.1", "learning rate 0.01"],
                                                     ["#0072B2", "#E69F00"], "loss", False)
    last = {}
    for _, i, x, y, *_rest in views["curves"].named("set_curve"):
        last[i] = (x, y)
    for k, r in enumerate(c.race.racers):
        x, y = last[k]
        assert x[-1] == 40
        np.testing.assert_allclose(y, smooth(r.run.losses.values()))
    assert "same initial weights" in views["status"].named("show")[-1][1]
    c.stop()


def test_controller_bands_with_seeds_and_pause_step(qtbot):
    views = fake_views()
    c = RaceController(views, loader=lambda: DATA)
    plan = custom_plan(RunConfig(net="multi_layer", hidden_sizes=(20,), activation="relu", init="he",
                                 iterations=400, batch_size=50), "optimizer", ["sgd", "adam"])
    c.start(plan, seeds=2)
    assert c.play_pause() and c.state == "paused"
    qtbot.waitUntil(lambda: c.updates > 0, timeout=30000)  # the "paused" snapshot
    before = [r.run.iteration for r in c.race.racers]
    assert c.step()
    qtbot.waitUntil(lambda: [r.run.iteration for r in c.race.racers] != before, timeout=30000)
    assert c.play_pause() and c.state == "running"
    qtbot.waitUntil(lambda: c.state == "finished", timeout=60000)
    bands = views["curves"].named("set_band")
    assert bands and {b[1] for b in bands} == {0, 1}
    assert not c.play_pause()
    c.stop()


def test_curves_are_redrawn_at_most_every_draw_interval(qtbot, monkeypatch):
    from dlfs_studio.app.panels.races import controller as ctl
    monkeypatch.setattr(ctl, "DRAW_INTERVAL", 3600.0)  # only urgent updates and the end draw
    views = fake_views()
    c = RaceController(views, loader=lambda: DATA)
    c.start(custom_plan(RunConfig(net="multi_layer", hidden_sizes=(20,), activation="relu", iterations=300,
                                  batch_size=50), "lr", [0.1, 0.01]))
    qtbot.waitUntil(lambda: c.state == "finished", timeout=60000)
    c.stop()
    drawn = [call for call in views["curves"].named("set_curve") if call[1] == 0]
    assert c.updates > 3 and len(drawn) <= 3  # the first update, the last (urgent) one, the end
    assert drawn[-1][2][-1] == 300


def test_init_race_draws_activation_histograms(qtbot):
    views = fake_views()
    c = RaceController(views, loader=lambda: DATA)
    c.start(preset("init", iterations=120))
    qtbot.waitUntil(lambda: c.state == "finished", timeout=60000)
    assert views["hists"].named("reset")[-1][1:] == (["std=0.01", "Xavier", "He"], 4)
    shown = views["hists"].named("show")
    assert {s[1] for s in shown} == {0, 1, 2} and len(shown[0][2]) == 4
    assert "scaled differently" in views["status"].named("show")[-1][1]
    c.stop()


def test_a_race_trained_headless_is_shown_as_it_ended(qtbot):
    from dlfs_studio.core.races import Race, run_race
    race = run_race(Race(custom_plan(RunConfig(net="multi_layer", hidden_sizes=(20,), activation="relu",
                                               iterations=30, batch_size=50), "lr", [0.1, 0.01])), DATA)
    views = fake_views()
    c = RaceController(views, loader=lambda: DATA)
    c.show(race)
    assert c.state == "finished" and c.race is race
    drawn = {call[1]: call[3] for call in views["curves"].named("set_curve")}
    for k, r in enumerate(race.racers):
        np.testing.assert_allclose(drawn[k], smooth(r.run.losses.values()))


def test_a_failing_loader_is_one_message(qtbot):
    views = fake_views()

    def missing():
        raise FileNotFoundError("no MNIST here")
    c = RaceController(views, loader=missing)
    c.start(preset("optimizers", iterations=10))
    qtbot.waitUntil(lambda: c.state == "failed", timeout=10000)
    assert "no MNIST here" in views["status"].named("show_error")[-1][1]
    c.stop()


@pytest.fixture
def panel(qtbot):
    p = RacesPanel(loader=lambda: DATA)
    qtbot.addWidget(p)
    p.resize(1280, 720)
    p.show()
    qtbot.waitExposed(p)
    yield p
    p.shutdown()


@pytest.mark.parametrize("key, options, tab", [
    ("optimizers", {"iterations": 30}, 0),
    ("init", {"iterations": 30}, 0),
    ("batchnorm_one", {"epochs": 2}, 0),
    ("batchnorm", {"epochs": 2}, 1),
    ("overfit", {"epochs": 3, "dropout_epochs": 4}, 0),
    ("search", {"trials": 6, "epochs": 2}, 2),
])
def test_each_preset_runs_in_the_panel(panel, qtbot, key, options, tab):
    assert panel.start_preset(key, **options)
    assert panel.tabs.currentIndex() == tab
    assert panel.preset_buttons[key].toolTip() == panel.note(key) != ""
    qtbot.waitUntil(lambda: panel.controller.state == "finished", timeout=120000)
    race = panel.controller.race
    # the book's point of 6-19: without BatchNorm, a too large weight scale diverges
    assert all(r.run.status in ("finished", "diverged") for r in race.racers)
    assert any(r.run.status == "finished" for r in race.racers)
    curves = panel.curves.curves
    assert len(curves) == len(race.plan.variants)
    if key == "batchnorm":
        assert len(panel.grid.plots) == 16
        x, _y = panel.grid.curves[(race.plan.variants[0].group, 0)].getData()
        assert len(x) == 2
    elif key == "search":
        assert panel.scatter.best.count() == 6
        assert len(panel.scatter.points.xData) == 6
        assert panel.scatter.plot.getPlotItem().ctrl.logXCheck.isChecked()
        lrs = sorted(r.run.config.lr for r in race.racers)
        np.testing.assert_allclose(sorted(panel.scatter.points.xData), lrs)
        drawn = sorted(panel.scatter.points.scatter.data["x"])  # on screen: log10 once, as the axis
        np.testing.assert_allclose(drawn, np.log10(lrs))
        assert panel.scatter.plot.width() > panel.scatter.best.width()
    else:
        x, _y = curves[0].getData()
        assert x is not None and len(x) > 0
    assert panel.has_unsaved_work()


def test_custom_race_in_the_panel_and_save_as_session(panel, qtbot, tmp_path):
    panel.setting_box.setCurrentIndex(panel.setting_box.findData("weight_decay"))
    assert panel.values_edit.text() == "0, 0.01, 0.1"
    panel.iter_spin.setValue(30)
    assert panel.start_custom()
    qtbot.waitUntil(lambda: panel.controller.state == "finished", timeout=60000)
    assert [v.label for v in panel.controller.race.plan.variants] == [
        "weight decay 0", "weight decay 0.01", "weight decay 0.1"]
    assert panel.save_button.isEnabled()
    assert panel.save_session(tmp_path / "race")
    assert not panel.has_unsaved_work()
    runs = load_session(tmp_path / "race")
    assert [r.config.weight_decay for r in runs] == [0.0, 0.01, 0.1]
    table = panel._final_table()
    assert len(table.rows) == 3 and table.rows[0][0] == "weight decay 0"


def test_bad_custom_values_are_one_message(panel):
    panel.setting_box.setCurrentIndex(panel.setting_box.findData("lr"))
    panel.values_edit.setText("0.1, fast")
    assert not panel.start_custom()
    assert panel.error_label.isVisible() and "cannot read" in panel.error_label.text()
    assert panel.controller.race is None


def test_lecturer_keys_pause_and_step(panel, qtbot):
    assert not panel.lecturer_key("play_pause")  # nothing racing yet
    panel.start_preset("optimizers", iterations=2000)
    assert panel.lecturer_key("play_pause") and panel.controller.state == "paused"
    assert panel.play_button.text() == "Resume"
    assert panel.lecturer_key("step_forward")
    assert panel.lecturer_key("play_pause") and panel.controller.state == "running"
    assert not panel.lecturer_key("reset")
    panel.controller.stop()
    assert panel.controller.state == "stopped"
    assert all(r.run.status in ("stopped", "new") for r in panel.controller.race.racers)


def test_presentation_mode_and_exports(panel, qtbot):
    panel.set_presentation_mode(True)
    assert panel.title_label.font().pointSizeF() > 15
    qtbot.waitUntil(lambda: panel.controls_scroll.viewport().width() >= panel.controls.sizeHint().width())
    for b in panel.preset_buttons.values():  # no button cut off at 1280x720
        assert b.fontMetrics().horizontalAdvance(b.text()) < b.width()
    panel.title_label.setText(panel.plan_title(preset("batchnorm")))  # the longest title
    assert panel.minimumSizeHint().width() <= 1280
    names = [t.name for t in panel.export_targets()]
    assert names == ["Race curves", "Race final figures", "Figure 6-19 grid", "Search scatter"]
    panel.set_presentation_mode(False)


def test_the_panel_sits_after_training_in_the_main_window(window_1280):
    from dlfs_studio.app.main_window import PANEL_SPECS, PANEL_TOOLTIPS
    keys = [s[0] for s in PANEL_SPECS]
    assert keys.index("races") == keys.index("training") + 1 and keys.index("convolution") == keys.index("races") + 1
    assert PANEL_TOOLTIPS["races"]
    window_1280.show_panel("races")
    assert window_1280.current_panel().title() == "Chapter 6 races"
    assert window_1280.panel_tabs.tabToolTip(keys.index("races"))
