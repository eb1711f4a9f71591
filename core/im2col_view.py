"""What ``im2col`` does, made visible (section 7.4): which input window becomes which row of the column
matrix, the filter reshaped as a column, the one matrix product that replaces the loops, and how often
``col2im`` adds into each input pixel.

Built on :func:`core.conv.im2col` and :func:`core.conv.col2im` (called, never re-implemented): the window
of each row is read back by running ``im2col`` on an image of position numbers.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from .conv import col2im, conv_output_size, im2col

#: Limits that keep the picture readable and the arrays small (the view is for understanding, not speed).
MAX_SIDE = 32
MAX_CHANNELS = 4
MAX_BATCH = 16


@dataclass(frozen=True)
class Im2colLayout:
    """The geometry of one ``im2col`` call: input (N, C, H, W), a FH x FW filter, stride and padding.

    ``out_h``/``out_w``: the output size (equation 7.1); ``col_shape``: (N*out_h*out_w, C*FH*FW).
    """

    n: int
    c: int
    h: int
    w: int
    fh: int
    fw: int
    stride: int = 1
    pad: int = 0

    def __post_init__(self) -> None:
        for name in ("n", "c", "h", "w", "fh", "fw", "stride"):
            v = getattr(self, name)
            if isinstance(v, bool) or not isinstance(v, (int, np.integer)) or v < 1:
                raise ValueError(f"{name} must be a positive whole number, got {v!r}")
        if isinstance(self.pad, bool) or not isinstance(self.pad, (int, np.integer)) or self.pad < 0:
            raise ValueError(f"pad must be a whole number >= 0, got {self.pad!r}")
        if self.h > MAX_SIDE or self.w > MAX_SIDE or self.c > MAX_CHANNELS or self.n > MAX_BATCH:
            raise ValueError(f"keep the input at most {MAX_BATCH} x {MAX_CHANNELS} x {MAX_SIDE} x {MAX_SIDE}")
        if self.pad >= max(self.fh, self.fw):
            raise ValueError(f"padding {self.pad} must be smaller than the filter ({self.fh} x {self.fw})")
        conv_output_size(self.h, self.fh, self.stride, self.pad)  # raises when the filter does not fit
        conv_output_size(self.w, self.fw, self.stride, self.pad)

    @property
    def out_h(self) -> int:
        return conv_output_size(self.h, self.fh, self.stride, self.pad)

    @property
    def out_w(self) -> int:
        return conv_output_size(self.w, self.fw, self.stride, self.pad)

    @property
    def input_shape(self) -> tuple[int, int, int, int]:
        return (self.n, self.c, self.h, self.w)

    @property
    def col_shape(self) -> tuple[int, int]:
        return (self.n * self.out_h * self.out_w, self.c * self.fh * self.fw)

    def row_of(self, n: int, i: int, j: int) -> int:
        """The row of the column matrix holding image ``n``'s window at output position (i, j)."""
        if not (0 <= n < self.n and 0 <= i < self.out_h and 0 <= j < self.out_w):
            raise IndexError(f"no window ({n}, {i}, {j}) in an output of {self.n} x {self.out_h} x {self.out_w}")
        return (n * self.out_h + i) * self.out_w + j

    def window_of(self, row: int) -> tuple[int, int, int]:
        """(image n, output row i, output column j) of the column matrix's ``row``."""
        if not 0 <= row < self.col_shape[0]:
            raise IndexError(f"row {row} is outside the column matrix of {self.col_shape[0]} rows")
        n, rest = divmod(row, self.out_h * self.out_w)
        i, j = divmod(rest, self.out_w)
        return n, i, j

    def window_origin(self, i: int, j: int) -> tuple[int, int]:
        """Top-left corner (y, x) of the window at output position (i, j), in unpadded input coordinates
        (negative inside the padding)."""
        return i * self.stride - self.pad, j * self.stride - self.pad

    def sources(self) -> NDArray[np.int64]:
        """For each cell of the column matrix, the flat index into the input (N*C*H*W) it was copied from,
        or -1 where it comes from the zero padding: shape ``col_shape``.

        Computed by running ``im2col`` on an image whose values are their own position numbers + 1.
        """
        numbers = np.arange(1, self.n * self.c * self.h * self.w + 1, dtype=np.float64).reshape(self.input_shape)
        col = im2col(numbers, self.fh, self.fw, self.stride, self.pad)
        return col.astype(np.int64) - 1

    def row_cells(self, row: int) -> NDArray[np.int64]:
        """(C*FH*FW, 4) array of (n, channel, y, x) for each value of ``row``; y, x are unpadded coordinates
        (outside 0..H-1 / 0..W-1 in the padding), in the row's (C, FH, FW) order."""
        n, i, j = self.window_of(row)
        y0, x0 = self.window_origin(i, j)
        c, dy, dx = np.meshgrid(np.arange(self.c), np.arange(self.fh), np.arange(self.fw), indexing="ij")
        return np.stack([np.full(c.size, n), c.ravel(), (y0 + dy).ravel(), (x0 + dx).ravel()], axis=1)

    def overlap_counts(self) -> NDArray[np.float64]:
        """How many windows cover each input pixel: ``col2im`` of a column matrix of ones, (N, C, H, W).

        It is why ``col2im`` must add (``+=``): a pixel shared by k windows receives k contributions.
        """
        return col2im(np.ones(self.col_shape), self.input_shape, self.fh, self.fw, self.stride, self.pad)


