"""The main window: a tab bar of panels, menus, status bar, presentation mode and remembered geometry.

Panels follow the panel protocol (``title()``, ``set_presentation_mode(on)``, ``export_targets()``,
``shutdown()``; optionally ``has_unsaved_work()`` and ``maybe_save(consequence) -> bool``, asked before the
window closes). They are created lazily, the first time they are shown, so the window paints fast and the
heavy parts of a panel (e.g. the training panel's model code) are only imported when the learner opens it.

The window's parts live beside it: the panels and the protocol in :mod:`.window_panels`, menus and actions in
:mod:`.window_menus`, export in :mod:`.window_export`, the settings file in :mod:`.window_settings`; their public
names are importable from here too.
"""
from __future__ import annotations

import importlib
import traceback
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QStackedWidget, QTabBar, QVBoxLayout, QWidget

from dlfs_studio.app import language, style
from dlfs_studio.app.keys import KeyRouter
from dlfs_studio.app.window_menus import WindowMenus
from dlfs_studio.app.window_panels import (
    PANEL_SPECS,
    PANEL_TOOLTIPS,
    QT_TRANSLATE_NOOP,
    Panel,
    PanelLoadError,
    protocol,
)
from dlfs_studio.app.window_settings import (
    APPLICATION,
    ORGANIZATION,
    make_settings,
    remembered_panel,
    remembered_presentation,
    restore_geometry,
    save_window,
)

