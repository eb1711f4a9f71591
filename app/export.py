"""Export of plots (PNG, SVG) and data (CSV) for every panel.

Panel protocol: ``panel.export_targets()`` returns a list whose entries are either
:class:`ExportTarget` objects or plain tuples ``(name, obj)`` where ``obj`` is

* a pyqtgraph ``PlotItem``, ``PlotWidget`` or ``GraphicsLayoutWidget`` -> exportable as PNG/SVG, and as CSV
  from the data of its curves and bars (see :func:`plot_table`);
* a callable returning a :class:`CsvTable` (or a list of rows whose first row is the header) -> CSV only.

Example in a panel::

    from dlfs_studio.app.export import CsvTable, ExportTarget

    def export_targets(self):
        return [
            ExportTarget(self.tr("Loss curve"), plot=self.curve_plot),
            ExportTarget(self.tr("Per-row losses"), table=lambda: CsvTable(["row", "loss"], rows)),
            (self.tr("Gradient"), self.grad_plot),          # a tuple works too
        ]

A target may also give ``prepare``: called just before an export, it brings the plot up to date (e.g. draws
data its hidden tab has not drawn yet) and returns None, or a sentence saying why there is nothing to export yet
(the main window shows it instead of writing an empty file). A plot that was never shown on screen is laid out
at :data:`HIDDEN_VIEW_SIZE` before it is rendered.

Floats are written with ``repr`` so CSV files keep full precision (0.09750000000000003, not 0.0975); -0.0 is
written 0.0. Header cells and the plot/item names read from plots are plain text (rich-text titles such as
``Loss against y<sub>t</sub>`` become ``Loss against y_t``). A row shorter than the header is padded with empty
cells, so every line of a file has the same number of columns. PNG exports scale legend text like the axes.
"""
from __future__ import annotations

import csv
import html
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

#: Size (pixels) a plot that is not on screen (e.g. on a tab never opened) is laid out at for export, at least.
HIDDEN_VIEW_SIZE = (800, 600)


class NothingToExport(LookupError):
    """The target exists but holds no data yet (e.g. no training run so far); ``str(exc)`` says why."""


@dataclass(frozen=True)
class CsvTable:
    """Tabular data for CSV export: a header row and the data rows (numbers or strings)."""

    header: Sequence[str]
    rows: Sequence[Sequence[Any]] = field(default_factory=list)


@dataclass(frozen=True)
class ExportTarget:
    """Something a panel offers for export.

    ``name`` is shown to the user (translated by the panel). ``plot`` is a pyqtgraph PlotItem, PlotWidget
    or GraphicsLayoutWidget (image export, and CSV of its data when ``table`` is None). ``table`` is a
    callable returning a :class:`CsvTable` (called at export time, so it exports the current data).
    ``prepare`` (optional) is called before every export of this target: it updates the plot and returns
    None when there is something to export, else the reason there is not (see :meth:`check`).
    """

    name: str
    plot: Any = None
    table: Callable[[], CsvTable | Sequence[Sequence[Any]]] | None = None
    prepare: Callable[[], str | None] | None = None

    def check(self) -> str | None:
        """Bring the target up to date; None if it can be exported, else why there is nothing to export yet."""
        if self.prepare is None:
            return None
        reason = self.prepare()
        return str(reason) if reason else None

    @property
    def has_image(self) -> bool:
        """True if this target can be exported as PNG/SVG."""
        return self.plot is not None

    @property
    def has_data(self) -> bool:
        """True if this target can be exported as CSV (explicit table, or data read from the plot)."""
        return self.table is not None or self.plot is not None

    def csv_table(self) -> CsvTable:
        """The data of this target as a :class:`CsvTable`."""
        if self.table is not None:
            return _as_table(self.table())
        if self.plot is not None:
            return plot_table(self.plot)
        raise ValueError(f"{self.name!r} has no data to export")


