"""SimpleConvNet learns real MNIST: at least 98.5% test accuracy (the book reaches 98.9% after 20 epochs).

The cheapest honest configuration found: the book's optimizer for train_convnet.py (Adam)
with lr 0.003 instead of 0.001, mini-batches of 100, four epochs over the full 60,000 images
(2,400 updates), driven by ``core.training.train`` exactly as ``dlfs train`` and the GUI drive
it. The test accuracy is measured on all 10,000 test images, which the network never trains on.

Measured test accuracies (they vary by about 0.15 points from run to run, as BLAS threading
changes the rounding): lr 0.001 reaches only 98.2% after 3 epochs; lr 0.003 gives 98.5-98.6%
after 2 epochs, 98.6-98.9% after 3 (seeds 0-2), 98.8-98.9% after 4 and 99.0% after 5.
Four epochs keep a margin above 98.5%. About 30 s on two quiet cores (a minute when shared).
"""
from __future__ import annotations

import numpy as np
import pytest

from dlfs_studio.core.conv import SimpleConvNet
from dlfs_studio.core.data import load_dataset
from dlfs_studio.core.training import TrainConfig, train


@pytest.mark.data
@pytest.mark.slow
def test_simple_conv_net_reaches_98_5_percent_on_mnist(data_dir):
    ds = load_dataset("mnist", data_dir, flatten=False)
    assert ds.x_train.shape == (60000, 1, 28, 28) and ds.x_train.dtype == np.float32
    net = SimpleConvNet(rng=np.random.default_rng(0))
    config = TrainConfig(batch_size=100, lr=0.003, optimizer="adam", epochs=4, iterations=None,
                         mode="epochs", seed=0, eval_train_limit=2000)
    evaluations = []
    for p in train(net, ds, config):
        if p.eval is not None:
            evaluations.append(p.eval)
    assert p.state == "finished", p.message
    assert p.iteration == 2400
    assert [e.epoch for e in evaluations] == [1, 2, 3, 4]
    assert evaluations[-1].train_loss < evaluations[0].train_loss
    test_acc = net.accuracy(ds.x_test, ds.t_test)
    assert test_acc == evaluations[-1].test_acc
    assert test_acc >= 0.985, f"test accuracy {test_acc:.4f}"
    assert evaluations[-1].train_acc >= 0.985
