"""The main window's app-wide behaviour: export shortcuts inside text fields, lecturer keys, the Language menu,
remembered presentation mode, Help > Panels explained, and the shown panel built just after the first paint."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QSlider, QVBoxLayout, QWidget

pytest.importorskip("pytestqt")

from dlfs_studio.app import help as app_help
from dlfs_studio.app import language
from dlfs_studio.app.main_window import PANEL_SPECS, MainWindow, make_settings


class X11LineEdit(QLineEdit):
    """A QLineEdit with the X11 key bindings Qt uses on a Linux desktop, where Ctrl+E is "move to the end of
    the line" and the line edit overrides that shortcut (the offscreen platform uses other bindings)."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_E and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            event.accept()
            return True
        return super().event(event)


class KeyPanel(QWidget):
    """A panel following the protocol, with a text field, a button and a slider, recording lecturer keys."""

    built = 0

    def __init__(self, name: str, handles: bool = True, unsaved: bool = False, answer: bool = True) -> None:
        super().__init__()
        KeyPanel.built += 1
        layout = QVBoxLayout(self)
        self.label = QLabel(QCoreApplication.translate("MainWindow", "Loss functions"))
        self.field = X11LineEdit()
        self.button = QPushButton("Play")
        self.slider = QSlider(Qt.Orientation.Horizontal)
        for w in (self.label, self.field, self.button, self.slider):
            layout.addWidget(w)
        self.name, self.handles, self.unsaved, self.answer = name, handles, unsaved, answer
        self.keys: list[str] = []
        self.asked: list[str] = []
        self.shut = False

    def title(self) -> str:
        return self.name

    def set_presentation_mode(self, on: bool) -> None:
        pass

    def export_targets(self) -> list:
        return []

    def shutdown(self) -> None:
        self.shut = True

    def lecturer_key(self, action: str) -> bool:
        self.keys.append(action)
        return self.handles

    def has_unsaved_work(self) -> bool:
        return self.unsaved

    def maybe_save(self, consequence: str) -> bool:
        self.asked.append(consequence)
        return self.answer


@pytest.fixture
def make_window(qtbot):
    windows: list[MainWindow] = []

    def make(**panel_kw) -> tuple[MainWindow, dict[str, list[KeyPanel]]]:
        made: dict[str, list[KeyPanel]] = {}

        def factory(key: str) -> KeyPanel:
            p = KeyPanel(key, **panel_kw)
            made.setdefault(key, []).append(p)
            return p

        w = MainWindow(panel_factories={k: (lambda k=k: factory(k)) for k, *_ in PANEL_SPECS})
        windows.append(w)
        qtbot.addWidget(w)
        w.resize(1280, 720)
        w.show()
        qtbot.waitExposed(w)
        w.activateWindow()
        qtbot.waitUntil(lambda: w.current_key() in w.created_panels())
        w.show_panel("loss")  # the tests below drive the loss tab (the first tab is chapter 3's forward pass)
        return w, made

    yield make
    if language.current_language() != "en":
        language.apply_language("en")
    for w in windows:
        if w.is_presentation_mode():
            w.set_presentation_mode(False)
        w._key_router.detach()
    assert QCoreApplication.translate("MainWindow", "Loss functions") == "Loss functions"


