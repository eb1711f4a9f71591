"""A trained network's forward pass, layer by layer with shapes (x -> a1 -> z1 -> ... -> y), for a test image or
a drawn digit, and the batch view of section 3.6.3 with its speed-up measured live."""
from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from numpy.typing import NDArray
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from dlfs_studio.app import style
from dlfs_studio.app.export import CsvTable
from dlfs_studio.app.panels.digit_source import DigitSource
from dlfs_studio.app.panels.model_source import NetworkSource, NetworkSourceBar, dataset_holder, two_layer_recipe
from dlfs_studio.app.panels.wrapped_title import set_wrapped_title
from dlfs_studio.app.worker import GeneratorWorker, WorkerRunner
from dlfs_studio.core.forward import BatchTiming, Stage, forward_trace, measure_batch_speedup

#: Images timed one at a time and in batches of 100 by "Measure".
TIMED_IMAGES = 1000


def accepts(net: Any) -> str | None:
    """Any network of the project reading 28x28 images (784 values) can be traced."""
    if net is None or not hasattr(net, "layers") or int(np.prod(getattr(net, "input_shape", (0,)))) != 784:
        return QCoreApplication.translate("TrainedView", "it does not read 28×28 images")
    return None


def mosaic(maps: NDArray, columns: int | None = None) -> NDArray:
    """(K, h, w) maps tiled into one image with 1-pixel gaps (NaN), row-major, image rows = y."""
    k, h, w = maps.shape
    cols = columns or max(1, int(np.ceil(np.sqrt(k))))
    rows = int(np.ceil(k / cols))
    out = np.full((rows * (h + 1) - 1, cols * (w + 1) - 1), np.nan, dtype=np.float64)
    for i in range(k):
        r, c = divmod(i, cols)
        out[r * (h + 1):r * (h + 1) + h, c * (w + 1):c * (w + 1) + w] = maps[i]
    return out


def stage_caption(stage: Stage, previous: Stage | None, net: Any) -> str:
    """Two lines: the stage and its shape ("a1: 50"), then how it was made ("x·W (784×50) + b")."""
    shape = "×".join(str(s) for s in stage.shape)
    head = f"{stage.symbol}: {shape}"
    if stage.kind == "Affine" and previous is not None:
        weights = [v for v in net.params.values() if v.ndim == 2]
        k = int(stage.symbol[1:]) - 1
        W = weights[k] if 0 <= k < len(weights) else None
        made = f"{previous.symbol}·W + b" if W is None else f"{previous.symbol}·W ({W.shape[0]}×{W.shape[1]}) + b"
        return f"{head}<br>{made}"
    if stage.kind in ("Relu", "Sigmoid") and previous is not None:
        return f"{head}<br>{stage.kind.lower()}({previous.symbol})"
    if stage.symbol == "y":
        return f"{head}<br>softmax"
    return f"{head}<br>&nbsp;"


