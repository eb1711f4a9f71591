"""Runs: a training run kept with its configuration, curves and checkpoints; replayed, resumed, forked.

API (no Qt; the app's training view and ``dlfs train --session``/``dlfs replay`` build on it)::

    run = Run(RunConfig(iterations=2000), name="book")
    for p in train_run(run, data, control):         # RunProgress snapshots (core.training.Progress + run_id)
        ...                                         # run.losses, run.evaluations, run.checkpoints grow as it goes
    net = network_at(run, 1200)                     # the network at the checkpoint at or before iteration 1200
    child = fork(run, 500, lr=0.01)                 # a new run from the checkpoint at or before 500, lr changed
    for p in train_run(child, data): ...            # child.losses[:500] == run.losses[:500], bit for bit
    again = replay(run, data)                       # rerun from the configuration: identical losses

Pieces:

* :class:`~core.runconfig.RunConfig` (re-exported here): the full configuration, with separate
  ``init_seed`` (initial weights, dropout masks) and ``data_seed`` (mini-batch order).
* :class:`Run`: ``id``, ``name``, ``config``, ``parent_id`` and ``fork_iteration`` (None for a root run),
  ``lineage`` (the configurations of the ancestors' stretches, so a fork replays alone), ``status``
  (new / running / paused / finished / stopped / diverged) and ``message``; curves: ``losses``
  (a :class:`LossCurve`, ``losses.values()`` is a float64 array, loss of iteration i at index i - 1),
  ``evaluations`` (tuple of :class:`EvalPoint` (iteration, train_acc, test_acc, epoch, train_loss)),
  ``events`` (tuple of :class:`RunEvent`: lr and optimizer changes, with the iteration after which they
  took effect); ``checkpoints`` (read-only mapping iteration -> :class:`Checkpoint`).
  Reading a run from another thread while it trains is safe: the tuples and the checkpoint mapping
  are replaced, never changed in place, and the loss array only grows past what a reader has seen.
* :func:`train_run` trains a new run, or continues a paused/stopped one (or a fork) from its latest
  checkpoint, bit-identically to an uninterrupted run. Live changes made through the
  :class:`core.training.TrainingControl` (``set_lr``, ``set_optimizer``) are recorded as events, so a
  replay applies them at the same iterations.
* :func:`fork`, :func:`network_at`, :func:`replay`, :func:`first_difference`.

Checkpoints: the parameters, BatchNorm buffers, the optimizer's state (read-only copies), the batch
generator's state as a JSON-able dict (plus, in epochs mode, its state at the start of the epoch under
way: the position in the batch order is the iteration), the dropout generator's state. One is taken at
iteration 0, at every evaluation, every ``checkpoint_every`` iterations (default
:data:`DEFAULT_CHECKPOINT_EVERY`), when a run pauses or stops, and at its end; never of non-finite
parameters. A run's checkpoints stay under ``max_checkpoint_bytes`` (default
:data:`DEFAULT_CHECKPOINT_BYTES`, 32 MiB): when over, the spacing of the regular checkpoints doubles
and those off the new grid go; if evaluation checkpoints alone still exceed the cap, every other one
goes (evaluations later keep the same stride). Iteration 0, the fork point and the latest checkpoint always
stay. For the book's TwoLayerNet (784-50-10, float32) a checkpoint is 159 KB with SGD (477 KB with
Adam), so a 10,000-iteration run keeps all its 100 regular and 17 evaluation checkpoints (18.6 MB).

A checkpoint at iteration k is the state after k mini-batches and the evaluation at k, before any
change made at k; the network it shows uses the configuration that trains from k (a fork's own at its
fork point).
"""
from __future__ import annotations

import bisect
import hashlib
import operator
import threading
import time
import uuid
from collections.abc import Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass, fields
from types import MappingProxyType
from typing import Any, NamedTuple

import numpy as np
from numpy.typing import NDArray

from .layers import Dropout
from .network import Network
from .optimizers import Optimizer, make_optimizer
from .runconfig import FORKABLE, RunConfig, describe, differences, varying
from .training import Progress, Resume, TrainingControl, train

