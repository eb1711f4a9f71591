"""Turn a hand-drawn digit into an MNIST-like 28x28 image (the way MNIST itself was made).

MNIST digits were size-normalised to fit a 20x20 box (keeping their aspect ratio) and then
centred by their centre of mass in a 28x28 field. A network trained on MNIST only reads
digits prepared that way well, so a digit drawn on a large canvas goes through the same
steps before it is classified:

1. bounding box of the ink (pixels above ``threshold``),
2. area-averaging resize so the longer side is 20 pixels (aspect ratio kept),
3. paste into a 28x28 field so the centre of mass lands on the centre (14, 14).
"""
from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray

#: Side of the MNIST image and of the box the digit is scaled into.
FIELD = 28
BOX = 20


def _area_weights(n_in: int, n_out: int) -> NDArray[np.float64]:
    """(n_out, n_in) matrix whose row i averages the input pixels covered by output pixel i."""
    edges = np.linspace(0.0, n_in, n_out + 1)
    lo = np.arange(n_in, dtype=np.float64)
    overlap = np.clip(np.minimum(edges[1:, None], lo[None, :] + 1) - np.maximum(edges[:-1, None], lo[None, :]),
                      0.0, None)
    return overlap / overlap.sum(axis=1, keepdims=True)


def resize_area(image: ArrayLike, height: int, width: int) -> NDArray[np.float64]:
    """Resize a 2-D image to (height, width) by area averaging (exact for any up- or down-scaling)."""
    a = np.asarray(image, dtype=np.float64)
    if a.ndim != 2 or a.size == 0:
        raise ValueError(f"expected a non-empty 2-D image, got shape {a.shape}")
    if height < 1 or width < 1:
        raise ValueError(f"target size must be at least 1x1, got {height}x{width}")
    return _area_weights(a.shape[0], height) @ a @ _area_weights(a.shape[1], width).T


def center_of_mass(image: ArrayLike) -> tuple[float, float]:
    """(row, column) centre of mass of a non-negative 2-D image; the geometric centre if it is empty."""
    a = np.asarray(image, dtype=np.float64)
    total = a.sum()
    if total <= 0:
        return (a.shape[0] - 1) / 2, (a.shape[1] - 1) / 2
    rows, cols = np.indices(a.shape)
    return float((rows * a).sum() / total), float((cols * a).sum() / total)


def mnist_like(canvas: ArrayLike, threshold: float = 0.05) -> NDArray[np.float32]:
    """Preprocess a drawing like MNIST: returns a (28, 28) float32 image with values in [0, 1].

    ``canvas`` is a 2-D array of any size, ink bright (1 or 255) on a dark (0) background;
    uint8 input is divided by 255. An empty canvas (no pixel above ``threshold``) gives zeros.
    The input is never modified.
    """
    a = np.asarray(canvas)
    if a.ndim != 2:
        raise ValueError(f"the canvas must be a 2-D grayscale image, got shape {a.shape}")
    if a.dtype == np.uint8:
        img = a.astype(np.float64) / 255.0
    else:
        img = np.clip(np.asarray(a, dtype=np.float64), 0.0, 1.0)
    out = np.zeros((FIELD, FIELD), dtype=np.float32)
    ink = img > threshold
    if not ink.any():
        return out
    rows = np.flatnonzero(ink.any(axis=1))
    cols = np.flatnonzero(ink.any(axis=0))
    crop = img[rows[0]:rows[-1] + 1, cols[0]:cols[-1] + 1]
    h, w = crop.shape
    scale = BOX / max(h, w)
    new_h, new_w = max(1, round(h * scale)), max(1, round(w * scale))
    small = np.clip(resize_area(crop, new_h, new_w), 0.0, 1.0)
    com_r, com_c = center_of_mass(small)
    center = FIELD / 2  # MNIST digits have their centre of mass at pixel (14, 14) on average
    top = int(np.clip(round(center - com_r), 0, FIELD - new_h))
    left = int(np.clip(round(center - com_c), 0, FIELD - new_w))
    out[top:top + new_h, left:left + new_w] = small
    return out
