"""Backprop layers of chapters 5 and 6 (and the building blocks later chapters reuse).

Every layer follows the book's ``common/layers.py``: ``forward`` caches what
``backward`` needs on ``self``; ``backward(dout)`` returns the gradient with respect to
the layer's input and stores parameter gradients in ``self.grads``. Differences from the
book:

* inputs are never mutated;
* parameters live in ``self.params`` (the very arrays the network owns, so an in-place
  optimizer update is seen by the layer);
* ``forward`` takes ``train`` so BatchNorm and Dropout can switch modes;
* results are written into buffers the layer keeps and reuses from call to call
  (:meth:`Layer._buffer`), so training allocates no new arrays per mini-batch. The array
  ``forward`` or ``backward`` returns is therefore only valid until the *same* layer is
  called again; copy it if you keep it (the networks' public ``predict`` does).
"""
from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

#: The book's guard added to the variance in BatchNormalization: it writes ``10e-7``, i.e. 1e-6.
#: (It matters for tiny weight scales, where the batch variance itself is ~1e-6.)
BATCHNORM_EPS = 10e-7


class Layer:
    """Base class: a layer without parameters.

    ``params`` and ``grads`` map names ("W", "b", "gamma", ...) to arrays of the same shape.
    ``buffers`` holds non-trainable state that belongs to the model (BatchNorm's running
    mean and variance) and is saved with it.
    """

    params: dict[str, NDArray]
    grads: dict[str, NDArray]
    buffers: dict[str, NDArray]

    def __init__(self) -> None:
        self.params = {}
        self.grads = {}
        self.buffers = {}
        self._bufs: dict[str, NDArray] = {}

    def forward(self, x: NDArray, train: bool = True) -> NDArray:  # pragma: no cover - interface
        raise NotImplementedError

    def backward(self, dout: NDArray) -> NDArray | None:  # pragma: no cover - interface
        """The gradient with respect to the input (None for a first layer that need not compute it)."""
        raise NotImplementedError

    def _buffer(self, name: str, shape: tuple[int, ...], dtype) -> NDArray:
        """A scratch array kept on the layer, reallocated only when shape or dtype change."""
        buf = self._bufs.get(name)
        if buf is None or buf.shape != shape or buf.dtype != dtype:
            buf = self._bufs[name] = np.empty(shape, dtype=dtype)
        return buf


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
    """ReLU layer: forward max(0, x); backward passes dout where x > 0 (0 elsewhere, also at 0)."""

    def forward(self, x: NDArray, train: bool = True) -> NDArray:
        out = self._buffer("out", x.shape, x.dtype)
        np.maximum(x, 0, out=out)
        self.mask = self._buffer("mask", x.shape, np.bool_)
        np.greater(x, 0, out=self.mask)
        return out

    def backward(self, dout: NDArray) -> NDArray:
        dx = self._buffer("dx", dout.shape, dout.dtype)
        np.multiply(dout, self.mask, out=dx)
        return dx


class Sigmoid(Layer):
    """Sigmoid layer: backward is dout * y * (1 - y) with y the forward output.

    The forward pass computes 1/(1+exp(-x)) literally, in place. For x < 0, exp(-x) is large
    but exact to an ulp and so is its reciprocal, so the left tail keeps full relative
    accuracy (sigmoid(-40) = 4.25e-18 in float64, sigmoid(-80) = 1.8e-35 in float32) where
    0.5 + 0.5*tanh(x/2) rounds to 0. Where exp(-x) overflows (x < -709.8 in float64, x < -88.7
    in float32) the true value is below the dtype's smallest normal number and the result is
    0; that overflow, and the underflow of exp(-x) for large x, are expected and never warn.
    """

    def forward(self, x: NDArray, train: bool = True) -> NDArray:
        out = self._buffer("out", x.shape, x.dtype)
        np.negative(x, out=out)
        with np.errstate(over="ignore", under="ignore"):
            np.exp(out, out=out)
            out += 1.0
            np.reciprocal(out, out=out)
        self.out = out
        return out

    def backward(self, dout: NDArray) -> NDArray:
        dx = self._buffer("dx", dout.shape, np.result_type(dout, self.out))
        np.subtract(1.0, self.out, out=dx)
        dx *= self.out
        dx *= dout
        return dx


