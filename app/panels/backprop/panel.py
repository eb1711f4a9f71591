"""Backpropagation panel (chapter 5): computational graphs stepped through by hand, TwoLayerNet as a graph,
and the gradient check, as three sub-tabs. A thin shell: the tabs do the work."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from dlfs_studio.app.export import ExportTarget
from dlfs_studio.app.panels.lazy_tabs import LazyTabsPanel


def _classes() -> dict[str, Callable[[QWidget], QWidget]]:
    from dlfs_studio.app.panels.backprop.gradcheck_tab import GradCheckTab
    from dlfs_studio.app.panels.backprop.graph_tab import GraphTab
    from dlfs_studio.app.panels.backprop.network_tab import NetworkTab

    return {"graph": GraphTab, "network": NetworkTab, "gradcheck": GradCheckTab}


class BackpropPanel(LazyTabsPanel):
    """Panel protocol: title(), set_presentation_mode(on), export_targets(), shutdown(), lecturer_key(action)."""

    KEYS = ("graph", "network", "gradcheck")

    def _tab_texts(self) -> dict[str, tuple[str, str]]:
        return {
            "graph": (self.tr("Computational graph"),
                      self.tr("Forward node by node, then backward: the book's shopping graphs or your own "
                              "formula (sections 5.1-5.5).")),
            "network": (self.tr("Network as a graph"),
                        self.tr("TwoLayerNet's layers as a graph: shapes, activations and gradients of one "
                                "sample (section 5.7).")),
            "gradcheck": (self.tr("Gradient check"),
                          self.tr("Numerical against backprop gradients, and the error against the step h "
                                  "(section 5.7.3).")),
        }

    def _page_classes(self) -> dict[str, Callable[[QWidget], QWidget]]:
        return _classes()

    @property
    def graph_tab(self):
        return self._view("graph")

    @property
    def network_tab(self):
        return self._view("network")

    @property
    def gradcheck_tab(self):
        return self._view("gradcheck")

    # ------------------------------------------------------------------ panel protocol
    def title(self) -> str:
        return self.tr("Backpropagation")

    def _export_groups(self) -> dict[str, Callable[..., list[ExportTarget]]]:
        return {
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
