"""Convolution and pooling of chapter 7: the book's ``im2col`` / ``col2im`` and the two layers.

``im2col`` and ``col2im`` keep the book's semantics and column layout exactly
(``col`` is (N*out_h*out_w, C*filter_h*filter_w)), but are built on
``np.lib.stride_tricks.sliding_window_view``: the windows are a *view* of the (padded)
input, and one copy turns that view into the column matrix.

The layers follow ``core/layers.py`` (``params``/``grads`` dicts holding the live arrays,
``forward(x, train=True)``, ``backward(dout)``, inputs never mutated, results written into
buffers the layer reuses, so a returned array is valid until the same layer is called
again) and return exactly what the book's layers return, but are organised for speed:

* :class:`Convolution` lays the columns out per image as (N, C*FH*FW, OH*OW) (the book's
  ``col`` transposed per image). One batched matrix product ``W (FN, C*FH*FW) @ col``
  then gives (N, FN, OH*OW), which *is* the (N, FN, OH, OW) output, so no transpose is
  needed in either direction. The column buffer is reused between steps (a fresh 6 MB
  array on every step costs page faults). ``need_dx=False`` skips the input gradient
  of a first layer, which nobody uses.
* :class:`Pooling` (max pooling) handles the common non-overlapping case
  (``pool_h == pool_w == stride``, no padding, e.g. 2x2 stride 2) with strided slices:
  the maximum over the pool_h*pool_w offsets is taken slice by slice, remembering which
  offset won (only in training). Other settings (overlapping windows, padding) use a
  window view and argmax. (``x.reshape(N, C, H/2, 2, W/2, 2).max(axis=(3, 5))`` looks
  natural but is about 20x slower: NumPy reduces over the two strided axes element by element.)

:class:`SimpleConvNet` (section 7.5) is registered as network type "simple_conv" and
follows the protocol of :mod:`core.network`.

Max-pooling ties: when several values of a window are equal to the maximum, the whole
gradient goes to the *first* of them in row-major order within the window, exactly as
the book's ``np.argmax`` does.

Max-pooling padding: the padding holds the lowest value of the dtype (-inf for floats), as in
PyTorch, so it never wins a window's maximum and never receives gradient. (The book pools
through ``im2col``, which pads with zeros: an all-negative window at the border would return
0 and send its gradient into the padding.) ``pad`` must be smaller than the window, so every
window holds at least one real value.
"""
from __future__ import annotations

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view
from numpy.typing import NDArray

from .layers import Affine, Layer, Relu
from .network import Network, register_network


# ----------------------------------------------------------------------------- helpers
def _positive_int(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < 1:
        raise ValueError(f"{name} must be a positive whole number, got {value!r}")
    return int(value)


def _non_negative_int(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < 0:
        raise ValueError(f"{name} must be a whole number >= 0, got {value!r}")
    return int(value)


def conv_output_size(input_size: int, filter_size: int, stride: int = 1, pad: int = 0) -> int:
    """Output length (input_size + 2*pad - filter_size) // stride + 1 (equation 7.1, rounded down like the book)."""
    stride = _positive_int("stride", stride)
    pad = _non_negative_int("pad", pad)
    if filter_size > input_size + 2 * pad:
        raise ValueError(f"a filter of size {filter_size} does not fit into an input of size {input_size} "
                         f"with padding {pad}")
    return (input_size + 2 * pad - filter_size) // stride + 1


def _check_images(x: object, what: str = "input") -> NDArray:
    a = np.asarray(x)
    if a.dtype == object or not (np.issubdtype(a.dtype, np.number) or a.dtype == bool):
        raise TypeError(f"the {what} must hold numbers, got dtype {a.dtype}")
    if a.ndim != 4:
        raise ValueError(f"the {what} must be a batch of images shaped (N, C, H, W), got shape {a.shape}")
    return a


def _reuse(store: dict[str, NDArray], name: str, shape: tuple[int, ...], dtype) -> NDArray:
    """The array ``store[name]``, (re)allocated only when its shape or dtype changes.

    Reusing big arrays between mini-batches avoids the page faults a fresh multi-megabyte
    allocation costs on every step.
    """
    buf = store.get(name)
    if buf is None or buf.shape != shape or buf.dtype != dtype:
        buf = store[name] = np.empty(shape, dtype=dtype)
    return buf


def _padded(x: NDArray, pad: int, value: float | int | bool = 0) -> NDArray:
    return np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)), constant_values=value) if pad else x


