"""The live views of the training panel: every pyqtgraph item is created once and updated in place.

* :func:`tile_mosaic` (pure NumPy, runs in the worker thread): many small images -> one mosaic.
* :class:`MosaicView`: one ImageItem showing a mosaic (first-layer weights, CNN filters, samples,
  misclassified digits), with an optional caption per tile (all captions drawn by ONE :class:`LabelsItem`).
* :class:`ConfusionView`: one ImageItem + one LabelsItem for the 100 counts.
* :class:`ProbabilityBars`: one BarGraphItem of 10 class probabilities.
* :class:`ActivationView`: per-layer histograms (one stepped curve per layer) + dead/saturated shares.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from numpy.typing import NDArray
from PySide6.QtCore import QCoreApplication, QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QVBoxLayout, QWidget

from dlfs_studio.app import style


def _tr(text: str) -> str:
    return QCoreApplication.translate("TrainingPanel", text)


def tile_mosaic(images: NDArray, columns: int | None = None, pad: int = 1,
                normalize: str = "each", fill: float = np.nan, vpad: int | None = None) -> NDArray[np.float32]:
    """Tile (n, h, w) images into one (rows*(h+vpad)-vpad, cols*(w+pad)-pad) float32 mosaic.

    ``vpad`` (default ``pad``) is the gap between rows, e.g. room for captions under each tile.

    ``normalize``: "each" scales every tile to [0, 1] by its own min/max (weights: the pattern
    matters, not the scale), "symmetric" maps each tile to [0, 1] around 0 (0 -> 0.5),
    "none" keeps values. Padding pixels get ``fill`` (NaN shows as the background).
    The result is laid out (row, column) = (y, x); callers transpose for ImageItem.
    """
    imgs = np.asarray(images, dtype=np.float32)
    if imgs.ndim != 3:
        raise ValueError(f"expected images of shape (n, h, w), got {imgs.shape}")
    n, h, w = imgs.shape
    cols = columns or max(1, int(np.ceil(np.sqrt(n))))
    rows = max(1, int(np.ceil(n / cols)))
    if normalize == "each" and n:
        lo = imgs.min(axis=(1, 2), keepdims=True)
        hi = imgs.max(axis=(1, 2), keepdims=True)
        imgs = (imgs - lo) / np.where(hi > lo, hi - lo, 1)
    elif normalize == "symmetric" and n:
        m = np.abs(imgs).max(axis=(1, 2), keepdims=True)
        imgs = (0.5 + 0.5 * imgs / np.where(m > 0, m, 1)).astype(imgs.dtype, copy=False)
    vp = pad if vpad is None else vpad
    out = np.full((rows * (h + vp) - vp + (vp if vpad is not None else 0), cols * (w + pad) - pad), fill,
                  dtype=np.float32)
    for k in range(n):
        r, c = divmod(k, cols)
        out[r * (h + vp):r * (h + vp) + h, c * (w + pad):c * (w + pad) + w] = imgs[k]
    return out


def colormap(name: str) -> pg.ColorMap:
    """Colour maps that need no matplotlib: "gray", "blues" (white -> accent), "diverging" (blue-white-red)."""
    if name == "gray":
        return pg.ColorMap([0.0, 1.0], [(0, 0, 0), (255, 255, 255)])
    if name == "blues":
        return pg.ColorMap([0.0, 1.0], [(247, 251, 255), (8, 69, 148)])
    if name == "diverging":
        return pg.ColorMap([0.0, 0.5, 1.0], [(33, 102, 172), (247, 247, 247), (178, 24, 43)])
    return pg.colormap.get(name)


class LabelsItem(pg.GraphicsObject):
    """Many short texts drawn by one item: ``set_labels([(x, y, text, color), ...])`` in data coordinates.

    The texts keep their pixel size when the view is zoomed; ``anchor`` = (0.5, 0.5) centres each text
    on its point, (0.5, 0) puts it just below. One item repainted is much cheaper than 100 TextItems
    updated one by one (that cost tens of milliseconds per confusion matrix).

    ``max_width`` (data units, e.g. one confusion-matrix cell or one gallery tile): when the widest text
    would not fit at the font size, every text is drawn smaller, just enough to fit, so neighbours never
    run into each other (presentation mode, small windows).
    """

    def __init__(self, anchor: tuple[float, float] = (0.5, 0.5), max_width: float | None = None) -> None:
        super().__init__()
        self.anchor = anchor
        self.max_width = max_width
        self.labels: list[tuple[float, float, str, str]] = []
        self.font = QFont()
        self.font.setPointSizeF(style.font_size("small"))
        self._rect = QRectF()
        self._export_scale = 1.0

    def set_labels(self, labels: Sequence[tuple[float, float, str, str]]) -> None:
        self.prepareGeometryChange()
        self.labels = list(labels)
        if self.labels:
            xs = [lb[0] for lb in self.labels]
            ys = [lb[1] for lb in self.labels]
            self._rect = QRectF(min(xs) - 1, min(ys) - 1, max(xs) - min(xs) + 2, max(ys) - min(ys) + 2)
        else:
            self._rect = QRectF()
        self.update()

    def set_font_size(self, points: float) -> None:
        self.font.setPointSizeF(points)
        self.update()

    def setExportMode(self, export: bool, opts: dict | None = None) -> bool:
        """pyqtgraph's exporters render at a larger resolution: scale the texts with it."""
        self._export_scale = float((opts or {}).get("resolutionScale", 1.0)) if export else 1.0
        return False

    def boundingRect(self) -> QRectF:
        return self._rect

    def fitted_font(self, pixels_per_unit: float) -> QFont:
        """The font the texts are drawn with when one data unit is ``pixels_per_unit`` pixels wide."""
        font = QFont(self.font)
        font.setPointSizeF(self.font.pointSizeF() * self._export_scale)
        if self.max_width is None or not self.labels or pixels_per_unit <= 0:
            return font
        widest = max(QFontMetricsF(font).horizontalAdvance(lb[2]) for lb in self.labels)
        room = self.max_width * pixels_per_unit
        if widest > room > 0:
            font.setPointSizeF(max(1.0, font.pointSizeF() * room / widest))
        return font

    def paint(self, painter: QPainter, *args) -> None:
        if not self.labels:
            return
        transform = painter.transform()
        unit = abs(transform.map(QPointF(1, 0)).x() - transform.map(QPointF(0, 0)).x())
        font = self.fitted_font(unit)
        painter.save()
        painter.resetTransform()
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        ax, ay = self.anchor
        pen_color = None
        for x, y, text, color in self.labels:
            if color != pen_color:
                painter.setPen(QColor(color))
                pen_color = color
            p = transform.map(QPointF(x, y))
            w = metrics.horizontalAdvance(text)
            h = metrics.height()
            painter.drawText(QPointF(p.x() - ax * w, p.y() - ay * h + metrics.ascent()), text)
        painter.restore()


