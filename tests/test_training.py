"""The training generator: modes, evaluation schedule, reproducibility, control, divergence, evaluate()."""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass

import numpy as np
import pytest

from dlfs_studio.core.layers import Affine
from dlfs_studio.core.nets import MultiLayerNet, TwoLayerNet
from dlfs_studio.core.network import Network
from dlfs_studio.core.training import Progress, TrainConfig, TrainingControl, evaluate, train


@dataclass
class Data:
    x_train: np.ndarray
    t_train: np.ndarray
    x_test: np.ndarray
    t_test: np.ndarray


def blobs(n_train=600, n_test=200, dim=16, k=4, seed=0, dtype=np.float32):
    """Gaussian blobs around k random centres: easy to learn, so accuracy must rise."""
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((k, dim)) * 2
    def make(n):
        t = rng.integers(0, k, n)
        return (centres[t] + rng.standard_normal((n, dim))).astype(dtype), t.astype(np.int64)
    (x1, t1), (x2, t2) = make(n_train), make(n_test)
    return Data(x1, t1, x2, t2)


def net(seed=0, activation="relu", **kw):
    return TwoLayerNet(16, 10, 4, activation=activation, rng=np.random.default_rng(seed), **kw)


def run(network, data, config, control=None):
    return list(train(network, data, config, control))


# ----------------------------------------------------------------------------- schedule and results
def test_book_mode_schedule_like_the_book():
    data = blobs(n_train=600)  # iter_per_epoch = 600 // 100 = 6
    items = run(net(), data, TrainConfig(batch_size=100, iterations=100, mode="book"))
    evals = [p.eval for p in items if p.eval is not None]
    assert [e.iteration for e in evals] == list(range(1, 101, 6))   # 17 evaluations, as 10000 iters on MNIST
    assert [e.epoch for e in evals] == list(range(17))
    steps = [p for p in items if p.eval is None and p.state == "running"]
    assert [p.iteration for p in steps] == list(range(1, 101))
    assert items[-1].state == "finished" and items[-1].iteration == 100
    assert all(p.total_iterations == 100 for p in items)
    assert steps[11].epoch == pytest.approx(12 / 6)


def test_epochs_mode_visits_every_sample_and_evaluates_each_epoch():
    data = blobs(n_train=250)  # 3 mini-batches of 100, 100, 50
    seen = []

    class Spy(TwoLayerNet):
        def loss_and_gradient(self, x, t):
            seen.append(np.array(x))
            return super().loss_and_gradient(x, t)

    items = run(Spy(16, 10, 4, rng=np.random.default_rng(0)), data,
                TrainConfig(epochs=2, iterations=None, mode="epochs"))
    evals = [p.eval for p in items if p.eval is not None]
    assert [(e.epoch, e.iteration) for e in evals] == [(1, 3), (2, 6)]
    assert [len(x) for x in seen] == [100, 100, 50] * 2
    first_epoch = np.concatenate(seen[:3])
    assert sorted(map(bytes, first_epoch)) == sorted(map(bytes, data.x_train))  # a permutation


def test_training_learns_and_reports_consistent_figures():
    data = blobs()
    network = net()
    items = run(network, data, TrainConfig(epochs=15, iterations=None, mode="epochs", lr=0.1, batch_size=20))
    evals = [p.eval for p in items if p.eval is not None]
    assert evals[-1].test_acc > 0.9 and evals[-1].train_acc > 0.9
    assert evals[-1].train_loss < evals[0].train_loss
    assert evals[-1].test_acc == pytest.approx(network.accuracy(data.x_test, data.t_test))
    last = items[-1]
    assert last.samples_per_sec > 0 and last.elapsed > 0 and last.lr == 0.1 and last.optimizer == "sgd"


def test_train_loss_is_the_mean_of_the_batch_losses():
    data = blobs(n_train=300)
    items = run(net(), data, TrainConfig(batch_size=100, iterations=7, mode="book"))
    losses = [p.loss for p in items if p.eval is None and p.state == "running"]
    evals = [p.eval for p in items if p.eval is not None]
    assert evals[1].iteration == 4
    assert evals[1].train_loss == pytest.approx(np.mean(losses[1:4]))


