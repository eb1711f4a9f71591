"""Activation functions of chapter 3 with their derivatives; drag x (or type it) and read every value."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from dlfs_studio.app import style
from dlfs_studio.app.export import CsvTable
from dlfs_studio.core.forward import ACTIVATIONS, activation_at, activation_curve

COLORS = {"step": style.CLASS_COLORS[0], "sigmoid": style.CLASS_COLORS[1], "relu": style.CLASS_COLORS[2],
          "identity": style.CLASS_COLORS[6], "softmax": style.CLASS_COLORS[3]}
X_RANGE = (-6.0, 6.0)


def display_name(key: str) -> str:
    """The function's name in the learner's language."""
    names = {"step": QCoreApplication.translate("ActivationsView", "step function"),
             "sigmoid": QCoreApplication.translate("ActivationsView", "sigmoid function"),
             "relu": QCoreApplication.translate("ActivationsView", "ReLU function"),
             "identity": QCoreApplication.translate("ActivationsView", "identity function (output)"),
             "softmax": QCoreApplication.translate("ActivationsView", "softmax function y₁ of (x, 0, 1) (output)")}
    return names[key]


class ActivationsView(QWidget):
    """Curves f (solid) and f' (dashed) of the chosen functions, a draggable x line and a table of values."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presentation = False
        layout = QHBoxLayout(self)
        side = QVBoxLayout()
        layout.addLayout(side, 0)
        intro = QLabel(self.tr("Activation functions (section 3.2) and the output functions (section 3.5). "
                               "Solid: h(x); dashed: its derivative h′(x)."), self)
        intro.setWordWrap(True)
        side.addWidget(intro)
        self.checks: dict[str, QCheckBox] = {}
        for key in ACTIVATIONS:
            box = QCheckBox(display_name(key), self)
            box.setChecked(key in ("step", "sigmoid", "relu"))
            box.setStyleSheet(f"QCheckBox {{ color: {COLORS[key]}; font-weight: bold; }}")
            box.setToolTip(f"{ACTIVATIONS[key].formula}\n{ACTIVATIONS[key].derivative_formula}")
            box.toggled.connect(self._refresh)
            side.addWidget(box)
            self.checks[key] = box
        self.derivatives = QCheckBox(self.tr("Show the derivatives"), self)
        self.derivatives.setChecked(True)
        self.derivatives.setToolTip(self.tr("Dashed curves: the slope of each function"))
        self.derivatives.toggled.connect(self._refresh)
        side.addWidget(self.derivatives)
        xrow = QHBoxLayout()
        xrow.addWidget(QLabel("x =", self))
        self.x_spin = QDoubleSpinBox(self)
        self.x_spin.setRange(*X_RANGE)
        self.x_spin.setDecimals(3)
        self.x_spin.setSingleStep(0.1)
        self.x_spin.setValue(1.0)
        self.x_spin.setToolTip(self.tr("Type x, or drag the vertical line in the plot"))
        xrow.addWidget(self.x_spin, 1)
        side.addLayout(xrow)
        self.readout = QLabel(self)
        self.readout.setTextFormat(Qt.TextFormat.RichText)
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.readout.setWordWrap(True)
        side.addWidget(self.readout)
        side.addStretch(1)

        self.plot = pg.PlotWidget(self)
        self.plot.setTitle(self.tr("h(x) and h′(x)"))
        self.plot.setLabel("bottom", "x")
        self.plot.setXRange(*X_RANGE, padding=0.02)
        self.plot.setYRange(-0.4, 1.6, padding=0.02)
        self.plot.getPlotItem().getViewBox().setMouseEnabled(x=False, y=False)
        self.curves: dict[str, tuple[pg.PlotDataItem, pg.PlotDataItem]] = {}
        self._data: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
        for key in ACTIVATIONS:
            x, f, df = activation_curve(key, *X_RANGE, points=1201)
            self._data[key] = (x, f, df)
            c = self.plot.plot(x, f, name=key)
            d = self.plot.plot(x, df, name=f"{key}'")
            self.curves[key] = (c, d)
        self.markers = pg.ScatterPlotItem()
        self.plot.addItem(self.markers)
        self.x_line = pg.InfiniteLine(pos=1.0, angle=90, movable=True, bounds=X_RANGE)
        self.x_line.setToolTip(self.tr("Drag to move x"))
        self.plot.addItem(self.x_line)
        layout.addWidget(self.plot, 1)
        self.x_line.sigPositionChanged.connect(lambda line: self.set_x(float(line.value())))
        self.x_spin.valueChanged.connect(self.set_x)
        self.set_presentation(False)

    def x_value(self) -> float:
        return float(self.x_spin.value())

    def set_x(self, x: float) -> None:
        """Move x (the spin box, the line and the values follow)."""
        x = float(np.clip(x, *X_RANGE))
        if abs(self.x_spin.value() - x) > 1e-9:
            self.x_spin.blockSignals(True)
            self.x_spin.setValue(x)
            self.x_spin.blockSignals(False)
        if abs(float(self.x_line.value()) - x) > 1e-9:
            self.x_line.blockSignals(True)
            self.x_line.setValue(x)
            self.x_line.blockSignals(False)
        self._refresh()

    def shown(self) -> list[str]:
        return [k for k, box in self.checks.items() if box.isChecked()]

    def values(self) -> dict[str, tuple[float, float]]:
        """(h(x), h'(x)) at the current x for every shown function (core's numbers)."""
        x = self.x_value()
        return {k: activation_at(k, x) for k in self.shown()}

    def _refresh(self, *_args: object) -> None:
        show_d = self.derivatives.isChecked()
        for key, (c, d) in self.curves.items():
            on = self.checks[key].isChecked()
            c.setVisible(on)
            d.setVisible(on and show_d)
        vals = self.values()
        x = self.x_value()
        spots = []
        rows = []
        for key, (f, df) in vals.items():
            spots.append({"pos": (x, f), "brush": style.brush(COLORS[key]), "size": style.symbol_size(9,
                                                                                                 self.presentation)})
            if show_d:
                spots.append({"pos": (x, df), "brush": style.brush(COLORS[key], 120),
                              "size": style.symbol_size(7, self.presentation)})
            rows.append(f"<tr><td style='color:{COLORS[key]}'><b>{display_name(key)}</b></td>"
                        f"<td align=right>&nbsp;{f:.6g}</td><td align=right>&nbsp;{df:.6g}</td></tr>")
        self.markers.setData(spots)
        head = self.tr("function")
        self.readout.setText(f"<p>x = {x:.3f}</p><table><tr><th align=left>{head}</th><th>&nbsp;h(x)</th>"
                             f"<th>&nbsp;h′(x)</th></tr>{''.join(rows)}</table>")

    def set_presentation(self, on: bool) -> None:
        self.presentation = on
        style.apply_plot_style(self.plot, on)
        for key, (c, d) in self.curves.items():
            c.setPen(style.pen(COLORS[key], 2.5, on))
            d.setPen(style.pen(COLORS[key], 1.5, on, Qt.PenStyle.DashLine))
        self.x_line.setPen(style.pen(style.muted_color(), 1.5, on, Qt.PenStyle.DotLine))
        f = self.readout.font()
        f.setPointSizeF(style.font_size("body", on))
        self.readout.setFont(f)
        self._refresh()

    def table(self) -> CsvTable:
        """Every curve's points: x, then h and h' of each function."""
        x = self._data["step"][0]
        header = ["x"] + [f"{k}{s}" for k in ACTIVATIONS for s in ("", "'")]
        cols = [x] + [arr for k in ACTIVATIONS for arr in self._data[k][1:]]
        return CsvTable(header, np.column_stack(cols).tolist())

    def shutdown(self) -> None:
        pass
