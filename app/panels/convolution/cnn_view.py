"""Inside a trained SimpleConvNet (section 7.5-7.6): its filters, the feature maps they make of the chosen digit,
the pooled maps and the scores, for a test image or the drawing pad's digit."""
from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from numpy.typing import NDArray
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QSplitter, QVBoxLayout, QWidget

from dlfs_studio.app import style
from dlfs_studio.app.export import CsvTable
from dlfs_studio.app.panels.digit_source import DigitSource
from dlfs_studio.app.panels.model_source import NetworkSource, NetworkSourceBar, simple_conv_recipe
from dlfs_studio.app.panels.wrapped_title import set_wrapped_title
from dlfs_studio.core.forward import Stage, forward_trace

COLUMNS = 6


def accepts(net: Any) -> str | None:
    """A SimpleConvNet (any filter count) on 1x28x28 images."""
    if net is None or getattr(net, "type_name", "") != "simple_conv":
        return QCoreApplication.translate("CnnView", "it is not a SimpleConvNet (train one here, or choose a "
                                          "convolution network in the training view)")
    if tuple(net.input_shape) != (1, 28, 28):
        return QCoreApplication.translate("CnnView", "it does not read 1×28×28 images")
    return None


def tile(maps: NDArray, columns: int = COLUMNS) -> NDArray:
    """(K, h, w) -> one image of ceil(K / columns) x columns tiles with NaN gaps (image rows = y)."""
    k, h, w = maps.shape
    rows = int(np.ceil(k / columns))
    out = np.full((rows * (h + 1) - 1, columns * (w + 1) - 1), np.nan)
    for i in range(k):
        r, c = divmod(i, columns)
        out[r * (h + 1):r * (h + 1) + h, c * (w + 1):c * (w + 1) + w] = maps[i]
    return out