def normalise_targets(targets: Iterable[Any]) -> list[ExportTarget]:
    """Turn a panel's ``export_targets()`` list (ExportTarget objects or ``(name, obj)`` tuples) into ExportTargets."""
    out: list[ExportTarget] = []
    for entry in targets:
        if isinstance(entry, ExportTarget):
            out.append(entry)
            continue
        name, obj = entry
        if _is_graphics(obj):
            out.append(ExportTarget(str(name), plot=obj))
        elif callable(obj):
            out.append(ExportTarget(str(name), table=obj))
        else:
            raise TypeError(f"export target {name!r} is neither a pyqtgraph plot nor a callable")
    return out


def _is_graphics(obj: Any) -> bool:
    import pyqtgraph as pg

    return isinstance(obj, (pg.PlotItem, pg.GraphicsView, pg.GraphicsLayout))


def _as_table(data: CsvTable | Sequence[Sequence[Any]]) -> CsvTable:
    if isinstance(data, CsvTable):
        return data
    rows = [list(r) for r in data]
    if not rows:
        return CsvTable([], [])
    return CsvTable([str(h) for h in rows[0]], rows[1:])


def _export_item(obj: Any) -> Any:
    """The graphics item or scene a pyqtgraph exporter should render for ``obj``."""
    import pyqtgraph as pg

    if isinstance(obj, pg.PlotWidget):
        return obj.getPlotItem()
    if isinstance(obj, pg.GraphicsLayoutWidget):
        return obj.ci
    if isinstance(obj, pg.GraphicsView):
        return obj.scene()
    return obj


def export_image(obj: Any, path: str | Path, width: int | None = None) -> Path:
    """Write the plot ``obj`` to ``path`` as PNG or SVG (chosen by the suffix). Returns the path.

    ``width`` (PNG only) sets the output width in pixels; the default keeps the on-screen size,
    doubled when smaller than 1200 px so exported figures are sharp on slides.
    """
    import pyqtgraph.exporters as pge

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise ValueError(f"unsupported image format {path.suffix!r}: use .png or .svg")
    lay_out_hidden(obj)
    item = _export_item(obj)
    if suffix == ".svg":
        _patch_pyqtgraph_svg()
        try:
            pge.SVGExporter(item).export(str(path))
        except Exception:
            # last resort if pyqtgraph's SVG post-processing still fails: render the same item straight through
            # QSvgGenerator (a vector file, but markers and clipping are rendered less faithfully)
            _svg_via_qt(item, path)
        if not path.exists() or path.stat().st_size == 0:
            raise OSError(f"could not write {path}")
        return path
    exporter = pge.ImageExporter(item)
    params = exporter.parameters()
    current = int(params["width"])
    target = width if width else (current * 2 if current < 1200 else current)
    if target > 0:
        params.param("width").setValue(int(target), blockSignal=exporter.widthChanged)
        params.param("height").setValue(round(target * float(params["height"]) / max(current, 1)),
                                        blockSignal=exporter.heightChanged)
    with _scaled_legends(obj, target / max(current, 1) if target > 0 else 1.0):
        exporter.export(str(path))
    if not path.exists() or path.stat().st_size == 0:
        raise OSError(f"could not write {path}")
    return path


class _scaled_legends:
    """Context manager: while a PNG is rendered ``scale`` times its on-screen size, every legend of the plot(s)
    is scaled by ``scale`` too. pyqtgraph legends ignore the view's transformations, so without this their
    text kept its on-screen pixel size and looked tiny next to the scaled axes. Restored afterwards."""

    def __init__(self, obj: Any, scale: float) -> None:
        self.obj = obj
        self.scale = scale
        self.saved: list[tuple[Any, float]] = []

    def _plots(self) -> list[Any]:
        import pyqtgraph as pg

        obj = self.obj
        if isinstance(obj, pg.GraphicsLayoutWidget):
            return [it for it in obj.ci.items if isinstance(it, pg.PlotItem)]
        if isinstance(obj, pg.PlotWidget):
            return [obj.getPlotItem()]
        if isinstance(obj, pg.PlotItem):
            return [obj]
        return []

    def __enter__(self) -> _scaled_legends:
        if abs(self.scale - 1.0) > 1e-3:
            for plot in self._plots():
                legend = getattr(plot, "legend", None)
                if legend is not None and legend.isVisible():
                    self.saved.append((legend, legend.scale()))
                    legend.setScale(legend.scale() * self.scale)
        return self

    def __exit__(self, *exc: object) -> None:
        for legend, old in self.saved:
            legend.setScale(old)