__all__ = ["DEFAULT_CHECKPOINT_BYTES", "DEFAULT_CHECKPOINT_EVERY", "STATUSES", "Checkpoint", "EvalPoint", "ForkStep",
           "LossCurve", "Run", "RunConfig", "RunEvent", "RunProgress", "data_id", "describe", "differences",
           "first_difference", "fork", "network_at", "replay", "replayed", "run_data", "train_run", "varying"]

STATUSES = ("new", "running", "paused", "finished", "stopped", "diverged")
DEFAULT_CHECKPOINT_EVERY = 100
DEFAULT_CHECKPOINT_BYTES = 32 * 2**20


# ---------------------------------------------------------------------------- small records
class EvalPoint(NamedTuple):
    """One evaluation of a run: after ``iteration`` mini-batches (epoch number as in EpochResult)."""

    iteration: int
    train_acc: float
    test_acc: float
    epoch: int
    train_loss: float


class RunEvent(NamedTuple):
    """A change made while training, effective from mini-batch ``iteration + 1`` on.

    ``lr``: the new learning rate (or None); ``optimizer``: the new optimizer's name (or None; it
    starts with fresh state) with ``optimizer_params`` as given to ``set_optimizer`` (may include lr).
    """

    iteration: int
    lr: float | None = None
    optimizer: str | None = None
    optimizer_params: Mapping[str, float] | None = None

    @property
    def kind(self) -> str:
        """"optimizer" or "lr" (for the curve markers)."""
        return "optimizer" if self.optimizer is not None else "lr"


class ForkStep(NamedTuple):
    """A stretch of a fork's history: ``config`` trained the iterations up to ``until`` in run ``run_id``."""

    config: RunConfig
    until: int
    run_id: str


@dataclass(frozen=True, eq=False)
class Checkpoint:
    """Everything needed to continue a run bit-identically from ``iteration`` (arrays are read-only).

    ``params`` and ``buffers`` by the network's keys ("W1", "BatchNorm1.running_mean"); ``optimizer``
    and ``optimizer_hyperparams`` (with "lr"); ``optimizer_state`` ("v/W1", ...) and
    ``optimizer_scalars`` (Adam's "iter"); ``rng_state``: the batch generator's
    ``bit_generator.state`` (JSON-able dict); ``epoch_rng_state``: in epochs mode, its state before the
    permutation of the epoch under way was drawn (None in book mode or at an epoch's start);
    ``dropout_rng_state``: the dropout masks' generator (None without dropout); ``evaluation``: taken
    at an evaluation (kept longest by the thinning).
    """

    iteration: int
    params: Mapping[str, NDArray]
    buffers: Mapping[str, NDArray]
    optimizer: str
    optimizer_hyperparams: Mapping[str, float]
    optimizer_state: Mapping[str, NDArray]
    optimizer_scalars: Mapping[str, int]
    rng_state: dict
    epoch_rng_state: dict | None = None
    dropout_rng_state: dict | None = None
    evaluation: bool = False

    @property
    def lr(self) -> float:
        return float(self.optimizer_hyperparams["lr"])

    @property
    def nbytes(self) -> int:
        """Bytes of the arrays."""
        return sum(a.nbytes for m in (self.params, self.buffers, self.optimizer_state) for a in m.values())

    def network_arrays(self) -> dict[str, NDArray]:
        """Parameters and buffers in one dict (what ``Network.load_state_arrays`` takes)."""
        return {**self.params, **self.buffers}

    def make_optimizer(self) -> Optimizer:
        """A new optimizer with this checkpoint's settings and state."""
        opt = make_optimizer(self.optimizer, **self.optimizer_hyperparams)
        opt.load_state(dict(self.optimizer_state), dict(self.optimizer_scalars))
        return opt


def _frozen(arrays: Mapping[str, NDArray], copy: bool = True) -> Mapping[str, NDArray]:
    out = {}
    for k, v in arrays.items():
        a = v.copy() if copy else v
        a.setflags(write=False)
        out[k] = a
    return MappingProxyType(out)


