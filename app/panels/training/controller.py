"""The training view's controller: owns the dataset, the runs and the workers; knows no widget.

It talks to ``core`` (datasets, networks, training) and to :mod:`app.worker` (the threads), and tells the
views what to draw through signals only, so it can be driven and checked with fake views (see
tests/test_training_controller.py). Every run is kept (:class:`~.records.RunRecord`) until the learner
deletes it; a new run never replaces an old one. The *inspected* run and iteration (the runs list's
selection and the timeline's position) decide which network the weights, errors and drawing views show
and which one is published through :mod:`app.model_hub`.
"""
from __future__ import annotations

import dataclasses
import math
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, Signal

from dlfs_studio.app.model_hub import CurrentModel, model_hub
from dlfs_studio.app.panels.training import presets
from dlfs_studio.app.panels.training.configs import run_config
from dlfs_studio.app.panels.training.jobs import (
    EvaluationView,
    TrainingJob,
    TrainingSnapshot,
    evaluation_view,
    weight_mosaic,
)
from dlfs_studio.app.panels.training.records import Event, RunRecord, next_color
from dlfs_studio.app.worker import GeneratorWorker, Update, WorkerRunner
from dlfs_studio.core.data import load_dataset
from dlfs_studio.core.network import Network, activation_stats, build_network
from dlfs_studio.core.serialize import read_model, save_network
from dlfs_studio.core.training import TrainingControl

#: Milliseconds the controller waits for a worker to stop (closing, switching dataset).
STOP_TIMEOUT_MS = 1000
#: Minimum seconds between two (non-urgent) updates from the training worker (20 a second read as smooth; each
#: update costs the GUI thread the GIL for a while, benchmarks/bench_gui_training.py).
UPDATE_INTERVAL_S = 1.0 / 20.0
#: Whether the training worker gives up the GIL after every mini-batch (see benchmarks/bench_gui_training.py).
YIELD_GIL = False
#: Test images of the activation histograms of a checkpoint.
ACTIVATION_SAMPLES = 300

RUNNING = ("running", "paused")
DATASET_TITLES = {"mnist": "MNIST", "fashion-mnist": "Fashion-MNIST"}


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("TrainingPanel", text, None, n)


def arch(cfg: dict) -> dict:
    """A network config without the parts that do not change the parameters' shapes and meaning."""
    return {k: v for k, v in cfg.items() if k not in ("weight_init_std", "dtype")}


def dataset_title(name: str | Path) -> str:
    name = str(name)
    return DATASET_TITLES.get(name) or Path(name).name or name


@dataclasses.dataclass(frozen=True)
class Inspection:
    """What the inspecting views show: the network of ``run`` (None: a fresh, untrained network) after
    ``iteration`` mini-batches, with its views (each None when not computed)."""

    run: RunRecord | None
    iteration: int
    net: Network | None
    weights: Any = None
    activations: Any = None
    evaluation: EvaluationView | None = None
    latest: bool = True


