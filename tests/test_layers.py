"""Layers of chapters 5 and 6: the book's worked examples and every backward against numerical gradients."""
from __future__ import annotations

import math
import warnings

import numpy as np
import pytest

from dlfs_studio.core.functions import cross_entropy_error, softmax
from dlfs_studio.core.gradient import numerical_gradient
from dlfs_studio.core.layers import (
    BATCHNORM_EPS,
    AddLayer,
    Affine,
    BatchNormalization,
    Dropout,
    MulLayer,
    Relu,
    Sigmoid,
    SoftmaxWithLoss,
)


# ----------------------------------------------------------------------------- the apple examples
def test_buy_apple():
    apple, apple_num, tax = 100, 2, 1.1
    mul_apple, mul_tax = MulLayer(), MulLayer()
    price = mul_tax.forward(mul_apple.forward(apple, apple_num), tax)
    assert price == pytest.approx(220)
    dapple_price, dtax = mul_tax.backward(1)
    dapple, dapple_num = mul_apple.backward(dapple_price)
    assert dapple == pytest.approx(2.2)
    assert dapple_num == pytest.approx(110)
    assert dtax == pytest.approx(200)


def test_buy_apple_orange():
    apple, apple_num, orange, orange_num, tax = 100, 2, 150, 3, 1.1
    mul_apple, mul_orange, add, mul_tax = MulLayer(), MulLayer(), AddLayer(), MulLayer()
    apple_price = mul_apple.forward(apple, apple_num)
    orange_price = mul_orange.forward(orange, orange_num)
    price = mul_tax.forward(add.forward(apple_price, orange_price), tax)
    assert price == pytest.approx(715)
    dall, dtax = mul_tax.backward(1)
    dapple_price, dorange_price = add.backward(dall)
    dorange, dorange_num = mul_orange.backward(dorange_price)
    dapple, dapple_num = mul_apple.backward(dapple_price)
    assert (dapple, dapple_num, dorange, dorange_num, dtax) == pytest.approx((2.2, 110, 3.3, 165, 650))


# ----------------------------------------------------------------------------- numerical checks
def _check_layer(layer, x, rng, train=True, atol=1e-7):
    """Compare backward with central differences of L = sum(forward(x) * dout), for x and every param."""
    x = x.copy()
    dout = rng.standard_normal(layer.forward(x, train).shape)
    state = layer.rng.bit_generator.state if isinstance(layer, Dropout) else None

    def f(_):
        if state is not None:
            layer.rng.bit_generator.state = state
        return float(np.sum(layer.forward(x, train) * dout))

    f(None)
    dx = layer.backward(dout)
    analytic = {"x": None if dx is None else dx.copy()}
    analytic.update({k: g.copy() for k, g in layer.grads.items()})
    if analytic["x"] is not None:
        np.testing.assert_allclose(analytic["x"], numerical_gradient(f, x), atol=atol, rtol=1e-5)
    for k, p in layer.params.items():
        np.testing.assert_allclose(analytic[k], numerical_gradient(f, p), atol=atol, rtol=1e-5)


@pytest.fixture
def rng():
    return np.random.default_rng(42)


def test_relu_forward_backward(rng):
    x = np.array([[1.0, -0.5], [-2.0, 3.0]])
    layer = Relu()
    np.testing.assert_array_equal(layer.forward(x), [[1.0, 0.0], [0.0, 3.0]])
    np.testing.assert_array_equal(layer.backward(np.ones_like(x)), [[1, 0], [0, 1]])
    xx = rng.standard_normal((4, 5))
    xx[np.abs(xx) < 1e-2] = 0.5  # keep away from the kink
    _check_layer(Relu(), xx, rng)


def test_sigmoid_matches_formula_and_has_no_overflow(rng):
    x = rng.standard_normal((3, 4)) * 5
    np.testing.assert_allclose(Sigmoid().forward(x), 1 / (1 + np.exp(-x)), rtol=1e-12, atol=1e-15)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        y = Sigmoid().forward(np.array([-1000.0, 0.0, 1000.0]))
    np.testing.assert_allclose(y, [0.0, 0.5, 1.0])
    _check_layer(Sigmoid(), x, rng)


def _sigmoid_reference(x: float) -> float:
    """Correctly rounded to a couple of ulp in float64 (math.exp is accurate to < 1 ulp)."""
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


@pytest.mark.parametrize("dtype,lo,rtol", [(np.float64, -745.0, 6.7e-16), (np.float32, -104.0, 2.5e-7)])
def test_sigmoid_is_accurate_over_the_whole_range_without_warnings(dtype, lo, rtol):
    # issue 10: 0.5 + 0.5*tanh(x/2) was exactly 0 from x <= -38 (float64) / -20 (float32), with
    # relative errors above 1e-4 from x <= -8.5 in float32
    x = np.concatenate([np.linspace(lo, 40.0, 40001), [-40.0, -38.0, -20.0, -8.5, 0.0]]).astype(dtype)
    with np.errstate(all="raise"), warnings.catch_warnings():
        warnings.simplefilter("error")
        y = Sigmoid().forward(x)
    assert y.dtype == dtype
    ref = np.array([_sigmoid_reference(float(v)) for v in x])
    tiny = np.finfo(dtype).tiny
    normal = ref >= tiny
    np.testing.assert_allclose(y[normal], ref[normal], rtol=rtol, atol=0)
    assert np.all(np.abs(y[~normal] - ref[~normal]) <= tiny)  # below the smallest normal number
    if dtype == np.float64:
        assert Sigmoid().forward(np.array([-40.0]))[0] == pytest.approx(4.248354255291589e-18, rel=1e-15)


