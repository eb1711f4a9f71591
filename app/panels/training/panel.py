"""The training view (book chapters 4 to 7): a thin panel composing the settings, the runs and their views.

Left: the settings (:class:`~.form.SettingsForm`) and the run buttons. Right: the status strip, the tabs
(curves of every visible run, weights and activations, errors, drawing, gradient check), the timeline of
the selected run and the runs list. The :class:`~.controller.TrainingController` owns the runs and the
workers; this panel wires its signals to the views and asks the learner before work would be lost.
"""
from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QWidget

from dlfs_studio.app import style
from dlfs_studio.app.panels.training import dialogs, keys
from dlfs_studio.app.panels.training.controller import TrainingController
from dlfs_studio.app.panels.training.exports import export_targets
from dlfs_studio.app.panels.training.inspection import RUNNING, Inspection
from dlfs_studio.app.panels.training.layout import TrainingLayout
from dlfs_studio.app.panels.training.presets import PRESET_BY_KEY, PRESETS, Preset
from dlfs_studio.app.panels.training.texts import nonfinite_text
from dlfs_studio.app.panels.training.views import tile_mosaic


class TrainingPanel(TrainingLayout):
    """Panel protocol: title(), set_presentation_mode(on), export_targets(), shutdown(), has_unsaved_work(),
    maybe_save(consequence), lecturer_key(action).

    ``data_dir``: folder holding ``mnist/`` and ``fashion-mnist/`` (default: DLFS_DATA, then the
    "training/data_dir" setting, then core's search locations). ``autoload``: load MNIST at once.
    """

    stateChanged = Signal(str)
    datasetLoaded = Signal(object)
    datasetFailed = Signal(str)
    updated = Signal()
    predictionChanged = Signal(object)
    gradcheckFinished = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, data_dir: str | Path | None = None,
                 settings: QSettings | None = None, autoload: bool = True) -> None:
        super().__init__(parent)
        style.init_pyqtgraph()
        if settings is None:
            from dlfs_studio.app.main_window import make_settings
            settings = make_settings()
        self._settings = settings
        env = os.environ.get("DLFS_DATA", "")
        saved = str(self._settings.value("training/data_dir", "") or "")
        self._presentation = False
        self.last_error = ""
        self.last_inspection: Inspection | None = None
        self.fork_parent: Any = None
        self._timeline_drawn = 0.0
        self.fork_iteration = 0
        self.controller = TrainingController(self, str(data_dir) if data_dir else (env or saved or None))
        self.dialogs = dialogs.PanelDialogs(self)
        self._build_ui()
        self._connect()
        self.form.validate()
        self._update_buttons()
        if autoload:
            self.load_dataset("mnist")

    def _connect(self) -> None:
        c, f, b = self.controller, self.form, self.buttons
        self.gradcheck.source = self._gradcheck_source
        c.stateChanged.connect(self._on_state)
        c.datasetLoading.connect(self._on_loading)
        c.datasetLoaded.connect(self._on_dataset_loaded)
        c.datasetFailed.connect(self._on_dataset_failed)
        c.runsChanged.connect(self._on_runs_changed)
        c.runData.connect(self._on_run_data)
        c.progressed.connect(self._on_progress)
        c.message.connect(self._message)
        c.inspected.connect(self._on_inspected)
        f.changed.connect(self._on_form_changed)
        f.preset_combo.activated.connect(lambda _i: self._on_preset_chosen())
        f.datasetActivated.connect(self.dialogs.dataset_chosen)
        f.dataFolderClicked.connect(self.dialogs.choose_data_folder)
        f.lrEdited.connect(self._on_lr_edited)
        f.optimizerActivated.connect(self._on_optimizer_activated)
        b.start_button.clicked.connect(lambda: self.start())
        b.pause_button.clicked.connect(self._toggle_pause)
        b.step_button.clicked.connect(self.step)
        b.stop_button.clicked.connect(self.stop)
        b.reset_button.clicked.connect(self.reset)
        b.save_button.clicked.connect(self.dialogs.save_model_dialog)
        b.load_button.clicked.connect(self.dialogs.load_model_dialog)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.draw_tab.predictionChanged.connect(self.predictionChanged)
        self.gradcheck.finished.connect(self.gradcheckFinished)
        self.runs_list.selected.connect(lambda rid: self._select(c.run_by_id(rid)))
        self.runs_list.visibilityChanged.connect(self._on_visibility_changed)
        self.runs_list.renamed.connect(self._on_renamed)
        self.runs_list.deleteRequested.connect(self.dialogs.delete_run)
        self.runs_list.saveRequested.connect(self.dialogs.save_session_dialog)
        self.runs_list.openRequested.connect(self.dialogs.open_session_dialog)
        self.timeline.moved.connect(self._on_timeline)
        self.timeline.forkRequested.connect(self.fork_from)

    # ================================================================== public API (tests, main window)
    @property
    def state(self) -> str:
        return self.controller.state

    @property
    def dataset(self) -> Any:
        return self.controller.dataset

    @property
    def data_dir(self) -> str | None:
        return self.controller.data_dir

    @property
    def last_message(self) -> str:
        return self.status.last_message

    @property
    def updates_received(self) -> int:
        return self.controller.updates_received

    def values(self) -> dict[str, Any]:
        return self.form.values()

    def set_values(self, values: dict[str, Any]) -> None:
        self.form.set_values(values)

    def preset(self) -> Preset:
        return self.form.preset()

    def apply_preset(self, preset: Preset) -> None:
        self.form.apply_preset(preset)
        self._on_preset_chosen()

    def load_dataset(self, target: str | Path) -> None:
        """Load a dataset (stopping a run and dropping the runs of the previous data: ask first, maybe_save)."""
        self.cancel_fork()
        self.controller.load_dataset(target)

    def start(self, *, step_only: bool = False) -> bool:
        """Start a new run with the form's settings (a fork after "Fork from here"); the old runs are kept."""
        if self.state in RUNNING:
            return False
        if not self.form.validate():
            return False
        net_cfg, tc = self.form.configs()
        run = self.controller.start(self.values(), net_cfg, tc, self.preset().key, step_only=step_only,
                                    parent=self.fork_parent, fork_iteration=self.fork_iteration)
        if run is not None:
            self.cancel_fork()
        return run is not None

    def pause(self) -> None:
        self.controller.pause()

    def resume(self) -> None:
        self.controller.resume()

    def _toggle_pause(self) -> None:
        if self.state == "paused":
            self.resume()
        else:
            self.pause()

    def step(self) -> None:
        """One mini-batch: starts a paused run when none is active; a running run pauses after one more."""
        if not self.controller.step():
            self.start(step_only=True)

    def stop(self) -> None:
        self.controller.stop()

    def reset(self) -> None:
        """Ready for a new run: nothing selected, the views show the fresh weights of the seed. The runs stay."""
        self.controller.stop_training()
        self.cancel_fork()
        self.controller.deselect()
        self.status.show_text(self.tr("Reset: weights initialised from seed %1; the previous runs stay in the "
                                      "list.").replace("%1", str(self.form.seed_spin.value())))
        self._message("", "info")

    def set_lr(self, lr: float) -> None:
        """Change the learning rate (also of a running run)."""
        self.form.lr_edit.setText(f"{lr:g}")
        self._on_lr_edited()

    def set_optimizer(self, name: str) -> None:
        self.form.optimizer_combo.setCurrentText(name)
        self._on_optimizer_activated()

    def view_network(self) -> Any:
        return self.controller.view_network()

    def save_model(self, path: str | Path) -> Path | None:
        return self.dialogs.save_model(path)

    def load_model(self, path: str | Path) -> Any:
        return self.dialogs.load_model(path)

    def run_gradient_check(self) -> bool:
        return self.gradcheck.requested()

    def cancel_gradient_check(self) -> None:
        self.gradcheck.cancel()

    def fork_from(self, iteration: int) -> bool:
        """"Fork from here": the settings take the parent's values; Start trains the branch from ``iteration``."""
        run = self.controller.current
        if run is None or run.status == "loaded" or self.state in RUNNING:
            return False
        cp = run.checkpoint_at(iteration)
        if cp is None:
            return False
        self.fork_parent, self.fork_iteration = run, cp.iteration
        self.form.apply_preset(PRESET_BY_KEY.get(run.preset, PRESETS[0]))
        self.form.set_values(run.values)
        self.form.set_fork_mode(True)
        self.buttons.set_fork(True)
        self._message(self.tr("Fork of %1 from iteration %2: change the learning rate, the optimizer or weight "
                              "decay, then press Start fork.").replace("%1", run.name)
                      .replace("%2", f"{cp.iteration:,}"), "info")
        self._update_buttons()
        return True

    def cancel_fork(self) -> None:
        if self.fork_parent is not None:
            self.fork_parent = None
            self.form.set_fork_mode(False)
            self.buttons.set_fork(False)
            self._update_buttons()

    # ================================================================== controller -> views
    def _on_state(self, state: str) -> None:
        self._update_buttons()
        self.stateChanged.emit(state)

    def _on_loading(self, text: str) -> None:
        self.form.dataset_status.setText(text)
        self.status.show_text(text)
        self.form.sync_dataset(self.controller.dataset_name)

    def _on_dataset_loaded(self, ds: Any) -> None:
        f = self.form
        f.sync_dataset(self.controller.dataset_name)
        f.dataset_status.setText(self.tr("%1: %2 training and %3 test images from %4")
                                 .replace("%1", ds.name).replace("%2", f"{len(ds.x_train):,}")
                                 .replace("%3", f"{len(ds.x_test):,}").replace("%4", str(ds.source)))
        n = min(10, len(ds.x_train))
        if n:
            f.samples_view.set_mosaic(tile_mosaic(ds.x_train[:n].reshape(n, 28, 28), columns=n, normalize="none"))
            f.samples_labels.setText(self.tr("Labels: %1").replace("%1", ", ".join(
                ds.class_names[int(t)] for t in ds.t_train[:n])))
        names = tuple(ds.class_names)
        self.errors_tab.set_class_names(names)
        self.draw_tab.set_class_names(names)
        self.tabs.setTabText(3, self.draw_tab.hint())
        self.status.show_text(self.tr("%1 loaded (%2 training and %3 test images): press Start to train.")
                              .replace("%1", self.controller.title()).replace("%2", f"{len(ds.x_train):,}")
                              .replace("%3", f"{len(ds.x_test):,}"))
        self._update_buttons()
        self.datasetLoaded.emit(ds)

    def _on_dataset_failed(self, exc: object, target: str) -> None:
        self.form.dataset_status.setText(self.tr("No dataset loaded"))
        self.status.show_text(self.tr("Load a dataset to begin."))
        text = self.dialogs.dataset_failed(exc, target)
        self._update_buttons()
        self.datasetFailed.emit(text)

    def _on_runs_changed(self) -> None:
        c = self.controller
        self.runs_list.set_runs(c.runs, c.current)
        self.curves.set_runs(c.runs, c.current)
        self._update_timeline()
        self._update_reference()
        self._update_buttons()

    def _on_visibility_changed(self, run_id: int, on: bool) -> None:
        run = self.controller.run_by_id(run_id)
        if run is not None:
            self.controller.set_visible(run, on)

    def _on_renamed(self, run_id: int, name: str) -> None:
        run = self.controller.run_by_id(run_id)
        if run is not None:
            self.controller.rename(run, name)

    def _on_run_data(self, run: Any, urgent: bool) -> None:
        self.curves.update_run(run, force=urgent)
        if urgent:
            self.runs_list.set_runs(self.controller.runs, self.controller.current)
        # while training the timeline follows about once a second (each change repaints the slider)
        if run is self.controller.current and run is not None and run.count_checkpoints() != self.timeline.count() and (
                urgent or time.perf_counter() - self._timeline_drawn > 1.0):
            self._timeline_drawn = time.perf_counter()
            self._update_timeline()
        self.updated.emit()

    def _on_progress(self, run: Any) -> None:
        if run is self.controller.current and run is not None and run.progress is not None:
            self.status.show_live_progress(run.progress, self._evaluation_seconds(run))

    @staticmethod
    def _evaluation_seconds(run: Any) -> float:
        """How long the run's last evaluation took: the jump of its elapsed time across it (0: unknown)."""
        return float(getattr(run, "eval_seconds", 0.0))

    def _on_inspected(self, view: Inspection) -> None:
        last, self.last_inspection = self.last_inspection, view
        same_run = last is not None and last.run is view.run
        last = last if last is not None else view  # (only read when same_run)
        where = ""
        if view.run is not None and not view.latest:
            where = self.tr("%1 at iteration %2").replace("%1", view.run.name).replace("%2", f"{view.iteration:,}")
        # only what changed is redrawn (while training this is called a few times a second)
        if view.weights is not None and not (same_run and last.weights is view.weights and last.latest == view.latest):
            self.weights_tab.show_weights(view.weights, where)
        if not (same_run and last.activations is view.activations):
            self.weights_tab.show_activations(view.activations)
        if not (same_run and last.evaluation is view.evaluation):
            self.errors_tab.show_evaluation(view.evaluation)
        note = "" if (view.run is not None and view.run.trained) else self.tr(" — untrained network")
        if view.run is not None and not view.latest:
            note = " — " + where
        self.draw_tab.set_network(view.net, note)
        run = view.run
        if run is not None and not view.latest:
            p = run.progress
            epoch = view.iteration * p.epoch / p.iteration if p is not None and p.iteration else None
            self.curves.set_cursor(view.iteration, epoch)
        else:
            self.curves.set_cursor(None)

    def _update_timeline(self) -> None:
        run = self.controller.current
        its = [c.iteration for c in run.checkpoints] if run is not None else []
        self.timeline.set_checkpoints(its, self.controller.inspect_iteration)

    def _on_timeline(self, iteration: int) -> None:
        run = self.controller.current
        if run is None:
            return
        latest = self.timeline.at_latest()
        self.controller.inspect(run, None if latest else iteration)

    def _select(self, run: Any) -> None:
        if run is not self.controller.current:
            self.cancel_fork()
            self.controller.select(run)
            if run is not None and run.progress is not None:
                self.status.show_progress(run.progress, ended=run.status not in RUNNING)

    def _update_reference(self) -> None:
        from dlfs_studio.app.panels.training.reference import reference_for
        epochs, acc, label = reference_for(self.controller)
        self.curves.set_reference(epochs, acc, label)

    def _message(self, text: str, level: str = "info") -> None:
        if level == "error":
            self.last_error = text
        self.status.show_message(text, level)

    # ================================================================== views -> controller
    def _on_form_changed(self) -> None:
        self._update_buttons()
        try:
            net_cfg = self.form.configs()[0]
        except ValueError:
            net_cfg = None
        self.controller.set_fresh_network(net_cfg, self.form.seed_spin.value())

    def _on_preset_chosen(self) -> None:
        """A new preset: results about the previous network (gradient check, error banners) are stale."""
        self.gradcheck.clear()
        if self.status.last_level in ("error", "warning"):
            self._message("", "info")

    def _on_lr_edited(self) -> None:
        from dlfs_studio.app.panels.training.presets import FieldError, parse_float
        if self.state not in RUNNING:
            return
        try:
            lr = parse_float(self.form.lr_edit.text(), "lr", positive=True)
        except FieldError:
            return  # the inline message says why
        self.controller.set_lr(lr)

    def _on_optimizer_activated(self) -> None:
        from dlfs_studio.app.panels.training.presets import parse_float, parse_optimizer_params
        if self.state not in RUNNING:
            return
        try:
            lr = parse_float(self.form.lr_edit.text(), "lr", positive=True)
            params = parse_optimizer_params(self.form.optimizer_params_edit.text())
        except ValueError as exc:
            self._message(str(exc), "error")
            return
        self.controller.set_optimizer(self.form.optimizer_combo.currentText(), lr, params)

    def _visible_views(self) -> frozenset[str]:
        return frozenset({1: {"weights"}, 2: {"errors"}}.get(self.tabs.currentIndex(), set()))

    def _on_tab_changed(self, index: int) -> None:
        self.controller.set_visible_views(self._visible_views(), evaluate_now=index == 2)
        self.controller.inspect_live = index in (1, 2, 3)
        if self.controller.inspect_live and self.controller.current is not None:
            self.controller.reinspect()  # what this tab shows may not have been computed yet

    def _gradcheck_source(self) -> tuple | None:
        ds = self.dataset
        if ds is None:
            self._message(self.tr("Load a dataset first."), "warning")
            return None
        net = self.view_network()
        if net is None:
            return None
        n = self.gradcheck.gc_batch_spin.value()
        return net, ds.x_train[:n], ds.t_train[:n], self.form.seed_spin.value()

    def _update_buttons(self) -> None:
        c = self.controller
        active = c.state in RUNNING
        run = c.current
        self.form.set_active(active)
        trained = run is not None and run.trained and not active
        # issue 10: a diverged run may hold inf/NaN, which a model file cannot hold (Load would refuse it)
        finite = not trained or self.controller.parameters_finite()
        self.buttons.update_state(c.state, has_data=c.dataset is not None, form_ok=self.form.form_ok,
                                  can_save=trained and finite)
        self.buttons.save_button.setToolTip(self.buttons.save_tip if finite else nonfinite_text())

    # ================================================================== panel protocol
    def title(self) -> str:
        return self.tr("Training")

    def lecturer_key(self, action: str) -> bool:
        """Space: start / pause / resume; Right: one mini-batch; Left: one checkpoint back; Home: reset."""
        return keys.lecturer_key(self, action)

    def set_presentation_mode(self, on: bool) -> None:
        """Bigger curves and fonts; the settings column goes, the run buttons move above the tabs and the runs
        list beside them."""
        self._presentation = on
        self._set_presentation_layout(on)
        for view in (self.curves, self.weights_tab, self.errors_tab, self.draw_tab, self.gradcheck, self.status,
                     self.timeline, self.buttons, self.form):
            view.set_presentation_mode(on)
        run = self.controller.current
        if run is not None and run.progress is not None:
            self.status.show_progress(run.progress, ended=run.status not in RUNNING)

    def export_targets(self) -> list:
        return export_targets(self)

    def has_unsaved_work(self) -> bool:
        """True while a run trains, or when a trained run changed since it was last saved."""
        return bool(self.controller.unsaved_runs())

    def unsaved_work_text(self) -> str:
        return self.dialogs.unsaved_work_text()

    def maybe_save(self, consequence: str) -> bool:
        return self.dialogs.maybe_save(consequence)

    def shutdown(self) -> None:
        """Stop every worker of the panel (each within a second) and close the dataset dialog."""
        self.controller.shutdown()
        self.gradcheck.shutdown()
        self.dialogs.shutdown()

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)
