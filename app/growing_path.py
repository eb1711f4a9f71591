"""A line (with or without dots) that grows at its end, redrawn only where it grows.

A plain ``PlotDataItem`` rebuilds and repaints its whole line and every dot when one point is appended,
and the repaint covers the whole path's bounding box, with everything under it. :class:`GrowingPath`
draws the settled part as frozen pieces of ``chunk`` points, each drawn once into a pixmap
(``DeviceCoordinateCache``) and never touched again while the path grows, and only the last piece (the
live tail) as its own curve and dots; so a step repaints a small rectangle around the tail. The picture
is the same: every line lies under every dot (z order), pieces share their end points.

Used by the descent panel (a point per animation frame) and by the training curves (a running run's
moving average, raw losses and accuracies), whose data keep their earlier points as they grow.
"""
from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QGraphicsItem

from dlfs_studio.app.plotting import ensure_pixmap_cache

_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache
#: z order among the path's own children: frozen lines < live line < frozen dots < live dots.
_Z_FROZEN_LINE, _Z_LIVE_LINE, _Z_FROZEN_DOTS, _Z_LIVE_DOTS = 0.0, 0.5, 1.0, 2.0


class GrowingPath(pg.PlotDataItem):
    """A ``PlotDataItem`` for a growing line of dots; call :meth:`set_path` with the whole path each frame.

    :meth:`getData` returns the whole path (n,) x and y; the item's own curve and scatter show only the tail.
    Styling (``setPen``, ``setSymbol``, ``setSymbolSize``, ``setSymbolBrush``, ``setSymbolPen``) and
    ``setLogMode`` apply to every piece. ``chunk``: points per frozen piece (default :data:`CHUNK`)."""

    CHUNK = 32

    def __init__(self, *args: Any, chunk: int | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.CHUNK = max(2, int(chunk)) if chunk is not None else type(self).CHUNK
        self._x = self._cut_x = np.empty(0)
        self._y = self._cut_y = np.empty(0)
        self._stale = False
        self._pieces: list[tuple[pg.PlotCurveItem, pg.ScatterPlotItem | None]] = []  # no dots: None
        self.curve.setZValue(_Z_LIVE_LINE)
        self.scatter.setZValue(_Z_LIVE_DOTS)

    # ------------------------------------------------------------------ data
    def set_path(self, x: np.ndarray, y: np.ndarray, draw: bool = True) -> None:
        """Show the path through the points (``x[i]``, ``y[i]``), i = 0..n-1 (non-finite points break the line).

        Pieces already frozen are kept when the new path starts with the same points (the usual case: one
        point more, or one less); otherwise they are dropped and the path is cut afresh. ``draw=False`` only
        keeps the path (for :meth:`getData`) and leaves the picture to the next :meth:`set_path` or
        :meth:`redraw`: for a view that is not on screen."""
        self._x = np.asarray(x, dtype=float).ravel()
        self._y = np.asarray(y, dtype=float).ravel()
        if draw:
            self.redraw()
        else:
            self._stale = True

    def redraw(self) -> None:
        """Draw the path last given to :meth:`set_path`."""
        self._stale = False
        x, y = self._x, self._y
        n, c = len(x), self.CHUNK
        frozen = len(self._pieces) * c  # the pieces cover lines 0..frozen and dots 0..frozen-1
        if self._pieces:
            keep = min(frozen + 1, n)
            if not (np.array_equal(x[:keep], self._cut_x[:keep], equal_nan=True)
                    and np.array_equal(y[:keep], self._cut_y[:keep], equal_nan=True)):
                self._drop_pieces(0)  # another path
            elif n <= frozen:  # stepped back into the frozen pieces: the tail starts earlier
                self._drop_pieces(max(0, (n - 1) // c))
            frozen = len(self._pieces) * c
        while n > frozen + c:  # a whole piece [frozen, frozen + c] and at least one point after it
            self._freeze(x[frozen:frozen + c + 1], y[frozen:frozen + c + 1])
            frozen += c
        self._cut_x, self._cut_y = x, y
        tail_x, tail_y = x[frozen:], y[frozen:]
        if n and np.isfinite(tail_x).any() and np.isfinite(tail_y).any():
            super().setData(tail_x, tail_y, connect="finite")
        else:  # all-NaN data makes pyqtgraph warn on every repaint
            super().setData([], [])

    def is_stale(self) -> bool:
        """True when the path given last is not drawn yet (``set_path(..., draw=False)``)."""
        return self._stale

    def getData(self) -> tuple[Any, Any]:
        """The whole path: x and y, each (n,)."""
        if not len(self._x):
            return super().getData()
        return self._x, self._y

    def piece_count(self) -> int:
        """How many frozen pieces the path is drawn with (besides the live tail)."""
        return len(self._pieces)

    def _freeze(self, x: np.ndarray, y: np.ndarray) -> None:
        line = pg.PlotCurveItem()
        line.setParentItem(self)
        line.setZValue(_Z_FROZEN_LINE)
        dots = None
        if self.opts["symbol"] is not None:  # a line alone: no scatter item per piece
            dots = pg.ScatterPlotItem()
            dots.setParentItem(self)
            dots.setZValue(_Z_FROZEN_DOTS)
        self._pieces.append((line, dots))
        self._style_piece(line, dots)
        x, y = self._logged(x, y)
        ok = np.isfinite(x) & np.isfinite(y)
        if ok.any():
            line.setData(x, y, connect="finite")
        ensure_pixmap_cache()
        line.setCacheMode(_CACHE)
        if dots is not None:
            dots_ok = ok[:-1]  # the last point belongs to the next piece (or to the tail)
            dots.setData(x[:-1][dots_ok], y[:-1][dots_ok])
            dots.setCacheMode(_CACHE)

    def _logged(self, x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """A frozen piece's data on the plot's log axes (the tail is transformed by pyqtgraph itself)."""
        log_x, log_y = self.opts.get("logMode", (False, False))
        with np.errstate(divide="ignore", invalid="ignore"):
            if log_x:
                x = np.where(x > 0, np.log10(np.where(x > 0, x, 1.0)), np.nan)
            if log_y:
                y = np.where(y > 0, np.log10(np.where(y > 0, y, 1.0)), np.nan)
        return x, y

    def setLogMode(self, xState: bool, yState: bool) -> None:
        super().setLogMode(xState, yState)
        if getattr(self, "_pieces", None):
            self._drop_pieces(0)
            self.redraw()

    def _drop_pieces(self, keep: int) -> None:
        """Remove every frozen piece after the first ``keep``."""
        scene = self.scene()
        for line, dots in self._pieces[keep:]:
            for item in (line, dots) if dots is not None else (line,):
                item.setParentItem(None)
                if scene is not None:
                    scene.removeItem(item)
        del self._pieces[keep:]

    # ------------------------------------------------------------------ style
    def _style_piece(self, line: pg.PlotCurveItem, dots: pg.ScatterPlotItem | None) -> None:
        o = self.opts
        line.setPen(o["pen"])
        line.opts["antialias"] = o["antialias"]
        line.setVisible(o["pen"] is not None)
        if dots is None:
            return
        if o["symbol"] is None:
            dots.setVisible(False)
            return
        dots.setVisible(True)
        dots.opts["antialias"] = o["antialias"]
        dots.setSymbol(o["symbol"])
        dots.setSize(o["symbolSize"])
        dots.setBrush(pg.mkBrush(o["symbolBrush"]))
        dots.setPen(pg.mkPen(o["symbolPen"]))

    def _restyle(self) -> None:
        for line, dots in getattr(self, "_pieces", ()):
            self._style_piece(line, dots)

    def setPen(self, *args: Any, **kwargs: Any) -> None:
        super().setPen(*args, **kwargs)
        self._restyle()

    def setSymbol(self, *args: Any, **kwargs: Any) -> None:
        had = getattr(self, "opts", {}).get("symbol") is not None
        super().setSymbol(*args, **kwargs)
        if had != (self.opts["symbol"] is not None) and getattr(self, "_pieces", None):
            self._drop_pieces(0)  # the pieces were cut with (or without) their dots
            self.redraw()
        self._restyle()

    def setSymbolSize(self, *args: Any, **kwargs: Any) -> None:
        super().setSymbolSize(*args, **kwargs)
        self._restyle()

    def setSymbolBrush(self, *args: Any, **kwargs: Any) -> None:
        super().setSymbolBrush(*args, **kwargs)
        self._restyle()

    def setSymbolPen(self, *args: Any, **kwargs: Any) -> None:
        super().setSymbolPen(*args, **kwargs)
        self._restyle()
