"""Runs on the real MNIST (DLFS_DATA): the book's network and SimpleConvNet replay, resume and fork exactly."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pytest

from dlfs_studio.core.data import load_dataset
from dlfs_studio.core.nets import TwoLayerNet
from dlfs_studio.core.runs import Run, RunConfig, first_difference, fork, network_at, replayed, train_run
from dlfs_studio.core.session import load_session, save_session
from dlfs_studio.core.training import train

pytestmark = pytest.mark.data


@dataclass
class Part:
    x_train: np.ndarray
    t_train: np.ndarray
    x_test: np.ndarray
    t_test: np.ndarray


@pytest.fixture(scope="module")
def mnist(data_dir):
    return load_dataset("mnist", data_dir)


def test_book_run_is_the_book_loop_and_resumes_exactly(mnist, tmp_path):
    config = RunConfig(iterations=700)
    run = Run(config)
    list(train_run(run, mnist))
    net = TwoLayerNet(784, 50, 10, rng=np.random.default_rng(0))
    plain = [p.loss for p in train(net, mnist, config.train_config()) if p.state == "running" and p.eval is None]
    assert run.losses.values().tobytes() == np.array(plain).tobytes()
    assert [e.iteration for e in run.evaluations] == [1, 601]
    part = Run(config)
    list(train_run(part, mnist, until=333))
    save_session(tmp_path, [part])
    (loaded,) = load_session(tmp_path)
    list(train_run(loaded, mnist))
    assert first_difference(run.losses.values(), loaded.losses.values()) is None
    assert loaded.evaluations == run.evaluations
    child = fork(run, 650, lr=0.5)
    assert child.fork_iteration == 601
    list(train_run(child, mnist))
    assert first_difference(run.losses.values(), child.losses.values()) == 602
    assert first_difference(replayed(child, mnist).losses.values(), child.losses.values()) is None


def test_simple_conv_run_resumes_and_replays(mnist):
    data = Part(mnist.x_train[:1000], mnist.t_train[:1000], mnist.x_test[:500], mnist.t_test[:500])
    config = RunConfig(dataset="mnist", net="simple_conv", activation="relu", hidden_sizes=(100,), conv_filters=8,
                       optimizer="adam", lr=0.001, iterations=30, batch_size=50, train_size=600)
    run = Run(config, checkpoint_every=10)
    list(train_run(run, data))
    part = Run(config, checkpoint_every=10)
    list(train_run(part, data, until=17))
    list(train_run(part, data))
    assert first_difference(run.losses.values(), part.losses.values()) is None
    net = network_at(run, 25)
    assert net.params["W1"].shape == (8, 1, 5, 5)
    assert np.array_equal(net.params["W2"], run.checkpoints[25].params["W2"])
