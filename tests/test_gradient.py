"""Numerical differentiation and gradient descent, against the book's printed results (section 4.3-4.4)."""
from __future__ import annotations

import numpy as np
import pytest

from dlfs_studio.core.gradient import forward_diff, gradient_descent, numerical_diff, numerical_gradient, tangent_line


def function_1(x):
    return 0.01 * x ** 2 + 0.1 * x


def function_2(x):
    return x[0] ** 2 + x[1] ** 2


def test_numerical_diff_book_values():
    assert numerical_diff(function_1, 5) == 0.1999999999990898
    assert numerical_diff(function_1, 10) == 0.2999999999986347


def test_difference_errors_over_h():
    from dlfs_studio.core.gradient import difference_errors, function_1_derivative
    from dlfs_studio.core.gradient import function_1 as f1
    fwd, cen = difference_errors(f1, function_1_derivative, 5.0, [1e-1, 1e-4, 1e-50])
    assert fwd[0] == pytest.approx(0.001, rel=1e-6)          # truncation error 0.01*h
    assert cen[1] < 1e-9 < fwd[1]                             # central beats forward at the book's h
    assert fwd[2] == cen[2] == pytest.approx(0.2)             # h = 1e-50: x + h == x, derivative 0


def test_h_too_small_rounds_to_zero():
    assert forward_diff(function_1, 5, h=1e-50) == 0.0
    assert numerical_diff(function_1, 5, h=1e-50) == 0.0


def test_tangent_line_passes_through_point():
    tl = tangent_line(function_1, 5)
    assert tl(5) == pytest.approx(function_1(5))
    assert tl(6) - tl(5) == pytest.approx(0.1999999999990898)


def test_numerical_gradient_book_points():
    np.testing.assert_allclose(numerical_gradient(function_2, np.array([3.0, 4.0])), [6.0, 8.0])
    np.testing.assert_allclose(numerical_gradient(function_2, np.array([0.0, 2.0])), [0.0, 4.0], atol=1e-10)
    np.testing.assert_allclose(numerical_gradient(function_2, np.array([3.0, 0.0])), [6.0, 0.0], atol=1e-10)


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_numerical_gradient_any_shape_restores_input(dtype):
    rng = np.random.default_rng(1)
    x = rng.normal(size=(2, 3, 4)).astype(dtype)
    before = x.copy()
    g = numerical_gradient(lambda v: float(np.sum(v.astype(np.float64) ** 3)), x)
    assert g.shape == x.shape and g.dtype == dtype
    np.testing.assert_array_equal(x, before)   # every perturbed element restored bit for bit
    tol = 1e-6 if dtype == np.float64 else 2e-2
    np.testing.assert_allclose(g, 3 * before.astype(np.float64) ** 2, rtol=tol, atol=tol)


def test_numerical_gradient_restores_even_when_f_raises():
    x = np.array([1.0, 2.0])
    calls = []

    def f(v):
        calls.append(v.copy())
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        numerical_gradient(f, x)
    np.testing.assert_array_equal(x, [1.0, 2.0])


def test_numerical_gradient_rejects_integer_arrays():
    with pytest.raises(TypeError, match="floating"):
        numerical_gradient(function_2, np.array([3, 4]))
    with pytest.raises(TypeError, match="NumPy array"):
        numerical_gradient(function_2, [3.0, 4.0])


def test_gradient_descent_book_results():
    init = np.array([-3.0, 4.0])
    x, hist = gradient_descent(function_2, init, lr=0.1, step_num=100)
    np.testing.assert_allclose(x, [-6.11110793e-10, 8.14814391e-10], rtol=1e-8)
    np.testing.assert_array_equal(init, [-3.0, 4.0])          # caller's array untouched
    assert hist.shape == (101, 2)
    np.testing.assert_array_equal(hist[0], [-3.0, 4.0])
    np.testing.assert_array_equal(hist[-1], x)

    x, _ = gradient_descent(function_2, init, lr=10.0, step_num=100)
    np.testing.assert_allclose(x, [-2.58983747e+13, -1.29524862e+12], rtol=1e-8)

    x, _ = gradient_descent(function_2, init, lr=1e-10, step_num=100)
    np.testing.assert_allclose(x, [-2.99999994, 3.99999992], rtol=1e-9)


def test_gradient_descent_twenty_steps_follow_point_eight_powers():
    _, hist = gradient_descent(function_2, [-3.0, 4.0], lr=0.1, step_num=20)
    expected = np.array([0.8 ** k * np.array([-3.0, 4.0]) for k in range(21)])
    np.testing.assert_allclose(hist, expected, rtol=1e-9, atol=1e-12)


def test_gradient_descent_analytic_gradient_option():
    x, _ = gradient_descent(function_2, [-3.0, 4.0], lr=0.1, step_num=20, grad=lambda v: 2 * v)
    np.testing.assert_allclose(x, 0.8 ** 20 * np.array([-3.0, 4.0]), rtol=1e-12)
