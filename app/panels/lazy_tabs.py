"""A panel made of sub-tabs ("pages") that are each built the first time they are shown or asked for.

The forward pass, convolution, gradient descent and backpropagation panels share this skeleton. A subclass
names its pages in ``KEYS`` (tab order) and says what each one is:

* :meth:`LazyTabsPanel._tab_texts`: each key's tab title and tool tip (translated by the subclass);
* :meth:`LazyTabsPanel._page_classes`: each key's page class, called with the page's holder widget;
* :meth:`LazyTabsPanel._export_groups`: each key's export targets, given the built page;
* optionally :meth:`LazyTabsPanel._page_built`, called once when a page has been built.

A page has ``set_presentation(on)`` and ``shutdown()``; a page that animates also has a ``playback``
(:class:`dlfs_studio.app.panels.descent.playback.Playback`), which the lecturer keys drive.
The panel then provides the panel protocol: ``set_presentation_mode(on)`` (reaching pages built later too),
``export_targets()`` (the built pages', the shown one's first), ``lecturer_key(action)`` (the shown page)
and ``shutdown()`` (every built page). With ``tab_setting`` the shown sub-tab is remembered in ``settings``.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol, cast

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from dlfs_studio.app.export import ExportTarget

#: The actions of :meth:`LazyTabsPanel.lecturer_key` (the main window's lecturer keys).
LECTURER_ACTIONS = ("play_pause", "step_forward", "step_back", "reset")


class Page(Protocol):
    """What the panel asks of every page."""

    def set_presentation(self, on: bool) -> None: ...

    def shutdown(self) -> None: ...


class LazyTabsPanel(QWidget):
    """A QTabWidget (``self.tabs``) of pages built on first show; the first key's page is built at once."""

    KEYS: tuple[str, ...] = ()

    def __init__(self, parent: QWidget | None = None, settings: QSettings | None = None,
                 tab_setting: str | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._tab_setting = tab_setting if settings is not None else None
        self.presentation = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self._views: dict[str, QWidget] = {}
        self._holders: dict[str, tuple[QWidget, QVBoxLayout]] = {}
        texts = self._tab_texts()
        for i, key in enumerate(self.KEYS):
            holder = QWidget(self.tabs)
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(0, 0, 0, 0)
            self._holders[key] = (holder, holder_layout)
            title, tip = texts[key]
            self.tabs.addTab(holder, title)
            self.tabs.setTabToolTip(i, tip)
        self._view(self.KEYS[0])
        layout.addWidget(self.tabs)
        if self.settings is not None and self._tab_setting is not None:
            tab = self.settings.value(self._tab_setting)
            if tab in self.KEYS:
                self.show_tab(str(tab))
                self._view(str(tab))
        self.tabs.currentChanged.connect(self._on_tab)

    # ------------------------------------------------------------------ for subclasses
    def _tab_texts(self) -> Mapping[str, tuple[str, str]]:
        """Each key's (tab title, tool tip)."""
        raise NotImplementedError

    def _page_classes(self) -> Mapping[str, Callable[[QWidget], QWidget]]:
        """Each key's page class (or factory), called with the holder widget as parent."""
        raise NotImplementedError

    def _export_groups(self) -> Mapping[str, Callable[[Any], list[ExportTarget]]]:
        """Each key's export targets, from its built page."""
        raise NotImplementedError

    def _page_built(self, key: str, view: QWidget) -> None:
        """Called once, right after the page ``key`` has been built."""

    # ------------------------------------------------------------------ pages
    def _on_tab(self, index: int) -> None:
        key = self.KEYS[index]
        self._view(key)
        if self.settings is not None and self._tab_setting is not None:
            self.settings.setValue(self._tab_setting, key)

    def _view(self, key: str) -> QWidget:
        """The page ``key``, built on first use."""
        view = self._views.get(key)
        if view is None:
            holder, holder_layout = self._holders[key]
            view = self._page_classes()[key](holder)
            holder_layout.addWidget(view)
            self._views[key] = view
            if self.presentation:
                cast(Page, view).set_presentation(True)
            self._page_built(key, view)
        return view

    def current_key(self) -> str:
        """The key of the shown sub-tab."""
        return self.KEYS[self.tabs.currentIndex()]

    def show_tab(self, key: str) -> None:
        """Switch to the sub-tab ``key`` (one of ``KEYS``)."""
        self.tabs.setCurrentIndex(self.KEYS.index(key))

    # ------------------------------------------------------------------ panel protocol
    def set_presentation_mode(self, on: bool) -> None:
        self.presentation = bool(on)
        for view in self._views.values():
            cast(Page, view).set_presentation(self.presentation)

    def export_targets(self) -> list[ExportTarget]:
        """The plots and tables of the sub-tabs built so far, the shown one's first."""
        groups = self._export_groups()
        current = self.current_key()
        order = [current] + [k for k in self.KEYS if k != current]
        return [t for key in order if key in self._views for t in groups[key](self._views[key])]

    def lecturer_key(self, action: str) -> bool:
        """Space, Right, Left and Home from the main window: play/pause, step forward/back, reset in the
        shown sub-tab if it animates; False when nothing handled the key."""
        playback = getattr(self._views.get(self.current_key()), "playback", None)
        if playback is None or action not in LECTURER_ACTIONS:
            return False
        {"play_pause": playback.toggle, "step_forward": playback.step_once,
         "step_back": playback.back_once, "reset": playback.reset_run}[action]()
        return True

    def shutdown(self) -> None:
        """Shut every built page down (the app is closing)."""
        for view in self._views.values():
            cast(Page, view).shutdown()
