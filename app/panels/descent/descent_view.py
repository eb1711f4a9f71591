"""The "Descent" tab: one optimizer walking down a surface (book figures 4-9 and 4-10), alive.

Everything numerical comes from core: ``core.descent.descend`` yields the steps, the surfaces
come from ``core.surfaces`` / ``core.expr``, the optimizers from ``core.optimizers``. This view
keeps the steps it pulled (so step back is exact) and draws them.
"""
from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dlfs_studio.app import style
from dlfs_studio.app.export import CsvTable
from dlfs_studio.app.expr_errors import expression_error_text
from dlfs_studio.core.descent import descend
from dlfs_studio.core.optimizers import OPTIMIZERS, make_optimizer
from dlfs_studio.core.surfaces import DEFAULT_SURFACE, SURFACES, Surface

from .controls import control_form, scrolled_controls
from .cursor import StepCursor
from .fields import NumberField, start_layout
from .ledger import LedgerModel, LedgerView, format_cell
from .playback import Playback
from .plotting import LogAxis, SurfaceLayer, clicked_point

#: Display names of the optimizers (keys are core's).
OPTIMIZER_LABELS = {"sgd": "SGD", "momentum": "Momentum", "nesterov": "Nesterov", "adagrad": "AdaGrad",
                    "rmsprop": "RMSprop", "adam": "Adam"}
#: Steps recomputed synchronously when a parameter changes; beyond this the cursor is clamped.
RECOMPUTE_LIMIT = 3000
MAX_STEPS = 10000
CUSTOM = "__custom__"


def fmt_point(x: Any) -> str:
    return f"({format_cell(float(x[0]))}, {format_cell(float(x[1]))})"


def parse_expression(text: str) -> Surface:
    """Parse user text with core's safe parser (raises core.expr.ExpressionError, a ValueError)."""
    from dlfs_studio.core.expr import surface_from_expression

    return surface_from_expression(text)


