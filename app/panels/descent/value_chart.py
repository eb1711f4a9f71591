"""The f(x_k) against k chart under the descent map: one curve and a marker on the current step.

Its axes move as little as possible while a run animates: the k axis ends at a round number
(10, 20, 50, 100...) that only changes when the walk passes it, and the f axis only grows during
a run (with headroom), so a step redraws the curve and the marker, not the axes and their grid.
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from dlfs_studio.app import style
from dlfs_studio.app.plotting import cache_axes

from .plotting import LogAxis

Span = tuple[float, float]


def _tr(text: str) -> str:
    return QCoreApplication.translate("DescentView", text)


def round_ceiling(n: float, minimum: float = 10.0) -> float:
    """The smallest of 10, 20, 50, 100, 200, 500... (1, 2, 5 times a power of ten) that is >= ``n``."""
    n = max(float(n), minimum)
    decade = 10.0 ** math.floor(math.log10(n))
    for m in (1.0, 2.0, 5.0, 10.0):
        if m * decade >= n * (1 - 1e-12):
            return m * decade
    return 10.0 * decade  # pragma: no cover (the loop always returns)


def flat_span(lo: float, hi: float, log: bool) -> Span | None:
    """A span around a (nearly) flat set of values, so a flat line looks flat (lr 1e-10 must); else None.

    ``lo``/``hi`` are log10 values in log mode."""
    if log:
        if hi - lo < 0.2:
            mid = (lo + hi) / 2
            return mid - 0.5, mid + 0.5
        return None
    if hi - lo < 1e-6 * max(abs(hi), abs(lo), 1e-300):
        half = max(abs(hi) * 0.1, 1e-12)
        return hi - half, hi + half
    return None


def grown_span(current: Span | None, lo: float, hi: float, log: bool, headroom: float = 0.25) -> Span | None:
    """The f axis span to show values in [lo, hi] (log10 in log mode), or None to keep ``current``.

    Without a current span: the values' own span (or :func:`flat_span`). With one that holds them: None.
    Otherwise the span grows on the side that needs it, by ``headroom`` times the new extent, so that an
    animated run relayouts the axis now and then, not on every step."""
    if current is None:
        return flat_span(lo, hi, log) or (lo, hi)
    c_lo, c_hi = current
    if c_lo <= lo and hi <= c_hi:
        return None
    new_lo, new_hi = min(lo, c_lo), max(hi, c_hi)
    extra = headroom * (new_hi - new_lo)
    return (new_lo - extra if lo < c_lo else c_lo), (new_hi + extra if hi > c_hi else c_hi)


#: Steps up to which each f(x_k) is drawn as a dot as well as a line: beyond, the dots merge into the line on a
#: chart this size and only cost time (every dot is rebuilt each step: about 1 ms of a 100-step frame).
DOTS_UP_TO = 60


class ValueChart:
    """A PlotWidget (``plot``) of f(x_k) against k with a log or linear f axis."""

    def __init__(self, parent: QWidget) -> None:
        self.plot = pg.PlotWidget(parent, axisItems={"left": LogAxis("left")})
        self.plot.setToolTip(_tr("f(x_k) against the iteration k."))
        item = self.plot.getPlotItem()
        item.setLabel("bottom", _tr("iteration k"))
        item.setLabel("left", "f(x)")
        item.setMenuEnabled(False)
        self.curve = pg.PlotDataItem(connect="finite")
        item.addItem(self.curve)
        self.marker = pg.PlotDataItem(pen=None, symbol="o")
        item.addItem(self.marker)
        item.setLogMode(y=True)
        for name in ("left", "bottom"):
            item.getAxis(name).enableAutoSIPrefix(False)
        item.vb.disableAutoRange()
        cache_axes(item)
        self.log = True
        self._x_top: float | None = None
        self._y_span: Span | None = None
        self._dots = True

    def set_log(self, on: bool) -> None:
        self.log = bool(on)
        self.plot.getPlotItem().setLogMode(y=self.log)
        self.forget_range()

    def forget_range(self) -> None:
        """Fit the axes afresh at the next :meth:`show` (a new run, or the log box toggled)."""
        self._x_top = None
        self._y_span = None

    def restyle(self, color: str, presentation: bool) -> None:
        on = presentation
        style.apply_plot_style(self.plot, on)
        self.curve.setPen(style.pen(color, 2.0, on))
        self.curve.setSymbol("o" if self._dots else None)
        self.curve.setSymbolSize(style.symbol_size(4, on))
        self.curve.setSymbolBrush(color)
        self.curve.setSymbolPen(None)
        self.marker.setSymbolSize(style.symbol_size(11, on))
        self.marker.setSymbolBrush(style.brush(color))
        self.marker.setSymbolPen(style.pen("#ffffff", 1.5, on))

    def show(self, values: np.ndarray) -> np.ndarray:
        """Draw f(x_0..x_k) = ``values`` (k + 1,) and mark the last; returns the y drawn (NaN where not drawable:
        not finite, or not positive on a log axis)."""
        y = np.where(np.isfinite(values), values, np.nan)
        if self.log:
            y = np.where(y > 0, y, np.nan)
        ks = np.arange(len(y))
        dots = len(y) <= DOTS_UP_TO
        if dots != self._dots:
            self._dots = dots
            self.curve.setSymbol("o" if dots else None)
        # all-NaN data makes pyqtgraph warn on every repaint: give it nothing instead
        if np.isfinite(y).any():
            self.curve.setData(ks, y, connect="finite")
        else:
            self.curve.setData([], [])
        if len(y) and np.isfinite(y[-1]):
            self.marker.setData([ks[-1]], [y[-1]])
        else:
            self.marker.setData([], [])
        self._fit(len(y) - 1, y)
        return y

    def _fit(self, k_last: int, y: np.ndarray) -> None:
        vb = self.plot.getPlotItem().vb
        top = round_ceiling(k_last)
        if top != self._x_top:
            self._x_top = top
            vb.setXRange(0, top, padding=0.04)  # room for the marker on the last step
        finite = y[np.isfinite(y)]
        if finite.size == 0:
            return
        lo, hi = float(finite.min()), float(finite.max())
        if self.log:
            lo, hi = math.log10(lo), math.log10(hi)
        span = grown_span(self._y_span, lo, hi, self.log)
        if span is not None:
            self._y_span = span
            vb.setYRange(*span, padding=0.05)
