"""What the training view keeps of each run, on the GUI side: curves, evaluations, checkpoints, status.

A :class:`RunRecord` is filled from the worker's snapshots (copies) and never touches a network being
trained. Its checkpoints (parameter copies at each evaluation, at the end, and every
:data:`CHECKPOINT_EVERY_S` seconds while running) are what the timeline scrubs through; a fork is started
from them. When ``core.runs`` provides a run object (``core_run``), the record carries it along for exact
forks and sessions.
"""
from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

#: Colours of the runs, in order (colour-blind safe, distinct on white and dark backgrounds).
RUN_COLORS = ("#3d7fd9", "#e08a2e", "#3a9a5b", "#b04fc4", "#d64545", "#17becf", "#8c6d31", "#7f7f7f")
#: Most bytes of parameter checkpoints one run keeps in the GUI; older ones are thinned (every other one
#: dropped, never the first, the evaluations' or the last) when a new one would exceed it.
CHECKPOINT_BYTES = 64 * 1024 * 1024

_ids = itertools.count(1)


class Growing:
    """A growing 1-D array with amortised appends (loss history: up to millions of points)."""

    def __init__(self, dtype: Any = np.float64) -> None:
        self.data = np.empty(1024, dtype=dtype)
        self.n = 0

    def extend(self, values: NDArray) -> None:
        need = self.n + len(values)
        if need > len(self.data):
            new = np.empty(max(need, 2 * len(self.data)), dtype=self.data.dtype)
            new[:self.n] = self.data[:self.n]
            self.data = new
        self.data[self.n:need] = values
        self.n = need

    def view(self) -> NDArray:
        return self.data[:self.n]

    def truncate(self, n: int) -> None:
        self.n = max(0, min(n, self.n))


@dataclass(frozen=True)
class Event:
    """A change during a run, drawn as a marker on the curves: ``kind`` "lr" or "optimizer"."""

    iteration: int
    kind: str
    text: str


@dataclass
class Checkpoint:
    """Parameters (and BatchNorm buffers) of the network after ``iteration`` mini-batches.

    ``evaluation``/``activations``: the views of this checkpoint once computed (cached for the timeline).
    ``pinned``: kept when thinning (evaluations, first and last).
    """

    iteration: int
    state: dict[str, NDArray]
    pinned: bool = False
    evaluation: Any = None
    activations: Any = None
    weights: Any = None

    @property
    def nbytes(self) -> int:
        return int(sum(a.nbytes for a in self.state.values()))


