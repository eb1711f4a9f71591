"""The race's leaderboard: who reached f ≤ ε first, the rest by their current f (one table and a note).

The rows come from the race view (``RaceView.board_rows``, from core's ``steps_to_reach``); this view only
writes them into the table, reusing its items, and keeps the table wide enough for its texts.
"""
from __future__ import annotations

from typing import TypedDict

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dlfs_studio.app import style

from .fields import exact_number
from .ledger import format_cell
from .surface_picker import OPTIMIZER_LABELS


def _tr(text: str) -> str:
    return QCoreApplication.translate("RaceView", text)  # the strings kept their context when this view moved


class BoardRow(TypedDict):
    """One leaderboard row: optimizer name, lr, steps to reach ε (None if not yet), f now, diverged."""

    name: str
    lr: float
    steps: int | None
    value: float
    diverged: bool


class Leaderboard(QWidget):
    """``title`` over ``table`` (optimizer, lr, steps, f now) over ``note`` (the ε rule)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(_tr("Leaderboard"), self)
        v.addWidget(self.title)
        self.table = table = QTableWidget(0, 4, self)
        table.setHorizontalHeaderLabels([_tr("optimizer"), _tr("lr"), _tr("steps"), _tr("f now")])
        steps_header = QTableWidgetItem(_tr("steps"))
        steps_header.setToolTip(_tr("Steps until f(x) ≤ ε for the first time."))
        table.setHorizontalHeaderItem(2, steps_header)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = table.horizontalHeader()
        # fitted once per update (resizeColumnsToContents), not re-measured on every cell's change
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        table.setWordWrap(False)
        table.setToolTip(_tr("Who reaches f ≤ ε first (fewest steps); the rest ordered by their "
                             "current f. Hover a number for full precision."))
        v.addWidget(table, 1)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {style.muted_color()};")
        v.addWidget(self.note)

    def show_rows(self, rows: list[BoardRow], ended: bool, eps: float, presentation: bool) -> None:
        """Write ``rows`` (sorted) into the table; ``ended``: the race is over (who has not finished never will)."""
        table = self.table
        table.setRowCount(len(rows))
        digits = 4 if presentation else 6
        changed = False
        for i, r in enumerate(rows):
            if r["diverged"]:
                steps_text = _tr("diverged")
            elif r["steps"] is None:
                steps_text = _tr("not reached") if ended else _tr("not yet")
            else:
                steps_text = str(r["steps"])
            v = r["value"]
            texts = (f"{i + 1}. {OPTIMIZER_LABELS.get(r['name'], r['name'])}", exact_number(r["lr"]), steps_text,
                     f"{v:.{digits}g}" if np.isfinite(v) and 1e-4 <= abs(v) < 1e6 else format_cell(v))
            cells = []
            for j, text in enumerate(texts):
                item, new = self._cell(i, j, text)
                cells.append(item)
                changed |= new
            name, value = cells[0], cells[3]
            color = QColor(style.OPTIMIZER_COLORS.get(r["name"], style.ACCENT))
            if name.foreground().color() != color:
                name.setForeground(color)
            if value.toolTip() != repr(v):
                value.setToolTip(repr(v))
        if changed:  # the widths follow the texts: nothing to measure while they stay the same
            table.resizeColumnsToContents()
            self.fit()
        self.note.setText(_tr("ε = {0}; a racer finishes at the first step with f(x) ≤ ε "
                              "(core.descent.steps_to_reach).").format(exact_number(eps)))

    def _cell(self, row: int, col: int, text: str) -> tuple[QTableWidgetItem, bool]:
        """Set a cell's text, reusing its item: a new item per cell and step (setItem) relayouts the table 24 times
        a frame, about half of a race step's time. Returns the item and whether its text changed."""
        item = self.table.item(row, col)
        if item is None:
            item = QTableWidgetItem(text)
            if col:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            else:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.table.setItem(row, col, item)
            return item, True
        if item.text() != text:
            item.setText(text)
            return item, True
        return item, False

    def fit(self) -> None:
        """Keep the table at least as wide as its columns, so no value is cut ("0.0007…").

        The minimum only grows during a race (no jitter as the values change) and starts afresh with
        each presentation-mode switch (:meth:`refit`)."""
        table = self.table
        header = table.horizontalHeader()
        shown = [c for c in range(table.columnCount()) if not table.isColumnHidden(c)]
        widths = [max(header.sectionSizeHint(c), table.sizeHintForColumn(c)) for c in shown]
        widths[-1] = max(widths[-1], header.defaultSectionSize())  # the stretched last section is never narrower
        width = sum(widths) + 2 * table.frameWidth() + 2
        if table.verticalScrollBar().isVisible():
            width += table.verticalScrollBar().sizeHint().width()
        if width > table.minimumWidth():
            table.setMinimumWidth(width)

    def refit(self) -> None:
        """Fit the columns and the width afresh (same texts, new fonts)."""
        self.table.resizeColumnsToContents()
        self.fit()

    def set_presentation(self, on: bool) -> None:
        """Bigger title, the lr column and the note hidden (they are in the controls)."""
        self.table.setColumnHidden(1, on)
        self.note.setVisible(not on)
        font = self.title.font()
        font.setPointSizeF(style.font_size("heading", on))
        font.setBold(True)
        self.title.setFont(font)
        self.table.setMinimumWidth(0)  # fitted again to the new fonts by the next show_rows / refit
