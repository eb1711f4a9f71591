"""The training view; the code lives in the package :mod:`dlfs_studio.app.panels.training`.

Kept so that ``dlfs_studio.app.panels.training_panel.TrainingPanel`` (the main window's PANEL_SPECS, scripts
and benchmarks) keeps working.
"""
from __future__ import annotations

from dlfs_studio.app.panels.training.panel import TrainingPanel

__all__ = ["TrainingPanel"]