class Affine(Layer):
    """Fully connected layer out = x @ W + b.

    ``x`` may have any shape (N, ...); it is flattened to (N, D) with D = W.shape[0]
    (so it can follow a convolution) and ``backward`` returns dx in the original shape.
    ``W`` is (D, M), ``b`` is (M,); the arrays are used, not copied.
    Set ``need_dx = False`` on a first layer to skip the input gradient nobody uses
    (``backward`` then returns None).
    """

    def __init__(self, W: NDArray, b: NDArray, need_dx: bool = True) -> None:
        super().__init__()
        W, b = np.asarray(W), np.asarray(b)
        if W.ndim != 2 or b.shape != (W.shape[1],):
            raise ValueError(f"Affine needs W of shape (D, M) and b of shape (M,), got {W.shape} and {b.shape}")
        self.params = {"W": W, "b": b}
        self.grads = {"W": np.zeros_like(W), "b": np.zeros_like(b)}
        self.need_dx = need_dx

    def forward(self, x: NDArray, train: bool = True) -> NDArray:
        W, b = self.params["W"], self.params["b"]
        if x.ndim < 1 or x.size != x.shape[0] * W.shape[0]:
            raise ValueError(f"Affine expects inputs of {W.shape[0]} values per sample, got shape {x.shape}")
        self.original_x_shape = x.shape
        self.x = x.reshape(x.shape[0], W.shape[0])
        out = self._buffer("out", (x.shape[0], W.shape[1]), np.result_type(x, W))
        np.matmul(self.x, W, out=out)
        out += b
        return out

    def backward(self, dout: NDArray) -> NDArray | None:
        W, dW, db = self.params["W"], self.grads["W"], self.grads["b"]
        if dW.shape != W.shape or dW.dtype != W.dtype:  # W was replaced by an array of another shape
            dW = self.grads["W"] = np.zeros_like(W)
            db = self.grads["b"] = np.zeros_like(self.params["b"])
        np.matmul(self.x.T, dout, out=dW)
        np.add.reduce(dout, axis=0, out=db)
        if not self.need_dx:
            return None
        dx = self._buffer("dx", self.x.shape, np.result_type(dout, W))
        np.matmul(dout, W.T, out=dx)
        return dx.reshape(self.original_x_shape)


class SoftmaxWithLoss(Layer):
    """Softmax followed by cross-entropy (section 5.6.3), with the fused gradient (y - t) / N.

    ``forward(x, t)``: x is (N, K) logits, t either label indices (N,) or one-hot (N, K).
    Returns the mean cross-entropy. It is computed as log-sum-exp minus the correct
    class's score, which is -log(softmax) exactly: the book's ``-log(y + 1e-7)`` differs from it
    by less than 1e-7 / y (invisible in printed losses), but only the exact form has (y - t) / N
    as its exact gradient, so gradient checks agree to ~1e-10, and a hopeless prediction costs its
    true loss (e.g. 500) instead of being capped at -log(1e-7) = 16.1.
    After ``forward``, ``self.y`` holds the (N, K) softmax probabilities.
    """

    def forward(self, x: NDArray, t: NDArray, train: bool = True) -> float:  # type: ignore[override]
        if x.ndim != 2:
            raise ValueError(f"SoftmaxWithLoss expects (N, K) scores, got shape {x.shape}")
        n = x.shape[0]
        t = np.asarray(t)
        self.one_hot = t.shape == x.shape
        if not self.one_hot:
            if t.shape != (n,):
                raise ValueError(f"t must be {n} label indices or one-hot of shape {x.shape}, got shape {t.shape}")
            if t.dtype.kind not in "iu":
                raise TypeError(f"label indices must be integers, got dtype {t.dtype}")
        self.t = t
        y = self._buffer("y", x.shape, x.dtype)
        rows = self._rows(n)
        row_max = x[rows, x.argmax(axis=1)]                      # (argmax + pick is 3x faster than max(axis=1))
        np.subtract(x, row_max[:, None], out=y)                   # shifted scores s = x - max
        if self.one_hot:
            s_t = np.einsum("ij,ij->i", y, t.astype(y.dtype, copy=False))
        else:
            s_t = y[rows, t]
        np.exp(y, out=y)
        total = np.add.reduce(y, axis=1, keepdims=True)
        y /= total
        self.y = y
        # loss = mean(log(sum(exp(s))) - s_t), accumulated in float64 so float32 losses stay accurate
        self.loss = float(np.log(total).sum(dtype=np.float64) - s_t.sum(dtype=np.float64)) / n
        return self.loss

    def backward(self, dout: float | NDArray = 1.0) -> NDArray:
        y = self.y
        n = y.shape[0]
        dx = self._buffer("dx", y.shape, y.dtype)
        if self.one_hot:
            np.subtract(y, self.t, out=dx)
            dx *= dout / n
        else:
            np.multiply(y, dout / n, out=dx)
            dx[self._rows(n), self.t] -= dout / n
        return dx

    def _rows(self, n: int) -> NDArray[np.intp]:
        rows = self._bufs.get("rows")
        if rows is None or rows.shape[0] != n:
            rows = self._bufs["rows"] = np.arange(n)
        return rows


