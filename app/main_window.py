"""The main window: a tab bar of panels, menus, status bar, presentation mode and remembered geometry.

Panels follow the panel protocol (``title()``, ``set_presentation_mode(on)``, ``export_targets()``,
``shutdown()``; optionally ``has_unsaved_work()`` and ``maybe_save(consequence) -> bool``, asked before the
window closes). They are created lazily, the first time they are shown, so the window paints fast and the
heavy parts of a panel (e.g. the training panel's model code) are only imported when the learner opens it.
"""
from __future__ import annotations

import importlib
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from dlfs_studio.app import style

ORGANIZATION = "dlfs-studio"
APPLICATION = "dlfs-studio"


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


#: (key, untranslated title, module, class). Titles are translated at display time.
PANEL_SPECS: list[tuple[str, str, str, str]] = [
    ("loss", QT_TRANSLATE_NOOP("MainWindow", "Loss functions"), "dlfs_studio.app.panels.loss_panel", "LossPanel"),
    ("descent", QT_TRANSLATE_NOOP("MainWindow", "Gradient descent"), "dlfs_studio.app.panels.descent_panel", "DescentPanel"),
    ("training", QT_TRANSLATE_NOOP("MainWindow", "Training"), "dlfs_studio.app.panels.training_panel", "TrainingPanel"),
]

#: Short descriptions shown as tooltips on the panel tabs.
PANEL_TOOLTIPS: dict[str, str] = {
    "loss": QT_TRANSLATE_NOOP(
        "MainWindow", "Explore sum of squared errors and cross-entropy on a 10-class output (book section 4.2)"),
    "descent": QT_TRANSLATE_NOOP("MainWindow",
                                 "Watch gradient descent and the optimizers of chapter 6 walk down a loss surface"),
    "training": QT_TRANSLATE_NOOP(
        "MainWindow", "Train on MNIST or Fashion-MNIST; keep, compare, rewind and fork runs (chapters 4-7)"),
}


def make_settings() -> QSettings:
    """The application's QSettings (INI format, user scope, organization "dlfs-studio").

    Tests redirect it with ``QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tmp_path)``.
    """
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