class TrainingController(QObject):
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
        self._data_runner: WorkerRunner | None = None
        self._data_worker: GeneratorWorker | None = None
        self._data_target = ""
        self._switch_note = ""
        self._fresh: tuple[dict, int, Network] | None = None
        self._view_cache: dict[tuple[int, int], Inspection] = {}
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
        note = ""
        if self.active is not None and self.state in RUNNING:
            note = _tr("The run on %1 was stopped at iteration %2; its results were cleared.") \
                .replace("%1", self.title()).replace("%2", f"{self.active.iteration:,}")
        elif any(r.trained for r in self.runs):
            note = _tr("The results of the run on %1 were cleared.").replace("%1", self.title())
        self.stop_training()
        if self._data_runner is not None:
            self._data_runner.stop(STOP_TIMEOUT_MS, disconnect=True)
        self.runs = []
        self.current = None
        self.inspect_iteration = None
        self._view_cache.clear()
        self.runsChanged.emit()
        self._switch_note = note
        target = str(target)
        data_dir = self.data_dir
        self.dataset_name = target
        worker = GeneratorWorker(lambda: iter([load_dataset(target, data_dir, normalize=True, flatten=True)]))
        worker.updated.connect(self._on_dataset_update)
        worker.raised.connect(self._on_dataset_error)
        self._data_worker = worker
        self._data_target = target
        self._data_runner = WorkerRunner(worker, self)
        self.dataset = None
        loading = _tr("Loading %1…").replace("%1", dataset_title(target))
        self.datasetLoading.emit(loading)
        if note:
            self.message.emit(loading + " " + note, "info")
        self._set_state("loading")
        self._data_runner.start()

    def title(self, name: str | Path | None = None) -> str:
        """How the dataset ``name`` (default: the loaded one) is called: "MNIST", "Fashion-MNIST", a folder."""
        if name is None:
            if self.dataset is None:
                return ""
            name = self.dataset.name
        return dataset_title(name)

    def _on_dataset_update(self, update: Update) -> None:
        if not self._mine(self._data_worker):
            return
        ds = update.items[-1]
        self.dataset = ds
        self.dataset_name = ds.name if ds.name in DATASET_TITLES else str(ds.source)
        text = _tr("Loaded %1.").replace("%1", self.title())
        if self._switch_note:
            text += " " + self._switch_note
            self._switch_note = ""
        self._set_state("idle")
        self.datasetLoaded.emit(ds)
        self.message.emit(text, "ok")
        self.reinspect()

    def _on_dataset_error(self, exc: object) -> None:
        if not self._mine(self._data_worker):
            return
        self.dataset = None
        self._switch_note = ""
        self._set_state("empty")
        self.datasetFailed.emit(exc, self._data_target)

    def data_for(self, values: dict[str, Any], cut_train: bool = True) -> Any:
        """The loaded dataset cut to the run's test subset (and training subset, unless core's run cuts it)."""
        ds = self.dataset
        ntr, nte = int(values["train_subset"]) if cut_train else 0, int(values["test_subset"])
        if ntr or nte:
            ds = dataclasses.replace(ds, x_train=ds.x_train[:ntr or None], t_train=ds.t_train[:ntr or None],
                                     x_test=ds.x_test[:nte or None], t_test=ds.t_test[:nte or None])
        return ds

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
        for key in [k for k in self._view_cache if k[0] == run.id]:
            del self._view_cache[key]
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
            self.message.emit(self.finish_text(run), "ok")
        elif st == "stopped":
            self._set_state("stopped")
            self.message.emit(_tr("Stopped at iteration %1; the network keeps what it learned.")
                              .replace("%1", f"{p.iteration:,}"), "info")
        elif st == "diverged":
            self._set_state("diverged")
            self.message.emit(self.divergence_text(run, p), "error")
        self.runsChanged.emit()

    def divergence_text(self, run: RunRecord, p: Any) -> str:
        """Why the run diverged, blaming what most likely caused it: weight decay when its term 0.5·λ·ΣW² made
        most of the first loss or lr·λ > 1 (each step then flips and grows the weights); the initial weights
        when the first loss was already far above ln(classes) (the loss of a fresh, small-weight network);
        otherwise the learning rate."""
        what = p.message or _tr("the loss diverged")
        losses = run.losses.view()
        first = float(losses[0]) if len(losses) else float("inf")
        lr = float(p.lr)
        decay = float(run.net_config.get("weight_decay_lambda", 0.0) or 0.0)
        init = run.net_config.get("weight_init_std")
        start = run.checkpoint_at(0)
        sq = sum(float(np.sum(np.square(v, dtype=np.float64))) for k, v in start.state.items()
                 if k.startswith("W")) if start is not None else 0.0
        decay_term = 0.5 * decay * sq
        classes = int(run.net_config.get("output_size", 10) or 10)
        if decay > 0 and (lr * decay > 1.0 or (math.isfinite(first) and decay_term > 0.5 * first)
                          or (not math.isfinite(first) and decay_term > 10 * math.log(classes))):
            cause = _tr("Weight decay λ = %1 is too strong: its term 0.5·λ·ΣW² is %2 at the start and lr·λ = %3 "
                        "(above 1, each step flips and grows the weights). Lower λ (the book uses 0.1 or less).") \
                .replace("%1", f"{decay:g}").replace("%2", f"{decay_term:.3g}").replace("%3", f"{lr * decay:g}")
        elif not math.isfinite(first) or first > 10 * math.log(classes):
            cause = _tr("The loss was far too large from the first mini-batch (%1, where a fresh network starts "
                        "near %2): the initial weights (init %3) are too large. Try 0.01, or He / Xavier.") \
                .replace("%1", f"{first:.3g}").replace("%2", f"{math.log(classes):.1f}").replace("%3", str(init))
        else:
            cause = _tr("Try a smaller learning rate (e.g. a tenth of %1) and start again.").replace("%1", f"{lr:g}")
        what = what.split("; the learning rate")[0]  # core's guess is replaced by the diagnosis below
        text = _tr("Training stopped: %1.").replace("%1", what) + " " + cause
        if not self.parameters_finite(run):
            text += " " + self.nonfinite_text()
        return text

    def parameters_finite(self, run: RunRecord | None = None) -> bool:
        """True when the network shown (or ``run``'s latest) holds finite numbers only (a run that diverged at
        once may have none: core never checkpoints inf/NaN)."""
        if run is None:
            net = self.view_network()
            if net is None:
                return self.current is None or not self.current.trained
            state = net.state_arrays()
        else:
            state = run.latest_state() or {}
            if not state:
                return False
        return all(bool(np.all(np.isfinite(v))) for v in state.values())

    def nonfinite_text(self) -> str:
        return _tr("The parameters are not finite numbers (inf or NaN), so they cannot be saved: a model file must "
                   "hold finite numbers.")

    def finish_text(self, run: RunRecord) -> str:
        """"Finished N iterations in T: test accuracy A." (A of the final network), with the last evaluation
        during the run when it was earlier, and the book's figure for its own settings."""
        p = run.progress
        last = run.evals[-1] if run.evals else None
        ev = run.evaluation
        final = ev.accuracy if ev is not None and ev.iteration == p.iteration else None
        n, took = int(p.iteration), fmt_time(p.elapsed)
        if last is None or last.iteration == p.iteration:
            acc = final if final is not None else (last.test_acc if last is not None else float("nan"))
            text = tr_n("Finished %n iteration(s) in %1: test accuracy %2.", n) \
                .replace("%1", took).replace("%2", f"{acc:.4f}")
        elif final is not None:
            text = tr_n("Finished %n iteration(s) in %1: test accuracy %2 (the last evaluation during the run, at "
                        "iteration %3, gave %4).", n) \
                .replace("%1", took).replace("%2", f"{final:.4f}").replace("%3", f"{last.iteration:,}") \
                .replace("%4", f"{last.test_acc:.4f}")
        else:
            text = tr_n("Finished %n iteration(s) in %1: test accuracy %2 (last evaluation, at iteration %3).", n) \
                .replace("%1", took).replace("%2", f"{last.test_acc:.4f}").replace("%3", f"{last.iteration:,}")
        ref = presets.PRESET_BY_KEY[run.preset].reference if run.preset in presets.PRESET_BY_KEY else None
        if ref is not None and self.reference_mismatch(run) == []:
            text += " " + _tr("The book reports about %1.").replace("%1", f"{ref:.3f}")
        return text

    def reference_mismatch(self, run: RunRecord) -> list[str] | None:
        """None when the run's preset has no book reference; else the settings that differ from the book's
        (empty when the run uses the book's settings)."""
        preset = presets.PRESET_BY_KEY.get(run.preset)
        if preset is None or preset.reference is None:
            return None
        differ = [k for k, v in preset.values.items() if k != "seed" and str(run.values.get(k)) != str(v)]
        if run.dataset != "mnist":
            differ.append("dataset")
        return differ

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

    # ------------------------------------------------------------------ inspecting a network
    def inspect(self, run: RunRecord | None, iteration: int | None) -> Inspection:
        """Show ``run`` at its checkpoint at or before ``iteration`` (None: its latest state) and publish it."""
        self.current = run
        self.inspect_iteration = iteration
        return self.reinspect()

    def reinspect(self, full: bool = False) -> Inspection:
        """Show the inspected run and iteration again (``full``: with every view computed, e.g. to export)."""
        run, it = self.current, self.inspect_iteration
        if run is None:
            view = self._fresh_inspection()
        elif it is None and run.status in RUNNING:
            view = self._inspect_latest(run, publish=False, emit=False)
        else:
            view = self._checkpoint_inspection(run, it, full)
        self.inspected.emit(view)
        self._publish(view)
        return view

    def _inspect_latest(self, run: RunRecord, publish: bool, emit: bool = True) -> Inspection:
        """The running run's latest views, as the worker sent them (no extra work in the GUI thread)."""
        state = run.latest_state()
        net = self._network(run.net_config, state, run.values.get("seed", 0)) if state is not None else None
        if run.status not in RUNNING and state is not None:
            view = self._checkpoint_inspection(run, None)
        else:
            view = Inspection(run, run.iteration, net, run.weights, run.activations, run.evaluation, True)
        if emit:
            self.inspected.emit(view)
        if publish:
            self._publish(view)
        return view

    def _fresh_inspection(self) -> Inspection:
        net = self._fresh[2] if self._fresh is not None else None
        return Inspection(None, 0, net, weight_mosaic(net) if net is not None else None)

    def set_fresh_network(self, net_cfg: dict | None, seed: int) -> None:
        """The network a new run would start from (shown while no run is selected); None: invalid settings."""
        if net_cfg is None:
            self._fresh = None
        elif self._fresh is None or self._fresh[0] != net_cfg or self._fresh[1] != seed:
            try:
                self._fresh = (dict(net_cfg), seed, build_network(net_cfg, rng=np.random.default_rng(seed)))
            except ValueError:
                self._fresh = None
        else:
            return
        if self.current is None:
            self.reinspect()

    def _network(self, cfg: dict, state: dict, seed: int = 0) -> Network:
        net = build_network(cfg, rng=np.random.default_rng(int(seed)))
        net.load_state_arrays(state)
        return net

    def _checkpoint_inspection(self, run: RunRecord, iteration: int | None, full: bool = False) -> Inspection:
        """The views of a checkpoint, computed in the GUI thread and cached. Only what a visible tab shows is
        computed (the weights always; the histograms for the weights tab, the evaluation on the test set for
        the errors tab; ``full``: all), so dragging the timeline stays quick; the rest follows when its tab
        is opened. What the worker already sent for the run's last iteration is reused."""
        cp = run.checkpoint_at(run.iteration if iteration is None else iteration)
        if cp is None:
            return Inspection(run, 0, None, latest=iteration is None)
        key = (run.id, cp.iteration)
        cps = run.checkpoints
        latest = bool(cps) and cp.iteration == cps[-1].iteration
        need_acts = full or "weights" in self.visible_views
        need_ev = full or "errors" in self.visible_views
        cached = self._view_cache.get(key)
        if cached is not None and cached.net is not None:
            if (cached.activations is not None or not need_acts) and (cached.evaluation is not None or not need_ev):
                return dataclasses.replace(cached, latest=latest)
            net, weights, acts, ev = cached.net, cached.weights, cached.activations, cached.evaluation
        else:
            net = self._network(run.net_config, cp.state, run.values.get("seed", 0))
            weights = cp.weights if cp.weights is not None else weight_mosaic(net)
            acts = run.activations if latest and run.status not in RUNNING else None
            ev = run.evaluation if run.evaluation is not None and run.evaluation.iteration == cp.iteration else None
        ds = self.dataset
        if ds is not None and run.dataset == ds.name and ((need_acts and acts is None) or (need_ev and ev is None)):
            data = self.data_for(run.values)
            if len(data.x_test):
                if need_acts and acts is None:
                    acts = activation_stats(net, data.x_test[:ACTIVATION_SAMPLES])
                if need_ev and ev is None:
                    epoch = max((e.epoch for e in run.evals if e.iteration <= cp.iteration), default=0)
                    ev = evaluation_view(net, data.x_test, data.t_test, int(epoch), tuple(ds.class_names),
                                         cp.iteration)
        view = Inspection(run, cp.iteration, net, weights, acts, ev, latest)
        if run.status not in RUNNING or not latest:
            self._view_cache[key] = view
        return view

    def view_network(self) -> Network | None:
        """The network the views show (a checkpoint, a run's latest state, or a fresh one)."""
        run, it = self.current, self.inspect_iteration
        if run is None:
            return self._fresh[2] if self._fresh is not None else None
        cp = run.checkpoint_at(run.iteration if it is None else it)
        if cp is None:
            return None
        return self._network(run.net_config, cp.state, run.values.get("seed", 0))

    def _publish(self, view: Inspection) -> None:
        """Publish the inspected trained network (a copy: training never mutates it) for the other panels."""
        if not self.publish:
            return
        hub = model_hub()
        if view.run is None or view.net is None or not view.run.trained:
            if hub.current() is not None:
                hub.set_current(None)
            return
        net = build_network(view.net.config(), rng=np.random.default_rng(0))
        net.load_state_arrays(view.net.state_arrays())
        names = tuple(self.dataset.class_names) if self.dataset is not None else ()
        hub.set_current(CurrentModel(net=net, dataset=view.run.dataset,
                                     description=_tr("%1, iteration %2").replace("%1", view.run.name)
                                     .replace("%2", f"{view.iteration:,}"), class_names=names))

    # ------------------------------------------------------------------ models on disk
    def save_model(self, path: str | Path) -> Path:
        """Save the inspected network (OSError / ValueError on failure)."""
        run = self.current
        net = self.view_network()
        if run is None or net is None or not run.trained:
            raise ValueError(_tr("Nothing to save yet: train the network (or load a model) first."))
        it = run.iteration if self.inspect_iteration is None else int(self.inspect_iteration)
        acc = run.final_test_accuracy() if self.inspect_iteration is None else next(
            (float(e.test_acc) for e in reversed(run.evals) if e.iteration <= it), None)
        out = save_network(path, net, extra={"dataset": run.dataset, "iterations": it, "test_acc": acc})
        run.unsaved = False
        self.runsChanged.emit()
        return out

    def load_model(self, path: str | Path, values: dict[str, Any], preset: str) -> RunRecord:
        """Load a model as a run of its own (status "loaded"): inspectable, and trained further by Start."""
        loaded = read_model(path)
        net = loaded.net
        extra = loaded.extra
        it = extra.get("iterations") if isinstance(extra.get("iterations"), int) else 0
        run = self.new_run(values, dict(net.config()), None, preset, name=Path(path).name)
        run.status = "loaded"
        run.loaded_from = str(path)
        run.fork_iteration = max(int(it or 0), 0)
        ds = extra.get("dataset")
        if isinstance(ds, str) and ds:
            run.dataset = ds
        acc = extra.get("test_acc")
        run.loaded_accuracy = float(acc) if isinstance(acc, (int, float)) else None
        run.add_checkpoint(run.fork_iteration, net.state_arrays(), pinned=True)
        self.select(run)
        return run

    # ------------------------------------------------------------------ unsaved work and shutdown
    def unsaved_runs(self) -> list[RunRecord]:
        return [r for r in self.runs if (r.unsaved and r.trained) or r.status in RUNNING]

    def shutdown(self) -> None:
        self.stop_training()
        if self._data_runner is not None:
            self._data_runner.stop(STOP_TIMEOUT_MS, disconnect=True)
        self._data_runner = None


def fmt_time(seconds: float) -> str:
    if not math.isfinite(seconds) or seconds < 0:
        return "–"
    seconds = round(seconds)
    m, s = divmod(seconds, 60)
    h, m = divmod(m, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def tr_n(source: str, n: int) -> str:
    """``tr(source, n)``: Qt's plural form for ``%n``, the number printed as 1,200 ("(s)" resolved without a
    translation)."""
    import re

    text = _tr(source, n)
    if "(s)" in text:
        text = text.replace("(s)", "" if n == 1 else "s")
    return re.sub(rf"(?<![\d%]){n}(?!\d)", f"{n:,}", text, count=1)