class BatchNormalization(Layer):
    """Batch normalization (section 6.3), as the book's ``BatchNormalization`` layer.

    Input (N, D) or any (N, ...) shape, normalized per feature over the batch (a
    convolution's (N, C, H, W) output is flattened to (N, C*H*W), as the book does).
    ``gamma`` and ``beta`` have shape (D,). In training, the batch mean and variance are
    used and running averages are kept: running = momentum * running + (1 - momentum) * batch
    (momentum 0.9 as in the book); in inference (``train=False``) the running averages are used
    (and ``backward`` then treats them as constants).
    """

    def __init__(self, gamma: NDArray, beta: NDArray, momentum: float = 0.9,
                 running_mean: NDArray | None = None, running_var: NDArray | None = None) -> None:
        super().__init__()
        gamma, beta = np.asarray(gamma), np.asarray(beta)
        if gamma.ndim != 1 or beta.shape != gamma.shape:
            raise ValueError(f"gamma and beta must be vectors of the same length, got {gamma.shape} and {beta.shape}")
        if not 0 <= momentum < 1:
            raise ValueError(f"momentum must lie in [0, 1), got {momentum!r}")
        self.momentum = float(momentum)
        self.params = {"gamma": gamma, "beta": beta}
        self.grads = {"gamma": np.zeros_like(gamma), "beta": np.zeros_like(beta)}
        self.buffers = {
            "running_mean": np.zeros_like(gamma) if running_mean is None else np.asarray(running_mean),
            "running_var": np.zeros_like(gamma) if running_var is None else np.asarray(running_var),
        }

    @property
    def running_mean(self) -> NDArray:
        return self.buffers["running_mean"]

    @property
    def running_var(self) -> NDArray:
        return self.buffers["running_var"]

    def forward(self, x: NDArray, train: bool = True) -> NDArray:
        gamma, beta = self.params["gamma"], self.params["beta"]
        self.input_shape = x.shape
        x2 = x.reshape(x.shape[0], -1)
        if x2.shape[1] != gamma.shape[0]:
            raise ValueError(f"BatchNormalization has {gamma.shape[0]} features, got input shape {x.shape}")
        dtype = np.result_type(x, gamma)
        xn = self._buffer("xn", x2.shape, dtype)
        if train:
            n = x2.shape[0]
            mu = np.add.reduce(x2, axis=0)                   # (np.mean costs 3x more on small arrays)
            mu *= 1.0 / n
            np.subtract(x2, mu, out=xn)                      # xc
            var = np.einsum("ij,ij->j", xn, xn)
            var *= 1.0 / n
            self.std = var + BATCHNORM_EPS
            np.sqrt(self.std, out=self.std)
            xn /= self.std
            m = self.momentum
            rm, rv = self.buffers["running_mean"], self.buffers["running_var"]
            rm *= m
            mu *= 1 - m
            rm += mu
            rv *= m
            var *= 1 - m
            rv += var
        else:
            np.subtract(x2, self.buffers["running_mean"], out=xn)
            self.std = np.sqrt(self.buffers["running_var"] + BATCHNORM_EPS)
            xn /= self.std
        self.train_mode = train
        self.xn = xn
        out = self._buffer("out", x2.shape, dtype)
        np.multiply(xn, gamma, out=out)
        out += beta
        return out.reshape(x.shape)

    def backward(self, dout: NDArray) -> NDArray:
        gamma = self.params["gamma"]
        d2 = dout.reshape(dout.shape[0], -1)
        n = d2.shape[0]
        xn = self.xn
        dgamma, dbeta = self.grads["gamma"], self.grads["beta"]
        np.add.reduce(d2, axis=0, out=dbeta)
        np.einsum("ij,ij->j", xn, d2, out=dgamma)
        dx = self._buffer("dx", d2.shape, xn.dtype)
        if not self.train_mode:  # the running statistics are constants
            np.multiply(d2, gamma / self.std, out=dx)
            return dx.reshape(self.input_shape)
        # dx = gamma / std * (dout - mean(dout) - xn * mean(dout * xn)), the book's chain of steps in closed form
        np.multiply(xn, dgamma / n, out=dx)
        np.subtract(d2, dx, out=dx)
        dx -= dbeta / n
        dx *= gamma / self.std
        return dx.reshape(self.input_shape)


class Dropout(Layer):
    """Dropout (section 6.4.3), as the book's ``Dropout`` layer.

    In training each unit is kept where a uniform random number exceeds ``dropout_ratio``
    (the mask comes from the ``rng`` passed in) and zeroed otherwise; in inference every
    output is scaled by ``1 - dropout_ratio`` (the book's convention, not "inverted dropout").
    """

    def __init__(self, dropout_ratio: float = 0.5, rng: np.random.Generator | None = None) -> None:
        super().__init__()
        if not 0 <= dropout_ratio < 1:
            raise ValueError(f"dropout_ratio must lie in [0, 1), got {dropout_ratio!r}")
        if rng is not None and not isinstance(rng, np.random.Generator):
            raise TypeError("rng must be a numpy.random.Generator (np.random.default_rng(seed))")
        self.dropout_ratio = float(dropout_ratio)
        self.rng = rng if rng is not None else np.random.default_rng()

    def forward(self, x: NDArray, train: bool = True) -> NDArray:
        out = self._buffer("out", x.shape, x.dtype)
        if train:
            u = self._buffer("u", x.shape, np.float32 if x.dtype == np.float32 else np.float64)
            self.rng.random(out=u, dtype=u.dtype)
            self.mask = self._buffer("mask", x.shape, np.bool_)
            np.greater(u, self.dropout_ratio, out=self.mask)
            np.multiply(x, self.mask, out=out)
        else:
            np.multiply(x, 1.0 - self.dropout_ratio, out=out)
        return out

    def backward(self, dout: NDArray) -> NDArray:
        dx = self._buffer("dx", dout.shape, dout.dtype)
        np.multiply(dout, self.mask, out=dx)
        return dx
