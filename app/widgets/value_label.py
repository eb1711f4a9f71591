"""A label that shows a float exactly as Python's ``repr`` prints it (0.09750000000000003, never rounded)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QLabel, QWidget


def precise(value: float) -> str:
    """``repr(float(value))`` with -0.0 shown as 0.0: the shortest text that reads back as the same float."""
    v = float(value)
    if v == 0.0:
        v = 0.0
    return repr(v)


class ValueLabel(QLabel):
    """Shows one float with full precision; selectable, copied whole on double-click.

    ``text()`` is exactly :func:`precise` of the value (tests compare it with ``repr`` of core's result).
    ``point_size`` is the normal size; :meth:`set_presentation_mode` scales it.
    """

    def __init__(self, parent: QWidget | None = None, point_size: float = 20.0, bold: bool = True) -> None:
        super().__init__(parent)
        self._value: float | None = None
        self._base_size = point_size
        self._bold = bold
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setToolTip(self.tr("The exact value, as Python's repr prints it (double-click to copy)"))
        self._apply_font(1.0)
        self.setText("–")

    def _apply_font(self, scale: float) -> None:
        f = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        f.setPointSizeF(self._base_size * scale)
        f.setBold(self._bold)
        f.setStyleHint(QFont.StyleHint.Monospace)
        self.setFont(f)

    def set_presentation_mode(self, on: bool, scale: float = 1.6) -> None:
        """Scale the font for a projector."""
        self._apply_font(scale if on else 1.0)

    def value(self) -> float | None:
        """The float shown (None before the first :meth:`set_value`)."""
        return self._value

    def set_value(self, value: float) -> None:
        """Show ``value`` with full precision."""
        self._value = float(value)
        self.setText(precise(value))

    def mouseDoubleClickEvent(self, event) -> None:
        QApplication.clipboard().setText(self.text())
        super().mouseDoubleClickEvent(event)