class RunRecord:
    """One run as the view keeps it until the learner deletes it.

    ``values``: the form values it was started with; ``net_config``/``train_config``: what core got;
    ``parent``/``fork_iteration``: the run and iteration it was forked from (its history up to there is
    the parent's). ``status``: "idle", "running", "paused", "finished", "stopped", "diverged", "loaded".
    """

    def __init__(self, name: str, values: dict[str, Any], net_config: dict, train_config: Any, *,
                 preset: str, dataset: str, color: str, parent: RunRecord | None = None,
                 fork_iteration: int = 0) -> None:
        self.id = next(_ids)
        self.name = name
        self.values = dict(values)
        self.net_config = dict(net_config)
        self.train_config = train_config
        self.preset = preset
        self.dataset = dataset
        self.color = color
        self.visible = True
        self.status = "idle"
        self.parent = parent
        self.fork_iteration = int(fork_iteration)
        self.iterations = Growing(np.int64)
        self.losses = Growing()
        self.evals: list[Any] = []
        self.events: list[Event] = []
        self.progress: Any = None
        self.evaluation: Any = None
        self.activations: Any = None
        self.weights: Any = None
        self._own: list[Checkpoint] = []
        self._core_cps: dict[int, Checkpoint] = {}
        self.message = ""
        self.unsaved = False
        self.core_run: Any = None
        self.loaded_from = ""
        self.loaded_accuracy: float | None = None
        #: Seconds the last evaluation took (the status strip's estimate for the final one).
        self.eval_seconds = 0.0
        if parent is not None:
            self._inherit(parent, fork_iteration)

    def _inherit(self, parent: RunRecord, at: int) -> None:
        """The parent's history up to ``at`` (curves, evaluations, events and checkpoints)."""
        x, y = parent.iterations.view(), parent.losses.view()
        n = int(np.searchsorted(x, at, side="right"))
        self.iterations.extend(x[:n])
        self.losses.extend(y[:n])
        self.evals = [e for e in parent.evals if e.iteration <= at]
        self.events = [e for e in parent.events if e.iteration <= at]
        if parent.core_run is None:
            self._own = [Checkpoint(c.iteration, c.state, True, c.evaluation, c.activations, c.weights)
                         for c in parent.checkpoints if c.iteration <= at]

    # ------------------------------------------------------------------ numbers shown in the list
    @property
    def iteration(self) -> int:
        if self.progress is not None:
            return int(self.progress.iteration)
        return int(self.iterations.view()[-1]) if self.iterations.n else self.fork_iteration

    @property
    def trained(self) -> bool:
        return self.iteration > 0 or self.status == "loaded"

    def final_accuracies(self) -> tuple[float, float] | None:
        """(train, test) accuracy of the last evaluation, or None."""
        if not self.evals:
            return None
        e = self.evals[-1]
        return float(e.train_acc), float(e.test_acc)

    def final_test_accuracy(self) -> float | None:
        """The test accuracy of the final network when it was evaluated at its last iteration, else the last
        evaluation's."""
        ev = self.evaluation
        if ev is not None and ev.iteration == self.iteration:
            return float(ev.accuracy)
        return float(self.evals[-1].test_acc) if self.evals else None

    # ------------------------------------------------------------------ checkpoints
    @property
    def n_checkpoints(self) -> int:
        return self.count_checkpoints()

    def count_checkpoints(self) -> int:
        """How many checkpoints there are (cheap: no arrays touched)."""
        return len(self.core_run.checkpoint_iterations()) if self.core_run is not None else len(self._own)

    @property
    def checkpoints(self) -> list[Checkpoint]:
        """The checkpoints, ascending: the core run's (read while it trains, which core allows), or the ones
        this record keeps itself (a loaded model trained further)."""
        core = self.core_run
        if core is None:
            return self._own
        cps = core.checkpoints
        out = []
        for it in core.checkpoint_iterations():
            cp = self._core_cps.get(it)
            if cp is None:
                c = cps.get(it)
                if c is None:
                    continue
                cp = Checkpoint(int(it), c.network_arrays(), pinned=bool(c.evaluation))
                self._core_cps[it] = cp
            out.append(cp)
        if len(self._core_cps) > len(out):
            keep = {c.iteration for c in out}
            self._core_cps = {k: v for k, v in self._core_cps.items() if k in keep}
        return out

    def add_checkpoint(self, iteration: int, state: dict[str, NDArray], *, pinned: bool = False) -> Checkpoint:
        """Keep ``state`` (owned copies) as the checkpoint at ``iteration`` (replacing one at the same iteration)."""
        own = self._own
        i = bisect.bisect_left([c.iteration for c in own], iteration)
        if i < len(own) and own[i].iteration == iteration:
            cp = own[i]
            cp.state, cp.pinned = state, cp.pinned or pinned
            return cp
        cp = Checkpoint(int(iteration), state, pinned)
        own.insert(i, cp)
        self._thin()
        return cp

    def _thin(self) -> None:
        own = self._own
        total = sum(c.nbytes for c in own)
        while total > CHECKPOINT_BYTES:
            loose = [k for k, c in enumerate(own[1:-1], 1) if not c.pinned]
            if not loose:
                break
            for k in reversed(loose[::2]):
                total -= own[k].nbytes
                del own[k]

    def checkpoint_at(self, iteration: int) -> Checkpoint | None:
        """The last checkpoint at or before ``iteration``."""
        cps = self.checkpoints
        i = bisect.bisect_right([c.iteration for c in cps], iteration) - 1
        return cps[i] if i >= 0 else None

    def latest_state(self) -> dict[str, NDArray] | None:
        cps = self.checkpoints
        return cps[-1].state if cps else None


def next_color(runs: list[RunRecord]) -> str:
    """The first colour no run uses (cycling when all are taken)."""
    used = {r.color for r in runs}
    for c in RUN_COLORS:
        if c not in used:
            return c
    return RUN_COLORS[len(runs) % len(RUN_COLORS)]


#: Form fields named in the legend when they differ between runs, with their short labels.
LEGEND_FIELDS = (("preset", "net"), ("hidden", "hidden"), ("activation", "act"), ("init", "init"),
                 ("batchnorm", "BN"), ("dropout", "dropout"), ("weight_decay", "λ"), ("optimizer", "opt"),
                 ("optimizer_params", ""), ("lr", "lr"), ("batch_size", "batch"), ("mode", "mode"),
                 ("iterations", "it"), ("epochs", "epochs"), ("seed", "seed"), ("train_subset", "train"),
                 ("test_subset", "test"), ("dataset", "data"))


def run_settings(run: RunRecord) -> dict[str, Any]:
    """The settings a legend compares: the form values, the preset and the dataset, and a fork's changes."""
    v = dict(run.values)
    v["preset"] = run.preset
    v["dataset"] = run.dataset
    if v.get("mode") == "book":
        v.pop("epochs", None)
    else:
        v.pop("iterations", None)
    return v


def legend_labels(runs: list[RunRecord]) -> dict[int, str]:
    """Run id -> "name: what differs" (e.g. "run 2: lr 0.01, opt adam"); the name alone when nothing differs."""
    settings = {r.id: run_settings(r) for r in runs}
    keys = [k for k, _ in LEGEND_FIELDS
            if len({str(s.get(k, "")) for s in settings.values()}) > 1]
    short = dict(LEGEND_FIELDS)
    out = {}
    for r in runs:
        s = settings[r.id]
        parts = []
        for k in keys:
            v = s.get(k, "")
            if k == "batchnorm":
                v = "on" if v else "off"
            parts.append(f"{short[k]} {v}".strip() if short[k] else str(v) or "–")
        if r.parent is not None:
            parts.append(f"↳{r.parent.name}@{r.fork_iteration:,}")
        out[r.id] = r.name + (": " + ", ".join(parts) if parts else "")
    return out
