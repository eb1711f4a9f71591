"""Backpropagation panel (chapter 5): computational graphs stepped through by hand, TwoLayerNet as a graph,
and the gradient check, as three sub-tabs. A thin shell: the tabs do the work."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from dlfs_studio.app.export import ExportTarget


class BackpropPanel(QWidget):
    """Panel protocol: title(), set_presentation_mode(on), export_targets(), shutdown(), lecturer_key(action)."""

    KEYS = ("graph", "network", "gradcheck")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presentation = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self._views: dict[str, QWidget] = {}
        self._holders: dict[str, QVBoxLayout] = {}
        titles = {"graph": self.tr("Computational graph"), "network": self.tr("Network as a graph"),
                  "gradcheck": self.tr("Gradient check")}
        tips = {"graph": self.tr("Forward node by node, then backward: the book's shopping graphs or your own "
                                 "formula (sections 5.1-5.5)."),
                "network": self.tr("TwoLayerNet's layers as a graph: shapes, activations and gradients of one "
                                   "sample (section 5.7)."),
                "gradcheck": self.tr("Numerical against backprop gradients, and the error against the step h "
                                     "(section 5.7.3).")}
        for i, key in enumerate(self.KEYS):
            holder = QWidget(self.tabs)
            hl = QVBoxLayout(holder)
            hl.setContentsMargins(0, 0, 0, 0)
            self._holders[key] = hl
            self.tabs.addTab(holder, titles[key])
            self.tabs.setTabToolTip(i, tips[key])
        self._view("graph")
        self.tabs.currentChanged.connect(lambda i: self._view(self.KEYS[i]))
        layout.addWidget(self.tabs)

    def _view(self, key: str) -> QWidget:
        """The tab's view, built on first use."""
        view: Any = self._views.get(key)
        if view is None:
            hl = self._holders[key]
            holder = hl.parentWidget()
            if key == "graph":
                from dlfs_studio.app.panels.backprop.graph_tab import GraphTab
                view = GraphTab(holder)
            elif key == "network":
                from dlfs_studio.app.panels.backprop.network_tab import NetworkTab
                view = NetworkTab(holder)
            else:
                from dlfs_studio.app.panels.backprop.gradcheck_tab import GradCheckTab
                view = GradCheckTab(holder)
            hl.addWidget(view)
            self._views[key] = view
            if self.presentation:
                view.set_presentation(True)
        return view

    @property
    def graph_tab(self):
        return self._view("graph")

    @property
    def network_tab(self):
        return self._view("network")

    @property
    def gradcheck_tab(self):
        return self._view("gradcheck")

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(self.KEYS.index(key))

    # ------------------------------------------------------------------ panel protocol
    def title(self) -> str:
        return self.tr("Backpropagation")

    def set_presentation_mode(self, on: bool) -> None:
        self.presentation = bool(on)
        for view in self._views.values():
            view.set_presentation(self.presentation)  # type: ignore[attr-defined]

    def lecturer_key(self, action: str) -> bool:
        """Space / Right / Left / Home from the main window: play, step, step back, reset the shown tab."""
        view = self._views.get(self.KEYS[self.tabs.currentIndex()])
        playback = getattr(view, "playback", None)
        if playback is None:
            return False
        if action == "play_pause":
            playback.toggle()
        elif action == "step_forward":
            playback.pause()
            playback._advance(1)
        elif action == "step_back":
            playback.pause()
            playback._back()
        elif action == "reset":
            playback.pause()
            playback._reset()
        else:
            return False
        return True

    def export_targets(self) -> list:
        """The plots and tables of the tabs built so far, the shown tab's first."""
        groups = {
            "graph": lambda v: [
                ExportTarget(self.tr("Computational graph"), plot=v.graph),
                ExportTarget(self.tr("Backprop ledger"), table=v.ledger.csv),
                ExportTarget(self.tr("Backprop against numerical derivative"), table=v.check.csv)],
            "network": lambda v: [
                ExportTarget(self.tr("Network graph"), plot=v.graph_plot),
                ExportTarget(self.tr("Activations and gradients of one sample"), plot=v.arrays, table=v.arrays_csv),
                ExportTarget(self.tr("(y − t)/N and dE/dy"), plot=v.loss_plot, table=v.loss_csv)],
            "gradcheck": lambda v: [
                ExportTarget(self.tr("Gradient check: error against h"), plot=v.error_plot, table=v.sweep_csv),
                ExportTarget(self.tr("Gradient check at the chosen h"), table=v.table_csv)],
        }
        current = self.KEYS[self.tabs.currentIndex()]
        order = [current] + [k for k in self.KEYS if k != current]
        return [t for key in order if key in self._views for t in groups[key](self._views[key])]

    def shutdown(self) -> None:
        for view in self._views.values():
            view.shutdown()  # type: ignore[attr-defined]