class LossCurve:
    """The loss of every mini-batch, appended cheaply (amortised O(1)) and read as a float64 array."""

    def __init__(self, values: Iterable[float] | NDArray = ()) -> None:
        a = np.asarray(list(values) if not isinstance(values, np.ndarray) else values, dtype=np.float64)
        self._buf = np.empty(max(1024, 2 * a.size), dtype=np.float64)
        self._buf[:a.size] = a
        self._n = a.size

    def append(self, loss: float) -> None:
        n = self._n
        if n == self._buf.size:
            buf = np.empty(2 * n, dtype=np.float64)
            buf[:n] = self._buf
            self._buf = buf
        self._buf[n] = loss
        self._n = n + 1

    def values(self) -> NDArray[np.float64]:
        """A read-only view of the losses so far, shape (len,): the loss of iteration i at index i - 1."""
        v = self._buf[:self._n]
        v.flags.writeable = False
        return v

    def truncate(self, n: int) -> None:
        """Keep the first ``n`` losses (the buffer is replaced, so views handed out stay intact)."""
        n = max(0, min(int(n), self._n))
        buf = np.empty(max(1024, 2 * n), dtype=np.float64)
        buf[:n] = self._buf[:n]
        self._buf, self._n = buf, n

    def __len__(self) -> int:
        return self._n


# ---------------------------------------------------------------------------- the run
class Run:
    """A training run: configuration, curves, checkpoints and status (see the module docstring)."""

    def __init__(self, config: RunConfig, name: str = "", *, run_id: str | None = None,
                 checkpoint_every: int = DEFAULT_CHECKPOINT_EVERY,
                 max_checkpoint_bytes: int = DEFAULT_CHECKPOINT_BYTES) -> None:
        if not isinstance(config, RunConfig):
            raise TypeError("config must be a RunConfig")
        if isinstance(checkpoint_every, bool) or not isinstance(checkpoint_every, int) or checkpoint_every <= 0:
            raise ValueError(f"checkpoint_every must be a positive whole number, got {checkpoint_every!r}")
        if isinstance(max_checkpoint_bytes, bool) or not isinstance(max_checkpoint_bytes, int) \
                or max_checkpoint_bytes <= 0:
            raise ValueError(f"max_checkpoint_bytes must be a positive whole number, got {max_checkpoint_bytes!r}")
        self.config = config
        self.name = str(name)
        self.id = run_id or uuid.uuid4().hex[:12]
        self.parent_id: str | None = None
        self.fork_iteration: int | None = None
        self.lineage: tuple[ForkStep, ...] = ()
        self.status = "new"
        self.message = ""
        self.data_id: str | None = None
        self.losses = LossCurve()
        self.evaluations: tuple[EvalPoint, ...] = ()
        self.events: tuple[RunEvent, ...] = ()
        self.checkpoint_every = checkpoint_every
        self.max_checkpoint_bytes = max_checkpoint_bytes
        self.eval_checkpoint_stride = 1
        self._checkpoints: Mapping[int, Checkpoint] = MappingProxyType({})
        self._keys: tuple[int, ...] = ()
        self._bytes = 0
        self._lock = threading.Lock()
        #: checkpoints taken by train_run and the seconds they took (for the cost figures)
        self.checkpoint_count = 0
        self.checkpoint_seconds = 0.0

    def __repr__(self) -> str:
        return f"Run({self.name or self.id!r}, {self.status}, {self.iteration} iterations)"

    # ------------------------------------------------------------------ reading
    @property
    def iteration(self) -> int:
        """Mini-batches done (the length of the loss curve)."""
        return len(self.losses)

    @property
    def checkpoints(self) -> Mapping[int, Checkpoint]:
        """Read-only mapping iteration -> Checkpoint (a snapshot: it never changes under a reader)."""
        return self._checkpoints

    def checkpoint_iterations(self) -> tuple[int, ...]:
        """The iterations that have a checkpoint, ascending."""
        return self._keys

    def checkpoint_at(self, iteration: int) -> Checkpoint | None:
        """The checkpoint at or before ``iteration`` (None if there is none)."""
        keys, cps = self._keys, self._checkpoints
        i = bisect.bisect_right(keys, int(iteration))
        return cps[keys[i - 1]] if i else None

    def checkpoint_bytes(self) -> int:
        """Bytes held by this run's checkpoints (arrays shared with a parent counted here too)."""
        return self._bytes

    def config_at(self, iteration: int) -> RunConfig:
        """The configuration that trains from ``iteration`` on (a lineage stretch's for the ancestors' part)."""
        for step in self.lineage:
            if iteration < step.until:
                return step.config
        return self.config

    @property
    def last_evaluation(self) -> EvalPoint | None:
        ev = self.evaluations
        return ev[-1] if ev else None

    @property
    def is_fork(self) -> bool:
        return self.parent_id is not None

    # ------------------------------------------------------------------ writing (the training thread)
    def _publish(self, cps: dict[int, Checkpoint], nbytes: int | None = None) -> None:
        keys = sorted(cps)
        total = sum(c.nbytes for c in cps.values()) if nbytes is None else nbytes
        with self._lock:
            self._checkpoints = MappingProxyType(cps)
            self._keys = tuple(keys)
            self._bytes = total

    def add_checkpoint(self, cp: Checkpoint) -> None:
        """Add (or replace) a checkpoint, then thin the checkpoints to stay under the memory cap."""
        cps = dict(self._checkpoints)
        old = cps.get(cp.iteration)
        cps[cp.iteration] = cp
        total = self._bytes + cp.nbytes - (old.nbytes if old is not None else 0)
        if total > self.max_checkpoint_bytes:
            self._thin(cps)
            total = sum(c.nbytes for c in cps.values())
        self._publish(cps, total)

    def _protected(self, cps: Mapping[int, Checkpoint]) -> set[int]:
        keep = {0, max(cps)} if cps else set()
        if self.fork_iteration is not None:
            keep.add(self.fork_iteration)
        return keep

    def _thin(self, cps: dict[int, Checkpoint]) -> None:
        cap = self.max_checkpoint_bytes
        total = sum(c.nbytes for c in cps.values())
        if total <= cap:
            return
        keep = self._protected(cps)
        longest = max(cps) if cps else 0
        while total > cap and self.checkpoint_every <= max(longest, 1):
            regular = [k for k, c in cps.items() if not c.evaluation and k not in keep]
            if not regular:
                break
            self.checkpoint_every *= 2
            for k in regular:
                if k % self.checkpoint_every:
                    total -= cps.pop(k).nbytes
        while total > cap:
            evals = sorted(k for k, c in cps.items() if c.evaluation and k not in keep)
            if len(evals) < 2:
                break
            self.eval_checkpoint_stride *= 2
            for k in evals[1::2]:
                total -= cps.pop(k).nbytes
        if total > cap:  # only protected ones and a few more left: drop all but the protected
            for k in [k for k in cps if k not in keep]:
                cps.pop(k)

    def _truncate(self, iteration: int) -> None:
        """Forget the curves after ``iteration`` (to continue from the checkpoint there)."""
        self.losses.truncate(iteration)
        self.evaluations = tuple(e for e in self.evaluations if e.iteration <= iteration)
        self.events = tuple(e for e in self.events if e.iteration < iteration)
        self._publish({k: c for k, c in self._checkpoints.items() if k <= iteration})