def test_same_seed_same_losses_different_seed_different():
    data = blobs()
    def losses(seed):
        return [p.loss for p in train(net(), data, TrainConfig(iterations=30, seed=seed)) if p.state == "running"]
    assert losses(3) == losses(3)
    assert losses(3) != losses(4)


def test_one_hot_labels_and_other_optimizers():
    data = blobs()
    one_hot = Data(data.x_train, np.eye(4)[data.t_train], data.x_test, np.eye(4)[data.t_test])
    a = [p.loss for p in train(net(), data, TrainConfig(iterations=20)) if p.state == "running"]
    b = [p.loss for p in train(net(), one_hot, TrainConfig(iterations=20)) if p.state == "running"]
    assert a == b
    items = run(net(), data, TrainConfig(iterations=200, optimizer="adam", lr=0.01, optimizer_params={"beta1": 0.8}))
    assert items[-1].optimizer == "adam"
    assert [p.eval for p in items if p.eval][-1].test_acc > 0.8


def test_float64_network_on_float32_data():
    data = blobs()
    items = run(net(dtype=np.float64), data, TrainConfig(iterations=50))
    assert items[-1].state == "finished"


def test_batches_reshaped_to_input_shape():
    shapes = []

    class ImageNet(Network):
        def __init__(self, rng=None, dtype=np.float32):
            super().__init__((1, 4, 4), dtype)
            r = rng or np.random.default_rng(0)
            self.add_layer("Affine1", Affine((0.1 * r.standard_normal((16, 4))).astype(self.dtype),
                                             np.zeros(4, self.dtype)), W="W1", b="b1")

        def loss_and_gradient(self, x, t):
            shapes.append(x.shape)
            return super().loss_and_gradient(x, t)

    items = run(ImageNet(), blobs(), TrainConfig(iterations=3))
    assert shapes == [(100, 1, 4, 4)] * 3 and items[-1].state == "finished"


@pytest.mark.parametrize("kwargs,match", [
    ({"iterations": None}, "exactly one"),
    ({"epochs": 3}, "exactly one"),
    ({"batch_size": 0}, "batch_size"),
    ({"lr": -1.0}, "learning rate"),
    ({"mode": "fast"}, "mode"),
    ({"optimizer": "lion"}, "unknown optimizer"),
    ({"optimizer": "sgd", "optimizer_params": {"momentum": 0.9}}, "no hyperparameter"),
    ({"optimizer_params": {"lr": 0.1}}, "lr"),
])
def test_config_validation(kwargs, match):
    with pytest.raises(ValueError, match=match):
        TrainConfig(**kwargs)


def test_data_that_does_not_fit_the_network():
    data = blobs(dim=8)
    with pytest.raises(ValueError, match="values per sample"):
        next(train(net(), data, TrainConfig(iterations=1)))
    bad = blobs()
    bad.t_train = bad.t_train + 10
    with pytest.raises(ValueError, match="outputs"):
        next(train(net(), bad, TrainConfig(iterations=1)))


def test_eval_train_limit():
    data = blobs(n_train=600)
    network = net()
    items = run(network, data, TrainConfig(iterations=1, eval_train_limit=50))
    ev = items[1].eval
    assert ev.train_acc == pytest.approx(network.accuracy(data.x_train[:50], data.t_train[:50]))


# ----------------------------------------------------------------------------- control
def test_pause_step_resume_without_threads():
    control = TrainingControl()
    control.pause()
    gen = train(net(), blobs(), TrainConfig(iterations=50), control)
    first = next(gen)
    assert first.state == "paused" and first.iteration == 0 and control.paused
    control.step(2)
    got = [next(gen), next(gen)]
    assert got[0].iteration == 1 and got[1].eval is not None   # evaluation after the first mini-batch
    got.append(next(gen))
    assert got[-1].iteration == 2 and got[-1].state == "running"
    assert next(gen).state == "paused"
    control.set_lr(0.05)
    control.resume()
    p = next(gen)
    assert p.iteration == 3 and p.lr == 0.05
    control.set_optimizer("momentum", momentum=0.5)
    assert next(gen).optimizer == "momentum"
    control.stop()
    last = next(gen)
    assert last.state == "stopped" and last.iteration == 4
    with pytest.raises(StopIteration):
        next(gen)


