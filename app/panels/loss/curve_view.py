"""Loss against y_t: each loss as the probability of the correct class varies, with the current y marked."""
from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGraphicsItem

from dlfs_studio.app import style
from dlfs_studio.app.panels.loss.bars_view import Y2_COLOR
from dlfs_studio.app.panels.loss.model import P_GRID
from dlfs_studio.app.panels.loss.widgets import finite_top, fit_title_row
from dlfs_studio.app.plotting import cache_axes


def _tr(text: str) -> str:
    return QCoreApplication.translate("LossPanel", text)  # every loss-panel string: context "LossPanel"


class CurveView(pg.PlotWidget):
    """Cross-entropy and squared error against y_t (the other classes held fixed), the dots at the current y.

    The key to the curves is the plot's title (coloured names), not a legend box inside the plot: a legend
    (wider in Japanese) covered the cross-entropy marker.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._presentation = False
        self._compare: bool | None = None
        self._marker_pen = pg.mkPen("w", width=1.5)
        self.setToolTip(_tr("Each loss as y_t (the probability of the correct class) varies, "
                            "the other classes held fixed; the dots are the current y"))
        c = self.getPlotItem()
        c.setLabel("bottom", _tr("y<sub>t</sub>, probability of the correct class"))
        c.setLabel("left", _tr("loss"))
        self.ce_curve = c.plot([], [], name=_tr("cross-entropy"))
        self.sse_curve = c.plot([], [], name=_tr("squared error (y)"))
        self.sse2_curve = c.plot([], [], name=_tr("squared error (y2)"))
        self.curve_points = pg.ScatterPlotItem()
        self.curve_points2 = pg.ScatterPlotItem()
        c.addItem(self.curve_points)
        c.addItem(self.curve_points2)
        c.setXRange(0, 1, padding=0.02)
        cache_axes(c)
        # the cross-entropy curve depends on the label only: a drag blits it instead of stroking its 401 points
        # under the moving dots (Qt draws it again when its data, the range or the size changes)
        self.ce_curve.curve.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._set_title(False)

    def _set_title(self, compare: bool) -> None:
        self._compare = compare
        parts = [f"<span style='color:{style.CLASS_COLORS[1]}'>━ {_tr('cross-entropy')}</span>",
                 f"<span style='color:{style.CLASS_COLORS[0]}'>━ {_tr('squared error (y)')}</span>"]
        if compare:
            parts.append(f"<span style='color:{Y2_COLOR}'>◆</span> <span style='color:{style.CLASS_COLORS[0]}'>"
                         f"┅ {_tr('squared error (y2)')}</span>")
        size = f"{round(style.font_size('axis', self._presentation) * 4 / 3)}px"
        # presentation: one name a line would be too tall; two lines keep every name whole in a narrow plot
        joiner = "<br>" if self._presentation and compare else "  "
        text = joiner.join(parts) if not self._presentation or not compare else \
            parts[0] + "  " + parts[1] + joiner + parts[2]
        self.getPlotItem().setTitle(text, size=size, color=style.theme()["foreground"])
        fit_title_row(self.getPlotItem())

    def draw(self, r: dict[str, Any]) -> None:
        k = r["label"]
        y = r["y"]
        compare = "y2" in r
        if compare != self._compare:
            self._set_title(compare)
        size = style.symbol_size(11, self._presentation)
        _set_curve(self.ce_curve, r["curve_ce"])  # depends on the label only: unchanged during a drag
        _set_curve(self.sse_curve, r["curve_sse"])
        self.curve_points.setData(x=[_clip(y[k])] * 2, y=[_clip(r["ce"]), _clip(r["sse"])], size=size,
                                  brush=[style.CLASS_COLORS[1], style.CLASS_COLORS[0]],
                                  pen=self._marker_pen, symbol="o")
        if compare:
            _set_curve(self.sse2_curve, r["curve_sse2"])
            self.curve_points2.setData(x=[_clip(r["y2"][k])] * 2, y=[_clip(r["ce2"]), _clip(r["sse2"])],
                                       size=size, brush=Y2_COLOR, pen=self._marker_pen, symbol="d")
        self.sse2_curve.setVisible(compare)
        self.curve_points2.setVisible(compare)
        with np.errstate(over="ignore"):
            ymax = max(4.0, float(r["ce"]) * 1.08, float(r.get("ce2", 0.0)) * 1.08, float(r["sse"]) * 1.1)
        ymin = min(0.0, float(r["ce"]) * 1.1, float(np.min(r["curve_ce"])))
        self.getPlotItem().setYRange(max(ymin, -1e300), finite_top(ymax, 4.0), padding=0)

    def set_presentation_mode(self, on: bool) -> None:
        self._presentation = on
        style.apply_plot_style(self, on)
        self._set_title(bool(self._compare))
        self.ce_curve.setPen(style.pen(style.CLASS_COLORS[1], 2.5, on))
        self.sse_curve.setPen(style.pen(style.CLASS_COLORS[0], 2.5, on))
        self.sse2_curve.setPen(style.pen(style.CLASS_COLORS[0], 2.0, on, style=Qt.PenStyle.DashLine))


def _set_curve(curve: pg.PlotDataItem, values: np.ndarray) -> None:
    """Set a curve over P_GRID unless it already shows ``values``."""
    values = np.clip(values, -1e300, 1e300)
    _x, shown = curve.getData()
    if shown is None or len(shown) != len(values) or not np.array_equal(shown, values):
        curve.setData(P_GRID, values)


def _clip(value: float) -> float:
    """A marker coordinate pyqtgraph can place: inf (an overflowed loss) is drawn at the largest drawable value."""
    return float(np.clip(value, -1e300, 1e300)) if not np.isnan(value) else 0.0


def _finite(values: np.ndarray) -> np.ndarray:
    return np.clip(values, -1e300, 1e300)
