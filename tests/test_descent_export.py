"""Export of the race tab's two plot pages: the book's 2x2 figure exports whole even if it was never shown
("One plot", play, export), and the single race plot exports laid out (at least its on-screen size) while the
2x2 view is up."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage

pytest.importorskip("pytestqt")

from dlfs_studio.app import style
from dlfs_studio.app.export import export_image, normalise_targets
from dlfs_studio.app.panels.descent.race_view import GRID_OPTIMIZERS
from dlfs_studio.app.panels.descent_panel import DescentPanel


@pytest.fixture
def panel(descent_panel):
    return descent_panel


def target(panel, name: str):
    return next(t for t in normalise_targets(panel.export_targets()) if t.name == name)


def colour_pixels(image: QImage, color: str, x0: int, y0: int, x1: int, y1: int, step: int = 2) -> int:
    """How many pixels (sampled every ``step``) in the box are close to ``color``."""
    want = QColor(color)
    count = 0
    for y in range(y0, y1, step):
        for x in range(x0, x1, step):
            c = image.pixelColor(x, y)
            if abs(c.red() - want.red()) + abs(c.green() - want.green()) + abs(c.blue() - want.blue()) < 40:
                count += 1
    return count


def test_the_2x2_figure_exports_whole_though_never_shown(panel, qtbot, tmp_path):
    panel.show_tab("race")
    race = panel.race
    assert race.stack.currentWidget() is race.race_plot  # "One plot": the 2x2 page was never shown
    race.playback.speed_field.type_text("500")
    race.play()
    qtbot.waitUntil(lambda: not race.is_playing(), timeout=10000)
    assert race.step_index == 30

    path = export_image(target(panel, "Figure 6-8 (2×2)").plot, tmp_path / "grid.png")
    image = QImage(str(path))
    stack = race.stack.size()
    # the figure has the size of the plot area (doubled for sharpness), not a never-sized 321x170
    assert image.width() >= 1.8 * stack.width() and image.height() >= 1.8 * stack.height()
    for plot in race.grid_plots.values():
        assert plot.vb.width() > 150 and plot.vb.height() > 150
    w, h = image.width(), image.height()
    for i, key in enumerate(GRID_OPTIMIZERS):  # each quadrant shows its optimizer's path
        x0, y0 = (i % 2) * w // 2, (i // 2) * h // 2
        assert colour_pixels(image, style.OPTIMIZER_COLORS[key], x0, y0, x0 + w // 2, y0 + h // 2) > 50, key
    assert not race.grid_widget.isVisible()  # exporting did not switch the view


def test_the_race_plot_exports_at_its_size_while_the_2x2_view_is_shown(panel, qtbot, tmp_path):
    panel.show_tab("race")
    race = panel.race
    race.set_grid_view(True)
    qtbot.wait(20)
    panel.resize(1100, 680)  # the hidden single plot keeps its old size until laid out again
    qtbot.wait(50)
    race.step_forward(30)
    path = export_image(target(panel, "Optimizer race").plot, tmp_path / "race.png")
    image = QImage(str(path))
    stack = race.stack.size()
    assert race.race_plot.width() >= stack.width() and race.race_plot.height() >= stack.height()
    assert image.width() >= 1.8 * stack.width() and image.height() >= 1.8 * stack.height()
    vb = race.race_plot.getPlotItem().vb
    assert vb.width() > 0.7 * stack.width() and vb.height() > 0.7 * stack.height()


def test_a_race_tab_never_laid_out_exports_a_full_size_figure(qtbot, tmp_path):
    panel = DescentPanel()
    qtbot.addWidget(panel)
    race = panel.race  # built, never shown
    race.step_forward(30)
    path = export_image(target(panel, "Figure 6-8 (2×2)").plot, tmp_path / "grid.png")
    image = QImage(str(path))
    assert image.width() >= 1200 and image.height() >= 1000
    panel.shutdown()
