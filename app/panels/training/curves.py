"""The curves of the runs: loss per mini-batch and accuracy per evaluation, every visible run overlaid.

:class:`CurvesView` draws what it is given (:meth:`set_runs`, :meth:`update_run`, :meth:`set_cursor`) and
knows nothing of workers or the controller. Per run it keeps one moving-average curve, the raw losses of
the selected run, two accuracy curves and its event markers (lr / optimizer changes); items are created
once per run and updated with ``setData``. The curves that grow while a run trains are :class:`GrowingPath`
items: frozen pieces and a live tail, so a redraw repaints only where they grow. A fork is drawn from its
fork point, so its branch leaves the parent's curve there. The accuracy axis fits the accuracies (a train/test
gap stays visible); while a run trains it runs to 1 and only widens, so it is not redrawn at each evaluation.
"""
from __future__ import annotations

import time
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dlfs_studio.app import style
from dlfs_studio.app.growing_path import GrowingPath
from dlfs_studio.app.panels.training.records import RunRecord, legend_labels
from dlfs_studio.app.plotting import accuracy_y_range, cache_axes, cache_static, loss_y_range

from .curve_data import MA_POINTS, RAW_BINS, moving_average, peak_decimate
from .curve_items import RunItems as _RunItems

__all__ = ["CURVE_REDRAW_S", "MA_POINTS", "RAW_BINS", "CurvesView", "moving_average", "peak_decimate"]

#: Minimum seconds between two redraws of a running run's loss curve.
CURVE_REDRAW_S = 0.2


def _own_start(run: RunRecord) -> int:
    """Where a run's own curves begin: a fork's at its fork point (before it, they are its parent's)."""
    return run.fork_iteration if run.parent is not None else 0


