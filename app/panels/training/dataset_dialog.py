"""The "dataset not found" dialog: download it (progress, speed, cancel, checksum by core) or pick a folder.

The download runs in a :class:`app.worker.GeneratorWorker` (``core.download.download_dataset``
with its progress callback); cancelling stops the worker, and core removes partial files.
When offline, core's error message says which files to put where.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from dlfs_studio.app import style
from dlfs_studio.app.worker import GeneratorWorker, Update, WorkerRunner
from dlfs_studio.core.data import download_target


def human_bytes(n: float) -> str:
    for unit in ("B", "kB", "MB", "GB"):
        if abs(n) < 1000 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000.0
    return f"{n:.1f} GB"


def gui_message(text: str) -> str:
    """core's message for a learner in the app: the command-line advice becomes the buttons below."""
    lines = [ln for ln in str(text).splitlines() if "dlfs " not in ln]
    if len(lines) < len(str(text).splitlines()):
        lines.append(QCoreApplication.translate("DatasetDialog", "or press Download below (or Choose folder… if "
                                                                  "you have them elsewhere)."))
    return "\n".join(lines)


class DatasetDialog(QDialog):
    """Offer to download a missing dataset or to choose the folder holding its four IDX files.

    ``folderChosen(Path)`` is emitted with the downloaded or chosen folder; the dialog then closes.
    """

    folderChosen = Signal(object)

    def __init__(self, name: str, message: str, data_dir: str | Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dataset not found"))
        self.setMinimumWidth(600)
        self.name = name
        self.data_dir = data_dir
        self.target = download_target(name, data_dir) if name in ("mnist", "fashion-mnist") else None
        layout = QVBoxLayout(self)
        self.message = QLabel(gui_message(message), self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setToolTip(self.tr("Where the dataset was looked for, and which files it needs"))
        layout.addWidget(self.message)
        if self.target is not None:
            where = QLabel(self.tr("Download into: %1").replace("%1", str(self.target)), self)
            where.setWordWrap(True)
            where.setToolTip(self.tr("The folder the four files will be saved in (checksums verified)"))
            layout.addWidget(where)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.progress.setToolTip(self.tr("Download progress of the current file"))
        layout.addWidget(self.progress)
        self.status = QLabel("", self)
        self.status.setToolTip(self.tr("File, size and speed of the download"))
        layout.addWidget(self.status)
        self.error = style.error_label(self)
        # the whole error stays readable (long mirror URLs wrap anywhere) and can be copied
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.MinimumExpanding)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.download_button = QPushButton(self.tr("Download"), self)
        self.download_button.setToolTip(self.tr("Download the four files from the public mirrors and verify "
                                                "their checksums"))
        self.download_button.setEnabled(self.target is not None)
        self.folder_button = QPushButton(self.tr("Choose folder…"), self)
        self.folder_button.setToolTip(self.tr("Pick a folder that already holds the four IDX files"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setToolTip(self.tr("Cancel the download, or close this dialog"))
        buttons.addButton(self.download_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(buttons)
        self.download_button.clicked.connect(self.start_download)
        self.folder_button.clicked.connect(self.choose_folder)
        self.cancel_button.clicked.connect(self.cancel)
        self._runner: WorkerRunner | None = None
        self._worker: GeneratorWorker | None = None

    # ------------------------------------------------------------------ download in the worker
    def start_download(self) -> None:
        if self.target is None or self._runner is not None:
            return
        from dlfs_studio.core.download import download_dataset

        name, target = self.name, self.target
        worker = GeneratorWorker.from_callback(
            lambda report: download_dataset(name, target, progress=report), interval=0.1)
        worker.updated.connect(self._on_update)
        worker.raised.connect(self._on_error)
        worker.done.connect(self._on_done)
        self._worker = worker
        self._runner = WorkerRunner(worker, self)
        self.download_button.setEnabled(False)
        self.folder_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        style.set_error_label(self.error, None)
        self.status.setText(self.tr("Connecting…"))
        self._runner.start()

    def _on_update(self, update: Update) -> None:
        if self._worker is not None:
            self._worker.acknowledge()
        last = update.items[-1]
        if hasattr(last, "bytes_done"):
            total = last.bytes_total
            if total:
                self.progress.setRange(0, 1000)
                self.progress.setValue(int(1000 * last.bytes_done / total))
                size = f"{human_bytes(last.bytes_done)} / {human_bytes(total)}"
            else:
                self.progress.setRange(0, 0)
                size = human_bytes(last.bytes_done)
            self.status.setText(self.tr("%1: %2 at %3/s (%4)").replace("%1", last.file).replace("%2", size)
                                .replace("%3", human_bytes(last.bytes_per_sec)).replace("%4", last.mirror))

    def _on_error(self, exc: object) -> None:
        self.progress.setVisible(False)
        if self._worker is not None and self._worker.stop_requested:
            self.status.setText(self.tr("Download cancelled; no partial file was kept."))
        else:
            text = gui_message(str(exc)).replace("\n  ", "\n    ")
            # break long URLs so the label can wrap them instead of cutting them off
            text = text.replace("/", "/\u200b")
            style.set_error_label(self.error, self.tr("The download failed: %1").replace("%1", text) + "\n"
                                  + self.tr("Check the internet connection and press Download again, or copy the "
                                            "four files into a folder and press Choose folder…"))
            self.status.setText("")
            self.adjustSize()  # grow to show the whole message
            self.resize(max(self.width(), 600), max(self.height(), self.sizeHint().height()))

    def _on_done(self, result: object) -> None:
        stopped = self._worker is not None and self._worker.stop_requested
        if self._runner is not None:
            self._runner.wait(1000)
        self._runner = None
        self._worker = None
        self.download_button.setEnabled(self.target is not None)
        self.folder_button.setEnabled(True)
        if isinstance(result, Path) and not stopped:
            self.status.setText(self.tr("Downloaded and verified."))
            self.folderChosen.emit(result)
            self.accept()

    def cancel(self) -> None:
        if self._runner is not None:
            self._runner.stop(1000)
            self.status.setText(self.tr("Download cancelled; no partial file was kept."))
            return
        self.reject()

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder holding the four IDX files"))
        if folder:
            self.folderChosen.emit(Path(folder))
            self.accept()

    def shutdown(self) -> None:
        if self._runner is not None:
            self._runner.stop(1000, disconnect=True)
            self._runner = None

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)

    def reject(self) -> None:
        self.shutdown()
        super().reject()
