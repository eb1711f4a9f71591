"""The application's settings file, and the main window's part of it: geometry, the panel shown and
presentation mode (each panel keeps its own choices under its own group)."""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow

ORGANIZATION = "dlfs-studio"
APPLICATION = "dlfs-studio"


def make_settings() -> QSettings:
    """The application's QSettings (INI format, user scope, organization "dlfs-studio").

    Tests redirect it with ``QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tmp_path)``.
    """
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


def as_bool(value: object) -> bool:
    """A QSettings value as a bool (an INI file gives back "true"/"false" strings)."""
    return value.strip().lower() in ("1", "true", "yes", "on") if isinstance(value, str) else bool(value)


def restore_geometry(window: QMainWindow, settings: QSettings) -> None:
    """The window's remembered geometry, or 1280x720 the first time (or when the stored value is damaged)."""
    geometry = settings.value("window/geometry")
    if isinstance(geometry, (QByteArray, bytes)) and not QByteArray(geometry).isEmpty():
        window.restoreGeometry(QByteArray(geometry))
    else:
        window.resize(1280, 720)


def remembered_panel(settings: QSettings, keys: list[str]) -> int:
    """The index in ``keys`` of the panel shown last (0 when none or an unknown one is stored)."""
    last = str(settings.value("window/panel", keys[0]))
    return keys.index(last) if last in keys else 0


def remembered_presentation(settings: QSettings) -> bool:
    return as_bool(settings.value("view/presentation", False))


def save_window(window: QMainWindow, settings: QSettings, panel: str, presentation: bool) -> None:
    """Store the window's geometry, the panel shown and presentation mode, and write the file now."""
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/panel", panel)
    settings.setValue("view/presentation", presentation)
    settings.sync()
