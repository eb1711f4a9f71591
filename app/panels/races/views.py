"""The races panel's small views: each draws one thing; items are created once (on ``reset``) and
updated with ``setData``/``setOpts`` as the race runs."""
from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QSplitter, QVBoxLayout, QWidget

from dlfs_studio.app import style
from dlfs_studio.app.plotting import accuracy_y_range, cache_axes, loss_y_range

#: Most points drawn per curve: a thick antialiased line costs per point (four racers' 1,000-point curves took
#: 30 ms of each repaint, and it grew with the race), and a smoothed curve keeps its shape at this many.
MAX_POINTS = 250


def thin(x: np.ndarray, *ys: np.ndarray, limit: int = MAX_POINTS) -> tuple[np.ndarray, ...]:
    """Every k-th point of ``x`` and each of ``ys`` (all shape (n,)), the last always kept, so at most
    about ``limit`` points are left; unchanged when there are fewer."""
    n = len(x)
    if n <= limit:
        return (x, *ys)
    idx = np.append(np.arange(0, n - 1, int(np.ceil(n / limit))), n - 1)
    return (x[idx], *(y[idx] for y in ys))


def _color(hex_color: str, alpha: int) -> Any:
    c = pg.mkColor(hex_color)
    c.setAlpha(alpha)
    return c


