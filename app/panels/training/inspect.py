"""The tabs that inspect one network: its weights and activations, its errors, and a digit drawn for it.

Each tab draws what it is given (a weight mosaic, activation statistics, an evaluation, a network to ask
for probabilities); none reaches into another or into the controller.
"""
from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from dlfs_studio.app import style
from dlfs_studio.app.panels.training.drawing_pad import DrawingPad
from dlfs_studio.app.panels.training.jobs import GALLERY_VPAD, EvaluationView
from dlfs_studio.app.panels.training.views import (
    ActivationView,
    ConfusionView,
    MosaicView,
    ProbabilityBars,
    tile_mosaic,
)
from dlfs_studio.core.preprocess import mnist_like

#: Mistakes shown in presentation mode, and their columns (fewer, bigger tiles whose captions fit).
PRESENTATION_GALLERY = (8, 4)


class WeightsTab(QWidget):
    """First-layer weights (or filters) as a mosaic, and the hidden activations' histograms."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        h = QHBoxLayout(self)
        h.setContentsMargins(0, 0, 0, 0)
        col = QVBoxLayout()
        self.weights_title = QLabel(self.tr("First-layer weights, one 28×28 image per hidden unit "
                                            "(red +, blue −)"), self)
        self.weights_title.setWordWrap(True)
        self.weights_title.setToolTip(self.tr("Each tile shows the weights from the 784 pixels to one hidden unit: "
                                              "the pattern that unit responds to"))
        col.addWidget(self.weights_title)
        self.weights_view = MosaicView("", "diverging", parent=self)
        self.weights_view.setToolTip(self.weights_title.toolTip())
        col.addWidget(self.weights_view, 1)
        h.addLayout(col, 3)
        self.weights_layout = h
        self.activation_view = ActivationView(self)
        self.activation_view.setToolTip(self.tr("How the hidden activations are spread over a sample of test "
                                                "images; dead ReLUs and saturated sigmoids stop learning "
                                                "(section 6.2)"))
        h.addWidget(self.activation_view, 2)

    def show_weights(self, m: Any, where: str = "") -> None:
        self.weights_view.set_mosaic(m.mosaic)
        if m.kind == "units":
            text = self.tr("First-layer weights, one 28×28 image per hidden unit (red +, blue −; %1 units)") \
                .replace("%1", str(m.count))
        else:
            text = self.tr("Convolution filters of the first layer, %1 of %2×%3 (red +, blue −)") \
                .replace("%1", str(m.count)).replace("%2", str(m.tile[0])).replace("%3", str(m.tile[1]))
        self.weights_title.setText(text + (" — " + where if where else ""))

    def show_activations(self, stats: Any) -> None:
        if stats:
            self.activation_view.set_stats(stats)
        else:
            self.activation_view.clear()

    def clear(self) -> None:
        self.activation_view.clear()

    def set_presentation_mode(self, on: bool) -> None:
        self.weights_view.set_presentation_mode(on)
        self.activation_view.set_presentation_mode(on)
        self.weights_layout.setStretch(0, 1 if on else 3)
        self.weights_layout.setStretch(1, 1 if on else 2)


class ErrorsTab(QWidget):
    """The confusion matrix and the most confident mistakes of one evaluation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._presentation = False
        self.evaluation: EvaluationView | None = None
        h = QHBoxLayout(self)
        h.setContentsMargins(0, 0, 0, 0)
        self.confusion_view = ConfusionView(self)
        self.confusion_view.setToolTip(self.tr("Rows: true label; columns: predicted label; the diagonal holds "
                                               "the correct answers (updated after each epoch)"))
        h.addWidget(self.confusion_view, 1)
        col = QVBoxLayout()
        self.gallery_title = QLabel(self.default_title(), self)
        self.gallery_title.setWordWrap(True)
        self.gallery_title.setToolTip(self.tr("Test images the network got wrong, most confident first"))
        col.addWidget(self.gallery_title)
        self.gallery_view = MosaicView("", "gray", captions=24, parent=self)
        self.gallery_view.setToolTip(self.gallery_title.toolTip())
        col.addWidget(self.gallery_view, 1)
        h.addLayout(col, 1)

    def default_title(self) -> str:
        return self.tr("Most confident mistakes on the test set (true→predicted, confidence)")

    def set_class_names(self, names: tuple[str, ...]) -> None:
        self.confusion_view.set_class_names(names)

    def show_evaluation(self, ev: EvaluationView | None) -> None:
        self.evaluation = ev
        if ev is None:
            self.clear()
            return
        if ev.class_names:
            self.confusion_view.set_class_names(ev.class_names)
        self.confusion_view.set_matrix(ev.confusion)
        self._show_gallery(ev)
        self.gallery_title.setText(self.tr("Most confident mistakes on the test set at iteration %1 (epoch %2): "
                                           "true→predicted, confidence; test accuracy %3")
                                   .replace("%1", f"{ev.iteration:,}").replace("%2", str(ev.epoch))
                                   .replace("%3", f"{ev.accuracy:.4f}"))

    def _show_gallery(self, ev: EvaluationView) -> None:
        """Mistakes with their captions; in presentation mode fewer, bigger tiles."""
        if ev.gallery is None:
            self.gallery_view.clear()
            return
        mosaic, captions, columns = ev.gallery, list(ev.captions), ev.columns
        tile = (28, 28)
        if ev.images is not None:
            tile = (int(ev.images.shape[1]), int(ev.images.shape[2]))
            if self._presentation:
                count, columns = PRESENTATION_GALLERY
                mosaic = tile_mosaic(ev.images[:count], columns=columns, pad=2, normalize="none", fill=np.nan,
                                     vpad=GALLERY_VPAD)
                captions = captions[:count]
        self.gallery_view.set_mosaic(mosaic)
        self.gallery_view.set_captions(captions, tile, columns, pad=2, colors=[style.ERROR] * len(captions),
                                       vpad=GALLERY_VPAD)

    def clear(self) -> None:
        self.evaluation = None
        self.confusion_view.clear()
        self.gallery_view.clear()
        self.gallery_title.setText(self.default_title())

    def set_presentation_mode(self, on: bool) -> None:
        self._presentation = on
        self.confusion_view.set_presentation_mode(on)
        self.gallery_view.set_presentation_mode(on)
        if self.evaluation is not None:
            self._show_gallery(self.evaluation)


