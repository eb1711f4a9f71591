"""Drawing helpers shared by the descent views: the surface as heat map, contour lines and
the field of -gradient arrows (book figure 4-9), each ONE pyqtgraph item updated in place.

All values come from the core ``Surface`` (``value_grid`` and ``grad``); this module only
turns them into pictures.
"""
from __future__ import annotations

import math
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF

from dlfs_studio.app import style
from dlfs_studio.app.plotting import cache_axes, cache_static

View = tuple[tuple[float, float], tuple[float, float]]

_LIGHT_MAP = ["#fefefe", "#f4f5f7", "#e8ebef", "#d9dee5", "#c9d0da"]
_DARK_MAP = ["#1e1f22", "#24272c", "#2b3037", "#333a43", "#3c4550"]


def clicked_point(plot: pg.PlotWidget, event: Any) -> QPointF | None:
    """Where a single left click (a scene ``sigMouseClicked`` event) landed in ``plot``'s data
    coordinates; None for any other click or a click outside the axes."""
    if event.button() != Qt.MouseButton.LeftButton or event.double():
        return None
    vb = plot.getPlotItem().vb
    scene_pos = event.scenePos()
    if not vb.sceneBoundingRect().contains(scene_pos):
        return None
    return vb.mapSceneToView(scene_pos)


def calm_colormap() -> pg.ColorMap:
    """A pale blue sequential colour map (light or dark theme) that keeps paths and arrows readable."""
    colors = _DARK_MAP if style.is_dark() else _LIGHT_MAP
    return pg.ColorMap(np.linspace(0.0, 1.0, len(colors)), colors)


def contour_color() -> str:
    return "#9ba6b6" if not style.is_dark() else "#6d7886"


def arrow_color() -> str:
    return "#555d6a" if not style.is_dark() else "#b5bcc6"


def arrow_segments(tails: np.ndarray, vectors: np.ndarray, head_frac: float = 0.33,
                   head_angle_deg: float = 24.0) -> np.ndarray:
    """Line segments for arrows (shaft + two head strokes) as point pairs for ``connect='pairs'``.

    ``tails`` and ``vectors`` are (n, 2); returns (6n, 2): tail->tip, tip->left, tip->right.
    """
    tips = tails + vectors
    ang = math.radians(head_angle_deg)
    c, s = math.cos(ang), math.sin(ang)
    back = -vectors * head_frac
    left = np.stack([c * back[:, 0] - s * back[:, 1], s * back[:, 0] + c * back[:, 1]], axis=1)
    right = np.stack([c * back[:, 0] + s * back[:, 1], -s * back[:, 0] + c * back[:, 1]], axis=1)
    out = np.empty((len(tails) * 6, 2))
    out[0::6], out[1::6] = tails, tips
    out[2::6], out[3::6] = tips, tips + left
    out[4::6], out[5::6] = tips, tips + right
    return out


