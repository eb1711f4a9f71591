"""Real MNIST (DLFS_DATA): the networks of chapters 4 and 5 reach the book's accuracies."""
from __future__ import annotations

from itertools import pairwise

import numpy as np
import pytest

from dlfs_studio.core.data import load_dataset
from dlfs_studio.core.nets import TwoLayerNet
from dlfs_studio.core.training import TrainConfig, evaluate, train

pytestmark = [pytest.mark.data, pytest.mark.slow]


@pytest.fixture(scope="module")
def mnist(data_dir):
    return load_dataset("mnist", data_dir)


def test_relu_two_layer_net_ten_epochs_reaches_96_percent(mnist):
    """Chapter 5's network: 784-50-10 ReLU, SGD lr 0.1, batch 100, 10 shuffled epochs (~6000 steps)."""
    net = TwoLayerNet(784, 50, 10, activation="relu", rng=np.random.default_rng(0))
    items = list(train(net, mnist, TrainConfig(epochs=10, iterations=None, mode="epochs", lr=0.1, batch_size=100)))
    evals = [p.eval for p in items if p.eval is not None]
    assert items[-1].state == "finished" and items[-1].iteration == 6000
    assert [e.epoch for e in evals] == list(range(1, 11))
    assert evals[-1].test_acc >= 0.96, evals[-1]
    assert evals[-1].train_acc >= 0.96
    assert all(b.train_loss < a.train_loss for a, b in pairwise(evals))
    ev = evaluate(net, mnist.x_test, mnist.t_test)
    assert ev.accuracy == pytest.approx(evals[-1].test_acc)
    assert ev.confusion.sum() == 10000 and np.trace(ev.confusion) == round(ev.accuracy * 10000)


def test_sigmoid_book_mode_like_ch04(mnist):
    """Chapter 4's run, shortened: sigmoid, book mode (batches with replacement, evaluation every 600)."""
    net = TwoLayerNet(784, 50, 10, activation="sigmoid", rng=np.random.default_rng(0))
    items = list(train(net, mnist, TrainConfig(iterations=2401, lr=0.1, batch_size=100, mode="book")))
    evals = [p.eval for p in items if p.eval is not None]
    assert [e.iteration for e in evals] == [1, 601, 1201, 1801, 2401]
    assert evals[0].test_acc < 0.3            # the untrained network guesses
    assert evals[-1].test_acc > 0.88          # the book's curve: ~0.90 after 4 epochs
    assert evals[-1].train_acc == pytest.approx(net.accuracy(mnist.x_train, mnist.t_train))


def test_full_evaluation_is_fast_enough_to_time(mnist):
    """Sanity of the batched evaluation path on 70,000 images (timing itself lives in benchmarks/)."""
    net = TwoLayerNet(784, 50, 10, activation="relu", rng=np.random.default_rng(0))
    acc = net.accuracy(mnist.x_train, mnist.t_train, batch_size=2000)
    assert acc == pytest.approx(net.accuracy(mnist.x_train, mnist.t_train, batch_size=999))
