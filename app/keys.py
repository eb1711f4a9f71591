"""Keys the main window handles for the whole window, whatever widget has the focus.

* Window-wide shortcuts (Ctrl+E, Ctrl+Shift+E): a text field "overrides" every Ctrl+letter it knows
  (QLineEdit's Ctrl+E moves the cursor to the end), so these shortcuts did nothing while the learner was
  typing a number. :class:`KeyRouter` refuses that override for the window's own shortcuts.
* Lecturer keys: Space (play/pause), Right/Left (step forward/back) and Home (reset) go to the current
  panel's optional ``lecturer_key(action) -> bool`` unless the focus is in a widget that uses those keys
  itself (a text field, a spin box, a slider, an editable combo box or a cell being edited). When the panel
  returns False (or has no such method) the key goes on to the focused widget as usual.
"""
from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

#: Key -> the action name of the lecturer-key protocol (see the main window's docstring).
LECTURER_KEYS: dict[Qt.Key, str] = {
    Qt.Key.Key_Space: "play_pause",
    Qt.Key.Key_Right: "step_forward",
    Qt.Key.Key_Left: "step_back",
    Qt.Key.Key_Home: "reset",
}


def uses_keys_itself(widget: QWidget | None) -> bool:
    """True when ``widget`` needs Space/arrows/Home for itself (typing, a spin box, a slider...)."""
    if widget is None:
        return False
    if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QAbstractSlider)):
        return not (isinstance(widget, (QTextEdit, QPlainTextEdit)) and widget.isReadOnly())
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    # an item view with a cell editor open: the editor is the focus widget, caught above
    return False


class KeyRouter(QObject):
    """Event filter for one window: see the module docstring.

    ``actions()`` returns the window's actions whose shortcuts must work in text fields too;
    ``panel()`` returns the current panel (or None). The filter sits on the window and on whichever of its
    widgets has the keyboard focus (key events go to the focus widget first), never on the whole application,
    so the other events (mouse moves, paints, timers) never pass through Python here.
    """

    def __init__(self, window: QWidget, actions: Callable[[], list[QAction]],
                 panel: Callable[[], QObject | None]) -> None:
        super().__init__(window)
        self._window = window
        self._actions = actions
        self._panel = panel
        self._watched: QWidget | None = None
        self._attached = True
        window.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow_focus)
            self._follow_focus(None, QApplication.focusWidget())

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._watched is not None and self._watched is not self._window:
            with contextlib.suppress(RuntimeError):  # the widget may be deleted already
                self._watched.removeEventFilter(self)
        self._watched = None
        if new is not None and self._in_window(new) and new is not self._window:
            new.installEventFilter(self)
            self._watched = new

    def detach(self) -> None:
        """Stop routing (the window closes); safe to call twice."""
        if not self._attached:
            return
        self._attached = False
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.disconnect(self._follow_focus)
        self._follow_focus(None, None)
        self._window.removeEventFilter(self)

    def _in_window(self, obj: QObject) -> bool:
        return isinstance(obj, QWidget) and obj.window() is self._window

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and self._in_window(obj):
            pressed = QKeySequence(event.keyCombination())
            if any(a.isEnabled() and any(s.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch
                                         for s in a.shortcuts()) for a in self._actions()):
                event.ignore()  # not overridden: the shortcut fires
                return True
            return False
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._lecturer_key(obj, event)
        return False

    def _lecturer_key(self, obj: QObject, event: QKeyEvent) -> bool:
        action = LECTURER_KEYS.get(Qt.Key(event.key()))
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if action is None or mods != Qt.KeyboardModifier.NoModifier or not self._in_window(obj):
            return False
        focus = QApplication.focusWidget()
        # a key event travels from the focus widget up to its parents: act once, at the first receiver
        if obj is not (focus if focus is not None and self._in_window(focus) else self._window):
            return False
        if uses_keys_itself(focus):
            return False
        handler = getattr(self._panel(), "lecturer_key", None)
        if not callable(handler):
            return False
        try:
            return bool(handler(action))
        except Exception:  # a panel's bug must not eat the keyboard
            import traceback

            traceback.print_exc()
            return False
