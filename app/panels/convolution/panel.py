"""The "Convolution" panel (chapter 7): im2col made visible, and inside a trained SimpleConvNet, as two
sub-tabs built the first time they are shown. The numbers come from ``core.im2col_view`` and ``core.forward``."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from dlfs_studio.app.export import ExportTarget


def _classes() -> dict[str, Callable[[QWidget], QWidget]]:
    from .cnn_view import CnnView
    from .im2col_view import Im2colView

    return {"im2col": Im2colView, "cnn": CnnView}


class ConvolutionPanel(QWidget):
    """Panel protocol: title(), set_presentation_mode(on), export_targets(), shutdown()."""

    KEYS = ("im2col", "cnn")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presentation = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self._views: dict[str, QWidget] = {}
        self._holders: dict[str, QWidget] = {}
        titles = {"im2col": self.tr("im2col"), "cnn": self.tr("Inside a SimpleConvNet")}
        tips = {"im2col": self.tr("Which window becomes which row, and one matrix product instead of loops "
                                  "(section 7.4)."),
                "cnn": self.tr("The 30 filters, feature maps, pooled maps and scores of a trained CNN (7.5, 7.6).")}
        for i, key in enumerate(self.KEYS):
            holder = QWidget(self.tabs)
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self._holders[key] = holder
            self.tabs.addTab(holder, titles[key])
            self.tabs.setTabToolTip(i, tips[key])
        self._view("im2col")
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
    def im2col(self):  # -> Im2colView
        return self._view("im2col")

    @property
    def cnn(self):  # -> CnnView
        return self._view("cnn")

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(self.KEYS.index(key))

    # ------------------------------------------------------------------ panel protocol
    def title(self) -> str:
        return self.tr("Convolution")

    def set_presentation_mode(self, on: bool) -> None:
        self.presentation = bool(on)
        for view in self._views.values():
            view.set_presentation(self.presentation)  # type: ignore[attr-defined]

    def export_targets(self) -> list:
        groups = {
            "im2col": lambda v: [ExportTarget(self.tr("im2col: input, column matrix, filters, col2im counts"),
                                              plot=v.graphics, table=v.table),
                                 ExportTarget(self.tr("col2im overlap counts"), plot=v.count_plot,
                                              table=v.counts_table)],
            "cnn": lambda v: [ExportTarget(self.tr("Inside a SimpleConvNet"), plot=v.graphics, table=v.table,
                                           prepare=v.prepare)],
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
