"""The controls column of the descent panel's tabs: a form on a plain box, in a scroll area when tall."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QScrollArea, QWidget


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