__all__ = ["APPLICATION", "ORGANIZATION", "PANEL_SPECS", "PANEL_TOOLTIPS", "QT_TRANSLATE_NOOP", "MainWindow", "Panel",
           "PanelLoadError", "make_settings", "protocol"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(WindowMenus):
    """The dlfs-studio main window.

    ``settings`` defaults to :func:`make_settings`. ``panel_factories`` (key -> callable returning a QWidget)
    overrides how panels are built (tests use it); by default each panel's module is imported lazily.
    """

    panelChanged = Signal(str)
    presentationModeChanged = Signal(bool)

    def __init__(self, settings: QSettings | None = None,
                 panel_factories: dict[str, Callable[[], QWidget]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings if settings is not None else make_settings()
        self._factories = panel_factories or {}
        self._panels: dict[str, QWidget] = {}
        self._presentation = False
        self._base_font = QFont(QApplication.font())
        self._closed = False

        self._build_deferred = True  # the shown panel is built just after the window's first paint
        self._help_dialog: QWidget | None = None
        self.setMinimumSize(QSize(640, 460))

        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.panel_tabs = QTabBar(central)
        self.panel_tabs.setObjectName("panelTabs")
        self.panel_tabs.setDocumentMode(True)
        self.panel_tabs.setExpanding(False)
        self.panel_tabs.setDrawBase(True)
        self.stack = QStackedWidget(central)
        column.addWidget(self.panel_tabs)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._central = central

        self._placeholders: dict[str, QWidget] = {}
        for index, (key, _title, _module, _cls) in enumerate(PANEL_SPECS):
            self.panel_tabs.addTab("")
            self.panel_tabs.setTabData(index, key)
            placeholder = _Placeholder(self.stack)
            self._placeholders[key] = placeholder
            self.stack.addWidget(placeholder)
        self._style_tabs()

        self._build_menus()
        self._retranslate_ui()
        self.statusBar().showMessage(self.tr("Ready"), 3000)
        self._key_router = KeyRouter(self, lambda: [self.action_export_image, self.action_export_data],
                                     self._current_created_panel)
        self.installEventFilter(_FirstPaint(self, self._after_first_paint))

        self.panel_tabs.currentChanged.connect(self._on_row_changed)
        hints = QApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):  # Qt 6.5+: follow the system's light/dark switch live
            hints.colorSchemeChanged.connect(self.refresh_theme)
        self._restore_settings()

    # ------------------------------------------------------------------ panel tabs
    def _style_tabs(self) -> None:
        scale = style.presentation_scale(self._presentation)
        f = QFont(self._base_font)
        f.setPointSizeF(self._base_font.pointSizeF() * 1.1 * scale)
        self.panel_tabs.setFont(f)
        pad_v, pad_h = int(7 * scale), self._tab_padding(f, int(18 * scale))
        if (pad_v, pad_h, scale) == getattr(self, "_tab_style", None):
            return
        self._tab_style = (pad_v, pad_h, scale)
        self.panel_tabs.setStyleSheet(
            f"QTabBar#panelTabs::tab {{ padding: {pad_v}px {pad_h}px; margin: 4px 2px 0 2px; border: none;"
            f" border-bottom: 3px solid transparent; }}"
            f"QTabBar#panelTabs::tab:selected {{ border-bottom: 3px solid {style.ACCENT}; font-weight: bold; }}"
            f"QTabBar#panelTabs::tab:hover:!selected {{ border-bottom: 3px solid palette(mid); }}")

    def _tab_padding(self, font: QFont, preferred: int) -> int:
        """The tabs' side padding: ``preferred``, narrowed so that every tab fits the window's width (seven
        chapters in presentation mode at 1280 px), never below 6 px."""
        bold = QFont(font)
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        texts = sum(metrics.horizontalAdvance(self.panel_tabs.tabText(i)) for i in range(self.panel_tabs.count()))
        room = max(self.width(), 800) - 24 - texts - 10 * self.panel_tabs.count()  # margins and borders
        return max(6, min(preferred, room // max(2 * self.panel_tabs.count(), 1)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._style_tabs()

    # ------------------------------------------------------------------ panels
    def panel_keys(self) -> list[str]:
        """Keys of all panels in tab order."""
        return [spec[0] for spec in PANEL_SPECS]

    def current_key(self) -> str:
        """Key of the panel currently shown."""
        row = max(self.panel_tabs.currentIndex(), 0)
        return PANEL_SPECS[row][0]

    def current_panel(self) -> QWidget:
        """The panel currently shown (created if needed)."""
        return self.panel(self.current_key())

    def created_panels(self) -> dict[str, QWidget]:
        """Panels created so far (key -> widget)."""
        return dict(self._panels)

    def panel(self, key: str) -> QWidget:
        """The panel for ``key``, creating it on first use."""
        if key in self._panels:
            return self._panels[key]
        spec = next(s for s in PANEL_SPECS if s[0] == key)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            widget = self._create_panel(spec)
        finally:
            QApplication.restoreOverrideCursor()
        placeholder = self._placeholders.pop(key)
        index = self.stack.indexOf(placeholder)
        was_current = self.stack.currentWidget() is placeholder
        self.stack.insertWidget(index, widget)
        if was_current:
            self.stack.setCurrentWidget(widget)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self._panels[key] = widget
        try:
            protocol(widget).set_presentation_mode(self._presentation)
        except Exception:  # a panel bug must not take the shell down
            self.statusBar().showMessage(self.tr("This panel failed to switch presentation mode"), 5000)
        return widget

    def _create_panel(self, spec: tuple[str, str, str, str]) -> QWidget:
        key, title, module_name, class_name = spec
        try:
            if key in self._factories:
                return self._factories[key]()
            module = importlib.import_module(module_name)
            return getattr(module, class_name)(self.stack)
        except Exception:
            return PanelLoadError(_tr(title), traceback.format_exc(limit=3), self.stack)

    def show_panel(self, key: str) -> None:
        """Switch to the panel ``key`` ("forward", "loss", "descent", "training" or "convolution")."""
        self.panel_tabs.setCurrentIndex(self.panel_keys().index(key))

    def _current_created_panel(self) -> QWidget | None:
        return self._panels.get(self.current_key())

    def _after_first_paint(self) -> None:
        """The window's first paint (menus, tabs, an empty page) is on screen: build the shown panel next."""
        if self._build_deferred:
            self._build_deferred = False
            QTimer.singleShot(0, lambda: self._on_row_changed(self.panel_tabs.currentIndex()))

    def _on_row_changed(self, row: int) -> None:
        if row < 0:
            return
        key = PANEL_SPECS[row][0]
        if self._build_deferred and not self.isVisible() and key not in self._panels:
            self.stack.setCurrentWidget(self._placeholders[key])
            return
        widget = self.panel(key)
        self.stack.setCurrentWidget(widget)
        self.statusBar().showMessage(protocol(widget).title(), 2000)
        self.panelChanged.emit(key)

    # ------------------------------------------------------------------ presentation mode
    def is_presentation_mode(self) -> bool:
        """True while presentation mode is on."""
        return self._presentation

    def set_presentation_mode(self, on: bool) -> None:
        """Scale the application font and tell every created panel (panels created later get it too).

        One clean switch: nothing is painted while fonts and styles change, and every layout is settled
        before this returns, so the next paint shows the final layout (no menu collapsed to », no label cut
        half-way). Panels not built yet are not built here.
        """
        on = bool(on)
        if on == self._presentation:
            return
        self._presentation = on
        style.set_current_presentation(on)
        if self.action_presentation.isChecked() != on:
            self.action_presentation.setChecked(on)
        f = QFont(self._base_font)
        f.setPointSizeF(self._base_font.pointSizeF() * style.presentation_scale(on))
        self.setUpdatesEnabled(False)
        try:
            QApplication.setFont(f)
            self._central.setFont(f)
            self.menuBar().setFont(f)
            self.statusBar().setFont(f)
            self._style_tabs()
            for panel in self._panels.values():
                try:
                    protocol(panel).set_presentation_mode(on)
                except Exception:
                    self.statusBar().showMessage(self.tr("A panel failed to switch presentation mode"), 5000)
            self._settle_layouts()
        finally:
            self.setUpdatesEnabled(True)
        self.statusBar().showMessage(
            self.tr("Presentation mode on (F5 to leave)") if on else self.tr("Presentation mode off"), 3000)
        self.presentationModeChanged.emit(on)

    def _settle_layouts(self) -> None:
        """Run the layout passes the font change posted (each level of nesting posts the next), so that the
        window's next paint is its final layout."""
        for _ in range(4):
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            layout = self.layout()
            if layout is not None:
                layout.activate()

    def refresh_theme(self, *_args: object) -> None:
        """Re-apply the light/dark plot colours after the system colour scheme changed."""
        style.init_pyqtgraph(force=True)
        self._style_tabs()
        for panel in self._panels.values():
            try:
                protocol(panel).set_presentation_mode(self._presentation)  # re-styles every plot with the new theme
            except Exception:
                self.statusBar().showMessage(self.tr("A panel failed to switch theme"), 5000)

    # ------------------------------------------------------------------ help
    def show_panel_help(self) -> None:
        """Help > Panels explained: each registered panel's idea with the book's sections, and the lecturer keys."""
        from dlfs_studio.app.help import HelpDialog

        old = self._help_dialog
        if old is not None:  # one at a time; a new one follows the current language
            old.close()
        panels = [(key, _tr(title), _tr(PANEL_TOOLTIPS.get(key, ""))) for key, title, _m, _c in PANEL_SPECS]
        dialog = HelpDialog(panels, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: setattr(self, "_help_dialog", None))
        self._help_dialog = dialog
        dialog.show()

    def show_shortcuts(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = "".join(
            f"<tr><td style='padding-right:18px'><b>{k}</b></td><td>{v}</td></tr>"
            for k, v in (line.split("\t") for line in self.shortcuts_text().splitlines()))
        box.setText(f"<table>{rows}</table>")
        box.exec()

    def show_about(self) -> None:
        QMessageBox.about(
            self, self.tr("About dlfs-studio"),
            self.tr("<h3>dlfs-studio</h3><p>A desktop lab for learning how neural networks learn, after "
                    "<i>Deep Learning from Scratch</i> (Saito, 2016).</p><p>Loss functions, gradient descent "
                    "and MNIST training, computed by a small NumPy engine you can read.</p>"))

    # ------------------------------------------------------------------ language
    def set_language(self, code: str) -> bool:
        """Switch the whole interface to ``code`` (see :data:`app.language.LANGUAGES`) now, and remember it.

        Panels build their texts when they are constructed, so every panel built so far is rebuilt (the shown
        one at once, the others when next shown); a panel holding unsaved work (a trained network) is asked
        first, as when closing, and Cancel keeps the current language. Returns False when cancelled.
        """
        if code == language.current_language():
            self._check_language_action()
            return True
        if not self._ask_unsaved(self.tr("Switching the language rebuilds the panels and discards it.")):
            self._check_language_action()
            self.statusBar().showMessage(self.tr("The language was not changed."), 5000)
            return False
        language.apply_language(code)
        self._settings.setValue(language.SETTINGS_KEY, code)
        self._retranslate_ui()
        self._check_language_action()
        self._rebuild_panels()
        self.statusBar().showMessage(self.tr("Language: %1").replace("%1", dict(language.LANGUAGES)[code]), 3000)
        return True

    def _check_language_action(self) -> None:
        act = self.language_actions.get(language.current_language())
        if act is not None:
            act.setChecked(True)

    def _rebuild_panels(self) -> None:
        """Replace every built panel by a placeholder (after ``shutdown()``), then build the shown one again."""
        for key, panel in list(self._panels.items()):
            try:
                protocol(panel).shutdown()
            except Exception:
                traceback.print_exc()
            placeholder = _Placeholder(self.stack)
            index = self.stack.indexOf(panel)
            self.stack.insertWidget(index, placeholder)
            if self.stack.currentWidget() is panel:
                self.stack.setCurrentWidget(placeholder)
            self.stack.removeWidget(panel)
            panel.deleteLater()
            self._placeholders[key] = placeholder
            del self._panels[key]
        if not self._build_deferred:
            self._on_row_changed(self.panel_tabs.currentIndex())

    # ------------------------------------------------------------------ settings / close
    def _restore_settings(self) -> None:
        restore_geometry(self, self._settings)
        index = remembered_panel(self._settings, self.panel_keys())
        if index == self.panel_tabs.currentIndex():
            self._on_row_changed(index)  # the first tab is current already
        else:
            self.panel_tabs.setCurrentIndex(index)
        if remembered_presentation(self._settings):
            self.set_presentation_mode(True)

    def save_settings(self) -> None:
        """Store window geometry and the current panel."""
        save_window(self, self._settings, self.current_key(), self._presentation)

    def confirm_close(self) -> bool:
        """Ask each panel holding unsaved work (a training run, a trained network not saved) whether to save it
        (Save… / Discard / Cancel); False if the learner cancelled. The panel is shown while it asks."""
        return self._ask_unsaved(self.tr("Closing dlfs-studio discards it."))

    def _ask_unsaved(self, consequence: str) -> bool:
        for key, panel in list(self._panels.items()):
            try:
                unsaved = bool(getattr(panel, "has_unsaved_work", lambda: False)())
                if not unsaved:
                    continue
                self.show_panel(key)
                maybe_save = getattr(panel, "maybe_save", None)
                if maybe_save is not None and not maybe_save(consequence):
                    return False
            except Exception:  # a panel bug must not keep the window from closing
                traceback.print_exc()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closed:
            if not self.confirm_close():
                event.ignore()
                self.statusBar().showMessage(self.tr("Not closed: the training is kept."), 5000)
                return
            self._closed = True
            self._key_router.detach()
            self.save_settings()
            for panel in self._panels.values():
                try:
                    protocol(panel).shutdown()
                except Exception:
                    traceback.print_exc()
        super().closeEvent(event)


class _FirstPaint(QObject):
    """Calls ``done()`` once, at the watched widget's first Paint event, then removes itself."""

    def __init__(self, widget: QWidget, done: Callable[[], None]) -> None:
        super().__init__(widget)
        self._done = done

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            self._done()
            self.deleteLater()
        return False


class _Placeholder(QWidget):
    """Stands in the stack for a panel not built yet: one line of text, painted in no time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Loading…"), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setStyleSheet(f"color: {style.muted_color()};")
        layout.addWidget(label)
