"""The "Batch" tab: several outputs y with labels, the batch cross-entropy (one-hot and label forms) and
the half-sum squared error, every value from core.

Adding a row recomputes once: the cells the panel itself writes (backgrounds, computed values, tooltips)
are written with the table's signals blocked and only where they change, so they never fire ``itemChanged``
(each write used to recompute the whole batch again, twelve times a row).
"""
from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dlfs_studio.app import style
from dlfs_studio.app.export import CsvTable
from dlfs_studio.app.panels.loss import model
from dlfs_studio.app.panels.loss.model import NUM_CLASSES, short_result, short_y, shows_rounded
from dlfs_studio.app.panels.loss.numbers_view import NUMBER_SCALE
from dlfs_studio.app.panels.loss.widgets import ShortNumberDelegate
from dlfs_studio.app.widgets.number_field import parse_vector
from dlfs_studio.app.widgets.value_label import ValueLabel, precise


def _tr(text: str) -> str:
    return QCoreApplication.translate("LossPanel", text)  # every loss-panel string: context "LossPanel"

#: Narrowest per-row plot beside the batch table, in pixels (its title still fits in presentation mode).
BATCH_PLOT_MIN_WIDTH = 260
LABEL_COLUMN = NUM_CLASSES
CE_COLUMN, SSE_COLUMN = NUM_CLASSES + 1, NUM_CLASSES + 2


