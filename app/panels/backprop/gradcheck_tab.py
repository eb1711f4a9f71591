"""The "Gradient check" tab (the book's ch05/gradient_check.py): numerical against backprop gradients per
parameter array, with the step h adjustable from 1e-1 to 1e-10 and the error drawn against h (log-log):
truncation error on the right, rounding error on the left. A difference that comes from a ReLU or max-pool
kink (the perturbed weight moves a ReLU input across 0) is explained as such, not reported as a bug.
All numbers come from :func:`core.gradcheck.error_against_h`."""
from __future__ import annotations

import math
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSlider,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dlfs_studio.app import style
from dlfs_studio.app.export import CsvTable
from dlfs_studio.app.panels.backprop.arrays import mnist_available, mnist_batch
from dlfs_studio.core.gradcheck import DEFAULT_HS, HSweep, error_against_h
from dlfs_studio.core.netgraph import tiny_example
from dlfs_studio.core.nets import TwoLayerNet

#: Slider ticks per decade of h (h = 10**(-10 + tick / TICKS_PER_DECADE): small h on the left, as on the plot).
TICKS_PER_DECADE = 10
KEY_COLORS = {"W1": style.CLASS_COLORS[0], "b1": style.CLASS_COLORS[1], "W2": style.CLASS_COLORS[2],
              "b2": style.CLASS_COLORS[3]}


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackpropGradCheck", text)


def h_of_tick(tick: int) -> float:
    return float(10.0 ** (-10.0 + tick / TICKS_PER_DECADE))


