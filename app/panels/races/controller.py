"""The races controller: owns the race (core.races) and its worker, turns the worker's snapshots into
what the views draw. Views are duck-typed (tests pass fakes):

* ``curves.reset(labels, colors, metric, bands)``, ``curves.set_curve(i, x, y, test_y=None)``,
  ``curves.set_band(i, x, lo, hi)``;
* ``grid.reset(groups, colors)``, ``grid.set_curve(group, k, x, y)``;
* ``scatter.reset()``, ``scatter.show(lrs, wds, accs, best)`` (best: list of (label, acc, lr, wd));
* ``hists.reset(labels, layers)``, ``hists.show(i, stats)`` (a list of core.network.LayerStats);
* ``status.show(text)`` and ``status.show_error(text)``.

The race runs in :class:`app.worker.GeneratorWorker`; the views read the runs (their loss arrays only
grow; their tuples are replaced, never changed) in the GUI thread, once per update.
"""
from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, Signal

from dlfs_studio.app.worker import GeneratorWorker, Update, WorkerRunner
from dlfs_studio.core.network import activation_stats
from dlfs_studio.core.races import Race, RacePlan, RaceProgress, figures, iter_race, seed_bands
from dlfs_studio.core.training import TrainingControl

#: Racer colours (colour-blind safe order, then repeats).
COLORS = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000")
#: Loss curves are smoothed over this many mini-batches (the book's smooth_curve does the same).
SMOOTH = 25
#: The init race's activation histograms are measured on this many training images, every HIST_EVERY rounds.
HIST_IMAGES, HIST_EVERY = 500, 50
#: The curves are redrawn at most this often (seconds): drawing every worker update (30 a second)
#: kept the GUI thread, and through the GIL the race, busy on the 2-core machine (bench_race.py).
DRAW_INTERVAL = 0.2


def _tr(text: str) -> str:
    return QCoreApplication.translate("RaceController", text)


_LABELS = (
    (re.compile(r"plain"), lambda: _tr("plain")),
    (re.compile(r"weight decay (.+)"), lambda: _tr("weight decay {0}")),
    (re.compile(r"dropout (.+)"), lambda: _tr("dropout {0}")),
    (re.compile(r"BatchNorm \(w (.+)\)"), lambda: _tr("BatchNorm (w {0})")),
    (re.compile(r"no BatchNorm \(w (.+)\)"), lambda: _tr("no BatchNorm (w {0})")),
    (re.compile(r"trial (\d+)"), lambda: _tr("trial {0}")),
    (re.compile(r"lr (.+)"), lambda: _tr("learning rate {0}")),
    (re.compile(r"batch size (.+)"), lambda: _tr("batch size {0}")),
    (re.compile(r"hidden sizes (.+)"), lambda: _tr("hidden sizes {0}")),
    (re.compile(r"init (.+)"), lambda: _tr("weight init {0}")),
    (re.compile(r"optimizer (.+)"), lambda: _tr("optimizer {0}")),
    (re.compile(r"batchnorm True"), lambda: _tr("with BatchNorm")),
    (re.compile(r"batchnorm False"), lambda: _tr("without BatchNorm")),
)


def translate_label(label: str) -> str:
    """A variant's label (core's English, e.g. "weight decay 0.1") in the interface language."""
    for pattern, text in _LABELS:
        m = pattern.fullmatch(label)
        if m:
            return text().format(*m.groups())
    return label


def smooth(y: np.ndarray, window: int = SMOOTH) -> np.ndarray:
    """Trailing moving average (the first points average what there is), shape of ``y``."""
    if y.size == 0:
        return y
    c = np.cumsum(np.insert(np.asarray(y, dtype=np.float64), 0, 0.0))
    n = np.arange(1, y.size + 1)
    lo = np.maximum(0, n - window)
    return (c[n] - c[lo]) / (n - lo)


def default_loader() -> Any:
    from dlfs_studio.core.data import load_dataset
    return load_dataset("mnist")


