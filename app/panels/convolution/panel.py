"""The "Convolution" panel (chapter 7): im2col made visible, and inside a trained SimpleConvNet, as two
sub-tabs built the first time they are shown. The numbers come from ``core.im2col_view`` and ``core.forward``."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from dlfs_studio.app.export import ExportTarget
from dlfs_studio.app.panels.lazy_tabs import LazyTabsPanel


def _classes() -> dict[str, Callable[[QWidget], QWidget]]:
    from .cnn_view import CnnView
    from .im2col_view import Im2colView

    return {"im2col": Im2colView, "cnn": CnnView}


class ConvolutionPanel(LazyTabsPanel):
    """Panel protocol: title(), set_presentation_mode(on), export_targets(), shutdown()."""

    KEYS = ("im2col", "cnn")

    def _tab_texts(self) -> dict[str, tuple[str, str]]:
        return {
            "im2col": (self.tr("im2col"), self.tr("Which window becomes which row, and one matrix product instead "
                                                  "of loops (section 7.4).")),
            "cnn": (self.tr("Inside a SimpleConvNet"),
                    self.tr("The 30 filters, feature maps, pooled maps and scores of a trained CNN (7.5, 7.6).")),
        }

    def _page_classes(self) -> dict[str, Callable[[QWidget], QWidget]]:
        return _classes()

    @property
    def im2col(self):  # -> Im2colView
        return self._view("im2col")

    @property
    def cnn(self):  # -> CnnView
        return self._view("cnn")

    # ------------------------------------------------------------------ panel protocol
    def title(self) -> str:
        return self.tr("Convolution")

    def _export_groups(self) -> dict[str, Callable[..., list[ExportTarget]]]:
        return {
            "im2col": lambda v: [ExportTarget(self.tr("im2col: input, column matrix, filters, col2im counts"),
                                              plot=v.graphics, table=v.table),
                                 ExportTarget(self.tr("col2im overlap counts"), plot=v.count_plot,
                                              table=v.counts_table)],
            "cnn": lambda v: [ExportTarget(self.tr("Inside a SimpleConvNet"), plot=v.graphics, table=v.table,
                                           prepare=v.prepare)],
        }

    def shutdown(self) -> None:
        """Stop every worker this panel started, and the shared dataset loading (the app is closing)."""
        from dlfs_studio.app.panels.model_source import dataset_holder

        super().shutdown()
        dataset_holder().shutdown()