class GradCheckTab(QWidget):
    """Network and batch, the h slider, the error-against-h plot and the table at the chosen h."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sweep: HSweep | None = None
        self.at_h: HSweep | None = None
        self.presentation = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        row = QHBoxLayout()
        self.source_combo = QComboBox(self)
        self.source_combo.addItem(_tr("Tiny 2-3-2 network (the book's weights)"), "tiny")
        self.source_combo.addItem(_tr("MNIST, 784-50-10, first 3 images (as the book)"), "mnist")
        if not mnist_available():
            item = self.source_combo.model().item(1)  # type: ignore[attr-defined]
            item.setEnabled(False)
            item.setToolTip(_tr("MNIST was not found: set DLFS_DATA or run “dlfs data --fetch mnist”."))
        row.addWidget(self.source_combo, 2)
        self.activation_combo = QComboBox(self)
        self.activation_combo.addItem("ReLU", "relu")
        self.activation_combo.addItem(_tr("Sigmoid"), "sigmoid")
        row.addWidget(self.activation_combo)
        row.addWidget(QLabel(_tr("Entries per array"), self))
        self.sample_spin = QSpinBox(self)
        self.sample_spin.setRange(1, 50)
        self.sample_spin.setValue(8)
        self.sample_spin.setToolTip(_tr("How many entries of each parameter array are checked (chosen at random "
                                        "among those with a non-zero gradient)"))
        row.addWidget(self.sample_spin)
        outer.addLayout(row)
        hrow = QHBoxLayout()
        self.h_label = QLabel(self)
        self.h_label.setFont(style.heading_font(False, "body"))
        hrow.addWidget(self.h_label)
        self.h_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.h_slider.setRange(0, 9 * TICKS_PER_DECADE)
        self.h_slider.setValue(6 * TICKS_PER_DECADE)        # the book's h = 1e-4
        self.h_slider.setToolTip(_tr("The step h of the central difference, from 1e-10 (left) to 1e-1 (right)"))
        hrow.addWidget(self.h_slider, 1)
        outer.addLayout(hrow)
        self.error = style.error_label(self)
        outer.addWidget(self.error)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.error_plot = pg.PlotWidget(split)
        self._build_plot()
        right = QWidget(split)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 5, right)
        self.table.setHorizontalHeaderLabels([_tr("Array"), _tr("Shape"), _tr("Mean |difference|"),
                                              _tr("Max |difference|"), _tr("At a kink")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setMaximumHeight(190)
        rl.addWidget(self.table)
        self.explain = QLabel(right)
        self.explain.setWordWrap(True)
        self.explain.setTextFormat(Qt.TextFormat.RichText)
        self.explain.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        rl.addWidget(self.explain, 1)
        split.setSizes([700, 560])
        outer.addWidget(split, 1)
        self.source_combo.activated.connect(lambda _i: self.rebuild())
        self.activation_combo.activated.connect(lambda _i: self.rebuild())
        self.sample_spin.valueChanged.connect(lambda _v: self.rebuild())
        self.h_slider.valueChanged.connect(lambda _v: self._check_at_h())
        self.rebuild()

    def _build_plot(self) -> None:
        p = self.error_plot
        style.apply_plot_style(p, False)
        p.setLogMode(True, True)
        for axis in ("bottom", "left"):
            p.getAxis(axis).enableAutoSIPrefix(False)
        p.setLabel("bottom", _tr("step h"))
        p.setLabel("left", _tr("mean |numerical − backprop|"))
        p.setTitle(_tr("Error against h: truncation on the right, rounding on the left"))
        p.addLegend(offset=(-10, 10))
        self.curves: dict[str, pg.PlotDataItem] = {}
        for key, color in KEY_COLORS.items():
            self.curves[key] = p.plot([], [], pen=style.pen(color), symbol="o", symbolSize=style.symbol_size(6),
                                      symbolBrush=color, name=key)
        self.h_line = pg.InfiniteLine(angle=90, movable=True, pen=style.pen(style.ACCENT_2, 1.5))
        p.addItem(self.h_line)
        self.h_line.sigPositionChangeFinished.connect(self._line_moved)

    # ------------------------------------------------------------------ data
    def h(self) -> float:
        return h_of_tick(self.h_slider.value())

    def _network(self) -> tuple[Any, np.ndarray, np.ndarray]:
        activation = str(self.activation_combo.currentData())
        if self.source_combo.currentData() == "mnist":
            x, t = mnist_batch(3)
            return TwoLayerNet(784, 50, 10, activation=activation, rng=np.random.default_rng(0)), x, t
        return tiny_example(activation)

    def rebuild(self) -> None:
        """Sweep h from 1e-1 to 1e-10 on the chosen network (a fraction of a second), then check at h."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.net, self.batch_x, self.batch_t = self._network()
            self.sweep = error_against_h(self.net, self.batch_x, self.batch_t, DEFAULT_HS,
                                         sample=self.sample_spin.value(), rng=np.random.default_rng(0))
            style.set_error_label(self.error, None)
        except Exception as exc:  # a missing or corrupt dataset: say so, keep the tab usable
            self.sweep = None
            style.set_error_label(self.error, _tr("Could not run the gradient check: %1").replace("%1", str(exc)))
        finally:
            QApplication.restoreOverrideCursor()
        if self.sweep is not None:
            for k, key in enumerate(self.sweep.keys):
                y = np.maximum(self.sweep.mean_abs_diff[k], 1e-18)  # an exact 0 has no logarithm
                self.curves[key].setData(self.sweep.hs, y)
        self._check_at_h()

    def _line_moved(self) -> None:
        h = 10.0 ** float(self.h_line.value())
        tick = round((math.log10(h) + 10.0) * TICKS_PER_DECADE)
        self.h_slider.setValue(max(0, min(self.h_slider.maximum(), tick)))

    def _check_at_h(self) -> None:
        h = self.h()
        self.h_label.setText(_tr("h = %1").replace("%1", f"{h:.3g}"))
        self.h_line.blockSignals(True)
        self.h_line.setValue(math.log10(h))
        self.h_line.blockSignals(False)
        if self.sweep is None:
            self.table.setRowCount(0)
            self.explain.setText("")
            return
        self.at_h = error_against_h(self.net, self.batch_x, self.batch_t, [h], sample=self.sample_spin.value(),
                                    rng=np.random.default_rng(0))
        s = self.at_h
        self.table.setRowCount(len(s.keys))
        for r, key in enumerate(s.keys):
            shape = " × ".join(str(v) for v in self.net.params[key].shape)
            kinks = int(s.kinks[r, 0])
            cells = (key, shape, f"{s.mean_abs_diff[r, 0]:.3g}", f"{s.max_abs_diff[r, 0]:.3g}",
                     _tr("%1 of %2").replace("%1", str(kinks)).replace("%2", str(len(s.entries[r]))))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 4 and kinks:
                    item.setForeground(pg.mkBrush(style.WARNING))
                self.table.setItem(r, c, item)
        self.explain.setText(self._explanation(h, s))

    def _explanation(self, h: float, s: HSweep) -> str:
        assert self.sweep is not None
        worst = float(s.mean_abs_diff.max())
        best_h = self.sweep.best_h()
        lines = [_tr("The book checks with h = 1e-4 and prints the mean |difference| of each array; about 1e-10 "
                     "or less means backprop is right.")]
        kinks = int(s.kinks.sum())
        if kinks:
            lines.append(f"<span style='color:{style.WARNING}'>" + _tr(
                "%1 checked entries sit at a ReLU kink: moving the weight by ±h pushes a ReLU input across 0, so "
                "the central difference averages two slopes while backprop takes one. That difference is the "
                "kink's, not a bug; a smaller h avoids it.").replace("%1", str(kinks)) + "</span>")
        if h > best_h * 30 and not kinks:
            lines.append(_tr("h is large: the truncation error (about h²) dominates. Move h to the right."))
        elif h < best_h / 30:
            lines.append(_tr("h is small: f(x + h) and f(x − h) agree in almost every digit, so rounding errors of "
                             "float64 (about 1e-16 / h) dominate. Move h to the left."))
        lines.append(_tr("Smallest error on this network near h = %1; largest difference now %2.")
                     .replace("%1", f"{best_h:.2g}").replace("%2", f"{worst:.2g}"))
        return "<br><br>".join(lines)

    # ------------------------------------------------------------------ export, presentation
    def sweep_csv(self) -> CsvTable:
        rows: list[list[Any]] = []
        if self.sweep is not None:
            for j, h in enumerate(self.sweep.hs):
                rows.append([float(h)] + [float(self.sweep.mean_abs_diff[k, j]) for k in range(len(self.sweep.keys))]
                            + [int(self.sweep.kinks[k, j]) for k in range(len(self.sweep.keys))])
            keys = list(self.sweep.keys)
            return CsvTable(["h"] + [f"mean_abs_diff_{k}" for k in keys] + [f"kinks_{k}" for k in keys], rows)
        return CsvTable(["h"], rows)

    def table_csv(self) -> CsvTable:
        rows: list[list[Any]] = []
        s = self.at_h
        if s is not None:
            for r, key in enumerate(s.keys):
                for e, idx in enumerate(s.entries[r]):
                    rows.append([key, int(idx), float(s.hs[0]), float(s.backprop[r][e]),
                                 float(s.numerical[r][0, e]), bool(s.kink_flags[r][0, e])])
        return CsvTable(["array", "flat_index", "h", "backprop", "numerical", "at_kink"], rows)

    def set_presentation(self, on: bool) -> None:
        self.presentation = on
        style.apply_plot_style(self.error_plot, on)
        # on a projector the title would be cut: the table and the explanation say the same
        self.error_plot.setTitle(None if on else _tr("Error against h: truncation on the right, rounding on the left"))
        for key, curve in self.curves.items():
            curve.setPen(style.pen(KEY_COLORS[key], presentation=on))
            curve.setSymbolSize(style.symbol_size(6, on))
        self.h_line.setPen(style.pen(style.ACCENT_2, 1.5, on))
        self.h_label.setFont(style.heading_font(on, "body"))

    def shutdown(self) -> None:
        pass