class TrainedView(QWidget):
    """Network source, digit choice, one small plot per stage of the forward pass, and the batch timing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presentation = False
        self.source = NetworkSource(accepts, two_layer_recipe, self)
        self.stages: list[Stage] = []
        self.timing: BatchTiming | None = None
        self._runner: WorkerRunner | None = None
        self._layout_key: tuple = ()
        self._items: list[Any] = []
        self._plots: list[Any] = []
        layout = QVBoxLayout(self)
        self.source_bar = NetworkSourceBar(self.source, self.tr("Train one now (TwoLayerNet, a few seconds)"), self)
        layout.addWidget(self.source_bar)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.digits = DigitSource(split)
        self.digits.setMaximumWidth(260)
        split.addWidget(self.digits)
        right = QWidget(split)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.stage_widget = pg.GraphicsLayoutWidget(right)
        self.stage_widget.setToolTip(self.tr("Each layer's output for the chosen digit, left to right"))
        rl.addWidget(self.stage_widget, 3)
        self.prediction = QLabel(right)
        rl.addWidget(self.prediction)
        batch_row = QHBoxLayout()
        self.measure_button = QPushButton(self.tr("Measure batch speed-up"), right)
        self.measure_button.setToolTip(self.tr("Time 1000 test images one at a time and in batches of 100, now"))
        batch_row.addWidget(self.measure_button)
        self.batch_label = QLabel(right)
        self.batch_label.setWordWrap(True)
        self.batch_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        batch_row.addWidget(self.batch_label, 1)
        rl.addLayout(batch_row)
        self.batch_plot = pg.PlotWidget(right)
        self.batch_plot.setTitle(self.tr("Time for 1000 images (ms, measured)"))
        self.batch_bars = pg.BarGraphItem(x=[0, 1], height=[0, 0], width=0.6)
        self.batch_plot.addItem(self.batch_bars)
        self.batch_plot.getAxis("bottom").setTicks([[(0, self.tr("one at a time")), (1, self.tr("batches of 100"))]])
        self.batch_plot.setMaximumHeight(170)
        self.batch_plot.getPlotItem().getViewBox().setMouseEnabled(x=False, y=False)
        rl.addWidget(self.batch_plot, 1)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)
        self.source.changed.connect(self.refresh)
        self.digits.digitChanged.connect(lambda _img, _lab: self.refresh())
        self.measure_button.clicked.connect(self.measure)
        self.set_presentation(False)
        if not self.source.take_from_hub():
            self.source_bar.show_status(self.tr("No network yet: train one in the MNIST training view, load a model, "
                                                "or train one now."), "info")
        self.digits.ensure_data()
        self.refresh()

    # ------------------------------------------------------------------ the trace
    def refresh(self) -> None:
        net = self.source.net
        image, label = self.digits.current()
        self.measure_button.setEnabled(net is not None)
        if net is None or image is None:
            self.stages = []
            self.prediction.setText(self.tr("Choose a network and a digit to see its forward pass."))
            return
        self.stages = forward_trace(net, image)
        key = tuple((s.symbol, s.shape) for s in self.stages)
        if key != self._layout_key:
            self._build_plots()
            self._layout_key = key
        for stage, item in zip(self.stages, self._items, strict=True):
            v = stage.value
            if isinstance(item, pg.ImageItem):
                img = v.reshape(28, 28) if stage.symbol == "x" else mosaic(v.reshape(v.shape[0], *v.shape[-2:]))
                item.setImage(img.T, autoLevels=True)
            else:
                item.setOpts(x=np.arange(v.size), height=v.astype(np.float64).ravel(), width=0.8)
        y = self.stages[-1].value
        best = int(np.argmax(y))
        truth = "" if label is None else self.tr(" (label %1)").replace("%1", str(label))
        self.prediction.setText(self.tr("Prediction: %1 with probability %2%3").replace("%1", str(best))
                                .replace("%2", f"{y[best]:.4f}").replace("%3", truth))

    @staticmethod
    def _is_image(stage: Stage) -> bool:
        return len(stage.shape) >= 2 or (stage.symbol == "x" and stage.value.size == 784)

    def _build_plots(self) -> None:
        self.stage_widget.clear()
        self._items, self._plots = [], []
        previous: Stage | None = None
        for col, stage in enumerate(self.stages):
            plot = self.stage_widget.addPlot(row=0, col=col)
            self._plots.append(plot)
            plot.setTitle(stage_caption(stage, previous, self.source.net))
            plot.setMenuEnabled(False)
            plot.getViewBox().setMouseEnabled(x=False, y=False)
            if self._is_image(stage):
                item: Any = pg.ImageItem()
                item.setColorMap(pg.colormap.get("CET-L1") if stage.symbol == "x" else pg.colormap.get("CET-D1"))
                plot.addItem(item)
                plot.getViewBox().setAspectLocked(True)
                plot.getViewBox().invertY(True)
                plot.hideAxis("left")
                plot.hideAxis("bottom")
                plot.showGrid(x=False, y=False)
            else:
                color = style.OK if stage.symbol == "y" else style.ACCENT
                item = pg.BarGraphItem(x=[0], height=[0], width=0.8, brush=style.brush(color, 170))
                plot.addItem(item)
            self._items.append(item)
            previous = stage
        self._style_stages()

    def _style_stages(self) -> None:
        style.apply_layout_style(self.stage_widget, self.presentation, title_role="small")
        for plot, item in zip(self._plots, self._items, strict=True):
            if isinstance(item, pg.ImageItem):
                plot.showGrid(x=False, y=False)
        self._wrap_titles()

    def _wrap_titles(self) -> None:
        if self._plots:
            width = max(90.0, self.stage_widget.width() / len(self._plots) - 40)
            for plot in self._plots:
                set_wrapped_title(plot, plot.titleLabel.text, width)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._wrap_titles()

    # ------------------------------------------------------------------ batches
    def measure(self) -> None:
        """Time the network on 1000 test images one by one and in batches of 100 (in the worker)."""
        net, ds = self.source.net, dataset_holder().dataset
        if net is None or (self._runner is not None and self._runner.is_running()):
            return
        if ds is None:
            self.batch_label.setText(self.tr("The test images are needed: load MNIST first."))
            dataset_holder().request()
            return
        x = ds.x_test[:TIMED_IMAGES]
        self.measure_button.setEnabled(False)
        self.batch_label.setText(self.tr("Measuring…"))
        worker = GeneratorWorker(lambda: iter([measure_batch_speedup(net, x, batch_size=100, repeats=3)]))
        worker.done.connect(self._on_measured)
        worker.failed.connect(self.batch_label.setText)
        self._runner = WorkerRunner(worker, self)
        self._runner.start()

    def _on_measured(self, timing: BatchTiming | None) -> None:
        self.measure_button.setEnabled(self.source.net is not None)
        if timing is None:
            return
        self.timing = timing
        shape_in = " × ".join(map(str, timing.in_shape))
        shape_out = " × ".join(map(str, timing.out_shape))
        self.batch_label.setText(
            self.tr("One batch: %1 in → %2 out. %3 images one at a time: %4 ms; in batches of %5: %6 ms; "
                    "measured speed-up %7× on this machine now (best of 3; it varies with the load).")
            .replace("%1", shape_in).replace("%2", shape_out).replace("%3", str(timing.n))
            .replace("%4", f"{1000 * timing.one_at_a_time:.1f}").replace("%5", str(timing.batch_size))
            .replace("%6", f"{1000 * timing.batched:.1f}").replace("%7", f"{timing.speedup:.1f}"))
        self.batch_bars.setOpts(x=[0, 1], height=[1000 * timing.one_at_a_time, 1000 * timing.batched], width=0.6,
                                brushes=[style.brush(style.ACCENT_2, 170), style.brush(style.OK, 170)])

    # ------------------------------------------------------------------ protocol
    def set_presentation(self, on: bool) -> None:
        self.presentation = on
        self._style_stages()
        style.apply_plot_style(self.batch_plot, on, title_role="axis")
        self.batch_plot.setMaximumHeight(240 if on else 170)
        self.prediction.setFont(style.heading_font(on, "body"))
        self.digits.set_presentation_mode(on)
        self.digits.setMaximumWidth(340 if on else 260)

    def stage_table(self) -> CsvTable | str:
        rows = [[s.symbol, "x".join(map(str, s.shape)), k, float(v)] for s in self.stages
                for k, v in enumerate(np.asarray(s.value).ravel())]
        return CsvTable(["stage", "shape", "index", "value"], rows)

    def prepare_stages(self) -> str | None:
        return None if self.stages else self.tr("No forward pass yet: choose a network and a digit.")

    def prepare_batch(self) -> str | None:
        return None if self.timing else self.tr("Nothing measured yet: press “Measure batch speed-up”.")

    def shutdown(self) -> None:
        self.source.shutdown()
        if self._runner is not None:
            self._runner.stop(3000, disconnect=True)