def contour_segments(Z: np.ndarray, xs: np.ndarray, ys: np.ndarray, level: float) -> np.ndarray:
    """Line segments of the ``level`` contour of Z[i, j] = f(xs[i], ys[j]) by marching squares.

    Vectorised over all cells (pyqtgraph's isocurve loops in Python and is ~50x slower).
    Returns (2m, 2) points, consecutive pairs being segments (for ``connect='pairs'``).
    """
    a, b, c, d = Z[:-1, :-1], Z[1:, :-1], Z[1:, 1:], Z[:-1, 1:]   # corners (i,j) (i+1,j) (i+1,j+1) (i,j+1)
    x0, y0 = np.meshgrid(xs[:-1], ys[:-1], indexing="ij")
    x1, y1 = np.meshgrid(xs[1:], ys[1:], indexing="ij")
    above = [v >= level for v in (a, b, c, d)]

    def cut(p, q):
        with np.errstate(all="ignore"):
            return (level - p) / (q - p)

    # crossing points on the bottom, right, top and left edges (NaN where the edge is not crossed)
    edges = []
    for (p, q, pa, qa, fx, fy) in (
            (a, b, above[0], above[1], lambda t: x0 + t * (x1 - x0), lambda t: y0),
            (b, c, above[1], above[2], lambda t: x1, lambda t: y0 + t * (y1 - y0)),
            (d, c, above[3], above[2], lambda t: x0 + t * (x1 - x0), lambda t: y1),
            (a, d, above[0], above[3], lambda t: x0, lambda t: y0 + t * (y1 - y0))):
        t = cut(p, q)
        crossed = pa != qa
        edges.append((crossed, np.broadcast_to(fx(t), a.shape), np.broadcast_to(fy(t), a.shape)))
    crossed = np.stack([e[0] for e in edges])                       # (4, n0-1, n1-1)
    px = np.stack([e[1] for e in edges])
    py = np.stack([e[2] for e in edges])
    count = crossed.sum(axis=0)
    out = []
    two = count == 2
    if two.any():
        order = np.argsort(~crossed[:, two], axis=0, kind="stable")[:2]   # the two crossed edges
        cols = np.arange(order.shape[1])
        sx, sy = px[:, two], py[:, two]
        seg = np.empty((order.shape[1], 2, 2))
        seg[:, 0, 0], seg[:, 0, 1] = sx[order[0], cols], sy[order[0], cols]
        seg[:, 1, 0], seg[:, 1, 1] = sx[order[1], cols], sy[order[1], cols]
        out.append(seg.reshape(-1, 2))
    four = count == 4
    if four.any():  # saddle cells: pair bottom-left and right-top
        sx, sy = px[:, four], py[:, four]
        for e0, e1 in ((0, 3), (1, 2)):
            seg = np.stack([np.column_stack([sx[e0], sy[e0]]), np.column_stack([sx[e1], sy[e1]])], axis=1)
            out.append(seg.reshape(-1, 2))
    return np.concatenate(out) if out else np.empty((0, 2))


