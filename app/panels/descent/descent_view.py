"""The "Descent" tab: one optimizer walking down a surface (book figures 4-9 and 4-10), alive.

Everything numerical comes from core: ``core.descent.descend`` yields the steps, the surfaces
come from ``core.surfaces`` / ``core.expr``, the optimizers from ``core.optimizers``. This view
keeps the steps it pulled (so step back is exact) and draws them.
"""
from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dlfs_studio.app import style
from dlfs_studio.app.export import CsvTable
from dlfs_studio.app.growing_path import GrowingPath
from dlfs_studio.core.descent import GradientKind, descend
from dlfs_studio.core.optimizers import OPTIMIZERS, make_optimizer
from dlfs_studio.core.surfaces import DEFAULT_SURFACE, SURFACES, Surface

from .controls import control_form, scrolled_controls
from .cursor import StepCursor
from .descent_status import DescentStatus, diverged_at, short_point
from .fields import NumberField, start_layout
from .ledger import LedgerModel, LedgerView
from .playback import Playback
from .plotting import SurfaceLayer, clicked_point
from .surface_picker import OPTIMIZER_LABELS, SurfacePicker, fmt_point
from .value_chart import ValueChart

#: Steps recomputed when a parameter changes (in chunks, see StepCursor.RECOMPUTE_CHUNK); beyond this the
#: step index is clamped.
RECOMPUTE_LIMIT = 3000
MAX_STEPS = 10000


