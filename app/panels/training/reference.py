"""The book's reference for the run on screen: its per-epoch test accuracy where the book gives a run to
compare with (chapters 4 and 5, ``resources/presets/book_curves.json``, derived by benchmarks/book_curves.py),
named in the legend, and a note when the run's settings no longer match the book's."""
from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication

from dlfs_studio.app.paths import RESOURCES


def _tr(text: str) -> str:
    return QCoreApplication.translate("TrainingPanel", text)


@lru_cache(maxsize=1)
def book_curves() -> dict[str, Any]:
    """{"ch4": {"epoch": [...], "test_acc": [...]}, ...}; empty when the file is missing or damaged."""
    try:
        data = json.loads((RESOURCES / "presets" / "book_curves.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def reference_for(controller: Any) -> tuple[np.ndarray | None, np.ndarray | None, str]:
    """(epochs, test accuracy, legend label) of the book's run for the inspected run, or (None, None, "")."""
    from dlfs_studio.app.panels.training.presets import PRESET_BY_KEY
    from dlfs_studio.app.panels.training.texts import reference_mismatch

    run = controller.current
    if run is None:
        return None, None, ""
    preset = PRESET_BY_KEY.get(run.preset)
    differ = reference_mismatch(run)
    if preset is None or differ is None:
        return None, None, ""
    curve = book_curves().get(run.preset)
    if isinstance(curve, dict) and len(curve.get("epoch", ())) == len(curve.get("test_acc", ())) > 1:
        epochs = np.asarray(curve["epoch"], dtype=float)
        acc = np.asarray(curve["test_acc"], dtype=float)
    else:
        epochs = np.array([0.0, 16.0])
        acc = np.array([preset.reference, preset.reference])
    label = _tr(preset.reference_label)
    if differ:
        label += " " + _tr("(other settings: %1)").replace("%1", ", ".join(differ[:2]) + ("…" if len(differ) > 2
                                                                                       else ""))
    return epochs, acc, label