class SurfacePicker(QWidget):
    """Surface combo (core's list) plus a custom-expression field with an inline error message.

    Emits ``surfaceChanged(Surface)`` only for a good surface; a bad expression shows its message
    (with the position) and leaves the last good surface in place.
    """

    surfaceChanged = Signal(object)

    def __init__(self, initial: str = DEFAULT_SURFACE, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.combo = QComboBox(self)
        for name, surface in SURFACES.items():
            self.combo.addItem(f"{name}:  {surface.formula}", name)
        self.combo.addItem(self.tr("custom: type f(x0, x1)…"), CUSTOM)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(14)
        self.combo.setToolTip(self.tr("Choose the function to descend, or 'custom' to type your own."))
        self.combo.setCurrentIndex(max(0, self.combo.findData(initial)))
        layout.addWidget(self.combo)
        row = QHBoxLayout()
        self.expr_edit = QLineEdit(self)
        self.expr_edit.setPlaceholderText(self.tr("e.g. x0**2 + 3*sin(x1)"))
        self.expr_edit.setToolTip(self.tr("Type a function of x0 and x1 and press Enter; it is parsed "
                                          "safely by core (never evaluated as Python)."))
        self.apply_button = QPushButton(self.tr("Use"), self)
        self.apply_button.setToolTip(self.tr("Draw and descend the typed function."))
        row.addWidget(self.expr_edit, 1)
        row.addWidget(self.apply_button)
        layout.addLayout(row)
        self.error = style.error_label(self)
        layout.addWidget(self.error)
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        muted = self.description.palette()  # a palette, not a style sheet: a style sheet would pin the font
        muted.setColor(QPalette.ColorRole.WindowText, QColor(style.muted_color()))  # of presentation mode
        self.description.setPalette(muted)
        layout.addWidget(self.description)
        self.surface: Surface = SURFACES[initial]
        self.custom_surface: Surface | None = None
        self.combo.currentIndexChanged.connect(self._on_combo)
        self.expr_edit.returnPressed.connect(self.apply_expression)
        # clicked(bool) would pass its 'checked' flag as the text: call without arguments
        self.apply_button.clicked.connect(lambda _checked=False: self.apply_expression())
        self._show_custom(False)
        self._describe()

    def _show_custom(self, on: bool) -> None:
        self.expr_edit.setVisible(on)
        self.apply_button.setVisible(on)
        if not on:
            style.set_error_label(self.error, None)

    def restyle(self) -> None:
        """Re-apply the error message's style (its font follows presentation mode)."""
        if self.error.text():
            style.set_error_label(self.error, self.error.text())

    def _describe(self) -> None:
        # the built-in surfaces' descriptions come from core (no Qt there): translated here, collected by update_ts.py
        self.description.setText(QCoreApplication.translate("Surfaces", self.surface.description)
                                 if self.surface.description else self.surface.formula)

    def _on_combo(self, _index: int) -> None:
        key = self.combo.currentData()
        if key == CUSTOM:
            self._show_custom(True)
            self.expr_edit.setFocus()
            if self.custom_surface is not None:
                self._set(self.custom_surface)
            return
        self._show_custom(False)
        self._set(SURFACES[key])

    def _set(self, surface: Surface) -> None:
        self.surface = surface
        self._describe()
        self.surfaceChanged.emit(surface)

    def select(self, name: str) -> None:
        """Select a built-in surface by core name."""
        self.combo.setCurrentIndex(self.combo.findData(name))

    def apply_expression(self, text: str | None = None) -> bool:
        """Parse ``text`` (default: the field) with core; True if it became the drawn surface."""
        if self.combo.currentData() != CUSTOM:
            self.combo.blockSignals(True)
            self.combo.setCurrentIndex(self.combo.findData(CUSTOM))
            self.combo.blockSignals(False)
            self._show_custom(True)
        if text is not None:
            self.expr_edit.setText(text)
        else:
            text = self.expr_edit.text()
        try:
            surface = parse_expression(text)
        except ValueError as exc:  # core.expr.ExpressionError is a ValueError
            pos = getattr(exc, "position", None)
            reason = expression_error_text(exc).rstrip(".")  # in the interface language
            where = self.tr(" at character {0}").format(pos + 1) if isinstance(pos, int) else ""
            style.set_error_label(self.error, self.tr("Not used{0}: {1}. The previous surface stays drawn.")
                                  .format(where, reason))
            if isinstance(pos, int):
                self.expr_edit.setCursorPosition(min(pos, len(text)))
            return False
        style.set_error_label(self.error, None)
        self.custom_surface = surface
        self._set(surface)
        return True


class DescentView(StepCursor, QWidget):
    """Controls | contour map + f(x) over iterations | step ledger."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presentation = False
        self.surface: Surface = SURFACES[DEFAULT_SURFACE]
        self.start = np.array(self.surface.default_start, dtype=float)
        self.cursor = 0
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

        start_row = QWidget(box)
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
        self.status = QLabel(w)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setToolTip(self.tr("The current step: k, the point x_k, f(x_k) and the last step taken."))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        v.addWidget(self.status)
        self.message = style.error_label(w)
        v.addWidget(self.message)

        self.map_plot = pg.PlotWidget(w)
        self.map_plot.setToolTip(self.tr("Click to set the start point; drag the cross to move it."))
        pi = self.map_plot.getPlotItem()
        pi.setLabel("bottom", "x0")
        pi.setLabel("left", "x1")
        pi.setMenuEnabled(False)
        self.map_plot.setAspectLocked(True)
        self.layer = SurfaceLayer(pi, arrows=True)
        self.trail = pg.PlotDataItem()
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

        self.value_plot = pg.PlotWidget(w, axisItems={"left": LogAxis("left")})
        self.value_plot.setToolTip(self.tr("f(x_k) against the iteration k."))
        vp = self.value_plot.getPlotItem()
        vp.setLabel("bottom", self.tr("iteration k"))
        vp.setLabel("left", "f(x)")
        vp.setMenuEnabled(False)
        self.value_curve = pg.PlotDataItem(connect="finite")
        vp.addItem(self.value_curve)
        self.value_marker = pg.PlotDataItem(pen=None, symbol="o")
        vp.addItem(self.value_marker)
        vp.setLogMode(y=True)
        for name in ("left", "bottom"):
            vp.getAxis(name).enableAutoSIPrefix(False)
            pi.getAxis(name).enableAutoSIPrefix(False)

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
        style.apply_plot_style(self.value_plot, on)
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
        self.value_curve.setPen(style.pen(color, 2.0, on))
        self.value_curve.setSymbol("o")
        self.value_curve.setSymbolSize(style.symbol_size(4, on))
        self.value_curve.setSymbolBrush(color)
        self.value_curve.setSymbolPen(None)
        self.value_marker.setSymbolSize(style.symbol_size(11, on))
        self.value_marker.setSymbolBrush(style.brush(color))
        self.value_marker.setSymbolPen(style.pen("#ffffff", 1.5, on))
        font = self.status.font()
        font.setPointSizeF(style.font_size("heading" if on else "body", on) * (0.9 if on else 1.0))
        self.status.setFont(font)

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
        self.value_plot.getPlotItem().setLogMode(y=on)
        self._refresh()

    # ------------------------------------------------------------------ start point
    def set_start(self, x0: float, x1: float) -> None:
        """Move the start point (exact floats); the path is recomputed up to the same step, so
        dragging the start shows the whole walk following it."""
        self.start = np.array([float(x0), float(x1)])
        self._sync_start_widgets()
        self._rebuild(keep_cursor=True)

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
        gradient = str(self.gradient_combo.currentData())
        if gradient == "analytic" and surface.grad is None:
            gradient = "numerical"
        h = float(self.h_field.value())
        return lambda: descend(surface, optimizer, start, steps, gradient=gradient, h=h)

    def _rebuild(self, keep_cursor: bool = True) -> None:
        """New run from the current parameters; recompute up to the same step (cheap) so the path is live."""
        if not hasattr(self, "layer"):
            return
        target = min(self.cursor, RECOMPUTE_LIMIT) if keep_cursor else 0
        self.gradient_combo.setEnabled(self.surface.grad is not None)
        self.start_run(self._factory(), target)
        self._refresh(full=True)

    @property
    def steps(self) -> list[Any]:
        """The core DescentSteps computed so far (index k is step k)."""
        return self.cache.items

    def current_step(self) -> Any:
        return self.cache.items[self.cursor]

    def shown_steps(self) -> list[Any]:
        """Steps 0..cursor, as drawn and listed in the ledger."""
        return self.cache.items[: self.cursor + 1]

    def reset(self) -> None:
        """Back to step 0, and the map back to the surface's own view."""
        super().reset()
        self._reset_range()

    # ================================================================== drawing
    def _state_keys(self) -> list[str]:
        keys: list[str] = []
        for s in self.cache.items[: self.cursor + 1][-2:] + self.cache.items[1:2]:
            for k in s.state:
                if k not in keys:
                    keys.append(k)
        return keys

    def _refresh(self, full: bool = False) -> None:
        shown = self.shown_steps()
        if not shown:
            return
        xs = np.array([s.x for s in shown])
        values = np.array([s.value for s in shown])
        ok = np.all(np.isfinite(xs), axis=1)
        if ok.any():
            self.trail.setData(xs[:, 0], xs[:, 1], connect="finite")
        else:
            self.trail.setData([], [])
        cur = shown[-1]
        self.current.setData(pos=[cur.x] if np.all(np.isfinite(cur.x)) else [])
        ks = np.arange(len(shown))
        y = np.where(np.isfinite(values), values, np.nan)
        if self.logy_box.isChecked():
            y = np.where(y > 0, y, np.nan)
        # all-NaN data makes pyqtgraph warn on every repaint: give it nothing instead
        if np.isfinite(y).any():
            self.value_curve.setData(ks, y, connect="finite")
        else:
            self.value_curve.setData([], [])
        if np.isfinite(y[-1]):
            self.value_marker.setData([ks[-1]], [y[-1]])
        else:
            self.value_marker.setData([], [])
        self._value_range(y)
        keys = self._state_keys()
        if full:
            self.ledger_model.set_steps(self.cache.items, 0, keys)
        self.ledger_model.set_steps(self.cache.items, len(shown), keys)
        self.ledger.scrollToBottom()
        self._update_status(cur)
        self._follow(xs)

    def _value_range(self, y: np.ndarray) -> None:
        """Auto-range f(x) against k, but never zoom into a flat line (lr 1e-10 must look flat)."""
        vb = self.value_plot.getPlotItem().vb
        finite = y[np.isfinite(y)]
        if finite.size == 0:
            return
        if self.logy_box.isChecked():
            lo, hi = np.log10(finite.min()), np.log10(finite.max())
            if hi - lo < 0.2:
                mid = (lo + hi) / 2
                vb.setYRange(mid - 0.5, mid + 0.5, padding=0)
                vb.enableAutoRange(x=True, y=False)
                return
        else:
            lo, hi = float(finite.min()), float(finite.max())
            if hi - lo < 1e-6 * max(abs(hi), abs(lo), 1e-300):
                half = max(abs(hi) * 0.1, 1e-12)
                vb.setYRange(hi - half, hi + half, padding=0)
                vb.enableAutoRange(x=True, y=False)
                return
        vb.enableAutoRange(x=True, y=True)

    def _update_status(self, cur: Any) -> None:
        total = int(self.steps_field.value())
        if self.presentation:  # short, for the back of the room; the exact values are in the ledger
            short = lambda v: format_cell(float(v)) if not (1e-4 <= abs(float(v)) < 1e6) else f"{float(v):.4g}"
            self.status.setText(self.tr("k = {0} of {1}    x = ({2}, {3})    f(x) = {4}").format(
                cur.k, total, short(cur.x[0]), short(cur.x[1]), short(cur.value)))
            self._update_message(cur)
            return
        parts = [self.tr("k = {0} of {1}").format(cur.k, total),
                 self.tr("x = {0}").format(fmt_point(cur.x)),
                 self.tr("f(x) = {0}").format(format_cell(cur.value))]
        if self.cursor > 0:
            prev = self.cache.items[self.cursor - 1]
            if prev.step is not None:
                dist = float(np.hypot(*prev.step))
                parts.append(self.tr("last step Δx = {0}, |Δx| = {1}").format(
                    fmt_point(prev.step), format_cell(dist)))
        self.status.setText("     ".join(parts))
        self._update_message(cur)

    def diverged_at(self) -> int | None:
        """The first shown step core marks as diverged (or flown off, the book's sense), else None."""
        s = next((s for s in self.shown_steps() if s.diverged or getattr(s, "flew_off", False)), None)
        return None if s is None else int(s.k)

    def _update_message(self, cur: Any) -> None:
        k_div = self.diverged_at()
        if k_div is not None:
            first = self.cache.items[k_div]
            builtin = SURFACES.get(self.surface.name) is self.surface
            if builtin and not self.surface.minima:
                why = self.tr("this surface has no minimum to find (it falls without bound)")
            elif builtin:
                why = self.tr("the learning rate is too large here")
            else:
                why = self.tr("the learning rate may be too large, or f has no minimum that way")
            text = self.tr("Diverged at step {0}: x = {1}; {2}.").format(k_div, fmt_point(first.x), why)
            if cur.diverged:
                text += " " + self.tr("|x| passed 1e150 (or stopped being finite), so core ended the run here.")
            frozen = next((s for s in self.shown_steps() if s.numerical_unreliable), None)
            if frozen is not None and self.gradient_combo.currentData() == "numerical":
                text += " " + self.tr("From step {0} on, x ± h rounds back to x, so the numerical gradient "
                                      "is 0 and the point freezes at {1}: stuck, not converged.").format(
                    frozen.k, fmt_point(cur.x))
            style.set_error_label(self.message, text, "error")
            return
        if self.cursor > 0:
            prev = self.cache.items[self.cursor - 1]
            start_dist = float(np.hypot(*(cur.x - self.cache.items[0].x)))
            scale = max(1e-300, float(np.hypot(*self.cache.items[0].x)), 1.0)
            first = self.cache.items[0]
            g0 = first.grad if first.grad is not None else np.zeros(2)
            if prev.step is not None and float(np.hypot(*g0)) > 1e-6 and start_dist < 1e-6 * scale:
                style.set_error_label(self.message, self.tr(
                    "Barely moving: after {0} steps the point is only {1} away from the start "
                    "(learning rate too small).").format(cur.k, format_cell(start_dist)), "warning")
                return
        style.set_error_label(self.message, None)

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
        self.offmap.setText(self.tr("point off the map: x = {0}").format(fmt_point(cur)))
        (vx0, vx1), (vy0, vy1) = vb.viewRange()
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
        for row_widget in (self.gradient_combo, self.h_field, self.start_x0.parentWidget(), self.arrows_box):
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