def _view_of(obj: Any) -> Any:
    """The GraphicsView showing ``obj`` (a view itself, or an item in a view's scene), or None."""
    import pyqtgraph as pg

    if isinstance(obj, pg.GraphicsView):
        return obj
    scene = obj.scene() if hasattr(obj, "scene") else None
    views = scene.views() if scene is not None else []
    return views[0] if views else None


def lay_out_hidden(obj: Any) -> None:
    """Give a plot that is not on screen (a tab never opened) a sensible size and lay it out now.

    Qt neither resizes nor lays out hidden widgets: such a plot still has its default geometry, and its axes
    and view box have never been placed, which rendered as a tiny, broken image. Visible plots are untouched;
    the next time the hidden one is shown, its layout gives it its real size again.
    """
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QResizeEvent

    view = _view_of(obj)
    if view is None or view.isVisible():
        return
    old = view.size()
    new = QSize(max(old.width(), HIDDEN_VIEW_SIZE[0]), max(old.height(), HIDDEN_VIEW_SIZE[1]))
    view.resize(new)
    # a hidden widget gets its resize event only when shown (and a sent one is not dispatched to the Python
    # override): call pyqtgraph's handler, which sizes the scene and its central item, directly
    view.resizeEvent(QResizeEvent(new, old))
    layout = getattr(getattr(view, "centralWidget", None), "layout", None)
    if layout is not None and hasattr(layout, "activate"):
        layout.activate()  # place the axes and the view box in the new size now, not at the next event loop


def _patch_pyqtgraph_svg() -> None:
    """Let pyqtgraph's SVG exporter read the paths newer Qt writes.

    Qt 6.12's QSvgGenerator ends closed sub-paths with a separate ``Z`` token ("M0,0 L5,0 L5,5 L0,0 Z");
    pyqtgraph 0.14's ``correctCoordinates`` expects every token to be ``x,y`` and raises ValueError. Qt already
    returns to the start point before ``Z``, so dropping the token changes nothing visible. Idempotent.
    """
    import importlib

    module: Any = importlib.import_module("pyqtgraph.exporters.SVGExporter")  # patched in place
    if getattr(module, "_dlfs_close_path_patch", False):
        return
    original = module.correctCoordinates

    def correct_coordinates(node, defs, item, options=None):  # same signature as pyqtgraph's
        for element in node.getElementsByTagName("path"):
            d = element.getAttribute("d")
            if "Z" in d or "z" in d:
                element.setAttribute("d", " ".join(tok for tok in d.split() if tok not in ("Z", "z")))
        return original(node, defs, item, options)

    module.correctCoordinates = correct_coordinates
    module._dlfs_close_path_patch = True


def _svg_via_qt(item: Any, path: Path) -> None:
    """Render a pyqtgraph item (or a whole scene) to an SVG file with QSvgGenerator."""
    from PySide6.QtCore import QRectF, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator
    from PySide6.QtWidgets import QGraphicsScene

    if isinstance(item, QGraphicsScene):
        scene, source = item, item.sceneRect()
    else:
        scene, source = item.scene(), item.sceneBoundingRect()
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(int(source.width()), int(source.height())))
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    generator.setTitle(path.stem)
    painter = QPainter(generator)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
    finally:
        painter.end()


_SUB = re.compile(r"<sub>(.*?)</sub>", re.IGNORECASE | re.DOTALL)
_SUP = re.compile(r"<sup>(.*?)</sup>", re.IGNORECASE | re.DOTALL)
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")


