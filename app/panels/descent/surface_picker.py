"""The surface chooser shared by the "Descent" and "Optimizer race" tabs: core's surfaces in a combo box,
or a custom f(x0, x1) typed by the learner and parsed safely by ``core.expr`` (never evaluated as Python).
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from dlfs_studio.app import style
from dlfs_studio.app.expr_errors import expression_error_text
from dlfs_studio.core.surfaces import DEFAULT_SURFACE, SURFACES, Surface

from .ledger import format_cell

#: Display names of the optimizers (keys are core's).
OPTIMIZER_LABELS = {"sgd": "SGD", "momentum": "Momentum", "nesterov": "Nesterov", "adagrad": "AdaGrad",
                    "rmsprop": "RMSprop", "adam": "Adam"}
CUSTOM = "__custom__"


def fmt_point(x: Any) -> str:
    return f"({format_cell(float(x[0]))}, {format_cell(float(x[1]))})"


def parse_expression(text: str) -> Surface:
    """Parse user text with core's safe parser (raises core.expr.ExpressionError, a ValueError)."""
    from dlfs_studio.core.expr import surface_from_expression

    return surface_from_expression(text)


class SurfacePicker(QWidget):
    """Surface combo (core's list) plus a custom-expression field with an inline error message.

    Emits ``surfaceChanged(Surface)`` only for a good surface; a bad expression shows its message
    (with the position) and leaves the last good surface in place.
    """

    surfaceChanged = Signal(object)

    def __init__(self, initial: str = DEFAULT_SURFACE, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.combo = QComboBox(self)
        for name, surface in SURFACES.items():
            self.combo.addItem(f"{name}:  {surface.formula}", name)
        self.combo.addItem(self.tr("custom: type f(x0, x1)…"), CUSTOM)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(14)
        self.combo.setToolTip(self.tr("Choose the function to descend, or 'custom' to type your own."))
        self.combo.setCurrentIndex(max(0, self.combo.findData(initial)))
        layout.addWidget(self.combo)
        row = QHBoxLayout()
        self.expr_edit = QLineEdit(self)
        self.expr_edit.setPlaceholderText(self.tr("e.g. x0**2 + 3*sin(x1)"))
        self.expr_edit.setToolTip(self.tr("Type a function of x0 and x1 and press Enter; it is parsed "
                                          "safely by core (never evaluated as Python)."))
        self.apply_button = QPushButton(self.tr("Use"), self)
        self.apply_button.setToolTip(self.tr("Draw and descend the typed function."))
        row.addWidget(self.expr_edit, 1)
        row.addWidget(self.apply_button)
        layout.addLayout(row)
        self.error = style.error_label(self)
        layout.addWidget(self.error)
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        muted = self.description.palette()  # a palette, not a style sheet: a style sheet would pin the font
        muted.setColor(QPalette.ColorRole.WindowText, QColor(style.muted_color()))  # of presentation mode
        self.description.setPalette(muted)
        layout.addWidget(self.description)
        self.surface: Surface = SURFACES[initial]
        self.custom_surface: Surface | None = None
        self.combo.currentIndexChanged.connect(self._on_combo)
        self.expr_edit.returnPressed.connect(self.apply_expression)
        # clicked(bool) would pass its 'checked' flag as the text: call without arguments
        self.apply_button.clicked.connect(lambda _checked=False: self.apply_expression())
        self._show_custom(False)
        self._describe()

    def _show_custom(self, on: bool) -> None:
        self.expr_edit.setVisible(on)
        self.apply_button.setVisible(on)
        if not on:
            style.set_error_label(self.error, None)

    def restyle(self) -> None:
        """Re-apply the error message's style (its font follows presentation mode)."""
        if self.error.text():
            style.set_error_label(self.error, self.error.text())

    def _describe(self) -> None:
        # the built-in surfaces' descriptions come from core (no Qt there): translated here, collected by update_ts.py
        self.description.setText(QCoreApplication.translate("Surfaces", self.surface.description)
                                 if self.surface.description else self.surface.formula)

    def _on_combo(self, _index: int) -> None:
        key = self.combo.currentData()
        if key == CUSTOM:
            self._show_custom(True)
            self.expr_edit.setFocus()
            if self.custom_surface is not None:
                self._set(self.custom_surface)
            return
        self._show_custom(False)
        self._set(SURFACES[key])

    def _set(self, surface: Surface) -> None:
        self.surface = surface
        self._describe()
        self.surfaceChanged.emit(surface)

    def select(self, name: str) -> None:
        """Select a built-in surface by core name."""
        self.combo.setCurrentIndex(self.combo.findData(name))

    def apply_expression(self, text: str | None = None) -> bool:
        """Parse ``text`` (default: the field) with core; True if it became the drawn surface."""
        if self.combo.currentData() != CUSTOM:
            self.combo.blockSignals(True)
            self.combo.setCurrentIndex(self.combo.findData(CUSTOM))
            self.combo.blockSignals(False)
            self._show_custom(True)
        if text is not None:
            self.expr_edit.setText(text)
        else:
            text = self.expr_edit.text()
        try:
            surface = parse_expression(text)
        except ValueError as exc:  # core.expr.ExpressionError is a ValueError
            pos = getattr(exc, "position", None)
            reason = expression_error_text(exc).rstrip(".")  # in the interface language
            where = self.tr(" at character {0}").format(pos + 1) if isinstance(pos, int) else ""
            style.set_error_label(self.error, self.tr("Not used{0}: {1}. The previous surface stays drawn.")
                                  .format(where, reason))
            if isinstance(pos, int):
                self.expr_edit.setCursorPosition(min(pos, len(text)))
            return False
        style.set_error_label(self.error, None)
        self.custom_surface = surface
        self._set(surface)
        return True
