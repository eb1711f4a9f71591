"""The network the learner has now, published by one panel for the others to look at.

The training view publishes the network it shows (a finished run, or the checkpoint the timeline points at);
views of other chapters (the forward pass of chapter 3, the convolution view of chapter 7) read it. Panels never
reach into each other: they talk through this hub only.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class CurrentModel:
    """A published network: ``net`` (a ``dlfs_studio.core.network.Network``), the dataset it was trained on,
    and a short human-readable description (e.g. "run 2, iteration 500")."""

    net: Any
    dataset: str
    description: str
    class_names: tuple[str, ...] = ()


class ModelHub(QObject):
    """Holds the current network; ``changed`` fires when it is replaced or cleared."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._current: CurrentModel | None = None

    def current(self) -> CurrentModel | None:
        return self._current

    def set_current(self, model: CurrentModel | None) -> None:
        """Publish ``model`` (or nothing, with None). The network must not be trained further in place by its
        publisher afterwards: publish a copy, or publish again after each change."""
        self._current = model
        self.changed.emit()


_HUB: ModelHub | None = None


def model_hub() -> ModelHub:
    """The process-wide hub (created on first use, in the GUI thread)."""
    global _HUB
    if _HUB is None:
        _HUB = ModelHub()
    return _HUB
