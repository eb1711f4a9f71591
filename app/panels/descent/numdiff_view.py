"""The "Numerical differentiation" tab (book section 4.3).

f(x) = 0.01 x**2 + 0.1 x (the book's ``function_1``) with its tangents at x = 5 and x = 10, a movable x,
and the error of the forward and central differences over h from 1e-1 down to 1e-50 on log axes.
The differences are computed by ``core.gradient.numerical_diff`` / ``forward_diff`` / ``tangent_line``.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QSplitter, QWidget

from dlfs_studio.app import style
from dlfs_studio.app.plotting import cache_axes, cache_static
from dlfs_studio.core.gradient import (
    DEFAULT_H,
    difference_errors,
    forward_diff,
    function_1,
    function_1_derivative,
    numerical_diff,
    tangent_line,
)

from .controls import control_form, show_message
from .fields import NumberField

H_MIN, H_MAX = 1e-50, 1e-1
#: Errors of exactly 0 cannot be drawn on a log axis; they are drawn at this floor instead.
ERROR_FLOOR = 1e-18
BOOK_POINTS = (5.0, 10.0)


class NumDiffView(QWidget):
    """Controls and readouts | f(x) with tangents | error of the differences against h (log-log)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presentation = False
        self.hs = np.logspace(np.log10(H_MIN), np.log10(H_MAX), 491)
        self._build_controls()
        self._build_plots()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.controls_scroll)
        splitter.addWidget(self.function_plot)
        splitter.addWidget(self.error_plot)
        splitter.setSizes([330, 460, 460])
        splitter.setChildrenCollapsible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._style_items()
        self._update()

    # ------------------------------------------------------------------ construction
    def _build_controls(self) -> None:
        box, form = control_form(self)
        # a label goes above its value when both do not fit side by side (the long readouts in presentation mode)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form = form
        formula = QLabel(self.tr("f(x) = 0.01·x² + 0.1·x   (the book's function_1)"), box)
        formula.setWordWrap(True)
        formula.setToolTip(self.tr("The example function of section 4.3.2."))
        self.formula_label = formula
        form.addRow(formula)
        self.x_field = NumberField(5.0, 0.0, 20.0, log=False, parent=box,
                                   tooltip=self.tr("The point x where the derivative is estimated; "
                                                   "or drag the vertical line."))
        self.x_field.valueChanged.connect(self._on_x_field)
        form.addRow(self.tr("x"), self.x_field)
        self.h_field = NumberField(DEFAULT_H, H_MIN, H_MAX, log=True, parent=box,
                                   tooltip=self.tr("The step h of the difference, from 1e-1 down to 1e-50."))
        self.h_field.valueChanged.connect(lambda _v: self._update())
        form.addRow(self.tr("h"), self.h_field)

        def readout(tip: str) -> QLabel:
            label = QLabel(box)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setToolTip(tip)
            return label

        self.true_label = readout(self.tr("The exact derivative 0.02·x + 0.1."))
        self.central_label = readout(self.tr("core.gradient.numerical_diff: (f(x+h) − f(x−h)) / 2h, in full."))
        self.forward_label = readout(self.tr("core.gradient.forward_diff: (f(x+h) − f(x)) / h, in full."))
        form.addRow(self.tr("true f′(x)"), self.true_label)
        form.addRow(self.tr("central"), self.central_label)
        form.addRow(self.tr("forward"), self.forward_label)
        self.verdict = style.error_label(box)
        form.addRow(self.verdict)
        line = QFrame(box)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        form.addRow(line)
        self.book_label = readout(self.tr("The book's tangents use h = 1e-4 (numerical_diff's default)."))
        slopes = [numerical_diff(function_1, x) for x in BOOK_POINTS]
        self.book_slopes = slopes
        self.book_label.setText(self.tr("The book's tangents (h = 1e-4):\n"
                                        "x = 5:  slope {0}\nx = 10: slope {1}")
                                .format(repr(slopes[0]), repr(slopes[1])))
        self.book_label.setWordWrap(True)
        form.addRow(self.book_label)
        box.setMinimumWidth(280)
        self.controls_scroll = box  # short enough to need no scroll area

    def _build_plots(self) -> None:
        self.function_plot = pg.PlotWidget(self)
        self.function_plot.setToolTip(self.tr("f(x) with its tangent lines; drag the vertical line to move x."))
        fp = self.function_plot.getPlotItem()
        fp.setMenuEnabled(False)
        fp.setLabel("bottom", "x")
        fp.setLabel("left", "f(x)")
        fp.setTitle(self.tr("f(x) and tangents"))
        fp.addLegend(offset=(10, 10))
        self.grid_x = np.linspace(0.0, 20.0, 201)
        self.f_curve = fp.plot(self.grid_x, function_1(self.grid_x), name="f(x)")
        self.book_tangents = []
        for x in BOOK_POINTS:
            t = tangent_line(function_1, x)
            item = fp.plot(self.grid_x, t(self.grid_x), name=self.tr("tangent at x = {0:g}").format(x))
            self.book_tangents.append(item)
        self.tangent = fp.plot(self.grid_x, self.grid_x * 0, name=self.tr("tangent at x (current h)"))
        self.x_line = pg.InfiniteLine(pos=5.0, angle=90, movable=True, bounds=(0.0, 20.0))
        self.x_line.setToolTip(self.tr("Drag to move x."))
        self.x_line.sigPositionChanged.connect(self._on_line)
        fp.addItem(self.x_line)
        self.x_point = pg.PlotDataItem(pen=None, symbol="o")
        fp.addItem(self.x_point)
        fp.setXRange(0, 20, padding=0.02)
        fp.setYRange(-1, 6, padding=0.02)

        self.error_plot = pg.PlotWidget(self)
        self.error_plot.setToolTip(self.tr("Error of the estimates against h, both axes logarithmic; "
                                           "the dots mark the current h."))
        ep = self.error_plot.getPlotItem()
        ep.setMenuEnabled(False)
        ep.setLabel("bottom", "h")
        ep.setLabel("left", self.tr("|estimate − true|"))
        ep.setTitle(self.tr("Error against h"))
        ep.setLogMode(x=True, y=True)
        for name in ("left", "bottom"):
            # before any range: pyqtgraph recomputes the prefix when disabling it, and h up to 10^-0.02 < 1 would
            # otherwise stay scaled as "h (x0.001)"
            ep.getAxis(name).enableAutoSIPrefix(False)
        # fixed axes (h's whole range; the errors from the drawn floor up to f'(x) <= 0.5 on [0, 20], the error of a
        # lost h): moving x then redraws the curves, not the axes and their grid (log10 units in log mode)
        ep.setXRange(np.log10(H_MIN), np.log10(H_MAX), padding=0.02)
        ep.setYRange(np.log10(ERROR_FLOOR), np.log10(0.6), padding=0.02)
        ep.vb.disableAutoRange()
        # top left, just under the flat part of the curves (small h), away from the labels lower down
        ep.addLegend(offset=(10, 40))
        self.forward_curve = ep.plot(name=self.tr("forward difference"))
        self.central_curve = ep.plot(name=self.tr("central difference"))
        self.forward_marker = pg.PlotDataItem(pen=None, symbol="o")
        self.central_marker = pg.PlotDataItem(pen=None, symbol="o")
        ep.addItem(self.forward_marker)
        ep.addItem(self.central_marker)
        # the label sits low on the line, left of it, where neither error curve passes (the legend is high)
        self.book_h_line = pg.InfiniteLine(pos=np.log10(DEFAULT_H), angle=90, movable=False,
                                           label=self.tr("book's h = 1e-4 →"),
                                           labelOpts={"position": 0.06, "color": style.muted_color(),
                                                      "anchors": [(1, 0.5), (1, 0.5)]})
        ep.addItem(self.book_h_line)
        self.book_h_label = self.book_h_line.label
        # Below half the float spacing at x, x + h rounds back to x (moves with x).
        self.lost_line = pg.InfiniteLine(pos=np.log10(np.spacing(5.0) / 2), angle=90, movable=False,
                                         label=self.tr("x + h == x to the left"),
                                         labelOpts={"position": 0.55, "color": style.muted_color(),
                                                    "anchors": [(1, 0), (1, 0)]})
        ep.addItem(self.lost_line)
        # what does not move with x: drawn once into pixmaps (a moved x repaints the curves over them)
        cache_axes(fp)
        cache_axes(ep)
        cache_static(self.f_curve, *self.book_tangents, self.book_h_line)

    def _style_items(self) -> None:
        on = self.presentation
        fg = style.theme()["foreground"]
        muted = style.muted_color()
        for plot in (self.function_plot, self.error_plot):
            style.apply_plot_style(plot, on)
        self.f_curve.setPen(style.pen(fg, 2.5, on))
        for item, color in zip(self.book_tangents, (style.CLASS_COLORS[2], style.CLASS_COLORS[6]), strict=True):
            item.setPen(style.pen(color, 1.5, on, Qt.PenStyle.DashLine))
        self.tangent.setPen(style.pen(style.ACCENT_2, 2.5, on))
        self.x_line.setPen(style.pen(style.ACCENT_2, 1.5, on, Qt.PenStyle.DotLine))
        self.x_line.setHoverPen(style.pen(style.ACCENT_2, 3.0, on))
        self.x_point.setSymbolSize(style.symbol_size(10, on))
        self.x_point.setSymbolBrush(style.brush(style.ACCENT_2))
        self.x_point.setSymbolPen(style.pen("#ffffff", 1.5, on))
        fwd, cen = style.CLASS_COLORS[3], style.CLASS_COLORS[0]
        self.forward_curve.setPen(style.pen(fwd, 2.0, on))
        self.central_curve.setPen(style.pen(cen, 2.0, on))
        for marker, color in ((self.forward_marker, fwd), (self.central_marker, cen)):
            marker.setSymbolSize(style.symbol_size(12, on))
            marker.setSymbolBrush(style.brush(color))
            marker.setSymbolPen(style.pen("#ffffff", 1.5, on))
        for line in (self.book_h_line, self.lost_line):
            line.setPen(style.pen(muted, 1.0, on, Qt.PenStyle.DashLine))
        label_font = self.book_h_label.textItem.font()
        label_font.setPointSizeF(style.font_size("small", on))
        for label in (self.book_h_label, self.lost_line.label):
            label.setFont(label_font)
        font = self.central_label.font()
        font.setFamily("monospace")
        font.setPointSizeF(style.font_size("body", on))
        for label in (self.true_label, self.central_label, self.forward_label, self.book_label):
            label.setFont(font)

    # ------------------------------------------------------------------ behaviour
    def x_value(self) -> float:
        return float(self.x_field.value())

    def h(self) -> float:
        return float(self.h_field.value())

    def set_x(self, x: float) -> None:
        self.x_field.set_value(x)

    def set_h(self, h: float) -> None:
        self.h_field.set_value(h)

    def _on_x_field(self, value: float) -> None:
        self.x_line.blockSignals(True)
        self.x_line.setValue(value)
        self.x_line.blockSignals(False)
        self._update()

    def _on_line(self, line: pg.InfiniteLine) -> None:
        value = float(f"{line.value():.4g}")
        if value != self.x_value():
            self.x_field.set_value(value)

    def central(self) -> float:
        """The central difference shown now (core.gradient.numerical_diff at the current x and h)."""
        return numerical_diff(function_1, self.x_value(), self.h())

    def forward(self) -> float:
        return forward_diff(function_1, self.x_value(), self.h())

    def error_curves(self) -> tuple[np.ndarray, np.ndarray]:
        """|forward - true| and |central - true| over ``self.hs`` at the current x."""
        return difference_errors(function_1, function_1_derivative, self.x_value(), self.hs)

    def _update(self, force: bool = False) -> None:
        x, h = self.x_value(), self.h()
        true = function_1_derivative(x)
        central, forward = self.central(), self.forward()
        self.true_label.setText(repr(true))
        self.central_label.setText(repr(central))
        self.forward_label.setText(repr(forward))
        t = tangent_line(function_1, x, h)
        self.tangent.setData(self.grid_x, t(self.grid_x))
        self.x_point.setData([x], [function_1(x)])
        # below half the float spacing at x, x + h rounds back to x; at a tiny x (1e-320: a denormal) that half
        # spacing underflows to 0, and at x = 0 no h is lost: then the line lies left of the plotted h
        lost = float(np.spacing(abs(x))) / 2
        if lost >= H_MIN:
            self.lost_line.setValue(float(np.log10(lost)))
        self.lost_line.setVisible(lost >= H_MIN)
        fwd, cen = self.error_curves()
        self.forward_curve.setData(self.hs, np.maximum(fwd, ERROR_FLOOR))
        self.central_curve.setData(self.hs, np.maximum(cen, ERROR_FLOOR))
        self.forward_marker.setData([h], [max(abs(forward - true), ERROR_FLOOR)])
        self.central_marker.setData([h], [max(abs(central - true), ERROR_FLOOR)])
        if x + h == x and x - h == x:
            show_message(self.verdict, self.tr(
                "x + h == x in float64: h = {0} is lost when added to x = {1} (rounding), so "
                "f(x+h) − f(x−h) = 0 and the estimate is {2}. Too small an h fails.")
                .format(repr(h), repr(x), repr(central)), "error", force)
        elif h >= 1e-2:
            show_message(self.verdict, self.tr(
                "h is large: the forward difference is off by about 0.01·h (truncation error); the "
                "central difference cancels it for this quadratic."), "warning", force)
        elif abs(central - true) > 1e-6:
            show_message(self.verdict, self.tr(
                "Rounding noise: f(x+h) and f(x−h) agree in most of their digits, so their difference "
                "has few correct digits left."), "warning", force)
        else:
            show_message(self.verdict, self.tr(
                "Good: around h = 1e-4 (the book's choice) truncation and rounding errors are both small."),
                "ok", force)

    def set_presentation(self, on: bool) -> None:
        self.presentation = on
        self.book_label.setVisible(not on)
        self._style_items()
        self._update(force=True)  # the verdict's font follows presentation mode
        for field in (self.x_field, self.h_field):
            field.restyle()

    def shutdown(self) -> None:
        """Nothing runs in the background in this tab (no timer, no thread)."""