def plain_text(text: str) -> str:
    """Rich text as plain text for a CSV cell: ``y<sub>t</sub>`` -> ``y_t``, ``x<sup>2</sup>`` -> ``x^2``,
    ``<br>`` -> a space, other tags dropped, entities decoded, runs of spaces collapsed."""
    if "<" not in text and "&" not in text:
        return text
    text = _SUB.sub(lambda m: "_" + m.group(1), text)
    text = _SUP.sub(lambda m: "^" + m.group(1), text)
    text = _TAG.sub("", _BREAK.sub(" ", text))
    return " ".join(html.unescape(text).split())


def _cell(value: Any) -> Any:
    if isinstance(value, (float, np.floating)):
        v = float(value)
        return repr(0.0 if v == 0 else v)  # -0.0 (e.g. -t / (y + δ) off the label) reads as 0.0
    if isinstance(value, np.integer):
        return int(value)
    return value


def write_csv(table: CsvTable | Sequence[Sequence[Any]], path: str | Path) -> Path:
    """Write ``table`` to ``path`` as UTF-8 CSV (floats in full repr precision). Returns the path.

    Every cell is converted before the file is opened, so a bad value leaves no half-written file.
    """
    table = _as_table(table)
    width = len(table.header)
    rows = [[plain_text(str(h)) for h in table.header]]
    for row in table.rows:
        cells = [_cell(v) for v in row]
        rows.append(cells + [""] * (width - len(cells)))
    path = Path(path)
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return path


def plot_table(obj: Any) -> CsvTable:
    """The data of every curve (PlotDataItem) and bar chart (BarGraphItem) in a plot, as one long table.

    Columns: ``plot, item, index, x, y`` (one row per point or bar); for a GraphicsLayoutWidget all its
    PlotItems are included, numbered in layout order. A stepped curve (``stepMode="center"``, e.g. a
    histogram: one more x, the bin edges, than y) gives one row per bin, x being the bin's centre.
    """
    import pyqtgraph as pg

    if isinstance(obj, pg.GraphicsLayoutWidget):
        plots = [it for it in obj.ci.items if isinstance(it, pg.PlotItem)]
    elif isinstance(obj, pg.PlotWidget):
        plots = [obj.getPlotItem()]
    elif isinstance(obj, pg.PlotItem):
        plots = [obj]
    else:
        raise TypeError(f"cannot read data from {type(obj).__name__}")
    rows: list[list[Any]] = []
    for p_index, plot in enumerate(plots):
        title = plot.titleLabel.text if plot.titleLabel is not None else ""
        plot_name = plain_text(title) if title else str(p_index)
        for i_index, item in enumerate(plot.items):
            name = item.name() if hasattr(item, "name") and callable(item.name) and item.name() else str(i_index)
            name = plain_text(str(name))
            xs: Any = None
            ys: Any = None
            if isinstance(item, pg.PlotDataItem):
                xs, ys = item.getData()
            elif isinstance(item, pg.BarGraphItem):
                opts = item.opts
                xs = opts.get("x")
                if xs is None:
                    xs = opts.get("x0")
                ys = opts.get("height")
                if ys is None and opts.get("y1") is not None:
                    ys = opts.get("y1")
            if xs is None or ys is None:
                continue
            ys = np.asarray(ys, dtype=float).ravel()
            xs = np.asarray(xs, dtype=float).ravel()
            if len(xs) == 1 and len(ys) != 1:  # one x for every bar
                xs = np.full(ys.shape, xs[0])
            if len(xs) == len(ys) + 1:  # bin edges of a stepped curve: one row per bin, at its centre
                xs = (xs[:-1] + xs[1:]) / 2
            if len(xs) != len(ys):
                raise ValueError(f"{plot_name}, {name}: {len(xs)} x values for {len(ys)} y values")
            for k, (x, y) in enumerate(zip(xs, ys, strict=True)):
                rows.append([plot_name, name, k, float(x), float(y)])
    return CsvTable(["plot", "item", "index", "x", "y"], rows)
