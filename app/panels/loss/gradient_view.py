"""The "Gradients → backprop" tab: ∂E/∂y of each loss and ∂E/∂a of softmax + cross-entropy, as bars and
numbers, and for the simpleNet preset the network's W, x, scores, loss and dW (section 4.4.2)."""
from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from dlfs_studio.app import style
from dlfs_studio.app.panels.loss.model import NUM_CLASSES
from dlfs_studio.app.panels.loss.widgets import fit_title_row, html_escape, mono_font
from dlfs_studio.app.widgets.number_field import format_vector
from dlfs_studio.app.widgets.value_label import precise


def _tr(text: str) -> str:
    return QCoreApplication.translate("LossPanel", text)  # every loss-panel string: context "LossPanel"


class GradientView(QWidget):
    """Three bar charts of gradients (from core) with their exact values below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        self.grad_intro = QLabel(_tr(
            "The gradient tells each output which way to move to lower the loss: the first step of backprop. "
            "Squared error pushes every class (y − t); cross-entropy pushes only the correct class, hard when "
            "y<sub>t</sub> is small (−1 / (y<sub>t</sub> + δ)); softmax followed by cross-entropy gives the "
            "simple y − t with respect to the logits (section 5.6.3)."), self)
        self.grad_intro.setWordWrap(True)
        self.grad_intro.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.grad_intro)
        self.grad_layout = pg.GraphicsLayoutWidget(self)
        self.grad_layout.setToolTip(_tr("Bars: the gradient for each class k (computed by core.functions)"))
        titles = [_tr("squared error<br>∂E/∂y = y − t"),
                  _tr("cross-entropy<br>∂E/∂y = −t / (y + δ)"),
                  _tr("softmax + cross-entropy<br>∂E/∂a = y − t")]
        self.grad_plots: list[pg.PlotItem] = []
        self.grad_bars: list[pg.BarGraphItem] = []
        x = np.arange(NUM_CLASSES, dtype=float)
        for i, title in enumerate(titles):
            pl = self.grad_layout.addPlot(row=0, col=i, title=title)
            pl.setLabel("bottom", _tr("class k"))
            pl.getAxis("bottom").setTicks([[(k, str(k)) for k in range(NUM_CLASSES)]])
            pl.setXRange(-0.6, NUM_CLASSES - 0.4, padding=0)
            pl.setMouseEnabled(x=False, y=False)
            bars = pg.BarGraphItem(x=x, height=np.zeros(NUM_CLASSES), width=0.7,
                                   brush=[style.CLASS_COLORS[0], style.CLASS_COLORS[1], style.CLASS_COLORS[2]][i],
                                   pen=pg.mkPen(None))
            pl.addItem(bars)
            pl.addLine(y=0, pen=pg.mkPen(style.theme()["muted"], width=1))
            self.grad_plots.append(pl)
            self.grad_bars.append(bars)
        for i in range(len(titles)):
            self.grad_layout.ci.layout.setColumnStretchFactor(i, 1)
        layout.addWidget(self.grad_layout, 1)
        self.grad_values = QLabel(self)
        self.grad_values.setWordWrap(True)
        self.grad_values.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.grad_values.setToolTip(_tr("The gradients with full precision"))
        self.grad_values.setFont(mono_font())
        layout.addWidget(self.grad_values)
        self.grad_note = style.error_label(self)
        layout.addWidget(self.grad_note)
        self.simplenet_label = QLabel(self)
        self.simplenet_label.setTextFormat(Qt.TextFormat.RichText)
        self.simplenet_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.simplenet_label.setToolTip(_tr("The simpleNet of section 4.4.2, computed by core.nets.SimpleNet"))
        self.simplenet_label.setVisible(False)
        layout.addWidget(self.simplenet_label)
        self._pending: dict[str, Any] | None = None

    def draw(self, r: dict[str, Any]) -> None:
        """Show results ``r`` now if the tab is on screen, else when it is next shown (a drag on the other tab
        does not pay for this one)."""
        self._pending = r
        if self.isVisible():
            self._draw(r)

    def flush(self) -> None:
        """Draw results still pending (before an export of the hidden tab)."""
        if self._pending is not None:
            self._draw(self._pending)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._pending is not None:
            self._draw(self._pending)

    def _draw(self, r: dict[str, Any]) -> None:
        self._pending = None
        for i, key in enumerate(("grad_sse", "grad_ce", "grad_softmax_ce")):
            g = r[key]
            self.grad_bars[i].setOpts(height=np.zeros(NUM_CLASSES) if g is None else np.clip(g, -1e300, 1e300))
            self.grad_plots[i].enableAutoRange(axis="y")
        lines = [f"∂SSE/∂y = [{format_vector(r['grad_sse'])}]",
                 f"∂CE/∂y  = [{format_vector(r['grad_ce'])}]"]
        if r["grad_softmax_ce"] is not None:
            lines.append(f"∂CE/∂a  = [{format_vector(r['grad_softmax_ce'])}]")
        self.grad_values.setText("\n".join(lines))
        style.set_error_label(self.grad_note, r["grad_note"] or None, "info")
        net = r.get("simplenet")
        self.simplenet_label.setVisible(net is not None)
        if net is not None:
            self.simplenet_label.setText(simplenet_html(net))

    def set_presentation_mode(self, on: bool) -> None:
        self.grad_values.setVisible(not on)
        self.grad_intro.setVisible(not on)
        style.apply_layout_style(self.grad_layout, on, title_role="axis")
        for pl in self.grad_plots:
            fit_title_row(pl)


def _matrix(m: np.ndarray) -> str:
    return "<br>".join("[" + ", ".join(precise(v) for v in row) + "]" for row in np.atleast_2d(m))


def simplenet_html(net: dict[str, Any]) -> str:
    """W, x, p = x·W, y = softmax(p), the loss and dW of a simpleNet, every number from core (rich text: the
    inputs on the left, loss and gradients on the right, so the gradient charts above keep their height)."""
    mono = "font-family: 'DejaVu Sans Mono', monospace;"

    def rows(pairs: list[tuple[str, str]]) -> str:
        return "".join(f"<tr><td align='right' style='padding-right:6px'>{a}</td><td style=\"{mono}\">{b}</td></tr>"
                       for a, b in pairs)

    left = rows([("W =", _matrix(net["W"])), ("x =", "[" + format_vector(net["x"]) + "]"),
                 ("p = x·W =", "[" + format_vector(net["p"]) + "]"),
                 ("y = softmax(p) =", "[" + format_vector(net["y"]) + "]")])
    loss = html_escape(_tr("loss (cross-entropy, t = %1) =").replace("%1", str(net["label"])))
    right = "".join([
        f"<tr><td>{loss} <span style=\"{mono}\">{precise(net['loss'])}</span></td></tr>",
        f"<tr><td>{html_escape(_tr('dW (numerical_gradient, h = 1e-4) ='))}</td></tr>",
        f"<tr><td style=\"{mono}\">{_matrix(net['dW'])}</td></tr>",
        f"<tr><td>{html_escape(_tr('dW (analytic, xᵀ(y − t)) ='))}</td></tr>",
        f"<tr><td style=\"{mono}\">{_matrix(net['dW_analytic'])}</td></tr>",
    ])
    title = html_escape(_tr("simpleNet (section 4.4.2): one 2×3 weight matrix, softmax and cross-entropy"))
    return (f"<b>{title}</b><table><tr><td valign='top' style='padding-right:32px'><table>{left}</table></td>"
            f"<td valign='top'><table>{right}</table></td></tr></table>")
