"""Loading a dataset for the training view in a worker thread, and cutting it to a run's subsets.

:class:`DatasetLoader` reads "mnist", "fashion-mnist" or a folder of IDX files through ``core.data`` in a
:class:`~dlfs_studio.app.worker.GeneratorWorker` and says ``loaded(dataset)`` or ``failed(exception,
target)``; a newer load (or :meth:`DatasetLoader.stop`) silences the older one.
"""
from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from dlfs_studio.app.worker import GeneratorWorker, Update, WorkerRunner
from dlfs_studio.core.data import load_dataset

#: Milliseconds to wait for a loading worker to stop (closing, switching dataset).
STOP_TIMEOUT_MS = 1000


def cut_dataset(ds: Any, values: dict[str, Any], cut_train: bool = True) -> Any:
    """``ds`` cut to the run's test subset ``values["test_subset"]`` (and training subset
    ``values["train_subset"]`` unless ``cut_train`` is False); 0 keeps all of it."""
    ntr, nte = int(values["train_subset"]) if cut_train else 0, int(values["test_subset"])
    if ntr or nte:
        ds = dataclasses.replace(ds, x_train=ds.x_train[:ntr or None], t_train=ds.t_train[:ntr or None],
                                 x_test=ds.x_test[:nte or None], t_test=ds.t_test[:nte or None])
    return ds


class DatasetLoader(QObject):
    """One dataset load at a time in a worker thread (normalised, flattened images)."""

    loaded = Signal(object)  # the core Dataset
    failed = Signal(object, str)  # the exception, the target ("mnist", a folder)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.target = ""
        self._runner: WorkerRunner | None = None
        self._worker: GeneratorWorker | None = None

    def load(self, target: str | Path, data_dir: str | None) -> None:
        """Start loading ``target`` (a load under way is stopped and forgotten)."""
        self.stop()
        target = str(target)
        worker = GeneratorWorker(lambda: iter([load_dataset(target, data_dir, normalize=True, flatten=True)]))
        worker.updated.connect(self._on_update)
        worker.raised.connect(self._on_error)
        self._worker = worker
        self.target = target
        self._runner = WorkerRunner(worker, self)
        self._runner.start()

    def stop(self) -> None:
        """Stop a load under way (waits at most :data:`STOP_TIMEOUT_MS`); it reports nothing more."""
        if self._runner is not None:
            self._runner.stop(STOP_TIMEOUT_MS, disconnect=True)
        self._runner = None
        self._worker = None

    def _mine(self) -> bool:
        return self._worker is not None and self.sender() is self._worker

    def _on_update(self, update: Update) -> None:
        if self._mine():
            self.loaded.emit(update.items[-1])

    def _on_error(self, exc: object) -> None:
        if self._mine():
            self.failed.emit(exc, self.target)