class PanelLoadError(QWidget):
    """Shown in place of a panel whose module failed to import or construct: the app keeps working."""

    def __init__(self, title: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        msg = QLabel(self)
        style.set_error_label(msg, self.tr("The panel “%1” could not be loaded:").replace("%1", title)
                              + "\n" + details)
        msg.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(msg)
        layout.addStretch(1)
        self._title = title

    def title(self) -> str:
        return self._title

    def set_presentation_mode(self, on: bool) -> None:
        pass

    def export_targets(self) -> list:
        return []

    def shutdown(self) -> None:
        pass


class MainWindow(QMainWindow):
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
        app = QApplication.instance()
        self._base_font = QFont(app.font()) if app is not None else QFont()
        self._closed = False

        self.setWindowTitle(self.tr("dlfs-studio"))
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
        self.panel_tabs.setToolTip(self.tr("Choose a panel (Ctrl+1, Ctrl+2, Ctrl+3)"))
        self.stack = QStackedWidget(central)
        column.addWidget(self.panel_tabs)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._placeholders: dict[str, QWidget] = {}
        for index, (key, title, _module, _cls) in enumerate(PANEL_SPECS):
            self.panel_tabs.addTab(_tr(title))
            self.panel_tabs.setTabData(index, key)
            self.panel_tabs.setTabToolTip(index, _tr(PANEL_TOOLTIPS[key]))
            placeholder = QWidget(self.stack)
            self._placeholders[key] = placeholder
            self.stack.addWidget(placeholder)
        self._style_tabs()

        self._build_menus()
        self.statusBar().showMessage(self.tr("Ready"), 3000)

        self.panel_tabs.currentChanged.connect(self._on_row_changed)
        hints = QApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):  # Qt 6.5+: follow the system's light/dark switch live
            hints.colorSchemeChanged.connect(self.refresh_theme)
        self._restore_settings()

    # ------------------------------------------------------------------ menus
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.action_export_image = QAction(self.tr("Export &image…"), self)
        self.action_export_image.setShortcut(QKeySequence(self.tr("Ctrl+E")))
        self.action_export_image.setStatusTip(self.tr("Save a plot of the current panel as PNG or SVG"))
        self.action_export_image.setToolTip(self.action_export_image.statusTip())
        self.action_export_image.triggered.connect(self.export_image_dialog)
        file_menu.addAction(self.action_export_image)

        self.action_export_data = QAction(self.tr("Export &data…"), self)
        self.action_export_data.setShortcut(QKeySequence(self.tr("Ctrl+Shift+E")))
        self.action_export_data.setStatusTip(self.tr("Save the data behind a plot of the current panel as CSV"))
        self.action_export_data.setToolTip(self.action_export_data.statusTip())
        self.action_export_data.triggered.connect(self.export_data_dialog)
        file_menu.addAction(self.action_export_data)
        file_menu.addSeparator()

        self.action_quit = QAction(self.tr("&Quit"), self)
        self.action_quit.setShortcut(QKeySequence.StandardKey.Quit)
        self.action_quit.setStatusTip(self.tr("Close dlfs-studio"))
        self.action_quit.triggered.connect(self.close)
        file_menu.addAction(self.action_quit)

        view_menu = bar.addMenu(self.tr("&View"))
        self.action_presentation = QAction(self.tr("&Presentation mode"), self)
        self.action_presentation.setCheckable(True)
        self.action_presentation.setShortcuts([QKeySequence(Qt.Key.Key_F5), QKeySequence(self.tr("Ctrl+P"))])
        self.action_presentation.setStatusTip(
            self.tr("Big fonts and thick lines for a projector; hides secondary controls (F5 or Ctrl+P)"))
        self.action_presentation.toggled.connect(self.set_presentation_mode)
        view_menu.addAction(self.action_presentation)

        self.action_fullscreen = QAction(self.tr("&Full screen"), self)
        self.action_fullscreen.setCheckable(True)
        self.action_fullscreen.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.action_fullscreen.setStatusTip(self.tr("Use the whole screen (F11)"))
        self.action_fullscreen.toggled.connect(self._set_full_screen)
        view_menu.addAction(self.action_fullscreen)
        view_menu.addSeparator()
        self.panel_actions: list[QAction] = []
        for index, (key, title, _m, _c) in enumerate(PANEL_SPECS):
            act = QAction(_tr(title), self)
            act.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            act.setStatusTip(_tr(PANEL_TOOLTIPS[key]))
            act.triggered.connect(lambda _checked=False, k=key: self.show_panel(k))
            view_menu.addAction(act)
            self.panel_actions.append(act)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.action_shortcuts = QAction(self.tr("&Keyboard shortcuts"), self)
        self.action_shortcuts.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.action_shortcuts.setStatusTip(self.tr("List the keyboard shortcuts"))
        self.action_shortcuts.triggered.connect(self.show_shortcuts)
        help_menu.addAction(self.action_shortcuts)
        self.action_about = QAction(self.tr("&About dlfs-studio"), self)
        self.action_about.setStatusTip(self.tr("About this application"))
        self.action_about.triggered.connect(self.show_about)
        help_menu.addAction(self.action_about)

    def _style_tabs(self) -> None:
        scale = style.presentation_scale(self._presentation)
        f = QFont(self._base_font)
        f.setPointSizeF(self._base_font.pointSizeF() * 1.1 * scale)
        self.panel_tabs.setFont(f)
        pad_v, pad_h = int(7 * scale), int(18 * scale)
        self.panel_tabs.setStyleSheet(
            f"QTabBar#panelTabs::tab {{ padding: {pad_v}px {pad_h}px; margin: 4px 2px 0 2px; border: none;"
            f" border-bottom: 3px solid transparent; }}"
            f"QTabBar#panelTabs::tab:selected {{ border-bottom: 3px solid {style.ACCENT}; font-weight: bold; }}"
            f"QTabBar#panelTabs::tab:hover:!selected {{ border-bottom: 3px solid palette(mid); }}")

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
        self.stack.insertWidget(index, widget)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self._panels[key] = widget
        try:
            widget.set_presentation_mode(self._presentation)
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
        """Switch to the panel ``key`` ("loss", "descent" or "training")."""
        self.panel_tabs.setCurrentIndex(self.panel_keys().index(key))

    def _on_row_changed(self, row: int) -> None:
        if row < 0:
            return
        key = PANEL_SPECS[row][0]
        widget = self.panel(key)
        self.stack.setCurrentWidget(widget)
        self.statusBar().showMessage(widget.title(), 2000)
        self.panelChanged.emit(key)

    # ------------------------------------------------------------------ presentation mode
    def is_presentation_mode(self) -> bool:
        """True while presentation mode is on."""
        return self._presentation

    def set_presentation_mode(self, on: bool) -> None:
        """Scale the application font and tell every created panel (panels created later get it too)."""
        on = bool(on)
        if on == self._presentation:
            return
        self._presentation = on
        style.set_current_presentation(on)
        if self.action_presentation.isChecked() != on:
            self.action_presentation.setChecked(on)
        f = QFont(self._base_font)
        f.setPointSizeF(self._base_font.pointSizeF() * style.presentation_scale(on))
        QApplication.setFont(f)
        self.centralWidget().setFont(f)
        self.menuBar().setFont(f)
        self.statusBar().setFont(f)
        self._style_tabs()
        for panel in self._panels.values():
            try:
                panel.set_presentation_mode(on)
            except Exception:
                self.statusBar().showMessage(self.tr("A panel failed to switch presentation mode"), 5000)
        self.statusBar().showMessage(
            self.tr("Presentation mode on (F5 to leave)") if on else self.tr("Presentation mode off"), 3000)
        self.presentationModeChanged.emit(on)

    def refresh_theme(self, *_args: object) -> None:
        """Re-apply the light/dark plot colours after the system colour scheme changed."""
        style.init_pyqtgraph(force=True)
        self._style_tabs()
        for panel in self._panels.values():
            try:
                panel.set_presentation_mode(self._presentation)  # re-styles every plot with the new theme
            except Exception:
                self.statusBar().showMessage(self.tr("A panel failed to switch theme"), 5000)

    def _set_full_screen(self, on: bool) -> None:
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    # ------------------------------------------------------------------ export
    def export_targets(self) -> list:
        """The current panel's export targets, normalised to :class:`app.export.ExportTarget`."""
        from dlfs_studio.app.export import normalise_targets

        return normalise_targets(self.current_panel().export_targets())

    def export_image_to(self, path: str | Path, target_name: str | None = None) -> Path:
        """Export the current panel's plot ``target_name`` (default: the first plot) to ``path`` (.png/.svg).

        Raises :class:`app.export.NothingToExport` (saying why) when the target has no data yet.
        """
        from dlfs_studio.app.export import export_image

        targets = [t for t in self.export_targets() if t.has_image]
        target = self._pick(targets, target_name)
        self._check(target)
        out = export_image(target.plot, path)
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(out)), 5000)
        return out

    def export_data_to(self, path: str | Path, target_name: str | None = None) -> Path:
        """Export the data of the current panel's target ``target_name`` (default: the first) to CSV ``path``."""
        from dlfs_studio.app.export import write_csv

        targets = [t for t in self.export_targets() if t.has_data]
        target = self._pick(targets, target_name)
        self._check(target)
        out = write_csv(target.csv_table(), path)
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(out)), 5000)
        return out

    @staticmethod
    def _check(target: Any) -> None:
        from dlfs_studio.app.export import NothingToExport

        reason = target.check()
        if reason:
            raise NothingToExport(reason)

    def _pick(self, targets: list, name: str | None) -> Any:
        if not targets:
            raise LookupError(self.tr("This panel has nothing to export yet."))
        if name is None:
            return targets[0]
        for t in targets:
            if t.name == name:
                return t
        raise LookupError(self.tr("No export target named %1").replace("%1", name))

    def _choose_target(self, targets: list, caption: str) -> Any | None:
        if not targets:
            QMessageBox.information(self, caption, self.tr("This panel has nothing to export yet."))
            return None
        if len(targets) == 1:
            return targets[0]
        names = [t.name for t in targets]
        name, ok = QInputDialog.getItem(self, caption, self.tr("Which one?"), names, 0, False)
        return targets[names.index(name)] if ok else None

    def _last_dir(self) -> str:
        return str(self._settings.value("export/dir", str(Path.home())))

    def _ready_target(self, caption: str, want: str) -> Any | None:
        """Ask which target (``want``: "has_image" or "has_data"); None, after telling the learner, when there
        is none or it has nothing to export yet."""
        target = self._choose_target([t for t in self.export_targets() if getattr(t, want)], caption)
        if target is None:
            return None
        reason = target.check()
        if reason:
            QMessageBox.information(self, caption, reason)
            return None
        return target

    def export_image_dialog(self) -> None:
        """Ask which plot and where, then save it as PNG or SVG."""
        caption = self.tr("Export image")
        target = self._guarded(lambda: self._ready_target(caption, "has_image"))
        if target is None:
            return
        png, svg = self.tr("PNG image (*.png)"), self.tr("SVG vector image (*.svg)")
        suggested = str(Path(self._last_dir()) / (_safe_name(target.name) + ".png"))
        path, chosen = QFileDialog.getSaveFileName(self, caption, suggested, f"{png};;{svg}")
        if not path:
            return
        if Path(path).suffix.lower() not in (".png", ".svg"):
            path += ".svg" if chosen == svg else ".png"
        self._run_export(lambda: self.export_image_to(path, target.name), path, caption)

    def export_data_dialog(self) -> None:
        """Ask which data and where, then save it as CSV."""
        caption = self.tr("Export data")
        target = self._guarded(lambda: self._ready_target(caption, "has_data"))
        if target is None:
            return
        suggested = str(Path(self._last_dir()) / (_safe_name(target.name) + ".csv"))
        path, _ = QFileDialog.getSaveFileName(self, caption, suggested, self.tr("CSV table (*.csv)"))
        if not path:
            return
        if Path(path).suffix.lower() != ".csv":
            path += ".csv"
        self._run_export(lambda: self.export_data_to(path, target.name), path, caption)

    def _guarded(self, job: Callable[[], Any]) -> Any | None:
        """``job()``, or None after the "Export failed" dialog if it raised (a panel's bug must not end in a
        traceback on the console only)."""
        try:
            return job()
        except Exception as exc:
            traceback.print_exc()
            QMessageBox.warning(self, self.tr("Export failed"), f"{type(exc).__name__}: {exc}")
            return None

    def _run_export(self, job: Callable[[], Path], path: str, caption: str) -> None:
        from dlfs_studio.app.export import NothingToExport

        try:
            job()
        except NothingToExport as exc:  # the data went away meanwhile (e.g. Reset): say so, write nothing
            QMessageBox.information(self, caption, str(exc))
            return
        except Exception as exc:  # disk full, permission denied, a bug...: tell the user, keep running
            traceback.print_exc()
            QMessageBox.warning(self, self.tr("Export failed"),
                                self.tr("Could not save %1:\n%2").replace("%1", path).replace("%2", str(exc)))
            return
        self._settings.setValue("export/dir", str(Path(path).parent))

    # ------------------------------------------------------------------ help
    def shortcuts_text(self) -> str:
        """The keyboard shortcuts as plain text lines (shown by Help > Keyboard shortcuts)."""
        lines = [
            self.tr("F5 or Ctrl+P\tPresentation mode on/off"),
            self.tr("F11\tFull screen on/off"),
            self.tr("Ctrl+1, Ctrl+2, Ctrl+3\tLoss functions, Gradient descent, Training"),
            self.tr("Ctrl+E\tExport image (PNG, SVG)"),
            self.tr("Ctrl+Shift+E\tExport data (CSV)"),
            self.tr("F1\tThis list"),
            self.tr("Ctrl+Q\tQuit"),
        ]
        return "\n".join(lines)

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

    # ------------------------------------------------------------------ settings / close
    def _restore_settings(self) -> None:
        geometry = self._settings.value("window/geometry")
        if isinstance(geometry, (QByteArray, bytes)) and len(geometry):
            self.restoreGeometry(QByteArray(geometry))
        else:
            self.resize(1280, 720)
        last = str(self._settings.value("window/panel", PANEL_SPECS[0][0]))
        keys = self.panel_keys()
        index = keys.index(last) if last in keys else 0
        if index == self.panel_tabs.currentIndex():
            self._on_row_changed(index)  # the first tab is current already: create it now
        else:
            self.panel_tabs.setCurrentIndex(index)

    def save_settings(self) -> None:
        """Store window geometry and the current panel."""
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/panel", self.current_key())
        self._settings.sync()

    def confirm_close(self) -> bool:
        """Ask each panel holding unsaved work (a training run, a trained network not saved) whether to save it
        (Save… / Discard / Cancel); False if the learner cancelled. The panel is shown while it asks."""
        for key, panel in list(self._panels.items()):
            try:
                unsaved = bool(getattr(panel, "has_unsaved_work", lambda: False)())
                if not unsaved:
                    continue
                self.show_panel(key)
                if not panel.maybe_save(self.tr("Closing dlfs-studio discards it.")):
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
            self.save_settings()
            for panel in self._panels.values():
                try:
                    panel.shutdown()
                except Exception:
                    traceback.print_exc()
        super().closeEvent(event)


def _safe_name(name: str) -> str:
    keep = "".join(c if c.isalnum() or c in "-_ " else "_" for c in name).strip()
    return keep.replace(" ", "_") or "export"
