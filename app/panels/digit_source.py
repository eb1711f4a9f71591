"""Choose the digit a view pushes through a network: a test image by number, or one drawn on the drawing pad.

The drawing pad is the training view's widget (``app/panels/training/drawing_pad.py``), reused; a drawing is
preprocessed like MNIST by ``core.preprocess.mnist_like``.
"""
from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dlfs_studio.app.panels.model_source import dataset_holder
from dlfs_studio.app.panels.training.drawing_pad import DrawingPad
from dlfs_studio.core.preprocess import mnist_like


class DigitSource(QWidget):
    """A test image (index spin box, Random) or a drawn digit; ``digitChanged(image (28, 28) float32, label)``
    fires with the chosen image and its label (None for a drawing)."""

    digitChanged = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.holder = dataset_holder()
        self._rng = np.random.default_rng()
        self.image: NDArray[np.float32] | None = None
        self.label: int | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.mode = QComboBox(self)
        self.mode.addItem(self.tr("Test image"), "test")
        self.mode.addItem(self.tr("Drawn digit"), "draw")
        self.mode.setToolTip(self.tr("Push a test image or your own drawing through the network"))
        column.addWidget(self.mode)
        self.pages = QStackedWidget(self)
        test_page = QWidget(self.pages)
        test_column = QVBoxLayout(test_page)
        test_column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        test_column.addLayout(row)
        test_column.addStretch(1)
        row.addWidget(QLabel(self.tr("No."), test_page))
        self.index = QSpinBox(test_page)
        self.index.setRange(0, 9999)
        self.index.setToolTip(self.tr("Which of the 10,000 test images"))
        row.addWidget(self.index)
        self.random_button = QPushButton(self.tr("Random"), test_page)
        self.random_button.setToolTip(self.tr("Pick a test image at random"))
        row.addWidget(self.random_button)
        self.caption = QLabel(test_page)
        row.addWidget(self.caption, 1)
        self.pages.addWidget(test_page)
        draw_page = QWidget(self.pages)
        dl = QVBoxLayout(draw_page)
        dl.setContentsMargins(0, 0, 0, 0)
        self.pad = DrawingPad(draw_page)
        self.pad.setMinimumSize(120, 120)
        self.pad.setToolTip(self.tr("Draw a digit with the left mouse button; right click erases"))
        dl.addWidget(self.pad, 1)
        self.clear_button = QPushButton(self.tr("Clear"), draw_page)
        self.clear_button.setToolTip(self.tr("Erase the drawing"))
        dl.addWidget(self.clear_button)
        self.pages.addWidget(draw_page)
        column.addWidget(self.pages, 1)
        self.mode.currentIndexChanged.connect(self._on_mode)
        self.index.valueChanged.connect(self._emit_test)
        self.random_button.clicked.connect(self.pick_random)
        self.pad.changed.connect(self._emit_drawing)
        self.clear_button.clicked.connect(self.pad.clear)
        self.holder.loaded.connect(self._on_loaded)
        self.holder.failed.connect(self._on_failed)

    def ensure_data(self) -> None:
        """Ask for the dataset (loaded once, in the worker); the first test image follows."""
        if self.holder.dataset is None:
            self.holder.request()
        elif self.image is None and self.mode.currentData() == "test":
            self._emit_test()

    def _on_loaded(self, dataset: Any) -> None:
        self.index.setMaximum(max(0, dataset.x_test.shape[0] - 1))
        if self.mode.currentData() == "test":
            self._emit_test()

    def _on_failed(self, _message: str, _not_found: bool) -> None:
        self.caption.setText(self.tr("(no test images: draw a digit instead)"))

    def _on_mode(self, _i: int) -> None:
        drawing = self.mode.currentData() == "draw"
        self.pages.setCurrentIndex(1 if drawing else 0)
        if drawing:
            self._emit_drawing()
        else:
            self.ensure_data()
            self._emit_test()

    def set_mode(self, mode: str) -> None:
        """"test" or "draw"."""
        self.mode.setCurrentIndex(0 if mode == "test" else 1)

    def pick_random(self) -> None:
        ds = self.holder.dataset
        if ds is not None:
            self.index.setValue(int(self._rng.integers(ds.x_test.shape[0])))

    def _emit_test(self) -> None:
        ds = self.holder.dataset
        if ds is None:
            self.caption.setText(self.tr("(loading MNIST…)"))
            return
        i = self.index.value()
        self.image = np.asarray(ds.x_test[i], dtype=np.float32).reshape(28, 28)
        self.label = int(np.asarray(ds.t_test[i]).reshape(-1).argmax()) if np.ndim(ds.t_test) == 2 \
            else int(ds.t_test[i])
        names = getattr(ds, "class_names", ())
        name = names[self.label] if 0 <= self.label < len(names) else str(self.label)
        self.caption.setText(self.tr("label: %1").replace("%1", name))
        self.digitChanged.emit(self.image, self.label)

    def _emit_drawing(self) -> None:
        self.image = mnist_like(self.pad.image())
        self.label = None
        self.digitChanged.emit(self.image, None)

    def current(self) -> tuple[NDArray[np.float32] | None, int | None]:
        return self.image, self.label

    def set_presentation_mode(self, on: bool) -> None:
        self.pad.setMinimumSize(200 if on else 120, 200 if on else 120)
