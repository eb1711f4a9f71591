"""What the frame-time work on the descent panel must not change: the growing paths drawn as frozen pieces
plus a live tail show the same points as one path, follow a step back or a new run, and what is drawn from
caches (the surface, the frozen pieces) is drawn again when the surface, the run or the style changes."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtGui import QImage

pytest.importorskip("pytestqt")

from dlfs_studio.app.growing_path import GrowingPath
from dlfs_studio.core.surfaces import SURFACES


def _image(widget) -> QImage:
    return widget.grab().toImage()


def _path(n: int, shift: float = 0.0) -> tuple[np.ndarray, np.ndarray]:
    k = np.arange(n, dtype=float)
    return np.cos(k / 7) * (1 + k / 50) + shift, np.sin(k / 5) + shift


@pytest.fixture
def plot(qtbot):
    widget = pg.PlotWidget()
    widget.resize(500, 400)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.getPlotItem().vb.setRange(xRange=(-4, 4), yRange=(-2, 2), padding=0)
    return widget


def _pieces_cover(path: GrowingPath, x: np.ndarray, y: np.ndarray) -> None:
    """Frozen lines + the live line are the path cut into overlapping pieces; the dots are each point once."""
    line_x = []
    dot_x = []
    for child in path.childItems():
        if isinstance(child, pg.PlotCurveItem) and child is not path.curve:
            cx, _ = child.getData()
            line_x.append(np.asarray(cx))
        elif isinstance(child, pg.ScatterPlotItem) and child is not path.scatter:
            dot_x.append(np.asarray(child.getData()[0]))
    tail_x, _ = path.curve.getData()
    dots_tail, _ = path.scatter.getData()
    assert len(line_x) == path.piece_count()
    c = GrowingPath.CHUNK
    for i, lx in enumerate(line_x):
        np.testing.assert_array_equal(lx, x[i * c:(i + 1) * c + 1])
    np.testing.assert_array_equal(tail_x, x[path.piece_count() * c:])
    np.testing.assert_array_equal(np.concatenate(dot_x + [np.asarray(dots_tail)]), x)


def test_growing_path_holds_the_whole_path_in_pieces(plot, qtbot):
    path = GrowingPath(pen="r", symbol="o", symbolSize=5, symbolBrush="r")
    plot.addItem(path)
    x, y = _path(200)
    for n in range(1, 201):  # one point a frame, as an animation adds them
        path.set_path(x[:n], y[:n])
    gx, gy = path.getData()
    np.testing.assert_array_equal(gx, x)
    np.testing.assert_array_equal(gy, y)
    assert path.piece_count() == (200 - 1) // GrowingPath.CHUNK
    _pieces_cover(path, x, y)
    # a step back into a frozen piece, then forward again
    path.set_path(x[:GrowingPath.CHUNK * 2], y[:GrowingPath.CHUNK * 2])
    _pieces_cover(path, x[:GrowingPath.CHUNK * 2], y[:GrowingPath.CHUNK * 2])
    path.set_path(x, y)
    _pieces_cover(path, x, y)
    # a new run with as many points: every piece is cut again from the new points
    x2, y2 = _path(200, shift=0.5)
    path.set_path(x2, y2)
    _pieces_cover(path, x2, y2)
    path.set_path(np.empty(0), np.empty(0))
    assert path.piece_count() == 0


def test_growing_path_draws_like_one_path(plot, qtbot):
    """The pieces draw the picture a single PlotDataItem draws (the same pixels, up to the antialiased
    joints where pieces meet)."""
    x, y = _path(150)
    style = dict(pen=pg.mkPen("#1f77b4", width=2), symbol="o", symbolSize=6, symbolBrush="#1f77b4",
                 symbolPen=pg.mkPen("w", width=0.8))
    single = pg.PlotDataItem(x, y, **style)
    plot.addItem(single)
    qtbot.wait(10)
    reference = _image(plot)
    plot.removeItem(single)
    grown = GrowingPath(**style)
    plot.addItem(grown)
    for n in range(1, 151):
        grown.set_path(x[:n], y[:n])
    assert grown.piece_count() >= 3
    qtbot.wait(10)
    drawn = _image(plot)
    a = np.frombuffer(reference.constBits(), np.uint8).reshape(reference.height(), -1).astype(int)
    b = np.frombuffer(drawn.constBits(), np.uint8).reshape(drawn.height(), -1).astype(int)
    assert a.shape == b.shape
    differ = np.abs(a - b) > 40
    assert differ.mean() < 0.002, differ.sum()


def test_restyling_reaches_the_frozen_pieces(plot, qtbot):
    x, y = _path(120)
    path = GrowingPath(pen="r", symbol="o", symbolSize=5, symbolBrush="r")
    plot.addItem(path)
    path.set_path(x, y)
    assert path.piece_count() > 0
    before = _image(plot)
    path.setPen(pg.mkPen("g", width=3))
    path.setSymbolBrush("b")
    path.setSymbolSize(9)
    for child in path.childItems():
        if isinstance(child, pg.PlotCurveItem):
            assert child.opts["pen"].color().name() == "#00ff00"
        if isinstance(child, pg.ScatterPlotItem):
            assert child.opts["brush"].color().name() == "#0000ff" and child.opts["size"] == 9
    assert _image(plot) != before


def test_descent_map_redraws_its_cached_surface_when_the_surface_changes(descent_panel, qtbot):
    view = descent_panel.descent
    before = _image(view.map_plot)
    surface = SURFACES["rosenbrock"] if view.surface.name != "rosenbrock" else SURFACES["sphere"]
    view._on_surface(surface)
    qtbot.wait(10)
    assert _image(view.map_plot) != before


def test_descent_trail_follows_steps_back_and_a_new_start(descent_panel, qtbot):
    view = descent_panel.descent
    view.steps_field.set_value(200)
    view.reset()
    view.step_forward(150)
    xs, ys = view.trail.getData()
    assert len(xs) == 151 and view.trail.piece_count() > 0
    expected = np.array([s.x for s in view.shown_steps()])
    np.testing.assert_array_equal(np.column_stack([xs, ys]), expected)
    view.step_back(100)
    xs, _ = view.trail.getData()
    assert len(xs) == view.step_index + 1
    view.set_start(2.0, -1.0)
    xs, ys = view.trail.getData()
    expected = np.array([s.x for s in view.shown_steps()])
    np.testing.assert_array_equal(np.column_stack([xs, ys]), expected)
    assert xs[0] == 2.0 and ys[0] == -1.0


def test_race_paths_follow_a_new_start(descent_panel, qtbot):
    race = descent_panel.race
    race.steps_field.set_value(120)
    race.reset()
    race.step_forward(100)
    for name in race.racers():
        x, y = race.paths[name].getData()
        np.testing.assert_array_equal(np.column_stack([x, y]), race.path(name))
        assert len(x) == 101
    race.set_start(3.0, 1.0)
    for name in race.racers():
        x, y = race.paths[name].getData()
        assert (x[0], y[0]) == (3.0, 1.0)
        np.testing.assert_array_equal(np.column_stack([x, y]),
                                      np.array([it[name].x for it in race.cache.items[:race.step_index + 1]]))


def test_race_view_not_on_screen_draws_its_paths_when_shown_or_exported(descent_panel, qtbot):
    """Only the race page on screen redraws its paths each step; the other draws them when shown (or exported)."""
    race = descent_panel.race
    descent_panel.show_tab("race")
    race.set_grid_view(False)
    race.steps_field.set_value(80)
    race.reset()
    race.step_forward(60)
    name = "sgd"
    grid_path = race.grid_paths[name]
    assert grid_path.is_stale()
    x, y = grid_path.getData()  # the data is current even before it is drawn
    np.testing.assert_array_equal(np.column_stack([x, y]), race.path(name))
    race.prepare_export()
    assert not grid_path.is_stale()
    tail_x, _ = grid_path.curve.getData()
    np.testing.assert_array_equal(tail_x, race.path(name)[grid_path.piece_count() * GrowingPath.CHUNK:, 0])
    race.step_forward(5)
    assert grid_path.is_stale() and not race.paths[name].is_stale()
    race.set_grid_view(True)
    assert not grid_path.is_stale()
    before = _image(race.grid_widget)
    race.step_forward(10)
    assert race.paths[name].is_stale() and not grid_path.is_stale()
    assert _image(race.grid_widget) != before
    race.set_grid_view(False)
    assert not race.paths[name].is_stale()
    x, _ = race.paths[name].getData()
    assert len(x) == race.step_index + 1


def _colors_in(image: QImage, rect) -> set[int]:
    return {image.pixel(x, y) & 0xFFFFFF for x in range(rect.left(), rect.right())
            for y in range(rect.top(), rect.bottom())}


def test_ledger_cells_draw_selection_and_palette_colours(descent_panel, qtbot):
    """The ledger's delegate keeps the view's text colour between cells: a selected cell still gets the highlight,
    and a new palette (or a disabled view) recolours the text."""
    from PySide6.QtGui import QColor, QPalette

    view = descent_panel.descent
    view.step_forward(5)
    ledger = view.ledger
    index = ledger.model().index(2, 1)
    ledger.setCurrentIndex(index)
    ledger.selectionModel().select(index, ledger.selectionModel().SelectionFlag.ClearAndSelect)
    qtbot.wait(10)
    rect = ledger.visualRect(index)
    image = ledger.viewport().grab().toImage()
    highlight = ledger.palette().color(QPalette.ColorRole.Highlight).rgb() & 0xFFFFFF
    assert highlight in _colors_in(image, rect)
    ledger.selectionModel().clearSelection()
    palette = ledger.palette()
    palette.setColor(QPalette.ColorRole.Text, QColor("#ff0000"))
    ledger.setPalette(palette)
    qtbot.wait(10)
    other = ledger.visualRect(ledger.model().index(1, 1))
    assert 0xFF0000 in _colors_in(ledger.viewport().grab().toImage(), other)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#00ff00"))
    ledger.setPalette(palette)
    ledger.setEnabled(False)
    qtbot.wait(10)
    assert 0x00FF00 in _colors_in(ledger.viewport().grab().toImage(), other)


def cached_pixmap_kib(widget) -> float:
    """KiB of pixmaps the visible cached items of ``widget``'s plots need (each: its device rectangle, clipped
    to its view, at 4 bytes a pixel), i.e. what Qt must hold in QPixmapCache to blit them on every frame."""
    import pyqtgraph as pg
    from PySide6.QtWidgets import QGraphicsItem

    total = 0.0
    for view in widget.findChildren(pg.GraphicsView):
        if not view.isVisible():
            continue
        port = view.viewport().rect()
        for item in view.scene().items():
            if item.cacheMode() == QGraphicsItem.CacheMode.NoCache or not item.isVisible():
                continue
            rect = view.mapFromScene(item.sceneBoundingRect()).boundingRect().intersected(port)
            total += rect.width() * rect.height() * 4 / 1024
    return total


@pytest.mark.parametrize("presentation", [False, True])
@pytest.mark.parametrize("tab", ["descent", "race", "numdiff"])
def test_cached_plot_pixmaps_fit_in_the_pixmap_cache(descent_panel, qtbot, presentation, tab):
    """The surface, axes and frozen path pieces are blitted from pixmaps in Qt's QPixmapCache; if they did not all
    fit, Qt would drop and redraw them on every frame."""
    from PySide6.QtGui import QPixmapCache

    descent_panel.set_presentation_mode(presentation)
    descent_panel.show_tab(tab)
    if tab == "descent":
        descent_panel.descent.step_forward(15)
    elif tab == "race":
        descent_panel.race.step_forward(25)
    qtbot.wait(10)
    assert cached_pixmap_kib(descent_panel) < 0.8 * QPixmapCache.cacheLimit()


def test_a_step_does_not_relayout_the_panel(descent_panel, qtbot):
    """The status line gets a new text every step; that must not ask the splitters above it to lay the whole
    tab out again on every frame (it did: a new label text climbed every layout up to the panel)."""
    from PySide6.QtCore import QEvent, QObject

    view = descent_panel.descent
    view.steps_field.set_value(100)
    view.reset()
    view.step_forward(3)
    qtbot.wait(10)

    class Counter(QObject):
        count = 0

        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.LayoutRequest:
                Counter.count += 1
            return False

    counter = Counter()
    for widget in (view.splitter, view.plots_widget, view):
        widget.installEventFilter(counter)
    map_top = view.map_plot.mapTo(view, view.map_plot.rect().topLeft()).y()
    for _ in range(10):
        view.step_forward(1)
        qtbot.wait(1)
    assert "k = 13 of 100" in view.status.text()
    assert Counter.count == 0
    assert view.map_plot.mapTo(view, view.map_plot.rect().topLeft()).y() == map_top


def test_value_chart_draws_dots_for_short_runs_and_a_line_for_long_ones(descent_panel, qtbot):
    from dlfs_studio.app.panels.descent.value_chart import DOTS_UP_TO

    view = descent_panel.descent
    view.steps_field.set_value(200)
    view.reset()
    view.step_forward(10)
    curve = view.chart.curve
    assert curve.opts["symbol"] == "o"
    view.step_forward(DOTS_UP_TO + 20)
    assert curve.opts["symbol"] is None  # the dots would merge into the line: only the line is drawn
    xs, _ = curve.getData()
    assert len(xs) == view.step_index + 1  # every step still on the line
    view.step_back(DOTS_UP_TO + 10)
    assert curve.opts["symbol"] == "o"
    descent_panel.set_presentation_mode(True)
    assert curve.opts["symbol"] == "o"  # restyling keeps the choice
