"""Helpers shared by the panels' pyqtgraph plots: items kept as pixmaps between frames, and y ranges that move
in steps (each new range repaints an axis and its grid lines).

Cached items: Qt draws an item with ``DeviceCoordinateCache`` once into a pixmap and blits it afterwards, until
the item or the view's scale changes. The pixmaps live in the application's QPixmapCache, 10 MiB by default; a
plot's axis with its grid lines takes a pixmap the size of the plot (2 MiB for 600x850 in presentation mode), and
what does not fit is drawn again on every frame, so the limit is raised.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QPixmapCache
from PySide6.QtWidgets import QGraphicsItem

#: Room (KiB) the application's QPixmapCache keeps for cached items.
PIXMAP_CACHE_KIB = 64 * 1024

Range = tuple[float, float]


def ensure_pixmap_cache(kib: int = PIXMAP_CACHE_KIB) -> None:
    """Raise the application's QPixmapCache limit to at least ``kib`` KiB (never lowers it)."""
    if QPixmapCache.cacheLimit() < kib:
        QPixmapCache.setCacheLimit(kib)


def cache_static(*items: QGraphicsItem) -> None:
    """Draw each item once into a pixmap and blit it afterwards, until the item or the view's scale changes.

    For what does not move while a run animates (heat maps, contours, arrows, axes and their grid lines,
    legends): without it every repaint of a moving point replays their whole drawing."""
    ensure_pixmap_cache()
    for item in items:
        # a PlotDataItem paints nothing itself: its curve and scatter children do
        parts = [item.curve, item.scatter] if isinstance(item, pg.PlotDataItem) else [item]
        for part in parts:
            part.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)


def cache_axes(plot: pg.PlotItem) -> None:
    """:func:`cache_static` for the four axes of ``plot``: with the grid on, an axis item spans the whole plot and
    would otherwise replay every tick, label and grid line on each frame."""
    cache_static(*(plot.getAxis(name) for name in ("left", "bottom", "right", "top")))


def loss_y_range(lo: float, hi: float, current: Range, room: float = 0.0, force: bool = False,
                 from_zero: bool = True) -> Range | None:
    """The y range for losses from ``lo`` to ``hi``, or None to keep ``current``: a new range only when the data
    leave the current one (below the top share ``room`` kept free, e.g. for a legend's row) or use under a third
    of it, so a falling loss does not rescale the axis on every frame. With ``from_zero`` (a linear axis)
    non-negative data start at 0, like the book's loss plots; a log axis starts where the data do."""
    y0, y1 = current
    if from_zero and lo >= 0.0:
        lo = 0.0
    span = max(hi - lo, 0.05 * max(abs(hi), abs(lo)), 1e-3)
    usable = y0 + (y1 - y0) * (1 - room)
    if not (force or lo < y0 or hi > usable or span < 0.33 * (y1 - y0)):
        return None
    bottom, top = lo - 0.03 * span, hi + 0.05 * span  # a little below 0, so its tick label stays readable
    return bottom, bottom + (top - bottom) / (1 - room)


def accuracy_y_range(lo: float, hi: float, current: Range, room: float = 0.0, force: bool = False,
                     grow_only: bool = False) -> Range | None:
    """The y range for accuracies from ``lo`` to ``hi`` (within 0-1), or None to keep ``current``: the data with a
    margin, never squashed into 0-1 (a train/test gap stays visible), with the top share ``room`` kept free;
    a new range only when an end moves by more than a third of the margin.

    ``grow_only`` (while a run adds points): the top is 1 and the bottom snaps down to tenths, and the range only
    widens, so the axis changes about once a run instead of at almost every evaluation (each change repaints the
    whole plot and its axis)."""
    margin = max(0.1 * (hi - lo), 0.01)
    lo_t, hi_t = max(0.0, lo - margin), min(1.0, hi + margin)
    if grow_only and not force:
        lo_t = float(np.floor(max(0.0, lo - max(margin, 0.05)) * 10 + 1e-9)) / 10  # room for the spread to come
        hi_t = 1.0  # accuracies rise while a run trains
        c_lo = current[0]
        c_hi = current[0] + (current[1] - current[0]) * (1 - room)  # the data's part, below the legend's row
        if lo_t >= c_lo - 1e-9 and c_hi >= 1.0 - 1e-9:
            return None  # the data fit the axis they have
        lo_t = min(lo_t, max(c_lo, 0.0))
    hi_t = lo_t + (hi_t - lo_t) / (1 - room)
    if force or abs(lo_t - current[0]) > 0.3 * margin or abs(hi_t - current[1]) > 0.3 * margin:
        return lo_t, hi_t
    return None
