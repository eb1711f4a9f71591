"""Arrays for the network and gradient-check tabs: the MNIST mini-batch (read once, never downloaded) and
the text forms of small arrays (typed by the learner, shown in the numbers box)."""
from __future__ import annotations

from typing import Any

import numpy as np

_MNIST_CACHE: dict[str, Any] = {}


def mnist_available() -> bool:
    """True when MNIST is found (DLFS_DATA, the user cache or system folders); never downloads."""
    from dlfs_studio.core.data import find_dataset

    return find_dataset("mnist") is not None


def mnist_batch(size: int) -> tuple[np.ndarray, np.ndarray]:
    """The first ``size`` training images (N, 784) and labels (N,), as the book's gradient_check.py takes them."""
    if "ds" not in _MNIST_CACHE:
        from dlfs_studio.core.data import load_dataset

        _MNIST_CACHE["ds"] = load_dataset("mnist")
    ds = _MNIST_CACHE["ds"]
    return ds.x_train[:size], ds.t_train[:size]


def parse_array(text: str) -> np.ndarray:
    """``"1, 0.5; -1, 0.2"`` as [[1.0, 0.5], [-1.0, 0.2]] (rows separated by ';', numbers by ',' or spaces);
    one row gives a 1-d array. ValueError for a text that is not numbers in rows of equal length."""
    rows = [r for r in text.replace("[", " ").replace("]", " ").split(";") if r.strip()]
    if not rows:
        raise ValueError("empty")
    parsed = [[float(v) for v in r.replace(",", " ").split()] for r in rows]
    if len({len(r) for r in parsed}) != 1 or not parsed[0]:
        raise ValueError("rows of different lengths")
    return np.array(parsed[0] if len(parsed) == 1 else parsed, dtype=np.float64)


def array_field_text(a) -> str:
    """An array as :func:`parse_array` reads it back (full precision)."""
    a = np.asarray(a, dtype=np.float64)
    rows = a.reshape(1, -1) if a.ndim == 1 else a
    return "; ".join(", ".join(repr(float(v)) for v in r) for r in rows)


def array_text(name: str, a: np.ndarray) -> str:
    """``name (shape) = values`` with every number of a small array, a summary of a large one."""
    shape = " × ".join(str(s) for s in a.shape) or "scalar"
    body = np.array2string(np.asarray(a), precision=6, threshold=24, edgeitems=3, max_line_width=110,
                           suppress_small=False)
    return f"{name}  ({shape})\n{body}"
