"""Runs: a training run kept with its configuration, curves and checkpoints; replayed, resumed, forked.

API (no Qt; the app's training view and ``dlfs train --session``/``dlfs replay`` build on it)::

    run = Run(RunConfig(iterations=2000), name="book")
    for p in train_run(run, data, control):         # RunProgress snapshots (core.training.Progress + run_id)
        ...                                         # run.losses, run.evaluations, run.checkpoints grow as it goes
    net = network_at(run, 1200)                     # the network at the checkpoint at or before iteration 1200
    child = fork(run, 500, lr=0.01)                 # a new run from the checkpoint at or before 500, lr changed
    for p in train_run(child, data): ...            # child.losses[:500] == run.losses[:500], bit for bit
    again = replayed(run, data)                     # rerun from the configuration: identical losses

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
  checkpoint, bit-identically to an uninterrupted run. Its snapshots count iterations from the start of
  the whole run (a fork at 500 yields 501, 502, ...), and ``total_iterations`` is the whole run's too.
  While it trains, ``run.live_network`` is the network being trained (for live views, read while the
  generator is suspended); ``keep_test_predictions=True`` adds the test predictions to each evaluation.
  Live changes made through the :class:`core.training.TrainingControl` (``set_lr``, ``set_optimizer``)
  are recorded as events, so a replay applies them at the same iterations.
* :func:`fork`, :func:`network_at`, :func:`replay` / :func:`replayed`, :func:`first_difference`;
  ``run.extra`` holds JSON-able data a program keeps with a run (saved with the session).

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
Adam), so a 10,000-iteration run keeps all its 118 checkpoints (iteration 0, 100 regular, 17 at evaluations:
17.9 MiB).

A checkpoint at iteration k is the state after k mini-batches and the evaluation at k, before any
change made at k; the network it shows uses the configuration that trains from k (a fork's own at its
fork point).
"""
from __future__ import annotations

import dataclasses
import operator
import time
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass, fields
from types import MappingProxyType
from typing import Any

import numpy as np
from numpy.typing import NDArray

from .layers import Dropout
from .network import Network
from .optimizers import Optimizer
from .runconfig import FORKABLE, RunConfig, describe, differences, varying
from .runstate import (
    DEFAULT_CHECKPOINT_BYTES,
    DEFAULT_CHECKPOINT_EVERY,
    RUN_ID,
    STATUSES,
    Checkpoint,
    EvalPoint,
    ForkStep,
    LossCurve,
    Run,
    RunData,
    RunEvent,
    data_id,
    frozen_arrays,
    run_data,
)
from .training import Progress, Resume, TrainingControl, train