def _wait_until(condition, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not reached in time"
        time.sleep(0.005)


def test_control_from_another_thread():
    control = TrainingControl()
    items: list[Progress] = []
    gen = train(net(), blobs(), TrainConfig(iterations=10**6), control)
    worker = threading.Thread(target=lambda: items.extend(gen), daemon=True)
    start = time.perf_counter()
    worker.start()
    _wait_until(lambda: len(items) > 5)
    paused_at = time.perf_counter()
    control.pause()
    _wait_until(lambda: items[-1].state == "paused")
    n = len(items)
    time.sleep(0.3)
    assert len(items) == n  # blocked while paused
    control.step(5)
    _wait_until(lambda: items[-1].state == "paused" and items[-1].iteration == items[n - 1].iteration + 5)
    time.sleep(0.1)
    assert items[-1].iteration == items[n - 1].iteration + 5  # exactly five, then paused again
    paused_for = time.perf_counter() - paused_at
    control.resume()
    _wait_until(lambda: items[-1].state == "running")
    control.stop()
    worker.join(10)
    wall = time.perf_counter() - start
    assert not worker.is_alive()
    assert items[-1].state == "stopped"
    assert items[-1].elapsed < wall - 0.8 * paused_for  # the paused time is not counted


def test_control_rejects_bad_values():
    control = TrainingControl()
    with pytest.raises(ValueError):
        control.set_lr(0)
    with pytest.raises(ValueError):
        control.set_optimizer("lion")
    with pytest.raises(ValueError):
        control.step(0)


# ----------------------------------------------------------------------------- divergence
def test_divergence_restores_parameters_and_explains():
    data = blobs()
    network = MultiLayerNet(16, [50, 50], 4, weight_init_std="he", rng=np.random.default_rng(0))
    items = run(network, data, TrainConfig(iterations=2000, lr=50.0))
    last = items[-1]
    assert last.state == "diverged"
    assert "learning rate 50 is probably too high" in last.message
    assert f"at iteration {last.iteration}" in last.message
    assert "parameters restored to iteration" in last.message
    assert all(np.all(np.isfinite(p)) for p in network.params.values())
    assert np.isfinite(network.loss(data.x_test, data.t_test))


def test_divergence_can_be_ignored():
    data = blobs()
    network = MultiLayerNet(16, [50, 50], 4, weight_init_std="he", rng=np.random.default_rng(0))
    with np.errstate(all="ignore"):
        items = run(network, data, TrainConfig(iterations=100, lr=50.0, stop_on_divergence=False))
    assert items[-1].state == "finished"


# ----------------------------------------------------------------------------- evaluate
def test_evaluate_confusion_and_misclassified():
    data = blobs()
    network = net()
    run(network, data, TrainConfig(iterations=30))
    ev = evaluate(network, data.x_test, data.t_test, batch_size=64)
    assert ev.confusion.shape == (4, 4) and ev.confusion.sum() == len(data.t_test)
    assert ev.accuracy == pytest.approx(np.trace(ev.confusion) / len(data.t_test))
    assert ev.accuracy == pytest.approx(network.accuracy(data.x_test, data.t_test))
    np.testing.assert_array_equal(ev.confusion.sum(axis=1), np.bincount(data.t_test, minlength=4))
    probs = network.probabilities(data.x_test)
    np.testing.assert_allclose(ev.confidences, probs.max(axis=1), rtol=1e-5)
    wrong = ev.misclassified()
    assert len(wrong) == int(np.sum(ev.predictions != data.t_test))
    assert all(w["true"] != w["predicted"] for w in wrong)
    conf = [w["confidence"] for w in wrong]
    assert conf == sorted(conf, reverse=True)
    assert len(ev.misclassified(limit=2)) == min(2, len(wrong))


def test_blas_threads_limited_during_training_and_restored():
    from dlfs_studio.core.training import _Blas, blas_threads
    api = _Blas.api()
    if api is None:
        pytest.skip("OpenBLAS's thread API is not available here")
    _setter, getter = api
    before = getter()
    seen = []
    for _p in train(net(), blobs(), TrainConfig(iterations=3, blas_threads=1)):
        seen.append(getter())
    assert set(seen) == {1}
    assert getter() == before
    with blas_threads(1):
        with blas_threads(1):
            assert getter() == 1
        assert getter() == 1
    assert getter() == before
    for _p in train(net(), blobs(), TrainConfig(iterations=2, blas_threads=None)):
        assert getter() == before
    with pytest.raises(ValueError, match="blas_threads"):
        TrainConfig(blas_threads=0)
    with pytest.raises(ValueError, match="blas_threads"):
        TrainConfig(blas_threads="fast")


_HOLD_SCRIPT = """
import threading
import numpy as np
from dlfs_studio.core.training import TrainConfig, _Blas, blas_threads, train
from tests.test_training import blobs, net
api = _Blas.api()
if api is None or api[1]() < 2:
    print("skip")
    raise SystemExit
getter = api[1]
a = np.ones((64, 64))
with blas_threads(1):  # the main thread sets and resets the count, as a run on the main thread does
    a @ a
seen = []

def work():
    with blas_threads(1):
        a @ a
        seen.append(getter())
    for _p in train(net(), blobs(), TrainConfig(iterations=3, blas_threads=1)):
        seen.append(getter())

worker = threading.Thread(target=work)
worker.start()
worker.join()
print(sorted(set(seen)), len(seen))
"""


def test_blas_threads_hold_in_a_worker_thread_after_another_thread_set_them():
    """A run in a worker thread trains on the one BLAS thread it asked for, also after the main thread has set and
    reset the count (with OpenBLAS 0.3.31 the worker's calls then kept 2 threads: the GUI's second training run in
    a session was 4-13x slower on shared cores). Run in a fresh process where OpenBLAS starts with its default
    count (the test session itself starts it with one thread, as the app does)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    env = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS")}
    out = subprocess.run([sys.executable, "-c", _HOLD_SCRIPT], capture_output=True, text=True, timeout=300, env=env,
                         cwd=Path(__file__).resolve().parent.parent)
    assert out.returncode == 0, out.stderr
    if out.stdout.strip() == "skip":
        pytest.skip("needs OpenBLAS's thread API and at least 2 BLAS threads")
    counts, n = out.stdout.rsplit(" ", 1)
    assert int(n) > 0 and counts == "[1]", out.stdout


def test_thread_tuner_decisions():
    from dlfs_studio.core.training import ThreadTuner
    calls = []
    tuner = ThreadTuner(calls.append, 2)
    assert calls == [1] and tuner.threads == 1
    for _ in range(ThreadTuner.WARMUP):
        tuner.step_done(1.0)
    for _ in range(ThreadTuner.BASE):
        tuner.step_done(1.0)              # single-thread steps take 1.0
    assert tuner.threads == 2 and tuner.phase == "probe"
    tuner.step_done(5.0)                  # contention: threads are much slower -> give up at once
    assert tuner.threads == 1 and tuner.phase == "hold"
    for _ in range(ThreadTuner.HOLD):
        tuner.step_done(1.0)
    for _ in range(ThreadTuner.WARMUP + ThreadTuner.BASE):
        tuner.step_done(1.0)
    for _ in range(ThreadTuner.PROBE):
        tuner.step_done(0.6)              # idle machine: threads are faster -> keep them
    assert tuner.threads == 2 and tuner.phase == "hold"
    assert calls == [1, 2, 1, 2]


def test_default_run_is_reproducible_on_a_batchnorm_net():
    data = blobs()
    def losses():
        network = MultiLayerNet(16, [20, 20], 4, use_batchnorm=True, dropout_ratio=0.1, rng=np.random.default_rng(0))
        return [p.loss for p in train(network, data, TrainConfig(iterations=60)) if p.state == "running"]
    assert TrainConfig().blas_threads == 1
    assert losses() == losses()


def test_auto_thread_mode_trains():
    items = run(net(), blobs(), TrainConfig(iterations=60, blas_threads="auto"))
    assert items[-1].state == "finished"


# ----------------------------------------------------------------------------- uint8 mini-batch gather
def book_images(n=300, dim=16, k=4, seed=0, dtype=np.float32):
    """Images normalized the book's way: astype(dtype) / 255 of random uint8 pixels."""
    rng = np.random.default_rng(seed)
    u = rng.integers(0, 256, (n, dim), dtype=np.uint8)
    u[:, : dim // 2] = 0  # some zero pixels, as MNIST's border
    return u, u.astype(dtype) / dtype(255), rng.integers(0, k, n).astype(np.int64)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_uint8_codes_restore_the_images_bit_for_bit(dtype):
    from dlfs_studio.core.training import uint8_codes
    u, x, _ = book_images(dtype=dtype)
    codes = uint8_codes(x, chunk=64)  # several chunks
    assert codes is not None and codes.dtype == np.uint8
    assert np.array_equal(codes, u)
    idx = np.random.default_rng(1).integers(0, len(x), 100)
    batch = np.empty((100, x.shape[1]), dtype=dtype)
    np.divide(codes[idx], dtype(255), out=batch)  # what train() does into its batch buffer
    bits = np.int32 if dtype == np.float32 else np.int64
    assert np.array_equal(batch.view(bits), x[idx].view(bits))


def test_uint8_codes_refuse_other_data():
    from dlfs_studio.core.training import uint8_codes
    _, x, _ = book_images()
    assert uint8_codes((x - 0.5) / 0.2) is None               # standardized
    assert uint8_codes(x * 2) is None                         # beyond 1
    assert uint8_codes(np.nextafter(x, np.float32(2))) is None  # off by one ulp
    for bad in (-0.0, np.nan, np.inf):
        y = x.copy()
        y[-1, -1] = bad                                       # the last chunk, last value
        assert uint8_codes(y, chunk=64) is None
    assert uint8_codes(x.astype(np.float16)) is None
    assert uint8_codes(x[:, 0]) is None                       # 1-D
    assert uint8_codes(x[:0]) is None


@pytest.mark.parametrize("mode", ["book", "epochs"])
def test_uint8_gather_trains_exactly_like_the_float_gather(monkeypatch, mode):
    import dlfs_studio.core.training as training
    _, x, t = book_images(n=250)
    data = Data(x, t, x[:50], t[:50])
    config = TrainConfig(batch_size=32, iterations=40, mode=mode, seed=3)
    calls = []
    real = training.uint8_codes
    monkeypatch.setattr(training, "uint8_codes", lambda a: calls.append(1) or real(a))
    fast_net = net()
    fast = [p.loss for p in run(fast_net, data, config)]
    assert calls  # the uint8 path was taken
    monkeypatch.setattr(training, "uint8_codes", lambda a: None)
    slow_net = net()
    slow = [p.loss for p in run(slow_net, data, config)]
    assert fast == slow
    for k in fast_net.params:
        assert np.array_equal(fast_net.params[k], slow_net.params[k])


# ----------------------------------------------------------------------------- kept test predictions
def test_kept_test_predictions_are_the_evaluation_of_that_moment():
    data = blobs()
    plain = [p.eval for p in run(net(), data, TrainConfig(iterations=None, epochs=3, mode="epochs"))
             if p.eval is not None]
    network = net()
    kept = []
    for p in train(network, data, TrainConfig(iterations=None, epochs=3, mode="epochs", keep_test_predictions=True)):
        if p.eval is not None:
            ev = p.eval
            kept.append(ev)
            fresh = evaluate(network, data.x_test, data.t_test)  # the network as it is at this evaluation
            from_kept = ev.test_evaluation(data.t_test, 4)
            np.testing.assert_array_equal(from_kept.predictions, fresh.predictions)
            np.testing.assert_array_equal(from_kept.confidences, fresh.confidences)
            np.testing.assert_array_equal(from_kept.confusion, fresh.confusion)
            assert from_kept.accuracy == ev.test_acc == fresh.accuracy
            assert not ev.test_predictions.flags.writeable and not ev.test_confidences.flags.writeable
    # same run, same accuracies, whether or not the predictions are kept
    assert [(e.iteration, e.train_acc, e.test_acc) for e in kept] == \
        [(e.iteration, e.train_acc, e.test_acc) for e in plain]
    assert all(e.test_predictions is None and e.test_evaluation(data.t_test, 4) is None for e in plain)
    assert kept[-1].test_acc > 0.5  # it learned something (chance is 0.25)


def test_predict_labels_agrees_with_count_correct_on_ties():
    network = net()
    x = np.zeros((5, 16), np.float32)  # zero input and zero biases: all scores tie within a row
    network.params["W1"][...] = 0
    labels, conf = network.predict_labels(x)
    assert np.count_nonzero(labels == 0) == network.count_correct(x, np.zeros(5, np.int64)) == 5
    np.testing.assert_allclose(conf, 0.25)
    with pytest.raises(ValueError, match="batch_size"):
        network.predict_labels(x, batch_size=0)
