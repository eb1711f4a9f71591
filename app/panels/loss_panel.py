"""Compatibility module: the loss-function explorer now lives in the package :mod:`dlfs_studio.app.panels.loss`
(model, controller, one module per view, and :mod:`.loss.panel`, which composes them)."""
from __future__ import annotations

from dlfs_studio.app.panels.loss.model import NUM_CLASSES, load_presets, renormalise
from dlfs_studio.app.panels.loss.panel import LossPanel
from dlfs_studio.app.panels.loss.widgets import BarDragViewBox

__all__ = ["NUM_CLASSES", "BarDragViewBox", "LossPanel", "load_presets", "renormalise"]
