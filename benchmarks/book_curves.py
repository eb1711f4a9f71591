"""The book's per-epoch accuracy curves of chapters 4 and 5, derived by running the book's way of training.

Chapter 4's ``train_neuralnet.py``: TwoLayerNet 784-50-10 with sigmoid, weights 0.01·N(0, 1), SGD lr 0.1,
batch 100 drawn with replacement, 10,000 iterations, train and test accuracy after the first mini-batch and
every 600 mini-batches (17 points). Chapter 5 is the same network with ReLU trained by backprop. The book
prints these accuracies but gives no table, so the curve is derived: float64 as the book computes, the book's
formulas (sigmoid, softmax, cross-entropy, their gradients), averaged over seeds 0-2 of the weights and the
mini-batches. Writes ``resources/presets/book_curves.json`` (the training view draws it as the book's reference).

Usage::

    DLFS_DATA=/work/shared/data .venv/bin/python benchmarks/book_curves.py
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.book_reference import BookNet


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def softmax(a):
    a = a - a.max(axis=1, keepdims=True)
    e = np.exp(a)
    return e / e.sum(axis=1, keepdims=True)


class SigmoidNet:
    """Chapter 4's TwoLayerNet with its hand-written gradient (sigmoid hidden layer, softmax output)."""

    def __init__(self, rng):
        self.p = {"W1": 0.01 * rng.standard_normal((784, 50)), "b1": np.zeros(50),
                  "W2": 0.01 * rng.standard_normal((50, 10)), "b2": np.zeros(10)}

    def predict(self, x):
        return softmax(sigmoid(x @ self.p["W1"] + self.p["b1"]) @ self.p["W2"] + self.p["b2"])

    def accuracy(self, x, t):
        return float(np.mean(self.predict(x).argmax(axis=1) == t.argmax(axis=1)))

    def gradient(self, x, t):
        a1 = x @ self.p["W1"] + self.p["b1"]
        z1 = sigmoid(a1)
        y = softmax(z1 @ self.p["W2"] + self.p["b2"])
        dy = (y - t) / x.shape[0]
        da1 = (dy @ self.p["W2"].T) * (1 - z1) * z1
        return {"W2": z1.T @ dy, "b2": dy.sum(axis=0), "W1": x.T @ da1, "b1": da1.sum(axis=0)}


def run(kind, ds, seed):
    rng = np.random.default_rng(seed)
    x_train, x_test = ds.x_train.astype(np.float64), ds.x_test.astype(np.float64)
    t_train, t_test = np.eye(10)[ds.t_train], np.eye(10)[ds.t_test]
    net = SigmoidNet(rng) if kind == "ch4" else BookNet([784, 50, 10], False, 0.01, rng)
    params = net.p if kind == "ch4" else net.params
    train_acc, test_acc = [], []
    for i in range(10000):
        idx = rng.choice(60000, 100)
        grads = net.gradient(x_train[idx], t_train[idx])
        for k in params:
            params[k] -= 0.1 * grads[k]
        if i % 600 == 0:
            train_acc.append(net.accuracy(x_train, t_train))
            test_acc.append(net.accuracy(x_test, t_test))
    return train_acc, test_acc


def main() -> int:
    from dlfs_studio.core.data import load_dataset

    ds = load_dataset("mnist", os.environ.get("DLFS_DATA"))
    out = {}
    for kind in ("ch4", "ch5"):
        runs = [run(kind, ds, seed) for seed in range(3)]
        test = np.mean([r[1] for r in runs], axis=0)
        train = np.mean([r[0] for r in runs], axis=0)
        out[kind] = {"epoch": list(range(len(test))), "train_acc": [round(float(a), 4) for a in train],
                     "test_acc": [round(float(a), 4) for a in test],
                     "settings": "784-50-10, SGD lr 0.1, batch 100, 10,000 iterations, seeds 0-2 averaged"}
        print(kind, out[kind]["test_acc"], flush=True)
    path = Path(__file__).resolve().parent.parent / "resources" / "presets" / "book_curves.json"
    path.write_text(json.dumps(out, indent=1) + "\n")
    print("wrote", path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
