"""Activations, softmax and the loss functions of chapters 3 and 4.

Every function accepts array-likes (lists included), never mutates its inputs,
and keeps the dtype of floating input (float32 stays float32). Integer or list
input is computed in float64, which is what the book's examples do, so the
printed values of the book and of the learners' notes come out to the last digit.
"""
from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, DTypeLike, NDArray

#: The book's guard against log(0) in cross-entropy.
CROSS_ENTROPY_DELTA = 1e-7


def as_float_array(x: ArrayLike) -> NDArray[np.floating]:
    """Return ``x`` as a floating array (float64 unless already floating), without copying when possible."""
    a = np.asarray(x)
    if not np.issubdtype(a.dtype, np.floating):
        if a.dtype == object or not (np.issubdtype(a.dtype, np.number) or a.dtype == bool):
            raise TypeError(f"expected numbers, got an array of dtype {a.dtype}")
        a = a.astype(np.float64)
    return a


# ----------------------------------------------------------------------------- activations
def step_function(x: ArrayLike) -> NDArray[np.int64]:
    """Step function of section 3.2.2: 1 where x > 0, else 0 (same shape as x, integer)."""
    return (np.asarray(x) > 0).astype(np.int64)


def step_grad(x: ArrayLike) -> NDArray[np.floating]:
    """Derivative of the step function: 0 everywhere (undefined at 0, taken as 0)."""
    return np.zeros_like(as_float_array(x))


def sigmoid(x: ArrayLike) -> NDArray[np.floating]:
    """Logistic sigmoid 1 / (1 + exp(-x)), without overflow warnings for large |x|."""
    a = as_float_array(x)
    out = np.empty_like(a)
    pos = a >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-a[pos]))
    e = np.exp(a[~pos])
    out[~pos] = e / (1.0 + e)
    return out


def sigmoid_grad(x: ArrayLike) -> NDArray[np.floating]:
    """Derivative of the sigmoid at x: s(x) * (1 - s(x))."""
    s = sigmoid(x)
    return (1.0 - s) * s


def relu(x: ArrayLike) -> NDArray[np.floating]:
    """ReLU max(0, x)."""
    return np.maximum(as_float_array(x), 0)


def relu_grad(x: ArrayLike) -> NDArray[np.floating]:
    """Derivative of ReLU: 1 where x > 0, else 0 -- including at x = 0.

    ReLU has no derivative at 0 (any value in [0, 1] is a subgradient), so a convention is
    needed. This returns 0 there, the convention of the book's ``Relu`` *layer* (its mask is
    ``x <= 0``), of :class:`core.layers.Relu` and of PyTorch, so that this function and the
    backward pass the networks actually train with agree everywhere. The book's standalone
    ``relu_grad`` in ``common/functions.py`` (``grad[x>=0] = 1``) returns 1 at 0, but the book
    never calls it.
    """
    a = as_float_array(x)
    return (a > 0).astype(a.dtype)


def identity_function(x: ArrayLike) -> NDArray[np.floating]:
    """Identity output function of section 3.4.3."""
    return as_float_array(x).copy()


def softmax(x: ArrayLike, temperature: float = 1.0) -> NDArray[np.floating]:
    """Numerically stable softmax over the last axis.

    ``x`` is (K,) or (N, K); the result has the same shape and sums to 1 along the
    last axis. The maximum is subtracted first (section 3.5.2), so logits of 1000
    do not overflow. ``temperature`` divides the logits (1 = the book's softmax).
    """
    a = as_float_array(x)
    if not temperature > 0 or not np.isfinite(temperature):
        raise ValueError(f"temperature must be a positive finite number, got {temperature!r}")
    if a.ndim == 0:
        raise ValueError("softmax needs at least one value")
    if temperature != 1.0:
        a = a / temperature
    shifted = a - np.max(a, axis=-1, keepdims=True)
    e = np.exp(shifted)
    return e / np.sum(e, axis=-1, keepdims=True)


# ----------------------------------------------------------------------------- losses
def sum_squared_error(y: ArrayLike, t: ArrayLike) -> float:
    """Sum of squared errors 0.5 * sum((y - t)**2), equation (4.1).

    The book calls this ``mean_squared_error`` but it is a half *sum*, not a mean:
    for a batch it is not divided by the batch size. ``y`` and ``t`` have the same
    shape (``t`` one-hot); a label index ``t`` is converted to one-hot first.
    """
    ya = as_float_array(y)
    ta = _one_hot_like(ya, t)
    return float(0.5 * np.sum((ya - ta) ** 2))


def sum_squared_error_grad(y: ArrayLike, t: ArrayLike) -> NDArray[np.floating]:
    """Gradient of :func:`sum_squared_error` with respect to y: y - t (same shape as y)."""
    ya = as_float_array(y)
    return ya - _one_hot_like(ya, t)


def sum_squared_error_per_row(y: ArrayLike, t: ArrayLike) -> NDArray[np.floating]:
    """:func:`sum_squared_error` of each row of an (N, K) ``y``: shape (N,), each value the same float as
    ``sum_squared_error(y[i], t[i])``. ``t`` is one-hot (N, K) or label indices (N,)."""
    ya = as_float_array(y)
    y2 = ya.reshape(-1, ya.shape[-1])
    ta = np.asarray(t)
    t2 = _one_hot_like(y2, ta.reshape(y2.shape) if ta.shape == ya.shape else ta)
    return 0.5 * np.sum((y2 - t2) ** 2, axis=-1)


