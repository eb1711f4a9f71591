"""The descent panel remembers its surface, optimizer, learning rate, start point, speeds and sub-tab across
restarts (QSettings, redirected to a temporary folder by conftest's tmp_settings), and answers the lecturer
keys (Space, Right, Left, Home) in its animated tabs."""
from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from dlfs_studio.app.main_window import make_settings
from dlfs_studio.app.panels.descent_panel import DescentPanel


def new_panel(qtbot) -> DescentPanel:
    panel = DescentPanel()
    qtbot.addWidget(panel)
    panel.resize(1280, 720)
    panel.show()
    return panel


def test_choices_survive_a_restart(qtbot):
    panel = new_panel(qtbot)
    view = panel.descent
    view.picker.select("himmelblau")
    view.optimizer_combo.setCurrentIndex(view.optimizer_combo.findData("adam"))
    view.lr_field.type_text("0.05")
    view.lr_field.commit()
    view.set_start(1.5, -2.25)
    view.playback.speed_field.set_value(20.0)
    panel.race.playback.speed_field.set_value(9.0)
    panel.show_tab("race")
    panel.shutdown()
    panel.close()

    again = new_panel(qtbot)
    assert again.tabs.currentIndex() == DescentPanel.KEYS.index("race")
    view = again.descent
    assert view.surface.name == "himmelblau"
    assert view.optimizer_name() == "adam"
    assert view.lr_field.value() == 0.05
    assert tuple(view.start) == (1.5, -2.25)
    assert view.playback.speed_field.value() == 20.0
    assert again.race.playback.speed_field.value() == 9.0
    again.shutdown()


def test_a_custom_expression_and_a_dragged_start_are_remembered_without_shutdown(qtbot):
    panel = new_panel(qtbot)
    view = panel.descent
    assert view.picker.apply_expression("x0**2 + 3*x1**2")
    view.set_start(-1.0, 0.5)  # as a click on the map does: saved at once, not only at shutdown
    again = new_panel(qtbot)
    assert again.descent.surface.formula.replace(" ", "") == view.surface.formula.replace(" ", "")
    assert again.descent.picker.expr_edit.text() == "x0**2 + 3*x1**2"
    assert tuple(again.descent.start) == (-1.0, 0.5)
    panel.shutdown()
    again.shutdown()


def test_a_damaged_settings_file_falls_back_to_the_defaults(qtbot):
    settings = make_settings()
    for key, value in {"surface": "no-such-surface", "optimizer": "warp", "lr": "1e999", "start_x0": "nan",
                       "start_x1": "4", "speed": "-3", "tab": "elsewhere"}.items():
        settings.setValue(f"descent/{key}", value)
    settings.sync()
    panel = new_panel(qtbot)
    view = panel.descent
    assert view.surface.name == "sphere" and view.optimizer_name() == "sgd"
    assert view.lr_field.value() == 0.1 and tuple(view.start) == (-3.0, 4.0)
    assert view.playback.speed_field.value() == 4.0 and panel.tabs.currentIndex() == 0
    panel.shutdown()


@pytest.mark.parametrize("tab", ["descent", "race"])
def test_lecturer_keys_drive_the_animation(descent_panel, tab):
    descent_panel.show_tab(tab)
    view = getattr(descent_panel, tab)
    assert descent_panel.lecturer_key("step_forward") and view.step_index == 1
    assert descent_panel.lecturer_key("step_forward") and view.step_index == 2
    assert descent_panel.lecturer_key("step_back") and view.step_index == 1
    assert descent_panel.lecturer_key("play_pause") and view.is_playing()
    assert descent_panel.lecturer_key("play_pause") and not view.is_playing()
    view.step_forward(3)
    assert descent_panel.lecturer_key("reset") and view.step_index == 0
    assert not descent_panel.lecturer_key("zoom")


def test_lecturer_keys_are_not_taken_where_nothing_animates(descent_panel):
    descent_panel.show_tab("numdiff")
    assert not descent_panel.lecturer_key("play_pause")
    assert not descent_panel.lecturer_key("step_forward")
