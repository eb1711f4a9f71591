"""core/preprocess.py (MNIST-like preprocessing of a drawing) and core/gradcheck.py (sampled gradient check)."""
from __future__ import annotations

import numpy as np
import pytest

from dlfs_studio.core.gradcheck import GradCheckProgress, GradCheckResult, gradient_check
from dlfs_studio.core.nets import MultiLayerNet, TwoLayerNet
from dlfs_studio.core.preprocess import center_of_mass, mnist_like, resize_area


def test_resize_area_keeps_mean_and_exact_blocks():
    a = np.arange(16, dtype=float).reshape(4, 4)
    small = resize_area(a, 2, 2)
    np.testing.assert_allclose(small, [[2.5, 4.5], [10.5, 12.5]])
    big = resize_area(np.eye(3), 7, 5)
    assert big.shape == (7, 5)
    assert big.mean() == pytest.approx(np.eye(3).mean())


def test_mnist_like_fits_20x20_and_centres_by_mass():
    canvas = np.zeros((280, 280), dtype=np.float32)
    canvas[40:240, 100:140] = 1.0  # a tall bar in the upper left part
    before = canvas.copy()
    out = mnist_like(canvas)
    np.testing.assert_array_equal(canvas, before)  # input untouched
    assert out.shape == (28, 28) and out.dtype == np.float32
    rows = np.flatnonzero(out.any(axis=1))
    cols = np.flatnonzero(out.any(axis=0))
    assert rows[-1] - rows[0] + 1 == 20  # the longer side is 20 px
    assert cols[-1] - cols[0] + 1 == 4  # aspect kept (200x40 -> 20x4)
    r, c = center_of_mass(out)
    assert abs(r - 14) <= 0.5 and abs(c - 14) <= 0.5
    assert out.max() <= 1.0 and out.min() >= 0.0


def test_mnist_like_uint8_empty_and_bad_input():
    assert not mnist_like(np.zeros((50, 50), np.uint8)).any()
    img = np.zeros((100, 60), np.uint8)
    img[10:90, 20:40] = 255
    assert mnist_like(img).max() == pytest.approx(1.0)
    with pytest.raises(ValueError, match="2-D"):
        mnist_like(np.zeros((3, 4, 5)))


def test_mnist_digits_survive_preprocessing_almost_unchanged():
    rng = np.random.default_rng(0)
    digit = np.zeros((28, 28))
    digit[4:24, 11:17] = rng.uniform(0.5, 1.0, size=(20, 6))
    out = mnist_like(digit)
    assert np.abs(out - digit).mean() < 0.05


@pytest.mark.parametrize("make", [
    lambda: TwoLayerNet(20, 8, 10, rng=np.random.default_rng(1)),
    lambda: MultiLayerNet(20, [8, 6], 10, activation="sigmoid", use_batchnorm=True, dropout_ratio=0.3,
                          weight_decay_lambda=0.1, rng=np.random.default_rng(2)),
])
def test_gradient_check_agrees_and_reports_progress(make):
    net = make()
    before = {k: v.copy() for k, v in net.params.items()}
    rng = np.random.default_rng(3)
    x = rng.random((5, 20)).astype(np.float32)
    t = rng.integers(0, 10, 5)
    items = list(gradient_check(net, x, t, sample=None, report_every=0.0))
    result = items[-1]
    assert isinstance(result, GradCheckResult)
    assert all(isinstance(i, GradCheckProgress) for i in items[:-1])
    assert items[-2].done == items[-2].total == result.checked == result.total_values
    assert result.max_abs_diff < 1e-7
    assert result.numerical_seconds > 0 and result.backprop_seconds > 0
    assert result.dtype == "float64"
    for k, v in net.params.items():  # the network passed in is untouched
        np.testing.assert_array_equal(v, before[k])


def test_gradient_check_sample_detects_a_wrong_gradient():
    net = TwoLayerNet(20, 8, 10, rng=np.random.default_rng(1))
    x = np.random.default_rng(0).random((4, 20))
    t = np.arange(4)
    items = list(gradient_check(net, x, t, sample=5, rng=np.random.default_rng(0)))
    result = items[-1]
    assert [p.checked for p in result.params] == [5, 5, 5, 5]
    assert result.checked == 20 and result.total_values == 20 * 8 + 8 + 8 * 10 + 10
    assert result.estimated_full_seconds > result.numerical_seconds
    # a sabotaged backprop is caught
    import dlfs_studio.core.gradcheck as gc
    original = type(net).gradient

    def wrong(self, x, t):
        g = original(self, x, t)
        g["W2"] = g["W2"] + 0.01
        return g

    type(net).gradient = wrong
    try:
        bad = list(gc.gradient_check(net, x, t, sample=5))[-1]
    finally:
        type(net).gradient = original
    assert {p.key: p.max_abs_diff for p in bad.params}["W2"] == pytest.approx(0.01, rel=1e-3)
    with pytest.raises(ValueError, match="sample"):
        next(gradient_check(net, x, t, sample=0))
