"""Activations, softmax and losses of chapters 3-4, including every value printed in the seeds."""
from __future__ import annotations

import numpy as np
import pytest

from dlfs_studio.core.functions import (
    cross_entropy_error,
    cross_entropy_error_grad,
    cross_entropy_per_row,
    one_hot,
    relu,
    relu_grad,
    sigmoid,
    sigmoid_grad,
    softmax,
    softmax_cross_entropy_grad,
    step_function,
    sum_squared_error,
    sum_squared_error_grad,
)
from dlfs_studio.core.gradient import numerical_gradient

T2 = [0, 0, 1, 0, 0, 0, 0, 0, 0, 0]
BOOK_Y = [0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0]
BOOK_Y2 = [0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0]


# Each value is printed in the book (section 4.2) or in ../shared/seeds/; compared with ==, not approx.
@pytest.mark.parametrize("y, expected", [
    (BOOK_Y, 0.09750000000000003),                                     # book 4.2.1; seeds 000, 002, 003
    (BOOK_Y2, 0.5975),                                                 # book 4.2.1, second example
    ([0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.6, 0.3, 0.0, 0.0], 0.6425),    # seed 002 (y2 sums to 1.3)
    ([0.1, 0.01, 0.6, 0.0, 0.0, 0.1, 0.02, 0.1, 0.1, 0.04], 0.10105000000000001),  # seed 004 sample 1
    ([0.1, 0.01, 0.2, 0.0, 0.0, 0.1, 0.02, 0.1, 0.1, 0.5], 0.46525000000000005),   # seed 004 sample 2
])
def test_sum_squared_error_matches_printed_values(y, expected):
    assert sum_squared_error(np.array(y), np.array(T2)) == expected
    assert sum_squared_error(y, T2) == expected          # plain lists, as some seeds pass them
    assert sum_squared_error(y, 2) == expected           # label-index form


def test_seed_000_old_numpy_print_is_the_same_float():
    # NumPy < 1.14 printed 17 significant digits: 0.097500000000000031 is the same double.
    assert sum_squared_error(BOOK_Y, T2) == float("0.097500000000000031")


@pytest.mark.parametrize("y, expected", [
    (BOOK_Y, 0.510825457099338),                                       # book; seeds 002
    (BOOK_Y2, 2.302584092994546),                                      # book
    ([0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.6, 0.3, 0.0, 0.0], 2.302584092994546),  # seed 002
    ([0.1, 0.01, 0.99, 0.0, 0.0, 0.1, 0.02, 0.1, 0.1, 0.04], 0.010050234843405595),  # seed 004
    ([0.1, 0.01, 0.2, 0.0, 0.0, 0.1, 0.02, 0.1, 0.1, 0.5], 1.6094374124342252),     # seed 004
    ([0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.1, 0.1, 0.0, 0.0], 0.510825457099338),      # seed 001 (y sums to 1.1)
])
def test_cross_entropy_matches_printed_values(y, expected):
    assert cross_entropy_error(np.array(y), np.array(T2)) == expected   # one-hot form
    assert cross_entropy_error(np.array(y), 2) == expected              # label-index form
    assert cross_entropy_error(np.array([y]), np.array([2])) == expected   # batch form, N = 1
    assert cross_entropy_error(np.array([y]), np.array([T2])) == expected


def test_seed_001_divided_by_ten_is_a_learners_slip():
    # Seed 001 printed 0.0510825457099338 after dividing a single row by 10 (its length) instead of
    # by the batch size 1. The engine gives the correct 0.510825457099338; the slip is reproducible.
    y = np.array([0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.1, 0.1, 0.0, 0.0])
    assert cross_entropy_error(y, np.array(T2)) / 10 == 0.0510825457099338


def test_cross_entropy_batch_is_the_mean_and_forms_agree():
    y = np.array([BOOK_Y, BOOK_Y2, [0.1, 0.01, 0.2, 0.0, 0.0, 0.1, 0.02, 0.1, 0.1, 0.5]])
    labels = np.array([2, 2, 9])
    per_row = cross_entropy_per_row(y, labels)
    assert per_row.shape == (3,)
    assert per_row[0] == 0.510825457099338 and per_row[1] == 2.302584092994546
    batch = cross_entropy_error(y, labels)
    assert batch == pytest.approx(per_row.mean(), rel=1e-15)
    assert cross_entropy_error(y, one_hot(labels, 10, dtype=np.int64)) == pytest.approx(batch, rel=1e-15)
    np.testing.assert_allclose(cross_entropy_per_row(y, one_hot(labels)), per_row, rtol=1e-15)


def test_cross_entropy_delta_guards_log_zero():
    y = np.zeros(10)
    y[0] = 1.0
    assert cross_entropy_error(y, 2) == pytest.approx(16.11809565095832, rel=1e-15)
    assert cross_entropy_error(y, 2, delta=0) == np.inf
    assert cross_entropy_error(y, one_hot(2, 10), delta=0) == np.inf      # not nan from 0 * log 0
    assert cross_entropy_per_row(y[None], [2], delta=0)[0] == np.inf
    z = np.array([0.0, 0.0, 1.0])
    assert cross_entropy_error(z, [0, 0, 1], delta=0) == 0.0