class CurvesView(QWidget):
    """All racers on shared axes: loss (smoothed) against iterations, or accuracy per evaluation (test
    accuracy dashed); with seeds, each variant's mean line and a min-max band."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.plot = pg.PlotWidget(self)
        self.legend = self.plot.addLegend(offset=(-10, 10))
        layout.addWidget(self.plot)
        self.presentation = False
        self.curves: list[pg.PlotDataItem] = []
        self.tests: list[pg.PlotDataItem | None] = []
        self.bands: list[tuple[pg.PlotDataItem, pg.PlotDataItem, pg.FillBetweenItem] | None] = []
        self.colors: list[str] = []
        self.kind = "loss"
        style.apply_plot_style(self.plot)
        # the axes (and their grid lines) are cached as pixmaps and the ranges move only in steps (fit_ranges):
        # a new point repaints the curves, not every tick label, while the race trains in the other thread
        cache_axes(self.plot.getPlotItem())
        vb = self.plot.getViewBox()
        vb.disableAutoRange()
        vb.sigRangeChangedManually.connect(self._on_user_zoom)
        self._bounds: dict[tuple[int, str], tuple[float, float, float]] = {}
        self._x_end: float | None = None
        self._user_zoomed = False

    def reset(self, labels: list[str], colors: list[str], metric: str, bands: bool) -> None:
        self.plot.clear()
        self.legend.clear()
        self._bounds, self._x_end, self._user_zoomed = {}, None, False
        self.plot.getViewBox().disableAutoRange()
        self.plot.setRange(xRange=(0, 1), yRange=(0, 1), padding=0.02)
        self.kind = metric
        self.curves, self.tests, self.bands = [], [], []
        self.colors = list(colors)
        n = len(labels)
        many = n > 12
        for i, label in enumerate(labels[:n]):
            color = colors[i % len(colors)] if not many else "#777777"
            pen = style.pen(color, 1.0 if many else 2.0, self.presentation)
            band = None
            if bands:
                lo = pg.PlotDataItem(pen=pg.mkPen(None))
                hi = pg.PlotDataItem(pen=pg.mkPen(None))
                fill = pg.FillBetweenItem(lo, hi, brush=_color(color, 60))
                self.plot.addItem(fill)
                band = (lo, hi, fill)
            self.bands.append(band)
            curve = self.plot.plot(pen=pen, name=None if many else label)
            curve.setDownsampling(auto=True, method="peak")  # a 2000-point curve drawn at the plot's width
            curve.setClipToView(True)
            self.curves.append(curve)
            test = None
            if metric == "accuracy" and not bands:
                test = self.plot.plot(pen=style.pen(color, 1.5, self.presentation, style=Qt.PenStyle.DashLine))
            self.tests.append(test)
        left = self.tr("loss (smoothed)") if metric == "loss" else self.tr("accuracy")
        bottom = self.tr("iteration")
        self.plot.setLabel("left", left)
        self.plot.setLabel("bottom", bottom)
        if metric == "accuracy" and not bands and n <= 12:
            self.plot.setTitle(self.tr("solid: training accuracy, dashed: test accuracy"))
        else:
            self.plot.setTitle("")

    def set_curve(self, i: int, x: np.ndarray, y: np.ndarray, test_y: np.ndarray | None = None) -> None:
        """Racer (or variant) ``i``'s curve: ``x`` (n,) iterations, ``y`` (n,), ``test_y`` (n,) dashed."""
        if i >= len(self.curves):
            return
        self._note(i, "curve", x, y)
        test = self.tests[i]
        if test is not None and test_y is not None:
            self._note(i, "test", x, test_y)
            x, y, test_y = thin(x, y, test_y)
            test.setData(x, test_y)
        else:
            x, y = thin(x, y)
        self.curves[i].setData(x, y)
        self.fit_ranges()

    def set_band(self, i: int, x: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> None:
        band = self.bands[i] if i < len(self.bands) else None
        if band is not None:
            self._note(i, "lo", x, lo)
            self._note(i, "hi", x, hi)
            x, lo, hi = thin(x, lo, hi)
            band[0].setData(x, lo)
            band[1].setData(x, hi)
            self.fit_ranges()

    def set_x_end(self, iterations: float) -> None:
        """The iteration the race ends at: the x axis spans it from the start, so it does not creep."""
        if iterations > 0 and iterations != self._x_end:
            self._x_end = float(iterations)
            self.fit_ranges()

    def _note(self, i: int, kind: str, x: np.ndarray, y: np.ndarray) -> None:
        finite = np.asarray(y, dtype=np.float64)
        finite = finite[np.isfinite(finite)]
        if finite.size and len(x):
            self._bounds[(i, kind)] = (float(finite.min()), float(finite.max()), float(np.max(x)))
        else:
            self._bounds.pop((i, kind), None)

    def _on_user_zoom(self, *_: Any) -> None:
        self._user_zoomed = True

    def fit_ranges(self, force: bool = False) -> None:
        """x spans the race (or the data, growing in steps); y fits the data with hysteresis: a loss axis
        starts at 0 and changes when the data leave it or use under a third of it, an accuracy axis fits the
        accuracies with a margin. A range the learner zoomed to is kept (until ``force``)."""
        if force:
            self._user_zoomed = False
        if self._user_zoomed or not self._bounds:
            return
        vb = self.plot.getViewBox()
        (_x0, x1), (y0, y1) = vb.viewRange()
        lo = min(b[0] for b in self._bounds.values())
        hi = max(b[1] for b in self._bounds.values())
        x_data = max(b[2] for b in self._bounds.values())
        x_end = self._x_end if self._x_end is not None and self._x_end >= x_data else None
        if x_end is None:
            x_end = x_data if x_data <= x1 / 1.02 else 1.5 * x_data
        if force or abs(x_end * 1.02 - x1) > 1e-9 * max(1.0, x_end):
            vb.setXRange(0, x_end, padding=0.02)
        fit = loss_y_range if self.kind == "loss" else accuracy_y_range
        fitted = fit(lo, hi, (y0, y1), force=force)
        if fitted is not None:
            vb.setYRange(*fitted, padding=0)

    def set_presentation(self, on: bool) -> None:
        self.presentation = on
        style.apply_plot_style(self.plot, on)
        for i, c in enumerate(self.curves):
            c.setPen(style.pen(self.colors[i % len(self.colors)] if len(self.curves) <= 12 else "#777777",
                               2.0 if len(self.curves) <= 12 else 1.0, on))


class GridView(QWidget):
    """Figure 6-19: one small plot per weight scale, training accuracy per epoch with and without BatchNorm."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.widget = pg.GraphicsLayoutWidget(self)
        self.legend = QLabel(self.tr("Training accuracy per epoch at each weight scale w: solid with BatchNorm, "
                                     "dashed without"), self)
        self.legend.setWordWrap(True)
        layout.addWidget(self.legend)
        layout.addWidget(self.widget)
        self.plots: dict[str, pg.PlotItem] = {}
        self.curves: dict[tuple[str, int], pg.PlotDataItem] = {}
        self.colors = ["#0072B2", "#D55E00"]
        self.presentation = False

    def reset(self, groups: list[str], colors: list[str]) -> None:
        self.widget.clear()
        self.plots, self.curves = {}, {}
        self.colors = colors or self.colors
        for n, g in enumerate(groups):
            p = self.widget.addPlot(row=n // 4, col=n % 4)
            p.setTitle(f"w = {g}", size=f"{style.font_size('body', self.presentation):.0f}pt")
            p.setYRange(0, 1, padding=0.02)
            p.hideButtons()
            p.setMouseEnabled(False, False)
            for k in (0, 1):
                pen = style.pen(self.colors[k], 1.5, self.presentation,
                                style=Qt.PenStyle.SolidLine if k == 0 else Qt.PenStyle.DashLine)
                self.curves[(g, k)] = p.plot(pen=pen)
            self.plots[g] = p

    def set_curve(self, group: str, k: int, x: np.ndarray, y: np.ndarray) -> None:
        curve = self.curves.get((group, k))
        if curve is not None:
            curve.setData(x, y)

    def set_presentation(self, on: bool) -> None:
        self.presentation = on
        f = self.legend.font()
        f.setPointSizeF(style.font_size("body", on))
        self.legend.setFont(f)
        for g, p in self.plots.items():
            p.setTitle(f"w = {g}", size=f"{style.font_size('body', on):.0f}pt")


class ScatterView(QWidget):
    """Figure 6-24: validation accuracy of each finished trial against lr and weight decay (log axes,
    colour = accuracy), and the best trials listed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.plot = pg.PlotWidget(split)
        self.plot.setLogMode(x=True, y=True)
        self.plot.setLabel("bottom", self.tr("learning rate"))
        self.plot.setLabel("left", self.tr("weight decay"))
        # a PlotDataItem (not a bare ScatterPlotItem): it follows the plot's log mode
        self.points = pg.PlotDataItem(pen=None, symbol="o", symbolPen=None, symbolSize=10)
        self.plot.addItem(self.points)
        self.cmap = pg.colormap.get("viridis")
        side = QWidget(split)
        sl = QVBoxLayout(side)
        sl.setContentsMargins(4, 0, 0, 0)
        self.best_title = QLabel(self.tr("Best trials (validation accuracy)"), side)
        self.best = QListWidget(side)
        sl.addWidget(self.best_title)
        sl.addWidget(self.best)
        split.addWidget(self.plot)
        split.addWidget(side)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 0)
        split.setSizes([560, 400])
        self.split = split
        for axis in ("bottom", "left"):  # log axes read 10^-3, not "1 (x0.001)"
            self.plot.getAxis(axis).enableAutoSIPrefix(False)
        self.best.setMinimumWidth(200)
        # an entry wraps at the list's width (no sideways scrolling to read a trial's weight decay)
        self.best.setWordWrap(True)
        self.best.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.best.setResizeMode(QListWidget.ResizeMode.Adjust)
        layout.addWidget(split)
        self.presentation = False
        style.apply_plot_style(self.plot)
        self.colour_note = QLabel(self.tr("colour: validation accuracy (dark 0, yellow 1)"), side)
        self.colour_note.setWordWrap(True)
        sl.insertWidget(0, self.colour_note)
        self.rows: list[tuple[str, float, float, float]] = []

    def reset(self) -> None:
        self.points.setData([], [])
        self.best.clear()
        self.rows = []

    def show(self, lrs: np.ndarray, wds: np.ndarray, accs: np.ndarray,  # type: ignore[override]
             best: list[tuple[str, float, float, float]]) -> None:
        ok = np.isfinite(accs)
        brushes = [pg.mkBrush(self.cmap.map(float(a), mode="qcolor")) for a in np.clip(accs[ok], 0, 1)]
        size = style.symbol_size(10, self.presentation)
        self.points.setData(lrs[ok], wds[ok], symbolBrush=brushes, symbolSize=size)  # the log mode takes log10
        if best != self.rows:
            self.rows = list(best)
            self.best.clear()
            for label, acc, lr, wd in best:
                self.best.addItem(self.tr("{0}: val acc {1:.3f} | lr {2:.2e}, weight decay {3:.2e}")
                                  .format(label, acc, lr, wd))

    def set_presentation(self, on: bool) -> None:
        self.presentation = on
        style.apply_plot_style(self.plot, on)
        f = self.best.font()
        f.setPointSizeF(style.font_size("body") * (1.2 if on else 1.0))  # the list grows less than the plot
        self.best.setFont(f)
        self.best_title.setFont(style.heading_font(False, "body"))
        self.colour_note.setFont(f)
        total = max(self.split.width(), 600)
        self.split.setSizes([int(total * 0.62), total - int(total * 0.62)])
        self.plot.getPlotItem().enableAutoRange()


