"""The panels the main window shows, in the book's chapter order (:data:`PANEL_SPECS`), and the panel protocol.

Panels follow the panel protocol (``title()``, ``set_presentation_mode(on)``, ``export_targets()``,
``shutdown()``; optionally ``has_unsaved_work()``, ``maybe_save(consequence) -> bool`` and
``lecturer_key(action) -> bool``). A panel whose module fails to import or construct is shown as a
:class:`PanelLoadError`.
"""
from __future__ import annotations

from typing import Protocol, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from dlfs_studio.app import style


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation in ``context`` (lupdate finds the call by its name); returns it as is.
    Qt's own function is typed to return ``object``; this one says what it returns."""
    return text


class Panel(Protocol):
    """What the window asks of a panel, besides being a QWidget (panels are duck-typed; see the module doc)."""

    def title(self) -> str: ...
    def set_presentation_mode(self, on: bool) -> None: ...
    def export_targets(self) -> list: ...
    def shutdown(self) -> None: ...


def protocol(widget: QWidget) -> Panel:
    """``widget`` seen through the panel protocol (every panel and PanelLoadError follow it)."""
    return cast(Panel, widget)


#: (key, untranslated title, module, class). Titles are translated at display time.
PANEL_SPECS: list[tuple[str, str, str, str]] = [
    ("forward", QT_TRANSLATE_NOOP("MainWindow", "Forward pass"), "dlfs_studio.app.panels.forward.panel",
     "ForwardPanel"),
    ("loss", QT_TRANSLATE_NOOP("MainWindow", "Loss functions"), "dlfs_studio.app.panels.loss.panel", "LossPanel"),
    ("descent", QT_TRANSLATE_NOOP("MainWindow", "Gradient descent"), "dlfs_studio.app.panels.descent_panel",
     "DescentPanel"),
    ("backprop", QT_TRANSLATE_NOOP("MainWindow", "Backpropagation"), "dlfs_studio.app.panels.backprop.panel",
     "BackpropPanel"),
    ("training", QT_TRANSLATE_NOOP("MainWindow", "Training"), "dlfs_studio.app.panels.training_panel",
     "TrainingPanel"),
    ("races", QT_TRANSLATE_NOOP("MainWindow", "Chapter 6"), "dlfs_studio.app.panels.races.panel", "RacesPanel"),
    ("convolution", QT_TRANSLATE_NOOP("MainWindow", "Convolution"), "dlfs_studio.app.panels.convolution.panel",
     "ConvolutionPanel"),
]

#: Short descriptions shown as tooltips on the panel tabs.
PANEL_TOOLTIPS: dict[str, str] = {
    "forward": QT_TRANSLATE_NOOP(
        "MainWindow", "Activations, the three-layer network, softmax overflow, a trained forward pass (chapter 3)"),
    "loss": QT_TRANSLATE_NOOP(
        "MainWindow", "Explore sum of squared errors and cross-entropy on a 10-class output (book section 4.2)"),
    "descent": QT_TRANSLATE_NOOP("MainWindow",
                                 "Watch gradient descent and the optimizers of chapter 6 walk down a loss surface"),
    "backprop": QT_TRANSLATE_NOOP("MainWindow", "Step through backpropagation on computational graphs, a network "
                                                "and the gradient check (chapter 5)"),
    "training": QT_TRANSLATE_NOOP(
        "MainWindow", "Train on MNIST or Fashion-MNIST; keep, compare, rewind and fork runs (chapters 4-7)"),
    "races": QT_TRANSLATE_NOOP("MainWindow", "Chapter 6's comparisons as races: same initial weights, same "
                                             "mini-batches (figures 6-9 to 6-24)"),
    "convolution": QT_TRANSLATE_NOOP(
        "MainWindow", "im2col made visible; filters and feature maps inside a trained SimpleConvNet (chapter 7)"),
}


class PanelLoadError(QWidget):
    """Shown in place of a panel whose module failed to import or construct: the app keeps working."""

    def __init__(self, title: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        msg = QLabel(self)
        style.set_error_label(msg, self.tr("The panel “%1” could not be loaded:").replace("%1", title)
                              + "\n" + details)
        msg.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(msg)
        layout.addStretch(1)
        self._title = title

    def title(self) -> str:
        return self._title

    def set_presentation_mode(self, on: bool) -> None:
        pass

    def export_targets(self) -> list:
        return []

    def shutdown(self) -> None:
        pass