class SurfaceLayer:
    """Heat map + contour lines (+ optional -gradient arrows and minima marks) inside one PlotItem.

    Items are created once; :meth:`set_surface` recomputes their data from a core ``Surface``.
    """

    def __init__(self, plot: pg.PlotItem, *, arrows: bool = True, heatmap: bool = True,
                 resolution: int = 180, contour_levels: int = 12) -> None:
        self.plot = plot
        self.resolution = resolution
        self.contour_levels = contour_levels
        self.presentation = False
        self.image = pg.ImageItem(axisOrder="col-major")
        self.image.setZValue(-30)
        self.image.setVisible(heatmap)
        self.contours = pg.PlotDataItem(connect="pairs", pen=style.pen(contour_color(), 1.0))
        self.contours.setZValue(-20)
        self.arrows = pg.PlotDataItem(connect="pairs", pen=style.pen(arrow_color(), 1.2))
        self.arrows.setZValue(-10)
        self.arrows.setVisible(arrows)
        self.minima = pg.ScatterPlotItem(symbol="+", size=14, pen=style.pen(arrow_color(), 1.5),
                                         brush=None)
        self.minima.setZValue(-5)
        for item in (self.image, self.contours, self.arrows, self.minima):
            plot.addItem(item)
        cache_static(self.image, self.contours, self.arrows, self.minima)
        cache_axes(plot)
        self.surface: Any = None
        self.view: View | None = None

    def set_presentation(self, on: bool) -> None:
        self.presentation = on
        self.contours.setPen(style.pen(contour_color(), 1.0, on))
        self.arrows.setPen(style.pen(arrow_color(), 1.2, on))
        self.minima.setSize(style.symbol_size(14, on))
        self.minima.setPen(style.pen(arrow_color(), 1.5, on))

    def set_arrows_visible(self, on: bool) -> None:
        self.arrows.setVisible(on)

    def set_surface(self, surface: Any, view: View | None = None) -> None:
        """Draw ``surface`` over ``view`` (default: the surface's own view)."""
        self.surface = surface
        (xmin, xmax), (ymin, ymax) = view if view is not None else surface.view
        self.view = ((xmin, xmax), (ymin, ymax))
        n = self.resolution
        xs, ys = np.linspace(xmin, xmax, n), np.linspace(ymin, ymax, n)
        dx, dy = xs[1] - xs[0], ys[1] - ys[0]
        X0, X1 = np.meshgrid(xs, ys, indexing="ij")
        with np.errstate(all="ignore"):
            Z = np.asarray(surface.value_grid(X0, X1), dtype=float)
        finite = np.isfinite(Z)
        if finite.any():
            zmin = float(Z[finite].min())
            shade = np.log1p(np.where(finite, Z - zmin, np.nan))
            top = float(np.nanmax(shade)) or 1.0
            shade = np.where(finite, shade / top, 1.0)
        else:
            shade = np.ones_like(Z)
        lut = calm_colormap().getLookupTable(0.0, 1.0, 256)
        self.image.setImage(shade, lut=lut, levels=(0.0, 1.0), autoLevels=False)
        self.image.setRect(QRectF(xmin - dx / 2, ymin - dy / 2, n * dx, n * dy))
        self._draw_contours(Z, finite, xmin, ymin, dx, dy)
        self._draw_arrows(surface, xmin, xmax, ymin, ymax)
        minima = np.asarray(getattr(surface, "minima", ()) or (), dtype=float).reshape(-1, 2)
        inside = ((minima[:, 0] >= xmin) & (minima[:, 0] <= xmax)
                  & (minima[:, 1] >= ymin) & (minima[:, 1] <= ymax))
        self.minima.setData(pos=minima[inside])

    def _draw_contours(self, Z: np.ndarray, finite: np.ndarray, xmin: float, ymin: float,
                       dx: float, dy: float) -> None:
        if not finite.any():
            self.contours.setData([], [])
            return
        vals = Z[finite]
        # Levels at quantiles of the values: evenly spread rings whatever the scale of f.
        levels = np.unique(np.quantile(vals, np.linspace(0.02, 0.92, self.contour_levels)))
        data = np.where(finite, Z, np.nanmax(vals))
        n0, n1 = data.shape
        xs = xmin + dx * np.arange(n0)
        ys = ymin + dy * np.arange(n1)
        segs = [contour_segments(data, xs, ys, float(level)) for level in levels]
        pts = np.concatenate(segs) if segs else np.empty((0, 2))
        self.contours.setData(pts[:, 0], pts[:, 1], connect="pairs")

    def _draw_arrows(self, surface: Any, xmin: float, xmax: float, ymin: float, ymax: float) -> None:
        cell = max(xmax - xmin, ymax - ymin) / 16.0
        gx = np.arange(xmin + cell / 2, xmax, cell)
        gy = np.arange(ymin + cell / 2, ymax, cell)
        G0, G1 = np.meshgrid(gx, gy, indexing="ij")
        pts = np.stack([G0.ravel(), G1.ravel()])
        with np.errstate(all="ignore"):
            g = np.asarray(surface.grad(pts), dtype=float).reshape(2, -1)
        vec = -g.T
        length = np.hypot(vec[:, 0], vec[:, 1])
        ok = np.isfinite(length) & (length > 0)
        if not ok.any():
            self.arrows.setData([], [])
            return
        tails, vec, length = pts.T[ok], vec[ok], length[ok]
        top = float(length.max())
        # Lengths proportional to |grad| like the book's quiver; compressed (sqrt) when the
        # range is huge (e.g. Rosenbrock), otherwise most arrows would vanish.
        if top > 20 * float(np.median(length)):
            shown = np.sqrt(length / top)
        else:
            shown = length / top
        vec = vec / length[:, None] * (shown * 0.9 * cell)[:, None]
        tails = tails - vec / 2  # centre each arrow on its grid point
        seg = arrow_segments(tails, vec)
        self.arrows.setData(seg[:, 0], seg[:, 1], connect="pairs")


_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")
#: Nice steps (in decades) between labelled powers of ten when the axis spans many decades.
_DECADE_STEPS = (1, 2, 3, 5, 10, 20, 25, 50, 100)


