"""Where the chapter-3 and chapter-7 views get their trained network and their digits from.

* :class:`DatasetHolder` (one per process): loads the MNIST-format dataset once, in the worker, from the
  folder the training view uses (``DLFS_DATA``, the "training/data_dir" setting, then core's search).
* :class:`NetworkSource` (a controller, no widgets): the network the view shows. It follows the training view's
  network through :func:`app.model_hub.model_hub` whenever that one is suitable, and also loads a saved model
  (``.npz``, ``core.serialize``) or trains one now in the worker (progress, cancel).
* :class:`NetworkSourceBar`: the row of buttons and the status line that drive a NetworkSource.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout, QWidget

from dlfs_studio.app import style
from dlfs_studio.app.model_hub import model_hub
from dlfs_studio.app.worker import GeneratorWorker, Update, WorkerRunner


def _settings_data_dir() -> str | None:
    from dlfs_studio.app.main_window import make_settings

    return str(make_settings().value("training/data_dir", "") or "") or None


class DatasetHolder(QObject):
    """Loads the test and training images once (in the worker) for every view that needs them.

    ``loaded`` fires with the ``core.data.Dataset``; ``failed(message, not_found)`` with a sentence (and True
    when the files are simply missing, so the view can say how to get them).
    """

    loaded = Signal(object)
    failed = Signal(str, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dataset: Any = None
        self.error = ""
        self._runner: WorkerRunner | None = None

    def data_dir(self) -> str | None:
        return os.environ.get("DLFS_DATA") or _settings_data_dir()

    def is_loading(self) -> bool:
        return self._runner is not None and self._runner.is_running()

    def set_dataset(self, dataset: Any) -> None:
        """Use ``dataset`` (a ``core.data.Dataset``-like object with x_test, t_test, x_train, t_train)."""
        self.dataset, self.error = dataset, ""
        self.loaded.emit(dataset)

    def request(self, folder: str | None = None) -> None:
        """Load MNIST (or the dataset in ``folder``) unless it is loaded or loading; ``loaded``/``failed`` follow."""
        if self.dataset is not None and folder is None:
            self.loaded.emit(self.dataset)
            return
        if self.is_loading():
            return
        from dlfs_studio.core.data import load_dataset

        data_dir = self.data_dir()
        target: str | Path = folder if folder else "mnist"
        worker = GeneratorWorker(lambda: iter([load_dataset(target, data_dir, normalize=True, flatten=True)]))
        runner = WorkerRunner(worker, self)
        worker.raised.connect(self._on_raised)
        worker.done.connect(self._on_done)
        self._runner = runner
        runner.start()

    def _on_raised(self, exc: object) -> None:
        from dlfs_studio.core.data import DatasetNotFoundError

        self.error = str(exc)
        self.failed.emit(self.error, isinstance(exc, DatasetNotFoundError))

    def _on_done(self, last: object) -> None:
        if last is not None:
            self.set_dataset(last)

    def shutdown(self) -> None:
        if self._runner is not None:
            self._runner.stop(3000, disconnect=True)


_HOLDER: DatasetHolder | None = None


def dataset_holder() -> DatasetHolder:
    """The process-wide :class:`DatasetHolder` (created on first use, in the GUI thread)."""
    global _HOLDER
    if _HOLDER is None:
        _HOLDER = DatasetHolder()
    return _HOLDER


@dataclass(frozen=True)
class TrainRecipe:
    """What "Train one now" trains: a network factory and the ``core.training.TrainConfig`` arguments."""

    name: str
    make_net: Callable[[], Any]
    config: dict[str, Any]


def two_layer_recipe(iterations: int = 6000) -> TrainRecipe:
    """The book's TwoLayerNet (784-50-10 sigmoid, lr 0.1, batch 100) for a few seconds."""
    from dlfs_studio.core.nets import TwoLayerNet

    return TrainRecipe("TwoLayerNet 784-50-10",
                       lambda: TwoLayerNet(784, 50, 10, activation="sigmoid", rng=np.random.default_rng(0)),
                       {"iterations": iterations, "lr": 0.1, "batch_size": 100, "eval_train_limit": 1000})


def simple_conv_recipe(epochs: int = 1) -> TrainRecipe:
    """The book's SimpleConvNet (30 filters 5x5, Adam lr 0.001, batch 100) for about one epoch."""
    from dlfs_studio.core.conv import SimpleConvNet

    return TrainRecipe("SimpleConvNet", lambda: SimpleConvNet(rng=np.random.default_rng(0)),
                       {"iterations": None, "epochs": epochs, "mode": "epochs", "optimizer": "adam", "lr": 0.001,
                        "batch_size": 100, "eval_train_limit": 1000})


