"""A line edit for a vector of numbers, validated with a clear inline message (never an exception dialog)."""
from __future__ import annotations

import math
import re

import numpy as np
from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from dlfs_studio.app import style

_SEPARATORS = re.compile(r"[,\s;，、；]+")


def _tr(text: str) -> str:
    return QCoreApplication.translate("VectorField", text)


def parse_vector(text: str, count: int | None = None, allow_negative: bool = True,
                 minimum: float | None = None, maximum: float | None = None) -> np.ndarray:
    """Parse ``text`` (numbers separated by commas/spaces, optional [ ]) into a float64 array of shape (count,).

    Accepts pasted Python/NumPy lists such as ``[0.1, 0.05, 0.6]`` and full-width CJK commas (，、).
    Raises ValueError with a sentence a learner understands: empty field, text that is not a number, NaN or
    infinity, a negative value (if not allowed), a value outside [minimum, maximum], or the wrong count.
    Never evaluates the text as code.
    """
    stripped = text.strip().strip("[]()").strip()
    if stripped.startswith("array("):
        stripped = stripped[len("array("):].strip("[]() ")
    if not stripped:
        raise ValueError(_tr("The field is empty: type numbers separated by commas."))
    tokens = [tok.strip("[]()") for tok in _SEPARATORS.split(stripped)]
    tokens = [tok for tok in tokens if tok]
    values: list[float] = []
    for i, tok in enumerate(tokens):
        try:
            v = float(tok)
        except ValueError:
            raise ValueError(_tr("“%1” (value %2) is not a number.").replace("%1", tok).replace("%2", str(i + 1))) \
                from None
        if math.isnan(v):
            raise ValueError(_tr("Value %1 is NaN (not a number); use a real number.").replace("%1", str(i + 1)))
        if math.isinf(v):
            raise ValueError(_tr("Value %1 is infinite; use a finite number.").replace("%1", str(i + 1)))
        if not allow_negative and v < 0:
            raise ValueError(_tr("Value %1 is negative (%2); probabilities cannot be negative.")
                             .replace("%1", str(i + 1)).replace("%2", tok))
        if minimum is not None and v < minimum:
            raise ValueError(_tr("Value %1 (%2) is below the minimum %3.")
                             .replace("%1", str(i + 1)).replace("%2", tok).replace("%3", repr(minimum)))
        if maximum is not None and v > maximum:
            raise ValueError(_tr("Value %1 (%2) is above the maximum %3.")
                             .replace("%1", str(i + 1)).replace("%2", tok).replace("%3", repr(maximum)))
        values.append(v)
    if count is not None and len(values) != count:
        raise ValueError(_tr("Expected %1 values, got %2.").replace("%1", str(count)).replace("%2", str(len(values))))
    return np.asarray(values, dtype=np.float64)


def format_vector(values) -> str:
    """Format numbers for the field: each with ``repr`` (full precision), separated by ", "."""
    out = []
    for v in np.asarray(values, dtype=float).ravel():
        v = float(v)
        out.append(repr(v + 0.0) if v != 0 else "0.0")
    return ", ".join(out)


class VectorField(QWidget):
    """A QLineEdit for ``count`` numbers plus an inline error label below it.

    Emits ``valuesChanged(np.ndarray)`` when the text parses (live while typing, and on Enter). When the text
    does not parse, the error is shown inline (after a short pause in typing, or at once on Enter / focus out)
    and no signal is emitted, so the last good values stay in use.
    """

    valuesChanged = Signal(object)

    def __init__(self, count: int | None = 10, allow_negative: bool = True, parent: QWidget | None = None,
                 placeholder: str = "", tooltip: str = "") -> None:
        super().__init__(parent)
        self.count = count
        self.allow_negative = allow_negative
        self._last_good: np.ndarray | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setToolTip(tooltip or _tr("Numbers separated by commas; press Enter to apply"))
        self.edit.setClearButtonEnabled(True)
        self.error = style.error_label(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(700)
        self._timer.timeout.connect(self.commit)
        self.edit.textEdited.connect(self._on_edited)
        self.edit.editingFinished.connect(self.commit)
        self.edit.returnPressed.connect(self.commit)

    def _on_edited(self, _text: str) -> None:
        try:
            values = self._parse()
        except ValueError:
            self._timer.start()
            return
        self._timer.stop()
        self._accept(values)

    def _parse(self) -> np.ndarray:
        return parse_vector(self.edit.text(), self.count, self.allow_negative)

    def _accept(self, values: np.ndarray) -> None:
        style.set_error_label(self.error, None)
        self.edit.setProperty("invalid", False)
        self.edit.setStyleSheet("")
        changed = self._last_good is None or values.shape != self._last_good.shape or \
            not np.array_equal(values, self._last_good)
        self._last_good = values
        if changed:
            self.valuesChanged.emit(values.copy())

    def commit(self) -> bool:
        """Validate the current text now; emit on success, show the inline error otherwise. Returns success."""
        self._timer.stop()
        try:
            values = self._parse()
        except ValueError as exc:
            self.show_error(str(exc))
            return False
        self._accept(values)
        return True

    def cancel_pending(self) -> None:
        """Stop a pending delayed validation (call on shutdown)."""
        self._timer.stop()

    def show_error(self, message: str) -> None:
        """Show ``message`` inline and mark the field."""
        style.set_error_label(self.error, message)
        self.edit.setProperty("invalid", True)
        self.edit.setStyleSheet(f"QLineEdit {{ border: 1px solid {style.ERROR}; border-radius: 3px; padding: 2px; }}")

    def error_text(self) -> str:
        """The inline error shown now ("" if none)."""
        return self.error.text() if self.error.isVisibleTo(self) else ""

    def values(self) -> np.ndarray | None:
        """The last values that parsed."""
        return None if self._last_good is None else self._last_good.copy()

    def set_values(self, values, emit: bool = False) -> None:
        """Show ``values`` (full precision) without emitting unless ``emit``."""
        arr = np.asarray(values, dtype=np.float64).ravel()
        self.edit.setText(format_vector(arr))
        self.edit.setCursorPosition(0)
        self._last_good = arr.copy()
        if self.error.isVisibleTo(self):
            style.set_error_label(self.error, None)
        if self.edit.styleSheet():  # setting a style sheet re-polishes the field: a drag sets values 60 times a second
            self.edit.setStyleSheet("")
        if emit:
            self.valuesChanged.emit(arr.copy())