class CurvesView(QWidget):
    """Loss (top) and accuracy (bottom) of every visible run on shared axes, with a legend naming what differs."""

    zoomed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._presentation = False
        self._items: dict[int, _RunItems] = {}
        self._runs: list[RunRecord] = []
        self._selected: RunRecord | None = None
        self._last_draw = 0.0
        self._user_zoomed = False
        self._reference: tuple[float, str] | None = None
        self._raw_color = ""
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        opts = QHBoxLayout()
        self.logy_check = QCheckBox(self.tr("Logarithmic loss axis"), self)
        self.logy_check.setToolTip(self.tr("Show the loss on a log scale: late, slow progress becomes visible"))
        self.logy_check.toggled.connect(self._on_logy)
        opts.addWidget(self.logy_check)
        opts.addWidget(QLabel(self.tr("Moving average over"), self))
        self.ma_spin = QSpinBox(self)
        self.ma_spin.setRange(2, 5000)
        self.ma_spin.setValue(100)
        self.ma_spin.setSuffix(self.tr(" iterations"))
        self.ma_spin.setToolTip(self.tr("Window of the moving average drawn over the raw mini-batch losses"))
        self.ma_spin.valueChanged.connect(lambda _v: self.redraw(force=True))
        opts.addWidget(self.ma_spin)
        self.autorange_button = QPushButton(self.tr("Fit view"), self)
        self.autorange_button.setToolTip(self.tr("Zoom out to show all the data (drag or scroll on a plot to zoom)"))
        self.autorange_button.clicked.connect(self.fit)
        opts.addWidget(self.autorange_button)
        opts.addStretch(1)
        self.options = QWidget(self)
        self.options.setLayout(opts)
        v.addWidget(self.options)
        split = QSplitter(Qt.Orientation.Vertical, self)
        self.loss_plot = pg.PlotWidget(split)
        self.loss_plot.setTitle(self.tr("Training loss per mini-batch"))
        self.loss_plot.setLabel("left", self.tr("cross-entropy loss"))
        self.loss_plot.setLabel("bottom", self.tr("iteration"))
        # the legends are one row across the top of each plot, and the y ranges leave them that room
        # (legend_room): a legend box never covers a curve or an accuracy point
        self.loss_legend = self.loss_plot.addLegend(offset=(-10, 4))
        raw = pg.mkColor(style.ACCENT)
        raw.setAlpha(70)
        self.loss_raw = GrowingPath([], [], chunk=256, pen=style.pen(raw, 1), antialias=False, skipFiniteCheck=True)
        self.loss_plot.addItem(self.loss_raw)
        self.loss_plot.getViewBox().sigRangeChangedManually.connect(self._on_user_zoom)
        style.apply_plot_style(self.loss_plot)
        self.acc_plot = pg.PlotWidget(split)
        self.acc_plot.setTitle(self.tr("Accuracy (train ●—, test ■ - -)"))
        self.acc_plot.setLabel("left", self.tr("accuracy"))
        self.acc_plot.setLabel("bottom", self.tr("epoch"))
        self.acc_plot.getAxis("left").enableAutoSIPrefix(False)
        self.acc_plot.getAxis("bottom").enableAutoSIPrefix(False)
        self.loss_plot.getAxis("bottom").enableAutoSIPrefix(False)
        self.acc_legend = self.acc_plot.addLegend(offset=(-10, 4))
        self.acc_plot.getViewBox().enableAutoRange(axis="y", enable=False)
        self.acc_plot.getViewBox().sigRangeChangedManually.connect(self._on_user_zoom)
        self.reference_curve = pg.PlotDataItem([], [], pen=style.pen(style.OK, 1.5, style=Qt.PenStyle.DashDotLine))
        self.acc_plot.addItem(self.reference_curve)
        cache_static(self.reference_curve)  # it changes with the settings, not with the run
        self.reference_label = ""
        self.loss_cursor = pg.InfiniteLine(angle=90, movable=False, pen=style.pen(style.muted_color(), 1.5,
                                                                                  style=Qt.PenStyle.DotLine))
        self.acc_cursor = pg.InfiniteLine(angle=90, movable=False, pen=style.pen(style.muted_color(), 1.5,
                                                                                 style=Qt.PenStyle.DotLine))
        for plot, cursor in ((self.loss_plot, self.loss_cursor), (self.acc_plot, self.acc_cursor)):
            cursor.setVisible(False)
            plot.addItem(cursor)
        style.apply_plot_style(self.acc_plot)
        for plot in (self.loss_plot, self.acc_plot):
            # axes and legends cached as pixmaps: a new curve point repaints the curve, not the tick labels
            cache_axes(plot.getPlotItem())
            legend = plot.getPlotItem().legend
            if legend is not None:
                cache_static(legend)
                legend.layout.setContentsMargins(4, 0, 4, 0)  # one slim row
                legend.layout.setHorizontalSpacing(8)  # (pyqtgraph's default differs between versions: 25 or 5)
        split.addWidget(self.loss_plot)
        split.addWidget(self.acc_plot)
        split.setSizes([330, 290])
        self.split = split
        v.addWidget(split, 1)
        self._legend_text: dict[int, str] = {}
        self._room_drawn: float | None = None
        self.clear_axes()
        self._bounds: dict[int, tuple[Any, int, float, float]] = {}  # run id: (losses, count, min, max)
        self._accuracy_pending: set[int] = set()
        self._accuracy_timer = QTimer(self)
        self._accuracy_timer.setSingleShot(True)
        self._accuracy_timer.setInterval(1)  # a timer, not a posted event: the loss plot's repaint goes first
        self._accuracy_timer.timeout.connect(self._draw_accuracy_later)
        # the legends' rows and share of the height follow the size: refitted once the resizing is over (never
        # inside it: a resize can come in the middle of a paint, where the legend must not change)
        self._refit_timer = QTimer(self)
        self._refit_timer.setSingleShot(True)
        self._refit_timer.setInterval(0)
        self._refit_timer.timeout.connect(self._refit_legends)
        for plot in (self.loss_plot, self.acc_plot):
            plot.getViewBox().sigResized.connect(self._refit_timer.start)

    # ------------------------------------------------------------------ runs
    def set_runs(self, runs: list[RunRecord], selected: RunRecord | None) -> None:
        """Which runs exist (in order), which is selected (its raw losses are drawn); redraws everything."""
        self._runs = list(runs)
        self._selected = selected
        ids = {r.id for r in runs}
        for rid in [k for k in self._items if k not in ids]:
            self._items.pop(rid).remove(self.loss_plot, self.acc_plot)
            self._bounds.pop(rid, None)
        for r in runs:
            items = self._items.get(r.id)
            if items is None or items.color != r.color:
                if items is not None:
                    items.remove(self.loss_plot, self.acc_plot)
                self._items[r.id] = _RunItems(self.loss_plot, self.acc_plot, r.color)
                self._style_items(self._items[r.id])
            self._items[r.id].set_visible(r.visible)
        self._update_legends()
        self.redraw(force=True)

    def _update_legends(self) -> None:
        visible = [r for r in self._runs if r.visible]
        labels = legend_labels(visible) if len(visible) > 1 else {r.id: r.name for r in visible}
        if labels == self._legend_text:
            return
        self._legend_text = labels
        for legend in (self.loss_legend, self.acc_legend):
            if legend is not None:
                legend.clear()
        for r in visible:
            items = self._items[r.id]
            if self.loss_legend is not None:
                self.loss_legend.addItem(items.ma, labels[r.id])
        if self.loss_legend is not None:
            self._fit_columns(self.loss_legend, self.loss_plot, len(visible))
        if self.acc_legend is not None:
            sel = self._selected if self._selected in visible else (visible[-1] if visible else None)
            if sel is not None:
                self.acc_legend.addItem(self._items[sel.id].train, self.tr("train accuracy"))
                self.acc_legend.addItem(self._items[sel.id].test, self.tr("test accuracy"))
            if self.reference_label:
                self.acc_legend.addItem(self.reference_curve, self.reference_label)
            self._fit_columns(self.acc_legend, self.acc_plot, len(self.acc_legend.items))
        self._room_drawn = None  # the legends' heights may have changed: fit the ranges again

    def _refit_legends(self) -> None:
        """Columns (the entries stay) and ranges for the plots' new size."""
        if self.loss_legend is not None:
            self._fit_columns(self.loss_legend, self.loss_plot, len(self.loss_legend.items))
        if self.acc_legend is not None:
            self._fit_columns(self.acc_legend, self.acc_plot, len(self.acc_legend.items))
        self._fit_ranges()

    def legend_texts(self) -> list[str]:
        """The loss legend's entries (one per visible run)."""
        return [self._legend_text[r.id] for r in self._runs if r.visible and r.id in self._legend_text]

    def update_run(self, run: RunRecord, force: bool = False) -> None:
        """New data of ``run`` (at most every :data:`CURVE_REDRAW_S` unless ``force``).

        While ``run`` trains, a new evaluation's accuracy is drawn in a later turn of the event loop, and the
        loss keeps its pace: redrawing both plots in one go held the GUI thread for the longest stalls of a run."""
        now = time.perf_counter()
        live = run.status == "running"
        items = self._items.get(run.id)
        if live and items is not None and len(run.evals) != items.drawn_evals:
            self._accuracy_pending.add(run.id)
            self._accuracy_timer.start()
            force = False
        if not force and now - self._last_draw < CURVE_REDRAW_S:
            return
        self._last_draw = now
        self._draw_run(run, accuracy=not live)
        self._fit_ranges()

    def redraw(self, force: bool = True) -> None:
        for r in self._runs:
            self._draw_run(r)
        if self._selected is None or not self._selected.visible:
            self.loss_raw.set_path(np.empty(0), np.empty(0))
        self._fit_ranges()

    def _draw_run(self, run: RunRecord, accuracy: bool = True) -> None:
        items = self._items.get(run.id)
        if items is None:
            return
        x, y = run.iterations.view(), run.losses.view()
        start = _own_start(run)
        planned = int(run.progress.total_iterations) if run.progress is not None else len(y)
        xs, ma = moving_average(x, y, self.ma_spin.value(), planned)
        keep = xs >= start
        items.ma.set_path(xs[keep], ma[keep])
        fork = None
        if run.parent is not None and len(xs):
            k = min(int(np.searchsorted(xs, start)), len(xs) - 1)
            fork = (float(xs[k]), float(ma[k]))
        if fork != items.drawn_fork:
            items.fork.setData([fork[0]] if fork else [], [fork[1]] if fork else [])
            items.drawn_fork = fork
        selected = self._selected
        if selected is not None and run is selected and run.visible:
            n0 = int(np.searchsorted(x, start, side="left"))
            if self._raw_color != run.color:
                raw = pg.mkColor(run.color)
                raw.setAlpha(70)
                self.loss_raw.setPen(style.pen(raw, 1, self._presentation))
                self._raw_color = run.color
            self.loss_raw.set_path(*self._raw_points(x[n0:], y[n0:], planned))
        if accuracy:
            self._draw_accuracy(run, items)
        if items.drawn_events != len(run.events):
            self._draw_events(run, items)

    def _draw_accuracy(self, run: RunRecord, items: _RunItems) -> None:
        if len(run.evals) == items.drawn_evals:
            return
        start = _own_start(run)
        evals = [e for e in run.evals if e.iteration >= start] if run.parent is not None else run.evals
        ep = np.array([self._epoch_of(run, e) for e in evals], dtype=float)
        items.train.set_path(ep, np.array([e.train_acc for e in evals], dtype=float))
        items.test.set_path(ep, np.array([e.test_acc for e in evals], dtype=float))
        items.drawn_evals = len(run.evals)

    def _draw_accuracy_later(self) -> None:
        """The evaluations that came during a run, in a turn of the event loop of their own."""
        pending, self._accuracy_pending = self._accuracy_pending, set()
        for run in self._runs:
            items = self._items.get(run.id)
            if run.id in pending and items is not None:
                self._draw_accuracy(run, items)
        self._fit_ranges()

    def _raw_points(self, x: np.ndarray, y: np.ndarray, planned: int) -> tuple[np.ndarray, np.ndarray]:
        """The raw losses as drawn: :data:`RAW_BINS` bins across the run's planned span, or, zoomed in, across the
        span in view (panning keeps the bins, so the drawn pieces stay)."""
        span = max(planned, len(y))
        if self._user_zoomed:
            x0, x1 = self.loss_plot.getViewBox().viewRange()[0]
            span = int(x1 - x0) + 1
        return peak_decimate(x, y, -(-span // RAW_BINS))

    @staticmethod
    def _epoch_of(run: RunRecord, e: Any) -> float:
        """An evaluation's place on the epoch axis (the book's first evaluation is at epoch 0)."""
        return float(e.epoch)

    def _draw_events(self, run: RunRecord, items: _RunItems) -> None:
        for m in items.markers:
            self.loss_plot.removeItem(m)
        items.markers = []
        for ev in run.events:
            line = pg.InfiniteLine(pos=ev.iteration, angle=90, movable=False,
                                   pen=style.pen(run.color, 1.2, style=Qt.PenStyle.DashLine),
                                   label=ev.text, labelOpts={"position": 0.92, "color": run.color,
                                                             "movable": False})
            line.setToolTip(ev.text)
            line.setVisible(run.visible)
            self.loss_plot.addItem(line)
            items.markers.append(line)
        items.drawn_events = len(run.events)

    def event_marker_texts(self, run: RunRecord) -> list[str]:
        items = self._items.get(run.id)
        return [m.label.toPlainText() for m in items.markers] if items is not None else []

    # ------------------------------------------------------------------ axes
    def clear_axes(self) -> None:
        self._user_zoomed = False
        self._x_target: float | None = None
        self._acc_x_target: float | None = None
        self.loss_plot.setRange(xRange=(0, 1), yRange=(0, 1), padding=0.02)
        self.acc_plot.setXRange(0, 1, padding=0.02)
        self.acc_plot.setYRange(0.0, 1.0, padding=0.02)

    def fit(self) -> None:
        """Show all the data again (after a zoom)."""
        self._user_zoomed = False
        self._x_target = self._acc_x_target = None
        self.redraw(force=True)

    def _on_user_zoom(self, *_: Any) -> None:
        self._user_zoomed = True
        self._x_target = self._acc_x_target = None
        selected = self._selected
        if selected is not None and selected.visible:  # the raw losses' bins follow the span in view
            self._draw_run(selected)

    def _fit_ranges(self) -> None:
        """x spans what the visible runs plan (a running run) or trained (an ended one); the loss's y range
        changes only when the data leave it or use less than half of it; the accuracy's y range fits the
        accuracies with a margin, never squashed into 0-1."""
        if self._user_zoomed:
            return
        visible = [r for r in self._runs if r.visible]
        if not visible:
            return
        x_end, epochs, lo, hi = 1, 0.0, np.inf, -np.inf
        acc: list[float] = []
        for r in visible:
            p = r.progress
            running = r.status in ("running", "paused") and p is not None
            end = int(p.total_iterations) if running else r.iteration
            x_end = max(x_end, end)
            if running and p.iteration > 0:
                epochs = max(epochs, float(p.epoch) * p.total_iterations / max(p.iteration, 1))
            elif p is not None:
                epochs = max(epochs, float(p.epoch))
            epochs = max(epochs, max((float(e.epoch) for e in r.evals), default=0.0))
            r_lo, r_hi = self._loss_bounds(r)
            lo, hi = min(lo, r_lo), max(hi, r_hi)
            for e in r.evals:
                acc.extend((e.train_acc, e.test_acc))
        vb = self.loss_plot.getViewBox()
        (_x0, _x1), (y0, y1) = vb.viewRange()
        # a range set again repaints the axes (the costliest part of a frame): only when it changes
        if self._x_target != x_end:
            self._x_target = x_end
            vb.setXRange(0, x_end, padding=0.01)
        if np.isfinite(lo):
            log = self.logy_check.isChecked()
            if log:
                lo, hi = np.log10(max(lo, 1e-12)), np.log10(max(hi, 1e-12))
            room = self.legend_room(self.loss_plot, self.loss_legend)
            fitted = loss_y_range(lo, hi, (y0, y1), room, force=room != self._room_drawn, from_zero=not log)
            if fitted is not None:
                vb.setYRange(*fitted, padding=0)
                self._room_drawn = room
        avb = self.acc_plot.getViewBox()
        (_ax0, _ax1), (ay0, ay1) = avb.viewRange()
        want = float(max(np.ceil(epochs - 1e-6), 1.0))  # whole epochs: no "x0.001" axis, no creeping range
        if self._acc_x_target != want:
            self._acc_x_target = want
            avb.setXRange(0, want, padding=0.02)
        finite_acc = [a for a in acc if np.isfinite(a)]  # the book's reference may run off the axis
        if finite_acc:
            live = any(r.status == "running" for r in visible)  # the axis only widens: fewer full repaints
            fitted = accuracy_y_range(min(finite_acc), max(finite_acc), (ay0, ay1),
                                      self.legend_room(self.acc_plot, self.acc_legend), grow_only=live)
            if fitted is not None:
                avb.setYRange(*fitted, padding=0)

    def _loss_bounds(self, run: RunRecord) -> tuple[float, float]:
        """The smallest and largest finite loss of ``run`` (inf, -inf: none), updated with the new losses only."""
        losses, y = run.losses, run.losses.view()
        seen, n, lo, hi = self._bounds.get(run.id, (None, 0, np.inf, -np.inf))
        if seen is not losses or len(y) < n:
            n, lo, hi = 0, np.inf, -np.inf
        new = y[n:]
        finite = new[np.isfinite(new)]
        if len(finite):
            lo, hi = min(lo, float(finite.min())), max(hi, float(finite.max()))
        self._bounds[run.id] = (losses, len(y), lo, hi)
        return lo, hi

    @staticmethod
    def _fit_columns(legend: Any, plot: pg.PlotWidget, n: int) -> None:
        """As many columns as fit the plot's width (one row when they all fit)."""
        width = plot.getViewBox().width()
        gap = 2 * legend.layout.horizontalSpacing()
        entries = [sample.boundingRect().width() + label.item.boundingRect().width() + gap
                   for sample, label in legend.items]
        for columns in range(max(n, 1), 0, -1):
            # the grid's columns are as wide as their widest entry (the layout's own size lags behind)
            needed = sum(max(entries[c::columns], default=0.0) for c in range(columns)) + 8
            if columns == 1 or width <= 1 or needed <= width - 20:
                break
        legend.setColumnCount(columns)
        # pyqtgraph sizes a legend from its entries' current widths, so once stretched (a longer entry, more
        # columns) it never shrank back and a shorter row stood off the plot's left edge: at most the layout's width
        rect = legend.geometry()
        width = min(rect.width(), legend.layout.preferredWidth())
        if width < rect.width():
            legend.setGeometry(QRectF(0, 0, width, rect.height()))

    @staticmethod
    def legend_room(plot: pg.PlotWidget, legend: Any) -> float:
        """The share of ``plot``'s height its legend's row takes at the top (0 without a shown legend), rounded
        so that a relayout by a pixel does not refit the axis."""
        if legend is None or not legend.isVisible() or not legend.items:
            return 0.0
        height = plot.getViewBox().height()
        if height <= 1:
            return 0.0
        return min(round((legend.boundingRect().height() + 6) / height, 2), 0.5)

    def accuracy_range(self) -> tuple[float, float]:
        lo, hi = self.acc_plot.getViewBox().viewRange()[1]
        return float(lo), float(hi)

    def _on_logy(self, on: bool) -> None:
        self.loss_plot.setLogMode(y=on)
        self.fit()

    # ------------------------------------------------------------------ cursor and reference
    def set_cursor(self, iteration: int | None, epoch: float | None = None) -> None:
        """The timeline's position (None hides it)."""
        self.loss_cursor.setVisible(iteration is not None)
        self.acc_cursor.setVisible(iteration is not None and epoch is not None)
        if iteration is not None:
            self.loss_cursor.setValue(iteration)
            if epoch is not None:
                self.acc_cursor.setValue(epoch)

    def set_reference(self, epochs: np.ndarray | None, accuracy: np.ndarray | None, label: str) -> None:
        """The book's test accuracy per epoch (a curve; one value is drawn as a line over the run), or none."""
        if epochs is None or accuracy is None or not label:
            self.reference_curve.setData([], [])
            self._reference = None
        else:
            self.reference_curve.setData(np.asarray(epochs, dtype=float), np.asarray(accuracy, dtype=float))
            self._reference = (float(np.min(accuracy)), label)
        if label != self.reference_label:
            self.reference_label = label
            self._legend_text = {}
            self._update_legends()

    # ------------------------------------------------------------------ presentation
    def _style_items(self, items: _RunItems) -> None:
        on = self._presentation
        items.ma.setPen(style.pen(items.color, 2.5, on))
        items.train.setPen(style.pen(items.color, 2, on))
        items.test.setPen(style.pen(items.color, 2, on, style=Qt.PenStyle.DashLine))
        for item in (items.train, items.test):
            item.setSymbolSize(style.symbol_size(7, on))

    def set_presentation_mode(self, on: bool) -> None:
        self._presentation = on
        self.options.setVisible(not on)
        # at projector size the long axis title would not fit the plot's height (e.g. 交差エントロピー誤差);
        # the plot's title already says which loss
        self.loss_plot.setLabel("left", self.tr("loss") if on else self.tr("cross-entropy loss"))
        if self.acc_legend is not None:
            # on a projector the short accuracy plot has no room for a legend box over its points: the title's
            # key (train ●—, test ■ - -) says what the markers are
            self.acc_legend.setVisible(not on)
        for plot in (self.loss_plot, self.acc_plot):
            style.apply_plot_style(plot, on)
        raw = pg.mkColor(style.ACCENT)
        raw.setAlpha(70)
        self.loss_raw.setPen(style.pen(raw, 1, on))
        for items in self._items.values():
            self._style_items(items)
        self._raw_color = ""
        self.split.setSizes([330, 330] if on else [330, 290])
        self._refit_legends()  # the legends' columns and room follow the mode
