"""The main window's menus and actions (File, View, Language, Help), their texts in the current language, and
the list of keyboard shortcuts. :class:`~dlfs_studio.app.main_window.MainWindow` inherits them; their texts keep
the "MainWindow" translation context."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QTabBar

from dlfs_studio.app import language
from dlfs_studio.app.window_export import WindowExport
from dlfs_studio.app.window_panels import PANEL_SPECS, PANEL_TOOLTIPS


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class WindowMenus(WindowExport):
    """Menus and actions; the subclass provides the tab bar and the slots named below."""

    panel_tabs: QTabBar
    set_presentation_mode: Callable[[bool], None]
    show_panel: Callable[[str], None]
    set_language: Callable[[str], bool]
    show_panel_help: Callable[[], None]
    show_shortcuts: Callable[[], None]
    show_about: Callable[[], None]

    def _build_menus(self) -> None:
        """Create the menus and actions (their texts are set by :meth:`_retranslate_ui`)."""
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.action_export_image = QAction(self)
        self.action_export_image.triggered.connect(self.export_image_dialog)
        self.action_export_data = QAction(self)
        self.action_export_data.triggered.connect(self.export_data_dialog)
        self.action_quit = QAction(self)
        self.action_quit.setShortcut(QKeySequence.StandardKey.Quit)
        self.action_quit.triggered.connect(self.close)
        self.file_menu.addActions([self.action_export_image, self.action_export_data])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_quit)

        self.view_menu = bar.addMenu("")
        self.action_presentation = QAction(self)
        self.action_presentation.setCheckable(True)
        self.action_presentation.toggled.connect(self.set_presentation_mode)
        self.action_fullscreen = QAction(self)
        self.action_fullscreen.setCheckable(True)
        self.action_fullscreen.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.action_fullscreen.toggled.connect(self._set_full_screen)
        self.view_menu.addActions([self.action_presentation, self.action_fullscreen])
        self.view_menu.addSeparator()
        self.panel_actions: list[QAction] = []
        for index, (key, _title, _m, _c) in enumerate(PANEL_SPECS):
            act = QAction(self)
            act.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            act.triggered.connect(lambda _checked=False, k=key: self.show_panel(k))
            self.view_menu.addAction(act)
            self.panel_actions.append(act)

        self.language_menu = bar.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in language.LANGUAGES:
            act = QAction(name, self)  # each language in its own words, never translated
            act.setCheckable(True)
            act.setData(code)
            act.setChecked(code == language.current_language())
            act.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self.language_group.addAction(act)
            self.language_menu.addAction(act)
            self.language_actions[code] = act

        self.help_menu = bar.addMenu("")
        self.action_panel_help = QAction(self)
        self.action_panel_help.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.action_panel_help.triggered.connect(self.show_panel_help)
        self.action_shortcuts = QAction(self)
        self.action_shortcuts.setShortcut(QKeySequence("Shift+F1"))
        self.action_shortcuts.triggered.connect(self.show_shortcuts)
        self.action_about = QAction(self)
        self.action_about.triggered.connect(self.show_about)
        self.help_menu.addActions([self.action_panel_help, self.action_shortcuts, self.action_about])

    def _retranslate_ui(self) -> None:
        """(Re)set every text of the window itself in the current language (menus, actions, tabs)."""
        self.setWindowTitle(_tr("dlfs-studio"))
        self.panel_tabs.setToolTip(_tr("Choose a panel (Ctrl+1 to Ctrl+%1)").replace("%1", str(len(PANEL_SPECS))))
        for index, (key, title, _m, _c) in enumerate(PANEL_SPECS):
            self.panel_tabs.setTabText(index, _tr(title))
            self.panel_tabs.setTabToolTip(index, _tr(PANEL_TOOLTIPS[key]))
            self.panel_actions[index].setText(_tr(title))
            self.panel_actions[index].setStatusTip(_tr(PANEL_TOOLTIPS[key]))
        self.file_menu.setTitle(_tr("&File"))
        self.action_export_image.setText(_tr("Export &image…"))
        self.action_export_image.setShortcut(QKeySequence(_tr("Ctrl+E")))
        self.action_export_image.setStatusTip(_tr("Save a plot of the current panel as PNG or SVG"))
        self.action_export_image.setToolTip(self.action_export_image.statusTip())
        self.action_export_data.setText(_tr("Export &data…"))
        self.action_export_data.setShortcut(QKeySequence(_tr("Ctrl+Shift+E")))
        self.action_export_data.setStatusTip(_tr("Save the data behind a plot of the current panel as CSV"))
        self.action_export_data.setToolTip(self.action_export_data.statusTip())
        self.action_quit.setText(_tr("&Quit"))
        self.action_quit.setStatusTip(_tr("Close dlfs-studio"))
        self.view_menu.setTitle(_tr("&View"))
        self.action_presentation.setText(_tr("&Presentation mode"))
        self.action_presentation.setShortcuts([QKeySequence(Qt.Key.Key_F5), QKeySequence(_tr("Ctrl+P"))])
        self.action_presentation.setStatusTip(
            _tr("Big fonts and thick lines for a projector; hides secondary controls (F5 or Ctrl+P)"))
        self.action_fullscreen.setText(_tr("&Full screen"))
        self.action_fullscreen.setStatusTip(_tr("Use the whole screen (F11)"))
        self.language_menu.setTitle(_tr("&Language"))
        self.help_menu.setTitle(_tr("&Help"))
        self.action_panel_help.setText(_tr("&Panels explained"))
        self.action_panel_help.setStatusTip(
            _tr("What each panel shows, with the book's section numbers, and the lecturer keys (F1)"))
        self.action_shortcuts.setText(_tr("&Keyboard shortcuts"))
        self.action_shortcuts.setStatusTip(_tr("List the keyboard shortcuts"))
        self.action_about.setText(_tr("&About dlfs-studio"))
        self.action_about.setStatusTip(_tr("About this application"))

    def _set_full_screen(self, on: bool) -> None:
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    def shortcuts_text(self) -> str:
        """The keyboard shortcuts as plain text lines (shown by Help > Keyboard shortcuts)."""
        lines = [
            _tr("F5 or Ctrl+P\tPresentation mode on/off"),
            _tr("F11\tFull screen on/off"),
            *(f"Ctrl+{i + 1}\t{_tr(title)}" for i, (_k, title, _m, _c) in enumerate(PANEL_SPECS)),
            _tr("Ctrl+E\tExport image (PNG, SVG)"),
            _tr("Ctrl+Shift+E\tExport data (CSV)"),
            _tr("F1\tPanels explained, lecturer keys"),
            _tr("Shift+F1\tThis list"),
            _tr("Ctrl+Q\tQuit"),
        ]
        from dlfs_studio.app.help import lecturer_keys_lines

        return "\n".join(lines + lecturer_keys_lines())