class NetworkSource(QObject):
    """The network a view shows, from the training view (model hub), a file, or "Train one now".

    ``accepts(net) -> str | None``: None when the view can show ``net``, else why not. ``changed`` fires when the
    network changes; ``status(text, level)`` with a sentence for the status line; ``progress(fraction)`` while
    training (-1 when idle).
    """

    changed = Signal()
    status = Signal(str, str)
    progress = Signal(float)

    def __init__(self, accepts: Callable[[Any], str | None], recipe: Callable[[], TrainRecipe],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.accepts = accepts
        self.recipe = recipe
        self.net: Any = None
        self.description = ""
        self.origin = ""
        self._runner: WorkerRunner | None = None
        self._training_net: Any = None
        self._recipe_name = ""
        self._last_eval: Any = None
        model_hub().changed.connect(self.take_from_hub)

    # ------------------------------------------------------------------ sources
    def take_from_hub(self) -> bool:
        """Show the training view's network if it has a suitable one (True if taken)."""
        current = model_hub().current()
        if current is None or self.is_training():
            return False
        why = self.accepts(current.net)
        if why:
            self.status.emit(self.tr("The training view's network cannot be shown here: %1").replace("%1", why),
                             "info")
            return False
        self._set(current.net, self.tr("from the training view: %1").replace("%1", current.description), "hub")
        return True

    def load_file(self, path: str | Path) -> bool:
        """Read a model file written by ``dlfs train --save`` or the training view (never unpickled)."""
        from dlfs_studio.core.serialize import ModelFileError, read_model

        try:
            net = read_model(path).net
        except ModelFileError as exc:
            self.status.emit(str(exc), "error")
            return False
        why = self.accepts(net)
        if why:
            name = Path(path).name
            self.status.emit(self.tr("%1 cannot be shown here: %2").replace("%1", name).replace("%2", why), "error")
            return False
        self._set(net, self.tr("loaded from %1").replace("%1", Path(path).name), "file")
        return True

    def set_network(self, net: Any, description: str) -> None:
        """Show ``net`` (e.g. made in a test)."""
        why = self.accepts(net)
        if why:
            raise ValueError(why)
        self._set(net, description, "given")

    def _set(self, net: Any, description: str, origin: str) -> None:
        self.net, self.description, self.origin = net, description, origin
        self.status.emit(self.tr("Network: %1").replace("%1", description), "ok")
        self.changed.emit()

    # ------------------------------------------------------------------ train one now
    def is_training(self) -> bool:
        return self._runner is not None and self._runner.is_running()

    def train_now(self, dataset: Any) -> bool:
        """Train the recipe's network on ``dataset`` in the worker; False (with a status) if it cannot start."""
        if self.is_training():
            return False
        if dataset is None:
            self.status.emit(self.tr("Load the dataset first."), "error")
            return False
        from dlfs_studio.core.training import TrainConfig, TrainingControl, train

        recipe = self.recipe()
        net = recipe.make_net()
        config = TrainConfig(**recipe.config)
        control = TrainingControl()
        worker = GeneratorWorker(lambda: train(net, dataset, config, control), control=control,
                                 is_urgent=lambda p: p.state != "running")
        self._training_net, self._recipe_name, self._last_eval = net, recipe.name, None
        runner = WorkerRunner(worker, self)
        worker.updated.connect(self._on_update)
        worker.failed.connect(lambda msg: self.status.emit(msg, "error"))
        worker.done.connect(self._on_done)
        self._runner = runner
        self.status.emit(self.tr("Training %1…").replace("%1", recipe.name), "info")
        self.progress.emit(0.0)
        runner.start()
        return True

    def cancel(self) -> None:
        """Stop "Train one now"; the half-trained network is dropped."""
        if self._runner is not None and self.is_training():
            self._training_net = None
            self._runner.worker.stop()

    def _on_update(self, update: Update) -> None:
        if self._runner is not None:
            self._runner.worker.acknowledge()
        last = update.items[-1]
        evals = [p.eval for p in update.items if p.eval is not None]
        if evals:
            self._last_eval = evals[-1]
        if last.total_iterations:
            self.progress.emit(last.iteration / last.total_iterations)

    def _on_done(self, last: Any) -> None:
        net, self._training_net = self._training_net, None
        self.progress.emit(-1.0)
        if net is None or last is None or last.state != "finished":
            self.status.emit(self.tr("Training stopped; the network was not kept."), "warning")
            return
        acc = ""
        if self._last_eval is not None:
            acc = self.tr(", test accuracy %1").replace("%1", f"{self._last_eval.test_acc:.4f}")
        self._set(net, self.tr("%1 trained just now (%2 iterations%3)").replace("%1", self._recipe_name)
                  .replace("%2", str(last.iteration)).replace("%3", acc), "trained")

    def shutdown(self) -> None:
        if self._runner is not None:
            self._runner.stop(3000, disconnect=True)


class NetworkSourceBar(QWidget):
    """Buttons (Use the training view's network, Load model…, Train one now / Cancel), a progress bar and a
    status line for a :class:`NetworkSource`, plus the dataset's state."""

    def __init__(self, source: NetworkSource, train_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self._train_label = train_label
        self.holder = dataset_holder()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.hub_button = QPushButton(self.tr("Use the training view's network"), self)
        self.hub_button.setToolTip(self.tr("Show the network the MNIST training view holds now"))
        self.hub_button.clicked.connect(self._use_hub)
        self.load_button = QPushButton(self.tr("Load model…"), self)
        self.load_button.setToolTip(self.tr("Open a model saved by the training view or by dlfs train --save (.npz)"))
        self.load_button.clicked.connect(self._choose_file)
        self.train_button = QPushButton(train_label, self)
        self.train_button.setToolTip(self.tr("Train a network in the background now (progress below; Cancel stops)"))
        self.train_button.clicked.connect(self._train_or_cancel)
        self.folder_button = QPushButton(self.tr("Choose data folder…"), self)
        self.folder_button.setToolTip(self.tr("The folder holding MNIST's four files (or mnist/ and fashion-mnist/)"))
        self.folder_button.clicked.connect(self._choose_folder)
        self.folder_button.setVisible(False)
        for b in (self.hub_button, self.load_button, self.train_button, self.folder_button):
            row.addWidget(b)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1000)
        self.bar.setVisible(False)
        self.bar.setMaximumWidth(220)
        row.addWidget(self.bar)
        row.addStretch(1)
        column.addLayout(row)
        self.status_label = style.error_label(self)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.status_label)
        source.status.connect(self.show_status)
        source.progress.connect(self._on_progress)
        self.holder.failed.connect(self._on_data_failed)
        self.holder.loaded.connect(self._on_data_loaded)
        self._waiting = False
        self._file_dialog: Callable[[], str] = self._ask_file

    def show_status(self, text: str, level: str = "info") -> None:
        style.set_error_label(self.status_label, text, level)

    def _use_hub(self) -> None:
        if not self.source.take_from_hub() and model_hub().current() is None:
            self.show_status(self.tr("The training view holds no network yet: train one there, load a model, "
                                     "or train one now here."), "info")

    def _ask_file(self) -> str:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Load model"), str(Path.home()),
                                              self.tr("dlfs-studio model (*.npz)"))
        return path

    def _choose_file(self) -> None:
        path = self._file_dialog()
        if path:
            self.source.load_file(path)

    def _train_or_cancel(self) -> None:
        if self.source.is_training():
            self.source.cancel()
            return
        if self.holder.dataset is None:
            self.show_status(self.tr("Loading MNIST first…"), "info")
            self._waiting = True
            self.holder.request()
            return
        self.source.train_now(self.holder.dataset)

    def _on_data_loaded(self, dataset: Any) -> None:
        self.folder_button.setVisible(False)
        if self._waiting:
            self._waiting = False
            self.source.train_now(dataset)

    def _on_data_failed(self, message: str, not_found: bool) -> None:
        self._waiting = False
        if not_found:
            message = self.tr("MNIST was not found. Choose the folder holding its four files, set DLFS_DATA, run "
                              "“dlfs data --fetch mnist”, or download it from the MNIST training view's dataset "
                              "dialog.") + "\n" + message
        self.folder_button.setVisible(True)
        self.show_status(message, "error")

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder holding MNIST"), str(Path.home()))
        if folder:
            self.holder.request(folder)

    def _on_progress(self, fraction: float) -> None:
        training = fraction >= 0
        self.bar.setVisible(training)
        self.train_button.setText(self.tr("Cancel") if training else self._train_label)
        if training:
            self.bar.setValue(int(1000 * fraction))