def log_tick_text(value: float, plain: bool) -> str:
    """A log axis label for ``value``: plain (``0.01``, ``20``) or a power of ten (``10⁻⁵``, ``2·10⁻⁵``)."""
    if plain:
        return f"{value:g}"
    exponent = math.floor(math.log10(value) + 1e-9)
    mantissa = round(value / 10 ** exponent)
    power = "10" + str(exponent).translate(_SUPERSCRIPT)
    return power if mantissa == 1 else f"{mantissa}·{power}"


class LogAxis(pg.AxisItem):
    """An axis whose log mode labels only values far enough apart to read (pyqtgraph labels every
    minor tick of a short log range, and they overlap: "6·10¹5·10¹4·10¹").

    Powers of ten are labelled, every 2nd, 5th... when many decades share a short axis. With room to
    spare, 2x and 5x (or 3x) the powers of ten are labelled too, one scheme for the whole axis; within
    less than a decade, whichever of 1..9 times them keep clear of each other. The other minor ticks
    are drawn without text. Labels are plain numbers when they all lie in [0.001, 10000), else powers
    of ten (10⁻⁵, 2·10⁻⁵). Linear mode is pyqtgraph's own.
    """

    def generateDrawSpecs(self, p: Any) -> Any:
        # in log mode only the first tick level (the labelled one) gets text; linear mode keeps the default
        self.style["maxTextLevel"] = 0 if self.logMode else 2
        return super().generateDrawSpecs(p)

    def _label_pixels(self) -> float:
        """The room one label takes along the axis, in pixels (its text height, or width)."""
        metrics = QFontMetricsF(self.style["tickFont"] or self.font())
        if self.orientation in ("left", "right"):
            return metrics.height()
        return metrics.horizontalAdvance("5·10⁻²⁰") + metrics.averageCharWidth()

    def logTickValues(self, minVal: float, maxVal: float, size: float, stdTicks: Any) -> list:
        lo, hi = sorted((float(minVal), float(maxVal)))
        if not (math.isfinite(lo) and math.isfinite(hi)) or hi - lo <= 0 or size <= 0:
            return [(None, [])]
        per_decade = size / (hi - lo)
        room = self._label_pixels()
        first, last = math.floor(lo), math.ceil(hi)

        def within(values: Any) -> list[float]:
            return sorted(float(v) for v in values if lo <= v <= hi)

        # powers of ten, every 1st, 2nd, 5th... so that labels stay 1.2 text heights apart
        step = next((s for s in _DECADE_STEPS if s * per_decade >= 1.2 * room), None)
        if step is None:
            step = 10 ** math.ceil(math.log10(1.2 * room / per_decade))
        labelled = within(d for d in range(first, last + 1) if d % step == 0)
        if step == 1:
            # room to spare within each decade: 2x and 5x, or 3x, the powers of ten (one scheme for the axis)
            for mantissas in ((2, 5), (3,)):
                marks = np.log10((1, *mantissas, 10))
                if np.diff(marks).min() * per_decade >= 1.6 * room:
                    labelled = within(d + math.log10(m) for d in range(first, last + 1) for m in (1, *mantissas))
                    break
            if len(labelled) < 2:  # less than a decade: any mantissa whose label keeps clear of the others
                for m in (1, 5, 2, 3, 4, 6, 7, 8, 9):
                    for v in within(d + math.log10(m) for d in range(first, last + 1)):
                        if all(abs(v - u) * per_decade >= 1.2 * room for u in labelled):
                            labelled.append(v)
                labelled.sort()
        minor: list[float] = []
        if per_decade >= 20:
            minor = [d + math.log10(m) for d in range(first, last + 1) for m in range(1, 10)
                     if lo <= d + math.log10(m) <= hi]
        elif step > 1:
            minor = [float(d) for d in range(first, last + 1) if lo <= d <= hi and d % step != 0]
        taken = {round(v, 9) for v in labelled}
        minor = [v for v in minor if round(v, 9) not in taken]
        return [(None, labelled), (None, minor)]

    def logTickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        numbers = [10 ** float(v) * scale for v in values]
        plain = all(1e-3 <= n < 1e4 for n in numbers)
        return [log_tick_text(n, plain) for n in numbers]
