"""The step ledger: a table model over a list of core ``DescentStep`` objects (no widget per cell).

Cells show a compact number (scientific notation for huge or tiny values); the tooltip, the
copy action and CSV export give the full ``repr`` precision. ``Qt.UserRole`` returns the raw float.
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt,
)
from PySide6.QtGui import QAction, QFont, QFontMetrics, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.export import CsvTable

RAW_ROLE = Qt.ItemDataRole.UserRole


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
        self._bold = QFont()
        self._bold.setBold(True)

    # ------------------------------------------------------------------ data API
    def set_steps(self, steps: Sequence[Any], count: int, state_keys: Sequence[str] = ()) -> None:
        """Show the first ``count`` entries of ``steps`` (a list the caller keeps extending)."""
        keys = list(state_keys)
        if steps is not self._steps or keys != self._state_keys or count < self._count - 1 \
                or count > self._count + 1:
            self.beginResetModel()
            self._steps, self._count, self._state_keys = steps, count, keys
            self.endResetModel()
            return
        if count == self._count + 1:
            self.beginInsertRows(QModelIndex(), self._count, self._count)
            self._count = count
            self.endInsertRows()
            self._refresh_row(count - 2)
        elif count == self._count - 1:
            self.beginRemoveRows(QModelIndex(), count, count)
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

    def csv_table(self) -> CsvTable:
        """Every shown row, full precision (floats written with repr by app.export)."""
        rows = [[self.raw(r, c) if self.raw(r, c) is not None else "" for c in range(self.columnCount())]
                for r in range(self._count)]
        return CsvTable(self.headers(), rows)

    # ------------------------------------------------------------------ Qt model API
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.BASE) + 2 * len(self._state_keys)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt API)
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if section < len(self.SHOWN):
                return _tr(self.SHOWN[section])
            return self.headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return self._header_tip(section)
        return None

    def _header_tip(self, section: int) -> str:
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

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, RAW_ROLE,
                    Qt.ItemDataRole.EditRole):
            value = self.raw(row, col)
            if role == RAW_ROLE:
                return value
            if col == 0:
                return str(value)
            if role == Qt.ItemDataRole.DisplayRole:
                return format_cell(value)
            return "—" if value is None else repr(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row == self._count - 1:
            return self._bold
        return None


class LedgerView(QTableView):
    """QTableView for the ledger; Ctrl+C copies the selected cells in full precision (tab separated)."""

    def __init__(self, model: LedgerModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(22)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        bold = QFont(self.font())
        bold.setBold(True)  # the current row is bold: size the columns for it
        self.horizontalHeader().setDefaultSectionSize(
            QFontMetrics(bold).horizontalAdvance("-2.589837474e+13") + 16)
        self.setToolTip(_tr("Every step: point, value, numerical and exact gradient, step and optimizer "
                            "state; hover a cell for full precision, Ctrl+C copies it exactly."))
        copy = QAction(_tr("Copy with full precision"), self)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy.triggered.connect(self.copy_selection)
        self.addAction(copy)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def reset(self) -> None:  # noqa: D102 (Qt API): keep the narrow k column after a model reset
        super().reset()
        self.setColumnWidth(0, self.fontMetrics().horizontalAdvance("100000") + 12)

    def selected_text(self) -> str:
        """The selected cells as tab-separated text with full-precision numbers."""
        indexes = sorted(self.selectionModel().selectedIndexes(), key=lambda i: (i.row(), i.column()))
        if not indexes:
            return ""
        model: LedgerModel = self.model()  # type: ignore[assignment]
        lines: dict[int, list[str]] = {}
        for idx in indexes:
            value = model.raw(idx.row(), idx.column())
            lines.setdefault(idx.row(), []).append("" if value is None else repr(value))
        return "\n".join("\t".join(cells) for _, cells in sorted(lines.items()))

    def copy_selection(self) -> None:
        text = self.selected_text()
        if text:
            QGuiApplication.clipboard().setText(text)
