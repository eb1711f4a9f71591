"""The "Output y" bar chart: y (and y2) as bars you drag, the target t as a dashed box, the class buttons."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from dlfs_studio.app import style
from dlfs_studio.app.panels.loss.model import NUM_CLASSES, short
from dlfs_studio.app.panels.loss.widgets import BarDragViewBox, finite_top, set_text
from dlfs_studio.app.plotting import cache_axes


def _tr(text: str) -> str:
    return QCoreApplication.translate("LossPanel", text)  # every loss-panel string: context "LossPanel"

#: Colour of the second output y2 (purple: orange already means cross-entropy in this panel).
Y2_COLOR = style.CLASS_COLORS[6]
#: Neutral colour of the bars that are not the correct class.
OTHER_BAR = "#9fb3cc"


class BarsView(QWidget):
    """Draws y, y2 and t; a press or drag on a bar calls ``on_set(index, value)``, a class button emits
    ``labelClicked(k)``, and ``dragging(bool)`` tells when a drag starts and ends."""

    labelClicked = Signal(int)
    dragging = Signal(bool)

    def __init__(self, on_set: Callable[[int, float], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._presentation = False
        bl = QVBoxLayout(self)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.setSpacing(4)
        self.view_box = BarDragViewBox(on_set, on_drag=self.dragging.emit)
        self.plot = pg.PlotWidget(self, viewBox=self.view_box)
        self.plot.setToolTip(_tr("Drag a bar up or down to change y; the others rescale so y sums to 1"))
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.viewport().setCursor(Qt.CursorShape.SizeVerCursor)
        bl.addWidget(self.plot, 1)
        btn_row = QHBoxLayout()
        btn_row.setSpacing(4)
        btn_row.setContentsMargins(44, 0, 8, 0)
        self.label_buttons: list[QPushButton] = []
        self.label_group = QButtonGroup(self)
        self.label_group.setExclusive(True)
        for k in range(NUM_CLASSES):
            b = QPushButton(str(k), self)
            b.setCheckable(True)
            b.setToolTip(_tr("Make %1 the correct class t").replace("%1", str(k)))
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.label_group.addButton(b, k)
            btn_row.addWidget(b)
            self.label_buttons.append(b)
        self.label_group.idClicked.connect(self.labelClicked.emit)
        bl.addLayout(btn_row)

        x = np.arange(NUM_CLASSES, dtype=float)
        p = self.plot.getPlotItem()
        p.setLabel("bottom", _tr("class k"))
        p.setLabel("left", _tr("y<sub>k</sub>"))
        p.setXRange(-0.6, NUM_CLASSES - 0.4, padding=0)
        p.setYRange(0, 1.05, padding=0)
        p.getAxis("bottom").setTicks([[(k, str(k)) for k in range(NUM_CLASSES)]])
        self.target_bars = pg.BarGraphItem(x=x, height=np.zeros(NUM_CLASSES), width=0.78, brush=pg.mkBrush(None),
                                           pen=style.pen(style.ACCENT, 1.5, style=Qt.PenStyle.DashLine))
        self.y_bars = pg.BarGraphItem(x=x, height=np.zeros(NUM_CLASSES), width=0.7, brush=OTHER_BAR,
                                      pen=pg.mkPen(None), name="y")
        self.y2_bars = pg.BarGraphItem(x=x + 0.2, height=np.zeros(NUM_CLASSES), width=0.3,
                                       brush=style.brush(Y2_COLOR, 220), pen=pg.mkPen(None), name="y2")
        for item in (self.target_bars, self.y_bars, self.y2_bars):
            p.addItem(item)
        self.bar_texts: list[pg.TextItem] = []
        for _k in range(NUM_CLASSES):
            t = pg.TextItem("", anchor=(0.5, 1.0), color=style.theme()["foreground"])
            p.addItem(t)
            self.bar_texts.append(t)
        self.t_text = pg.TextItem(_tr("t"), anchor=(0.5, -0.12), color=style.ACCENT)
        p.addItem(self.t_text)
        cache_axes(p)
        self._title = ""
        self._label_key: tuple[int, bool] | None = None

    def draw(self, r: dict[str, Any]) -> None:
        """Bars, labels and range for results ``r``."""
        k = r["label"]
        y = r["y"]
        x = np.arange(NUM_CLASSES, dtype=float)
        compare = "y2" in r
        brushes = [style.ACCENT if i == k else OTHER_BAR for i in range(NUM_CLASSES)]
        if compare:
            self.y_bars.setOpts(x=x - 0.17, height=y, width=0.34, brushes=brushes)
            self.y2_bars.setOpts(x=x + 0.17, height=r["y2"], width=0.34)
        else:
            self.y_bars.setOpts(x=x, height=y, width=0.7, brushes=brushes)
        self.y2_bars.setVisible(compare)
        self.target_bars.setOpts(height=r["t"].astype(float), width=0.82)
        title = _tr("<span style='color:%1'>■</span> output y   <span style='color:%2'>┅</span> target t")
        title = title.replace("%1", style.ACCENT).replace("%2", style.ACCENT)
        if compare:
            title += "   " + _tr("<span style='color:%1'>■</span> y2").replace("%1", Y2_COLOR)
        if title != self._title:  # setTitle relays the plot out: only when the text changes
            self._title = title
            self._apply_title()
        with np.errstate(over="ignore"):
            tallest = max(float(np.max(y)), float(np.max(r["y2"])) if compare else 0.0)
            top = finite_top(tallest * 1.1, 1.05)
        tallest_at_k = max(float(y[k]), float(r["y2"][k]) if compare else 0.0)
        t_above = tallest_at_k > 0.75  # inside the target box the "t = k" label would sit on the bar
        if t_above:
            top = max(top, 1.25)
        # room above the tallest bar for its value label and the "t = k" label (they must not be clipped)
        top = finite_top(top * self._headroom(), 1.05)
        self.plot.getPlotItem().setYRange(0, top, padding=0)
        for i, t in enumerate(self.bar_texts):
            set_text(t, short(float(y[i])))
            t.setPos(i - (0.17 if compare else 0.0), min(float(y[i]), 1e300) + 0.01 * top)
            t.setColor(style.ACCENT if i == k else style.theme()["foreground"])
        if t_above:  # above the bar and its value label
            self.t_text.setAnchor((0.5, 1.0))
            self.t_text.setPos(k, min(max(1.0, tallest_at_k), 1e300) + 0.1 * top / self._headroom())
        else:  # just inside the top of the target box
            self.t_text.setAnchor((0.5, -0.12))
            self.t_text.setPos(k, 1.0)
        set_text(self.t_text, _tr("t = %1").replace("%1", str(k)))
        for b in self.label_buttons:
            b.setChecked(self.label_group.id(b) == k)
        if self._label_key != (k, self._presentation):
            self._label_key = (k, self._presentation)
            self._style_label_buttons()

    def _headroom(self) -> float:
        """Factor above the data for the labels: a label line is a larger share of a short chart."""
        height = max(self.plot.getPlotItem().getViewBox().height(), 80.0)
        line = style.font_size("small", self._presentation) * 4 / 3 * 1.4
        return 1.0 + min(line / height, 0.3)

    def _apply_title(self) -> None:
        size = f"{round(style.font_size('axis', self._presentation) * 4 / 3)}px"
        self.plot.getPlotItem().setTitle(self._title, size=size, color=style.theme()["foreground"])

    def _style_label_buttons(self) -> None:
        for b in self.label_buttons:
            if b.isChecked():
                b.setStyleSheet(f"QPushButton {{ background: {style.ACCENT}; color: white;"
                                f" border: 1px solid {style.ACCENT}; border-radius: 6px; padding: 4px; }}")
            else:
                b.setStyleSheet("QPushButton { background: palette(button); border: 1px solid palette(mid);"
                                " border-radius: 6px; padding: 4px; }"
                                f"QPushButton:hover {{ border: 1px solid {style.ACCENT}; }}")

    def set_presentation_mode(self, on: bool) -> None:
        self._presentation = on
        scale = style.presentation_scale(on)
        style.apply_plot_style(self.plot, on)
        if self._title:
            self._apply_title()
        f = QFont()
        f.setPointSizeF(style.font_size("body", on) * (1.15 if on else 1.0))
        f.setBold(True)
        for b in self.label_buttons:
            b.setFont(f)
            b.setMinimumHeight(int(30 * scale) if not on else int(25 * scale))
        # presentation: the class buttons right under the bars name the classes, so the axis title goes and
        # the chart keeps the height (at 1280x720 it had 150 px and its top label was clipped)
        self.plot.getPlotItem().showLabel("bottom", not on)
        tf = QFont()
        tf.setPointSizeF(style.font_size("small", on))
        for t in self.bar_texts:
            t.setFont(tf)
        bold = QFont(tf)
        bold.setBold(True)
        self.t_text.setFont(bold)
        self.target_bars.setOpts(pen=style.pen(style.ACCENT, 1.5, on, style=Qt.PenStyle.DashLine))
        self._label_key = None
