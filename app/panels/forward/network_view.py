"""The three-layer network of section 3.4: every neuron's a and z on a diagram, every weight editable."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dlfs_studio.app import style
from dlfs_studio.app.export import CsvTable
from dlfs_studio.core.forward import BOOK_INPUT, ThreeLayerTrace, book_network, three_layer_forward

#: Diagram columns: x (2), layer 1 (3), layer 2 (2), output (2).
LAYER_SIZES = (2, 3, 2, 2)
PARAM_KEYS = ("W1", "b1", "W2", "b2", "W3", "b3")


def book_print(values: np.ndarray) -> str:
    """An array as NumPy prints it with 8 digits, the way the book shows its results."""
    return np.array2string(np.asarray(values, dtype=np.float64), precision=8)


def _node_y(count: int, k: int) -> float:
    return (count - 1) / 2 - k


class NetworkView(QWidget):
    """Diagram of figure 3-15/3-20 with live values, and tables of x, W1, b1, W2, b2, W3, b3 to edit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presentation = False
        self.params = book_network()
        self.inputs = np.array(BOOK_INPUT, dtype=np.float64)
        self.trace: ThreeLayerTrace = three_layer_forward(self.params, self.inputs)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        intro = QLabel(self.tr("The book's three-layer network (section 3.4): a = x W + b, z = h(a), layer by layer. "
                               "Edit any input, weight or bias below."), self)
        intro.setWordWrap(True)
        top.addWidget(intro, 1)
        top.addWidget(QLabel(self.tr("h:"), self))
        self.activation = QComboBox(self)
        self.activation.addItem(self.tr("sigmoid function"), "sigmoid")
        self.activation.addItem(self.tr("ReLU function"), "relu")
        self.activation.addItem(self.tr("step function"), "step")
        self.activation.setToolTip(self.tr("The activation function h of the hidden layers"))
        top.addWidget(self.activation)
        top.addWidget(QLabel(self.tr("σ:"), self))
        self.output = QComboBox(self)
        self.output.addItem(self.tr("identity function"), "identity")
        self.output.addItem(self.tr("softmax function"), "softmax")
        self.output.setToolTip(self.tr("The output function σ (the book uses the identity here)"))
        top.addWidget(self.output)
        self.reset_button = QPushButton(self.tr("Book values"), self)
        self.reset_button.setToolTip(self.tr("Restore the book's x, weights and biases"))
        top.addWidget(self.reset_button)
        layout.addLayout(top)

        self.plot = pg.PlotWidget(self)
        self.plot.setTitle(self.tr("Forward pass of the three-layer network"))
        self.plot.setToolTip(self.tr("Lines are the weights: thicker for a larger |w|, blue positive, red negative. "
                                     "Next to each neuron: its a and z."))
        item = self.plot.getPlotItem()
        for name in ("left", "bottom"):
            item.hideAxis(name)
        item.getViewBox().setMouseEnabled(x=False, y=False)
        item.getViewBox().setAspectLocked(False)
        self.plot.setXRange(-0.45, 3.55, padding=0)
        self.plot.setYRange(-1.55, 2.25, padding=0)
        self.edges: list[pg.PlotDataItem] = []
        for col in range(3):
            for _k in range(LAYER_SIZES[col] * LAYER_SIZES[col + 1]):
                edge = pg.PlotDataItem()
                self.plot.addItem(edge)
                self.edges.append(edge)
        self.nodes = pg.ScatterPlotItem()
        self.plot.addItem(self.nodes)
        self.node_texts: list[pg.TextItem] = []
        self.weight_texts: list[pg.TextItem] = []
        for col, count in enumerate(LAYER_SIZES):
            for k in range(count):
                t = pg.TextItem(anchor=(0.5, 1.15) if col else (1.15, 0.5))
                t.setPos(col, _node_y(count, k))
                self.plot.addItem(t)
                self.node_texts.append(t)
        for _col in range(3):
            t = pg.TextItem(anchor=(0.5, 0.5))
            self.plot.addItem(t)
            self.weight_texts.append(t)
        self.output_label = QLabel(self)
        self.output_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.output_label.setToolTip(self.tr("The output as the book prints it (print(y), 8 digits)"))
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.output_label)

        grid = QGridLayout()
        self.tables: dict[str, QTableWidget] = {}
        shapes = {"x": (1, 2), **{k: (v.shape if v.ndim == 2 else (1, v.shape[0])) for k, v in self.params.items()}}
        for i, key in enumerate(("x", *PARAM_KEYS)):
            rows, cols = shapes[key]
            table = QTableWidget(rows, cols, self)
            table.setToolTip(self.tr("%1: double-click a number to edit it").replace("%1", key))
            table.horizontalHeader().setDefaultSectionSize(52)
            table.verticalHeader().setVisible(False)
            table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            grid.addWidget(QLabel(f"<b>{key}</b> {rows}×{cols}" if key.startswith("W") else f"<b>{key}</b>", self),
                           0, i)
            grid.addWidget(table, 1, i)
            self.tables[key] = table
            table.itemChanged.connect(lambda item, k=key: self._cell_edited(k, item))
        layout.addLayout(grid)
        self.error = style.error_label(self)
        layout.addWidget(self.error)
        self.activation.currentIndexChanged.connect(self.recompute)
        self.output.currentIndexChanged.connect(self.recompute)
        self.reset_button.clicked.connect(self.reset)
        self._fill_tables()
        self.set_presentation(False)

    # ------------------------------------------------------------------ editing
    def _array(self, key: str) -> np.ndarray:
        return self.inputs if key == "x" else self.params[key]

    def _fill_tables(self) -> None:
        for key, table in self.tables.items():
            arr = np.atleast_2d(self._array(key))
            table.blockSignals(True)
            for r in range(arr.shape[0]):
                for c in range(arr.shape[1]):
                    table.setItem(r, c, QTableWidgetItem(repr(float(arr[r, c]))))
            table.blockSignals(False)

    def set_value(self, key: str, row: int, col: int, value: float) -> None:
        """Set one entry (as typing into its cell does) and recompute."""
        item = self.tables[key].item(row, col)
        if item is not None:
            item.setText(repr(float(value)))

    def _cell_edited(self, key: str, item: QTableWidgetItem) -> None:
        arr = self._array(key)
        text = item.text().strip().replace("，", ".")
        try:
            value = float(text)
            if not np.isfinite(value):
                raise ValueError
        except ValueError:
            style.set_error_label(self.error, self.tr("“%1” is not a finite number; %2 keeps its value.")
                                  .replace("%1", text).replace("%2", key))
            self._fill_tables()
            return
        style.set_error_label(self.error, None)
        if arr.ndim == 1:
            arr[item.column()] = value
        else:
            arr[item.row(), item.column()] = value
        self.recompute()

    def reset(self) -> None:
        self.params = book_network()
        self.inputs = np.array(BOOK_INPUT, dtype=np.float64)
        self.activation.setCurrentIndex(0)
        self.output.setCurrentIndex(0)
        style.set_error_label(self.error, None)
        self._fill_tables()
        self.recompute()

    # ------------------------------------------------------------------ drawing
    def recompute(self, *_args: object) -> None:
        self.trace = three_layer_forward(self.params, self.inputs, str(self.activation.currentData()),
                                         str(self.output.currentData()))
        self._draw()

    def _draw(self) -> None:
        t = self.trace
        on = self.presentation
        pos: list[tuple[float, float]] = []
        for col, count in enumerate(LAYER_SIZES):
            pos += [(col, _node_y(count, k)) for k in range(count)]
        self.nodes.setData(pos=pos, size=style.symbol_size(30, on), brush=style.brush(style.ACCENT, 60),
                           pen=style.pen(style.ACCENT, 1.5, on))
        # one line per weight: thickness |w| (relative to the largest), blue positive, red negative
        scale = max(max(float(np.abs(self.params[k]).max()) for k in ("W1", "W2", "W3")), 1e-12)
        edges = iter(self.edges)
        for col, key in enumerate(("W1", "W2", "W3")):
            W = self.params[key]
            for i in range(LAYER_SIZES[col]):
                for j in range(LAYER_SIZES[col + 1]):
                    edge = next(edges)
                    edge.setData([col, col + 1], [_node_y(LAYER_SIZES[col], i), _node_y(LAYER_SIZES[col + 1], j)])
                    color = style.ACCENT if W[i, j] >= 0 else style.ERROR
                    edge.setPen(style.pen(color, 0.5 + 3.0 * abs(float(W[i, j])) / scale, on))
            wt = self.weight_texts[col]
            wt.setText(f"{key}, {key.replace('W', 'b')}")
            wt.setPos(col + 0.5, 1.95)
        values: list[str] = [f"x{k + 1} = {v:.4g}" for k, v in enumerate(t.x)]
        for a, z, name in ((t.a1, t.z1, "1"), (t.a2, t.z2, "2"), (t.a3, t.y, "3")):
            zname = "y" if name == "3" else f"z{name}"
            values += [f"a{name}_{k + 1} = {av:.8g}\n{zname}_{k + 1} = {zv:.8g}" for k, (av, zv)
                       in enumerate(zip(a, z, strict=True))]
        font = style.heading_font(on, "small", bold=False)
        for text_item, text in zip(self.node_texts, values, strict=True):
            text_item.setText(text, color=style.theme()["foreground"])
            text_item.setFont(font)
        for wt in self.weight_texts:
            wt.setColor(style.muted_color())
            wt.setFont(font)
        self.output_label.setText(self.tr("y = %1   (book: [0.31682708 0.69627909])").replace("%1", book_print(t.y)))

    def set_presentation(self, on: bool) -> None:
        self.presentation = on
        style.apply_plot_style(self.plot, on, grid=False)
        self.output_label.setFont(style.heading_font(on, "heading"))
        row_h = round(22 * style.presentation_scale(on))
        col_w = 62 if on else 52
        for table in self.tables.values():
            table.verticalHeader().setDefaultSectionSize(row_h)
            table.horizontalHeader().setDefaultSectionSize(col_w)
            table.setFixedHeight(row_h * (table.rowCount() + 1) + 6)
            table.setMinimumWidth(col_w * table.columnCount() + 6)
        self._draw()

    def table(self) -> CsvTable:
        """Every value of the forward pass: name, index, value."""
        t = self.trace
        rows = []
        for name in ("x", "a1", "z1", "a2", "z2", "a3", "y"):
            rows += [[name, k, float(v)] for k, v in enumerate(getattr(t, name))]
        for key in PARAM_KEYS:
            rows += [[key, k, float(v)] for k, v in enumerate(self.params[key].ravel())]
        return CsvTable(["value", "index", "number"], rows)

    def shutdown(self) -> None:
        pass
