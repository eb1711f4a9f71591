"""Backprop layers of chapter 5 (and the building blocks later chapters reuse).

Every layer follows the book's ``common/layers.py``: ``forward`` caches what
``backward`` needs on ``self``; ``backward(dout)`` returns the gradient with respect to
the layer's input and stores parameter gradients in ``self.grads``. Differences from the
book: inputs are never mutated, parameters live in ``self.params`` (the very arrays the
network owns, so an in-place optimizer update is seen by the layer), and ``forward``
takes ``train`` so BatchNorm and Dropout can switch modes.
"""
from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from .functions import CROSS_ENTROPY_DELTA, sigmoid, softmax


class Layer:
    """Base class: a layer without parameters."""

    params: dict[str, NDArray]
    grads: dict[str, NDArray]

    def __init__(self) -> None:
        self.params = {}
        self.grads = {}

    def forward(self, x: NDArray, train: bool = True) -> NDArray:  # pragma: no cover - interface
        raise NotImplementedError

    def backward(self, dout: NDArray) -> NDArray:  # pragma: no cover - interface
        raise NotImplementedError


class MulLayer:
    """Multiplication node of section 5.4.1 (scalars or arrays): out = x * y."""

    def __init__(self) -> None:
        self.x = None
        self.y = None

    def forward(self, x, y):
        self.x, self.y = x, y
        return x * y

    def backward(self, dout):
        """Returns (dx, dy) = (dout * y, dout * x)."""
        return dout * self.y, dout * self.x


class AddLayer:
    """Addition node of section 5.4.2: out = x + y."""

    def forward(self, x, y):
        return x + y

    def backward(self, dout):
        """Returns (dx, dy) = (dout, dout)."""
        return dout * 1, dout * 1


class Relu(Layer):
    """ReLU layer: forward max(0, x); backward passes dout where x > 0."""

    def forward(self, x: NDArray, train: bool = True) -> NDArray:
        self.mask = x <= 0
        return np.where(self.mask, 0, x).astype(x.dtype, copy=False)

    def backward(self, dout: NDArray) -> NDArray:
        return np.where(self.mask, 0, dout).astype(dout.dtype, copy=False)


class Sigmoid(Layer):
    """Sigmoid layer: backward is dout * y * (1 - y) with y the forward output."""

    def forward(self, x: NDArray, train: bool = True) -> NDArray:
        self.out = sigmoid(x)
        return self.out

    def backward(self, dout: NDArray) -> NDArray:
        return dout * (1.0 - self.out) * self.out


class Affine(Layer):
    """Fully connected layer out = x @ W + b.

    ``x`` may have any shape (N, ...); it is flattened to (N, D) with D = W.shape[0]
    (so it can follow a convolution) and ``backward`` returns dx in the original shape.
    ``W`` is (D, M), ``b`` is (M,); the arrays are used, not copied.
    Set ``need_dx = False`` on a first layer to skip the input gradient nobody uses.
    """

    def __init__(self, W: NDArray, b: NDArray, need_dx: bool = True) -> None:
        super().__init__()
        self.params = {"W": W, "b": b}
        self.grads = {"W": np.zeros_like(W), "b": np.zeros_like(b)}
        self.need_dx = need_dx

    def forward(self, x: NDArray, train: bool = True) -> NDArray:
        self.original_x_shape = x.shape
        self.x = x.reshape(x.shape[0], -1)
        return self.x @ self.params["W"] + self.params["b"]

    def backward(self, dout: NDArray) -> NDArray | None:
        np.matmul(self.x.T, dout, out=self.grads["W"])
        np.sum(dout, axis=0, out=self.grads["b"])
        if not self.need_dx:
            return None
        return (dout @ self.params["W"].T).reshape(self.original_x_shape)


class SoftmaxWithLoss(Layer):
    """Softmax followed by cross-entropy (section 5.6.3), with the fused gradient (y - t) / N.

    ``forward(x, t)``: x is (N, K) logits, t either label indices (N,) or one-hot (N, K).
    Returns the mean cross-entropy (with the book's delta 1e-7).
    """

    def forward(self, x: NDArray, t: NDArray, train: bool = True) -> float:  # type: ignore[override]
        self.t = np.asarray(t)
        self.y = softmax(x)
        n = self.y.shape[0]
        if self.t.shape == self.y.shape:
            p = np.sum(self.y * self.t, axis=1)
        else:
            p = self.y[np.arange(n), self.t]
        self.loss = float(-np.sum(np.log(p + CROSS_ENTROPY_DELTA)) / n)
        return self.loss

    def backward(self, dout: float = 1.0) -> NDArray:
        n = self.y.shape[0]
        if self.t.shape == self.y.shape:
            dx = (self.y - self.t) / n
        else:
            dx = self.y.copy()
            dx[np.arange(n), self.t] -= 1
            dx /= n
        if dout != 1:
            dx *= dout
        return dx
