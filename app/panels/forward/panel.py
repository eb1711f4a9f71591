"""The "Forward pass" panel (chapter 3): activation functions, the section-3.4 network, softmax's overflow and a
trained network's forward pass, as four sub-tabs built the first time they are shown.

All numbers come from ``core.forward``; the views only draw them.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from dlfs_studio.app.export import ExportTarget


def _classes() -> dict[str, Callable[[QWidget], QWidget]]:
    from .activations_view import ActivationsView
    from .network_view import NetworkView
    from .softmax_view import SoftmaxView
    from .trained_view import TrainedView

    return {"activations": ActivationsView, "network": NetworkView, "softmax": SoftmaxView, "trained": TrainedView}


class ForwardPanel(QWidget):
    """Panel protocol: title(), set_presentation_mode(on), export_targets(), shutdown()."""

    KEYS = ("activations", "network", "softmax", "trained")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presentation = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self._views: dict[str, QWidget] = {}
        self._holders: dict[str, QWidget] = {}
        titles = {"activations": self.tr("Activation functions"), "network": self.tr("Three-layer network"),
                  "softmax": self.tr("Softmax and overflow"), "trained": self.tr("A trained network")}
        tips = {"activations": self.tr("Step, sigmoid and ReLU with their derivatives; drag x (sections 3.2, 3.5)."),
                "network": self.tr("The book's three-layer example with every a and z; edit any weight (section 3.4)."),
                "softmax": self.tr("The naive softmax overflows; subtracting the maximum does not (section 3.5.2)."),
                "trained": self.tr("A trained network's forward pass layer by layer, and batches (section 3.6).")}
        for i, key in enumerate(self.KEYS):
            holder = QWidget(self.tabs)
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self._holders[key] = holder
            self.tabs.addTab(holder, titles[key])
            self.tabs.setTabToolTip(i, tips[key])
        self._view("activations")
        self.tabs.currentChanged.connect(lambda i: self._view(self.KEYS[i]))
        layout.addWidget(self.tabs)

    def _view(self, key: str) -> QWidget:
        view = self._views.get(key)
        if view is None:
            holder = self._holders[key]
            view = _classes()[key](holder)
            box = holder.layout()
            assert box is not None
            box.addWidget(view)
            self._views[key] = view
            if self.presentation:
                view.set_presentation(True)  # type: ignore[attr-defined]
        return view

    @property
    def activations(self):  # -> ActivationsView
        return self._view("activations")

    @property
    def network(self):  # -> NetworkView
        return self._view("network")

    @property
    def softmax(self):  # -> SoftmaxView
        return self._view("softmax")

    @property
    def trained(self):  # -> TrainedView
        return self._view("trained")

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(self.KEYS.index(key))

    # ------------------------------------------------------------------ panel protocol
    def title(self) -> str:
        return self.tr("Forward pass")

    def set_presentation_mode(self, on: bool) -> None:
        self.presentation = bool(on)
        for view in self._views.values():
            view.set_presentation(self.presentation)  # type: ignore[attr-defined]

    def export_targets(self) -> list:
        """The plots and tables of the sub-tabs built so far, the shown one's first."""
        groups = {
            "activations": lambda v: [ExportTarget(self.tr("Activation functions and derivatives"), plot=v.plot,
                                                   table=v.table)],
            "network": lambda v: [ExportTarget(self.tr("Three-layer network (section 3.4)"), plot=v.plot,
                                               table=v.table)],
            "softmax": lambda v: [ExportTarget(self.tr("Softmax: naive"), plot=v.naive_plot, table=v.table),
                                  ExportTarget(self.tr("Softmax: max subtracted"), plot=v.stable_plot, table=v.table),
                                  ExportTarget(self.tr("Softmax: logits"), plot=v.logit_plot, table=v.table)],
            "trained": lambda v: [ExportTarget(self.tr("Forward pass layer by layer"), plot=v.stage_widget,
                                               table=v.stage_table, prepare=v.prepare_stages),
                                  ExportTarget(self.tr("Batch speed-up (measured)"), plot=v.batch_plot,
                                               prepare=v.prepare_batch)],
        }
        current = self.KEYS[self.tabs.currentIndex()]
        order = [current] + [k for k in self.KEYS if k != current]
        return [t for key in order if key in self._views for t in groups[key](self._views[key])]

    def shutdown(self) -> None:
        """Stop every worker this panel started, and the shared dataset loading (the app is closing)."""
        from dlfs_studio.app.panels.model_source import dataset_holder

        for view in self._views.values():
            view.shutdown()  # type: ignore[attr-defined]
        dataset_holder().shutdown()
