"""The training view's controller: owns the dataset, the runs and the workers; knows no widget.

It talks to ``core`` (datasets, networks, training) and to :mod:`app.worker` (the threads), and tells the
views what to draw through signals only, so it can be driven and checked with fake views (see
tests/test_training_controller.py). Every run is kept (:class:`~.records.RunRecord`) until the learner
deletes it; a new run never replaces an old one. The *inspected* run and iteration (the runs list's
selection and the timeline's position) decide which network the weights, errors and drawing views show
and which one is published through :mod:`app.model_hub`.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, Signal

from dlfs_studio.app.panels.training import presets, texts
from dlfs_studio.app.panels.training.configs import run_config
from dlfs_studio.app.panels.training.dataset_loader import DatasetLoader
from dlfs_studio.app.panels.training.inspection import RUNNING, CheckpointViews, InspectingMixin
from dlfs_studio.app.panels.training.jobs import TrainingJob, TrainingSnapshot
from dlfs_studio.app.panels.training.model_files import fill_loaded_run, save_run_network
from dlfs_studio.app.panels.training.records import Event, RunRecord, next_color
from dlfs_studio.app.worker import GeneratorWorker, Update, WorkerRunner
from dlfs_studio.core.network import build_network
from dlfs_studio.core.serialize import read_model
from dlfs_studio.core.training import TrainingControl

#: Milliseconds the controller waits for a worker to stop (closing, switching dataset).
STOP_TIMEOUT_MS = 1000
#: Minimum seconds between two (non-urgent) updates from the training worker: as often as the curves redraw
#: (5 a second) and the status line changes (4 a second) needs no more; every update costs the GUI thread the GIL
#: the training thread then waits for (benchmarks/bench_gui_training.py).
UPDATE_INTERVAL_S = 1.0 / 10.0
#: Whether the training worker gives up the GIL after every mini-batch (see benchmarks/bench_gui_training.py).
YIELD_GIL = False


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("TrainingPanel", text, None, n)


def arch(cfg: dict) -> dict:
    """A network config without the parts that do not change the parameters' shapes and meaning."""
    return {k: v for k, v in cfg.items() if k not in ("weight_init_std", "dtype")}