def book_shapes() -> dict[str, tuple[int, int]]:
    """The column-matrix shapes section 7.4.3 prints: (1, 3, 7, 7) with a 5x5 filter -> (9, 75); a batch of 10
    -> (90, 75). Computed with ``im2col`` on random images."""
    rng = np.random.default_rng(0)
    x1 = rng.random((1, 3, 7, 7))
    x2 = rng.random((10, 3, 7, 7))
    return {"x1": im2col(x1, 5, 5, stride=1, pad=0).shape, "x2": im2col(x2, 5, 5, stride=1, pad=0).shape}


@dataclass(frozen=True)
class ConvByIm2col:
    """A convolution computed the im2col way, every intermediate kept.

    ``col`` (N*OH*OW, C*FH*FW); ``col_W`` (C*FH*FW, FN) the filters reshaped as columns; ``product``
    = col @ col_W + b (N*OH*OW, FN), the one matrix product; ``out`` (N, FN, OH, OW) its reshape.
    """

    col: NDArray
    col_W: NDArray
    product: NDArray
    out: NDArray


def conv_by_im2col(x: ArrayLike, W: ArrayLike, b: ArrayLike, stride: int = 1, pad: int = 0) -> ConvByIm2col:
    """The book's Convolution.forward spelled out: im2col, W.reshape(FN, -1).T, one product, reshape."""
    xa = np.asarray(x, dtype=np.float64)
    Wa = np.asarray(W, dtype=np.float64)
    ba = np.asarray(b, dtype=np.float64)
    if xa.ndim != 4 or Wa.ndim != 4 or Wa.shape[1] != xa.shape[1] or ba.shape != (Wa.shape[0],):
        raise ValueError(f"need x (N, C, H, W), W (FN, C, FH, FW), b (FN,); got {xa.shape}, {Wa.shape}, {ba.shape}")
    fn, _, fh, fw = Wa.shape
    n, _, h, w = xa.shape
    oh, ow = conv_output_size(h, fh, stride, pad), conv_output_size(w, fw, stride, pad)
    col = im2col(xa, fh, fw, stride, pad)
    col_W = Wa.reshape(fn, -1).T
    product = col @ col_W + ba
    out = product.reshape(n, oh, ow, fn).transpose(0, 3, 1, 2)
    return ConvByIm2col(col, col_W, product, np.ascontiguousarray(out))


def conv_by_loops(x: ArrayLike, W: ArrayLike, b: ArrayLike, stride: int = 1, pad: int = 0) -> NDArray[np.float64]:
    """The same convolution with explicit loops over images, filters and output positions: the reference
    im2col replaces (slow; for small inputs only)."""
    xa = np.asarray(x, dtype=np.float64)
    Wa = np.asarray(W, dtype=np.float64)
    ba = np.asarray(b, dtype=np.float64)
    fn, _, fh, fw = Wa.shape
    n, _, h, w = xa.shape
    oh, ow = conv_output_size(h, fh, stride, pad), conv_output_size(w, fw, stride, pad)
    xp = np.pad(xa, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    out = np.empty((n, fn, oh, ow))
    for k in range(n):
        for f in range(fn):
            for i in range(oh):
                for j in range(ow):
                    window = xp[k, :, i * stride:i * stride + fh, j * stride:j * stride + fw]
                    out[k, f, i, j] = float(np.sum(window * Wa[f])) + ba[f]
    return out