class CnnView(QWidget):
    """Filters, feature maps (after ReLU), pooled maps and scores of a SimpleConvNet on one digit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presentation = False
        self.source = NetworkSource(accepts, simple_conv_recipe, self)
        self.stages: dict[str, Stage] = {}
        layout = QVBoxLayout(self)
        self.source_bar = NetworkSourceBar(self.source, self.tr("Train one now (SimpleConvNet, about one epoch)"),
                                           self)
        layout.addWidget(self.source_bar)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(split)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.digits = DigitSource(left)
        ll.addWidget(self.digits, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Filter"), left))
        self.filter_spin = QSpinBox(left)
        self.filter_spin.setRange(0, 29)
        self.filter_spin.setToolTip(self.tr("Highlight one filter and the maps it produces (or click a tile)"))
        row.addWidget(self.filter_spin, 1)
        ll.addLayout(row)
        self.detail = pg.GraphicsLayoutWidget(left)
        self.detail.setToolTip(self.tr("The chosen filter, its feature map and the pooled map, enlarged"))
        self.detail_images: dict[str, pg.ImageItem] = {}
        for col, key in enumerate(("filters", "maps", "pooled")):
            plot = self.detail.addPlot(row=0, col=col)
            plot.getViewBox().invertY(True)
            plot.getViewBox().setAspectLocked(True)
            plot.getViewBox().setMouseEnabled(x=False, y=False)
            plot.setMenuEnabled(False)
            plot.hideAxis("left")
            plot.hideAxis("bottom")
            image = pg.ImageItem()
            image.setColorMap(pg.colormap.get("CET-D1" if key == "filters" else "CET-L1"))
            plot.addItem(image)
            self.detail_images[key] = image
        self.detail.setMinimumHeight(90)
        ll.addWidget(self.detail, 1)
        self.left = left
        left.setMaximumWidth(260)
        split.addWidget(left)
        self.graphics = pg.GraphicsLayoutWidget(split)
        split.addWidget(self.graphics)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)
        self.prediction = QLabel(self)
        layout.addWidget(self.prediction)
        self.plots: dict[str, pg.PlotItem] = {}
        self.images: dict[str, pg.ImageItem] = {}
        self.boxes: dict[str, pg.PlotDataItem] = {}
        for col, key in enumerate(("x", "filters", "maps", "pooled")):
            plot = self.graphics.addPlot(row=0, col=col)
            plot.getViewBox().invertY(True)
            plot.getViewBox().setAspectLocked(True)
            plot.getViewBox().setMouseEnabled(x=False, y=False)
            plot.setMenuEnabled(False)
            plot.hideAxis("left")
            plot.hideAxis("bottom")
            image = pg.ImageItem()
            image.setColorMap(pg.colormap.get("CET-D1" if key == "filters" else "CET-L1"))
            plot.addItem(image)
            box = pg.PlotDataItem()
            plot.addItem(box)
            self.plots[key], self.images[key], self.boxes[key] = plot, image, box
        self.score_plot = self.graphics.addPlot(row=1, col=0, colspan=4)
        self.score_bars = pg.BarGraphItem(x=np.arange(10), height=np.zeros(10), width=0.7)
        self.score_plot.addItem(self.score_bars)
        self.score_plot.getViewBox().setMouseEnabled(x=False, y=False)
        self.score_plot.setMenuEnabled(False)
        self.score_plot.getAxis("bottom").setTicks([[(k, str(k)) for k in range(10)]])
        self.graphics.ci.layout.setRowStretchFactor(0, 3)
        self.graphics.ci.layout.setRowStretchFactor(1, 1)
        self._titles()
        self.source.changed.connect(self.refresh)
        self.digits.digitChanged.connect(lambda _i, _l: self.refresh())
        self.filter_spin.valueChanged.connect(lambda _v: self._highlight())
        self.graphics.scene().sigMouseClicked.connect(self._clicked)
        self.set_presentation(False)
        if not self.source.take_from_hub():
            self.source_bar.show_status(self.tr("No SimpleConvNet yet: train one in the MNIST training view, load a "
                                                "model, or train one now."), "info")
        self.digits.ensure_data()
        self.refresh()

    def _titles(self) -> None:
        fn = self.filter_count()
        self.plots["x"].setTitle(self.tr("Input 1×28×28"))
        self.plots["filters"].setTitle(self.tr("%1 filters W1 (5×5)").replace("%1", str(fn)))
        self.plots["maps"].setTitle(self.tr("Feature maps after ReLU (%1×24×24)").replace("%1", str(fn)))
        self.plots["pooled"].setTitle(self.tr("Max pooled (%1×12×12)").replace("%1", str(fn)))
        self.score_plot.setTitle(self.tr("Scores (softmax probabilities)"))
        self._wrap_titles()

    def _wrap_titles(self) -> None:
        width = max(90.0, self.graphics.width() / 4 - 30)
        for plot in self.plots.values():
            set_wrapped_title(plot, plot.titleLabel.text, width)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._wrap_titles()

    def filter_count(self) -> int:
        net = self.source.net
        return int(net.params["W1"].shape[0]) if net is not None else 30

    # ------------------------------------------------------------------ data
    def refresh(self) -> None:
        net = self.source.net
        image, label = self.digits.current()
        if net is None or image is None:
            self.stages = {}
            self.prediction.setText(self.tr("Choose a SimpleConvNet and a digit to look inside."))
            return
        self.filter_spin.setMaximum(self.filter_count() - 1)
        self._titles()
        trace = forward_trace(net, image)
        self.stages = {s.symbol: s for s in trace}
        W = net.params["W1"][:, 0].astype(np.float64)
        lim = float(np.abs(W).max()) or 1.0
        self.images["x"].setImage(image.T, levels=(0, 1))
        self.images["filters"].setImage(tile(W).T, levels=(-lim, lim))
        maps = self.stages["Relu1"].value.astype(np.float64)
        self.images["maps"].setImage(tile(maps).T, levels=(0, max(float(maps.max()), 1e-6)))
        pooled = self.stages["Pool1"].value.astype(np.float64)
        self.images["pooled"].setImage(tile(pooled).T, levels=(0, max(float(pooled.max()), 1e-6)))
        for plot in self.plots.values():
            plot.getViewBox().autoRange(padding=0.01)
        y = self.stages["y"].value
        self.score_bars.setOpts(x=np.arange(y.size), height=y, width=0.7,
                                brushes=[style.brush(style.OK if k == int(np.argmax(y)) else style.ACCENT, 170)
                                         for k in range(y.size)])
        self.score_plot.setYRange(0, 1.02, padding=0)
        best = int(np.argmax(y))
        truth = "" if label is None else self.tr(" (label %1)").replace("%1", str(label))
        self.prediction.setText(self.tr("Prediction: %1 with probability %2%3").replace("%1", str(best))
                                .replace("%2", f"{y[best]:.4f}").replace("%3", truth))
        self._highlight()

    def _clicked(self, event: Any) -> None:
        for key, side in (("filters", 5), ("maps", 24), ("pooled", 12)):
            vb = self.plots[key].getViewBox()
            if vb.sceneBoundingRect().contains(event.scenePos()) and self.stages:
                p = vb.mapSceneToView(event.scenePos())
                c, r = int(p.x() // (side + 1)), int(p.y() // (side + 1))
                k = r * COLUMNS + c
                if 0 <= c < COLUMNS and 0 <= k < self.filter_count():
                    self.filter_spin.setValue(k)

    def _highlight(self) -> None:
        k = self.filter_spin.value()
        if self.stages and self.source.net is not None and k < self.filter_count():
            W = self.source.net.params["W1"][k, 0].astype(np.float64)
            lim = float(np.abs(W).max()) or 1.0
            self.detail_images["filters"].setImage(W.T, levels=(-lim, lim))
            for key, stage in (("maps", "Relu1"), ("pooled", "Pool1")):
                m = self.stages[stage].value[k].astype(np.float64)
                self.detail_images[key].setImage(m.T, levels=(0, max(float(m.max()), 1e-6)))
            for plot in self.detail.ci.items:
                plot.getViewBox().autoRange(padding=0.02)
        r, c = divmod(k, COLUMNS)
        for key, side in (("filters", 5), ("maps", 24), ("pooled", 12)):
            x0, y0 = c * (side + 1) - 0.5, r * (side + 1) - 0.5
            self.boxes[key].setData([x0, x0 + side + 1, x0 + side + 1, x0, x0], [y0, y0, y0 + side + 1,
                                                                               y0 + side + 1, y0])

    # ------------------------------------------------------------------ protocol
    def set_presentation(self, on: bool) -> None:
        self.presentation = on
        style.apply_layout_style(self.graphics, on, title_role="small")
        for plot in self.plots.values():
            plot.showGrid(x=False, y=False)
        self._wrap_titles()
        for box in self.boxes.values():
            box.setPen(style.pen(style.ERROR, 2.0, on))
        self.prediction.setFont(style.heading_font(on, "body"))
        self.digits.set_presentation_mode(on)
        self.left.setMaximumWidth(340 if on else 260)
        self.detail.setBackground(style.theme()["background"])

    def prepare(self) -> str | None:
        return None if self.stages else self.tr("Nothing to show yet: choose a SimpleConvNet and a digit.")

    def table(self) -> CsvTable:
        """Scores and probabilities of the current digit, and the mean activation of each feature map."""
        rows: list[list[Any]] = []
        if self.stages:
            for k, (s, p) in enumerate(zip(self.stages["a2"].value, self.stages["y"].value, strict=True)):
                rows.append(["score", k, float(s), float(p)])
            for k, m in enumerate(self.stages["Relu1"].value):
                rows.append(["feature map mean", k, float(m.mean()), float(self.stages["Pool1"].value[k].mean())])
        return CsvTable(["what", "k", "value", "probability / pooled mean"], rows)

    def shutdown(self) -> None:
        self.source.shutdown()
