"""Where the app's data files live: the top-level ``resources/`` folder (also shipped in the wheel)."""
from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
ICON_PATH = RESOURCES / "icons" / "dlfs-studio.svg"
TRANSLATIONS_DIR = RESOURCES / "translations"
LOSS_PRESETS_PATH = RESOURCES / "presets" / "loss_presets.json"
