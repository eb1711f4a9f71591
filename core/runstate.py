"""The records of a run (core.runs builds on them): Run, its curves, events and checkpoints.

See :mod:`core.runs` for the API and the checkpoint policy; this module holds the data structures
(:class:`Run`, :class:`Checkpoint`, :class:`LossCurve`, :class:`EvalPoint`, :class:`RunEvent`,
:class:`ForkStep`) and the data helpers (:func:`run_data`, :func:`data_id`). ``core.runs`` re-exports
all of them.
"""
from __future__ import annotations

import bisect
import hashlib
import re
import threading
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, NamedTuple

import numpy as np
from numpy.typing import NDArray

from .network import Network
from .optimizers import Optimizer, make_optimizer
from .runconfig import RunConfig

STATUSES = ("new", "running", "paused", "finished", "stopped", "diverged")
#: What a run id may be (it names the run's folder in a session).
RUN_ID = re.compile(r"[0-9A-Za-z_]{1,40}")
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


def frozen_arrays(arrays: Mapping[str, NDArray], copy: bool = True) -> Mapping[str, NDArray]:
    """A read-only mapping of read-only arrays (copies unless ``copy`` is False)."""
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
        if run_id is not None and (not isinstance(run_id, str) or not RUN_ID.fullmatch(run_id)):
            raise ValueError(f"a run id is 1 to 40 letters, digits or underscores, got {run_id!r}")
        self.config = config
        self.name = str(name)
        self.id = run_id or uuid.uuid4().hex[:12]
        self.parent_id: str | None = None
        self.fork_iteration: int | None = None
        self.lineage: tuple[ForkStep, ...] = ()
        self.status = "new"
        self.message = ""
        self.data_id: str | None = None
        #: JSON-able data a program keeps with the run (e.g. the app's colour and visibility); saved in run.json
        self.extra: dict[str, Any] = {}
        self.losses = LossCurve()
        self.evaluations: tuple[EvalPoint, ...] = ()
        self.events: tuple[RunEvent, ...] = ()
        self.checkpoint_every = checkpoint_every
        self.max_checkpoint_bytes = max_checkpoint_bytes
        self.eval_checkpoint_stride = 1
        # (sorted iterations, read-only mapping, bytes): replaced as a whole, so a reader in another thread
        # always sees one consistent snapshot
        self._cp_state: tuple[tuple[int, ...], Mapping[int, Checkpoint], int] = ((), MappingProxyType({}), 0)
        self._lock = threading.Lock()
        #: The network being trained while :func:`train_run` runs (None otherwise). Read it only while the
        #: generator is suspended (e.g. in the app worker's ``snapshot``) and copy what you keep.
        self.live_network: Network | None = None
        #: checkpoints taken by train_run and the CPU seconds they took (the cost figures)
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
        return self._cp_state[1]

    def checkpoint_iterations(self) -> tuple[int, ...]:
        """The iterations that have a checkpoint, ascending."""
        return self._cp_state[0]

    def checkpoint_at(self, iteration: int) -> Checkpoint | None:
        """The checkpoint at or before ``iteration`` (None if there is none)."""
        keys, cps, _ = self._cp_state
        i = bisect.bisect_right(keys, int(iteration))
        return cps[keys[i - 1]] if i else None

    def checkpoint_bytes(self) -> int:
        """Bytes held by this run's checkpoints (arrays shared with a parent counted here too)."""
        return self._cp_state[2]

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
            self._cp_state = (tuple(keys), MappingProxyType(cps), total)

    def add_checkpoint(self, cp: Checkpoint) -> None:
        """Add (or replace) a checkpoint, then thin the checkpoints to stay under the memory cap."""
        _, current, nbytes = self._cp_state
        cps = dict(current)
        old = cps.get(cp.iteration)
        cps[cp.iteration] = cp
        total = nbytes + cp.nbytes - (old.nbytes if old is not None else 0)
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
        self._publish({k: c for k, c in self.checkpoints.items() if k <= iteration})


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
