"""The "Optimizer race" tab: chapter 6's optimizers started from one point, racing step by step.

The steps come from ``core.descent.race`` (lockstep ``descend`` runs) and the leaderboard from
``core.descent.steps_to_reach``; this view keeps the yielded steps (exact step back) and draws them.
"""
from __future__ import annotations

from typing import Any, TypedDict

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dlfs_studio.app import style
from dlfs_studio.app.export import CsvTable
from dlfs_studio.app.growing_path import GrowingPath
from dlfs_studio.core.descent import race, steps_to_reach
from dlfs_studio.core.optimizers import OPTIMIZERS, make_optimizer
from dlfs_studio.core.surfaces import SURFACES, Surface

from .controls import control_form, scrolled_controls
from .cursor import StepCursor
from .fields import NumberField, start_layout
from .playback import Playback
from .plotting import SurfaceLayer, clicked_point
from .race_board import BoardRow, Leaderboard
from .surface_picker import OPTIMIZER_LABELS, SurfacePicker, fmt_point


class RacePreset(TypedDict):
    """A race set up in one go: surface name, start (x0, x1), steps and each racer's learning rate."""

    surface: str
    start: tuple[float, float]
    steps: int
    lr: dict[str, float]


#: The book's figure 6-8: surface, start, steps and learning rates (optimizer_compare_naive.py).
BOOK_FIGURE_6_8: RacePreset = {
    "surface": "ch6",
    "start": (-7.0, 2.0),
    "steps": 30,
    "lr": {"sgd": 0.95, "momentum": 0.1, "adagrad": 1.5, "adam": 0.3},
}
#: The four panels of the book's figure, in its order.
GRID_OPTIMIZERS = ("sgd", "momentum", "adagrad", "adam")
DEFAULT_LR = {"sgd": 0.95, "momentum": 0.1, "nesterov": 0.1, "adagrad": 1.5, "rmsprop": 0.1, "adam": 0.3}


def style_path(item: pg.PlotDataItem, key: str, width: float, dot_size: float, on: bool) -> None:
    """Draw optimizer ``key``'s path as a line of dots in its colour (``on``: presentation sizes)."""
    color = style.OPTIMIZER_COLORS.get(key, style.ACCENT)
    item.setPen(style.pen(color, width, on))
    item.setSymbol("o")
    item.setSymbolSize(style.symbol_size(dot_size, on))
    item.setSymbolBrush(color)
    item.setSymbolPen(None)