__all__ = ["DEFAULT_CHECKPOINT_BYTES", "DEFAULT_CHECKPOINT_EVERY", "RUN_ID", "STATUSES", "Checkpoint", "EvalPoint",
           "ForkStep", "LossCurve", "Run", "RunConfig", "RunData", "RunEvent", "RunProgress", "data_id", "describe",
           "differences", "first_difference", "fork", "network_at", "replay", "replayed", "run_data", "train_run",
           "varying"]


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
        if it % run.checkpoint_every == 0 and it not in run.checkpoints:
            self.take(False)
        elif self.eval_at == it:
            stride = run.eval_checkpoint_stride
            if stride == 1 or (len(run.evaluations) - 1) % stride == 0:
                self.take(True)

    def take(self, evaluation: bool) -> None:
        """Checkpoint the current state (skipped when the parameters are not all finite)."""
        t0 = time.thread_time()
        net, opt, it = self.net, self.optimizer, self.iteration
        assert opt is not None
        params = net.params
        if not all(np.isfinite(p).all() for p in params.values()):
            return
        mid_epoch = self.epochs and it % self.ipe != 0
        cp = Checkpoint(it, frozen_arrays(params), frozen_arrays(net.buffers()), opt.name,
                        MappingProxyType(dict(opt.hyperparams())), frozen_arrays(opt.state_arrays(), copy=False),
                        MappingProxyType(opt.state_scalars()), _rng_state(self.rng),
                        self.epoch_state if mid_epoch else None,
                        _rng_state(self.dropout_rng) if self.dropout_rng is not None else None,
                        evaluation or self.eval_at == it)
        self.run.add_checkpoint(cp)
        self.run.checkpoint_seconds += time.thread_time() - t0
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
              schedule: Iterable[RunEvent] = (), keep_test_predictions: bool = False) -> Iterator[RunProgress]:
    """Train ``run`` on ``data`` (x_train, t_train, x_test, t_test, e.g. a ``core.data.Dataset``), yielding
    :class:`RunProgress` snapshots as :func:`core.training.train` does, and filling the run's curves and
    checkpoints as it goes.

    A new run starts from its initial weights; a paused or stopped run, or a fork, continues from its
    latest checkpoint (curves recorded after that checkpoint are dropped first). ``until``: pause after
    this many iterations (status "paused"). ``schedule``: changes to apply at their iterations (a replay
    passes the original run's events). ``keep_test_predictions``: each evaluation's ``EpochResult`` also
    carries the test predictions (see ``TrainConfig``; the curves do not depend on it). Pause, step, stop,
    set_lr and set_optimizer work through ``control``. Closing the generator (as the app's worker does on
    Stop) returns at once, checkpointing where the loop stood when that state is complete, and marks the
    run "stopped". ValueError for a finished or diverged run, data that do not fit the configuration or
    data other than the run's own.
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
    if keep_test_predictions:
        tc = dataclasses.replace(tc, keep_test_predictions=True)
    n_train = rdata.x_train.shape[0]
    net = config.build_network()
    rng = np.random.default_rng(config.data_seed)
    resume = None
    epoch_state = None
    if run.iteration or run.checkpoints:
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
    run.live_network = net
    rid = run.id
    losses = run.losses
    gen = train(net, rdata, tc, ctl, rng, resume=resume, hook=hook)  # type: ignore[arg-type]
    p: Progress | None = None
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
        if run.status in ("running", "paused"):
            try:
                _checkpoint_on_close(hook, run, p, tc.iter_per_epoch(n_train), tc.total_iterations(n_train))
            finally:
                run.status = "stopped"
                run.message = f"stopped at iteration {run.iteration}"
        raise
    finally:
        close = getattr(gen, "close", None)  # the loop's own generator: restores the BLAS threads at once
        if close is not None:
            close()
        run.live_network = None
        if run.status == "running":
            run.status = "stopped"
            run.message = run.message or f"stopped at iteration {run.iteration}"


def _checkpoint_on_close(hook: _Checkpointer, run: Run, p: Progress | None, ipe: int, total: int) -> None:
    """Checkpoint where a closed generator stopped, when that state is complete: at the top of the loop
    (paused), or after mini-batch k unless k's evaluation is still to come or k switched the optimizer.
    Otherwise the run keeps its previous checkpoint (continuing drops the curve after it). Closing never
    trains or evaluates further, so the app's Stop returns at once."""
    k = run.iteration
    if p is None or hook.optimizer is None:
        return
    if hook.iteration == k:
        _checkpoint_here(hook, run)
        return
    period = run.config.eval_every or ipe
    due = (k - 1) % period == 0 if run.config.mode == "book" else (k % period == 0 or k == total)
    switched = any(e.iteration == k - 1 and e.optimizer is not None for e in run.events)
    if hook.iteration == k - 1 and not switched and (p.eval is not None or not due) and k not in run.checkpoints:
        hook.iteration = k  # (in epochs mode hook.epoch_state is still the state before this epoch's order)
        hook.take(False)


def _add_evaluation(run: Run, p: Progress) -> None:
    e = p.eval
    assert e is not None
    run.evaluations = (*run.evaluations, EvalPoint(e.iteration, e.train_acc, e.test_acc, e.epoch, e.train_loss))


def _checkpoint_here(hook: _Checkpointer, run: Run) -> None:
    if hook.optimizer is not None and hook.iteration == run.iteration and hook.iteration not in run.checkpoints:
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
