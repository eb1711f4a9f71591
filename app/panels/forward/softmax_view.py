"""Softmax and its overflow (section 3.5.2): drag or type logits, see the naive formula fail and the
max-subtracted one hold, and the identity exp(log C) = C that makes the trick legal."""
from __future__ import annotations

import re

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from dlfs_studio.app import style
from dlfs_studio.app.export import CsvTable
from dlfs_studio.app.panels.wrapped_title import set_wrapped_title
from dlfs_studio.app.widgets import VectorField
from dlfs_studio.core.forward import SoftmaxComparison, compare_softmax

PRESETS = {"overflow": (1010.0, 1000.0, 990.0), "small": (0.3, 2.9, 4.0)}


def fmt(v: float) -> str:
    """A number as NumPy prints it in the book (8 significant digits, nan and inf spelled out)."""
    v = float(v)
    if np.isnan(v):
        return "nan"
    if np.isinf(v):
        return "inf" if v > 0 else "-inf"
    return np.format_float_scientific(v, precision=8) if v != 0 and (abs(v) < 1e-4 or abs(v) >= 1e8) \
        else np.format_float_positional(v, precision=8, unique=True, trim="-")


class SoftmaxView(QWidget):
    """Logits as draggable handles; the naive and the stable softmax side by side, every step shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presentation = False
        self.logits = np.array(PRESETS["overflow"])
        self.result: SoftmaxComparison = compare_softmax(self.logits)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Logits a:"), self))
        self.field = VectorField(count=None, parent=self, tooltip=self.tr(
            "2 to 10 logits separated by commas; press Enter. Or drag the handles in the left plot."))
        top.addWidget(self.field, 1)
        self.preset = QComboBox(self)
        self.preset.addItem(self.tr("Examples…"), "")
        self.preset.addItem(self.tr("Overflow: (1010, 1000, 990)"), "overflow")
        self.preset.addItem(self.tr("Section 3.5.1: (0.3, 2.9, 4.0)"), "small")
        self.preset.setToolTip(self.tr("The book's two examples"))
        top.addWidget(self.preset)
        layout.addLayout(top)

        plots = QHBoxLayout()
        self.logit_plot = pg.PlotWidget(self)
        self.logit_plot.setTitle(self.tr("Logits a (drag)"))
        self.logit_plot.getPlotItem().getViewBox().setMouseEnabled(x=False, y=False)
        self.logit_bars = pg.BarGraphItem(x=[0], height=[0], width=0.6)
        self.logit_plot.addItem(self.logit_bars)
        self.handles: list[pg.TargetItem] = []
        self.naive_plot = pg.PlotWidget(self)
        self.naive_plot.setTitle(self.tr("Naive: exp(a) / Σ exp(a)"))
        self.naive_bars = pg.BarGraphItem(x=[0], height=[0], width=0.6)
        self.naive_plot.addItem(self.naive_bars)
        self.stable_plot = pg.PlotWidget(self)
        self.stable_plot.setTitle(self.tr("Stable: exp(a − max a) / Σ exp(a − max a)"))
        self.stable_bars = pg.BarGraphItem(x=[0], height=[0], width=0.6)
        self.stable_plot.addItem(self.stable_bars)
        self.nan_text = pg.TextItem(anchor=(0.5, 0.5))
        self.naive_plot.addItem(self.nan_text)
        for p in (self.naive_plot, self.stable_plot):
            p.setYRange(0, 1.05, padding=0)
            p.getPlotItem().getViewBox().setMouseEnabled(x=False, y=False)
            p.setLabel("left", "y")
        for p in (self.logit_plot, self.naive_plot, self.stable_plot):
            plots.addWidget(p, 1)
        layout.addLayout(plots, 1)

        columns = QHBoxLayout()
        self.naive_steps = QLabel(self)
        self.stable_steps = QLabel(self)
        for lab in (self.naive_steps, self.stable_steps):
            lab.setTextFormat(Qt.TextFormat.RichText)
            lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            lab.setWordWrap(True)
            lab.setAlignment(Qt.AlignmentFlag.AlignTop)
            columns.addWidget(lab, 1)
        layout.addLayout(columns)
        self.identity = QLabel(self)
        self.identity.setTextFormat(Qt.TextFormat.RichText)
        self.identity.setWordWrap(True)
        layout.addWidget(self.identity)
        self.field.valuesChanged.connect(self.set_logits)
        self.preset.activated.connect(self._on_preset)
        self.set_presentation(False)
        self.set_logits(self.logits)

    # ------------------------------------------------------------------ input
    def _on_preset(self, index: int) -> None:
        key = self.preset.itemData(index)
        if key:
            self.set_logits(PRESETS[key])
        self.preset.setCurrentIndex(0)

    def set_logits(self, values: object) -> None:
        """Show the logits ``values`` (2 to 10 finite numbers); a wrong count is reported in the field."""
        arr = np.asarray(values, dtype=np.float64).ravel()
        if not 2 <= arr.size <= 10:
            self.field.show_error(self.tr("Give 2 to 10 logits."))
            return
        if np.any(np.abs(arr) > 1e6):
            self.field.show_error(self.tr("Keep the logits between -1e6 and 1e6."))
            return
        self.logits = arr.copy()
        self.field.set_values(arr)
        self.result = compare_softmax(arr)
        self._rebuild_handles()
        self._draw()

    def _rebuild_handles(self) -> None:
        if len(self.handles) != self.logits.size:
            for h in self.handles:
                self.logit_plot.removeItem(h)
            self.handles = []
            for k in range(self.logits.size):
                h = pg.TargetItem(pos=(k, 0.0), size=style.symbol_size(14, self.presentation), symbol="s",
                                  movable=True, pen=style.pen(style.ACCENT_2, 2, self.presentation),
                                  brush=style.brush(style.ACCENT_2, 120))
                h.setToolTip(self.tr("Drag up or down to change this logit"))
                h.sigPositionChanged.connect(lambda item, k=k: self._dragged(k, item))
                h.sigPositionChangeFinished.connect(lambda _item: self._fit_logit_range())
                self.logit_plot.addItem(h)
                self.handles.append(h)
        for k, h in enumerate(self.handles):
            h.blockSignals(True)
            h.setPos(k, float(self.logits[k]))
            h.blockSignals(False)
        self._fit_logit_range()

    def _fit_logit_range(self) -> None:
        lo, hi = float(min(0.0, self.logits.min())), float(max(0.0, self.logits.max()))
        span = max(hi - lo, 1.0)
        self.logit_plot.setYRange(lo - 0.15 * span, hi + 0.15 * span, padding=0)
        self.logit_plot.setXRange(-0.6, self.logits.size - 0.4, padding=0)

    def _dragged(self, k: int, item: pg.TargetItem) -> None:
        pos = item.pos()
        if abs(pos.x() - k) > 1e-9:  # a handle only moves up and down
            item.blockSignals(True)
            item.setPos(k, pos.y())
            item.blockSignals(False)
        self.drag_logit(k, float(pos.y()))

    def drag_logit(self, k: int, value: float) -> None:
        """Change logit ``k`` as dragging its handle does."""
        self.logits[k] = float(np.clip(value, -1e6, 1e6))
        self.field.set_values(self.logits)
        self.result = compare_softmax(self.logits)
        self._draw()

    # ------------------------------------------------------------------ drawing
    def _draw(self) -> None:
        r = self.result
        on = self.presentation
        xs = np.arange(r.logits.size)
        self.logit_bars.setOpts(x=xs, height=r.logits, width=0.6, brush=style.brush(style.ACCENT, 120),
                                pen=style.pen(style.ACCENT, 1, on))
        naive = np.where(np.isfinite(r.naive), r.naive, 0.0)
        self.naive_bars.setOpts(x=xs, height=naive, width=0.6, brush=style.brush(style.ERROR if not r.naive_ok
                                                                                  else style.ACCENT_2, 140))
        self.stable_bars.setOpts(x=xs, height=r.stable, width=0.6, brush=style.brush(style.OK, 160))
        self.nan_text.setText(self.tr("nan: exp overflowed") if not r.naive_ok else "", color=style.ERROR)
        self.nan_text.setFont(style.heading_font(on, "body"))
        self.nan_text.setPos((r.logits.size - 1) / 2, 0.5)
        ticks = [[(k, f"a{k + 1}") for k in range(r.logits.size)]]
        for p in (self.logit_plot, self.naive_plot, self.stable_plot):
            p.setXRange(-0.6, r.logits.size - 0.4, padding=0)
            p.getAxis("bottom").setTicks(ticks)

        def cell(v: float) -> str:
            text = fmt(v)
            return f"<span style='color:{style.ERROR}'><b>{text}</b></span>" if not np.isfinite(v) else text

        def vec(a: np.ndarray) -> str:
            return "[" + ", ".join(cell(v) for v in a) + "]"

        def printed(a: np.ndarray) -> str:
            """The array as print() shows it in the book (NumPy, 8 digits), nan and inf in red."""
            text = np.array2string(a, precision=8)
            return re.sub(r"(-?inf|nan)", f"<span style='color:{style.ERROR}'><b>\\1</b></span>", text)

        ok = self.tr("sum = %1").replace("%1", fmt(float(np.sum(r.stable))))
        self.naive_steps.setText(
            "<b>" + self.tr("Naive (section 3.5.1)") + "</b><br>"
            f"exp(a) = {vec(r.naive_exp)}<br>Σ exp(a) = {cell(r.naive_sum)}<br>y = {printed(r.naive)}"
            + (f"<br><span style='color:{style.ERROR}'>"
               + self.tr("exp(a) is larger than the biggest float (about 1.8e308, exp(709.78)): inf / inf = nan.")
               + "</span>" if r.overflow else ""))
        self.stable_steps.setText(
            "<b>" + self.tr("Max subtracted (section 3.5.2)") + "</b><br>"
            f"C′ = −max a = {fmt(-r.c)}<br>a + C′ = {vec(r.shifted)}<br>exp(a + C′) = {vec(r.stable_exp)}<br>"
            f"Σ = {fmt(r.stable_sum)}<br>y = {printed(r.stable)}  ({ok})")
        c_val = r.stable_sum
        self.identity.setText(
            self.tr("Why subtracting is allowed: for any constant C, y_k = C exp(a_k) / Σ C exp(a_i) "
                    "= exp(a_k + log C) / Σ exp(a_i + log C), because exp(log C) = C. Choose log C = C′ = −max a. "
                    "Check with C = %1: exp(log C) = %2.").replace("%1", fmt(c_val)).replace("%2", fmt(r.log_c_check)))

    def _wrap_titles(self) -> None:
        width = max(120.0, self.width() / 3 - 100)
        for p in (self.logit_plot, self.naive_plot, self.stable_plot):
            item = p.getPlotItem()
            set_wrapped_title(item, item.titleLabel.text, width)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._wrap_titles()

    def set_presentation(self, on: bool) -> None:
        self.presentation = on
        for p in (self.logit_plot, self.naive_plot, self.stable_plot):
            style.apply_plot_style(p, on, title_role="axis")
        self._wrap_titles()
        for h in self.handles:
            h.setPen(style.pen(style.ACCENT_2, 2, on))
        f = self.naive_steps.font()
        f.setPointSizeF(style.font_size("body", on))
        for lab in (self.naive_steps, self.stable_steps, self.identity):
            lab.setFont(f)
        self._draw()

    def table(self) -> CsvTable:
        r = self.result
        rows = [[k, float(r.logits[k]), float(r.naive_exp[k]), float(r.naive[k]), float(r.shifted[k]),
                 float(r.stable_exp[k]), float(r.stable[k])] for k in range(r.logits.size)]
        return CsvTable(["k", "a", "exp(a)", "naive y", "a - max a", "exp(a - max a)", "stable y"], rows)

    def shutdown(self) -> None:
        self.field.cancel_pending()
