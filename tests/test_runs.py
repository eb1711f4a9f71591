"""Runs (core.runs, core.runconfig): exact replay, resume, fork, checkpoints, live changes, network_at."""
from __future__ import annotations

import json
from dataclasses import dataclass

import numpy as np
import pytest

from dlfs_studio.core.nets import MultiLayerNet, TwoLayerNet
from dlfs_studio.core.optimizers import make_optimizer
from dlfs_studio.core.runs import (
    Run,
    RunConfig,
    RunProgress,
    describe,
    differences,
    first_difference,
    fork,
    network_at,
    replayed,
    train_run,
    varying,
)
from dlfs_studio.core.training import TrainingControl, train


@dataclass
class Data:
    x_train: np.ndarray
    t_train: np.ndarray
    x_test: np.ndarray
    t_test: np.ndarray


def blobs(n_train=600, n_test=200, dim=16, k=4, seed=0):
    """Gaussian blobs: small, quick and learnable."""
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((k, dim)) * 2

    def make(n):
        t = rng.integers(0, k, n)
        return (centres[t] + rng.standard_normal((n, dim))).astype(np.float32), t.astype(np.int64)
    (x1, t1), (x2, t2) = make(n_train), make(n_test)
    return Data(x1, t1, x2, t2)


DATA = blobs()
SMALL = RunConfig(dataset="blobs", input_shape=(16,), num_classes=4, hidden_sizes=(10,), iterations=300,
                  batch_size=64)
RICH = SMALL.changed(net="multi_layer", hidden_sizes=(20, 20), activation="relu", init="he", batchnorm=True,
                     dropout=0.2, weight_decay=0.01, optimizer="adam", lr=0.01)
CONFIGS = {
    "two-layer sgd book": SMALL,
    "multi-layer adam bn dropout book": RICH,
    "two-layer momentum epochs": SMALL.changed(optimizer="momentum", mode="epochs", epochs=33),
    "multi-layer adam bn dropout epochs": RICH.changed(mode="epochs", epochs=33),
}


def trained(config, every=25, **kw):
    run = Run(config, "r", checkpoint_every=every, **kw)
    items = list(train_run(run, DATA))
    return run, items


def curves_equal(a: Run, b: Run) -> bool:
    return first_difference(a.losses.values(), b.losses.values()) is None and a.evaluations == b.evaluations


# ----------------------------------------------------------------------------- replay and resume
def test_run_losses_are_the_training_loops_losses():
    run, items = trained(SMALL)
    net = TwoLayerNet(16, 10, 4, rng=np.random.default_rng(0))
    plain = [p for p in train(net, DATA, SMALL.train_config())]
    losses = [p.loss for p in plain if p.state == "running" and p.eval is None]
    assert np.array_equal(np.array(losses), run.losses.values())
    assert [p.eval.test_acc for p in plain if p.eval] == [e.test_acc for e in run.evaluations]
    assert all(isinstance(p, RunProgress) and p.run_id == run.id for p in items)
    assert run.status == "finished" and run.iteration == 300 and items[-1].state == "finished"


@pytest.mark.parametrize("name", list(CONFIGS))
def test_same_configuration_gives_bit_identical_losses(name):
    a, _ = trained(CONFIGS[name])
    b, _ = trained(CONFIGS[name])
    assert a.losses.values().tobytes() == b.losses.values().tobytes()
    assert a.evaluations == b.evaluations


@pytest.mark.parametrize("name", list(CONFIGS))
@pytest.mark.parametrize("stop_at", [1, 137, 150])
def test_resumed_run_continues_bit_identically(name, stop_at):
    full, _ = trained(CONFIGS[name])
    part = Run(CONFIGS[name], "p", checkpoint_every=25)
    list(train_run(part, DATA, until=stop_at))
    assert part.status == "paused" and part.iteration == stop_at and stop_at in part.checkpoints
    list(train_run(part, DATA))
    assert part.status == "finished"
    assert curves_equal(full, part)
    for k in (0, 100, 300):
        for key, arr in full.checkpoints[k].params.items():
            assert np.array_equal(arr, part.checkpoints[k].params[key])


def test_pause_and_resume_through_the_control_is_exact():
    full, _ = trained(RICH)
    run = Run(RICH, checkpoint_every=25)
    control = TrainingControl()
    gen = train_run(run, DATA, control)
    for p in gen:
        if p.iteration == 90 and p.state == "running":
            control.pause()
        if p.state == "paused":
            assert run.status == "paused" and 90 in run.checkpoints
            control.resume()
    assert curves_equal(full, run)


