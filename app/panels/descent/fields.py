"""Exact number fields for the descent panel: a typed value plus an optional log-scale slider.

A typed ``0.1`` is used as the exact float ``0.1`` (``float(text)``); the slider is only a
second way to *produce* text. Moving the slider writes a short rounded number into the
field; typing moves the slider (signals blocked) without ever changing the typed text.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QSlider, QWidget

_SLIDER_TICKS = 1000


def _tr(text: str) -> str:
    return QCoreApplication.translate("DescentFields", text)


def format_number(value: float) -> str:
    """A short text for a slider-produced value: 3 significant digits (``0.1``, ``1e-10``, ``20``)."""
    if value == 0:
        return "0"
    text = f"{value:.3g}"
    if "e" in text:
        mantissa, exponent = text.split("e")
        text = f"{mantissa}e{int(exponent)}"
    return text


class NumberValidator(QValidator):
    """Accepts a finite number in [minimum, maximum] (an integer if ``integer``); partial input is Intermediate."""

    def __init__(self, minimum: float, maximum: float, integer: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.minimum, self.maximum, self.integer = minimum, maximum, integer

    def problem(self, text: str) -> str | None:
        """None if ``text`` is an acceptable value, else one sentence saying what is wrong."""
        text = text.strip()
        if not text:
            return _tr("Type a number.")
        try:
            value = int(text) if self.integer else float(text)
        except ValueError:
            if self.integer:
                return _tr("Type a whole number, e.g. 20.")
            return _tr("Type a number such as 0.1 or 1e-4.")
        if not math.isfinite(value):
            return _tr("The number must be finite.")
        if value < self.minimum or value > self.maximum:
            return _tr("Use a value from {lo} to {hi}.").format(lo=format_number(self.minimum),
                                                                 hi=format_number(self.maximum))
        return None

    def validate(self, text: str, pos: int):  # noqa: D102 (Qt API)
        if len(text) > 40:
            return QValidator.State.Invalid, text, pos
        if self.problem(text) is None:
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos


class NumberField(QWidget):
    """A QLineEdit holding an exact number, with an optional slider (log or linear scale).

    ``value()`` is always the last acceptable typed (or slider-produced) number. ``valueChanged``
    fires whenever it changes, as the user types (live) or moves the slider.
    """

    valueChanged = Signal(float)

    def __init__(self, value: float, minimum: float, maximum: float, *, log: bool = True,
                 integer: bool = False, slider: bool = True, tooltip: str = "",
                 one_minus: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # one_minus: the slider is logarithmic in (1 - value), for coefficients like 0.9 or 0.999.
        self._one_minus = one_minus
        if one_minus:
            log = False
        if log and minimum <= 0:
            raise ValueError("a log-scale field needs a positive minimum")
        self._min, self._max, self._log, self._integer = minimum, maximum, log, integer
        self._value: float = int(value) if integer else float(value)
        self._tooltip = tooltip
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.edit = QLineEdit(self)
        self.edit.setValidator(NumberValidator(minimum, maximum, integer, self.edit))
        self.edit.setText(self._initial_text(value))
        self.edit.setMinimumWidth(70)
        self.edit.setToolTip(tooltip)
        self.edit.textEdited.connect(self._on_text_edited)
        self.edit.editingFinished.connect(self._on_editing_finished)
        layout.addWidget(self.edit, 2)
        self.slider: QSlider | None = None
        if slider:
            self.slider = QSlider(Qt.Orientation.Horizontal, self)
            self.slider.setRange(0, _SLIDER_TICKS)
            self.slider.setToolTip(tooltip + (" " + _tr("(slider on a log scale)") if log or one_minus else ""))
            self.slider.valueChanged.connect(self._on_slider)
            layout.addWidget(self.slider, 3)
            self._sync_slider()

    # ------------------------------------------------------------------ helpers
    def _initial_text(self, value: float) -> str:
        if self._integer:
            return str(int(value))
        # repr gives the shortest text that round-trips to the same float ("0.1", "1e-10").
        return repr(float(value))

    def _to_ticks(self, value: float) -> int:
        lo, hi, v = self._min, self._max, min(max(value, self._min), self._max)
        if self._one_minus:
            a, b = math.log10(1 - lo), math.log10(1 - hi)
            frac = (math.log10(1 - v) - a) / (b - a)
        elif self._log:
            frac = (math.log10(v) - math.log10(lo)) / (math.log10(hi) - math.log10(lo))
        else:
            frac = (v - lo) / (hi - lo) if hi > lo else 0.0
        return round(frac * _SLIDER_TICKS)

    def _from_ticks(self, ticks: int) -> float:
        frac = ticks / _SLIDER_TICKS
        if self._one_minus:
            a, b = math.log10(1 - self._min), math.log10(1 - self._max)
            v = 1 - 10 ** (a + frac * (b - a))
            return float(f"{v:.4g}")
        if self._log:
            v = 10 ** (math.log10(self._min) + frac * (math.log10(self._max) - math.log10(self._min)))
        else:
            v = self._min + frac * (self._max - self._min)
        if self._integer:
            return int(round(v))
        return float(format_number(v))

    def _sync_slider(self) -> None:
        if self.slider is None:
            return
        self.slider.blockSignals(True)
        self.slider.setValue(self._to_ticks(self._value))
        self.slider.blockSignals(False)

    def _mark(self, problem: str | None) -> None:
        if problem is None:
            self.edit.setStyleSheet("")
            self.edit.setToolTip(self._tooltip)
        else:
            self.edit.setStyleSheet("QLineEdit { border: 2px solid #d64545; border-radius: 3px; }")
            self.edit.setToolTip(problem + " " + _tr("The last good value is still used."))

    # ------------------------------------------------------------------ slots
    def _on_text_edited(self, text: str) -> None:
        validator: NumberValidator = self.edit.validator()  # type: ignore[assignment]
        problem = validator.problem(text)
        self._mark(problem)
        if problem is not None:
            return
        value = int(text.strip()) if self._integer else float(text.strip())
        self._sync_slider_to(value)
        self._accept(value)

    def _on_editing_finished(self) -> None:
        self._mark(None)
        validator: NumberValidator = self.edit.validator()  # type: ignore[assignment]
        if validator.problem(self.edit.text()) is not None:
            self.edit.setText(self._initial_text(self._value))

    def _sync_slider_to(self, value: float) -> None:
        if self.slider is not None:
            self.slider.blockSignals(True)
            self.slider.setValue(self._to_ticks(value))
            self.slider.blockSignals(False)

    def _on_slider(self, ticks: int) -> None:
        value = self._from_ticks(ticks)
        value = min(max(value, self._min), self._max)
        self.edit.setText(str(value) if self._integer else format_number(value))
        self._mark(None)
        self._accept(int(value) if self._integer else float(self.edit.text()))

    def _accept(self, value: float) -> None:
        if value == self._value and type(value) is type(self._value):
            return
        self._value = value
        self.valueChanged.emit(float(value))

    # ------------------------------------------------------------------ API
    def value(self) -> float:
        """The current exact value (an int for integer fields)."""
        return self._value

    def set_value(self, value: float, emit: bool = True) -> None:
        """Set the value as if typed (exact), moving the slider to match."""
        value = int(value) if self._integer else float(value)
        self.edit.setText(self._initial_text(value))
        self._mark(None)
        self._sync_slider_to(value)
        if emit:
            self._accept(value)
        else:
            self._value = value

    def type_text(self, text: str) -> None:
        """Put ``text`` in the field as if the user had typed it (used by tests and presets)."""
        self.edit.setText(text)
        self._on_text_edited(text)

    def setToolTip(self, text: str) -> None:  # noqa: N802 (Qt API)
        self._tooltip = text
        self.edit.setToolTip(text)
        if self.slider is not None:
            self.slider.setToolTip(text)
        super().setToolTip(text)
