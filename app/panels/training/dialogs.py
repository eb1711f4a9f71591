"""What the training view asks the learner: which dataset or folder, where to save, whether to discard.

:class:`PanelDialogs` holds the panel's modal conversations (file dialogs, "save first?", the dataset
dialog) so that the panel stays a thin composition and the controller never opens a window.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from dlfs_studio.app.panels.training.dataset_dialog import DatasetDialog, gui_message
from dlfs_studio.app.panels.training.inspection import RUNNING
from dlfs_studio.app.panels.training.texts import dataset_title, tr_n
from dlfs_studio.core.data import DatasetError, DatasetNotFoundError
from dlfs_studio.core.serialize import ModelFileError


class PanelDialogs(QObject):
    """The panel's dialogs (``panel`` is the TrainingPanel)."""

    def __init__(self, panel: Any) -> None:
        super().__init__(panel)
        self.panel = panel
        self.dialog: DatasetDialog | None = None

    @property
    def ctl(self) -> Any:
        return self.panel.controller

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        from PySide6.QtCore import QCoreApplication
        return QCoreApplication.translate("TrainingPanel", text, disambiguation, n)

    # ------------------------------------------------------------------ datasets
    def dataset_chosen(self, key: str) -> None:
        ctl = self.ctl
        if key != "folder" and key == ctl.dataset_name and ctl.state != "empty":
            return  # already loaded (or loading): keep the results
        if key == "folder":
            folder = QFileDialog.getExistingDirectory(self.panel, self.tr("Folder holding the four IDX files"))
            if not folder:
                self.panel.form.sync_dataset(ctl.dataset_name)
                return
            target = folder
        else:
            target = key
        if not self.maybe_save(self.tr("Loading %1 clears the results of this network.")
                               .replace("%1", dataset_title(target))):
            self.panel.form.sync_dataset(ctl.dataset_name)
            return
        self.panel.load_dataset(target)

    def choose_data_folder(self) -> None:
        ctl = self.ctl
        folder = QFileDialog.getExistingDirectory(self.panel, self.tr("Folder holding mnist/ and fashion-mnist/"),
                                                  ctl.data_dir or str(Path.home()))
        if folder:
            ctl.data_dir = folder
            self.panel._settings.setValue("training/data_dir", folder)
            if self.maybe_save(self.tr("Loading %1 clears the results of this network.")
                               .replace("%1", dataset_title(ctl.dataset_name))):
                self.panel.load_dataset(ctl.dataset_name)

    def dataset_failed(self, exc: object, target: str) -> str:
        """Say why the dataset could not be loaded; offer the download dialog when it is missing."""
        text = str(exc)
        if isinstance(exc, DatasetNotFoundError) and target in ("mnist", "fashion-mnist"):
            text = gui_message(text)
            self.panel._message(text, "warning")
            self.show_dataset_dialog(target, text)
        elif isinstance(exc, DatasetError):
            self.panel._message(self.tr("The dataset could not be loaded: %1").replace("%1", text), "error")
        else:
            self.panel._message(self.tr("The dataset could not be loaded: %1: %2")
                                .replace("%1", type(exc).__name__).replace("%2", text), "error")
        return text

    def show_dataset_dialog(self, name: str, message: str) -> None:
        if self.dialog is not None:
            self.dialog.shutdown()
            self.dialog.deleteLater()
        self.dialog = DatasetDialog(name, message, self.ctl.data_dir, self.panel)
        self.dialog.folderChosen.connect(self.panel.load_dataset)
        self.dialog.open()

    # ------------------------------------------------------------------ models
    def save_model_dialog(self) -> bool:
        """Ask where, then save the network shown; True once it is saved."""
        run = self.ctl.current
        if run is None or not run.trained:
            return False
        path, _ = QFileDialog.getSaveFileName(self.panel, self.tr("Save model"), str(Path.home() / "model.npz"),
                                              self.tr("NumPy model (*.npz)"))
        return bool(path) and self.save_model(path) is not None

    def save_model(self, path: str | Path) -> Path | None:
        try:
            out = self.ctl.save_model(path)
        except (OSError, ValueError) as exc:
            text = str(exc)
            if "Nothing to save" in text:
                self.panel._message(text, "warning")
            else:
                self.panel._message(self.tr("Could not save the model: %1").replace("%1", text), "error")
            return None
        self.panel._message(self.tr("Saved the model to %1.").replace("%1", str(out)), "ok")
        return out

    def load_model_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.panel, self.tr("Load model"), str(Path.home()),
                                              self.tr("NumPy model (*.npz)"))
        if path:
            self.load_model(path)

    def load_model(self, path: str | Path) -> Any:
        """Load a model as a run of its own; the form takes its network settings."""
        from dlfs_studio.core.serialize import read_model
        try:
            cfg = read_model(path).net.config()
        except (ModelFileError, OSError, ValueError) as exc:
            self.panel._message(self.tr("Could not load the model: %1").replace("%1", str(exc)), "error")
            return None
        self.panel.cancel_fork()
        self._form_from_config(cfg)
        try:
            run = self.ctl.load_model(path, self.panel.values(), self.panel.preset().key)
        except (ModelFileError, OSError, ValueError) as exc:
            self.panel._message(self.tr("Could not load the model: %1").replace("%1", str(exc)), "error")
            return None
        extra_acc = getattr(run, "loaded_accuracy", None)
        if run.fork_iteration > 0 and extra_acc is not None:
            note = tr_n("Model %1: trained for %n iteration(s) on %2, test accuracy %3.", run.fork_iteration) \
                .replace("%1", Path(path).name).replace("%2", dataset_title(run.dataset)) \
                .replace("%3", f"{extra_acc:.4f}")
        else:
            note = self.tr("Model %1 loaded.").replace("%1", Path(path).name)
        self.panel.status.show_text(note)
        self.panel._message(self.tr("Loaded %1; Start trains it further.").replace("%1", str(path)), "ok")
        return self.ctl.view_network()

    def _form_from_config(self, cfg: dict) -> None:
        from dlfs_studio.app.panels.training.presets import PRESET_BY_KEY
        key = {"multi_layer": "ch6", "simple_conv": "cnn"}.get(cfg.get("type", ""))
        if cfg.get("type") == "two_layer":
            key = "ch5" if cfg.get("activation") == "relu" else "ch4"
        if key is None:
            return
        self.panel.form.apply_preset(PRESET_BY_KEY[key])
        vals: dict[str, Any] = {}
        if "hidden_size" in cfg:
            vals["hidden"] = str(cfg["hidden_size"])
        if "hidden_size_list" in cfg:
            vals["hidden"] = ", ".join(str(h) for h in cfg["hidden_size_list"])
        if "activation" in cfg:
            vals["activation"] = cfg["activation"]
        if "weight_init_std" in cfg:
            vals["init"] = str(cfg["weight_init_std"])
        for src, dst in (("use_batchnorm", "batchnorm"), ("dropout_ratio", "dropout"),
                         ("weight_decay_lambda", "weight_decay")):
            if src in cfg:
                vals[dst] = cfg[src] if dst == "batchnorm" else f"{cfg[src]:g}"
        self.panel.form.set_values(vals)

    # ------------------------------------------------------------------ runs
    def delete_run(self, rid: int) -> None:
        run = self.ctl.run_by_id(rid)
        if run is None:
            return
        if run.unsaved and run.trained and run.status not in RUNNING \
                and not self._ask([run], self.tr("Deleting it discards it.")):
            return
        self.ctl.delete(run)

    def save_session_dialog(self) -> bool:
        from dlfs_studio.app.panels.training import sessions
        folder = QFileDialog.getExistingDirectory(self.panel, self.tr("Folder to save the runs in"), str(Path.home()))
        return bool(folder) and sessions.save(self.panel, folder)

    def open_session_dialog(self) -> None:
        from dlfs_studio.app.panels.training import sessions
        folder = QFileDialog.getExistingDirectory(self.panel, self.tr("Session folder to open"), str(Path.home()))
        if folder:
            sessions.open_session(self.panel, folder)

    # ------------------------------------------------------------------ unsaved work
    def unsaved_work_text(self) -> str:
        """One sentence naming the work that would be lost."""
        ctl = self.ctl
        title = ctl.title()
        active = ctl.active
        if active is not None and ctl.state in RUNNING:
            total = int(active.progress.total_iterations) if active.progress is not None else 0
            return self.tr("A training run on %1 is going on (iteration %2 of %3); its network is not saved.") \
                .replace("%1", title).replace("%2", f"{active.iteration:,}").replace("%3", f"{total:,}")
        runs = ctl.unsaved_runs()
        if len(runs) == 1:
            return tr_n("The network trained for %n iteration(s) on %1 is not saved.", runs[0].iteration) \
                .replace("%1", title)
        return tr_n("%n trained run(s) on %1 are not saved.", len(runs)).replace("%1", title)

    def maybe_save(self, consequence: str) -> bool:
        """Before unsaved trained work would be lost: Save… / Discard / Cancel. True when the caller may go on."""
        runs = self.ctl.unsaved_runs()
        if not runs:
            return True
        return self._ask(runs, consequence)

    def _ask(self, runs: list, consequence: str) -> bool:
        buttons = QMessageBox.StandardButton
        text = self.unsaved_work_text() if runs == self.ctl.unsaved_runs() else tr_n(
            "The network trained for %n iteration(s) on %1 is not saved.", runs[0].iteration).replace(
            "%1", self.ctl.title())
        answer = QMessageBox.question(self.panel, self.tr("Unsaved network"),
                                      text + "\n\n" + consequence + " " + self.tr("Save the network first?"),
                                      buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save)
        if answer == buttons.Discard:
            return True
        if answer != buttons.Save:
            return False
        if len(runs) == 1 and runs[0].status not in RUNNING:
            previous = self.ctl.current
            self.ctl.current = runs[0]
            try:
                return self.save_model_dialog()
            finally:
                self.ctl.current = previous
        if self.ctl.state in RUNNING:
            run = self.ctl.active
            self.ctl.current = run
            return self.save_model_dialog()
        return self.save_session_dialog()

    def shutdown(self) -> None:
        if self.dialog is not None:
            self.dialog.shutdown()
            self.dialog.close()
            self.dialog = None