def test_closing_the_generator_checkpoints_and_the_run_continues_exactly():
    full, _ = trained(RICH)
    run = Run(RICH, checkpoint_every=25)
    gen = train_run(run, DATA)
    for p in gen:
        if p.iteration == 64 and p.eval is None:  # evaluations at 1, 10, 19, ... (600 // 64 = 9 per epoch)
            break
    gen.close()
    assert run.status == "stopped" and run.iteration == 64 and 64 in run.checkpoints
    assert run.evaluations[-1].iteration == 64  # the evaluation under way was finished
    list(train_run(run, DATA))
    assert curves_equal(full, run)


def test_continuing_from_an_earlier_checkpoint_drops_the_later_curve():
    full, _ = trained(SMALL)
    run = Run(SMALL, checkpoint_every=25)
    gen = train_run(run, DATA)
    for p in gen:
        if p.iteration == 60:
            raise_in = gen
            break
    with pytest.raises(KeyError):
        raise_in.throw(KeyError("boom"))  # the loop dies without a clean stop
    assert run.status == "stopped" and run.iteration == 60
    assert max(run.checkpoint_iterations()) == 55  # the evaluation at 55
    list(train_run(run, DATA))
    assert curves_equal(full, run)


def test_finished_or_diverged_runs_are_not_continued():
    run, _ = trained(SMALL)
    with pytest.raises(ValueError, match="fork"):
        list(train_run(run, DATA))
    wild = Run(SMALL.changed(lr=1e5, init=10.0))
    list(train_run(wild, DATA))
    assert wild.status == "diverged" and wild.message
    assert not (wild.losses.values()[-1] < 1e4)  # the loss that blew up is on the curve
    with pytest.raises(ValueError):
        list(train_run(wild, DATA))


def test_other_data_are_refused():
    run = Run(SMALL)
    list(train_run(run, DATA, until=10))
    with pytest.raises(ValueError, match="not the data"):
        list(train_run(run, blobs(seed=1)))


# ----------------------------------------------------------------------------- live changes
def test_live_lr_and_optimizer_changes_are_recorded_and_replayed():
    run = Run(SMALL, checkpoint_every=25)
    control = TrainingControl()
    for p in train_run(run, DATA, control):
        if p.iteration == 40 and p.eval is None:
            control.set_lr(0.3)
        if p.iteration == 120 and p.eval is None:
            control.set_optimizer("momentum", momentum=0.8)
    assert [(e.iteration, e.kind) for e in run.events] == [(40, "lr"), (120, "optimizer")]
    assert run.events[0].lr == 0.3 and dict(run.events[1].optimizer_params) == {"momentum": 0.8}
    again = replayed(run, DATA)
    assert curves_equal(run, again) and again.events == run.events
    plain, _ = trained(SMALL)
    assert first_difference(plain.losses.values(), run.losses.values()) == 41  # iteration 42 is the first with lr 0.3


# ----------------------------------------------------------------------------- fork
@pytest.mark.parametrize("changes", [dict(lr=0.003), dict(optimizer="sgd", lr=0.05), dict(weight_decay=0.1),
                                     dict(dropout=0.5), dict(dropout=0.0), dict(iterations=400)])
def test_fork_shares_history_and_replays(changes):
    parent, _ = trained(RICH)
    child = fork(parent, 153, **changes)
    assert child.parent_id == parent.id and child.fork_iteration == 150  # the checkpoint at or before 153
    assert child.iteration == 150 and child.status == "new"
    assert np.array_equal(child.losses.values(), parent.losses.values()[:150])
    assert child.evaluations == tuple(e for e in parent.evaluations if e.iteration <= 150)
    list(train_run(child, DATA))
    assert child.status == "finished"
    diff = first_difference(parent.losses.values(), child.losses.values())
    assert diff is not None and diff >= 150
    again = replayed(child, DATA)
    assert curves_equal(child, again)
    if "dropout" not in changes:
        assert differences(parent.config, child.config).keys() >= changes.keys() - {"optimizer"}


def test_fork_of_a_fork_replays_alone():
    root, _ = trained(SMALL)
    a = fork(root, 100, lr=0.5)
    list(train_run(a, DATA))
    b = fork(a, 200, optimizer="adam", lr=0.01)
    list(train_run(b, DATA))
    assert [s.until for s in b.lineage] == [100, 200]
    assert np.array_equal(b.losses.values()[:200], a.losses.values()[:200])
    assert np.array_equal(b.losses.values()[:100], root.losses.values()[:100])
    assert b.config_at(50) == root.config and b.config_at(150).lr == 0.5 and b.config_at(250).optimizer == "adam"
    assert curves_equal(b, replayed(b, DATA))
    c = fork(b, 50, lr=0.2)  # before both fork points: back on the root's stretch
    assert [s.until for s in c.lineage] == [50] and c.config.lr == 0.2
    list(train_run(c, DATA))
    assert curves_equal(c, replayed(c, DATA))


