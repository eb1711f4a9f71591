"""The "Forward pass" panel (chapter 3): activation functions, the section-3.4 network, softmax's overflow and a
trained network's forward pass, as four sub-tabs built the first time they are shown.

All numbers come from ``core.forward``; the views only draw them.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from dlfs_studio.app.export import ExportTarget
from dlfs_studio.app.panels.lazy_tabs import LazyTabsPanel


def _classes() -> dict[str, Callable[[QWidget], QWidget]]:
    from .activations_view import ActivationsView
    from .network_view import NetworkView
    from .softmax_view import SoftmaxView
    from .trained_view import TrainedView

    return {"activations": ActivationsView, "network": NetworkView, "softmax": SoftmaxView, "trained": TrainedView}


class ForwardPanel(LazyTabsPanel):
    """Panel protocol: title(), set_presentation_mode(on), export_targets(), shutdown()."""

    KEYS = ("activations", "network", "softmax", "trained")

    def _tab_texts(self) -> dict[str, tuple[str, str]]:
        return {
            "activations": (self.tr("Activation functions"),
                            self.tr("Step, sigmoid and ReLU with their derivatives; drag x (sections 3.2, 3.5).")),
            "network": (self.tr("Three-layer network"),
                        self.tr("The book's three-layer example with every a and z; edit any weight (section 3.4).")),
            "softmax": (self.tr("Softmax and overflow"),
                        self.tr("The naive softmax overflows; subtracting the maximum does not (section 3.5.2).")),
            "trained": (self.tr("A trained network"),
                        self.tr("A trained network's forward pass layer by layer, and batches (section 3.6).")),
        }

    def _page_classes(self) -> dict[str, Callable[[QWidget], QWidget]]:
        return _classes()

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

    # ------------------------------------------------------------------ panel protocol
    def title(self) -> str:
        return self.tr("Forward pass")

    def _export_groups(self) -> dict[str, Callable[..., list[ExportTarget]]]:
        return {
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

    def shutdown(self) -> None:
        """Stop every worker this panel started, and the shared dataset loading (the app is closing)."""
        from dlfs_studio.app.panels.model_source import dataset_holder

        super().shutdown()
        dataset_holder().shutdown()