class DescentView(StepCursor, QWidget):
    """Controls | contour map + f(x) over iterations | step ledger.

    ``startChanged`` is emitted when the start point moves (typed, clicked or dragged)."""

    startChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presentation = False
        self.surface: Surface = SURFACES[DEFAULT_SURFACE]
        self.start = np.array(self.surface.default_start, dtype=float)
        self.step_index = 0
        self._hyper: dict[str, dict[str, float]] = {
            name: {k: v for k, v in make_optimizer(name).hyperparams().items() if k != "lr"}
            for name in OPTIMIZERS}
        self._build_controls()
        self._build_plots()
        self.ledger_model = LedgerModel(self)
        self.ledger = LedgerView(self.ledger_model, self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.controls_scroll)
        splitter.addWidget(self.plots_widget)
        splitter.addWidget(self.ledger)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self._sizes_before_presentation: list[int] = []
        splitter.setSizes(self._ledger_sizes(1250))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._rebuild(keep_cursor=False)
        self.layer.set_surface(self.surface)
        self._reset_range()

    # ================================================================== construction
    def _build_controls(self) -> None:
        box, form = control_form(self)
        form.setVerticalSpacing(6)
        self.form = form
        self.picker = SurfacePicker(parent=box)
        self.picker.surfaceChanged.connect(self._on_surface)
        form.addRow(self.picker)

        self.optimizer_combo = QComboBox(box)
        for key in OPTIMIZERS:
            self.optimizer_combo.addItem(OPTIMIZER_LABELS.get(key, key), key)
        self.optimizer_combo.setToolTip(self.tr("The update rule (chapter 6); SGD is the book's gradient descent."))
        self.optimizer_combo.currentIndexChanged.connect(self._on_optimizer)
        form.addRow(self.tr("Optimizer"), self.optimizer_combo)

        self.lr_field = NumberField(0.1, 1e-12, 100.0, log=True, parent=box,
                                    tooltip=self.tr("Learning rate η, used exactly as typed (e.g. 0.1)."))
        self.lr_field.valueChanged.connect(lambda _v: self._rebuild())
        form.addRow(self.tr("Learning rate"), self.lr_field)

        self.steps_field = NumberField(20, 1, MAX_STEPS, log=True, integer=True, parent=box,
                                       tooltip=self.tr("Number of updates (step_num in the book)."))
        self.steps_field.valueChanged.connect(lambda _v: self._rebuild())
        form.addRow(self.tr("Steps"), self.steps_field)

        self.gradient_combo = QComboBox(box)
        self.gradient_combo.addItem(self.tr("numerical (central difference)"), "numerical")
        self.gradient_combo.addItem(self.tr("analytic (formula)"), "analytic")
        self.gradient_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.gradient_combo.setMinimumContentsLength(10)
        self.gradient_combo.setToolTip(self.tr("Which gradient drives the steps; the ledger shows both."))
        self.gradient_combo.currentIndexChanged.connect(lambda _i: self._rebuild())
        form.addRow(self.tr("Gradient"), self.gradient_combo)

        self.h_field = NumberField(1e-4, 1e-12, 1.0, log=True, parent=box,
                                   tooltip=self.tr("Step h of the numerical gradient (the book uses 1e-4)."))
        self.h_field.valueChanged.connect(lambda _v: self._rebuild())
        form.addRow(self.tr("h"), self.h_field)

        # optimizer-specific hyperparameters (momentum, decay_rate, beta1, beta2)
        self.hyper_fields: dict[str, NumberField] = {}
        tips = {"momentum": self.tr("Momentum coefficient α: how much of the last velocity is kept."),
                "decay_rate": self.tr("RMSprop decay rate: how fast old squared gradients are forgotten."),
                "beta1": self.tr("Adam's β1: decay of the first-moment (mean) estimate."),
                "beta2": self.tr("Adam's β2: decay of the second-moment (squared) estimate.")}
        labels = {"momentum": self.tr("Momentum α"), "decay_rate": self.tr("Decay rate"),
                  "beta1": self.tr("β1"), "beta2": self.tr("β2")}
        for key in ("momentum", "decay_rate", "beta1", "beta2"):
            default = {"momentum": 0.9, "decay_rate": 0.99, "beta1": 0.9, "beta2": 0.999}[key]
            field = NumberField(default, 0.0, 0.9999, one_minus=True, tooltip=tips[key], parent=box)
            field.valueChanged.connect(lambda v, k=key: self._on_hyper(k, v))
            self.hyper_fields[key] = field
            form.addRow(labels[key], field)

        start_row = self._start_row = QWidget(box)
        self.start_x0 = NumberField(self.start[0], -1e6, 1e6, log=False, slider=False, parent=start_row,
                                    name="x0", message_below=False,
                                    tooltip=self.tr("Start x0; or click/drag on the map."))
        self.start_x1 = NumberField(self.start[1], -1e6, 1e6, log=False, slider=False, parent=start_row,
                                    name="x1", message_below=False,
                                    tooltip=self.tr("Start x1; or click/drag on the map."))
        start_layout(start_row, self.start_x0, self.start_x1)
        self.start_x0.valueChanged.connect(self._on_start_typed)
        self.start_x1.valueChanged.connect(self._on_start_typed)
        form.addRow(self.tr("Start"), start_row)

        self.playback = Playback(self.step_forward, self.step_back, self.reset, self.at_end,
                                 self.reset, speed=4.0, parent=box)
        form.addRow(self.playback)

        self.logy_box = QCheckBox(self.tr("log scale for f(x)"), box)
        self.logy_box.setChecked(True)
        self.logy_box.setToolTip(self.tr("Show f(x) against iteration on a logarithmic axis."))
        self.logy_box.toggled.connect(self._on_logy)
        form.addRow(self.logy_box)
        self.arrows_box = QCheckBox(self.tr("show −gradient arrows"), box)
        self.arrows_box.setChecked(True)
        self.arrows_box.setToolTip(self.tr("Draw the field of −gradient arrows (book figure 4-9)."))
        self.arrows_box.toggled.connect(lambda on: self.layer.set_arrows_visible(on))
        form.addRow(self.arrows_box)

        self.controls_scroll = scrolled_controls(box, 250, self)
        self._show_hyper_rows()

    def _build_plots(self) -> None:
        w = QWidget(self)
        v = QVBoxLayout(w)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(4)
        self.status_box = DescentStatus(w)
        self.status, self.message = self.status_box.label, self.status_box.message
        v.addWidget(self.status_box)

        self.map_plot = pg.PlotWidget(w)
        self.map_plot.setToolTip(self.tr("Click to set the start point; drag the cross to move it."))
        pi = self.map_plot.getPlotItem()
        pi.setLabel("bottom", "x0")
        pi.setLabel("left", "x1")
        pi.setMenuEnabled(False)
        self.map_plot.setAspectLocked(True)
        self.layer = SurfaceLayer(pi, arrows=True)
        self.trail = GrowingPath()
        self.trail.setZValue(10)
        pi.addItem(self.trail)
        self.current = pg.ScatterPlotItem()
        self.current.setZValue(12)
        pi.addItem(self.current)
        self.start_target = pg.TargetItem(pos=tuple(self.start), size=16, movable=True)
        self.start_target.setZValue(11)
        self.start_target.setToolTip(self.tr("The start point: drag it to move the start."))
        self.start_target.sigPositionChanged.connect(self._on_target_moved)
        pi.addItem(self.start_target)
        self.offmap = pg.TextItem(anchor=(0, 0), color=style.ERROR, fill=style.brush(style.theme()["background"], 220))
        self.offmap.setZValue(20)
        self.offmap.setVisible(False)
        pi.addItem(self.offmap, ignoreBounds=True)
        self.map_plot.scene().sigMouseClicked.connect(self._on_scene_click)

        for name in ("left", "bottom"):
            pi.getAxis(name).enableAutoSIPrefix(False)
        self.chart = ValueChart(w)
        self.value_plot, self.value_curve, self.value_marker = self.chart.plot, self.chart.curve, self.chart.marker

        self.plot_splitter = QSplitter(Qt.Orientation.Vertical, w)
        self.plot_splitter.addWidget(self.map_plot)
        self.plot_splitter.addWidget(self.value_plot)
        self.plot_splitter.setStretchFactor(0, 3)
        self.plot_splitter.setStretchFactor(1, 1)
        self.plot_splitter.setChildrenCollapsible(False)
        v.addWidget(self.plot_splitter, 1)
        self.plots_widget = w
        self._style_items()

    def _color(self) -> str:
        return style.OPTIMIZER_COLORS.get(self.optimizer_name(), style.ACCENT)

    def _style_items(self) -> None:
        on = self.presentation
        color = self._color()
        style.apply_plot_style(self.map_plot, on)
        self.chart.restyle(color, on)
        self.layer.set_presentation(on)
        self.trail.setPen(style.pen(color, 2.0, on))
        self.trail.setSymbol("o")
        self.trail.setSymbolSize(style.symbol_size(6, on))
        self.trail.setSymbolBrush(color)
        self.trail.setSymbolPen(style.pen("#ffffff", 0.8, on))
        self.current.setSize(style.symbol_size(14, on))
        self.current.setBrush(style.brush(color))
        self.current.setPen(style.pen("#ffffff", 2.0, on))
        self.start_target.setPen(style.pen(style.theme()["foreground"], 1.5, on))
        self.status_box.set_presentation(on)

    # ================================================================== parameters
    def optimizer_name(self) -> str:
        return str(self.optimizer_combo.currentData())

    def hyperparams(self) -> dict[str, float]:
        """The hyperparameters passed to core's make_optimizer, exactly as typed."""
        name = self.optimizer_name()
        hp = {"lr": float(self.lr_field.value())}
        hp.update(self._hyper[name])
        return hp

    def _show_hyper_rows(self) -> None:
        name = self.optimizer_name()
        for key, field in self.hyper_fields.items():
            visible = key in self._hyper[name] and not self.presentation
            self.form.setRowVisible(field, visible)
            if key in self._hyper[name]:
                field.set_value(self._hyper[name][key], emit=False)

    def _on_optimizer(self, _index: int) -> None:
        self._show_hyper_rows()
        self._style_items()
        self._rebuild()

    def _on_hyper(self, key: str, value: float) -> None:
        name = self.optimizer_name()
        if key in self._hyper[name]:
            self._hyper[name][key] = float(value)
            self._rebuild()

    def _on_surface(self, surface: Surface) -> None:
        self.playback.pause()
        self.surface = surface
        self.layer.set_surface(surface)
        self.start = np.array(surface.default_start, dtype=float)
        self._sync_start_widgets()
        self._rebuild(keep_cursor=False)
        self._reset_range()

    def _on_logy(self, on: bool) -> None:
        self.chart.set_log(on)
        self._refresh()

    # ------------------------------------------------------------------ start point
    def set_start(self, x0: float, x1: float) -> None:
        """Move the start point (exact floats); the path is recomputed up to the same step, so
        dragging the start shows the whole walk following it."""
        self.start = np.array([float(x0), float(x1)])
        self._sync_start_widgets()
        self._rebuild(keep_cursor=True)
        self.startChanged.emit()

    def _sync_start_widgets(self) -> None:
        self.start_x0.set_value(self.start[0], emit=False)
        self.start_x1.set_value(self.start[1], emit=False)
        self.start_target.blockSignals(True)
        self.start_target.setPos(QPointF(float(self.start[0]), float(self.start[1])))
        self.start_target.blockSignals(False)

    def _on_start_typed(self, _v: float) -> None:
        self.set_start(self.start_x0.value(), self.start_x1.value())

    def _on_target_moved(self, *_: object) -> None:
        pos = self.start_target.pos()
        x0, x1 = float(f"{pos.x():.4g}"), float(f"{pos.y():.4g}")
        if (x0, x1) != tuple(self.start):
            self.set_start(x0, x1)

    def map_click(self, view_point: QPointF) -> None:
        """Handle a click at ``view_point`` (data coordinates): it becomes the new start point."""
        # 4 significant digits: a click cannot be more precise than that, and the fields stay readable.
        self.set_start(float(f"{view_point.x():.4g}"), float(f"{view_point.y():.4g}"))

    def _on_scene_click(self, event: Any) -> None:
        point = clicked_point(self.map_plot, event)
        if point is not None:
            self.map_click(point)

    # ================================================================== the run
    def _factory(self):
        surface, start = self.surface, self.start.copy()
        optimizer = make_optimizer(self.optimizer_name(), **self.hyperparams())
        steps = int(self.steps_field.value())
        analytic = self.gradient_combo.currentData() == "analytic" and surface.grad is not None
        gradient: GradientKind = "analytic" if analytic else "numerical"
        h = float(self.h_field.value())
        return lambda: descend(surface, optimizer, start, steps, gradient=gradient, h=h)

    def _rebuild(self, keep_cursor: bool = True) -> None:
        """New run from the current parameters; recompute up to the same step (cheap) so the path is live."""
        if not hasattr(self, "layer"):
            return
        target = min(self.step_index, RECOMPUTE_LIMIT) if keep_cursor else 0
        self.gradient_combo.setEnabled(self.surface.grad is not None)
        self.start_run_in_chunks(self._factory(), target)
        self._refresh(full=True)

    @property
    def steps(self) -> list[Any]:
        """The core DescentSteps computed so far (index k is step k)."""
        return self.cache.items

    def current_step(self) -> Any:
        return self.cache.items[self.step_index]

    def shown_steps(self) -> list[Any]:
        """Steps 0..step_index, as drawn and listed in the ledger."""
        return self.cache.items[: self.step_index + 1]

    def reset(self) -> None:
        """Back to step 0, and the map back to the surface's own view."""
        super().reset()
        self._reset_range()

    # ================================================================== drawing
    def _state_keys(self) -> list[str]:
        keys: list[str] = []
        for s in self.cache.items[: self.step_index + 1][-2:] + self.cache.items[1:2]:
            for k in s.state:
                if k not in keys:
                    keys.append(k)
        return keys

    def _refresh(self, full: bool = False) -> None:
        shown = self.shown_steps()
        if not shown:
            return
        xs = np.array([s.x for s in shown])
        ok = np.all(np.isfinite(xs), axis=1)
        if ok.any():
            self.trail.set_path(xs[:, 0], xs[:, 1])
        else:
            self.trail.set_path(np.empty(0), np.empty(0))
        cur = shown[-1]
        self.current.setData(pos=[cur.x] if np.all(np.isfinite(cur.x)) else [])
        if full:
            self.chart.forget_range()
        self.chart.show(np.array([s.value for s in shown], dtype=float))
        keys = self._state_keys()
        if full:
            self.ledger_model.set_steps(self.cache.items, 0, keys)
        self.ledger_model.set_steps(self.cache.items, len(shown), keys)
        self.ledger.scrollToBottom()
        self.status_box.show_step(self.cache.items, self.step_index, int(self.steps_field.value()), self.surface,
                                  self.gradient_combo.currentData() == "numerical")
        self._follow(xs)

    def diverged_at(self) -> int | None:
        """The first shown step core marks as diverged (or flown off, the book's sense), else None."""
        return diverged_at(self.shown_steps())

    # ------------------------------------------------------------------ view range
    def _reset_range(self) -> None:
        (xmin, xmax), (ymin, ymax) = self.surface.view
        self.layer.set_surface(self.surface)
        self.map_plot.getPlotItem().vb.setRange(xRange=(xmin, xmax), yRange=(ymin, ymax), padding=0.02)
        self.offmap.setVisible(False)

    def _follow(self, xs: np.ndarray) -> None:
        """Keep the walk visible: widen the map (and redraw the surface) while the path stays within
        50x the surface's own view; beyond that keep the view and say where the point went."""
        finite = xs[np.all(np.isfinite(xs), axis=1)]
        (xmin, xmax), (ymin, ymax) = self.surface.view
        if finite.size:
            lo = np.minimum(finite.min(axis=0), [xmin, ymin])
            hi = np.maximum(finite.max(axis=0), [xmax, ymax])
        else:
            lo, hi = np.array([xmin, ymin]), np.array([xmax, ymax])
        span = max(xmax - xmin, ymax - ymin)
        cur = xs[-1]
        vb = self.map_plot.getPlotItem().vb
        inside = bool(np.all(np.isfinite(cur))) and float(np.max(hi - lo)) <= 50 * span
        view_now = self.layer.view
        if inside:
            self.offmap.setVisible(False)
            needed = ((float(lo[0]), float(hi[0])), (float(lo[1]), float(hi[1])))
            if view_now is not None and (needed[0][0] < view_now[0][0] or needed[0][1] > view_now[0][1]
                                         or needed[1][0] < view_now[1][0] or needed[1][1] > view_now[1][1]):
                pad = 0.08 * max(hi - lo)
                wide = ((needed[0][0] - pad, needed[0][1] + pad), (needed[1][0] - pad, needed[1][1] + pad))
                self.layer.set_surface(self.surface, wide)
                vb.setRange(xRange=wide[0], yRange=wide[1], padding=0.0)
            return
        # far away: show the surface view (widened to 50x at most) and a note
        point = short_point(cur) if self.presentation else fmt_point(cur)
        self.offmap.setText(self.tr("point off the map: x = {0}").format(point))
        # wrapped within the map (a projector's font would push the numbers past its right edge)
        self.offmap.setTextWidth(max(80.0, vb.width() - 12))
        (vx0, _vx1), (_vy0, vy1) = vb.viewRange()
        self.offmap.setPos(vx0, vy1)
        self.offmap.setVisible(True)

    # ================================================================== panel glue
    def _ledger_sizes(self, total: int) -> list[int]:
        """Splitter sizes that give the ledger the width showing k, x0, x1 and f(x) whole; the rest scrolls."""
        ledger = max(400, self.ledger.sizeHint().width())
        return [290, total - 290 - ledger, ledger]

    def set_presentation(self, on: bool) -> None:
        leaving = self.presentation and not on
        self.presentation = on
        if on and self.ledger.isVisible():
            self._sizes_before_presentation = self.splitter.sizes()
        self.ledger.setVisible(not on)
        if leaving:  # back to the widths before, or (ledger never shown yet) the ledger's own width
            self.splitter.setSizes(self._sizes_before_presentation or self._ledger_sizes(sum(self.splitter.sizes())))
        # without the ledger there is room to put f(x) beside the (square) map instead of under it
        self.plot_splitter.setOrientation(Qt.Orientation.Horizontal if on else Qt.Orientation.Vertical)
        total = max(self.plot_splitter.width() if on else self.plot_splitter.height(), 400)
        self.plot_splitter.setSizes([int(total * (0.6 if on else 0.75)), int(total * (0.4 if on else 0.25))])
        for row_widget in (self.gradient_combo, self.h_field, self._start_row, self.arrows_box):
            self.form.setRowVisible(row_widget, not on)
        self.playback.set_presentation(on)
        self.picker.description.setVisible(not on)
        self.picker.restyle()
        for field in self.findChildren(NumberField):
            field.restyle()
        self._show_hyper_rows()
        self._style_items()
        self._refresh()
        font = self.offmap.textItem.font()
        font.setPointSizeF(style.font_size("body", on))
        self.offmap.setFont(font)

    def ledger_csv(self) -> CsvTable:
        return self.ledger_model.csv_table()

    def shutdown(self) -> None:
        self.playback.pause()
