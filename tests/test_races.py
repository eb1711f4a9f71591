"""Races under identical conditions (core.races): shared start, shared batches, round-robin cost, presets, bands."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np
import pytest

from dlfs_studio.core import races
from dlfs_studio.core.network import Network
from dlfs_studio.core.races import (
    Race,
    custom_plan,
    figures,
    iter_race,
    parse_values,
    preset,
    run_race,
    seed_bands,
)
from dlfs_studio.core.runs import Run, RunConfig, differences, first_difference, network_at, train_run
from dlfs_studio.core.session import load_session, save_session
from dlfs_studio.core.training import TrainingControl


@dataclass
class Data:
    x_train: np.ndarray
    t_train: np.ndarray
    x_test: np.ndarray
    t_test: np.ndarray


def blobs(n_train=600, n_test=200, dim=16, k=4, seed=0):
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((k, dim)) * 2

    def make(n):
        t = rng.integers(0, k, n)
        return (centres[t] + rng.standard_normal((n, dim))).astype(np.float32), t.astype(np.int64)
    (x1, t1), (x2, t2) = make(n_train), make(n_test)
    return Data(x1, t1, x2, t2)


DATA = blobs()
BASE = RunConfig(dataset="blobs", input_shape=(16,), num_classes=4, net="multi_layer", hidden_sizes=(20, 20),
                 activation="relu", init="he", optimizer="sgd", lr=0.05, batch_size=32, iterations=200)


def optimizer_plan(iterations=200):
    return custom_plan(BASE.changed(iterations=iterations), "optimizer", ["sgd", "momentum", "adagrad", "adam"])


@pytest.fixture
def batches(monkeypatch):
    """Record, per network, a fingerprint of every training mini-batch (x and t) it sees."""
    seen: dict[int, list[int]] = {}
    original = Network.loss_and_gradient

    def spy(self, x, t):
        seen.setdefault(id(self), []).append(hash(np.asarray(x).tobytes() + np.asarray(t).tobytes()))
        return original(self, x, t)
    monkeypatch.setattr(Network, "loss_and_gradient", spy)
    return seen


def test_racers_share_initial_weights_and_batches_and_differ_only_in_the_setting(batches):
    race = run_race(Race(optimizer_plan()), DATA)
    runs = race.runs()
    assert all(r.status == "finished" and r.iteration == 200 for r in runs)
    first = runs[0].checkpoints[0].params
    for r in runs[1:]:
        assert first.keys() == r.checkpoints[0].params.keys()
        assert all(np.array_equal(first[k], r.checkpoints[0].params[k]) for k in first)
        assert set(differences(runs[0].config, r.config)) <= {"optimizer", "optimizer_params"}
    seqs = list(batches.values())
    assert len(seqs) == 4 and all(len(s) == 200 for s in seqs)
    assert all(s == seqs[0] for s in seqs[1:])
    assert race.shared.weights and race.shared.batches and not race.shared.notes
    # the racers really differ: no two loss curves are the same
    assert len({tuple(r.losses.values()) for r in runs}) == 4


def test_round_robin_gives_each_racer_exactly_its_single_runs_losses():
    race = run_race(Race(optimizer_plan(120)), DATA)
    for racer in race.racers:
        alone = Run(racer.run.config)
        list(train_run(alone, DATA))
        assert first_difference(alone.losses.values(), racer.run.losses.values()) is None
        assert alone.evaluations == racer.run.evaluations


def test_a_race_of_four_costs_no_more_than_four_single_runs(monkeypatch):
    counts = {"batches": 0, "samples": 0, "evaluated": 0}
    lg, cc = Network.loss_and_gradient, Network.count_correct

    def count_lg(self, x, t):
        counts["batches"] += 1
        counts["samples"] += len(x)
        return lg(self, x, t)

    def count_cc(self, x, labels, batch_size=1000):
        counts["evaluated"] += len(x)
        return cc(self, x, labels, batch_size)
    monkeypatch.setattr(Network, "loss_and_gradient", count_lg)
    monkeypatch.setattr(Network, "count_correct", count_cc)
    plan = optimizer_plan(150)
    for v in plan.variants:
        list(train_run(Run(v.config), DATA))
    single = dict(counts)
    counts.update(batches=0, samples=0, evaluated=0)
    for _ in iter_race(Race(plan), DATA, measure_final=False):
        pass
    assert single["batches"] == 4 * 150
    assert counts["batches"] <= single["batches"] and counts["samples"] <= single["samples"]
    assert counts["evaluated"] <= single["evaluated"]
    # measuring the final networks adds one evaluation per racer, nothing else
    counts.update(batches=0, samples=0, evaluated=0)
    run_race(Race(plan), DATA)
    assert counts["batches"] == single["batches"]
    assert counts["evaluated"] == single["evaluated"] + 4 * (len(DATA.x_train) + len(DATA.x_test))


def test_snapshots_interleave_the_racers_one_mini_batch_each():
    race = Race(optimizer_plan(30))
    items = list(iter_race(race, DATA))
    running = [p for p in items if p.progress is not None and p.progress.eval is None
               and p.progress.state == "running"]
    assert [p.racer for p in running[:8]] == [0, 1, 2, 3, 0, 1, 2, 3]
    assert [p.progress.iteration for p in running[:8]] == [1, 1, 1, 1, 2, 2, 2, 2]
    assert items[-1].state == "finished" and items[-1].finished == 4
    with pytest.raises(dataclasses.FrozenInstanceError):
        items[0].racer = 5  # type: ignore[misc]


def test_what_cannot_be_shared_is_said():
    init = Race(custom_plan(BASE, "init", [0.01, "xavier", "he"]))
    assert not init.shared.weights and init.shared.batches
    assert "scaled differently" in init.shared.notes[0]
    hidden = Race(custom_plan(BASE, "hidden_sizes", [(20, 20), (40, 20)]))
    assert not hidden.shared.weights and "shapes" in hidden.shared.notes[0]
    batch = Race(custom_plan(BASE, "batch_size", [16, 64]))
    assert batch.shared.weights and not batch.shared.batches and "batch size" in batch.shared.notes[0]
    for setting, values in (("batchnorm", [False, True]), ("dropout", [0.0, 0.3]), ("weight_decay", [0, 0.1]),
                            ("lr", [0.1, 0.01])):
        r = Race(custom_plan(BASE, setting, values))
        assert r.shared.weights and r.shared.batches, setting


def test_pause_step_and_stop_act_on_the_whole_race_and_the_racers_are_kept_as_runs(tmp_path):
    control = TrainingControl()
    race = Race(optimizer_plan(100))
    gen = iter_race(race, DATA, control)
    control.step(3)
    items = []
    for p in gen:
        items.append(p)
        if p.state == "paused":
            break
    assert [r.run.iteration for r in race.racers] == [3, 3, 3, 3]
    control.resume()
    control.stop()
    rest = list(gen)
    assert rest[-1].state == "stopped"
    assert all(r.run.status == "stopped" for r in race.racers)
    save_session(tmp_path / "s", race.runs())
    back = load_session(tmp_path / "s")
    assert [r.name for r in back] == [r.run.name for r in race.racers]
    assert all(first_difference(a.losses.values(), b.run.losses.values()) is None
               for a, b in zip(back, race.racers, strict=True))
    # a stopped race continues where it stood
    run_race(race, DATA)
    assert all(r.run.status == "finished" and r.run.iteration == 100 for r in race.racers)


def test_seed_bands_are_mean_min_max_over_the_seeds():
    plan = custom_plan(BASE.changed(iterations=60), "lr", [0.1, 0.01])
    race = run_race(Race(plan, seeds=3, first_seed=5), DATA)
    assert [r.run.config.init_seed for r in race.racers] == [5, 5, 6, 6, 7, 7]
    assert [r.run.config.data_seed for r in race.racers] == [5, 5, 6, 6, 7, 7]
    bands = seed_bands(race)
    for i, band in enumerate(bands):
        rows = np.array([r.run.losses.values() for r in race.racers if r.variant == i])
        np.testing.assert_array_equal(band.mean, rows.mean(axis=0))
        np.testing.assert_array_equal(band.lo, rows.min(axis=0))
        np.testing.assert_array_equal(band.hi, rows.max(axis=0))
        assert band.x[0] == 1 and band.x[-1] == 60
    acc = seed_bands(race, "test_acc")
    for i, band in enumerate(acc):
        rows = np.array([[e.test_acc for e in r.run.evaluations] for r in race.racers if r.variant == i])
        np.testing.assert_array_equal(band.mean, rows.mean(axis=0))
        assert np.all(band.lo <= band.mean) and np.all(band.mean <= band.hi)
    figs = figures(race)
    for i, f in enumerate(figs):
        finals = [race.final[k][2] for k, r in enumerate(race.racers) if r.variant == i]
        assert all(race.final[k][0] == 60 for k in race.final)
        assert f.seeds == 3 and f.test_acc == (pytest.approx(np.mean(finals)), min(finals), max(finals))


def test_final_figures_measure_the_final_network_not_book_modes_last_evaluation():
    race = run_race(Race(optimizer_plan(50)), DATA)  # book mode: evaluations at 1 and 20, 39 (600/32 per epoch)
    for k, r in enumerate(race.racers):
        assert r.run.evaluations[-1].iteration < 50
        net = network_at(r.run, 50)
        want = net.count_correct(DATA.x_test, DATA.t_test) / len(DATA.t_test)
        assert race.final[k] == (50, pytest.approx(race.final[k][1]), want)
        assert figures(race)[r.variant].test_acc[0] == want


def test_final_training_accuracy_is_measured_on_the_runs_own_training_images():
    plan = custom_plan(BASE.changed(iterations=None, epochs=3, train_size=64, batch_size=32), "lr", [0.1, 0.01])
    race = run_race(Race(plan), DATA)  # book mode: 2 per epoch, evaluations at 1, 3, 5; the end is 6
    for k, r in enumerate(race.racers):
        net = network_at(r.run, 6)
        want = net.count_correct(DATA.x_train[:64], DATA.t_train[:64]) / 64
        assert race.final[k][0] == 6 and race.final[k][1] == want


def test_presets_have_the_books_settings():
    opt = preset("optimizers")
    assert [v.label for v in opt.variants] == ["SGD", "Momentum", "AdaGrad", "Adam"]
    assert [(v.config.optimizer, v.config.lr) for v in opt.variants] == [
        ("sgd", 0.01), ("momentum", 0.01), ("adagrad", 0.01), ("adam", 0.001)]
    assert opt.variants[1].config.optimizer_params["momentum"] == 0.9
    for v in opt.variants:
        c = v.config
        assert (c.net, c.hidden_sizes, c.activation, c.init, c.batch_size, c.iterations) == (
            "multi_layer", (100,) * 4, "relu", "he", 128, 2000)
    init = preset("init")
    assert [v.config.init for v in init.variants] == [0.01, "xavier", "he"]
    assert all((v.config.optimizer, v.config.lr, v.config.batch_size) == ("sgd", 0.01, 128) for v in init.variants)
    grid = preset("batchnorm")
    assert len(grid.variants) == 32 and grid.figure == "6-19"
    shared = Race(grid).shared  # each weight scale's pair shares its weights and batches
    assert shared.weights and shared.batches and not shared.notes
    scales = sorted({v.config.init for v in grid.variants}, reverse=True)
    np.testing.assert_allclose(scales, np.logspace(0, -4, 16))
    for v in grid.variants:
        c = v.config
        assert (c.hidden_sizes, c.train_size, c.epochs, c.lr, c.batch_size) == ((100,) * 5, 1000, 20, 0.01, 100)
    one = preset("batchnorm", scale=0.05)
    assert [v.config.batchnorm for v in one.variants] == [True, False]
    over = preset("overfit")
    assert [(v.config.weight_decay, v.config.dropout, v.config.epochs) for v in over.variants] == [
        (0.0, 0.0, 201), (0.1, 0.0, 201), (0.0, 0.2, 301)]
    assert all(v.config.train_size == 300 and v.config.hidden_sizes == (100,) * 6 for v in over.variants)
    search = preset("search")
    assert len(search.variants) == 100 and search.search
    lrs = np.array([v.config.lr for v in search.variants])
    wds = np.array([v.config.weight_decay for v in search.variants])
    assert lrs.min() >= 1e-6 and lrs.max() <= 1e-2 and wds.min() >= 1e-8 and wds.max() <= 1e-4
    assert all(v.config.epochs == 50 for v in search.variants)
    assert preset("hyperparams").key == "search"
    with pytest.raises(ValueError, match="unknown race"):
        preset("nope")


def test_search_trials_draw_the_experiments_hyperparameters():
    from dlfs_studio.core.experiments import hyperparameter_search
    x = np.random.default_rng(0).random((500, 784)).astype(np.float32)
    t = np.arange(500) % 10
    data = Data(x, t, x[:10], t[:10])
    want = [(tr.lr, tr.weight_decay) for tr in hyperparameter_search(data, trials=3, epochs=1)]
    got = [(v.config.lr, v.config.weight_decay) for v in preset("search", trials=3, epochs=1).variants]
    assert got == want


def test_the_search_never_touches_the_test_set():
    rng = np.random.default_rng(1)
    x = rng.random((600, 784)).astype(np.float32)
    t = (x[:, :10].argmax(axis=1)).astype(np.int64)
    poisoned = Data(x, t, np.full((50, 784), np.nan, np.float32), np.full(50, 99))  # unusable on purpose
    race = run_race(Race(preset("search", trials=3, epochs=2)), poisoned)
    figs = figures(race)
    assert all(0 <= f.test_acc[0] <= 1 for f in figs)  # the validation accuracy (100 of the first 500 images)
    assert all(r.run.status == "finished" for r in race.racers)


def test_custom_race_values_and_errors():
    assert parse_values("lr", "0.1, 0.01") == [0.1, 0.01]
    assert parse_values("init", "0.01, xavier, He") == [0.01, "xavier", "he"]
    assert parse_values("hidden_sizes", "100-100, 50") == [(100, 100), (50,)]
    assert parse_values("batchnorm", "off, on") == [False, True]
    with pytest.raises(ValueError, match="2 to 12"):
        parse_values("lr", "0.1")
    with pytest.raises(ValueError, match="cannot read"):
        parse_values("lr", "0.1, fast")
    with pytest.raises(ValueError, match="one of"):
        custom_plan(BASE, "seed", [1, 2])
    with pytest.raises(ValueError, match="dropout"):
        custom_plan(BASE, "dropout", [0.1, 1.5])
    with pytest.raises(ValueError, match="repeat"):
        custom_plan(BASE, "lr", [0.1, 0.1])
    with pytest.raises(ValueError, match="too many"):
        Race(preset("search"), seeds=5)
    plan = custom_plan(BASE, "lr", [0.1, 0.01])
    assert [v.label for v in plan.variants] == ["lr 0.1", "lr 0.01"]


def test_race_checkpoints_stay_under_the_race_cap():
    for plan in (preset("search"), preset("optimizers"), preset("batchnorm")):
        caps = [r.run.max_checkpoint_bytes for r in Race(plan).racers]
        assert min(caps) >= races.MIN_RUN_CHECKPOINT_BYTES and sum(caps) <= races.RACE_CHECKPOINT_BYTES


@pytest.mark.data
def test_optimizer_race_on_mnist_adam_beats_sgd(data_dir):
    from dlfs_studio.core.data import load_dataset
    mnist = load_dataset("mnist", data_dir)
    race = run_race(Race(preset("optimizers", iterations=300)), mnist)
    loss = {f.label: f.loss[0] for f in figures(race)}
    assert loss["Adam"] < loss["SGD"] and loss["AdaGrad"] < loss["SGD"]
    assert race.shared.weights and race.shared.batches
