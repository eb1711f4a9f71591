"""The step ledger's table model over a list of core ``DescentStep`` objects (no widget per cell): compact
numbers for display, the raw float under ``RAW_ROLE``, full precision in tooltips, copies and CSV."""
from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from dlfs_studio.app.export import CsvTable

RAW_ROLE = Qt.ItemDataRole.UserRole
_ROOT = QModelIndex()  # the invalid index: the table's root
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)


def _tr(text: str) -> str:
    return QCoreApplication.translate("StepLedger", text)


def format_cell(value: float | None) -> str:
    """Compact text: 10 significant digits (enough to see a 1e-10 step), scientific notation outside
    [1e-4, 1e6), '—' for missing. The exact value is in the tooltip, the copy and the CSV."""
    if value is None:
        return "—"
    v = float(value)
    if math.isnan(v):
        return "nan"
    if math.isinf(v):
        return "inf" if v > 0 else "-inf"
    if v == 0:
        return "0"
    if 1e-4 <= abs(v) < 1e6:
        return f"{v:.10g}"
    return f"{v:.9e}"


def _component(arr: Any, i: int) -> float | None:
    return None if arr is None else float(arr[i])


class LedgerModel(QAbstractTableModel):
    """Rows = steps 0..count-1 of a shared list of DescentSteps; columns include the optimizer state."""

    BASE = ("k", "x0", "x1", "f(x)", "∂f/∂x0 numerical", "∂f/∂x0 analytic",
            "∂f/∂x1 numerical", "∂f/∂x1 analytic", "step x0", "step x1")
    #: Column names as shown (translated); CSV headers stay in BASE's stable English form.
    SHOWN = ("k", "x0", "x1", "f(x)",
             QT_TRANSLATE_NOOP("StepLedger", "∂f/∂x0 numerical"),
             QT_TRANSLATE_NOOP("StepLedger", "∂f/∂x0 analytic"),
             QT_TRANSLATE_NOOP("StepLedger", "∂f/∂x1 numerical"),
             QT_TRANSLATE_NOOP("StepLedger", "∂f/∂x1 analytic"),
             QT_TRANSLATE_NOOP("StepLedger", "step x0"),
             QT_TRANSLATE_NOOP("StepLedger", "step x1"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._steps: Sequence[Any] = []
        self._count = 0
        self._state_keys: list[str] = []
        self._columns = len(self.BASE)
        self._texts: dict[int, list[str]] = {}  # row -> the cells' text (a row never changes within a run)
        self._bold = QFont()
        self._bold.setBold(True)

    # ------------------------------------------------------------------ data API
    def set_steps(self, steps: Sequence[Any], count: int, state_keys: Sequence[str] = ()) -> None:
        """Show the first ``count`` entries of ``steps`` (a list the caller keeps extending)."""
        keys = list(state_keys)
        # a new run, or a jump back (reset): a reset, so the columns fit the rows shown again
        if steps is not self._steps or keys != self._state_keys or count < self._count - 1:
            self.beginResetModel()
            self._steps, self._count, self._state_keys = steps, count, keys
            self._columns = len(self.BASE) + 2 * len(keys)
            self._texts.clear()
            self.endResetModel()
            return
        # the same run further on (a step, or a chunk of a recomputed run), or one step back: only the rows that
        # came or went (a reset would measure every row again)
        old = self._count
        if count > old:
            self.beginInsertRows(QModelIndex(), old, count - 1)
            self._count = count
            self.endInsertRows()
            self._refresh_row(old - 1)
        elif count < old:
            self.beginRemoveRows(QModelIndex(), count, old - 1)
            self._count = count
            self.endRemoveRows()
            self._refresh_row(count - 1)

    def _refresh_row(self, row: int) -> None:
        if 0 <= row < self._count:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def headers(self) -> list[str]:
        cols = list(self.BASE)
        for key in self._state_keys:
            cols += [f"{key}[0]", f"{key}[1]"]
        return cols

    def raw(self, row: int, col: int) -> float | int | None:
        """The exact value in a cell (int for k, float, or None for a missing value)."""
        s = self._steps[row]
        if col == 0:
            return int(s.k)
        if col in (1, 2):
            return float(s.x[col - 1])
        if col == 3:
            return float(s.value)
        if col in (4, 5, 6, 7):
            i = 0 if col < 6 else 1
            arr = s.grad_numerical if col in (4, 6) else s.grad_analytic
            return _component(arr, i)
        if col in (8, 9):
            return _component(s.step, col - 8)
        j = col - len(self.BASE)
        key = self._state_keys[j // 2]
        return _component(s.state.get(key), j % 2)

    def display_text(self, row: int, col: int) -> str:
        """The text a cell shows: the step number, or :func:`format_cell` of its value."""
        value = self.raw(row, col)
        return str(value) if col == 0 else format_cell(value)

    def csv_table(self) -> CsvTable:
        """Every shown row, full precision (floats written with repr by app.export)."""
        rows = [[self.raw(r, c) if self.raw(r, c) is not None else "" for c in range(self.columnCount())]
                for r in range(self._count)]
        return CsvTable(self.headers(), rows)

    # ------------------------------------------------------------------ Qt model API
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        # Qt asks for every painted cell (QAbstractItemModel.hasIndex): keep it to one attribute read
        return 0 if parent.isValid() else self._columns

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if section < len(self.SHOWN):
                return _tr(str(self.SHOWN[section]))  # QT_TRANSLATE_NOOP gives back its text (typed object)
            return self.headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return self.header_tip(section) + "\n" + _tr("Right-click the column titles to choose the columns.")
        return None

    def header_tip(self, section: int) -> str:
        """What the column ``section`` holds (translated)."""
        tips = {0: _tr("Step number k (0 is the start point)."),
                1: _tr("First coordinate of the point x_k."), 2: _tr("Second coordinate of the point x_k."),
                3: _tr("Function value f(x_k)."),
                4: _tr("Central-difference estimate of ∂f/∂x0 at x_k (core.gradient.numerical_gradient)."),
                5: _tr("Exact ∂f/∂x0 at x_k from the surface's formula."),
                6: _tr("Central-difference estimate of ∂f/∂x1 at x_k."),
                7: _tr("Exact ∂f/∂x1 at x_k from the surface's formula."),
                8: _tr("Step taken from x_k to x_(k+1), first coordinate."),
                9: _tr("Step taken from x_k to x_(k+1), second coordinate.")}
        if section in tips:
            return tips[section]
        return _tr("Optimizer state (velocity v, squared-gradient sum h, Adam's m and v) before this update.")

    def cell_text(self, row: int, col: int) -> str:
        """The text a cell shows, computed once per row."""
        texts = self._texts.get(row)
        if texts is None:
            texts = self._texts[row] = [self.display_text(row, c) for c in range(self.columnCount())]
        return texts[col]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        # called for every visible cell and role on each repaint of an animation frame: the common roles first
        if role == _DISPLAY:
            row = index.row()
            texts = self._texts.get(row)
            if texts is None:
                if not index.isValid():
                    return None
                texts = self._texts[row] = [self.display_text(row, c) for c in range(self.columnCount())]
            return texts[index.column()]
        if role == _ALIGN:
            return _RIGHT
        if role == _FONT:
            return self._bold if index.row() == self._count - 1 else None
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role in (Qt.ItemDataRole.ToolTipRole, RAW_ROLE, Qt.ItemDataRole.EditRole):
            value = self.raw(row, col)
            if role == RAW_ROLE:
                return value
            if col == 0:
                return str(value)
            return "—" if value is None else repr(value)
        return None


#: QSettings key: the stable (English, CSV) names of the columns the learner hid.