def test_export_shortcuts_work_while_a_text_field_has_the_focus(make_window, qtbot, monkeypatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(MainWindow, "export_image_dialog", lambda self: calls.append("image"))
    monkeypatch.setattr(MainWindow, "export_data_dialog", lambda self: calls.append("data"))
    _w, made = make_window()
    field = made["loss"][0].field
    field.setText("0.1, 0.05")
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.setCursorPosition(0)
    qtbot.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert calls == ["image", "data"]
    assert field.text() == "0.1, 0.05"
    # the field keeps its other keys: Ctrl+A still selects all
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert field.selectedText() == "0.1, 0.05"


def test_lecturer_keys_reach_the_current_panel_unless_a_text_field_has_the_focus(make_window, qtbot) -> None:
    w, made = make_window()
    panel = made["loss"][0]
    panel.button.setFocus()
    qtbot.waitUntil(panel.button.hasFocus)
    for key in (Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_Home):
        qtbot.keyClick(panel.button, key)
    assert panel.keys == ["play_pause", "step_forward", "step_back", "reset"]  # each once, not per parent
    panel.field.setFocus()
    qtbot.waitUntil(panel.field.hasFocus)
    qtbot.keyClick(panel.field, Qt.Key.Key_Space)
    qtbot.keyClick(panel.field, Qt.Key.Key_Home)
    assert panel.field.text() == " " and len(panel.keys) == 4  # typed, not routed
    panel.slider.setFocus()
    qtbot.waitUntil(panel.slider.hasFocus)
    qtbot.keyClick(panel.slider, Qt.Key.Key_Right)
    assert panel.slider.value() == 1 and len(panel.keys) == 4
    # with a modifier the key is not a lecturer key
    panel.button.setFocus()
    qtbot.keyClick(panel.button, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert len(panel.keys) == 4
    # the current panel gets them, not another one
    w.show_panel("descent")
    other = made["descent"][0]
    other.button.setFocus()
    qtbot.waitUntil(other.button.hasFocus)
    qtbot.keyClick(other.button, Qt.Key.Key_Space)
    assert other.keys == ["play_pause"] and len(panel.keys) == 4


def test_a_key_the_panel_declines_goes_on_to_the_focused_widget(make_window, qtbot) -> None:
    _w, made = make_window(handles=False)
    panel = made["loss"][0]
    clicks: list[bool] = []
    panel.button.clicked.connect(lambda: clicks.append(True))
    panel.button.setFocus()
    qtbot.waitUntil(panel.button.hasFocus)
    qtbot.keyClick(panel.button, Qt.Key.Key_Space)
    assert panel.keys == ["play_pause"] and clicks == [True]


def test_language_menu_switches_the_interface_live_and_is_remembered(make_window, qtbot) -> None:
    w, made = make_window()
    assert [a.text() for a in w.language_menu.actions()] == ["English", "日本語", "한국어", "简体中文"]
    assert w.language_actions["en"].isChecked()
    before = KeyPanel.built
    w.language_actions["ja"].trigger()
    assert language.current_language() == "ja"
    assert w.language_actions["ja"].isChecked()
    assert w.panel_tabs.tabText(1) == "損失関数"
    assert w.menuBar().actions()[0].text() == "ファイル(&F)"
    # the shown panel was rebuilt in Japanese, the old one shut down
    assert made["loss"][0].shut and KeyPanel.built == before + 1
    assert w.created_panels()["loss"] is made["loss"][1]
    assert made["loss"][1].label.text() == "損失関数"
    assert w.stack.currentWidget() is made["loss"][1]
    assert make_settings().value(language.SETTINGS_KEY) == "ja"
    assert language.saved_locale(make_settings()).name() == "ja_JP"
    w.language_actions["en"].trigger()
    assert w.panel_tabs.tabText(1) == "Loss functions"
    assert made["loss"][2].label.text() == "Loss functions"


def test_switching_language_asks_a_panel_with_unsaved_work_and_cancel_keeps_it(make_window, qtbot) -> None:
    w, made = make_window(unsaved=True, answer=False)
    panels = [made["forward"][0], made["loss"][0]]  # both built: the first tab, then the loss tab
    panel = made["loss"][0]
    assert not w.set_language("ko")
    asked = [p for p in panels if p.asked]
    assert asked and "language" in asked[0].asked[0]
    assert language.current_language() == "en" and w.language_actions["en"].isChecked()
    assert not panel.shut and w.created_panels()["loss"] is panel
    for p in panels:
        p.answer = True
    assert w.set_language("ko")
    assert panel.shut and w.panel_tabs.tabText(1) == "손실 함수"


def test_main_starts_in_the_saved_language_unless_lang_or_env_says_otherwise(tmp_settings, monkeypatch) -> None:
    s = make_settings()
    s.setValue(language.SETTINGS_KEY, "zh_CN")
    s.sync()
    assert language.saved_locale().name() == "zh_CN"
    s.setValue(language.SETTINGS_KEY, "xx")
    assert language.saved_locale(s) is None


def test_presentation_mode_is_remembered(qtbot) -> None:
    fakes = {k: (lambda k=k: KeyPanel(k)) for k, *_ in PANEL_SPECS}
    w = MainWindow(panel_factories=fakes)
    qtbot.addWidget(w)
    w.show()
    w.set_presentation_mode(True)
    w.close()
    w2 = MainWindow(panel_factories=fakes)
    qtbot.addWidget(w2)
    assert w2.is_presentation_mode() and w2.action_presentation.isChecked()
    w2.set_presentation_mode(False)
    w2.close()
    w3 = MainWindow(panel_factories=fakes)
    qtbot.addWidget(w3)
    assert not w3.is_presentation_mode()


def test_help_explains_each_registered_panel_with_sections_and_lists_the_lecturer_keys(make_window, qtbot) -> None:
    w, _made = make_window()
    w.action_panel_help.trigger()
    w.action_panel_help.trigger()  # pressing F1 again shows one dialog, not two
    QApplication.processEvents()
    dialogs = [d for d in QApplication.topLevelWidgets() if isinstance(d, app_help.HelpDialog) and d.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    text = dialog.browser.toPlainText()
    assert "Section 4.2" in text and "Sections 4.3–4.4 and 6.1" in text and "chapter 6" in text
    assert "cross-entropy error" in text and "Lecturer keys" in text and "Space" in text and "Home" in text
    dialog.close()
    # a key registered later shows its entry; an unknown key shows its tooltip
    html = app_help.help_html([("backprop", "Backpropagation", "tip"), ("new", "New panel", "What it does")])
    assert "Chapter 5" in html and "computational graph" in html and "What it does" in html
    assert all(k in app_help.PANEL_HELP for k in ("forward", "loss", "descent", "backprop", "training",
                                                  "convolution"))
    assert "Space" in w.shortcuts_text() and "Right arrow" in w.shortcuts_text()


def test_help_is_translated(make_window, qtbot) -> None:
    w, _made = make_window()
    w.set_language("ja")
    html = app_help.help_html([("loss", "損失関数", "")])
    assert "4.2節" in html and "交差エントロピー誤差" in html and "スペース" in html


def test_the_window_paints_before_the_shown_panel_is_built(qtbot) -> None:
    built: list[str] = []
    w = MainWindow(panel_factories={k: (lambda k=k: built.append(k) or KeyPanel(k)) for k, *_ in PANEL_SPECS})
    qtbot.addWidget(w)
    assert built == []  # nothing heavy before the first paint
    w.show()
    qtbot.waitUntil(lambda: built == [PANEL_SPECS[0][0]])
    assert w.stack.currentWidget() is w.created_panels()[PANEL_SPECS[0][0]]


def test_the_plural_status_lines_are_translated(make_window) -> None:
    """The end-of-run line, the unsaved-network dialog and the loaded-model line (built by the training panel's
    plural helper) reach the translations."""
    make_window()
    sources = ["Finished %n iteration(s) in %1: test accuracy %2.",
               "The network trained for %n iteration(s) on %1 is not saved.",
               "Model %1: trained for %n iteration(s) on %2, test accuracy %3."]
    language.apply_language("ja")
    ja = [QCoreApplication.translate("TrainingPanel", s, "", 1200) for s in sources]
    assert ja[0] == "1200 回の繰り返しを %1 で完了: テストデータの認識精度 %2。"
    assert "1200 回の繰り返し学習したネットワークは保存されていません" in ja[1]
    assert ja[2].startswith("モデル %1: %2 で 1200 回")
    language.apply_language("zh_CN")
    assert QCoreApplication.translate("TrainingPanel", sources[0], "", 3).startswith("3 次迭代")


def test_start_up_uses_the_saved_language_and_lang_or_env_win(tmp_path) -> None:
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path))
    env.pop("DLFS_LANG", None)
    save = ("from dlfs_studio.app.main_window import make_settings; s = make_settings(); "
            "s.setValue('ui/language', 'ko'); s.sync()")
    subprocess.run([sys.executable, "-c", save], env=env, check=True, timeout=60)
    run = ("import sys; from dlfs_studio.app import main, language; rc = main.main(['dlfs-studio', *sys.argv[1:], "
           "'--exit-after-paint']); print('LANG', language.current_language())")

    def lang(*args: str, **extra: str) -> str:
        out = subprocess.run([sys.executable, "-c", run, *args], env=dict(env, **extra), capture_output=True,
                             text=True, timeout=120)
        assert out.returncode == 0, out.stderr
        return out.stdout.split("LANG ")[-1].strip()

    assert lang() == "ko"
    assert lang("--lang", "ja") == "ja"
    assert lang(DLFS_LANG="zh_CN") == "zh_CN"
    assert lang("--lang", "en") == "en"
