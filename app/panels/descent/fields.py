"""Exact number fields for the descent panel: a typed value plus an optional log-scale slider.

A typed ``0.1`` is used as the exact float ``0.1`` (``float(text)``); the slider is only a
second way to *produce* text. Moving the slider writes a short rounded number into the
field; typing moves the slider (signals blocked) without ever changing the typed text.
A text that is not a number within the field's range is never used (see :class:`NumberField`).
"""
from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSlider, QVBoxLayout, QWidget

from dlfs_studio.app import style

_SLIDER_TICKS = 1000
#: Longest text a field takes (a float's repr is at most 24 characters).
MAX_LENGTH = 40
#: Pause in typing (ms) after which an unusable entry is explained inline.
PROBLEM_DELAY_MS = 600


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


def exact_number(value: float) -> str:
    """The shortest text that round-trips to the same float, written alike for every number: ``100`` (not
    ``100.0``), ``0.1``, ``-3``, ``1e-10``, ``1.5e+20`` → ``1.5e20``."""
    text = repr(float(value))
    if "e" in text:
        mantissa, exponent = text.split("e")
        return f"{mantissa.removesuffix('.0')}e{int(exponent)}"
    return text.removesuffix(".0")


def format_limit(value: float) -> str:
    """A range limit as written in messages: up to 6 significant digits (``1e-12``, ``0.9999``, ``-1e6``)."""
    text = f"{value:.6g}"
    if "e" in text:
        mantissa, exponent = text.split("e")
        text = f"{mantissa}e{int(exponent)}"
    return text


class NumberRule:
    """What a field accepts: a finite number in [minimum, maximum] (a whole number if ``integer``)."""

    def __init__(self, minimum: float, maximum: float, integer: bool = False) -> None:
        self.minimum, self.maximum, self.integer = minimum, maximum, integer

    def parse(self, text: str) -> float | int | None:
        """The number ``text`` stands for if it is acceptable, else None."""
        return None if self.problem(text) is not None else self._number(text.strip())

    def _number(self, text: str) -> float | int:
        return int(text) if self.integer else float(text)

    def problem(self, text: str) -> str | None:
        """None if ``text`` is an acceptable value, else one sentence saying what is wrong."""
        text = text.strip()
        if not text:
            return _tr("Type a number.")
        if len(text) > MAX_LENGTH:
            return _tr("Too long for a number.")
        try:
            value = self._number(text)
        except ValueError:
            if self.integer:
                return _tr("Type a whole number, e.g. 20.")
            return _tr("Type a number such as 0.1 or 1e-4.")
        if not math.isfinite(value):
            return _tr("Must be a finite number.")
        if value < self.minimum or value > self.maximum:
            return _tr("Must be between {lo} and {hi}.").format(lo=format_limit(self.minimum),
                                                                hi=format_limit(self.maximum))
        return None