def _lowest(dtype: np.dtype) -> float | int | bool:
    """The value no element of ``dtype`` is below: -inf for floats, the minimum for integers."""
    if np.issubdtype(dtype, np.floating):
        return -np.inf
    if dtype == np.bool_:
        return False
    return int(np.iinfo(dtype).min)


def _windows(img: NDArray, fh: int, fw: int, stride: int, out_h: int, out_w: int) -> NDArray:
    """View (N, C, out_h, out_w, fh, fw) of every filter window of the (already padded) images."""
    v = sliding_window_view(img, (fh, fw), axis=(2, 3))
    return v[:, :, : stride * out_h : stride, : stride * out_w : stride]


# ----------------------------------------------------------------------------- im2col / col2im
def im2col(input_data: NDArray, filter_h: int, filter_w: int, stride: int = 1, pad: int = 0) -> NDArray:
    """Unfold images (N, C, H, W) into the book's column matrix (N*out_h*out_w, C*filter_h*filter_w).

    Row ``(n*out_h + i)*out_w + j`` holds the window of image n whose top-left corner is at
    (i*stride - pad, j*stride - pad), flattened in (C, filter_h, filter_w) order; the padding is zeros.
    """
    x = _check_images(input_data)
    n, c, h, w = x.shape
    filter_h, filter_w = _positive_int("filter_h", filter_h), _positive_int("filter_w", filter_w)
    out_h = conv_output_size(h, filter_h, stride, pad)
    out_w = conv_output_size(w, filter_w, stride, pad)
    win = _windows(_padded(x, pad), filter_h, filter_w, stride, out_h, out_w)
    col = np.empty((n * out_h * out_w, c * filter_h * filter_w), dtype=x.dtype)
    # (N, C, OH, OW, FH, FW) -> (N, OH, OW, C, FH, FW), in a single copy
    np.copyto(col.reshape(n, out_h, out_w, c, filter_h, filter_w), win.transpose(0, 2, 3, 1, 4, 5))
    return col


def col2im(col: NDArray, input_shape: tuple[int, int, int, int], filter_h: int, filter_w: int,
           stride: int = 1, pad: int = 0) -> NDArray:
    """Fold a column matrix back into images (N, C, H, W): the adjoint of :func:`im2col`.

    Values of overlapping windows are added up; values that fall into the padding are dropped.
    ``col`` is (N*out_h*out_w, C*filter_h*filter_w) and ``input_shape`` the (N, C, H, W) given to im2col.
    """
    if len(input_shape) != 4:
        raise ValueError(f"input_shape must be (N, C, H, W), got {input_shape!r}")
    n, c, h, w = (int(s) for s in input_shape)
    filter_h, filter_w = _positive_int("filter_h", filter_h), _positive_int("filter_w", filter_w)
    out_h = conv_output_size(h, filter_h, stride, pad)
    out_w = conv_output_size(w, filter_w, stride, pad)
    col = np.asarray(col)
    expected = (n * out_h * out_w, c * filter_h * filter_w)
    if col.shape != expected:
        raise ValueError(f"col has shape {col.shape}, but images {tuple(input_shape)} with a "
                         f"{filter_h}x{filter_w} filter, stride {stride}, pad {pad} give {expected}")
    col6 = col.reshape(n, out_h, out_w, c, filter_h, filter_w).transpose(0, 3, 4, 5, 1, 2)
    return _fold(col6, (n, c, h, w), stride, pad)


def _fold(cols: NDArray, input_shape: tuple[int, int, int, int], stride: int, pad: int) -> NDArray:
    """Add windows ``cols`` (N, C, FH, FW, OH, OW) into zero images: one strided add per filter offset."""
    n, c, h, w = input_shape
    _, _, fh, fw, out_h, out_w = cols.shape
    img = np.zeros((n, c, h + 2 * pad, w + 2 * pad), dtype=cols.dtype)
    for y in range(fh):
        for x in range(fw):
            img[:, :, y : y + stride * out_h : stride, x : x + stride * out_w : stride] += cols[:, :, y, x]
    return img[:, :, pad : pad + h, pad : pad + w] if pad else img


