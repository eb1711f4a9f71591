"""MNIST training panel (placeholder; replaced by its issue's work in this same change)."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class TrainingPanel(QWidget):
    """Panel protocol: title(), set_presentation_mode(on), export_targets(), shutdown()."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("MNIST training: under construction")))

    def title(self) -> str:
        return self.tr("MNIST training")

    def set_presentation_mode(self, on: bool) -> None:
        pass

    def export_targets(self) -> list:
        return []

    def shutdown(self) -> None:
        pass
