"""Training against absurd settings (issue 10): only finite copies are kept and restored, the
divergence message names the likely culprit (initial weights, weight decay or learning rate)
without a flood of NumPy warnings, and empty or oversized inputs are refused up front."""
from __future__ import annotations

import warnings
from dataclasses import dataclass

import numpy as np
import pytest

from dlfs_studio.core.nets import MultiLayerNet, TwoLayerNet
from dlfs_studio.core.serialize import non_finite_parameters
from dlfs_studio.core.training import TrainConfig, train


@dataclass
class Data:
    x_train: np.ndarray
    t_train: np.ndarray
    x_test: np.ndarray
    t_test: np.ndarray


def blobs(n_train=300, n_test=100, dim=16, k=4, seed=0):
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((k, dim)) * 2

    def make(n):
        t = rng.integers(0, k, n)
        return (centres[t] + rng.standard_normal((n, dim))).astype(np.float32), t.astype(np.int64)
    (x1, t1), (x2, t2) = make(n_train), make(n_test)
    return Data(x1, t1, x2, t2)


def run_quietly(network, data, config):
    """Every NumPy warning is an error here: a divergence must be reported once, as a message."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return list(train(network, data, config))


def test_lr_1e308_restores_only_a_finite_copy():
    # issue 10: the good copy was taken right after the update, so with lr 1e308 it already held inf
    network = TwoLayerNet(16, 10, 4, rng=np.random.default_rng(0))
    last = run_quietly(network, blobs(), TrainConfig(iterations=50, lr=1e308, batch_size=30))[-1]
    assert last.state == "diverged"
    assert "learning rate 1e+308 is probably too high" in last.message
    assert non_finite_parameters(network) == []


def test_huge_initial_weights_are_blamed_and_nothing_non_finite_is_claimed_restored():
    with np.errstate(over="ignore"):
        network = TwoLayerNet(16, 10, 4, weight_init_std=1e308, rng=np.random.default_rng(0))
    assert non_finite_parameters(network)  # 1e308 * N(0, 1) overflows
    last = run_quietly(network, blobs(), TrainConfig(iterations=50, lr=0.1, batch_size=30))[-1]
    assert last.state == "diverged" and last.iteration == 1
    assert "initial weights are too large" in last.message and "not the learning rate" in last.message
    assert "no finite parameters to restore" in last.message and "restored to iteration" not in last.message


def test_finite_but_huge_initial_weights_are_blamed_too():
    network = TwoLayerNet(16, 10, 4, weight_init_std=1e30, rng=np.random.default_rng(0))  # float32: finite
    last = run_quietly(network, blobs(), TrainConfig(iterations=50, lr=0.1, batch_size=30))[-1]
    assert last.state == "diverged" and "initial weights are too large" in last.message
    assert "restored to iteration 0" in last.message


def test_weight_decay_is_blamed_when_it_drives_the_blow_up():
    network = MultiLayerNet(16, [20], 4, weight_decay_lambda=1000.0, rng=np.random.default_rng(0))
    last = run_quietly(network, blobs(), TrainConfig(iterations=2000, lr=0.1, batch_size=30))[-1]
    assert last.state == "diverged"
    assert "weight decay is too strong" in last.message and "learning rate 0.1 is probably" not in last.message
    assert non_finite_parameters(network) == []
    # a decay that is harmless at first but makes SGD swing: lr * decay = 3 > 2
    network = MultiLayerNet(16, [20], 4, weight_decay_lambda=30.0, weight_init_std=0.01,
                            rng=np.random.default_rng(0))
    last = run_quietly(network, blobs(), TrainConfig(iterations=2000, lr=0.1, batch_size=30))[-1]
    assert last.state == "diverged" and last.iteration > 1
    assert "weight decay 30 times the learning rate 0.1 is 3" in last.message


def test_empty_test_set_is_refused_up_front():
    data = blobs()
    data.x_test, data.t_test = data.x_test[:0], data.t_test[:0]
    with pytest.raises(ValueError, match="test set is empty"):
        next(train(TwoLayerNet(16, 10, 4, rng=np.random.default_rng(0)), data, TrainConfig(iterations=5)))


def test_absurd_batch_is_refused_before_allocating():
    with pytest.raises(ValueError, match=r"mini-batch of 1,000,000,000 images would take"):
        next(train(TwoLayerNet(16, 10, 4, rng=np.random.default_rng(0)), blobs(),
                   TrainConfig(iterations=5, batch_size=10 ** 9)))
