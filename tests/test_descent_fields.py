"""The descent panel's inputs, driven like a user: the custom surface's Use button (and every other button)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

pytest.importorskip("pytestqt")

from app.panels.descent.descent_view import CUSTOM  # noqa: E402
from app.panels.descent_panel import DescentPanel  # noqa: E402


@pytest.fixture
def panel(qtbot):
    p = DescentPanel()
    qtbot.addWidget(p)
    p.resize(1280, 720)
    p.show()
    qtbot.waitExposed(p)
    yield p
    p.shutdown()


# ----------------------------------------------------------------------------- 1. buttons
@pytest.mark.parametrize("tab", ["descent", "race"])
def test_use_button_draws_the_typed_expression(panel, qtbot, tab):
    view = getattr(panel, tab)
    panel.show_tab(tab)
    picker = view.picker
    picker.combo.setCurrentIndex(picker.combo.findData(CUSTOM))
    assert picker.apply_button.isVisible()
    qtbot.keyClicks(picker.expr_edit, "x0**2 + 3*sin(x1)")
    qtbot.mouseClick(picker.apply_button, Qt.MouseButton.LeftButton)
    assert picker.expr_edit.text() == "x0**2 + 3*sin(x1)"  # not replaced by the button's 'checked' flag
    assert not picker.error.isVisible()
    assert view.surface.formula.replace(" ", "") == "x0**2+3*sin(x1)"
    assert view.layer.surface is view.surface


def test_every_button_of_the_panel_can_be_clicked(panel, qtbot):
    """A clicked(bool) connected to a slot with a default argument passes the flag as that argument;
    pytest-qt turns any exception raised in a slot into a failure."""
    from PySide6.QtWidgets import QPushButton

    for tab in DescentPanel.KEYS:
        panel.show_tab(tab)
        view = getattr(panel, tab)
        if hasattr(view, "picker"):
            view.picker.combo.setCurrentIndex(view.picker.combo.findData(CUSTOM))
        for button in view.findChildren(QPushButton):
            if button.isVisible():
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        if hasattr(view, "playback"):
            view.playback.pause()
