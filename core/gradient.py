"""Numerical differentiation and gradient descent (book section 4.3 and 4.4)."""
from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple, overload

import numpy as np
from numpy.typing import ArrayLike, NDArray

#: The book's step for numerical differentiation.
DEFAULT_H = 1e-4


def numerical_diff(f: Callable[[float], float], x: float, h: float = DEFAULT_H) -> float:
    """Central difference (f(x+h) - f(x-h)) / (2h), the book's ``numerical_diff``."""
    return (f(x + h) - f(x - h)) / (2 * h)


def forward_diff(f: Callable[[float], float], x: float, h: float = DEFAULT_H) -> float:
    """Forward difference (f(x+h) - f(x)) / h, the book's first (flawed) attempt."""
    return (f(x + h) - f(x)) / h


@overload
def function_1(x: float) -> float: ...
@overload
def function_1(x: NDArray) -> NDArray: ...
def function_1(x: float | NDArray) -> float | NDArray:
    """The book's example f(x) = 0.01 x**2 + 0.1 x (section 4.3.2), scalar or array."""
    return 0.01 * x ** 2 + 0.1 * x


@overload
def function_1_derivative(x: float) -> float: ...
@overload
def function_1_derivative(x: NDArray) -> NDArray: ...
def function_1_derivative(x: float | NDArray) -> float | NDArray:
    """Its exact derivative 0.02 x + 0.1 (the book's "true" values 0.2 at x = 5 and 0.3 at x = 10)."""
    return 0.02 * x + 0.1


def function_2(x: NDArray) -> float:
    """The book's f(x0, x1) = x0**2 + x1**2 (section 4.3.3), written as the book writes it."""
    return x[0] ** 2 + x[1] ** 2


def difference_errors(f: Callable[[float], float], dfdx: Callable[[float], float], x: float,
                      hs: ArrayLike) -> tuple[NDArray, NDArray]:
    """|forward - true| and |central - true| derivative errors at x for each step in ``hs`` (shape of hs)."""
    true = dfdx(x)
    hs = np.asarray(hs, dtype=np.float64)
    fwd = np.array([abs(forward_diff(f, x, float(h)) - true) for h in hs.ravel()]).reshape(hs.shape)
    cen = np.array([abs(numerical_diff(f, x, float(h)) - true) for h in hs.ravel()]).reshape(hs.shape)
    return fwd, cen


def tangent_line(f: Callable[[float], float], x: float,
                 h: float = DEFAULT_H) -> Callable[[float | NDArray], float | NDArray]:
    """The tangent of f at x with the slope from :func:`numerical_diff`: returns t -> d*t + (f(x) - d*x)."""
    d = numerical_diff(f, x, h)
    y = f(x) - d * x
    return lambda t: d * t + y


def numerical_gradient(f: Callable[[NDArray], float], x: NDArray, h: float = DEFAULT_H) -> NDArray:
    """Central-difference gradient of the scalar function f at x, for x of any shape.

    Like the book, each element of ``x`` is perturbed *in place* (so ``f`` may ignore its
    argument and read shared weights, as ``lambda W: net.loss(x, t)`` does) and restored
    exactly afterwards, even if ``f`` raises. Returns an array shaped like ``x``.
    ``x`` must be a floating array: an integer array cannot hold x + h and would give
    silently wrong gradients, so it is refused with a TypeError.
    """
    if not isinstance(x, np.ndarray):
        raise TypeError("numerical_gradient needs a NumPy array (it perturbs x in place); "
                        "use np.array(..., dtype=float)")
    if not np.issubdtype(x.dtype, np.floating):
        raise TypeError(f"numerical_gradient needs a floating-point array, got dtype {x.dtype}: "
                        "an integer array cannot hold x + h; convert it with x.astype(float)")
    if not h > 0:
        raise ValueError(f"h must be positive, got {h!r}")
    grad = np.zeros_like(x)
    it = np.nditer(x, flags=["multi_index"])
    while not it.finished:
        grad[it.multi_index] = partial_derivative(f, x, it.multi_index, h)
        it.iternext()
    return grad


def partial_derivative(f: Callable[[NDArray], float], x: NDArray, idx, h: float = DEFAULT_H) -> float:
    """Central difference of f with respect to the single element ``x[idx]`` (perturbed in place, restored
    exactly even if ``f`` raises). The building block of :func:`numerical_gradient`; ``x`` is floating."""
    tmp_val = x[idx]
    try:
        x[idx] = float(tmp_val) + h
        up = x[idx]
        fxh1 = f(x)
        x[idx] = float(tmp_val) - h
        down = x[idx]
        fxh2 = f(x)
    finally:
        x[idx] = tmp_val
    # In float32 x+h and x-h are rounded, so divide by the step that was actually taken.
    step = 2 * h if x.dtype == np.float64 else float(up) - float(down)
    return (fxh1 - fxh2) / step


class DescentResult(NamedTuple):
    """Final point (shape of init_x) and history (step_num + 1, *init_x.shape): start, then each step."""

    x: NDArray
    history: NDArray


def gradient_descent(f: Callable[[NDArray], float], init_x: ArrayLike, lr: float = 0.01,
                     step_num: int = 100, h: float = DEFAULT_H,
                     grad: Callable[[NDArray], NDArray] | None = None) -> DescentResult:
    """Gradient descent x <- x - lr * grad f(x), the book's ``gradient_descent``.

    Uses :func:`numerical_gradient` (step ``h``) unless an analytic ``grad`` is given.
    The caller's ``init_x`` is never modified. Returns the final point and the whole path.
    """
    if step_num < 0:
        raise ValueError("step_num must be >= 0")
    x = np.array(init_x, dtype=np.float64 if not np.issubdtype(np.asarray(init_x).dtype, np.floating)
                 else np.asarray(init_x).dtype, copy=True)
    history = np.empty((step_num + 1,) + x.shape, dtype=x.dtype)
    history[0] = x
    with np.errstate(over="ignore", invalid="ignore"):
        for i in range(step_num):
            g = grad(x) if grad is not None else numerical_gradient(f, x, h)
            x -= lr * g
            history[i + 1] = x
    return DescentResult(x, history)
