"""The controls column of the descent panel's tabs: a form on a plain box, in a scroll area when tall."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QScrollArea, QWidget

from dlfs_studio.app import style


def control_form(parent: QWidget) -> tuple[QWidget, QFormLayout]:
    """A box and its form layout, whose fields grow to the column's width."""
    box = QWidget(parent)
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setContentsMargins(6, 6, 6, 6)
    return box, form


def scrolled_controls(box: QWidget, min_width: int, parent: QWidget) -> QScrollArea:
    """``box`` in a frameless, vertically scrolling area at least ``min_width`` pixels wide."""
    scroll = QScrollArea(parent)
    scroll.setWidget(box)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setMinimumWidth(min_width)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return scroll


def show_message(label: QLabel, text: str | None, level: str = "error", force: bool = False) -> None:
    """:func:`style.set_error_label`, skipped when ``label`` already shows ``text`` at ``level``: a new style
    sheet re-polishes the label (about 2 ms), too much for every animation frame. ``force`` after a font change."""
    if not force and label.text() == (text or "") and (not text or label.property("dlfsLevel") == level):
        return
    style.set_error_label(label, text, level)