class TrainingController(InspectingMixin, QObject):
    """Runs, dataset and workers of the training view (see the module docstring)."""

    stateChanged = Signal(str)
    datasetLoading = Signal(str)
    datasetLoaded = Signal(object)
    datasetFailed = Signal(object, str)  # the exception, the target ("mnist", a folder)
    runsChanged = Signal()
    runData = Signal(object, bool)  # run, urgent (an evaluation or a state change)
    progressed = Signal(object)  # the active run (its .progress is new)
    message = Signal(str, str)  # text, level ("info", "ok", "warning", "error")
    inspected = Signal(object)  # Inspection

    def __init__(self, parent: QObject | None = None, data_dir: str | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.dataset: Any = None
        self.dataset_name = "mnist"
        self.state = "empty"
        self.runs: list[RunRecord] = []
        self.current: RunRecord | None = None  # the inspected (selected) run
        self.active: RunRecord | None = None  # the run being trained
        self.inspect_iteration: int | None = None  # None: the inspected run's latest state
        self.runner: WorkerRunner | None = None
        self._worker: GeneratorWorker | None = None
        self._job: TrainingJob | None = None
        self.views = CheckpointViews()
        self.loader = DatasetLoader(self)
        self.loader.loaded.connect(self._on_dataset_loaded)
        self.loader.failed.connect(self._on_dataset_error)
        self._switch_note = ""
        self.updates_received = 0
        self.visible_views: frozenset[str] = frozenset()
        self.publish = True
        #: Whether a view showing the inspected network is on screen: while training, the latest network is
        #: rebuilt for the views only then (the curves alone need nothing of it).
        self.inspect_live = False

    # ------------------------------------------------------------------ state
    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.stateChanged.emit(state)

    @property
    def progress(self) -> Any:
        """The latest Progress of the inspected run (or of the active one), None before any."""
        run = self.current or self.active
        return run.progress if run is not None else None

    def _mine(self, worker: GeneratorWorker | None) -> bool:
        return worker is not None and self.sender() is worker

    # ------------------------------------------------------------------ dataset
    def load_dataset(self, target: str | Path) -> None:
        """Load "mnist", "fashion-mnist" or a folder of IDX files in a worker. A running run is stopped
        and the runs of the previous data are dropped (the caller asks first, see has_unsaved_work)."""
        stopped_at = self.active.iteration if self.active is not None and self.state in RUNNING else None
        note = texts.switch_note(self.title(), stopped_at, any(r.trained for r in self.runs))
        self.stop_training()
        self.loader.stop()
        self.runs = []
        self.current = None
        self.inspect_iteration = None
        self.views.clear()
        self.runsChanged.emit()
        self._switch_note = note
        target = str(target)
        self.dataset_name = target
        self.dataset = None
        loading = _tr("Loading %1…").replace("%1", texts.dataset_title(target))
        self.datasetLoading.emit(loading)
        if note:
            self.message.emit(loading + " " + note, "info")
        self._set_state("loading")
        self.loader.load(target, self.data_dir)

    def title(self, name: str | Path | None = None) -> str:
        """How the dataset ``name`` (default: the loaded one) is called: "MNIST", "Fashion-MNIST", a folder."""
        if name is None:
            if self.dataset is None:
                return ""
            name = self.dataset.name
        return texts.dataset_title(name)

    def _on_dataset_loaded(self, ds: Any) -> None:
        self.dataset = ds
        self.dataset_name = ds.name if ds.name in texts.DATASET_TITLES else str(ds.source)
        text = _tr("Loaded %1.").replace("%1", self.title())
        if self._switch_note:
            text += " " + self._switch_note
            self._switch_note = ""
        self._set_state("idle")
        self.datasetLoaded.emit(ds)
        self.message.emit(text, "ok")
        self.reinspect()

    def _on_dataset_error(self, exc: object, target: str) -> None:
        self.dataset = None
        self._switch_note = ""
        self._set_state("empty")
        self.datasetFailed.emit(exc, target)

    # ------------------------------------------------------------------ runs
    def run_by_id(self, rid: int) -> RunRecord | None:
        return next((r for r in self.runs if r.id == rid), None)

    def new_run(self, values: dict[str, Any], net_cfg: dict, tc: Any, preset: str, *,
                parent: RunRecord | None = None, fork_iteration: int = 0, name: str = "") -> RunRecord:
        n = 1 + max((int(r.name.split()[-1]) for r in self.runs
                     if r.name.startswith("run ") and r.name.split()[-1].isdigit()), default=0)
        run = RunRecord(name or f"run {n}", values, net_cfg, tc, preset=preset,
                        dataset=self.dataset.name if self.dataset is not None else "",
                        color=next_color(self.runs), parent=parent, fork_iteration=fork_iteration)
        self.runs.append(run)
        return run

    def start(self, values: dict[str, Any], net_cfg: dict, tc: Any, preset: str, *, step_only: bool = False,
              parent: RunRecord | None = None, fork_iteration: int = 0) -> RunRecord | None:
        """Start a new run with these settings (a fork of ``parent`` from its checkpoint at or before
        ``fork_iteration`` when given); the old runs are kept. Runs are ``core.runs`` runs (exact replay,
        resume, fork and sessions); a selected loaded model of the same architecture is trained further
        from its weights instead. Returns the run, or None (with a message) when it cannot start.
        """
        if self.state in RUNNING:
            return None
        if self.dataset is None:
            self.message.emit(_tr("Load a dataset first."), "warning")
            return None
        loaded = self.current if parent is None and self.current is not None and self.current.status == "loaded" \
            and arch(self.current.net_config) == arch(net_cfg) else None
        network = presets.PRESET_BY_KEY[preset].network
        core = None
        try:
            data = self.data_for(values, cut_train=loaded is not None)
            if loaded is not None:
                state = loaded.latest_state()
                net = build_network(net_cfg, rng=np.random.default_rng(tc.seed))
                if state is not None:
                    net.load_state_arrays(state)
                job = TrainingJob(net, data, tc, TrainingControl(), class_names=tuple(self.dataset.class_names))
            else:
                from dlfs_studio.core.runs import Run, differences, fork
                cfg = run_config(values, network, self.dataset_name, self.title())
                if parent is not None:
                    if parent.core_run is None:
                        raise ValueError(_tr("Only runs trained in this view can be forked."))
                    base = run_config(parent.values, network, self.dataset_name, self.title())
                    changes = {k: b for k, (_a, b) in differences(base, cfg).items()}
                    core = fork(parent.core_run, fork_iteration, name="", **changes)
                    fork_iteration = int(core.fork_iteration or 0)
                else:
                    core = Run(cfg)
                net = cfg.build_network()
                net_cfg = cfg.network_config()
                tc = cfg.train_config()
                job = TrainingJob(net, data, tc, TrainingControl(), class_names=tuple(self.dataset.class_names),
                                  run=core)
        except ValueError as exc:
            self.message.emit(str(exc), "error")
            return None
        run = self.new_run(values, net_cfg, tc, preset, parent=parent if core is not None else None,
                           fork_iteration=fork_iteration if parent is not None else 0)
        run.core_run = core
        if core is not None:
            core.name = run.name
        if loaded is not None:
            run.name = f"{loaded.name} +"
            run.add_checkpoint(0, net.state_arrays(), pinned=True)
        run.status = "paused" if step_only else "running"
        job.visible = self.visible_views
        if step_only:
            job.control.step(1)
        worker = GeneratorWorker(job.iterate, control=job.control, is_urgent=job.is_urgent, snapshot=job.snapshot,
                                 yield_gil=YIELD_GIL, interval=UPDATE_INTERVAL_S)
        worker.updated.connect(self._on_training_update)
        worker.failed.connect(self._on_training_failed)
        worker.done.connect(self._on_training_done)
        self._job = job
        self._worker = worker
        self.active = run
        self.runner = WorkerRunner(worker, self)
        self.select(run, emit=False)
        self.runsChanged.emit()
        note = _tr("Training the loaded model further.") if loaded is not None else ""
        if parent is not None:
            note = _tr("Training %1, a fork of %2 from iteration %3…").replace("%1", run.name) \
                .replace("%2", parent.name).replace("%3", f"{fork_iteration:,}")
        self.message.emit(note or _tr("Training…"), "info")
        self._set_state("paused" if step_only else "running")
        self.runner.start()
        return run

    def pause(self) -> None:
        if self._worker is not None and self.state == "running":
            self._worker.pause()

    def resume(self) -> None:
        if self._worker is not None and self.state == "paused":
            self._worker.resume()
            self._set_state("running")
            if self.active is not None:
                self.active.status = "running"

    def step(self) -> bool:
        """One mini-batch of the active run (False when none is active: the caller starts one)."""
        if self._worker is not None and self.state in RUNNING:
            self._worker.step(1)
            return True
        return False

    def stop(self) -> None:
        """End the run through core's control: it ends with its final snapshot (evaluation, views)."""
        if self._job is not None and self.state in RUNNING:
            self._job.control.stop()

    def set_lr(self, lr: float) -> bool:
        if self._worker is None or self.state not in RUNNING or self.active is None:
            return False
        self._worker.set_lr(lr)
        it = self.active.iteration
        if self.active.core_run is None:  # a core run records its changes itself (and replays them)
            self.active.events.append(Event(it, "lr", f"lr {lr:g}"))
        self.runData.emit(self.active, True)
        self.message.emit(_tr("Learning rate set to %1 from iteration %2.").replace("%1", f"{lr:g}")
                          .replace("%2", f"{it:,}"), "info")
        return True

    def set_optimizer(self, name: str, lr: float, params: dict[str, float]) -> bool:
        if self._worker is None or self.state not in RUNNING or self.active is None:
            return False
        try:
            self._worker.set_optimizer(name, lr=lr, **params)
        except ValueError as exc:
            self.message.emit(str(exc), "error")
            return False
        if self.active.core_run is None:
            self.active.events.append(Event(self.active.iteration, "optimizer", name))
        self.runData.emit(self.active, True)
        self.message.emit(_tr("Switched to %1 (fresh optimizer state).").replace("%1", name), "info")
        return True

    def stop_training(self) -> bool:
        """Stop a running worker and wait (at most a second). True when nothing is left running."""
        runner = self.runner
        if runner is None:
            return True
        ended = runner.stop(STOP_TIMEOUT_MS, disconnect=True)
        self.runner = None
        self._worker = None
        self._job = None
        if self.active is not None and self.active.status in RUNNING:
            self.active.status = "stopped"
        self.active = None
        if self.state in RUNNING:
            self._set_state("stopped")
        return ended

    def deselect(self) -> None:
        """Nothing inspected: the views show a fresh network of the form's settings (the runs are kept)."""
        self.stop_training()
        self.select(None)
        self._set_state("idle" if self.dataset is not None else "empty")

    def select(self, run: RunRecord | None, emit: bool = True) -> None:
        self.current = run
        self.inspect_iteration = None
        if emit:
            self.runsChanged.emit()
        self.reinspect()

    def set_visible(self, run: RunRecord, on: bool) -> None:
        run.visible = on
        self.runsChanged.emit()

    def rename(self, run: RunRecord, name: str) -> None:
        name = name.strip()
        if name and name != run.name:
            run.name = name
            self.runsChanged.emit()

    def delete(self, run: RunRecord) -> bool:
        """Forget ``run`` (the caller asks first when it holds unsaved work); False for the running run."""
        if run is self.active and self.state in RUNNING:
            self.message.emit(_tr("Stop the run before deleting it."), "warning")
            return False
        if run is self.active:
            self.active = None
        self.runs.remove(run)
        self.views.forget(run)
        if self.current is run:
            self.select(self.runs[-1] if self.runs else None, emit=False)
        self.runsChanged.emit()
        return True

    # ------------------------------------------------------------------ updates from the worker
    def _on_training_update(self, update: Update) -> None:
        worker = self._worker
        if not self._mine(worker):
            return
        run = self.active
        snap: TrainingSnapshot = update.extra
        self.updates_received += 1
        if snap is None or run is None:
            if worker is not None:
                worker.acknowledge()
            return
        if len(snap.losses):
            run.iterations.extend(snap.iterations)
            run.losses.extend(snap.losses)
            run.unsaved = True
        if snap.evals:
            run.evals.extend(snap.evals)
        if "eval_seconds" in snap.timings:
            run.eval_seconds = snap.timings["eval_seconds"]
        p = snap.last
        run.progress = p
        n_cps = run.n_checkpoints
        if snap.state is not None:
            run.add_checkpoint(int(p.iteration), snap.state, pinned=bool(snap.evals) or p.state != "running")
        core = run.core_run
        if core is not None and len(core.events) != len(run.events):
            run.events = [Event(e.iteration, e.kind, f"lr {e.lr:g}" if e.optimizer is None else str(e.optimizer))
                          for e in core.events]
        new_checkpoint = run.count_checkpoints() != n_cps
        if snap.weights is not None:
            run.weights = snap.weights
        if snap.evaluation is not None:
            run.evaluation = snap.evaluation
        if snap.activations is not None:
            run.activations = snap.activations
        self.progressed.emit(run)
        self.runData.emit(run, update.urgent)
        for st in snap.states:
            self._on_run_state(run, st, p)
        if p.state == "running" and self.state == "paused":
            self._set_state("running")
            run.status = "running"
            self.message.emit(_tr("Training…"), "info")
        ended = p.state != "running"
        if run is self.current and self.inspect_iteration is None and (self.inspect_live or ended) and (
                new_checkpoint or snap.weights is not None or snap.evaluation is not None
                or snap.activations is not None):
            self._inspect_latest(run, publish=p.state != "running")
        if worker is not None:
            worker.acknowledge()

    def _on_run_state(self, run: RunRecord, st: str, p: Any) -> None:
        run.status = st
        if st == "paused":
            self._set_state("paused")
            self.message.emit(_tr("Paused at iteration %1.").replace("%1", f"{p.iteration:,}"), "info")
        elif st == "finished":
            self._set_state("finished")
            self.message.emit(texts.finish_text(run), "ok")
        elif st == "stopped":
            self._set_state("stopped")
            self.message.emit(_tr("Stopped at iteration %1; the network keeps what it learned.")
                              .replace("%1", f"{p.iteration:,}"), "info")
        elif st == "diverged":
            self._set_state("diverged")
            self.message.emit(texts.divergence_text(run, p), "error")
        self.runsChanged.emit()


    def _on_training_failed(self, text: str) -> None:
        if self._mine(self._worker):
            self.message.emit(_tr("Training failed: %1").replace("%1", text), "error")
            if self.active is not None:
                self.active.message = text

    def _on_training_done(self, _last: object) -> None:
        if not self._mine(self._worker):
            return
        run = self.active
        if self.runner is not None:
            self.runner.wait(STOP_TIMEOUT_MS)
        self.runner = None
        self._worker = None
        self._job = None
        self.active = None
        if self.state in RUNNING and run is not None:
            run.status = "stopped"
            if not run.message:
                self.message.emit(_tr("Stopped at iteration %1; the network keeps what it learned.")
                                  .replace("%1", f"{run.iteration:,}"), "info")
            self._set_state("stopped")
        if run is not None:
            self.runData.emit(run, True)
            self.progressed.emit(run)
        self.runsChanged.emit()
        if run is not None and run is self.current:
            self._inspect_latest(run, publish=True)

    def set_visible_views(self, views: frozenset[str], evaluate_now: bool = False) -> None:
        """Which worker-computed views are on screen ("weights", "errors"); hidden ones cost nothing."""
        self.visible_views = views
        job = self._job
        if job is not None:
            job.visible = views
            if evaluate_now and self.state == "running":
                job.request_evaluation()

    # ------------------------------------------------------------------ models on disk
    def save_model(self, path: str | Path) -> Path:
        """Save the inspected network (OSError / ValueError on failure)."""
        run = self.current
        net = self.view_network()
        if run is None or net is None or not run.trained:
            raise ValueError(_tr("Nothing to save yet: train the network (or load a model) first."))
        out = save_run_network(path, run, net, self.inspect_iteration)
        run.unsaved = False
        self.runsChanged.emit()
        return out

    def load_model(self, path: str | Path, values: dict[str, Any], preset: str) -> RunRecord:
        """Load a model as a run of its own (status "loaded"): inspectable, and trained further by Start."""
        loaded = read_model(path)
        run = self.new_run(values, dict(loaded.net.config()), None, preset, name=Path(path).name)
        fill_loaded_run(run, path, loaded)
        self.select(run)
        return run

    # ------------------------------------------------------------------ unsaved work and shutdown
    def unsaved_runs(self) -> list[RunRecord]:
        return [r for r in self.runs if (r.unsaved and r.trained) or r.status in RUNNING]

    def shutdown(self) -> None:
        self.stop_training()
        self.loader.stop()