class BatchView(QWidget):
    """The batch table, its per-row chart and the batch results. ``current_row()`` (a callable returning the
    y (10,) and label to add) supplies the "Add row" button."""

    #: Emitted after every recomputation of the batch.
    recomputed = Signal()

    def __init__(self, current_row, book_rows, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._current_row = current_row
        self._book_rows = book_rows
        self._results: dict[str, Any] = {}
        #: each row's ten y and its label, parsed (a cell that does not parse keeps its last value)
        self._values: list[list[float]] = []
        #: cells that do not parse: (row, column) -> the reason
        self._bad: dict[tuple[int, int], str] = {}
        #: how many times the batch was recomputed (tests count them: one per action)
        self.recomputations = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        intro = QLabel(_tr("Each row is one output y with its label t. The batch cross-entropy is the mean "
                           "of the rows' cross-entropies (section 4.2.4)."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        buttons = QHBoxLayout()
        self.add_row_button = QPushButton(_tr("Add row"), self)
        self.add_row_button.setToolTip(_tr("Add a row (a copy of the current output y and label)"))
        self.add_row_button.clicked.connect(self.add_row)
        self.remove_row_button = QPushButton(_tr("Remove row"), self)
        self.remove_row_button.setToolTip(_tr("Remove the selected row (or the last one)"))
        self.remove_row_button.clicked.connect(self.remove_row)
        self.book_rows_button = QPushButton(_tr("Book's y and y2"), self)
        self.book_rows_button.setToolTip(_tr("Fill the table with the book's two examples (label 2)"))
        self.book_rows_button.clicked.connect(self.fill_from_book)
        for b in (self.add_row_button, self.remove_row_button, self.book_rows_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        split = self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        split.setChildrenCollapsible(False)
        table = self.table = QTableWidget(0, NUM_CLASSES + 3, split)
        headers = [f"y{k}" for k in range(NUM_CLASSES)] + [_tr("label t"), _tr("cross-entropy"), _tr("squared error")]
        table.setHorizontalHeaderLabels(headers)
        table.setToolTip(_tr("Edit y values (0 or more) and the label t (0–9); the last two "
                             "columns are computed by core"))
        y_tip = _tr("Shown to two decimals, like the bars; hover a cell or edit it for the full value")
        result_tip = _tr("Computed by core; shown with six significant digits (… means more digits: hover "
                         "the cell or export the CSV for the full value)")
        for c in range(table.columnCount()):
            if c != LABEL_COLUMN:
                _item(table.horizontalHeaderItem(c)).setToolTip(y_tip if c < NUM_CLASSES else result_tip)
        # columns sized to their contents once, then widened only by the cells that change (ResizeToContents
        # measured every row at every change: adding a row got slower the longer the table was)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._y_delegate = ShortNumberDelegate(short_y, table)
        self._result_delegate = ShortNumberDelegate(short_result, table)
        for c in range(NUM_CLASSES):
            table.setItemDelegateForColumn(c, self._y_delegate)
        for c in (CE_COLUMN, SSE_COLUMN):
            table.setItemDelegateForColumn(c, self._result_delegate)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.itemChanged.connect(self._on_item_changed)
        split.addWidget(table)
        self.plot = pg.PlotWidget(split)
        self.plot.setToolTip(_tr("Cross-entropy of each row; the line is the batch mean"))
        self.plot.setMinimumWidth(BATCH_PLOT_MIN_WIDTH)
        bp = self.plot.getPlotItem()
        bp.setTitle(_tr("Cross-entropy per row"))
        bp.setLabel("bottom", _tr("row"))
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.6, brush=style.CLASS_COLORS[1], pen=pg.mkPen(None))
        bp.addItem(self.bars)
        self.mean_line = pg.InfiniteLine(angle=0, pen=style.pen(style.ACCENT, 2, style=Qt.PenStyle.DashLine),
                                         label=_tr("batch mean"),
                                         labelOpts={"position": 0.85, "color": style.ACCENT,
                                                    "anchors": [(0.5, 1.0), (0.5, 1.0)]})
        bp.addItem(self.mean_line)
        split.addWidget(self.plot)
        split.setStretchFactor(0, 0)  # the table keeps the width its columns need; the plot takes the rest
        split.setStretchFactor(1, 1)
        split.setSizes([700, 300])
        split.installEventFilter(self)
        layout.addWidget(split, 1)

        self.error = style.error_label(self)
        layout.addWidget(self.error)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        self.ce_labels = ValueLabel(self, point_size=16)
        self.ce_onehot = ValueLabel(self, point_size=16)
        self.sse = ValueLabel(self, point_size=16)
        self.sse_over_n = ValueLabel(self, point_size=12, bold=False)
        rows = [
            (_tr("Batch cross-entropy, t as label indices:"), self.ce_labels,
             _tr("core.cross_entropy_error(Y, labels): mean over the rows")),
            (_tr("Batch cross-entropy, t as one-hot rows:"), self.ce_onehot,
             _tr("core.cross_entropy_error(Y, one_hot(labels))")),
            (_tr("Squared error over the batch (half sum):"), self.sse,
             _tr("core.sum_squared_error(Y, T): NOT divided by the batch size")),
            (_tr("… divided by N (a true mean):"), self.sse_over_n,
             _tr("The half sum divided by the number of rows, for comparison")),
        ]
        for r, (caption, value, tip) in enumerate(rows):
            cap = QLabel(caption, self)
            cap.setToolTip(tip)
            value.setToolTip(tip)
            grid.addWidget(cap, r, 0)
            grid.addWidget(value, r, 1)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        self.agree = style.error_label(self)
        layout.addWidget(self.agree)
        self.half_sum_note = style.error_label(self)
        layout.addWidget(self.half_sum_note)

    # ------------------------------------------------------------------ rows
    def fill_from_book(self) -> None:
        self.set_rows(self._book_rows())

    def set_rows(self, rows: list[tuple[Any, int]]) -> None:
        """Replace the table by ``rows`` (y (10,), label) and recompute once."""
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self._values.clear()
        self._bad.clear()
        for y, label in rows:
            self._append_row(y, label)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        self.recompute()

    def _append_row(self, y: Any, label: int) -> None:
        """Append a row (call with the table's signals blocked); its numbers are kept parsed in ``_values``."""
        r = self.table.rowCount()
        self.table.insertRow(r)
        values = [float(v) for v in y]
        for c, v in enumerate(values):
            self.table.setItem(r, c, QTableWidgetItem(precise(v)))
        self.table.setItem(r, LABEL_COLUMN, QTableWidgetItem(str(int(label))))
        for c in (CE_COLUMN, SSE_COLUMN):
            item = QTableWidgetItem("")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(r, c, item)
        self._values.append([*values, float(int(label))])
        self._set_tooltips(r)

    def add_row(self) -> None:
        """Append a row holding the current output y and label."""
        y, label = self._current_row()
        self.table.blockSignals(True)
        self._append_row(y, label)
        self.table.blockSignals(False)
        self._grow_columns(self.table.rowCount() - 1, range(LABEL_COLUMN + 1))
        self.recompute()
        self.table.scrollToBottom()

    def remove_row(self) -> None:
        """Remove the selected row (or the last); at least one row stays."""
        if self.table.rowCount() <= 1:
            style.set_error_label(self.error, _tr("A batch needs at least one row."), "info")
            return
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        row = rows[0] if rows else self.table.rowCount() - 1
        self.table.removeRow(row)
        del self._values[row]
        self._bad = {(r - (r > row), c): m for (r, c), m in self._bad.items() if r != row}
        self.recompute()

    def set_cell(self, row: int, column: int, text: str) -> None:
        """Type ``text`` into a cell (columns 0–9: y, 10: label)."""
        _item(self.table.item(row, column)).setText(text)

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        r, c = item.row(), item.column()
        if c > LABEL_COLUMN:
            return
        self.table.blockSignals(True)
        self._parse_cell(r, c, item)
        self._set_tooltips(r, (c,))
        self.table.blockSignals(False)
        self._grow_columns(r, (c,))
        self.recompute()

    def _parse_cell(self, r: int, c: int, item: QTableWidgetItem) -> None:
        """Parse one edited cell into ``_values``; a bad cell is tinted and its message kept (signals blocked)."""
        was_bad = (r, c) in self._bad
        try:
            if c < NUM_CLASSES:
                self._values[r][c] = float(parse_vector(item.text(), 1, allow_negative=False)[0])
            else:
                v = parse_vector(item.text(), 1, minimum=0, maximum=NUM_CLASSES - 1)[0]
                if v != int(v):
                    raise ValueError(_tr("The label must be a whole number 0–9."))
                self._values[r][c] = float(int(v))
            self._bad.pop((r, c), None)
            if was_bad:
                item.setBackground(QBrush())
        except ValueError as exc:
            self._bad[(r, c)] = str(exc)
            if not was_bad:
                item.setBackground(style.brush(style.ERROR, 90))  # translucent: readable light or dark

    def _grow_columns(self, row: int, columns) -> None:
        """Widen the columns of ``row``'s cells that need it (never narrower: no column shrinks while typing).
        Only the changed cells are measured, so adding a row costs the same with 5 rows or 500."""
        header = self.table.horizontalHeader()
        model = self.table.model()
        grid = 1 if self.table.showGrid() else 0  # as QTableView.sizeHintForColumn counts it
        for c in columns:
            needed = self.table.sizeHintForIndex(model.index(row, c)).width() + grid
            if needed > header.sectionSize(c):
                header.resizeSection(c, needed)

    # ------------------------------------------------------------------ computation
    def _read(self) -> tuple[np.ndarray, np.ndarray]:
        """Y (N, 10) and labels (N,) from the parsed cells; ValueError listing the bad cells if any."""
        if self._bad:
            errors = []
            for (r, c), message in sorted(self._bad.items()):
                column = f"y{c}" if c < NUM_CLASSES else _tr("label t")
                errors.append(_tr("Row %1, %2: %3").replace("%1", str(r + 1)).replace("%2", column)
                              .replace("%3", message))
            raise ValueError("\n".join(errors[:3]) + ("\n…" if len(errors) > 3 else ""))
        values = np.array(self._values, dtype=np.float64).reshape(-1, NUM_CLASSES + 1)
        return values[:, :NUM_CLASSES], values[:, NUM_CLASSES].astype(np.int64)

    def recompute(self) -> None:
        """Read the table, compute the batch with core, and show it (once)."""
        self.recomputations += 1
        try:
            Y, labels = self._read()
        except ValueError as exc:
            style.set_error_label(self.error, _tr("Not updated — fix the highlighted cells:") + "\n" + str(exc))
            self.recomputed.emit()
            return
        style.set_error_label(self.error, None)
        b = model.compute_batch(Y, labels)
        self._results = b
        n = len(labels)
        grow: list[int] = []
        self.table.blockSignals(True)
        for r in range(n):
            changed = False
            for c, value in ((CE_COLUMN, b["per_row"][r]), (SSE_COLUMN, b["sse_rows"][r])):
                item = _item(self.table.item(r, c))
                text = precise(value)
                if item.text() != text:
                    item.setText(text)
                    changed = True
            if changed:
                self._set_tooltips(r, (CE_COLUMN, SSE_COLUMN))
                grow.append(r)
        self.table.blockSignals(False)
        for r in grow:
            self._grow_columns(r, (CE_COLUMN, SSE_COLUMN))
        self.ce_labels.set_value(b["ce_labels"])
        self.ce_onehot.set_value(b["ce_onehot"])
        self.sse.set_value(b["sse"])
        self.sse_over_n.set_value(b["sse"] / n)
        if b["ce_labels"] == b["ce_onehot"] and np.array_equal(b["per_row"], b["per_row_onehot"]):
            style.set_error_label(self.agree, _tr(
                "✓ The one-hot form and the label-index form agree exactly (the label form just reads "
                "y[row, t] instead of multiplying by zeros)."), "ok")
        else:
            diff = abs(b["ce_labels"] - b["ce_onehot"])
            style.set_error_label(self.agree, _tr(
                "The two forms differ by %1 (floating-point summation order).").replace("%1", precise(diff)),
                "warning")
        style.set_error_label(self.half_sum_note, _tr(
            "Careful: the book's mean_squared_error is a half SUM. Over these %1 rows it adds every row "
            "(%2); it is not divided by the batch size, unlike the batch cross-entropy, which is a mean.")
            .replace("%1", str(n)).replace("%2", precise(b["sse"])), "warning")
        self.bars.setOpts(x=np.arange(n, dtype=float), height=np.clip(b["per_row"], -1e300, 1e300), width=0.6)
        self.mean_line.setValue(float(np.clip(b["ce_labels"], -1e300, 1e300)))
        bp = self.plot.getPlotItem()
        step = max(1, n // 20)  # at most about 20 tick labels
        bp.getAxis("bottom").setTicks([[(i, str(i + 1)) for i in range(0, n, step)]])
        bp.setXRange(-0.6, n - 0.4, padding=0)
        self.fit_split(grow_only=True)
        self.recomputed.emit()

    def _set_tooltips(self, row: int, columns: tuple[int, ...] | None = None) -> None:
        """Cells shown shortened carry their full value as a tooltip (call with the table's signals blocked)."""
        for c in columns if columns is not None else (*range(NUM_CLASSES), CE_COLUMN, SSE_COLUMN):
            item = self.table.item(row, c)
            if item is None or c == LABEL_COLUMN:
                continue
            text = item.text()
            formatter = short_y if c < NUM_CLASSES else short_result
            tip = text if shows_rounded(text, formatter(text)) else ""
            if item.toolTip() != tip:
                item.setToolTip(tip)

    def results(self) -> dict[str, Any]:
        """The last batch values computed by core."""
        return dict(self._results)

    # ------------------------------------------------------------------ CSV
    def rows_table(self) -> CsvTable:
        """The batch table: one row per output, y0..y9, label and the row's losses (full precision)."""
        b = self._results
        header = [f"y{k}" for k in range(NUM_CLASSES)] + ["label", "cross_entropy", "squared_error"]
        rows: list[list[Any]] = []
        if b:
            for i in range(len(b["labels"])):
                rows.append([float(v) for v in b["Y"][i]] + [int(b["labels"][i]), float(b["per_row"][i]),
                                                             float(b["sse_rows"][i])])
        return CsvTable(header, rows)

    def summary_table(self) -> CsvTable:
        """The batch results as quantity, value rows."""
        b = self._results
        rows: list[list[Any]] = []
        if b:
            n = len(b["labels"])
            rows = [["rows", n], ["batch_cross_entropy_labels", b["ce_labels"]],
                    ["batch_cross_entropy_one_hot", b["ce_onehot"]],
                    ["batch_squared_error_half_sum", b["sse"]], ["batch_squared_error_over_n", b["sse"] / n]]
        return CsvTable(["quantity", "value"], rows)

    # ------------------------------------------------------------------ layout
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter and event.type() in (QEvent.Type.Show, QEvent.Type.Resize):
            self.fit_split()
        return super().eventFilter(watched, event)

    def fit_split(self, grow_only: bool = False) -> None:
        """Give the table the width its columns need (no sideways scrolling) and the plot the rest.

        ``grow_only`` (after an edit) only widens the table, so a split the user dragged wider is kept.
        """
        split = self.splitter
        if not split.isVisible():
            return  # refitted when shown (eventFilter); a hidden splitter has no real width yet
        table = self.table
        header = table.horizontalHeader()
        columns = sum(max(header.sectionSize(c), header.sectionSizeHint(c), header.minimumSectionSize())
                      for c in range(table.columnCount()))
        needed = (columns + table.verticalHeader().sizeHint().width() + 2 * table.frameWidth()
                  + table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, table))
        total = split.width() - split.handleWidth()
        table_width = min(needed, max(total - self.plot.minimumWidth(), 0))
        if grow_only and split.sizes()[0] >= table_width:
            return
        split.setSizes([table_width, total - table_width])

    def set_presentation_mode(self, on: bool) -> None:
        style.apply_plot_style(self.plot, on, title_role="axis")
        self.table.resizeColumnsToContents()  # the new font: measured once
        for lab in (self.ce_labels, self.ce_onehot, self.sse, self.sse_over_n):
            lab.set_presentation_mode(on, NUMBER_SCALE)
        for label in (self.error, self.agree, self.half_sum_note):
            if label.isVisibleTo(self):
                style.set_error_label(label, label.text(), str(label.property("dlfsLevel") or "error"))
        self.fit_split()


def _item(item: QTableWidgetItem | None) -> QTableWidgetItem:
    """A cell the table is known to hold (every row is created with all its items)."""
    if item is None:
        raise LookupError("missing table item")
    return item