def test_cross_entropy_rejects_bad_labels():
    with pytest.raises(ValueError, match=r"0\.\.9"):
        cross_entropy_error(np.array(BOOK_Y), 10)
    with pytest.raises(TypeError, match="whole numbers"):
        cross_entropy_error(np.array(BOOK_Y), 2.5)
    with pytest.raises(ValueError, match="label"):
        cross_entropy_error(np.array([BOOK_Y, BOOK_Y]), np.array([1, 2, 3]))
    with pytest.raises(TypeError):
        cross_entropy_error(["a"] * 10, 2)


def test_inputs_are_not_mutated():
    y = np.array(BOOK_Y)
    t = np.array(T2)
    y0, t0 = y.copy(), t.copy()
    sum_squared_error(y, t)
    cross_entropy_error(y, t)
    softmax(y)
    sigmoid(y)
    np.testing.assert_array_equal(y, y0)
    np.testing.assert_array_equal(t, t0)


def test_softmax_is_stable_and_sums_to_one():
    a = np.array([1010.0, 1000.0, 990.0])
    with np.errstate(all="raise"):
        y = softmax(a)
    assert np.isfinite(y).all() and y.sum() == pytest.approx(1.0)
    np.testing.assert_allclose(softmax([0.3, 2.9, 4.0]), [0.01821127, 0.24519181, 0.73659691], rtol=1e-6)  # book 3.5.1
    batch = softmax(np.array([[1000.0, 1001.0], [0.0, 0.0]]))
    np.testing.assert_allclose(batch.sum(axis=1), [1.0, 1.0])
    np.testing.assert_allclose(batch[1], [0.5, 0.5])
    assert softmax(np.zeros(3, dtype=np.float32)).dtype == np.float32


def test_softmax_temperature():
    a = np.array([1.0, 2.0, 3.0])
    np.testing.assert_allclose(softmax(a, temperature=2.0), softmax(a / 2.0))
    assert softmax(a, temperature=1e-3).argmax() == 2
    with pytest.raises(ValueError, match="temperature"):
        softmax(a, temperature=0)


def test_activations_and_their_gradients():
    x = np.array([-1.0, 1.0, 2.0])
    np.testing.assert_array_equal(step_function(x), [0, 1, 1])
    np.testing.assert_allclose(sigmoid(x), [0.26894142, 0.73105858, 0.88079708], rtol=1e-7)  # book 3.2.4
    np.testing.assert_array_equal(relu(x), [0.0, 1.0, 2.0])
    with np.errstate(over="raise"):
        assert sigmoid(np.array([-1000.0, 1000.0])).tolist() == [0.0, 1.0]
    for f, g in [(sigmoid, sigmoid_grad), (relu, relu_grad)]:
        pts = np.array([-2.0, -0.5, 0.3, 1.7])
        for i, p in enumerate(pts):
            num = numerical_gradient(lambda v, f=f: float(f(v)[0]), np.array([p]))[0]
            assert g(pts)[i] == pytest.approx(num, abs=1e-6)


def test_loss_gradients_match_numerical():
    rng = np.random.default_rng(0)
    y = softmax(rng.normal(size=(3, 10)))
    t = np.array([1, 4, 7])
    for loss, grad in [(sum_squared_error, sum_squared_error_grad), (cross_entropy_error, cross_entropy_error_grad)]:
        yy = y.copy()
        num = numerical_gradient(lambda v, loss=loss: loss(v, t), yy)
        np.testing.assert_allclose(grad(y, t), num, rtol=1e-5, atol=1e-7)
    a = rng.normal(size=(3, 10))
    num = numerical_gradient(lambda v: cross_entropy_error(softmax(v), t, delta=0), a.copy())
    np.testing.assert_allclose(softmax_cross_entropy_grad(a, t), num, rtol=1e-5, atol=1e-8)


def test_one_hot():
    np.testing.assert_array_equal(one_hot([2, 0], 3), [[0, 0, 1], [1, 0, 0]])
    assert one_hot(2, 10).shape == (10,)
    with pytest.raises(ValueError):
        one_hot([3], 3)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_relu_grad_is_0_at_0_like_the_relu_layer(dtype):
    # issue 10: the docstring claimed the book's convention (its relu_grad gives 1 at 0); the
    # engine's convention is the one of the Relu layers (the book's and core.layers.Relu): 0 at 0
    from dlfs_studio.core.layers import Relu

    x = np.array([-2.0, -0.0, 0.0, 1e-30, 3.0], dtype=dtype)
    g = relu_grad(x)
    assert g.dtype == dtype
    assert g.tolist() == [0.0, 0.0, 0.0, 1.0, 1.0]
    layer = Relu()
    layer.forward(x)
    np.testing.assert_array_equal(layer.backward(np.ones_like(x)), g)
    doc = relu_grad.__doc__ or ""
    assert "at x = 0" in doc and "common/functions.py" in doc
