"""The gradient descent panel's choices remembered across restarts (QSettings, group ``descent``): the
surface (or the custom expression), the optimizer, the learning rate, the start point, the playback
speeds and the sub-tab.

Numbers are stored as exact text (``repr``) and read back through the field's own rule, so a damaged
or hand-edited settings file falls back to the defaults instead of breaking the panel.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings

from .fields import NumberField
from .surface_picker import CUSTOM

if TYPE_CHECKING:
    from .descent_view import DescentView
    from .race_view import RaceView

GROUP = "descent"
#: The longest custom expression read back (the field itself takes any length; a settings file may lie).
MAX_EXPRESSION = 2000


def _text(settings: QSettings, key: str) -> str | None:
    value = settings.value(f"{GROUP}/{key}")
    return value if isinstance(value, str) else None


def _number(settings: QSettings, key: str, field: NumberField) -> float | None:
    """The stored number for ``field`` if it is one the field accepts, else None."""
    text = _text(settings, key)
    return None if text is None else field.rule.parse(text)


def save(settings: QSettings, key: str, value: Any) -> None:
    settings.setValue(f"{GROUP}/{key}", value)


def save_descent(settings: QSettings, view: DescentView) -> None:
    """Write the descent tab's choices (cheap: QSettings writes to disk later, in one go)."""
    key = view.picker.combo.currentData()
    save(settings, "surface", str(key))
    if key == CUSTOM:
        save(settings, "expression", view.picker.expr_edit.text())
    save(settings, "optimizer", view.optimizer_name())
    save(settings, "lr", repr(float(view.lr_field.value())))
    save(settings, "start_x0", repr(float(view.start[0])))
    save(settings, "start_x1", repr(float(view.start[1])))
    save(settings, "speed", repr(float(view.playback.speed_field.value())))


def restore_descent(settings: QSettings, view: DescentView) -> None:
    """Apply the remembered choices that are still valid; anything missing or damaged keeps its default."""
    surface = _text(settings, "surface")
    if surface == CUSTOM:
        expression = _text(settings, "expression")
        if expression and len(expression) <= MAX_EXPRESSION:
            view.picker.apply_expression(expression)
    elif surface is not None and view.picker.combo.findData(surface) >= 0:
        view.picker.select(surface)
    optimizer = _text(settings, "optimizer")
    index = view.optimizer_combo.findData(optimizer) if optimizer is not None else -1
    if index >= 0:
        view.optimizer_combo.setCurrentIndex(index)
    lr = _number(settings, "lr", view.lr_field)
    if lr is not None:
        view.lr_field.set_value(lr)
    x0, x1 = _number(settings, "start_x0", view.start_x0), _number(settings, "start_x1", view.start_x1)
    if x0 is not None and x1 is not None:
        view.set_start(x0, x1)
    speed = _number(settings, "speed", view.playback.speed_field)
    if speed is not None:
        view.playback.speed_field.set_value(speed)


def save_race(settings: QSettings, view: RaceView) -> None:
    save(settings, "race_speed", repr(float(view.playback.speed_field.value())))


def restore_race(settings: QSettings, view: RaceView) -> None:
    speed = _number(settings, "race_speed", view.playback.speed_field)
    if speed is not None:
        view.playback.speed_field.set_value(speed)