def test_sigmoid_float32_stays_float32():
    y = Sigmoid().forward(np.zeros((2, 3), np.float32))
    assert y.dtype == np.float32


def test_affine_any_input_shape(rng):
    W, b = rng.standard_normal((12, 5)), rng.standard_normal(5)
    layer = Affine(W, b)
    x = rng.standard_normal((4, 3, 2, 2))
    out = layer.forward(x)
    np.testing.assert_allclose(out, x.reshape(4, 12) @ W + b)
    dx = layer.backward(np.ones((4, 5)))
    assert dx.shape == x.shape
    _check_layer(Affine(W.copy(), b.copy()), x, rng)


def test_affine_need_dx_false_skips_input_gradient(rng):
    layer = Affine(rng.standard_normal((3, 2)), np.zeros(2), need_dx=False)
    layer.forward(rng.standard_normal((4, 3)))
    assert layer.backward(np.ones((4, 2))) is None
    np.testing.assert_allclose(layer.grads["b"], [4, 4])


def test_affine_rejects_wrong_input():
    layer = Affine(np.zeros((3, 2)), np.zeros(2))
    with pytest.raises(ValueError, match="3 values per sample"):
        layer.forward(np.zeros((4, 5)))
    with pytest.raises(ValueError, match="shape"):
        Affine(np.zeros((3, 2)), np.zeros(3))


def test_affine_does_not_mutate_input_and_reuses_buffers(rng):
    layer = Affine(rng.standard_normal((3, 2)), rng.standard_normal(2))
    x = rng.standard_normal((4, 3))
    x0 = x.copy()
    a = layer.forward(x)
    b = layer.forward(x)
    assert a is b  # same buffer: no new array per step
    np.testing.assert_array_equal(x, x0)


@pytest.mark.parametrize("one_hot", [False, True])
def test_softmax_with_loss(rng, one_hot):
    x = rng.standard_normal((5, 4))
    labels = np.array([0, 3, 1, 1, 2])
    t = np.eye(4)[labels] if one_hot else labels
    layer = SoftmaxWithLoss()
    loss = layer.forward(x, t)
    assert loss == pytest.approx(cross_entropy_error(softmax(x), labels), abs=1e-6)
    dx = layer.backward()
    np.testing.assert_allclose(dx, (softmax(x) - np.eye(4)[labels]) / 5, atol=1e-15)
    numeric = numerical_gradient(lambda _: layer.forward(x, t), x)
    np.testing.assert_allclose(dx, numeric, atol=1e-9)


def test_softmax_with_loss_large_logits_and_bad_labels():
    layer = SoftmaxWithLoss()
    loss = layer.forward(np.array([[1000.0, 0.0], [0.0, 1000.0]]), np.array([0, 0]))
    assert loss == pytest.approx(500.0)
    with pytest.raises(ValueError, match="label indices"):
        layer.forward(np.zeros((2, 3)), np.array([0, 1, 2]))
    with pytest.raises(TypeError, match="integers"):
        layer.forward(np.zeros((2, 3)), np.array([0.5, 1.0]))


def test_batchnorm_train_normalizes_and_checks_gradient(rng):
    x = rng.standard_normal((6, 4)) * 3 + 2
    gamma, beta = rng.standard_normal(4), rng.standard_normal(4)
    layer = BatchNormalization(gamma.copy(), beta.copy())
    out = layer.forward(x, train=True)
    xn = (x - x.mean(0)) / np.sqrt(x.var(0) + 1e-6)
    assert BATCHNORM_EPS == 1e-6  # the book's 10e-7
    np.testing.assert_allclose(out, gamma * xn + beta, rtol=1e-10)
    _check_layer(BatchNormalization(gamma.copy(), beta.copy()), x, rng, atol=1e-6)


def test_batchnorm_running_averages_and_inference(rng):
    x = rng.standard_normal((8, 3)) + 5
    layer = BatchNormalization(np.ones(3), np.zeros(3))
    layer.forward(x, train=True)
    np.testing.assert_allclose(layer.running_mean, 0.1 * x.mean(0))
    np.testing.assert_allclose(layer.running_var, 0.1 * x.var(0))
    layer.forward(x, train=True)
    np.testing.assert_allclose(layer.running_mean, 0.19 * x.mean(0))
    out = layer.forward(x, train=False)
    np.testing.assert_allclose(out, (x - layer.running_mean) / np.sqrt(layer.running_var + 1e-6))
    _check_layer(layer, x, rng, train=False)


def test_batchnorm_4d_input(rng):
    x = rng.standard_normal((5, 2, 2, 2))
    layer = BatchNormalization(np.ones(8), np.zeros(8))
    out = layer.forward(x)
    assert out.shape == x.shape
    _check_layer(BatchNormalization(np.ones(8) * 1.5, np.zeros(8)), x, rng, atol=1e-6)


def test_dropout_mask_from_rng_and_inference_scaling(rng):
    x = np.ones((200, 50))
    a = Dropout(0.3, np.random.default_rng(7)).forward(x, train=True).copy()
    b = Dropout(0.3, np.random.default_rng(7)).forward(x, train=True).copy()
    np.testing.assert_array_equal(a, b)
    assert set(np.unique(a)) == {0.0, 1.0}
    assert abs((a == 0).mean() - 0.3) < 0.02
    np.testing.assert_allclose(Dropout(0.3, rng).forward(x, train=False), x * 0.7)
    _check_layer(Dropout(0.4, np.random.default_rng(3)), rng.standard_normal((4, 6)), rng)


def test_dropout_rejects_bad_arguments():
    with pytest.raises(ValueError, match="dropout_ratio"):
        Dropout(1.0)
    with pytest.raises(TypeError, match="Generator"):
        Dropout(0.5, rng=np.random.RandomState(0))