# ----------------------------------------------------------------------------- layers
class Convolution(Layer):
    """Convolution layer (section 7.4): out[n, f] = sum_c W[f, c] * x[n, c] (cross-correlation) + b[f].

    ``W`` is (FN, C, FH, FW), ``b`` is (FN,); the arrays are used, not copied.
    ``forward`` maps (N, C, H, W) to (N, FN, OH, OW) with OH = (H + 2*pad - FH) // stride + 1.
    Set ``need_dx=False`` on the first layer of a network: ``backward`` then only computes
    the parameter gradients and returns None.
    """

    def __init__(self, W: NDArray, b: NDArray, stride: int = 1, pad: int = 0, need_dx: bool = True) -> None:
        super().__init__()
        if not isinstance(W, np.ndarray) or W.ndim != 4:
            raise ValueError(f"W must be a NumPy array shaped (FN, C, FH, FW), got {np.shape(W)}")
        if not isinstance(b, np.ndarray) or b.shape != (W.shape[0],):
            raise ValueError(f"b must be a NumPy array of shape ({W.shape[0]},) (one bias per filter), "
                             f"got {np.shape(b)}")
        self.stride = _positive_int("stride", stride)
        self.pad = _non_negative_int("pad", pad)
        self.need_dx = bool(need_dx)
        self.params = {"W": W, "b": b}
        self.grads = {"W": np.zeros_like(W), "b": np.zeros_like(b)}
        self._scratch: dict[str, NDArray] = {}
        self._cache: tuple[tuple[int, ...], NDArray] | None = None

    def output_shape(self, input_shape: tuple[int, int, int]) -> tuple[int, int, int]:
        """(FN, OH, OW) for one input image of shape (C, H, W)."""
        fn, _c, fh, fw = self.params["W"].shape
        _, h, w = input_shape
        return (fn, conv_output_size(h, fh, self.stride, self.pad), conv_output_size(w, fw, self.stride, self.pad))

    def _columns(self, x: NDArray, train: bool) -> NDArray:
        """Columns (N, C*FH*FW, OH*OW) of x, written into a buffer reused between calls."""
        n, c, h, w = x.shape
        _, _, fh, fw = self.params["W"].shape
        out_h = conv_output_size(h, fh, self.stride, self.pad)
        out_w = conv_output_size(w, fw, self.stride, self.pad)
        dtype = np.result_type(x.dtype, self.params["W"].dtype)
        # separate buffers for training and evaluation, so an evaluation between a training
        # forward and its backward cannot overwrite the cached columns
        buf = _reuse(self._scratch, "col" if train else "col_eval", (n, c * fh * fw, out_h * out_w), dtype)
        win = _windows(_padded(x, self.pad), fh, fw, self.stride, out_h, out_w)
        np.copyto(buf.reshape(n, c, fh, fw, out_h, out_w), win.transpose(0, 1, 4, 5, 2, 3))
        return buf

    def forward(self, x: NDArray, train: bool = True) -> NDArray:
        x = _check_images(x)
        W, b = self.params["W"], self.params["b"]
        fn, c = W.shape[:2]
        if x.shape[1] != c:
            raise ValueError(f"the filters expect {c} input channel(s), but the input has {x.shape[1]} "
                             f"(shape {x.shape}, expected (N, {c}, H, W))")
        n = x.shape[0]
        _, out_h, out_w = self.output_shape(x.shape[1:])
        col = self._columns(x, train)
        out = _reuse(self._scratch, "out", (n, fn, out_h * out_w), col.dtype)
        np.matmul(W.reshape(fn, -1), col, out=out)  # (N, FN, OH*OW)
        out += b[:, None]
        if train:
            self._cache = (x.shape, col)
        return out.reshape(n, fn, out_h, out_w)

    def backward(self, dout: NDArray) -> NDArray | None:
        if self._cache is None:
            raise RuntimeError("backward needs a forward pass with train=True first")
        x_shape, col = self._cache
        W = self.params["W"]
        fn = W.shape[0]
        n = x_shape[0]
        dout3 = np.asarray(dout).reshape(n, fn, -1)  # (N, FN, OH*OW)
        np.einsum("nfs->f", dout3, out=self.grads["b"])  # sum over images and positions (3x faster than np.sum here)
        # dW = sum over images of dout_n (FN, OH*OW) @ col_n.T (OH*OW, C*FH*FW)
        per_image = _reuse(self._scratch, "dW", (n, *self.grads["W"].reshape(fn, -1).shape), col.dtype)
        np.matmul(dout3, col.transpose(0, 2, 1), out=per_image)
        np.sum(per_image, axis=0, out=self.grads["W"].reshape(fn, -1))
        if not self.need_dx:
            return None
        dcol = _reuse(self._scratch, "dcol", col.shape, col.dtype)
        np.matmul(W.reshape(fn, -1).T, dout3, out=dcol)  # (N, C*FH*FW, OH*OW)
        _, c, fh, fw = W.shape
        _, _, out_h, out_w = np.shape(dout)
        n_, c_, h_, w_ = x_shape
        return _fold(dcol.reshape(n, c, fh, fw, out_h, out_w), (n_, c_, h_, w_), self.stride, self.pad)