def _image_view(parent: QWidget | None,
                title: str = "") -> tuple[pg.GraphicsLayoutWidget, pg.ViewBox, pg.LabelItem | None]:
    widget = pg.GraphicsLayoutWidget(parent)
    style.init_pyqtgraph()
    widget.setBackground(style.theme()["background"])
    label = widget.addLabel(title, row=0, col=0) if title else None
    view = widget.addViewBox(row=1, col=0, lockAspect=True, invertY=True, enableMenu=False)
    view.setMouseEnabled(False, False)
    return widget, view, label


class MosaicView(QWidget):
    """A mosaic of small images in ONE ImageItem, with optional per-tile captions (created once)."""

    def __init__(self, title: str = "", cmap: str = "gray", captions: int = 0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = title
        self.graphics, self.view, self.title_label = _image_view(self, title)
        self._set_title_size(False)
        layout.addWidget(self.graphics)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.cmap = cmap
        self.image.setColorMap(colormap(cmap))
        self.view.addItem(self.image)
        self._captions = LabelsItem(anchor=(0.5, 0.0))
        self.max_captions = captions
        self.view.addItem(self._captions)
        self.mosaic: NDArray | None = None
        self.caption_texts: list[str] = []

    def set_mosaic(self, mosaic: NDArray, levels: tuple[float, float] | None = (0.0, 1.0)) -> None:
        """Show a (H, W) mosaic (NaN = background)."""
        reframe = self.mosaic is None or self.mosaic.shape != mosaic.shape
        self.mosaic = mosaic
        fill = 0.5 if self.cmap == "diverging" else 0.12
        if levels is None:
            self.image.setImage(np.nan_to_num(mosaic, nan=float(np.nanmin(mosaic)) if mosaic.size else 0.0),
                                autoLevels=True)
        else:
            self.image.setImage(np.nan_to_num(mosaic, nan=fill), levels=levels)
        if reframe:
            # the image alone: the captions still stand where the previous mosaic's tiles were (they are set
            # after the mosaic), and a bigger old grid would keep the new one small, its captions shrunk
            self.view.autoRange(padding=0.02, items=[self.image])

    def set_captions(self, texts: Sequence[str], tile: tuple[int, int], columns: int, pad: int = 1,
                     colors: Sequence[str] | None = None, vpad: int | None = None) -> None:
        """Caption tile k with texts[k] just below it, in the ``vpad`` gap (hides unused captions)."""
        h, w = tile
        vp = pad if vpad is None else vpad
        self._captions.max_width = 0.9 * (w + pad)  # a caption never runs into its neighbour's
        texts = list(texts)[:self.max_captions]
        self.caption_texts = texts
        fg = style.theme()["foreground"]
        labels = []
        for k, text in enumerate(texts):
            r, c = divmod(k, columns)
            labels.append((c * (w + pad) + w / 2, r * (h + vp) + h, text, colors[k] if colors else fg))
        self._captions.set_labels(labels)

    def clear(self) -> None:
        """Show nothing: no image, no captions."""
        self.mosaic = None
        self.image.clear()
        self.caption_texts = []
        self._captions.set_labels([])

    def _set_title_size(self, on: bool) -> None:
        if self.title_label is not None:
            self.title_label.setText(self.title, size=f"{style.font_size('body', on):.0f}pt",
                                     color=style.theme()["foreground"])

    def set_presentation_mode(self, on: bool) -> None:
        self._captions.set_font_size(style.font_size("small", on))
        self._set_title_size(on)


class ConfusionView(QWidget):
    """A 10x10 confusion matrix: one ImageItem (row-normalised colour) and one reused TextItem per cell."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.plot = pg.PlotWidget(self)
        style.apply_plot_style(self.plot, grid=False)
        self.plot.setTitle(_tr("Confusion matrix (test set)"))
        self.plot.setLabel("left", _tr("true label"))
        self.plot.setLabel("bottom", _tr("predicted label"))
        self.plot.getViewBox().invertY(True)
        self.plot.getViewBox().setAspectLocked(True)
        self.plot.setMouseEnabled(False, False)
        self.plot.hideButtons()
        layout.addWidget(self.plot)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(colormap("blues"))
        self.plot.addItem(self.image)
        self._counts = LabelsItem(anchor=(0.5, 0.5), max_width=0.9)  # a count stays inside its cell
        self.plot.addItem(self._counts)
        ticks = [[(k, str(k)) for k in range(10)]]
        self.plot.getAxis("left").setTicks(ticks)
        self.plot.getAxis("bottom").setTicks(ticks)
        self.matrix: NDArray | None = None
        self.class_names: tuple[str, ...] = tuple(str(k) for k in range(10))

    def set_class_names(self, names: Sequence[str]) -> None:
        """Rows carry the full names ("T-shirt/top 0"); columns the class numbers, which always fit a cell."""
        self.class_names = tuple(names)
        if all(n == str(k) for k, n in enumerate(names)):
            ticks = [(k, n) for k, n in enumerate(names)]
            self.plot.getAxis("left").setTicks([ticks])
            self.plot.getAxis("bottom").setTicks([ticks])
            self.plot.setLabel("bottom", _tr("predicted label"))
            return
        self.plot.getAxis("left").setTicks([[(k, f"{n} {k}") for k, n in enumerate(names)]])
        self.plot.getAxis("bottom").setTicks([[(k, str(k)) for k in range(len(names))]])
        self.plot.setLabel("bottom", _tr("predicted label (numbered as the rows)"))

    def set_matrix(self, matrix: NDArray) -> None:
        """Show counts (10, 10): rows = true label, columns = predicted label."""
        m = np.asarray(matrix)
        self.matrix = m
        k = m.shape[0]
        rows = m.sum(axis=1, keepdims=True)
        share = m / np.where(rows > 0, rows, 1)
        self.image.setImage(share, levels=(0.0, 1.0))
        self.image.setRect(-0.5, -0.5, k, k)
        fg = style.theme()["foreground"]
        self._counts.set_labels([(j, i, str(int(m[i, j])), "#ffffff" if share[i, j] > 0.5 else fg)
                                 for i in range(k) for j in range(k)])

    def clear(self) -> None:
        """No counts; the empty 10x10 frame with its class ticks stays."""
        self.matrix = None
        self.image.clear()
        self._counts.set_labels([])
        self.plot.setRange(xRange=(-0.5, 9.5), yRange=(-0.5, 9.5), padding=0.02)

    def set_presentation_mode(self, on: bool) -> None:
        style.apply_plot_style(self.plot, on, grid=False)
        self._counts.set_font_size(style.font_size("small", on) * 0.9)


class ProbabilityBars(QWidget):
    """Ten class probabilities as ONE BarGraphItem, the winner highlighted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.plot = pg.PlotWidget(self)
        style.apply_plot_style(self.plot)
        self.plot.setTitle(_tr("Network's probabilities"))
        # horizontal bars: the class names are read in full on the left axis (Fashion-MNIST's "T-shirt/top")
        self.plot.setLabel("bottom", _tr("probability"))
        self.plot.setLabel("left", _tr("class"))
        self.plot.setXRange(0, 1.0, padding=0.02)
        self.plot.setYRange(-0.6, 9.6, padding=0)
        self.plot.getViewBox().invertY(True)
        self.plot.setMouseEnabled(False, False)
        self.plot.hideButtons()
        self.plot.getAxis("left").setTicks([[(k, str(k)) for k in range(10)]])
        self.plot.getAxis("bottom").enableAutoSIPrefix(False)
        layout.addWidget(self.plot)
        self.bars = pg.BarGraphItem(x0=0, y=np.arange(10), width=np.zeros(10), height=0.7,
                                    brushes=[style.brush(style.ACCENT, 120)] * 10)
        self.plot.addItem(self.bars)
        self.probabilities = np.zeros(10)
        self.class_names: tuple[str, ...] = tuple(str(k) for k in range(10))

    def set_class_names(self, names: Sequence[str]) -> None:
        self.class_names = tuple(names)
        self.plot.getAxis("left").setTicks([[(k, n) for k, n in enumerate(names)]])

    def set_probabilities(self, p: NDArray | None) -> None:
        p = np.zeros(10) if p is None else np.asarray(p, dtype=float)
        self.probabilities = p
        best = int(np.argmax(p)) if p.any() else -1
        brushes = [style.brush(style.ACCENT if k == best else style.muted_color(), 230 if k == best else 110)
                   for k in range(len(p))]
        self.bars.setOpts(x0=0, y=np.arange(len(p)), width=p, height=0.7, brushes=brushes)

    def set_presentation_mode(self, on: bool) -> None:
        style.apply_plot_style(self.plot, on)


class ActivationView(QWidget):
    """Histogram of each hidden layer's activations (one curve per layer) and dead/saturated shares."""

    MAX_LAYERS = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.plot = pg.PlotWidget(self)
        style.apply_plot_style(self.plot)
        self.plot.setTitle(_tr("Activation histograms (test sample)"))
        self.plot.setLabel("left", _tr("share of units"))
        self.plot.setLabel("bottom", _tr("activation value"))
        self.plot.getAxis("left").enableAutoSIPrefix(False)
        self.legend = self.plot.addLegend(offset=(-10, 10))
        layout.addWidget(self.plot)
        self.curves: list[pg.PlotDataItem] = []
        for k in range(self.MAX_LAYERS):
            c = self.plot.plot([], [], stepMode="center", pen=style.pen(style.CLASS_COLORS[k], 2),
                               fillLevel=0, brush=style.brush(style.CLASS_COLORS[k], 40))
            c.setVisible(False)
            self.curves.append(c)
        self.summary: list[str] = []
        self.stats: list = []
        self._labels: dict[int, str] = {}

    def clear(self) -> None:
        """No histograms (e.g. before a run, or after the dataset changed)."""
        self.set_stats([])
        for c in self.curves:
            c.setData([], [])

    def set_stats(self, stats: Sequence) -> None:
        """``stats``: core.network.LayerStats per hidden layer (name, kind, counts, edges, dead, saturated)."""
        self.stats = list(stats)[:self.MAX_LAYERS]
        self.summary = []
        for k, c in enumerate(self.curves):
            if k < len(stats):
                s = stats[k]
                counts = np.asarray(s.counts, dtype=float)
                total = counts.sum() or 1.0
                c.setData(np.asarray(s.edges), counts / total)
                if s.kind == "relu":
                    extra = _tr("dead units %1%").replace("%1", f"{100 * s.dead:.0f}")
                else:
                    extra = _tr("saturated %1%").replace("%1", f"{100 * s.saturated:.0f}")
                label = f"{s.name}: {extra}"
                self.summary.append(label)
                if self.legend is not None and self._labels.get(k) != label:
                    self.legend.removeItem(c)
                    self.legend.addItem(c, label)
                    self._labels[k] = label
                c.setVisible(True)
            else:
                c.setVisible(False)
                if self.legend is not None and self._labels.pop(k, None) is not None:
                    self.legend.removeItem(c)

    def set_presentation_mode(self, on: bool) -> None:
        # a side-by-side plot: its title at axis size, so it fits next to the weight images
        style.apply_plot_style(self.plot, on, title_role="axis" if on else "heading")
        for k, c in enumerate(self.curves):
            c.setPen(style.pen(style.CLASS_COLORS[k], 2, on))
