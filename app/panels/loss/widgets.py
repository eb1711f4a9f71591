"""Small widgets shared by the loss panel's views: a card, a captioned field, the draggable bar view box,
a short-number table delegate, and the translation helper (every loss-panel string has the context
"LossPanel", so the views keep the translations made when the panel was one module)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from dlfs_studio.app import style
from dlfs_studio.app.panels.loss.model import NUM_CLASSES


def _tr(text: str) -> str:
    """``text`` in the UI language (context "LossPanel"; update_ts.py collects ``_tr("…")`` literals)."""
    return QCoreApplication.translate("LossPanel", text)


def preset_text(preset: dict[str, Any], key: str) -> str:
    """A preset's "name", "source" or "note" in the UI language (context "LossPresets"; update_ts.py
    collects these strings from the JSON file)."""
    return QCoreApplication.translate("LossPresets", preset[key])


def html_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def mono_font() -> QFont:
    f = QFont("DejaVu Sans Mono")
    f.setStyleHint(QFont.StyleHint.Monospace)
    return f


class BarDragViewBox(pg.ViewBox):
    """A ViewBox where pressing or dragging on a bar sets that bar's height (calls ``on_set(index, value)``).

    ``on_drag(active)`` (optional) is called with True when a drag starts and False when it ends, so the
    panel can hold its layout still while the pointer is down.
    """

    def __init__(self, on_set: Callable[[int, float], None], enabled: Callable[[], bool] = lambda: True,
                 on_drag: Callable[[bool], None] | None = None) -> None:
        super().__init__(enableMenu=False)
        self._on_set = on_set
        self._enabled = enabled
        self._on_drag = on_drag
        self._index: int | None = None
        self.setMouseEnabled(x=False, y=False)

    def _bar_at(self, x: float) -> int | None:
        k = round(x)
        if 0 <= k < NUM_CLASSES and abs(x - k) <= 0.5:
            return k
        return None

    def mouseClickEvent(self, ev) -> None:
        if ev.button() != Qt.MouseButton.LeftButton or not self._enabled():
            ev.ignore()
            return
        p = self.mapSceneToView(ev.scenePos())
        k = self._bar_at(p.x())
        if k is None:
            ev.ignore()
            return
        ev.accept()
        self._on_set(k, p.y())

    def mouseDragEvent(self, ev, axis=None) -> None:
        if ev.button() != Qt.MouseButton.LeftButton or not self._enabled():
            ev.ignore()
            return
        ev.accept()
        if ev.isStart():
            start = self.mapSceneToView(ev.buttonDownScenePos())
            self._index = self._bar_at(start.x())
            if self._on_drag is not None:
                self._on_drag(True)
        try:
            if self._index is not None:
                p = self.mapSceneToView(ev.scenePos())
                self._on_set(self._index, p.y())
        finally:
            if ev.isFinish():
                self._index = None
                if self._on_drag is not None:
                    self._on_drag(False)


class ShortNumberDelegate(QStyledItemDelegate):
    """Shows a cell's number in a short form; the item's text (editor, tooltip, CSV, tests) stays full."""

    def __init__(self, formatter: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.formatter = formatter

    def displayText(self, value: Any, locale: Any) -> str:
        if isinstance(value, str):
            return self.formatter(value)
        return super().displayText(value, locale)


class Card(QFrame):
    """A rounded box with a title, an optional formula, and big numbers."""

    def __init__(self, title: str, formula: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setStyleSheet("QFrame#card { background: palette(base); border: 1px solid palette(midlight);"
                           " border-radius: 10px; }")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(16, 12, 16, 12)
        self.layout_.setSpacing(4)
        head = QHBoxLayout()
        head.setSpacing(14)
        self.title = QLabel(title, self)
        self.title.setStyleSheet("QLabel { border: none; background: transparent; }")
        head.addWidget(self.title)
        self.formula = QLabel(formula, self)
        self.formula.setTextFormat(Qt.TextFormat.RichText)
        self.formula.setStyleSheet(f"QLabel {{ color: {style.muted_color()}; border: none; background: transparent; }}")
        self.formula.setVisible(bool(formula))
        head.addWidget(self.formula)
        head.addStretch(1)
        self.layout_.addLayout(head)
        self._row: QHBoxLayout | None = None
        self.captions: list[QLabel] = []

    def add_row(self, caption: str, value: QWidget, same_row: bool = False) -> QLabel:
        """Add ``caption: value``; ``same_row`` puts it after the previous pair instead of on a new line."""
        if not same_row or self._row is None:
            self._row = QHBoxLayout()
            self._row.setSpacing(8)
            self.layout_.addLayout(self._row)
        else:
            self._row.addSpacing(24)
        cap = QLabel(caption, self)
        cap.setStyleSheet(f"QLabel {{ color: {style.muted_color()}; border: none; background: transparent; }}")
        self.captions.append(cap)
        self._row.addWidget(cap)
        value.setStyleSheet("QLabel { border: none; background: transparent; }")
        self._row.addWidget(value, 0)
        if not same_row:
            self._row.addStretch(1)
        return cap

    def set_presentation_mode(self, on: bool) -> None:
        self.title.setFont(style.heading_font(on, role="body" if on else "heading"))
        f = QFont()
        f.setPointSizeF(style.font_size("body", on))
        self.formula.setFont(f)
        # presentation: the formula moves to the tooltip, so the cards stay short and the charts get the height
        self.formula.setVisible(not on and bool(self.formula.text()))
        self.layout_.setContentsMargins(16, 4 if on else 12, 16, 4 if on else 12)
        self.layout_.setSpacing(0 if on else 4)
        for cap in self.captions:  # labels with a style sheet do not follow the application font
            cap.setFont(f)


def captioned(caption: str, field: QWidget, parent: QWidget) -> QHBoxLayout:
    """``caption`` (a fixed-width math label) to the left of ``field``, aligned with the field's first line."""
    row = QHBoxLayout()
    row.setSpacing(6)
    label = QLabel(caption, parent)
    label.setFixedWidth(30)
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    label.setContentsMargins(0, 4, 0, 0)
    row.addWidget(label, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(field, 1)
    return row


def fit_title_row(plot: pg.PlotItem) -> None:
    """Give a plot's title row the height of its text (PlotItem.setTitle fixes it at 30 px, one small line),
    so a two-line or presentation-size title does not run into the plot."""
    height = float(np.ceil(plot.titleLabel.itemRect().height()))
    plot.titleLabel.setMaximumHeight(height)
    plot.layout.setRowFixedHeight(0, height)


def finite_top(value: float, minimum: float) -> float:
    """An axis top for data up to ``value``: at least ``minimum``, never inf/nan (Qt refuses such a range)."""
    if not np.isfinite(value):
        return 1e300
    return float(min(max(value, minimum), 1e300))


def set_text(item: pg.TextItem, text: str) -> None:
    """``item.setText(text)`` only when the text changes (setting it relays the text document out)."""
    if item.toPlainText() != text:
        item.setText(text)
