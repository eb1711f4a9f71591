"""The lazily built sub-tabs shared by the forward, convolution, descent and backprop panels
(app/panels/lazy_tabs.py), with fake pages: built on first show, once; presentation mode, export, lecturer
keys and shutdown reach the built pages; the shown sub-tab is remembered when asked."""
from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from dlfs_studio.app.export import ExportTarget
from dlfs_studio.app.panels.lazy_tabs import LazyTabsPanel

BUILT: list[str] = []


class FakePlayback:
    def __init__(self) -> None:
        self.calls: list[str] = []

    def toggle(self) -> None:
        self.calls.append("toggle")

    def step_once(self) -> None:
        self.calls.append("step")

    def back_once(self) -> None:
        self.calls.append("back")

    def reset_run(self) -> None:
        self.calls.append("reset")


class FakePage(QWidget):
    key = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        BUILT.append(self.key)
        self.presentation: list[bool] = []
        self.shut = 0

    def set_presentation(self, on: bool) -> None:
        self.presentation.append(on)

    def shutdown(self) -> None:
        self.shut += 1


class PageA(FakePage):
    key = "a"


class PageB(FakePage):
    key = "b"


class AnimatedPage(FakePage):
    key = "c"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.playback = FakePlayback()


class Panel(LazyTabsPanel):
    KEYS = ("a", "b", "c")

    def __init__(self, parent: QWidget | None = None, **kwargs) -> None:
        self.built_hook: list[tuple[str, QWidget]] = []
        super().__init__(parent, **kwargs)

    def _tab_texts(self):
        return {"a": ("Page A", "tip A"), "b": ("Page B", "tip B"), "c": ("Page C", "tip C")}

    def _page_classes(self):
        return {"a": PageA, "b": PageB, "c": AnimatedPage}

    def _export_groups(self):
        return {k: (lambda v, k=k: [ExportTarget(f"{k} plot", plot=v)]) for k in self.KEYS}

    def _page_built(self, key, view):
        self.built_hook.append((key, view))


@pytest.fixture
def make_panel(qtbot):
    panels: list[Panel] = []

    def make(**kwargs) -> Panel:
        BUILT.clear()
        p = Panel(**kwargs)
        qtbot.addWidget(p)
        p.show()
        qtbot.waitExposed(p)
        panels.append(p)
        return p

    yield make
    BUILT.clear()


def test_tabs_carry_titles_and_tips_and_only_the_first_page_is_built(make_panel):
    p = make_panel()
    assert [p.tabs.tabText(i) for i in range(3)] == ["Page A", "Page B", "Page C"]
    assert [p.tabs.tabToolTip(i) for i in range(3)] == ["tip A", "tip B", "tip C"]
    assert BUILT == ["a"]
    assert [k for k, _ in p.built_hook] == ["a"]


def test_a_page_is_built_on_first_show_and_only_once(make_panel, qtbot):
    p = make_panel()
    p.show_tab("b")
    assert BUILT == ["a", "b"]
    page_b = p._view("b")
    assert isinstance(page_b, PageB)
    qtbot.waitUntil(page_b.isVisible)  # it sits in the shown tab
    p.show_tab("a")
    p.show_tab("b")
    assert p._view("b") is page_b
    assert BUILT == ["a", "b"]
    assert [k for k, _ in p.built_hook] == ["a", "b"]
    assert p.current_key() == "b"


def test_presentation_mode_reaches_built_pages_and_pages_built_later(make_panel):
    p = make_panel()
    a = p._view("a")
    p.set_presentation_mode(True)
    assert a.presentation == [True]
    b = p._view("b")  # built while in presentation mode
    assert b.presentation == [True]
    p.set_presentation_mode(False)
    assert a.presentation == [True, False] and b.presentation == [True, False]
    c = p._view("c")  # built after leaving it: never told
    assert c.presentation == []


def test_export_targets_are_the_built_pages_the_shown_one_first(make_panel):
    p = make_panel()
    assert [t.name for t in p.export_targets()] == ["a plot"]
    p.show_tab("c")
    assert [t.name for t in p.export_targets()] == ["c plot", "a plot"]
    p._view("b")
    assert [t.name for t in p.export_targets()] == ["c plot", "a plot", "b plot"]


def test_lecturer_keys_drive_the_shown_page_playback_only(make_panel):
    p = make_panel()
    assert not p.lecturer_key("play_pause")  # page a does not animate
    p.show_tab("c")
    playback = p._view("c").playback
    for action in ("play_pause", "step_forward", "step_back", "reset"):
        assert p.lecturer_key(action)
    assert not p.lecturer_key("jump")
    assert playback.calls == ["toggle", "step", "back", "reset"]


def test_shutdown_reaches_every_built_page_once(make_panel):
    p = make_panel()
    p._view("c")
    p.shutdown()
    pages = {k: v for k, v in p._views.items()}
    assert set(pages) == {"a", "c"}
    assert all(v.shut == 1 for v in pages.values())
    assert BUILT == ["a", "c"]  # shutting down builds nothing


def test_the_shown_tab_is_remembered_only_with_a_setting(make_panel):
    settings = QSettings("dlfs-studio-tests", "lazy-tabs")
    p = make_panel(settings=settings, tab_setting="group/tab")
    assert settings.value("group/tab") is None
    p.show_tab("b")
    assert settings.value("group/tab") == "b"
    again = make_panel(settings=settings, tab_setting="group/tab")
    assert again.current_key() == "b" and BUILT == ["a", "b"]
    settings.setValue("group/tab", "no such tab")
    third = make_panel(settings=settings, tab_setting="group/tab")
    assert third.current_key() == "a" and BUILT == ["a"]
    plain = make_panel()
    plain.show_tab("c")
    assert settings.value("group/tab") == "no such tab"
