"""What the training curves draw of a run's losses, computed so that a growing run keeps its earlier points
(the curves are then redrawn only at their end, see :class:`~dlfs_studio.app.growing_path.GrowingPath`).
NumPy only."""
from __future__ import annotations

import numpy as np

#: Most points drawn for a moving average: a thick antialiased line costs per point (300 points took 2.4 ms of
#: each 1280x720 repaint of the loss plot, 150 points 1.7 ms), and 150 points still draw a smooth curve.
MA_POINTS = 150
#: Bins the raw losses are drawn in (their minimum and maximum each) across the loss axis' span.
RAW_BINS = 1000


def moving_average(x: np.ndarray, y: np.ndarray, window: int, planned: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """The causal moving average of ``y`` (n,): at index i the mean of the last min(``window``, i + 1) losses.

    Returns (x, mean) at every ``step``-th index and at the last one, step = ``planned`` / :data:`MA_POINTS`
    (``planned``: the run's planned length; 0: its length now), so a run draws about MA_POINTS points however
    far it has got. A point once drawn keeps its value as ``y`` grows: the curve only grows at its end."""
    n = len(y)
    if n < 2:
        return x[:0], np.asarray(y[:0], dtype=float)
    step = max(1, -(-max(int(planned), n) // MA_POINTS))
    idx = np.arange(step - 1, n, step)
    if not len(idx) or idx[-1] != n - 1:
        idx = np.append(idx, n - 1)
    c = np.concatenate(([0.0], np.cumsum(y, dtype=float)))
    w = np.minimum(int(window), idx + 1)
    return x[idx], (c[idx + 1] - c[idx + 1 - w]) / w


def peak_decimate(x: np.ndarray, y: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray]:
    """``y`` (n,) in bins of ``size`` points from the first: each bin's minimum and maximum, both at the bin's first
    x (pyqtgraph's "peak" downsampling, but a full bin never changes as ``y`` grows). ``size`` <= 1: the data."""
    if size <= 1 or len(y) <= 1:
        return x, y
    full = len(y) // size
    tail = y[full * size:]
    with np.errstate(invalid="ignore"):
        lo = np.fmin.reduce(y[:full * size].reshape(full, size), axis=1)
        hi = np.fmax.reduce(y[:full * size].reshape(full, size), axis=1)
        if len(tail):
            lo = np.append(lo, np.fmin.reduce(tail))
            hi = np.append(hi, np.fmax.reduce(tail))
    xs = np.repeat(x[::size][:len(lo)], 2)
    ys = np.empty(2 * len(lo))
    ys[0::2], ys[1::2] = lo, hi
    return xs, ys