class DrawTab(QWidget):
    """Draw something; the network the view shows says what it thinks it is."""

    predictionChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._net: Any = None
        self._names: tuple[str, ...] = tuple(str(i) for i in range(10))
        self._note = ""
        h = QHBoxLayout(self)
        col = QVBoxLayout()
        self.pad = DrawingPad(self)
        self.pad.setToolTip(self.tr("Draw with the left mouse button; right click clears"))
        self.pad.changed.connect(self.predict)
        col.addWidget(self.pad, 1)
        row = QHBoxLayout()
        self.clear_pad_button = QPushButton(self.tr("Clear"), self)
        self.clear_pad_button.setToolTip(self.tr("Erase the drawing"))
        self.clear_pad_button.clicked.connect(self.pad.clear)
        row.addWidget(self.clear_pad_button)
        self.prediction_label = QLabel(self.hint(), self)
        self.prediction_label.setFont(style.heading_font())
        self.prediction_label.setWordWrap(True)
        self.prediction_label.setToolTip(self.tr("The class with the highest probability"))
        row.addWidget(self.prediction_label, 1)
        col.addLayout(row)
        h.addLayout(col, 2)
        right = QVBoxLayout()
        self.preview_view = MosaicView(self.tr("as the network sees it (28×28)"), "gray", parent=self)
        self.preview_view.setToolTip(self.tr("Your drawing preprocessed like MNIST: cropped, scaled to fit 20×20, "
                                             "centred by its centre of mass in 28×28"))
        self.preview_view.setMaximumHeight(220)
        right.addWidget(self.preview_view, 1)
        self.prob_bars = ProbabilityBars(self)
        self.prob_bars.setToolTip(self.tr("Softmax probabilities of the current network for your drawing"))
        right.addWidget(self.prob_bars, 2)
        h.addLayout(right, 3)

    def hint(self) -> str:
        digits = all(n.isdigit() for n in self._names)
        return self.tr("Draw a digit") if digits else self.tr("Draw a piece of clothing")

    def set_class_names(self, names: tuple[str, ...]) -> None:
        self._names = tuple(names)
        self.prob_bars.set_class_names(names)
        if self.pad.is_empty():
            self.prediction_label.setText(self.hint())

    def set_network(self, net: Any, note: str = "") -> None:
        """The network asked (None: the settings are invalid); ``note`` follows the prediction."""
        self._net = net
        self._note = note
        if not self.pad.is_empty():
            self.predict()

    def predict(self) -> None:
        """Preprocess the drawing like MNIST (core.preprocess) and show the network's probabilities."""
        img = mnist_like(self.pad.image())
        self.preview_view.set_mosaic(img)
        if not img.any():
            self.prob_bars.set_probabilities(None)
            self.prediction_label.setText(self.hint())
            self.predictionChanged.emit(None)
            return
        if self._net is None:
            self.prediction_label.setText(self.tr("Fix the network settings first"))
            return
        p = self._net.probabilities(img.reshape(1, -1))[0].astype(np.float64)
        self.prob_bars.set_probabilities(p)
        k = int(np.argmax(p))
        name = self._names[k] if k < len(self._names) else str(k)
        self.prediction_label.setText(self.tr("It looks like %1 (%2%)").replace("%1", name)
                                      .replace("%2", f"{100 * p[k]:.0f}") + self._note)
        self.predictionChanged.emit(p)

    def set_presentation_mode(self, on: bool) -> None:
        self.prob_bars.set_presentation_mode(on)
        self.preview_view.set_presentation_mode(on)
        self.prediction_label.setFont(style.heading_font(on))
