"""Gradient descent panel: book figures 4-9 / 4-10, chapter 6's optimizer comparison and
section 4.3's numerical differentiation, as three sub-tabs.

All the mathematics comes from ``core`` (``core.descent``, ``core.optimizers``, ``core.surfaces``,
``core.expr``, ``core.gradient``); the tabs only drive and draw it.
"""
from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.export import ExportTarget
from app.panels.descent.descent_view import DescentView
from app.panels.descent.numdiff_view import NumDiffView
from app.panels.descent.race_view import RaceView


class DescentPanel(QWidget):
    """Panel protocol: title(), set_presentation_mode(on), export_targets(), shutdown()."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presentation = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.descent = DescentView(self)
        self.tabs.addTab(self.descent, self.tr("Descent"))
        self.tabs.setTabToolTip(0, self.tr("One optimizer walking down a surface, step by step (figures 4-9, 4-10)."))
        self.race = RaceView(self)
        self.tabs.addTab(self.race, self.tr("Optimizer race"))
        self.tabs.setTabToolTip(self.tabs.count() - 1,
                                self.tr("SGD, Momentum, Nesterov, AdaGrad, RMSprop and Adam from one start (chapter 6)."))
        self.numdiff = NumDiffView(self)
        self.tabs.addTab(self.numdiff, self.tr("Numerical differentiation"))
        self.tabs.setTabToolTip(self.tabs.count() - 1,
                                self.tr("Forward and central differences and why h = 1e-4 (section 4.3)."))
        layout.addWidget(self.tabs)

    def title(self) -> str:
        return self.tr("Gradient descent")

    def set_presentation_mode(self, on: bool) -> None:
        self.presentation = bool(on)
        self.descent.set_presentation(self.presentation)
        self.race.set_presentation(self.presentation)
        self.numdiff.set_presentation(self.presentation)

    def export_targets(self) -> list:
        return [
            ExportTarget(self.tr("Descent map"), plot=self.descent.map_plot),
            ExportTarget(self.tr("f(x) over iterations"), plot=self.descent.value_plot),
            ExportTarget(self.tr("Step ledger"), table=self.descent.ledger_csv),
            ExportTarget(self.tr("Optimizer race"), plot=self.race.race_plot, table=self.race.race_csv),
            ExportTarget(self.tr("Figure 6-8 (2×2)"), plot=self.race.grid_widget),
            ExportTarget(self.tr("Numerical differentiation: f and tangents"), plot=self.numdiff.function_plot),
            ExportTarget(self.tr("Numerical differentiation: error against h"), plot=self.numdiff.error_plot),
        ]

    def shutdown(self) -> None:
        self.descent.shutdown()
        self.race.shutdown()