class RaceView(StepCursor, QWidget):
    """Controls | one race plot or the book's 2x2 figure | leaderboard."""

    RECOMPUTE_CHUNK = 20  # race steps (each one step of every racer)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presentation = False
        self.surface: Surface = SURFACES["ch6"]
        self.start = np.array(BOOK_FIGURE_6_8["start"], dtype=float)
        self.step_index = 0
        self._path_points: dict[str, tuple[Any, np.ndarray]] = {}
        self._build_controls()
        self._build_plots()
        self._build_board()
        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.status)
        rv.addWidget(self.stack, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.controls_scroll)
        splitter.addWidget(right)
        splitter.addWidget(self.board_box)
        splitter.setSizes([300, 620, 330])
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._style_items()
        self._on_surface(self.surface, keep_start=True)

    # ================================================================== construction
    def _build_controls(self) -> None:
        box, form = control_form(self)
        self.form = form
        self.preset_button = QPushButton(self.tr("Book figure 6-8"), box)
        self.preset_button.setToolTip(self.tr("Chapter 6's comparison: x²/20 + y² from (-7, 2), 30 steps, "
                                              "SGD 0.95, Momentum 0.1, AdaGrad 1.5, Adam 0.3."))
        self.preset_button.clicked.connect(self.apply_book_preset)
        form.addRow(self.preset_button)
        self.picker = SurfacePicker("ch6", box)
        self.picker.description.setVisible(False)
        self.picker.surfaceChanged.connect(self._on_surface)
        form.addRow(self.picker)

        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        self.enable_boxes: dict[str, QCheckBox] = {}
        self.lr_fields: dict[str, NumberField] = {}
        for row, key in enumerate(OPTIMIZERS):
            cb = QCheckBox(OPTIMIZER_LABELS.get(key, key), box)
            cb.setChecked(True)
            color = style.OPTIMIZER_COLORS.get(key, style.ACCENT)
            cb.setProperty("dlfsColor", color)
            cb.setToolTip(self.tr("Include {0} in the race.").format(OPTIMIZER_LABELS.get(key, key)))
            cb.toggled.connect(lambda _on: self._rebuild(keep_cursor=True))
            field = NumberField(DEFAULT_LR[key], 1e-6, 100.0, log=True, parent=box, message_below=False,
                                tooltip=self.tr("Learning rate of {0}, used exactly as typed.")
                                .format(OPTIMIZER_LABELS.get(key, key)))
            field.valueChanged.connect(lambda _v: self._rebuild(keep_cursor=True))
            grid.addWidget(cb, 2 * row, 0)
            grid.addWidget(field, 2 * row, 1)
            grid.addWidget(field.message, 2 * row + 1, 0, 1, 2)  # the message under the row, full width
            self.enable_boxes[key] = cb
            self.lr_fields[key] = field
        lr_title = QLabel(self.tr("Optimizer and learning rate"), box)
        lr_title.setToolTip(self.tr("Each optimizer's learning rate; other hyperparameters keep the book's defaults."))
        form.addRow(lr_title)
        form.addRow(grid)

        self.steps_field = NumberField(30, 1, 5000, log=True, integer=True, parent=box,
                                       tooltip=self.tr("Number of updates for every optimizer."))
        self.steps_field.valueChanged.connect(lambda _v: self._rebuild(keep_cursor=True))
        form.addRow(self.tr("Steps"), self.steps_field)
        self.gradient_combo = QComboBox(box)
        self.gradient_combo.addItem(self.tr("analytic (like chapter 6)"), "analytic")
        self.gradient_combo.addItem(self.tr("numerical (h = 1e-4)"), "numerical")
        self.gradient_combo.setToolTip(self.tr("Which gradient drives the updates; chapter 6 uses the formula."))
        self.gradient_combo.currentIndexChanged.connect(lambda _i: self._rebuild(keep_cursor=True))
        form.addRow(self.tr("Gradient"), self.gradient_combo)
        start_row = QWidget(box)
        self.start_x0 = NumberField(self.start[0], -1e6, 1e6, log=False, slider=False, parent=start_row,
                                    name="x0", message_below=False,
                                    tooltip=self.tr("Start x0 for every optimizer; or click the plot."))
        self.start_x1 = NumberField(self.start[1], -1e6, 1e6, log=False, slider=False, parent=start_row,
                                    name="x1", message_below=False,
                                    tooltip=self.tr("Start x1 for every optimizer; or click the plot."))
        self.start_x0.valueChanged.connect(lambda _v: self.set_start(self.start_x0.value(), self.start_x1.value()))
        self.start_x1.valueChanged.connect(lambda _v: self.set_start(self.start_x0.value(), self.start_x1.value()))
        start_layout(start_row, self.start_x0, self.start_x1)
        form.addRow(self.tr("Start"), start_row)
        self.start_row = start_row
        self.eps_field = NumberField(1e-3, 1e-12, 100.0, log=True, parent=box,
                                     tooltip=self.tr("The finish line: a racer finishes when f(x) ≤ ε."))
        self.eps_field.valueChanged.connect(lambda _v: self._update_board())
        form.addRow(self.tr("ε (finish)"), self.eps_field)

        view_row = QWidget(box)
        vrl = QHBoxLayout(view_row)
        vrl.setContentsMargins(0, 0, 0, 0)
        vrl.setSpacing(0)
        self.one_button = QPushButton(self.tr("One plot"), view_row)
        self.one_button.setToolTip(self.tr("All racers on one plot."))
        self.grid_button = QPushButton(self.tr("2×2 like the book"), view_row)
        self.grid_button.setToolTip(self.tr("Four small plots like figure 6-8: SGD, Momentum, AdaGrad, Adam."))
        self.view_group = QButtonGroup(self)
        for i, b in enumerate((self.one_button, self.grid_button)):
            b.setCheckable(True)
            self.view_group.addButton(b, i)
            vrl.addWidget(b)
        self.one_button.setChecked(True)
        self.view_group.idClicked.connect(self.set_grid_view)
        form.addRow(view_row)

        self.playback = Playback(self.step_forward, self.step_back, self.reset, self.at_end, self.reset,
                                 speed=5.0, parent=box)
        form.addRow(self.playback)
        self.controls_scroll = scrolled_controls(box, 270, self)

    def _build_plots(self) -> None:
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setToolTip(self.tr("The race's current step."))
        self.race_plot = pg.PlotWidget(self)
        self.race_plot.setToolTip(self.tr("Click to set the common start point."))
        pi = self.race_plot.getPlotItem()
        pi.setMenuEnabled(False)
        pi.setLabel("bottom", "x")
        pi.setLabel("left", "y")
        self.layer = SurfaceLayer(pi, arrows=False)
        self.legend = pi.addLegend(offset=(10, -10), brush=style.brush(style.theme()["background"], 200))
        self.paths: dict[str, GrowingPath] = {}
        for key in OPTIMIZERS:
            item = GrowingPath(name=OPTIMIZER_LABELS.get(key, key), connect="finite")
            item.setZValue(10)
            pi.addItem(item)
            self.paths[key] = item
        self.heads = pg.ScatterPlotItem()
        self.heads.setZValue(12)
        pi.addItem(self.heads)
        self.start_mark = pg.ScatterPlotItem(symbol="s")
        self.start_mark.setZValue(11)
        pi.addItem(self.start_mark)
        self.race_plot.scene().sigMouseClicked.connect(self._on_scene_click)

        self.grid_widget = pg.GraphicsLayoutWidget(self)
        self.grid_widget.setToolTip(self.tr("Figure 6-8: each optimizer's path on x²/20 + y²."))
        self.grid_plots: dict[str, pg.PlotItem] = {}
        self.grid_layers: dict[str, SurfaceLayer] = {}
        self.grid_paths: dict[str, GrowingPath] = {}
        self._grid_titles: dict[str, str] = {}
        for i, key in enumerate(GRID_OPTIMIZERS):
            p = self.grid_widget.addPlot(row=i // 2, col=i % 2, title=OPTIMIZER_LABELS[key])
            p.setMenuEnabled(False)
            p.setLabel("bottom", "x")
            p.setLabel("left", "y")
            layer = SurfaceLayer(p, arrows=False, resolution=120, contour_levels=10)
            path = GrowingPath(connect="finite")
            path.setZValue(10)
            p.addItem(path)
            self.grid_plots[key], self.grid_layers[key], self.grid_paths[key] = p, layer, path
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.race_plot)
        self.stack.addWidget(self.grid_widget)

    def _build_board(self) -> None:
        self.board_box = Leaderboard(self)
        self.board, self.board_title, self.board_note = self.board_box.table, self.board_box.title, self.board_box.note

    def _style_items(self) -> None:
        on = self.presentation
        style.apply_plot_style(self.race_plot, on)
        style.apply_layout_style(self.grid_widget, on)
        self.layer.set_presentation(on)
        for key, item in self.paths.items():
            style_path(item, key, 2.0, 5, on)
        for key, item in self.grid_paths.items():
            style_path(item, key, 1.8, 6, on)
            self.grid_layers[key].set_presentation(on)
        for cb in self.enable_boxes.values():
            cb.setStyleSheet(f"QCheckBox {{ color: {cb.property('dlfsColor')}; font-weight: bold; "
                             f"font-size: {style.font_size('body', on):.0f}pt; }}")
        self.start_mark.setSize(style.symbol_size(10, on))
        self.start_mark.setBrush(style.brush(style.theme()["foreground"]))
        self.start_mark.setPen(style.pen("#ffffff", 1.0, on))
        self.heads.setSize(style.symbol_size(13, on))
        self.board_box.set_presentation(on)
        sf = self.status.font()
        sf.setPointSizeF(style.font_size("body", on))
        self.status.setFont(sf)

    # ================================================================== parameters
    def racers(self) -> list[str]:
        """Core names of the optimizers in the race, in core's order."""
        return [k for k, cb in self.enable_boxes.items() if cb.isChecked()]

    def _on_surface(self, surface: Surface, keep_start: bool = False) -> None:
        self.playback.pause()
        self.surface = surface
        self.layer.set_surface(surface)
        (xmin, xmax), (ymin, ymax) = surface.view
        self.race_plot.getPlotItem().vb.setRange(xRange=(xmin, xmax), yRange=(ymin, ymax), padding=0.02)
        for key, layer in self.grid_layers.items():
            layer.set_surface(surface)
            self.grid_plots[key].vb.setRange(xRange=(xmin, xmax), yRange=(ymin, ymax), padding=0.02)
        if not keep_start:
            self.start = np.array(surface.default_start, dtype=float)
        self._sync_start()
        self._rebuild(keep_cursor=False)

    def set_start(self, x0: float, x1: float) -> None:
        """Common start point for all racers; the race is recomputed up to the same step."""
        self.start = np.array([float(x0), float(x1)])
        self._sync_start()
        self._rebuild(keep_cursor=True)

    def _sync_start(self) -> None:
        self.start_x0.set_value(self.start[0], emit=False)
        self.start_x1.set_value(self.start[1], emit=False)
        self.start_mark.setData(pos=[self.start])

    def map_click(self, view_point: QPointF) -> None:
        self.set_start(float(f"{view_point.x():.4g}"), float(f"{view_point.y():.4g}"))

    def _on_scene_click(self, event: Any) -> None:
        point = clicked_point(self.race_plot, event)
        if point is not None:
            self.map_click(point)

    def prepare_export(self) -> None:
        """Lay out the plot page not shown now (the 2x2 figure in "One plot" view, or the reverse) at the
        size it has when shown, so that exporting it renders the whole figure, not a never-sized widget."""
        size = self.stack.size()
        if size.width() < 300 or size.height() < 300:  # the tab has not been laid out yet
            size = QSize(640, 560)
        for item in [*self.paths.values(), *self.grid_paths.values()]:
            if item.is_stale():  # the page not on screen has not drawn its paths yet
                item.redraw()
        for page in (self.race_plot, self.grid_widget):
            if page.isVisible():
                continue
            old = page.size()
            page.resize(size)
            # a hidden widget gets its resize event only when shown: let pyqtgraph lay the scene out now
            page.resizeEvent(QResizeEvent(size, old))

    def set_grid_view(self, on: bool | int) -> None:
        """Show the book's 2x2 figure (True) or the single race plot (False)."""
        on = bool(on)
        self.stack.setCurrentIndex(1 if on else 0)
        (self.grid_button if on else self.one_button).setChecked(True)
        for item in (self.grid_paths if on else self.paths).values():
            if item.is_stale():  # drawn only while on screen (see _refresh)
                item.redraw()

    def apply_book_preset(self) -> None:
        """Reproduce figure 6-8: ch6 surface, start (-7, 2), 30 steps, the book's learning rates."""
        preset = BOOK_FIGURE_6_8
        self.playback.pause()
        self._bulk = True
        try:
            for key, cb in self.enable_boxes.items():
                cb.setChecked(key in preset["lr"])
            for key, lr in preset["lr"].items():
                self.lr_fields[key].set_value(lr)
            self.steps_field.set_value(preset["steps"])
            self.gradient_combo.setCurrentIndex(self.gradient_combo.findData("analytic"))
            self.picker.select(preset["surface"])
        finally:
            self._bulk = False
        self.set_start(*preset["start"])
        self.set_grid_view(True)

    # ================================================================== the race
    _bulk = False

    def _rebuild(self, keep_cursor: bool = True) -> None:
        if self._bulk or not hasattr(self, "board"):
            return
        names = self.racers()
        surface, start = self.surface, self.start.copy()
        steps = int(self.steps_field.value())
        gradient = str(self.gradient_combo.currentData())
        if gradient == "analytic" and surface.grad is None:
            gradient = "numerical"
        opts = {k: make_optimizer(k, lr=float(self.lr_fields[k].value())) for k in names}
        target = self.step_index if keep_cursor else 0
        self.start_run_in_chunks(lambda: race(surface, opts, start, steps, gradient=gradient) if opts else iter(()),
                                 target)
        self._refresh()

    def path(self, name: str) -> np.ndarray:
        """(step_index + 1, 2) points of one racer up to the current step, from core's race."""
        items = self.cache.items
        if not items or name not in items[0]:
            return np.empty((0, 2))
        n = min(self.step_index + 1, len(items))
        # the race's steps only grow within a run: convert each step's point once (a frame used to convert
        # every step of every racer, twice)
        cache, done = self._path_points.get(name, (None, np.empty((0, 2))))
        if cache is not self.cache:
            done = np.empty((0, 2))
        if len(done) < n:
            more = np.array([it[name].x for it in items[len(done):n]], dtype=float).reshape(-1, 2)
            done = np.concatenate([done, more])
            self._path_points[name] = (self.cache, done)
        return done[:n]

    def _refresh(self) -> None:
        names = self.racers()
        heads, brushes = [], []
        none = np.empty(0)
        shown = {key: self.path(key) for key in names} if self.cache.items else {}
        # only the plot on screen draws; the other keeps its paths and draws them when it is shown
        grid = self.stack.currentWidget() is self.grid_widget
        for key, item in self.paths.items():
            if key in shown:
                xs = shown[key]
                item.set_path(xs[:, 0], xs[:, 1], draw=not grid)
                item.setVisible(True)
                if np.all(np.isfinite(xs[-1])):
                    heads.append(xs[-1])
                    brushes.append(style.brush(style.OPTIMIZER_COLORS.get(key, style.ACCENT)))
            else:
                item.set_path(none, none, draw=not grid)
                item.setVisible(False)
        self.heads.setData(pos=heads, brush=brushes, pen=style.pen("#ffffff", 1.5, self.presentation))
        for key, item in self.grid_paths.items():
            if key in shown:
                xs = shown[key]
                item.set_path(xs[:, 0], xs[:, 1], draw=grid)
                self._set_grid_title(key, OPTIMIZER_LABELS[key])
            else:
                item.set_path(none, none, draw=grid)
                self._set_grid_title(key, self.tr("{0} (not in the race)").format(OPTIMIZER_LABELS[key]))
        self._update_status()
        self._update_board()

    def _set_grid_title(self, key: str, text: str) -> None:
        """Retitle a 2x2 plot only when its title changes (a new title relayouts the plot and its axes)."""
        if self._grid_titles.get(key) != text:
            self._grid_titles[key] = text
            self.grid_plots[key].setTitle(text)
            style.apply_plot_style(self.grid_plots[key], self.presentation)

    def _update_status(self) -> None:
        total = int(self.steps_field.value())
        if not self.cache.items:
            self.status.setText(self.tr("Tick at least one optimizer to start a race."))
            return
        self.status.setText(self.tr("step {0} of {1}   ·   start {2}   ·   {3}").format(
            self.step_index, total, fmt_point(self.start), self.surface.formula))

    def board_rows(self) -> list[BoardRow]:
        """Leaderboard rows (sorted): name, lr, steps (int or None), value now, diverged."""
        eps = float(self.eps_field.value())
        items = self.cache.items[: self.step_index + 1]
        rows: list[BoardRow] = []
        for key in self.racers():
            if not items:
                break
            steps = [it[key] for it in items]
            reached = steps_to_reach(steps, eps)
            diverged = any(s.diverged or getattr(s, "flew_off", False) for s in steps)
            rows.append({"name": key, "lr": float(self.lr_fields[key].value()), "steps": reached,
                         "value": float(steps[-1].value), "diverged": diverged})
        rows.sort(key=lambda r: (r["steps"] is None, r["steps"] if r["steps"] is not None else 0,
                                 r["diverged"], r["value"] if np.isfinite(r["value"]) else np.inf))
        return rows

    def _update_board(self) -> None:
        ended = bool(self.cache.items) and self.at_end()  # the race is over: who has not finished never will
        self.board_box.show_rows(self.board_rows(), ended, float(self.eps_field.value()), self.presentation)

    def race_csv(self) -> CsvTable:
        """Every racer's points up to the current step, full precision."""
        header = ["k"]
        names = self.racers()
        for key in names:
            header += [f"{key}_x0", f"{key}_x1", f"{key}_f"]
        rows = []
        for k, it in enumerate(self.cache.items[: self.step_index + 1]):
            row: list[Any] = [k]
            for key in names:
                s = it[key]
                row += [float(s.x[0]), float(s.x[1]), float(s.value)]
            rows.append(row)
        return CsvTable(header, rows)

    # ================================================================== panel glue
    def set_presentation(self, on: bool) -> None:
        self.presentation = on
        for w in (self.gradient_combo, self.start_row, self.eps_field):
            self.form.setRowVisible(w, not on)
        self.playback.set_presentation(on)
        self.picker.restyle()
        for field in self.findChildren(NumberField):
            field.restyle()
        self._style_items()  # the leaderboard's presentation too (its width starts afresh)
        self._refresh()
        self.board_box.refit()  # same texts, new font

    def shutdown(self) -> None:
        self.playback.pause()
