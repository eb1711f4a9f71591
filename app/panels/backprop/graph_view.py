"""The computational graph drawn in a pyqtgraph plot, like the book's figures 5-16 and 5-17.

Variables (and constants) are plain names at the left, operations are circles with their symbol; each edge
shows the value going forward above it and the gradient coming back below it (in red, as in the book).
The items of a graph are created once in :meth:`GraphView.set_graph`; :meth:`GraphView.show_state` only
changes texts, colours and visibility.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontMetricsF

from dlfs_studio.app import style
from dlfs_studio.core.compgraph import Backprop, Graph, GraphState

X_SCALE, Y_SCALE = 3.2, 1.7
BACKWARD_COLOR = "#d64545"


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackpropGraph", text)


def fmt(v: float | None) -> str:
    """Python's repr of the float (full precision), or "" when not known yet."""
    return "" if v is None else repr(float(v))


def set_text(item: pg.TextItem, text: str) -> None:
    """``item.setText(text)`` unless it shows that text already (a TextItem re-lays itself out on every call)."""
    if item.textItem.toPlainText() != text:
        item.setText(text)


class GraphView(pg.PlotWidget):
    """Draws one :class:`Graph`; ``show_state`` reveals values and gradients step by step."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        style.apply_plot_style(self, False, grid=False)
        for ax in ("left", "bottom"):
            self.hideAxis(ax)
        self.setMenuEnabled(False)
        self.getPlotItem().hideButtons()
        self.presentation = False
        self._items: list = []
        self._graph: Graph | None = None
        self._end_x = 0.0
        self.positions: np.ndarray = np.zeros((0, 2))
        self.edge_forward: list[pg.TextItem] = []
        self.edge_backward: list[pg.TextItem] = []
        self.edge_keys: list[tuple[int, int]] = []     # (consumer, slot); (-1, 0) is the output edge
        self.node_texts: list[pg.TextItem] = []
        self.local_texts: dict[int, pg.TextItem] = {}
        self.name_texts: list[pg.TextItem] = []
        self.nodes_scatter = pg.ScatterPlotItem()
        self.edges_curve = pg.PlotCurveItem()
        self.arrows: list[pg.ArrowItem] = []

    # ------------------------------------------------------------------ building (once per graph)
    def set_graph(self, graph: Graph, layout: tuple[tuple[float, float], ...]) -> None:
        """Create the items of ``graph`` at ``layout`` (column, row) positions."""
        for item in self._items:
            self.removeItem(item)
        self._items = []
        self._graph = graph
        pos = np.array([(c * X_SCALE, -r * Y_SCALE) for c, r in layout], dtype=float)
        self.positions = pos
        out_x, out_y = pos[graph.output]
        end = (out_x + X_SCALE, out_y)
        segments = []
        self.edge_keys = []
        for n in graph.nodes:
            for slot, i in enumerate(n.inputs):
                segments.append((pos[i], pos[n.index]))
                self.edge_keys.append((n.index, slot))
        segments.append((pos[graph.output], end))
        self.edge_keys.append((-1, 0))
        xs = np.array([[a[0], b[0]] for a, b in segments]).ravel()
        ys = np.array([[a[1], b[1]] for a, b in segments]).ravel()
        self.edges_curve = pg.PlotCurveItem(xs, ys, connect="pairs", pen=style.pen(style.muted_color(), 1.6))
        self._add(self.edges_curve)
        self.arrows = []
        for a, b in segments:
            d = np.array(b) - np.array(a)
            theta = float(np.degrees(np.arctan2(d[1], d[0])))  # direction in data coordinates
            tip = np.array(b) - d / max(np.hypot(*d), 1e-9) * 0.45
            arrow = pg.ArrowItem(pos=tuple(tip), angle=180 - theta, headLen=10, tipAngle=30, brush=style.muted_color(),
                                 pen=pg.mkPen(None))
            self._add(arrow)
            self.arrows.append(arrow)
        ops = [n.index for n in graph.nodes if not n.is_leaf]
        self.nodes_scatter = pg.ScatterPlotItem(pos[ops, 0], pos[ops, 1], size=44, symbol="o",
                                                brush=style.brush(style.theme()["background"]),
                                                pen=style.pen(style.theme()["foreground"], 1.6))
        self._add(self.nodes_scatter)
        self.highlight = pg.ScatterPlotItem([], [], size=44, symbol="o", brush=pg.mkBrush(None),
                                            pen=style.pen(style.ACCENT, 3.2))
        self._add(self.highlight)      # one spot on the current node (cheaper than a pen per spot)
        self._op_nodes = ops
        fg = style.theme()["foreground"]
        self.node_texts = []
        self.local_texts = {}
        self.name_texts = []
        for n in graph.nodes:
            t = pg.TextItem(n.symbol, color=fg, anchor=(1.0, 0.5) if n.kind == "var" else (0.5, 0.5))
            x, y = pos[n.index]
            t.setPos(x - 0.15 if n.kind == "var" else x, y)
            self._add(t)
            self.node_texts.append(t)
            if not n.is_leaf:
                lt = pg.TextItem("", color=style.ACCENT_2, anchor=(0.5, 1.0))
                lt.setPos(x, y + 0.32)
                self._add(lt)
                self.local_texts[n.index] = lt
            if n.defined and n.index != graph.output:   # a name given by a definition, as t in figure 5-7
                nt = pg.TextItem(n.name, color=style.muted_color(), anchor=(0.5, 0.0))
                nt.setPos(x, y - 0.3)
                self._add(nt)
                self.name_texts.append(nt)
        self.output_label = pg.TextItem(graph.output_name, color=fg, anchor=(0.0, 0.5))
        self.output_label.setPos(end[0] + 0.1, end[1])
        self._add(self.output_label)
        self.edge_forward, self.edge_backward = [], []
        for k, (a, b) in enumerate(segments):
            share = 0.6 if k == len(segments) - 1 else 0.35  # nearer the source, where converging edges are apart
            mid = (1 - share) * np.array(a) + share * np.array(b)
            f = pg.TextItem("", color=fg, anchor=(0.5, 1.0))
            f.setPos(*mid)
            g = pg.TextItem("", color=BACKWARD_COLOR, anchor=(0.5, 0.0))
            g.setPos(*mid)
            self._add(f)
            self._add(g)
            self.edge_forward.append(f)
            self.edge_backward.append(g)
        self._end_x = end[0]
        self._apply_fonts()
        self.fit_range()

    def fit_range(self) -> None:
        """Show the whole graph, with room in pixels for the variables' names on the left and the output's
        name on the right at the current font size."""
        g: Graph | None = getattr(self, "_graph", None)
        if g is None or not len(self.positions):
            return
        pos = self.positions
        xmin, ymin = pos.min(axis=0)
        ymax = pos[:, 1].max()
        metrics = QFontMetricsF(self._big_font())
        left_px = max((metrics.horizontalAdvance(n.name) for n in g.nodes if n.kind == "var"), default=0.0) + 24
        right_px = metrics.horizontalAdvance(g.output_name) + 24
        width_px = max(self.getPlotItem().vb.width(), 200.0)
        span = self._end_x - xmin
        # left/right margins u (data units) so that u * width_px / (span + u_left + u_right) = margin in pixels
        total = span * width_px / max(width_px - left_px - right_px, 50.0)
        self.setXRange(xmin - left_px / width_px * total, self._end_x + right_px / width_px * total, padding=0)
        self.setYRange(ymin - 0.9, ymax + 0.8, padding=0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_range()

    def _add(self, item) -> None:
        self.addItem(item)
        self._items.append(item)

    # ------------------------------------------------------------------ state (every step)
    def show_state(self, bp: Backprop, state: GraphState) -> None:
        """Values on the edges known at ``state``, gradients arrived, the current node highlighted with its
        local derivative(s) and the products "upstream × local" being formed."""
        g = bp.graph
        step = state.step
        current = step.node if step is not None else None
        for k, (consumer, slot) in enumerate(self.edge_keys):
            if consumer < 0:
                src = g.output
                set_text(self.edge_forward[k], fmt(state.values[src]))
                set_text(self.edge_backward[k], fmt(state.grads[src]) if state.grads[src] is not None else "")
                continue
            src = g.nodes[consumer].inputs[slot]
            set_text(self.edge_forward[k], fmt(state.values[src]))
            gval = state.edge_grads[consumer][slot]
            if gval is None:
                set_text(self.edge_backward[k], "")
            elif step is not None and step.phase == "backward" and step.node == consumer:
                set_text(self.edge_backward[k], f"{fmt(step.value)} × {fmt(step.local[slot])}\n= {fmt(gval)}")
            else:
                set_text(self.edge_backward[k], fmt(gval))
        # the local derivative(s) of the node taking its backward step (the ledger keeps all of them)
        for i, lt in self.local_texts.items():
            if step is not None and step.phase == "backward" and i == step.node:
                set_text(lt, _tr("local: %1").replace("%1", ", ".join(fmt(v) for v in bp.local[i])))
            else:
                set_text(lt, "")
        fg = style.theme()["foreground"]
        if current is not None and current in self._op_nodes:
            color = BACKWARD_COLOR if step is not None and step.phase != "forward" else style.ACCENT
            x, y = self.positions[current]
            self.highlight.setData([x], [y], pen=style.pen(color, 3.2, self.presentation))
        else:
            self.highlight.setData([], [])
        for i, t in enumerate(self.node_texts):
            want = style.ACCENT if i == current else fg
            if getattr(t, "_dlfs_color", None) != want:
                t.setColor(want)
                t._dlfs_color = want

    # ------------------------------------------------------------------ presentation
    def _big_font(self) -> QFont:
        big = QFont()
        big.setPointSizeF(style.font_size("body", self.presentation) * 1.15)
        big.setBold(True)
        return big

    def _apply_fonts(self) -> None:
        big = self._big_font()
        small = QFont()
        # edge labels are many and long (full precision): a little smaller than other text on a projector
        small.setPointSizeF(style.font_size("small") * (1.35 if self.presentation else 1.0))
        for t in [*self.node_texts, getattr(self, "output_label", None)]:
            if t is not None:
                t.setFont(big)
        for t in self.edge_forward + self.edge_backward + list(self.local_texts.values()) + self.name_texts:
            t.setFont(small)
        if self._graph is not None:
            self.nodes_scatter.setSize(56 if self.presentation else 44)
            self.highlight.setSize(56 if self.presentation else 44)

    def set_presentation(self, on: bool) -> None:
        self.presentation = bool(on)
        style.apply_plot_style(self, self.presentation, grid=False)
        self._apply_fonts()
        self.fit_range()
