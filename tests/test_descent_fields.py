"""The descent panel's typed inputs, driven key by key like a user: the custom surface's Use button (and every
other button), start points typed digit by digit, and invalid or out-of-range numbers: never applied, explained
in a visible message under the field, and the field back to the value in use on Enter, focus-out or Escape."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

pytest.importorskip("pytestqt")

from dlfs_studio.app.panels.descent.fields import NumberField
from dlfs_studio.app.panels.descent.surface_picker import CUSTOM
from dlfs_studio.app.panels.descent_panel import DescentPanel

BOOK_START = np.array([-3.0, 4.0])


@pytest.fixture
def panel(descent_panel):
    return descent_panel


def type_keys(qtbot, field: NumberField, text: str, finish: str | None = "enter") -> list[str]:
    """Select the field's text and type ``text`` key by key; returns the field's text after each key."""
    edit = field.edit
    edit.setFocus()
    edit.selectAll()
    seen = []
    for ch in text:
        qtbot.keyClicks(edit, ch)
        seen.append(edit.text())
    if finish == "enter":
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    elif finish == "escape":
        qtbot.keyClick(edit, Qt.Key.Key_Escape)
    return seen


def prefixes(text: str) -> list[str]:
    return [text[: i + 1] for i in range(len(text))]


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


# ----------------------------------------------------------------------------- 2. typing is never rewritten
@pytest.mark.parametrize("tab", ["descent", "race"])
@pytest.mark.parametrize("text, expected", [("12", 12.0), ("-3.5", -3.5), ("0.5", 0.5), ("1e5", 1e5)])
def test_a_start_typed_key_by_key_is_used_as_typed(panel, qtbot, tab, text, expected):
    view = getattr(panel, tab)
    panel.show_tab(tab)
    seen = type_keys(qtbot, view.start_x0, text)
    assert seen == prefixes(text)  # never reformatted while typing ("1" did not become "1.0")
    assert view.start_x0.edit.text() == text
    assert view.start[0] == expected and view.start_x0.value() == expected
    view.step_forward(1)
    first = view.steps[0].x if tab == "descent" else view.path(view.racers()[0])[0]
    assert first[0] == expected


def valid_text(field: NumberField) -> str:
    """A multi-key text the field accepts and does not show now."""
    for text in ("12", "0.25", "0.5", "2.5", "25"):
        if field.rule.problem(text) is None and field.rule.parse(text) != field.value():
            return text
    raise AssertionError(f"no test text for a field from {field.rule.minimum} to {field.rule.maximum}")


def test_no_number_field_rewrites_the_text_while_typing(panel, qtbot):
    for tab in DescentPanel.KEYS:
        panel.show_tab(tab)
        for field in getattr(panel, tab).findChildren(NumberField):
            if not field.isVisible():
                continue
            text = valid_text(field)
            seen = type_keys(qtbot, field, text)
            assert seen == prefixes(text), (tab, field.toolTip())
            assert field.edit.text() == text
            expected = int(text) if field.rule.integer else float(text)
            assert field.value() == expected and not field.message_text()


# ----------------------------------------------------------------------------- 3. the value used is the value shown
def test_an_out_of_range_learning_rate_is_not_applied_even_half_typed(panel, qtbot):
    view = panel.descent
    field = view.lr_field
    seen = type_keys(qtbot, field, "200", finish=None)
    assert seen == ["2", "20", "200"]
    assert field.value() == 0.1  # neither the half-typed 20 nor 200: the value the editing began with
    view.step_forward(1)
    np.testing.assert_allclose(view.current_step().x, 0.8 * BOOK_START)  # a 0.1 step, not 20's (117, -156)
    qtbot.waitUntil(lambda: field.message.isVisible(), timeout=3000)  # inline, not only a tooltip
    assert "between 1e-12 and 100" in field.message_text()
    assert "still using 0.1" in field.message_text()
    assert field.edit.property("invalid")  # tinted red

    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert field.edit.text() == "0.1" and field.value() == 0.1  # shown = used
    assert field.message.isVisible()
    assert "“200” was not applied" in field.message_text() and "Back to 0.1" in field.message_text()
    view.reset()
    view.step_forward(1)
    np.testing.assert_allclose(view.current_step().x, 0.8 * BOOK_START)

    type_keys(qtbot, field, "0.2")  # a good value clears the message
    assert field.value() == 0.2 and not field.message.isVisible() and not field.edit.property("invalid")


@pytest.mark.parametrize("name, text, kept, kept_text", [
    ("lr_field", "1e308", 0.1, "0.1"),
    ("steps_field", "2.5", 20, "20"),
    ("steps_field", "100000000", 20, "20"),
    ("start_x0", "1e7", -3.0, "-3"),
    ("h_field", "abc", 1e-4, "0.0001"),
])
def test_unusable_entries_are_refused_and_the_field_shows_the_value_used(panel, qtbot, name, text, kept,
                                                                          kept_text):
    view = panel.descent
    field = getattr(view, name)
    seen = type_keys(qtbot, field, text, finish=None)
    assert seen == prefixes(text)
    assert field.value() == kept
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert field.edit.text() == kept_text and field.value() == kept
    assert f"“{text}” was not applied" in field.message_text() and field.message.isVisible()
    assert view.start[0] == -3.0 and view.lr_field.value() == 0.1 and view.steps_field.value() == 20
    assert view.step_forward(10 ** 6) == 20  # the run is the default one
    np.testing.assert_allclose(view.current_step().x, 0.8 ** 20 * BOOK_START, rtol=1e-6)


def test_leaving_the_field_restores_the_value_in_use(panel, qtbot):
    view = panel.descent
    panel.activateWindow()
    qtbot.waitActive(panel)
    field = view.steps_field
    type_keys(qtbot, field, "2.5", finish=None)
    assert field.value() == 20
    view.lr_field.edit.setFocus()  # focus-out
    qtbot.waitUntil(lambda: field.edit.text() == "20", timeout=3000)
    assert field.value() == 20 and "“2.5” was not applied" in field.message_text()


def test_escape_drops_the_editing(panel, qtbot):
    view = panel.descent
    field = view.start_x1
    type_keys(qtbot, field, "7", finish=None)
    assert view.start[1] == 7.0  # live: a complete number in range is used at once
    qtbot.keyClick(field.edit, Qt.Key.Key_Escape)
    assert field.edit.text() == "4" and view.start[1] == 4.0 and not field.message_text()


def test_live_typing_uses_only_complete_values_in_range(panel, qtbot):
    view = panel.descent
    field = view.lr_field
    used = []
    field.valueChanged.connect(used.append)
    type_keys(qtbot, field, "0.05", finish=None)
    # "0", "0." and "0.0" are below the minimum: the run stays on 0.1 until "0.05" is complete
    assert used == [0.05] and field.value() == 0.05 and field.edit.text() == "0.05"
    assert not field.message_text()
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert field.edit.text() == "0.05" and field.value() == 0.05 and used == [0.05]


def test_a_refused_race_learning_rate_keeps_the_race(panel, qtbot):
    race = panel.race
    panel.show_tab("race")
    field = race.lr_fields["sgd"]
    type_keys(qtbot, field, "500")
    assert field.edit.text() == "0.95" and field.value() == 0.95
    assert "between 1e-6 and 100" in field.message_text()
    assert field.message.isVisible() and field.message.width() > field.edit.width()  # a full-width message
    assert {r["name"]: r["lr"] for r in race.board_rows()}["sgd"] == 0.95


def test_programmatic_values_still_reach_the_fields(panel):
    view = panel.descent
    view.start_x0.type_text("abc")  # a typing mistake in progress ...
    view.map_click(QPointF(1.5, -2.0))
    assert view.start_x0.edit.text() == "1.5" and view.start_x1.edit.text() == "-2"  # ... a click replaces it
    assert not view.start_x0.message_text()
    view.lr_field.set_value(0.3)
    assert view.lr_field.edit.text() == "0.3"