def test_fork_keeps_the_parents_live_lr_and_the_optimizer_state():
    run = Run(SMALL.changed(optimizer="momentum"), checkpoint_every=25)
    control = TrainingControl()
    for p in train_run(run, DATA, control):
        if p.iteration == 30 and p.eval is None:
            control.set_lr(0.05)
    child = fork(run, 100, weight_decay=0.0)
    assert child.config.lr == 0.05 and child.config.optimizer == "momentum"
    assert child.checkpoints[100].optimizer_state.keys() == run.checkpoints[100].optimizer_state.keys() != set()
    same = fork(run, 100)
    list(train_run(same, DATA))
    assert curves_equal(run, same)  # a fork without changes continues exactly as the parent did


def test_fork_refuses_structural_changes_after_the_start():
    run, _ = trained(SMALL)
    with pytest.raises(ValueError, match="iteration 0"):
        fork(run, 100, hidden_sizes=(20,))
    with pytest.raises(ValueError, match="unknown setting"):
        fork(run, 100, learning_rate=0.1)
    fresh = fork(run, 0, hidden_sizes=(20,), init_seed=3)
    assert fresh.iteration == 0 and not fresh.checkpoints and fresh.parent_id == run.id
    list(train_run(fresh, DATA))
    assert fresh.status == "finished"


def test_fork_at_zero_shares_the_initial_weights_and_batches():
    sgd, _ = trained(RICH.changed(optimizer="sgd", lr=0.1))
    adam = fork(sgd, 0, optimizer="adam", lr=0.001)
    for key, arr in sgd.checkpoints[0].params.items():
        assert np.array_equal(arr, adam.checkpoints[0].params[key])
    list(train_run(adam, DATA))
    assert sgd.losses.values()[0] == adam.losses.values()[0]  # same weights, same first batch


# ----------------------------------------------------------------------------- checkpoints
def test_checkpoint_schedule_and_contents():
    run, _ = trained(RICH)
    its = run.checkpoint_iterations()
    evals = [e.iteration for e in run.evaluations]
    assert set(range(0, 301, 25)) <= set(its) and set(evals) <= set(its)
    cp = run.checkpoints[100]
    assert set(cp.params) == {"W1", "b1", "gamma1", "beta1", "W2", "b2", "gamma2", "beta2", "W3", "b3"}
    assert set(cp.buffers) == {"BatchNorm1.running_mean", "BatchNorm1.running_var",
                               "BatchNorm2.running_mean", "BatchNorm2.running_var"}
    assert cp.optimizer == "adam" and cp.optimizer_scalars == {"iter": 100}
    assert set(cp.optimizer_state) == {f"{m}/{k}" for m in ("m", "v") for k in cp.params}
    assert json.loads(json.dumps(cp.rng_state)) == cp.rng_state and cp.dropout_rng_state is not None
    assert all(not a.flags.writeable for a in cp.params.values())
    assert run.checkpoints[120].evaluation is False if 120 in run.checkpoints else True


def test_checkpoints_stay_under_the_memory_cap():
    per = trained(SMALL, every=1000)[0].checkpoints[0].nbytes
    cap = 12 * per
    run, _ = trained(SMALL, every=5, max_checkpoint_bytes=cap)
    assert run.checkpoint_bytes() <= cap
    its = run.checkpoint_iterations()
    assert 0 in its and 300 in its
    assert run.checkpoint_every > 5  # the spacing doubled
    regular = [k for k in its if not run.checkpoints[k].evaluation and k not in (0, 300)]
    assert all(k % run.checkpoint_every == 0 for k in regular)
    # the run still continues exactly from what is left
    part = Run(SMALL, checkpoint_every=5, max_checkpoint_bytes=cap)
    list(train_run(part, DATA, until=173))
    list(train_run(part, DATA))
    assert curves_equal(run, part)


def test_network_at_is_the_checkpointed_network():
    run, _ = trained(RICH)
    net = network_at(run, 130)
    assert isinstance(net, MultiLayerNet)
    cp = run.checkpoint_at(130)
    assert cp is not None and cp.iteration == 127  # an evaluation's checkpoint (1 + 9 * 14)
    for key, arr in cp.params.items():
        assert np.array_equal(net.params[key], arr)
    assert np.array_equal(net.buffers()["BatchNorm1.running_var"], cp.buffers["BatchNorm1.running_var"])
    net.params["W1"] += 1  # independent of the checkpoint
    assert not np.array_equal(net.params["W1"], cp.params["W1"])
    with pytest.raises(ValueError):
        network_at(Run(SMALL), 5)


