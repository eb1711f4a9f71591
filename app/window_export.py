"""The main window's export actions (File > Export image / Export data): pick a plot of the current panel, ask
where, write PNG/SVG or CSV, and say what went wrong in one line. :class:`~dlfs_studio.app.main_window.MainWindow`
inherits them; its texts keep the "MainWindow" translation context."""
from __future__ import annotations

import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow, QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class WindowExport(QMainWindow):
    """Export of the current panel's plots and data; the subclass provides :meth:`current_panel`."""

    _settings: QSettings

    def current_panel(self) -> QWidget:  # pragma: no cover - the main window overrides it
        raise NotImplementedError

    # ------------------------------------------------------------------ export
    def export_targets(self) -> list:
        """The current panel's export targets, normalised to :class:`app.export.ExportTarget`."""
        from dlfs_studio.app.export import normalise_targets
        from dlfs_studio.app.window_panels import protocol

        return normalise_targets(protocol(self.current_panel()).export_targets())

    def export_image_to(self, path: str | Path, target_name: str | None = None) -> Path:
        """Export the current panel's plot ``target_name`` (default: the first plot) to ``path`` (.png/.svg).

        Raises :class:`app.export.NothingToExport` (saying why) when the target has no data yet.
        """
        from dlfs_studio.app.export import export_image

        targets = [t for t in self.export_targets() if t.has_image]
        target = self._pick(targets, target_name)
        self._check(target)
        out = export_image(target.plot, path)
        self.statusBar().showMessage(_tr("Saved %1").replace("%1", str(out)), 5000)
        return out

    def export_data_to(self, path: str | Path, target_name: str | None = None) -> Path:
        """Export the data of the current panel's target ``target_name`` (default: the first) to CSV ``path``."""
        from dlfs_studio.app.export import write_csv

        targets = [t for t in self.export_targets() if t.has_data]
        target = self._pick(targets, target_name)
        self._check(target)
        out = write_csv(target.csv_table(), path)
        self.statusBar().showMessage(_tr("Saved %1").replace("%1", str(out)), 5000)
        return out

    @staticmethod
    def _check(target: Any) -> None:
        from dlfs_studio.app.export import NothingToExport

        reason = target.check()
        if reason:
            raise NothingToExport(reason)

    def _pick(self, targets: list, name: str | None) -> Any:
        if not targets:
            raise LookupError(_tr("This panel has nothing to export yet."))
        if name is None:
            return targets[0]
        for t in targets:
            if t.name == name:
                return t
        raise LookupError(_tr("No export target named %1").replace("%1", name))

    def _choose_target(self, targets: list, caption: str) -> Any | None:
        if not targets:
            QMessageBox.information(self, caption, _tr("This panel has nothing to export yet."))
            return None
        if len(targets) == 1:
            return targets[0]
        names = [t.name for t in targets]
        name, ok = QInputDialog.getItem(self, caption, _tr("Which one?"), names, 0, False)
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
        caption = _tr("Export image")
        target = self._guarded(lambda: self._ready_target(caption, "has_image"))
        if target is None:
            return
        png, svg = _tr("PNG image (*.png)"), _tr("SVG vector image (*.svg)")
        suggested = str(Path(self._last_dir()) / (_safe_name(target.name) + ".png"))
        path, chosen = QFileDialog.getSaveFileName(self, caption, suggested, f"{png};;{svg}")
        if not path:
            return
        if Path(path).suffix.lower() not in (".png", ".svg"):
            path += ".svg" if chosen == svg else ".png"
        self._run_export(lambda: self.export_image_to(path, target.name), path, caption)

    def export_data_dialog(self) -> None:
        """Ask which data and where, then save it as CSV."""
        caption = _tr("Export data")
        target = self._guarded(lambda: self._ready_target(caption, "has_data"))
        if target is None:
            return
        suggested = str(Path(self._last_dir()) / (_safe_name(target.name) + ".csv"))
        path, _ = QFileDialog.getSaveFileName(self, caption, suggested, _tr("CSV table (*.csv)"))
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
            QMessageBox.warning(self, _tr("Export failed"), f"{type(exc).__name__}: {exc}")
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
            QMessageBox.warning(self, _tr("Export failed"),
                                _tr("Could not save %1:\n%2").replace("%1", path).replace("%2", str(exc)))
            return
        self._settings.setValue("export/dir", str(Path(path).parent))


def _safe_name(name: str) -> str:
    keep = "".join(c if c.isalnum() or c in "-_ " else "_" for c in name).strip()
    return keep.replace(" ", "_") or "export"