class NumberField(QWidget):
    """A QLineEdit holding an exact number, with an optional slider (log or linear scale) and an
    inline message under it.

    The value in use (``value()``, announced by ``valueChanged``) is always a number the field
    accepts, and the text is never rewritten while the user types:

    * Typing is live: as soon as the text is a complete number within range (``2``, then ``20``)
      it is used. While the text is anything else (``1e``, ``abc``, ``200`` above the maximum)
      the field goes back to the value it had when the editing began (never to a half-typed
      ``20``); after a short pause the field is marked red and a message under it says what is
      wrong and which value is still used.
    * Enter or leaving the field ends the editing. An acceptable text stays exactly as typed.
      An unusable one is not kept: the field restores the text of the value still in use, so
      the value shown is the value used, and the message says what was refused and why.
    * Escape restores the value the editing began with.
    * ``set_value`` (presets, map clicks, the slider) writes the text only if it does not already
      stand for that value; a view echoing the value just typed back into the field changes nothing.

    ``message_below=False`` leaves the ``message`` label for the caller to place (e.g. under a row of
    two fields, full width); ``name`` then starts the message (``"x0: Must be between…"``).
    """

    valueChanged = Signal(float)

    def __init__(self, value: float, minimum: float, maximum: float, *, log: bool = True,
                 integer: bool = False, slider: bool = True, tooltip: str = "",
                 one_minus: bool = False, name: str = "", message_below: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # one_minus: the slider is logarithmic in (1 - value), for coefficients like 0.9 or 0.999.
        self._one_minus = one_minus
        if one_minus:
            log = False
        if log and minimum <= 0:
            raise ValueError("a log-scale field needs a positive minimum")
        self._min, self._max, self._log, self._integer = minimum, maximum, log, integer
        self.rule = NumberRule(minimum, maximum, integer)
        self._name = name
        self._value: float = int(value) if integer else float(value)
        self._committed_text = self._initial_text(self._value)
        self._editing = False   # the user has typed since the last Enter / focus-out / set
        self._emitting = False  # inside our own valueChanged emission
        self._tooltip = tooltip
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(3)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        outer.addLayout(row)
        self.edit = QLineEdit(self)
        self.edit.setMaxLength(MAX_LENGTH)
        self.edit.setText(self._committed_text)
        self.edit.setMinimumWidth(70)
        self.edit.setToolTip(tooltip)
        self.edit.textEdited.connect(self._on_text_edited)
        self.edit.editingFinished.connect(self.commit)
        self.edit.installEventFilter(self)
        row.addWidget(self.edit, 2)
        self.slider: QSlider | None = None
        if slider:
            self.slider = QSlider(Qt.Orientation.Horizontal, self)
            self.slider.setRange(0, _SLIDER_TICKS)
            self.slider.setToolTip(tooltip + (" " + _tr("(slider on a log scale)") if log or one_minus else ""))
            self.slider.valueChanged.connect(self._on_slider)
            row.addWidget(self.slider, 3)
            self._sync_slider_to(self._value)
        #: The inline message; under the field unless ``message_below`` is False (the caller places it).
        self.message: QLabel = style.error_label(self)
        if message_below:
            outer.addWidget(self.message)
        self._message_level = "error"
        self._problem_timer = QTimer(self)
        self._problem_timer.setSingleShot(True)
        self._problem_timer.setInterval(PROBLEM_DELAY_MS)
        self._problem_timer.timeout.connect(self._show_typing_problem)

    # ------------------------------------------------------------------ helpers
    def _initial_text(self, value: float) -> str:
        if self._integer:
            return str(int(value))
        return exact_number(value)

    def _same(self, a: float | int | None, b: float | int | None) -> bool:
        return a is not None and b is not None and a == b and type(a) is type(b)

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
            return round(v)
        return float(format_number(v))

    def _sync_slider_to(self, value: float) -> None:
        if self.slider is not None:
            self.slider.blockSignals(True)
            self.slider.setValue(self._to_ticks(value))
            self.slider.blockSignals(False)

    def _set_message(self, text: str | None, level: str = "error") -> None:
        if self._name and text:
            text = f"{self._name}: {text}"
        self._message_level = level
        style.set_error_label(self.message, text, level)
        self._mark_invalid(bool(text) and level == "error")
        self.edit.setToolTip(f"{self._tooltip}\n{self.message.text()}" if text else self._tooltip)

    def _mark_invalid(self, on: bool) -> None:
        """Tint the edit red (a palette, not a style sheet: a style sheet would pin its font when
        presentation mode enlarges the application font)."""
        if bool(self.edit.property("invalid")) == on:
            return
        self.edit.setProperty("invalid", on)
        if not on:
            self.edit.setPalette(QPalette())  # back to the inherited palette
            return
        palette = QPalette(self.palette())
        base, tint = palette.color(QPalette.ColorRole.Base), QColor(style.ERROR)
        rgb = zip((base.redF(), base.greenF(), base.blueF()), (tint.redF(), tint.greenF(), tint.blueF()),
                  strict=True)
        mixed = QColor.fromRgbF(*(0.8 * b + 0.2 * t for b, t in rgb))
        palette.setColor(QPalette.ColorRole.Base, mixed)
        self.edit.setPalette(palette)

    def _clear_problem(self) -> None:
        self._problem_timer.stop()
        if not self.message.isHidden() or self.edit.property("invalid"):
            self._set_message(None)

    def _use(self, value: float | int) -> None:
        """Make ``value`` the value in use, announcing a change."""
        if self._same(value, self._value):
            return
        self._value = value
        self._emitting = True
        try:
            self.valueChanged.emit(float(value))
        finally:
            self._emitting = False

    def _committed_value(self) -> float | int:
        value = self.rule.parse(self._committed_text)
        return self._value if value is None else value

    # ------------------------------------------------------------------ slots
    def _on_text_edited(self, text: str) -> None:
        self._editing = True
        value = self.rule.parse(text)
        if value is not None:
            self._clear_problem()
            self._sync_slider_to(value)
            self._use(value)
            return
        kept = self._committed_value()
        self._sync_slider_to(kept)
        self._use(kept)
        if not self.message.isHidden():
            self._show_typing_problem()  # already explaining: follow the text at once
        else:
            self._problem_timer.start()

    def _show_typing_problem(self) -> None:
        problem = self.rule.problem(self.edit.text())
        if problem is None or not self._editing:
            return
        self._set_message(problem + " " + _tr("Not applied; still using {0}.").format(self._committed_text))

    def commit(self) -> None:
        """End the editing (what Enter and leaving the field do): keep an acceptable text as typed, or
        put back the text of the value still in use and say why the typed one was refused."""
        self._problem_timer.stop()
        text = self.edit.text()
        value = self.rule.parse(text)
        if value is not None:
            self._editing = False
            self._clear_problem()
            self._committed_text = text
            self._sync_slider_to(value)
            self._use(value)
            return
        problem = self.rule.problem(text)
        if not self._editing and text == self._committed_text:
            return
        self._editing = False
        refused = text.strip()
        self.edit.setText(self._committed_text)
        kept = self._committed_value()
        self._sync_slider_to(kept)
        self._use(kept)
        if refused:
            self._set_message(_tr("“{0}” was not applied. {1} Back to {2}.").format(
                refused, problem, self._committed_text), "warning")
        else:
            self._set_message(_tr("An empty field is not applied. Back to {0}.").format(self._committed_text),
                              "warning")

    def revert(self) -> None:
        """Drop the editing (Escape): back to the value and text the editing began with."""
        self._problem_timer.stop()
        self._editing = False
        self.edit.setText(self._committed_text)
        kept = self._committed_value()
        self._sync_slider_to(kept)
        self._clear_problem()
        self._use(kept)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.edit and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Escape and self._editing):
            self.revert()
            return True
        return super().eventFilter(watched, event)

    def _on_slider(self, ticks: int) -> None:
        value = self._from_ticks(ticks)
        value = min(max(value, self._min), self._max)
        text = str(int(value)) if self._integer else format_number(value)
        self._problem_timer.stop()
        self._editing = False
        self.edit.setText(text)
        self._committed_text = text
        self._clear_problem()
        self._use(int(value) if self._integer else float(text))

    # ------------------------------------------------------------------ API
    def value(self) -> float:
        """The value in use (an int for integer fields)."""
        return self._value

    def is_editing(self) -> bool:
        """True between the user's first keystroke and Enter / leaving the field."""
        return self._editing

    def message_text(self) -> str:
        """The inline message shown now ("" if none)."""
        return "" if self.message.isHidden() else self.message.text()

    def set_value(self, value: float, emit: bool = True) -> None:
        """Set the value from the program (preset, click, another control), moving the slider to match.

        The text is rewritten only if it does not already stand for ``value`` exactly; a view that
        answers ``valueChanged`` by setting the same value back (an echo) leaves the user's typing alone.
        """
        value = int(value) if self._integer else float(value)
        if self._emitting and self._same(value, self._value):
            return
        if self._same(self.rule.parse(self.edit.text()), value) and self._same(value, self._value):
            self._committed_text = self.edit.text()
            self._editing = False
            return
        self._problem_timer.stop()
        self._editing = False
        if not self._same(self.rule.parse(self.edit.text()), value):
            self.edit.setText(self._initial_text(value))
        self._committed_text = self.edit.text()
        self._clear_problem()
        self._sync_slider_to(value)
        if emit:
            self._use(value)
        else:
            self._value = value

    def type_text(self, text: str) -> None:
        """Put ``text`` in the field as if the user had typed it, without pressing Enter (tests, presets)."""
        self.edit.setText(text)
        self._on_text_edited(text)

    def restyle(self) -> None:
        """Re-apply the message's style (its font follows presentation mode)."""
        if self.message.text():
            style.set_error_label(self.message, self.message.text(), self._message_level)

    def setToolTip(self, text: str) -> None:
        self._tooltip = text
        self.edit.setToolTip(text)
        if self.slider is not None:
            self.slider.setToolTip(text)
        super().setToolTip(text)


def start_layout(row: QWidget, x0: NumberField, x1: NumberField) -> None:
    """Lay out a start point's two fields side by side on ``row``, their messages under both, full width."""
    column = QVBoxLayout(row)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(3)
    fields = QHBoxLayout()
    fields.setContentsMargins(0, 0, 0, 0)
    fields.addWidget(x0)
    fields.addWidget(x1)
    column.addLayout(fields)
    column.addWidget(x0.message)
    column.addWidget(x1.message)