def test_network_at_uses_the_configuration_of_that_stretch():
    parent, _ = trained(RICH.changed(dropout=0.0))
    child = fork(parent, 100, dropout=0.5)
    list(train_run(child, DATA))
    assert network_at(child, 50).dropout_ratio == 0.0 and network_at(child, 200).dropout_ratio == 0.5


# ----------------------------------------------------------------------------- configuration
def test_config_json_round_trip_and_defaults_filled_in():
    cfg = RICH.changed(optimizer="momentum")
    assert dict(cfg.optimizer_params) == {"momentum": 0.9}
    again = RunConfig.from_json(cfg.to_json())
    assert again == cfg and differences(cfg, again) == {}
    assert RunConfig.from_json("{}") == RunConfig()


@pytest.mark.parametrize("text, message", [
    ("not json", "not valid JSON"),
    ("[1, 2]", "JSON object"),
    ('{"lr": -1}', "learning rate"),
    ('{"lr": "0.1"}', "learning rate"),
    ('{"hidden_sizes": 50}', "hidden_sizes"),
    ('{"hidden_sizes": [100000000, 100000000], "net": "multi_layer"}', "hidden_sizes|parameters"),
    ('{"net": "multi_layer", "hidden_sizes": [20000, 20000]}', "parameters"),
    ('{"optimizer": "adamw"}', "unknown optimizer"),
    ('{"optimizer_params": {"momentum": 0.9}}', "momentum"),
    ('{"batchnorm": true}', "multi_layer"),
    ('{"iterations": 10, "epochs": 2}', "exactly one"),
    ('{"iterations": 1e9}', "iterations"),
    ('{"init_seed": -1}', "init_seed"),
    ('{"colour": "red"}', "unknown setting"),
    ('{"init_seed": ' + "9" * 5000 + "}", "JSON"),
])
def test_bad_configurations_give_one_sentence(text, message):
    with pytest.raises(ValueError, match=message) as info:
        RunConfig.from_json(text)
    assert "\n" not in str(info.value)


def test_changed_differences_varying_and_describe():
    a = RunConfig()
    b = a.changed(optimizer="adam", lr=0.001)
    assert dict(b.optimizer_params) == {"beta1": 0.9, "beta2": 0.999}
    assert differences(a, b)["lr"] == (0.1, 0.001)
    assert a.changed(epochs=3).iterations is None and a.changed(epochs=3).changed(iterations=5).epochs is None
    c = a.changed(init_seed=1, data_seed=2)
    assert varying([a, b, c]) == ("optimizer", "optimizer_params", "lr", "init_seed", "data_seed")
    assert describe(b, ["optimizer", "lr"]) == "optimizer adam, lr 0.001"


def test_seeds_are_separate():
    base = RICH.changed(dropout=0.0)
    other_data = base.changed(data_seed=5)
    other_init = base.changed(init_seed=5)
    w = base.build_network().params["W1"]
    assert np.array_equal(w, other_data.build_network().params["W1"])
    assert not np.array_equal(w, other_init.build_network().params["W1"])
    a, _ = trained(base)
    b, _ = trained(other_init)
    c, _ = trained(other_data)
    assert a.losses.values()[0] != b.losses.values()[0] and a.losses.values()[0] != c.losses.values()[0]


def test_default_config_is_the_books_network():
    cfg = RunConfig()
    net = cfg.build_network()
    ref = TwoLayerNet(784, 50, 10, rng=np.random.default_rng(0))
    assert np.array_equal(net.params["W1"], ref.params["W1"]) and cfg.parameter_count() == 39760
    assert sum(p.size for p in net.params.values()) == cfg.parameter_count()
    for c in (RICH, RunConfig(net="simple_conv", activation="relu", hidden_sizes=(100,))):
        assert sum(p.size for p in c.build_network().params.values()) == c.parameter_count()


def test_optimizer_state_round_trip():
    opt = make_optimizer("adam", lr=0.01)
    p = {"W": np.ones(3)}
    opt.update(p, {"W": np.full(3, 0.5)})
    clone = make_optimizer("adam", lr=0.01)
    clone.load_state(opt.state_arrays(), opt.state_scalars())
    q = {"W": p["W"].copy()}
    opt.update(p, {"W": np.full(3, 0.25)})
    clone.update(q, {"W": np.full(3, 0.25)})
    assert np.array_equal(p["W"], q["W"])
    with pytest.raises(ValueError):
        clone.load_state({"h/W": np.zeros(3)})
    with pytest.raises(ValueError):
        make_optimizer("sgd").load_state({}, {"iter": 3})
