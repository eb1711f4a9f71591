"""im2col made visible (section 7.4): the input with one window highlighted, the row of the column matrix it
becomes, the filters reshaped as columns, the one matrix product, and col2im's overlap counts as a heat map."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from dlfs_studio.app import style
from dlfs_studio.app.export import CsvTable
from dlfs_studio.app.panels.wrapped_title import set_wrapped_title
from dlfs_studio.core.im2col_view import MAX_BATCH, MAX_CHANNELS, Im2colLayout, conv_by_im2col

#: Largest input side offered (the picture stays readable).
SIDE_LIMIT = 12


def rect_path(x0: float, y0: float, w: float, h: float) -> tuple[list[float], list[float]]:
    return [x0, x0 + w, x0 + w, x0, x0], [y0, y0, y0 + h, y0 + h, y0]


class Im2colView(QWidget):
    """Spin boxes for N, C, H, W, FH, FW, stride, padding and FN; four plots drawn from ``core.im2col_view``."""

    FIELDS = ("n", "c", "h", "w", "fh", "fw", "stride", "pad", "fn")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presentation = False
        self.layout_: Im2colLayout | None = None
        self.row = 0
        outer = QVBoxLayout(self)
        body = pg.QtWidgets.QHBoxLayout()
        outer.addLayout(body, 1)
        side = QVBoxLayout()
        body.addLayout(side, 0)
        self.controls = QWidget(self)
        form = QFormLayout(self.controls)
        form.setContentsMargins(0, 0, 0, 0)
        limits = {"n": (1, MAX_BATCH), "c": (1, MAX_CHANNELS), "h": (1, SIDE_LIMIT), "w": (1, SIDE_LIMIT),
                  "fh": (1, 7), "fw": (1, 7), "stride": (1, 4), "pad": (0, 3), "fn": (1, 4)}
        labels = {"n": self.tr("Images N"), "c": self.tr("Channels C"), "h": self.tr("Height H"),
                  "w": self.tr("Width W"), "fh": self.tr("Filter height FH"), "fw": self.tr("Filter width FW"),
                  "stride": self.tr("Stride"), "pad": self.tr("Padding"), "fn": self.tr("Filters FN")}
        self.spins: dict[str, QSpinBox] = {}
        for key in self.FIELDS:
            spin = QSpinBox(self.controls)
            spin.setRange(*limits[key])
            spin.setToolTip(labels[key])
            form.addRow(labels[key], spin)
            self.spins[key] = spin
        self.row_spin = QSpinBox(self.controls)
        self.row_spin.setToolTip(self.tr("Which window (= which row of the column matrix) to highlight; "
                                         "or click a row of the column matrix"))
        form.addRow(self.tr("Window / row"), self.row_spin)
        side.addWidget(self.controls)
        self.book_button = QPushButton(self.tr("Book example: 1×3×7×7, 5×5"), self)
        self.book_button.setToolTip(self.tr("The shapes section 7.4.3 prints: a 9×75 column matrix"))
        self.batch_button = QPushButton(self.tr("Book example: batch of 10"), self)
        self.batch_button.setToolTip(self.tr("10×3×7×7 with a 5×5 filter: a 90×75 column matrix"))
        side.addWidget(self.book_button)
        side.addWidget(self.batch_button)
        self.error = style.error_label(self)
        side.addWidget(self.error)
        side.addStretch(1)

        self.graphics = pg.GraphicsLayoutWidget(self)
        body.addWidget(self.graphics, 1)
        self.input_plot = self.graphics.addPlot(row=0, col=0)
        self.col_plot = self.graphics.addPlot(row=0, col=1, colspan=2)
        self.w_plot = self.graphics.addPlot(row=1, col=0)
        self.product_plot = self.graphics.addPlot(row=1, col=1)
        self.count_plot = self.graphics.addPlot(row=1, col=2)
        self.product_image = pg.ImageItem()
        self.input_image = pg.ImageItem()
        self.col_image = pg.ImageItem()
        self.w_image = pg.ImageItem()
        self.count_image = pg.ImageItem()
        gray = pg.colormap.get("CET-L1")
        for plot, image in ((self.input_plot, self.input_image), (self.col_plot, self.col_image),
                            (self.w_plot, self.w_image), (self.count_plot, self.count_image),
                            (self.product_plot, self.product_image)):
            plot.addItem(image)
            plot.getViewBox().invertY(True)
            plot.getViewBox().setMouseEnabled(x=False, y=False)
            plot.setMenuEnabled(False)
            image.setColorMap(gray)
        self.w_image.setColorMap(pg.colormap.get("CET-D1"))
        self.product_image.setColorMap(pg.colormap.get("CET-D1"))
        self.product_box = pg.PlotDataItem()
        self.product_plot.addItem(self.product_box)
        self.count_image.setColorMap(pg.colormap.get("CET-L18"))
        self.input_plot.getViewBox().setAspectLocked(True)
        self.count_plot.getViewBox().setAspectLocked(True)
        self.window_box = pg.PlotDataItem(connect="finite")
        self.input_plot.addItem(self.window_box)
        self.real_box = pg.PlotDataItem(connect="finite")
        self.input_plot.addItem(self.real_box)
        self.row_box = pg.PlotDataItem()
        self.col_plot.addItem(self.row_box)
        self.channel_lines = pg.PlotDataItem(connect="pairs")
        self.col_plot.addItem(self.channel_lines)
        self.count_texts: list[pg.TextItem] = []
        self.shapes = QLabel(self)
        self.shapes.setWordWrap(True)
        self.shapes.setTextFormat(Qt.TextFormat.RichText)
        self.shapes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.shapes)
        for spin in self.spins.values():
            spin.valueChanged.connect(self._rebuild)
        self.row_spin.valueChanged.connect(self.select_row)
        self.book_button.clicked.connect(lambda: self.set_layout(1, 3, 7, 7, 5, 5, 1, 0))
        self.batch_button.clicked.connect(lambda: self.set_layout(10, 3, 7, 7, 5, 5, 1, 0))
        self.graphics.scene().sigMouseClicked.connect(self._clicked)
        self.spins["fn"].setValue(2)
        self.set_layout(1, 3, 7, 7, 5, 5, 1, 0)
        self.set_presentation(False)

    # ------------------------------------------------------------------ input
    def set_layout(self, n: int, c: int, h: int, w: int, fh: int, fw: int, stride: int = 1, pad: int = 0,
                   fn: int | None = None) -> None:
        """Set every spin box at once (one rebuild)."""
        values = {"n": n, "c": c, "h": h, "w": w, "fh": fh, "fw": fw, "stride": stride, "pad": pad}
        if fn is not None:
            values["fn"] = fn
        for key, v in values.items():
            self.spins[key].blockSignals(True)
            self.spins[key].setValue(int(v))
            self.spins[key].blockSignals(False)
        self._rebuild()

    def _rebuild(self, *_args: object) -> None:
        v = {k: s.value() for k, s in self.spins.items()}
        hp, wp = v["h"] + 2 * v["pad"], v["w"] + 2 * v["pad"]
        if v["fh"] > hp or v["fw"] > wp:
            style.set_error_label(self.error, self.tr("The filter (%1 × %2) does not fit into the padded input "
                                                      "(%3 × %4).").replace("%1", str(v["fh"]))
                                  .replace("%2", str(v["fw"])).replace("%3", str(hp)).replace("%4", str(wp)))
            return
        if v["pad"] >= max(v["fh"], v["fw"]):
            style.set_error_label(self.error, self.tr("Make the padding smaller than the filter."))
            return
        try:
            lay = Im2colLayout(v["n"], v["c"], v["h"], v["w"], v["fh"], v["fw"], v["stride"], v["pad"])
        except ValueError as exc:
            style.set_error_label(self.error, str(exc))
            return
        style.set_error_label(self.error, None)
        self.layout_ = lay
        rng = np.random.default_rng(7)
        self.images = np.round(rng.random(lay.input_shape), 2)
        self.W = np.round(rng.standard_normal((v["fn"], lay.c, lay.fh, lay.fw)), 2)
        self.b = np.zeros(v["fn"])
        self.conv = conv_by_im2col(self.images, self.W, self.b, lay.stride, lay.pad)
        self.counts = lay.overlap_counts()
        self.row_spin.blockSignals(True)
        self.row_spin.setRange(0, lay.col_shape[0] - 1)
        self.row_spin.blockSignals(False)
        self._draw_static()
        self.select_row(min(self.row, lay.col_shape[0] - 1))
        self._fit_ranges()

    def _clicked(self, event: object) -> None:
        vb = self.col_plot.getViewBox()
        pos = event.scenePos()  # type: ignore[attr-defined]
        if self.layout_ is None or not vb.sceneBoundingRect().contains(pos):
            return
        y = int(np.floor(vb.mapSceneToView(pos).y()))
        if 0 <= y < self.layout_.col_shape[0]:
            self.row_spin.setValue(y)

    # ------------------------------------------------------------------ drawing
    def _padded(self, n: int) -> np.ndarray:
        lay = self.layout_
        assert lay is not None
        p = lay.pad
        img = np.pad(self.images[n], ((0, 0), (p, p), (p, p)))
        hp, wp = img.shape[1:]
        strip = np.full((hp, lay.c * (wp + 1) - 1), np.nan)
        for c in range(lay.c):
            strip[:, c * (wp + 1):c * (wp + 1) + wp] = img[c]
        return strip

    def _draw_static(self) -> None:
        lay = self.layout_
        assert lay is not None
        on = self.presentation
        self.col_image.setImage(self.conv.col.T, levels=(0, 1))
        self.w_image.setImage(self.conv.col_W.T, autoLevels=True)
        lim = float(np.abs(self.conv.product).max()) or 1.0
        self.product_image.setImage(self.conv.product.T, levels=(-lim, lim))
        counts = self.counts[0, 0]
        self.count_image.setImage(counts.T, levels=(0, max(1.0, counts.max())))
        for t in self.count_texts:
            self.count_plot.removeItem(t)
        self.count_texts = []
        if counts.size <= 144:
            for (i, j), k in np.ndenumerate(counts):
                t = pg.TextItem(f"{int(k)}", anchor=(0.5, 0.5), color="#000000")
                t.setFont(style.heading_font(on, "small", bold=False))
                t.setPos(j + 0.5, i + 0.5)
                self.count_plot.addItem(t)
                self.count_texts.append(t)
        fn = self.W.shape[0]
        rows, cols = lay.col_shape
        seg = lay.fh * lay.fw
        xs = [float(k * seg) for k in range(1, lay.c) for _ in (0, 1)]
        ys = [float(v) for _ in range(1, lay.c) for v in (0, rows)]
        self.channel_lines.setData(xs, ys, connect="pairs")
        self.input_plot.setTitle(self.tr("Input image (padding %1), channels side by side").replace("%1", str(lay.pad)))
        self.col_plot.setTitle(self.tr("Column matrix col: %1 × %2 (click a row)").replace("%1", str(rows))
                               .replace("%2", str(cols)))
        self.w_plot.setTitle(self.tr("Filters as columns: W.reshape(FN, -1).T, %1 × %2").replace("%1", str(cols))
                             .replace("%2", str(fn)))
        self.count_plot.setTitle(self.tr("col2im: windows adding into each pixel (why +=)"))
        ticks = [[(k + 0.5, f"W{k + 1}" if fn <= 4 else str(k + 1)) for k in range(fn)]]
        self.w_plot.getAxis("bottom").setTicks(ticks)
        self.product_plot.getAxis("bottom").setTicks(ticks)
        self.product_plot.setTitle(self.tr("One product: col @ col_W + b = %1 × %2, each row one output position")
                                   .replace("%1", str(rows)).replace("%2", str(fn)))
        n, c, h, w = lay.input_shape
        self.shapes.setText(
            self.tr("Input %1 → out_h = (H + 2·pad − FH) / stride + 1 = %2, out_w = %3 → col "
                    "(N·out_h·out_w, C·FH·FW) = <b>%4</b>. Filters (%5) → col_W %6. "
                    "One product col @ col_W + b = %7 replaces the loops over images, filters and positions; "
                    "reshape → output %8. The book: 1×3×7×7 with 5×5 gives 9×75, a batch of 10 gives 90×75.")
            .replace("%1", f"({n}, {c}, {h}, {w})").replace("%2", str(lay.out_h)).replace("%3", str(lay.out_w))
            .replace("%4", f"{rows} × {cols}").replace("%5", f"{fn}, {c}, {lay.fh}, {lay.fw}")
            .replace("%6", f"{cols} × {fn}").replace("%7", f"{rows} × {fn}")
            .replace("%8", f"({n}, {fn}, {lay.out_h}, {lay.out_w})"))

    def _fit_ranges(self) -> None:
        """Show each picture whole (explicit ranges: the count labels must not take part in an auto-range)."""
        lay = self.layout_
        if lay is None:
            return
        hp, wp = lay.h + 2 * lay.pad, lay.w + 2 * lay.pad
        rows, cols = lay.col_shape
        fn = self.W.shape[0]
        for plot, (w, h) in ((self.input_plot, (lay.c * (wp + 1) - 1, hp)), (self.col_plot, (cols, rows)),
                             (self.w_plot, (fn, cols)), (self.product_plot, (fn, rows)),
                             (self.count_plot, (lay.w, lay.h))):
            plot.getViewBox().setRange(xRange=(0, w), yRange=(0, h), padding=0.02)

    def _wrap_titles(self) -> None:
        width = max(120.0, self.graphics.width() / 3 - 60)
        for plot in (self.input_plot, self.col_plot, self.w_plot, self.product_plot, self.count_plot):
            set_wrapped_title(plot, plot.titleLabel.text, width)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._wrap_titles()
        self._fit_ranges()

    def select_row(self, row: int) -> None:
        """Highlight window ``row`` in the input and its row in the column matrix."""
        lay = self.layout_
        if lay is None:
            return
        self.row = int(row)
        if self.row_spin.value() != self.row:
            self.row_spin.blockSignals(True)
            self.row_spin.setValue(self.row)
            self.row_spin.blockSignals(False)
        n, i, j = lay.window_of(self.row)
        self.input_image.setImage(self._padded(n).T, levels=(0, 1))
        wp = lay.w + 2 * lay.pad
        xs: list[float] = []
        ys: list[float] = []
        real_x: list[float] = []
        real_y: list[float] = []
        for c in range(lay.c):
            x0 = c * (wp + 1)
            px, py = rect_path(x0 + j * lay.stride, i * lay.stride, lay.fw, lay.fh)
            xs += [*px, np.nan]
            ys += [*py, np.nan]
            if lay.pad:
                qx, qy = rect_path(x0 + lay.pad, lay.pad, lay.w, lay.h)
                real_x += [*qx, np.nan]
                real_y += [*qy, np.nan]
        self.window_box.setData(xs, ys)
        self.real_box.setData(real_x, real_y)
        bx, by = rect_path(0, self.row, lay.col_shape[1], 1)
        self.row_box.setData(bx, by)
        px, py = rect_path(0, self.row, self.W.shape[0], 1)
        self.product_box.setData(px, py)
        self.input_plot.setTitle(self.tr("Image %1, window (%2, %3) → row %4").replace("%1", str(n))
                                 .replace("%2", str(i)).replace("%3", str(j)).replace("%4", str(self.row)))
        self._wrap_titles()

    def set_presentation(self, on: bool) -> None:
        self.presentation = on
        style.apply_layout_style(self.graphics, on, title_role="small")
        for plot in (self.input_plot, self.col_plot, self.w_plot, self.product_plot, self.count_plot):
            plot.showGrid(x=False, y=False)
        self.channel_lines.setPen(style.pen(style.ACCENT, 1.5, on, Qt.PenStyle.DashLine))
        self.window_box.setPen(style.pen(style.ERROR, 2.5, on))
        self.real_box.setPen(style.pen(style.ACCENT, 1.5, on, Qt.PenStyle.DashLine))
        self.row_box.setPen(style.pen(style.ERROR, 2.5, on))
        self.product_box.setPen(style.pen(style.ERROR, 2.5, on))
        f = self.shapes.font()
        f.setPointSizeF(style.font_size("body", on))
        self.shapes.setFont(f)
        for t in self.count_texts:
            t.setFont(style.heading_font(on, "small", bold=False))
        self._wrap_titles()

    def table(self) -> CsvTable:
        """The column matrix: row, image n, output (i, j), then its values."""
        lay = self.layout_
        assert lay is not None
        rows = []
        for r in range(lay.col_shape[0]):
            rows.append([r, *lay.window_of(r), *self.conv.col[r].tolist()])
        return CsvTable(["row", "n", "i", "j"] + [f"col{k}" for k in range(lay.col_shape[1])], rows)

    def counts_table(self) -> CsvTable:
        counts = self.counts[0, 0]
        return CsvTable(["y", "x", "windows"], [[i, j, int(k)] for (i, j), k in np.ndenumerate(counts)])

    def shutdown(self) -> None:
        pass