class Pooling(Layer):
    """Max-pooling layer (section 7.5): the maximum of each pool_h x pool_w window.

    ``forward`` maps (N, C, H, W) to (N, C, OH, OW) with OH = (H + 2*pad - pool_h) // stride + 1.
    ``backward`` routes each gradient to the position of its window's maximum (the first one
    in row-major order when there are ties, like the book's argmax).
    """

    def __init__(self, pool_h: int, pool_w: int, stride: int = 1, pad: int = 0) -> None:
        super().__init__()
        self.pool_h = _positive_int("pool_h", pool_h)
        self.pool_w = _positive_int("pool_w", pool_w)
        self.stride = _positive_int("stride", stride)
        self.pad = _non_negative_int("pad", pad)
        if self.pad >= min(self.pool_h, self.pool_w):
            raise ValueError(f"the padding ({self.pad}) must be smaller than the pooling window "
                             f"({self.pool_h}x{self.pool_w}), or some windows would hold nothing but padding")
        self._scratch: dict[str, NDArray] = {}
        self._cache: tuple[tuple[int, ...], NDArray] | None = None

    @property
    def tiles(self) -> bool:
        """True when the windows tile the input without overlap or padding (the fast path)."""
        return (self.pool_h == self.pool_w == self.stride and self.pad == 0
                and self.pool_h * self.pool_w <= 255)

    def output_shape(self, input_shape: tuple[int, int, int]) -> tuple[int, int, int]:
        """(C, OH, OW) for one input image of shape (C, H, W)."""
        c, h, w = input_shape
        return (c, conv_output_size(h, self.pool_h, self.stride, self.pad),
                conv_output_size(w, self.pool_w, self.stride, self.pad))

    def _offsets(self, out_h: int, out_w: int):
        """(k, row slice, column slice) of each of the pool_h*pool_w window offsets in row-major order."""
        s = self.stride
        for k in range(self.pool_h * self.pool_w):
            y, x = divmod(k, self.pool_w)
            yield k, slice(y, y + s * out_h, s), slice(x, x + s * out_w, s)

    def forward(self, x: NDArray, train: bool = True) -> NDArray:
        x = _check_images(x)
        n, c, h, w = x.shape
        _, out_h, out_w = self.output_shape((c, h, w))
        shape = (n, c, out_h, out_w)
        out = _reuse(self._scratch, "out", shape, x.dtype)
        if self.tiles and not train:  # inference needs no argmax
            for k, rows, cols in self._offsets(out_h, out_w):
                if k == 0:
                    np.copyto(out, x[:, :, rows, cols])
                else:
                    np.maximum(out, x[:, :, rows, cols], out=out)
            return out
        if self.tiles:
            # arg: which offset holds the maximum (kept for backward)
            arg = _reuse(self._scratch, "arg", shape, np.uint8)
            greater = _reuse(self._scratch, "greater", shape, np.uint8)
            for k, rows, cols in self._offsets(out_h, out_w):
                part = x[:, :, rows, cols]
                if k == 0:
                    np.copyto(out, part)
                    arg.fill(0)
                    continue
                np.greater(part, out, out=greater)  # strictly greater: ties keep the first
                np.maximum(out, part, out=out)
                # arg = k where greater, else unchanged (arg < k, so a maximum does it, vectorized)
                greater *= np.uint8(k)
                np.maximum(arg, greater, out=arg)
        else:
            win = _windows(_padded(x, self.pad, _lowest(x.dtype)), self.pool_h, self.pool_w, self.stride,
                           out_h, out_w)
            win = win.reshape(n, c, out_h, out_w, self.pool_h * self.pool_w)
            arg = np.argmax(win, axis=-1)
            np.copyto(out, np.take_along_axis(win, arg[..., None], axis=-1)[..., 0])
            if self.pad:
                self._keep_off_padding(arg, out, x.dtype, h, w)
        if train:
            self._cache = (x.shape, arg)
        return out

    def _keep_off_padding(self, arg: NDArray, out: NDArray, dtype: np.dtype, h: int, w: int) -> None:
        """Where a window's maximum is the lowest value itself (its real values all equal it), the
        argmax may have picked a padding cell: move it to the window's first real cell instead."""
        low = out == _lowest(dtype)
        if not low.any():
            return
        p, s = self.pad, self.stride
        out_h, out_w = out.shape[2:]
        first = np.arange(self.pool_h)[None, :] + s * np.arange(out_h)[:, None] - p  # (OH, FH) input rows
        row = np.argmax((first >= 0) & (first < h), axis=1)
        first = np.arange(self.pool_w)[None, :] + s * np.arange(out_w)[:, None] - p
        col = np.argmax((first >= 0) & (first < w), axis=1)
        real = row[:, None] * self.pool_w + col[None, :]  # (OH, OW) offset of each window's first real cell
        is_pad = self._is_padding(arg, h, w)
        np.copyto(arg, np.broadcast_to(real, arg.shape), where=low & is_pad)

    def _is_padding(self, arg: NDArray, h: int, w: int) -> NDArray:
        """Whether the offset ``arg`` (N, C, OH, OW) of each window points into the padding."""
        p, s = self.pad, self.stride
        out_h, out_w = arg.shape[2:]
        dy, dx = np.divmod(arg, self.pool_w)
        y = dy + (s * np.arange(out_h) - p)[:, None]
        x = dx + (s * np.arange(out_w) - p)[None, :]
        return (y < 0) | (y >= h) | (x < 0) | (x >= w)

    def backward(self, dout: NDArray) -> NDArray:
        if self._cache is None:
            raise RuntimeError("backward needs a forward pass with train=True first")
        (n, c, h, w), arg = self._cache
        dout = np.asarray(dout)
        if dout.shape != arg.shape:
            raise ValueError(f"dout has shape {dout.shape}, but the forward output had shape {arg.shape}")
        out_h, out_w = arg.shape[2:]
        p, s = self.pad, self.stride
        dx = _reuse(self._scratch, "dx", (n, c, h + 2 * p, w + 2 * p), dout.dtype)
        covered = self.tiles and h == s * out_h and w == s * out_w
        if not covered:
            dx.fill(0)
        winner = _reuse(self._scratch, "winner", arg.shape, np.bool_)
        for k, rows, cols in self._offsets(out_h, out_w):
            np.equal(arg, k, out=winner)
            if covered:  # the offsets' slices tile dx exactly: write each one once
                np.multiply(dout, winner, out=dx[:, :, rows, cols])
            elif self.tiles:
                np.copyto(dx[:, :, rows, cols], dout, where=winner)
            else:  # overlapping windows: add up
                dx[:, :, rows, cols] += np.where(winner, dout, 0)
        return dx[:, :, p : p + h, p : p + w] if p else dx