class RaceController(QObject):
    """Start, pause, step, stop a race; keep its runs; feed the views."""

    state_changed = Signal(str)  # "idle", "running", "paused", "finished", "stopped", "failed"

    def __init__(self, views: dict[str, Any], loader: Callable[[], Any] = default_loader,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.views = views
        self.loader = loader
        self.data: Any = None
        self.race: Race | None = None
        self.control: TrainingControl | None = None
        self.runner: WorkerRunner | None = None
        self.state = "idle"
        self.rounds = 0
        self.updates = 0
        #: set by whoever saves the race's runs (the panel); a new race is unsaved
        self.saved = False
        self._hist_at = -1
        self._last_draw = 0.0
        #: The iteration the race's runs end at, as the curves' x axis was last told (None: not yet known).
        self._x_end: int | None = None
        #: (view, racer) -> length of the data last drawn: unchanged curves are not set again
        self._drawn: dict[tuple[str, int], int] = {}

    # ------------------------------------------------------------------ control
    def start(self, plan: RacePlan, seeds: int = 1) -> None:
        """Stop any race under way and start ``plan`` over ``seeds`` seeds (the old race's runs are left
        to whoever kept them: the panel asks before discarding unsaved ones)."""
        self.stop()
        self.race = Race(plan, seeds=seeds)
        self.control = TrainingControl()
        self.rounds = 0
        self.saved = False
        self._hist_at = -1
        self._drawn = {}
        self._x_end = None
        self._reset_views()
        race, control = self.race, self.control

        def items() -> Iterator[RaceProgress]:
            if self.data is None:
                self.data = self.loader()
            yield from iter_race(race, self.data, control)

        worker = GeneratorWorker(items, control=control, snapshot=self._snapshot,
                                 is_urgent=lambda p: p.state != "running")
        worker.updated.connect(self._on_update)
        worker.failed.connect(self._on_failed)
        worker.done.connect(self._on_done)
        self.runner = WorkerRunner(worker, parent=self)
        self._set_state("running")
        self.views["status"].show(self.describe())
        self.runner.start()

    def show(self, race: Race) -> None:
        """Draw a race that is not running (e.g. one trained headless, its runs read from a session)."""
        self.stop()
        self.race = race
        self.control = None
        self._drawn = {}
        self._reset_views()
        self.refresh()
        self._set_state("finished" if all(r.run.status in ("finished", "diverged") for r in race.racers)
                        else "stopped")
        self.views["status"].show(self.describe())

    def play_pause(self) -> bool:
        """Pause a running race or resume a paused one; False when there is none."""
        if self.control is None or self.state not in ("running", "paused"):
            return False
        if self.state == "running":
            self.control.pause()
            self._set_state("paused")
        else:
            self.control.resume()
            self._set_state("running")
        return True

    def step(self) -> bool:
        """One more mini-batch for every racer (pauses a running race)."""
        if self.control is None or self.state not in ("running", "paused"):
            return False
        self.control.step(1)
        self._set_state("paused")
        return True

    def stop(self, timeout_ms: int = 3000) -> None:
        """Stop the race under way (every racer keeps its curves and a checkpoint)."""
        if self.runner is not None:
            self.runner.stop(timeout_ms, disconnect=True)
            self.runner = None
            if self.state in ("running", "paused"):
                self._set_state("stopped")
                self.refresh()

    def is_running(self) -> bool:
        return self.runner is not None and self.runner.is_running()

    def _set_state(self, state: str) -> None:
        self.state = state
        self.state_changed.emit(state)

    # ------------------------------------------------------------------ worker side
    def _snapshot(self, items: list, urgent: bool) -> Any:
        """In the worker thread: the init race's activation histograms (live networks) now and then."""
        race = self.race
        if race is None or race.plan.key != "init" or self.data is None:
            return None
        live = [r.run.live_network for r in race.racers]
        its = [r.run.iteration for r in race.racers]
        if any(n is None for n in live) or min(its) // HIST_EVERY == self._hist_at:
            return None
        self._hist_at = min(its) // HIST_EVERY
        x = np.asarray(self.data.x_train[:HIST_IMAGES])
        return {i: activation_stats(net, x) for i, net in enumerate(live) if net is not None}

    # ------------------------------------------------------------------ GUI side
    def _on_update(self, update: Update) -> None:
        self.updates += 1
        for p in update.items:
            if p.state == "paused":
                self._set_state("paused")
        if isinstance(update.extra, dict):
            for i, stats in update.extra.items():
                self.views["hists"].show(i, stats)
        end = max((p.progress.total_iterations for p in update.items if p.progress is not None), default=0)
        if end > (self._x_end or 0):  # racers may plan different lengths (a batch-size race): the longest
            self._x_end = end
            self.views["curves"].set_x_end(end)
        now = time.perf_counter()
        if update.urgent or now - self._last_draw >= DRAW_INTERVAL:  # the end is drawn by _on_done
            self._last_draw = now
            self.refresh()
        runner = self.runner
        if runner is not None:
            runner.worker.acknowledge()

    def _on_failed(self, message: str) -> None:
        self._set_state("failed")
        self.views["status"].show_error(message)

    def _on_done(self, last: Any) -> None:
        if self.state == "failed":
            return
        if isinstance(last, RaceProgress) and last.state in ("finished", "stopped"):
            self._set_state(last.state)
        elif self.state in ("running", "paused"):
            self._set_state("stopped")
        self.refresh()
        self.views["status"].show(self.describe())

    def _reset_views(self) -> None:
        race = self.race
        assert race is not None
        plan = race.plan
        labels = [translate_label(v.label) for v in plan.variants]
        colors = [COLORS[i % len(COLORS)] for i in range(len(labels))]
        self.views["curves"].reset(labels, colors, plan.metric, race.seeds > 1)
        groups = sorted({v.group for v in plan.variants if v.group}, key=lambda g: -float(g))
        self.views["grid"].reset(groups, colors[:2])
        self.views["scatter"].reset()
        layers = len(plan.variants[0].config.hidden_sizes) if plan.key == "init" else 0
        self.views["hists"].reset(labels if plan.key == "init" else [], layers)

    def refresh(self) -> None:
        """Redraw every view from the race's runs."""
        race = self.race
        if race is None:
            return
        plan = race.plan
        curves = self.views["curves"]
        if race.seeds > 1 and plan.metric == "loss":
            for i, band in enumerate(seed_bands(race)):
                if band.x.size:
                    m = smooth(band.mean)
                    curves.set_curve(i, band.x, m)
                    curves.set_band(i, band.x, smooth(band.lo), smooth(band.hi))
        elif race.seeds > 1:
            for i, band in enumerate(seed_bands(race, "train_acc")):
                if band.x.size:
                    curves.set_curve(i, band.x, band.mean)
                    curves.set_band(i, band.x, band.lo, band.hi)
        else:
            for k, r in enumerate(race.racers):
                run = r.run
                n = run.iteration if plan.metric == "loss" else len(run.evaluations)
                if not self._changed("curves", k, n):
                    continue
                if plan.metric == "loss":
                    y = run.losses.values()
                    curves.set_curve(k, np.arange(1, y.size + 1, dtype=np.float64), smooth(y))
                else:
                    ev = run.evaluations
                    x = np.array([e.iteration for e in ev], dtype=np.float64)
                    curves.set_curve(k, x, np.array([e.train_acc for e in ev]),
                                     np.array([e.test_acc for e in ev]) if plan.key != "batchnorm" else None)
        if plan.key == "batchnorm" and len(plan.variants) > 2:
            grid = self.views["grid"]
            for k, r in enumerate(race.racers):
                if r.seed:
                    continue
                v = plan.variants[r.variant]
                ev = r.run.evaluations
                if not self._changed("grid", k, len(ev)):
                    continue
                grid.set_curve(v.group, 0 if v.config.batchnorm else 1,
                               np.array([e.epoch for e in ev], dtype=np.float64),
                               np.array([e.train_acc for e in ev]))
        if plan.search:
            self._show_search()

    def _changed(self, view: str, k: int, n: int) -> bool:
        """Whether racer ``k``'s data (of length ``n``) differ from what ``view`` last drew."""
        if self._drawn.get((view, k)) == n:
            return False
        self._drawn[(view, k)] = n
        return True

    def _show_search(self) -> None:
        race = self.race
        assert race is not None
        final = dict(race.final)  # the worker adds to it: read one copy
        done = [(r, final[k]) for k, r in enumerate(race.racers) if k in final and not r.seed]
        if not self._changed("scatter", 0, len(done)):
            return
        lrs = np.array([r.run.config.lr for r, _ in done])
        wds = np.array([r.run.config.weight_decay for r, _ in done])
        accs = np.array([f[2] for _, f in done], dtype=np.float64)
        order = np.argsort(-np.nan_to_num(accs, nan=-1.0))[:10]
        best = [(translate_label(done[i][0].run.name), float(accs[i]), float(lrs[i]), float(wds[i])) for i in order]
        self.views["scatter"].show(lrs, wds, accs, best)

    # ------------------------------------------------------------------ reading
    def describe(self) -> str:
        """One paragraph: what is racing and what it shares."""
        race = self.race
        if race is None:
            return ""
        shared = race.shared
        parts = []
        if shared.weights and shared.batches:
            parts.append(_tr("All racers start from the same initial weights and see the same mini-batches in "
                             "the same order."))
        else:
            if shared.batches:
                parts.append(_tr("All racers see the same mini-batches in the same order."))
            if not shared.weights:
                text = " ".join(shared.notes)
                if "scaled differently" in text:
                    parts.append(_tr("The init schemes differ: the racers share the same random draws, scaled "
                                     "differently, so they cannot share initial weights."))
                else:
                    parts.append(_tr("The networks have different shapes, so they cannot share initial weights."))
            if not shared.batches:
                parts.append(_tr("The batch sizes differ, so the mini-batches differ too."))
        return " ".join(parts)

    def final_rows(self) -> list[list[Any]]:
        """The final figures, one row per variant (for the CSV export)."""
        if self.race is None:
            return []
        return [[f.label, f.seeds, *f.loss, *f.train_acc, *f.test_acc] for f in figures(self.race)]

    def has_unsaved_work(self) -> bool:
        return self.race is not None and not self.saved and any(r.run.iteration for r in self.race.racers)