class HistView(QWidget):
    """Figures 6-10 to 6-14 live: each hidden layer's activation histogram, one row per init scheme."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.widget = pg.GraphicsLayoutWidget(self)
        layout.addWidget(self.widget)
        self.bars: dict[tuple[int, int], pg.PlotDataItem] = {}
        self.plots: list[pg.PlotItem] = []
        self.presentation = False

    def reset(self, labels: list[str], layers: int) -> None:
        self.widget.clear()
        self.bars, self.plots = {}, []
        for i, label in enumerate(labels):
            for j in range(layers):
                p = self.widget.addPlot(row=i, col=j)
                p.hideButtons()
                p.setMouseEnabled(False, False)
                title = self.tr("{0}: layer {1}").format(label, j + 1)
                p.setTitle(title, size=f"{style.font_size('small', self.presentation):.0f}pt")
                item = pg.PlotDataItem(stepMode="center", fillLevel=0, brush=_color("#0072B2", 160),
                                       pen=pg.mkPen("#0072B2"))
                p.addItem(item)
                self.bars[(i, j)] = item
                self.plots.append(p)

    def show(self, i: int, stats: list) -> None:  # type: ignore[override]
        for j, s in enumerate(stats):
            item = self.bars.get((i, j))
            if item is not None:
                item.setData(s.edges, s.counts)

    def set_presentation(self, on: bool) -> None:
        self.presentation = on


class StatusView(QLabel):
    """What is racing and what the racers share (or an error, in the error style)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def show(self, text: str) -> None:  # type: ignore[override]
        self.setStyleSheet("")
        self.setText(text)
        self.setVisible(bool(text))

    def show_error(self, text: str) -> None:
        style.set_error_label(self, text)
        self.setVisible(True)