# ----------------------------------------------------------------------------- the network of section 7.5
@register_network("simple_conv")
class SimpleConvNet(Network):
    """The book's SimpleConvNet: conv - ReLU - pool - affine - ReLU - affine - softmax.

    Layers: Conv1 (``filter_num`` filters ``filter_size`` x ``filter_size``, W1 (FN, C, FS, FS), b1),
    Relu1, Pool1 (2x2 max, stride 2), Affine1 (W2 (FN*PH*PW, hidden_size), b2), Relu2, Affine2
    (W3 (hidden_size, output_size), b3), then SoftmaxWithLoss (the book's layer and parameter
    names). ``conv_param`` as in the book: filter_num 30, filter_size 5, pad 0, stride 1 by
    default. Weights are ``weight_init_std`` * standard normal (drawn from ``rng``), biases zero,
    stored as ``dtype``. Inputs are (N, *input_dim) images, e.g. (N, 1, 28, 28) MNIST in [0, 1].

    Conv1 skips its input gradient (nobody needs dL/dx of the images).
    """

    #: Inference (predict, accuracy, ...) handles at most this many images at a time.
    eval_chunk: int = 250

    def __init__(self, input_dim: tuple[int, int, int] = (1, 28, 28), conv_param: dict | None = None,
                 hidden_size: int = 100, output_size: int = 10, weight_init_std: float = 0.01,
                 rng: np.random.Generator | None = None, dtype=np.float32) -> None:
        dims = tuple(input_dim)
        if len(dims) != 3:
            raise ValueError(f"input_dim must be (C, H, W), e.g. (1, 28, 28), got {dims!r}")
        c, h, w = (_positive_int("input_dim", d) for d in dims)
        param = dict(DEFAULT_CONV_PARAM)
        unknown = set(conv_param or {}) - set(param)
        if unknown:
            raise ValueError(f"unknown conv_param key(s) {sorted(unknown)}; known: {sorted(param)}")
        param.update(conv_param or {})
        fn = _positive_int("filter_num", param["filter_num"])
        fs = _positive_int("filter_size", param["filter_size"])
        stride = _positive_int("stride", param["stride"])
        pad = _non_negative_int("pad", param["pad"])
        hidden_size = _positive_int("hidden_size", hidden_size)
        output_size = _positive_int("output_size", output_size)
        std = float(weight_init_std)
        if not np.isfinite(std) or std <= 0:
            raise ValueError(f"weight_init_std must be a positive number, got {weight_init_std!r}")
        if rng is None:
            rng = np.random.default_rng()
        if not isinstance(rng, np.random.Generator):
            raise TypeError("rng must be a numpy.random.Generator, e.g. np.random.default_rng(0)")
        super().__init__((c, h, w), dtype)
        conv_h, conv_w = conv_output_size(h, fs, stride, pad), conv_output_size(w, fs, stride, pad)
        pool_h, pool_w = conv_output_size(conv_h, 2, 2), conv_output_size(conv_w, 2, 2)
        pool_output_size = fn * pool_h * pool_w

        def weights(shape: tuple[int, ...]) -> NDArray:
            return (std * rng.standard_normal(shape)).astype(self.dtype)

        self.add_layer("Conv1", Convolution(weights((fn, c, fs, fs)), np.zeros(fn, self.dtype),
                                            stride, pad, need_dx=False), W="W1", b="b1")
        self.add_layer("Relu1", Relu())
        self.add_layer("Pool1", Pooling(2, 2, stride=2))
        self.add_layer("Affine1", Affine(weights((pool_output_size, hidden_size)),
                                         np.zeros(hidden_size, self.dtype)), W="W2", b="b2")
        self.add_layer("Relu2", Relu())
        self.add_layer("Affine2", Affine(weights((hidden_size, output_size)),
                                         np.zeros(output_size, self.dtype)), W="W3", b="b3")
        self.conv_param = {"filter_num": fn, "filter_size": fs, "pad": pad, "stride": stride}
        self.hidden_size, self.output_size_ = hidden_size, output_size
        self.weight_init_std = std

    def config(self) -> dict:
        return {"type": "simple_conv", "input_dim": list(self.input_shape), "conv_param": dict(self.conv_param),
                "hidden_size": self.hidden_size, "output_size": self.output_size_,
                "weight_init_std": self.weight_init_std, "dtype": self.dtype.name}

    def filters(self) -> NDArray:
        """A copy of the first layer's filters W1, (FN, C, FH, FW), e.g. to show them as images."""
        return self.params["W1"].copy()

    def _forward(self, x: NDArray, train: bool) -> NDArray:
        """Scores (N, K); inference runs in chunks of ``eval_chunk`` images so the layers' buffers stay
        small (the column matrix of 10,000 MNIST images alone would take 576 MB)."""
        n, chunk = x.shape[0], self.eval_chunk
        if train or n <= chunk:
            return super()._forward(x, train)
        first = super()._forward(x[:chunk], False)
        scores = np.empty((n, *first.shape[1:]), dtype=first.dtype)
        scores[:chunk] = first
        for i in range(chunk, n, chunk):
            scores[i:i + chunk] = super()._forward(x[i:i + chunk], False)
        return scores


#: The book's default convolution settings of SimpleConvNet.
DEFAULT_CONV_PARAM = {"filter_num": 30, "filter_size": 5, "pad": 0, "stride": 1}
