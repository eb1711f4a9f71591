"""The training view's layout at 1280x720 in the main window: the runs list shows at least five runs without
scrolling in normal mode, with the settings column whole, and stands beside the views in presentation mode
(more runs, the curves keeping their height). No dataset needed: the runs are records without training."""
from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from dlfs_studio.app.panels.training.presets import DEFAULTS, PRESET_BY_KEY, network_config
from dlfs_studio.app.panels.training_panel import TrainingPanel


@pytest.fixture
def window(qtbot, tmp_path):
    from dlfs_studio.app.main_window import MainWindow

    settings = QSettings(str(tmp_path / "main.ini"), QSettings.Format.IniFormat)
    made: list[TrainingPanel] = []

    def factory():
        made.append(TrainingPanel(settings=settings, autoload=False))
        return made[-1]

    w = MainWindow(settings=settings, panel_factories={"training": factory})
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    qtbot.waitExposed(w)
    w.show_panel("training")
    qtbot.waitUntil(lambda: bool(made))
    yield w, made[0]
    if w.is_presentation_mode():
        w.set_presentation_mode(False)
    made[0].shutdown()


def _settle(w) -> None:
    for _ in range(5):
        QApplication.processEvents()
    w.grab()
    QApplication.processEvents()


def _rows_inside(panel) -> int:
    """How many rows are drawn whole inside the table's viewport."""
    table = panel.runs_list.table
    height = table.viewport().height()
    return sum(1 for r in range(table.rowCount())
               if table.visualRect(table.model().index(r, 0)).bottom() < height)


def test_the_runs_list_shows_five_runs_at_1280x720(window):
    w, panel = window
    c = panel.controller
    cfg = network_config(PRESET_BY_KEY["ch4"].network, DEFAULTS)
    for _ in range(7):
        c.new_run(dict(DEFAULTS), cfg, None, "ch4")
    c.runsChanged.emit()
    _settle(w)
    assert panel.runs_list.table.rowCount() == 7
    assert _rows_inside(panel) >= 5 and panel.runs_list.visible_rows() >= 5
    # the settings column keeps its width, and the views keep most of the height
    assert panel.left.isVisible() and panel.controls_scroll.width() >= panel.controls_scroll.minimumWidth()
    assert panel.tabs.height() >= 330, panel.tabs.height()

    w.set_presentation_mode(True)
    _settle(w)
    assert panel.runs_list.isVisible()
    assert _rows_inside(panel) >= 5
    assert panel.tabs.height() >= 380, panel.tabs.height()  # beside the curves, not under them
    names = [panel.runs_list.table.item(r, 0).text() for r in range(7)]
    assert names == [f"run {k}" for k in range(1, 8)]

    w.set_presentation_mode(False)
    _settle(w)
    assert _rows_inside(panel) >= 5 and panel.left.isVisible()
    assert not panel.runs_list.table.isColumnHidden(4 - 1)  # every column is back