def cross_entropy_error(y: ArrayLike, t: ArrayLike, delta: float = CROSS_ENTROPY_DELTA) -> float:
    """Cross-entropy -sum(t * log(y + delta)), averaged over the batch.

    ``y`` is (K,) or (N, K). ``t`` is one-hot of the same shape as ``y`` or label
    indices: a scalar for a (K,) ``y``, shape (N,) for an (N, K) ``y``. For a single
    row this is equation (4.2) exactly as the book computes it; for a batch it is the
    book's batch version (section 4.2.4), the mean over the N rows. ``delta`` is the
    book's 1e-7; with ``delta=0`` a zero probability for the correct class gives inf.
    """
    ya = as_float_array(y)
    if ya.ndim == 0:
        raise ValueError("y must have at least one value")
    ta = np.asarray(t)
    one_hot = ta.shape == ya.shape and not (ya.ndim == 1 and ya.size == 1)
    y2 = ya.reshape(1, -1) if ya.ndim == 1 else ya.reshape(-1, ya.shape[-1])
    batch_size = y2.shape[0]
    with np.errstate(divide="ignore"):
        if one_hot:
            t2 = as_float_array(ta).reshape(y2.shape)
            terms = _t_log_y(t2, y2, delta)
            if batch_size == 1:
                # (4.2) verbatim; dividing by 1 changes nothing, so single rows match the book to the bit
                return float(-np.sum(terms))
            return float(-np.sum(terms) / batch_size)
        labels = _check_labels(ta, y2.shape[-1], batch_size)
        return float(-np.sum(np.log(y2[np.arange(batch_size), labels] + delta)) / batch_size)


def cross_entropy_per_row(y: ArrayLike, t: ArrayLike, delta: float = CROSS_ENTROPY_DELTA) -> NDArray[np.floating]:
    """Cross-entropy of each row of an (N, K) ``y``: shape (N,). ``t`` as in :func:`cross_entropy_error`."""
    ya = as_float_array(y)
    y2 = ya.reshape(-1, ya.shape[-1])
    ta = np.asarray(t)
    t2 = _one_hot_like(y2, ta.reshape(y2.shape) if ta.shape == ya.shape else ta)
    with np.errstate(divide="ignore"):
        return -np.sum(_t_log_y(t2, y2, delta), axis=-1)


def cross_entropy_error_grad(y: ArrayLike, t: ArrayLike, delta: float = CROSS_ENTROPY_DELTA) -> NDArray[np.floating]:
    """Gradient of :func:`cross_entropy_error` with respect to y: -t / (y + delta) / N (shape of y)."""
    ya = as_float_array(y)
    ta = _one_hot_like(ya, t)
    n = 1 if ya.ndim == 1 else ya.reshape(-1, ya.shape[-1]).shape[0]
    return -ta / (ya + delta) / n


def softmax_cross_entropy_grad(logits: ArrayLike, t: ArrayLike) -> NDArray[np.floating]:
    """Gradient of cross-entropy(softmax(a), t) with respect to the logits a: (y - t) / N."""
    a = as_float_array(logits)
    y = softmax(a)
    ta = _one_hot_like(y, t)
    n = 1 if y.ndim == 1 else y.shape[0]
    return (y - ta) / n


def one_hot(labels: ArrayLike, num_classes: int = 10, dtype: DTypeLike = np.float32) -> NDArray:
    """One-hot encode integer ``labels`` of shape (N,) (or a scalar) to (N, num_classes) (or (num_classes,))."""
    lab = np.asarray(labels)
    if lab.size and not np.issubdtype(lab.dtype, np.integer):
        if np.issubdtype(lab.dtype, np.floating) and np.all(lab == np.round(lab)):
            lab = lab.astype(np.int64)
        else:
            raise TypeError("labels must be integers")
    if lab.size and (lab.min() < 0 or lab.max() >= num_classes):
        raise ValueError(f"labels must lie in 0..{num_classes - 1}")
    out = np.zeros((*lab.shape, num_classes), dtype=dtype)
    np.put_along_axis(out, lab[..., None].astype(np.intp), 1, axis=-1)
    return out


def _t_log_y(t: NDArray, y: NDArray, delta: float) -> NDArray:
    """t * log(y + delta), with 0 where t == 0 (so delta = 0 and y_k = 0 off the label give 0, not nan)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(t != 0, t * np.log(y + delta), 0.0)


def _check_labels(t: NDArray, num_classes: int, batch_size: int) -> NDArray[np.intp]:
    if t.dtype == bool or not (np.issubdtype(t.dtype, np.integer) or np.issubdtype(t.dtype, np.floating)):
        raise TypeError(f"labels must be integers, got dtype {t.dtype}")
    lab = t.reshape(-1)
    if np.issubdtype(lab.dtype, np.floating) and not np.all(lab == np.round(lab)):
        raise TypeError("labels must be whole numbers (or give t as a one-hot array shaped like y)")
    lab = lab.astype(np.intp)
    if lab.size != batch_size:
        raise ValueError(
            f"t has {lab.size} label(s) but y has {batch_size} row(s); give one label per row "
            f"or a one-hot t shaped like y")
    if lab.size and (lab.min() < 0 or lab.max() >= num_classes):
        raise ValueError(f"labels must lie in 0..{num_classes - 1}")
    return lab


def _one_hot_like(y: NDArray, t: ArrayLike) -> NDArray:
    """``t`` as a one-hot array with y's shape (t given one-hot or as label indices)."""
    ta = np.asarray(t)
    if ta.shape == y.shape:
        return as_float_array(ta)
    y2 = y.reshape(-1, y.shape[-1]) if y.ndim else y.reshape(1, 1)
    labels = _check_labels(ta, y2.shape[-1], y2.shape[0])
    return one_hot(labels, y2.shape[-1], dtype=y.dtype).reshape(y.shape)