# ---------------------------------------------------------------------------- data
@dataclass(frozen=True, eq=False)
class RunData:
    """The arrays a run trains on (the first ``train_size`` training images when the config says so)."""

    x_train: NDArray
    t_train: NDArray
    x_test: NDArray
    t_test: NDArray


def run_data(data: Any, config: RunConfig) -> RunData:
    """``data`` (x_train, t_train, x_test, t_test) cut to ``config.train_size`` and checked against the
    configuration's input shape and number of classes (ValueError with a sentence)."""
    x_train, t_train = np.asarray(data.x_train), np.asarray(data.t_train)
    x_test, t_test = np.asarray(data.x_test), np.asarray(data.t_test)
    n = config.train_size
    if n is not None:
        if n > x_train.shape[0]:
            raise ValueError(f"the run trains on {n:,} images but the training set has {x_train.shape[0]:,}")
        x_train, t_train = x_train[:n], t_train[:n]
    per = config.input_size
    for name, x in (("training", x_train), ("test", x_test)):
        if x.ndim < 1 or (x.shape[0] and x.size // max(x.shape[0], 1) != per):
            raise ValueError(f"the run's network takes {per} values per image ({config.input_shape}) but the "
                             f"{name} images have shape {x.shape[1:]}")
    for t in (t_train, t_test):
        labels = t.argmax(axis=1) if t.ndim == 2 else t
        if labels.size and (labels.min() < 0 or labels.max() >= config.num_classes):
            raise ValueError(f"the labels go up to {int(labels.max())} but the run has {config.num_classes} classes")
    return RunData(x_train, t_train, x_test, t_test)


def data_id(data: Any) -> str:
    """A short fingerprint of a dataset (shapes, labels, a few images): tells runs on other data apart."""
    h = hashlib.blake2b(digest_size=8)
    for name in ("x_train", "t_train", "x_test", "t_test"):
        a = np.asarray(getattr(data, name))
        h.update(f"{name}{a.shape}{a.dtype.str};".encode())
        h.update(np.ascontiguousarray(a if name.startswith("t") else a[:16]).tobytes())
    return h.hexdigest()


# ---------------------------------------------------------------------------- training
_PROGRESS_FIELDS = tuple(f.name for f in fields(Progress))
_get_progress = operator.attrgetter(*_PROGRESS_FIELDS)


@dataclass(frozen=True, slots=True)
class RunProgress(Progress):
    """A :class:`core.training.Progress` snapshot that also names its run (``run_id``)."""

    run_id: str = ""


class _RunControl:
    """Wraps the caller's TrainingControl for the loop: stops at ``until``, applies scheduled events
    and records every change the loop takes (live or scheduled) as a RunEvent."""

    def __init__(self, inner: TrainingControl | None, until: int | None, schedule: Iterable[RunEvent]) -> None:
        self.inner = inner if inner is not None else TrainingControl()
        self.until = until
        self.iteration = 0
        self.schedule: dict[int, list[RunEvent]] = {}
        for e in schedule:
            self.schedule.setdefault(e.iteration, []).append(e)
        self.taken: list[RunEvent] = []
        self.halt = False

    def __bool__(self) -> bool:
        return True

    def _turn(self, block: bool) -> str:
        if self.halt or (self.until is not None and self.iteration >= self.until):
            return "stop"
        return self.inner._turn(block)

    def _take_changes(self) -> tuple[float | None, tuple[str, dict[str, float]] | None]:
        lr, opt = None, None
        for e in self.schedule.pop(self.iteration, ()):
            if e.optimizer is not None:
                opt = (e.optimizer, dict(e.optimizer_params or {}))
            if e.lr is not None:
                lr = e.lr
        live_lr, live_opt = self.inner._take_changes()
        lr = live_lr if live_lr is not None else lr
        opt = live_opt if live_opt is not None else opt
        if lr is not None or opt is not None:
            self.taken.append(RunEvent(self.iteration, lr, opt[0] if opt else None,
                                       MappingProxyType(dict(opt[1])) if opt else None))
        return lr, opt


def _rng_state(rng: np.random.Generator) -> dict:
    return dict(rng.bit_generator.state)  # a fresh dict of ints and strings (JSON-able)


def _dropout_rng(net: Network) -> np.random.Generator | None:
    rngs = {id(layer.rng): layer.rng for layer in net.layers.values() if isinstance(layer, Dropout)}
    if len(rngs) > 1:
        raise ValueError("the network's Dropout layers use different generators; a run needs one")
    return next(iter(rngs.values()), None)


class _Checkpointer:
    """The loop hook: remembers the loop's state and takes the run's checkpoints."""

    def __init__(self, run: Run, net: Network, rng: np.random.Generator, iter_per_epoch: int,
                 epoch_state: dict | None) -> None:
        self.run, self.net, self.rng = run, net, rng
        self.epochs = run.config.mode == "epochs"
        self.ipe = iter_per_epoch
        self.epoch_state = epoch_state
        self.dropout_rng = _dropout_rng(net)
        self.control: _RunControl | None = None
        self.optimizer: Optimizer | None = None
        self.iteration = -1
        self.eval_at = -1

    def __call__(self, it: int, optimizer: Optimizer, order: NDArray | None) -> None:
        self.iteration, self.optimizer = it, optimizer
        if self.control is not None:
            self.control.iteration = it
        if self.epochs and it % self.ipe == 0:
            self.epoch_state = _rng_state(self.rng)
        run = self.run
        if it % run.checkpoint_every == 0 and it not in run._checkpoints:
            self.take(False)
        elif self.eval_at == it:
            stride = run.eval_checkpoint_stride
            if stride == 1 or (len(run.evaluations) - 1) % stride == 0:
                self.take(True)

    def take(self, evaluation: bool) -> None:
        """Checkpoint the current state (skipped when the parameters are not all finite)."""
        t0 = time.perf_counter()
        net, opt, it = self.net, self.optimizer, self.iteration
        assert opt is not None
        params = net.params
        if not all(np.isfinite(p).all() for p in params.values()):
            return
        mid_epoch = self.epochs and it % self.ipe != 0
        cp = Checkpoint(it, _frozen(params), _frozen(net.buffers()), opt.name,
                        MappingProxyType(dict(opt.hyperparams())), _frozen(opt.state_arrays(), copy=False),
                        MappingProxyType(opt.state_scalars()), _rng_state(self.rng),
                        self.epoch_state if mid_epoch else None,
                        _rng_state(self.dropout_rng) if self.dropout_rng is not None else None,
                        evaluation or self.eval_at == it)
        self.run.add_checkpoint(cp)
        self.run.checkpoint_seconds += time.perf_counter() - t0
        self.run.checkpoint_count += 1


def _restore(run: Run, cp: Checkpoint, net: Network, rng: np.random.Generator, data: RunData) -> Resume:
    """Load ``cp`` into ``net`` and ``rng``; the :class:`Resume` the loop continues from."""
    config = run.config
    net.load_state_arrays(cp.network_arrays())
    drop = _dropout_rng(net)
    if drop is not None and cp.dropout_rng_state is not None:
        drop.bit_generator.state = cp.dropout_rng_state
    tc = config.train_config()
    n_train = data.x_train.shape[0]
    ipe = tc.iter_per_epoch(n_train)
    order = None
    if config.mode == "epochs" and cp.iteration % ipe:
        if cp.epoch_rng_state is None:
            raise ValueError(f"the checkpoint at iteration {cp.iteration} lacks the epoch's batch order")
        rng.bit_generator.state = cp.epoch_rng_state
        order = rng.permutation(n_train)
    if _rng_state(rng) != cp.rng_state:
        rng.bit_generator.state = cp.rng_state
        if order is not None:
            raise ValueError(f"the checkpoint at iteration {cp.iteration} does not match the batch order")
    last_eval = max((e.iteration for e in run.evaluations if e.iteration <= cp.iteration), default=0)
    since = run.losses.values()[last_eval:cp.iteration]
    return Resume(cp.iteration, cp.make_optimizer(), order, tuple(float(x) for x in since))


def train_run(run: Run, data: Any, control: TrainingControl | None = None, *, until: int | None = None,
              schedule: Iterable[RunEvent] = ()) -> Iterator[RunProgress]:
    """Train ``run`` on ``data`` (x_train, t_train, x_test, t_test, e.g. a ``core.data.Dataset``), yielding
    :class:`RunProgress` snapshots as :func:`core.training.train` does, and filling the run's curves and
    checkpoints as it goes.

    A new run starts from its initial weights; a paused or stopped run, or a fork, continues from its
    latest checkpoint (curves recorded after that checkpoint are dropped first). ``until``: pause after
    this many iterations (status "paused"). ``schedule``: changes to apply at their iterations (a replay
    passes the original run's events). Pause, step, stop, set_lr and set_optimizer work through
    ``control``. Closing the generator (as the app's worker does on Stop) finishes the mini-batch under
    way, checkpoints and marks the run "stopped". ValueError for a finished or diverged run, data that do
    not fit the configuration or data other than the run's own.
    """
    if run.status in ("finished", "diverged"):
        raise ValueError(f"the run has {run.status}; fork it from a checkpoint to train further")
    if run.status == "running":
        raise ValueError("the run is already training")
    config = run.config
    rdata = run_data(data, config)
    did = data_id(rdata)
    if run.data_id is not None and run.data_id != did:
        raise ValueError("these are not the data the run was trained on (another dataset or training subset)")
    tc = config.train_config()
    n_train = rdata.x_train.shape[0]
    net = config.build_network()
    rng = np.random.default_rng(config.data_seed)
    resume = None
    epoch_state = None
    if run.iteration or run._checkpoints:
        cp = run.checkpoint_at(run.iteration)
        if cp is None:
            raise ValueError("the run has no checkpoint to continue from")
        if cp.iteration < run.iteration:
            run._truncate(cp.iteration)
        resume = _restore(run, cp, net, rng, rdata)
        epoch_state = cp.epoch_rng_state
    hook = _Checkpointer(run, net, rng, tc.iter_per_epoch(n_train), epoch_state)
    start = resume.iteration if resume is not None else 0
    ctl = _RunControl(control, until, [e for e in schedule if e.iteration >= start])
    hook.control = ctl
    ctl.iteration = start
    run.data_id = did
    run.status, run.message = "running", ""
    rid = run.id
    losses = run.losses
    gen = train(net, rdata, tc, ctl, rng, resume=resume, hook=hook)  # type: ignore[arg-type]
    try:
        for p in gen:
            state = p.state
            if state == "running":
                if p.eval is None:
                    losses.append(p.loss)
                else:
                    _add_evaluation(run, p)
                    hook.eval_at = p.eval.iteration
            elif state == "paused":
                run.status = "paused"
                _checkpoint_here(hook, run)
            elif state == "stopped":
                _checkpoint_here(hook, run)
                run.status = "paused" if until is not None and hook.iteration >= until else "stopped"
                run.message = p.message
            elif state == "finished":
                _checkpoint_here(hook, run)
                run.status, run.message = "finished", p.message
            elif state == "diverged":
                losses.append(p.loss)
                run.status, run.message = "diverged", p.message
            if ctl.taken:
                run.events = (*run.events, *ctl.taken)
                ctl.taken.clear()
            yield RunProgress(*_get_progress(p), rid)  # type: ignore[call-arg]  # Progress's fields, then run_id
            if state == "paused":
                run.status = "running"
    except GeneratorExit:
        if run.status not in ("running", "paused"):
            raise
        # finish the mini-batch under way (and its evaluation) so the stop point is a clean checkpoint
        ctl.halt = True
        try:
            for p in gen:
                if p.state == "running" and p.eval is None:
                    losses.append(p.loss)
                elif p.eval is not None:
                    _add_evaluation(run, p)
            if ctl.taken:
                run.events = (*run.events, *ctl.taken)
            _checkpoint_here(hook, run)
        finally:
            run.status = "stopped"
            run.message = f"stopped at iteration {run.iteration}"
        raise
    finally:
        if run.status == "running":
            run.status = "stopped"
            run.message = run.message or f"stopped at iteration {run.iteration}"


def _add_evaluation(run: Run, p: Progress) -> None:
    e = p.eval
    assert e is not None
    run.evaluations = (*run.evaluations, EvalPoint(e.iteration, e.train_acc, e.test_acc, e.epoch, e.train_loss))


def _checkpoint_here(hook: _Checkpointer, run: Run) -> None:
    if hook.optimizer is not None and hook.iteration == run.iteration and hook.iteration not in run._checkpoints:
        hook.take(False)


# ---------------------------------------------------------------------------- inspection
def network_at(run: Run, iteration: int) -> Network:
    """A new network holding the run's checkpoint at or before ``iteration`` (ValueError if none)."""
    cp = run.checkpoint_at(iteration)
    if cp is None:
        raise ValueError(f"the run has no checkpoint at or before iteration {iteration}")
    net = run.config_at(cp.iteration).build_network(rng=np.random.default_rng(0))
    net.load_state_arrays(cp.network_arrays())
    return net


# ---------------------------------------------------------------------------- fork and replay
def fork(run: Run, at_iteration: int, *, name: str | None = None, **changes: Any) -> Run:
    """A new run that continues ``run`` from its checkpoint at or before ``at_iteration`` with some
    settings changed (lr, optimizer, optimizer_params, weight_decay, dropout, iterations/epochs, ...).

    The new run shares the parent's history up to the fork point (losses, evaluations, events and the
    checkpoints up to it); its configuration is the one in effect there (the optimizer and lr the parent
    had reached) with the changes. A changed optimizer starts with fresh state; the same one keeps its
    state. Settings that change the network's shape, initial weights or data (hidden sizes, init,
    batchnorm, seeds, batch size, ...) can only change at iteration 0: that fork starts afresh.
    """
    cp = run.checkpoint_at(at_iteration)
    if cp is None:
        raise ValueError(f"the run has no checkpoint at or before iteration {at_iteration}")
    k = cp.iteration
    base = run.config_at(k)
    base.changed(**changes)  # names the first unknown or invalid setting
    structural = sorted(set(changes) - FORKABLE)
    fresh = bool(structural)
    if fresh and k > 0:
        raise ValueError(f"{', '.join(structural)} cannot change in the middle of a run (it changes the network, "
                         "its initial weights or the data); fork at iteration 0 instead")
    hp = dict(cp.optimizer_hyperparams)
    effective = base.changed(optimizer=cp.optimizer, lr=hp.pop("lr"), optimizer_params=hp)
    config = effective.changed(**changes)
    if config.iterations is not None and config.iterations < k:
        raise ValueError(f"the fork would end at iteration {config.iterations}, before the fork point {k}")
    child = Run(config, name if name is not None else f"{run.name or run.id} @ {k}",
                checkpoint_every=run.checkpoint_every, max_checkpoint_bytes=run.max_checkpoint_bytes)
    child.parent_id, child.fork_iteration = run.id, k
    child.data_id = run.data_id
    if fresh:
        return child
    stretches = [*run.lineage, ForkStep(run.config, 2**62, run.id)]
    lineage, start = [], 0
    for step in stretches:
        if start >= k:
            break
        lineage.append(ForkStep(step.config, min(step.until, k), step.run_id))
        start = step.until
    child.lineage = tuple(lineage)
    child.losses = LossCurve(run.losses.values()[:k])
    child.evaluations = tuple(e for e in run.evaluations if e.iteration <= k)
    child.events = tuple(e for e in run.events if e.iteration < k)
    cps = {i: c for i, c in run.checkpoints.items() if i < k}
    same = config.optimizer == cp.optimizer
    cps[k] = Checkpoint(k, cp.params, cp.buffers, config.optimizer,
                        MappingProxyType({"lr": config.lr, **config.optimizer_params}),
                        cp.optimizer_state if same else MappingProxyType({}),
                        cp.optimizer_scalars if same else MappingProxyType({}),
                        cp.rng_state, cp.epoch_rng_state, cp.dropout_rng_state, cp.evaluation)
    child._thin(cps)
    child._publish(cps)
    return child


def replay(run: Run, data: Any, control: TrainingControl | None = None) -> Generator[RunProgress, None, Run]:
    """Rerun ``run`` from its configuration alone (its lineage, configuration and events, none of its
    checkpoints) for as many iterations as it has; the result is the generator's return value
    (``StopIteration.value``), a new :class:`Run`. See :func:`replayed` for the simple call."""
    stretches = [*run.lineage, ForkStep(run.config, run.iteration, run.id)]
    first = stretches[0].config
    r = Run(first, run.name, checkpoint_every=run.checkpoint_every, max_checkpoint_bytes=run.max_checkpoint_bytes)
    for i, step in enumerate(stretches):
        if i:
            r = _fork_to(r, stretches[i - 1].until, step.config)
        until = step.until if i < len(stretches) - 1 else run.iteration
        if r.iteration >= until and i < len(stretches) - 1:
            continue
        total = step.config.total_iterations(run_data(data, step.config).x_train.shape[0])
        yield from train_run(r, data, control, until=until if until < total else None, schedule=run.events)
        if r.status in ("stopped", "diverged") and (r.status == "diverged" or r.iteration < until):
            break
    return r


def replayed(run: Run, data: Any) -> Run:
    """:func:`replay` run to its end: the new run."""
    gen = replay(run, data)
    while True:
        try:
            next(gen)
        except StopIteration as stop:
            return stop.value


def _fork_to(run: Run, k: int, config: RunConfig) -> Run:
    """Replay's step across a fork point: :func:`fork` with exactly ``config``."""
    cp = run.checkpoint_at(k)
    if cp is None or cp.iteration != k:
        raise ValueError(f"cannot replay the fork at iteration {k}: no checkpoint there")
    diff = {name: b for name, (_, b) in differences(run.config_at(k), config).items()}
    diff.update(optimizer=config.optimizer, lr=config.lr, optimizer_params=dict(config.optimizer_params))
    child = fork(run, k, name=run.name, **diff)
    if child.config != config:
        raise ValueError("the fork's configuration cannot be rebuilt")
    return child


def first_difference(a: NDArray, b: NDArray) -> int | None:
    """The first index where two loss arrays differ bit for bit (NaN equals the same NaN), or None.
    Arrays of different lengths differ at the shorter length."""
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    n = min(a.size, b.size)
    diff = np.flatnonzero(a[:n].view(np.uint64) != b[:n].view(np.uint64))
    if diff.size:
        return int(diff[0])
    return None if a.size == b.size else n
