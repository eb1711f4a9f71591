"""Each class's share of the loss: ½(y_k − t_k)² for every class, −t_k log(y_k + δ) for the correct one."""
from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontMetricsF

from dlfs_studio.app import style
from dlfs_studio.app.panels.loss.model import NUM_CLASSES, contribution_text
from dlfs_studio.app.panels.loss.widgets import set_text
from dlfs_studio.app.plotting import cache_axes


def _tr(text: str) -> str:
    return QCoreApplication.translate("LossPanel", text)  # every loss-panel string: context "LossPanel"

#: Top of the chart as a multiple of its tallest bar, at least (room for the value labels above it).
CONTRIB_HEADROOM = 1.35
#: While the bars shrink (a drag) the y range is kept until it is this many times what they need.
KEEP_RANGE_BELOW = 2.5
#: Horizontal offset of the squared-error bar (left) and the cross-entropy bar (right) from the class.
OFFSET = 0.18
#: Least horizontal gap between two value labels side by side, in pixels (closer, they read as one number).
LABEL_GAP_PX = 8


class ContribView(pg.PlotWidget):
    """Bars of each class's contribution with its value above it. Labels that would run into a neighbour's
    are lifted above it (stacked), so two adjacent values never read as one number ("0.00250.00063")."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._presentation = False
        self._last: dict[str, Any] | None = None
        self._range: tuple[float, float, int] | None = None  # the y range shown (low, top) and for which label
        self.setToolTip(_tr("Each class's share of the loss: squared error uses all ten "
                            "classes, cross-entropy only the correct one"))
        d = self.getPlotItem()
        d.setTitle(_tr("Per class: <span style='color:%1'>■ squared</span>"
                       "  <span style='color:%2'>■ cross-entropy</span>")
                   .replace("%1", style.CLASS_COLORS[0]).replace("%2", style.CLASS_COLORS[1]))
        d.setLabel("bottom", _tr("class k"))
        d.getAxis("bottom").setTicks([[(k, str(k)) for k in range(NUM_CLASSES)]])
        d.setXRange(-0.75, NUM_CLASSES - 0.4, padding=0)  # room for the value label of class 0
        x = np.arange(NUM_CLASSES, dtype=float)
        self.sse_contrib = pg.BarGraphItem(x=x - OFFSET, height=np.zeros(NUM_CLASSES), width=0.36,
                                           brush=style.CLASS_COLORS[0], pen=pg.mkPen(None),
                                           name=_tr("squared error ½(y_k − t_k)²"))
        self.ce_contrib = pg.BarGraphItem(x=x + OFFSET, height=np.zeros(NUM_CLASSES), width=0.36,
                                          brush=style.CLASS_COLORS[1], pen=pg.mkPen(None),
                                          name=_tr("cross-entropy −t_k log(y_k + δ)"))
        d.addItem(self.sse_contrib)
        d.addItem(self.ce_contrib)
        # the values above the bars: squared error's small shares of every class would not show as bars
        self.sse_contrib_texts = [pg.TextItem("", anchor=(0.5, 1.0), color=style.CLASS_COLORS[0])
                                  for _k in range(NUM_CLASSES)]
        self.ce_contrib_text = pg.TextItem("", anchor=(0.5, 1.0), color=style.CLASS_COLORS[1])
        for t in (*self.sse_contrib_texts, self.ce_contrib_text):
            t.textItem.document().setDocumentMargin(1)  # ten labels side by side: no extra room around each
            d.addItem(t)
        self._font = QFont()
        cache_axes(d)
        d.getViewBox().sigResized.connect(self._relayout)

    def draw(self, r: dict[str, Any]) -> None:
        self._last = r
        sse, ce = r["sse_contrib"], r["ce_contrib"]
        self.sse_contrib.setOpts(height=np.clip(sse, -1e300, 1e300))
        self.ce_contrib.setOpts(height=np.clip(ce, -1e300, 1e300))
        k = r["label"]
        for i, t in enumerate(self.sse_contrib_texts):
            set_text(t, contribution_text(float(sse[i])))
        set_text(self.ce_contrib_text, contribution_text(float(ce[k])))
        self._relayout()

    def _label_items(self) -> list[tuple[pg.TextItem, float, float]]:
        """(label, x, bar top) in left-to-right order."""
        r = self._last
        assert r is not None
        k = r["label"]
        items = [(t, i - OFFSET, float(r["sse_contrib"][i])) for i, t in enumerate(self.sse_contrib_texts)]
        items.insert(k + 1, (self.ce_contrib_text, k + OFFSET, max(float(r["ce_contrib"][k]), 0.0)))
        return items

    def _relayout(self) -> None:
        """Place each label on its bar, lifted above any label it would overlap; then fit the y range so every
        label shows."""
        if self._last is None:
            return
        k = self._last["label"]
        vb = self.getPlotItem().getViewBox()
        width_px = max(vb.width(), 50.0)
        height_px = max(vb.height(), 50.0)
        metrics = QFontMetricsF(self._font)
        line_px = metrics.height() + 4  # the label (document margins 1 px) and a small gap
        px_per_x = width_px / (NUM_CLASSES - 0.4 + 0.75)
        items = self._label_items()
        tops = [min(max(top, 0.0), 1e300) for _t, _x, top in items]
        values = np.concatenate([self._last["sse_contrib"], self._last["ce_contrib"]])
        values = values[np.isfinite(values)]
        high = max(max(tops), 1e-12)
        low = min(float(np.min(values, initial=0.0)), 0.0) * 1.1
        top = min(nice_ceil(high * CONTRIB_HEADROOM), 1e300)
        for _attempt in range(3):
            span = top - low
            bottoms = self._stack(items, tops, low, span, height_px, px_per_x, metrics, line_px)
            needed = max(b + line_px for b in bottoms)
            if needed <= height_px or top >= 1e300:
                break
            top = min(nice_ceil(low + span * needed / height_px * 1.05), 1e300)
        kept = self._range
        if kept is not None and kept[0] == low and kept[2] == k and top <= kept[1] < top * KEEP_RANGE_BELOW:
            # a drag that lowers the bars keeps the axis (its redraw with the grid was most of such a frame)
            # until the tallest label would sit below 1/KEEP_RANGE_BELOW of the plot; the labels rest on their bars
            top = kept[1]
            bottoms = self._stack(items, tops, low, top - low, height_px, px_per_x, metrics, line_px)
        self._range = (low, top, k)
        self.getPlotItem().setYRange(low, top, padding=0)
        data_per_px = (top - low) / height_px
        for (t, x, _top), bottom in zip(items, bottoms, strict=True):
            t.setPos(x, low + bottom * data_per_px)

    @staticmethod
    def _stack(items, tops, low, span, height_px, px_per_x, metrics, line_px) -> list[float]:
        """Each label's bottom in pixels above the axis: on its bar, or just above a label it would overlap."""
        placed: list[tuple[float, float, float]] = []  # left, right, bottom (px)
        bottoms = []
        for (t, x, _top), bar in zip(items, tops, strict=True):
            w = metrics.horizontalAdvance(t.toPlainText()) + 2 + LABEL_GAP_PX
            left, right = x * px_per_x - w / 2, x * px_per_x + w / 2
            bottom = (bar - low) / span * height_px
            moved = True
            while moved:
                moved = False
                for l2, r2, b2 in placed:
                    if left < r2 and right > l2 and bottom < b2 + line_px and bottom + line_px > b2:
                        bottom = b2 + line_px
                        moved = True
            placed.append((left, right, bottom))
            bottoms.append(bottom)
        return bottoms

    def set_presentation_mode(self, on: bool) -> None:
        self._presentation = on
        style.apply_plot_style(self, on, title_role="axis")
        tf = QFont()
        tf.setPointSizeF(style.font_size("small", on))
        self._font = tf
        for t in (*self.sse_contrib_texts, self.ce_contrib_text):
            t.setFont(tf)
        self._relayout()


def nice_ceil(value: float) -> float:
    """The smallest of 1, 1.5, 2, 3, 5, 7 (times a power of ten) at or above ``value``: the range changes (and
    the axis is redrawn) only now and then while a bar is dragged, not at every step."""
    if not np.isfinite(value) or value <= 0:
        return value
    exponent = np.floor(np.log10(value))
    for m in (1.0, 1.5, 2.0, 3.0, 5.0, 7.0, 10.0):
        candidate = float(m * 10.0 ** exponent)
        if candidate >= value:
            return candidate
    return float(10.0 ** (exponent + 1))
