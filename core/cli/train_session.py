"""``dlfs train ... --session DIR`` and ``dlfs train --fork DIR --at ITERATION [changes] --session DIR2``.

A run trained with ``--session`` is kept in a session folder (``core.session``): its configuration,
curves and checkpoints, so that ``dlfs replay DIR`` can rerun it and check the losses bit for bit, and
``--fork`` can continue it from a checkpoint with some settings changed. A session folder that already
holds runs keeps them: the new run is added. The first Ctrl-C stops at the end of the mini-batch under
way and saves the partial run (a second one interrupts at once, and the partial run is still saved).
"""
from __future__ import annotations

import argparse
import signal
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..data import DatasetError, load_dataset
from ..runs import Run, RunConfig, describe, differences, fork, network_at, train_run
from ..serialize import save_network
from ..session import SESSION_FILE, SessionError, load_session, save_session
from ..training import TrainingControl
from .common import CliError, non_negative_int, positive_int

#: train's options and the RunConfig setting each one sets (for --fork: only the options given are changes).
OPTION_SETTINGS = {"lr": "lr", "optimizer": "optimizer", "weight_decay": "weight_decay", "dropout": "dropout",
                   "iters": "iterations", "epochs": "epochs", "batch_size": "batch_size", "hidden": "hidden_sizes",
                   "activation": "activation", "init": "init", "batchnorm": "batchnorm", "net": "net",
                   "mode": "mode", "seed": None, "init_seed": "init_seed", "data_seed": "data_seed",
                   "float64": "dtype", "dataset": "dataset"}


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The session options of ``dlfs train``."""
    g = p.add_argument_group("sessions (kept runs: dlfs replay, forks)")
    g.add_argument("--session", metavar="DIR",
                   help="keep the run in this session folder (configuration, curves, checkpoints); "
                        "runs already there are kept")
    g.add_argument("--fork", metavar="DIR", help="continue a run of the session DIR from a checkpoint "
                                                 "(with --at; the options given are the changes)")
    g.add_argument("--at", type=non_negative_int, metavar="ITERATION",
                   help="with --fork: the checkpoint at or before this iteration")
    g.add_argument("--run", metavar="NAME", help="with --fork: which run of DIR (its name or id; "
                                                 "needed when DIR holds several)")
    g.add_argument("--name", help="the new run's name (default: run N, or PARENT @ ITERATION for a fork)")
    g.add_argument("--init-seed", type=non_negative_int, metavar="N",
                   help="seed of the initial weights and dropout masks (default: --seed)")
    g.add_argument("--data-seed", type=non_negative_int, metavar="N",
                   help="seed of the mini-batch order (default: --seed)")
    g.add_argument("--checkpoint-every", type=positive_int, default=100, metavar="N",
                   help="checkpoint every N iterations besides each evaluation (default 100)")


def given_options(argv: Sequence[str], parser: argparse.ArgumentParser) -> set[str]:
    """The destinations of the options written on the command line (defaults not counted)."""
    saved = [(a, a.default) for a in parser._actions]
    try:
        for a, _ in saved:
            a.default = argparse.SUPPRESS
        ns, _ = parser.parse_known_args(list(argv))
    finally:
        for a, d in saved:
            a.default = d
    return set(vars(ns)) - {"func"}


def config_from_args(args: argparse.Namespace, data: Any) -> RunConfig:
    """The RunConfig the train options describe (the same network and loop as plain ``dlfs train``)."""
    two = args.net == "two-layer"
    if two and (args.batchnorm or args.dropout or args.weight_decay):
        raise CliError("--batchnorm, --dropout and --weight-decay need --net multi-layer")
    activation = args.activation or ("sigmoid" if two else "relu")
    init = args.init if args.init is not None else (0.01 if two else ("he" if activation == "relu" else "xavier"))
    per = int(data.x_train[0].size)
    seed = args.seed
    try:
        return RunConfig(dataset=str(args.dataset), net="two_layer" if two else "multi_layer",
                         hidden_sizes=tuple(args.hidden or ([50] if two else [100, 100, 100, 100])),
                         activation=activation, init=init, batchnorm=args.batchnorm, dropout=args.dropout,
                         weight_decay=args.weight_decay, optimizer=args.optimizer, lr=args.lr,
                         batch_size=args.batch_size, mode=args.mode,
                         iterations=None if args.epochs else (args.iters or 10000), epochs=args.epochs,
                         init_seed=seed if args.init_seed is None else args.init_seed,
                         data_seed=seed if args.data_seed is None else args.data_seed,
                         input_shape=(1, 28, 28) if per == 784 else (per,),
                         num_classes=len(getattr(data, "class_names", ())) or int(data.t_train.max()) + 1,
                         dtype="float64" if args.float64 else "float32")
    except ValueError as exc:
        raise CliError(str(exc)) from None


def fork_changes(args: argparse.Namespace, given: set[str], parent: RunConfig) -> dict[str, Any]:
    """The settings the options written on the command line change."""
    changes: dict[str, Any] = {}
    for dest, setting in OPTION_SETTINGS.items():
        if dest not in given:
            continue
        value = getattr(args, dest)
        if dest == "seed":
            changes.setdefault("init_seed", value)
            changes.setdefault("data_seed", value)
        elif dest == "hidden":
            changes["hidden_sizes"] = tuple(value)
        elif dest == "net":
            changes["net"] = "two_layer" if value == "two-layer" else "multi_layer"
        elif dest == "float64":
            changes["dtype"] = "float64" if value else "float32"
        elif setting is not None:
            changes[setting] = value
    if "init_seed" in given:
        changes["init_seed"] = args.init_seed
    if "data_seed" in given:
        changes["data_seed"] = args.data_seed
    return {k: v for k, v in changes.items() if k not in ("dataset",) or v != parent.dataset}


def _check_session_dir(text: str) -> Path:
    p = Path(text).expanduser()
    if p.exists() and not p.is_dir():
        raise CliError(f"--session {text}: that is a file; give a folder")
    if not p.parent.is_dir():
        raise CliError(f"--session {text}: the folder {str(p.parent)!r} does not exist")
    return p


def _load(folder: Path, option: str) -> list[Run]:
    try:
        return load_session(folder)
    except SessionError as exc:
        raise CliError(f"{option}: {exc}") from None


def pick_run(runs: list[Run], which: str | None, folder: Path) -> Run:
    if not runs:
        raise CliError(f"--fork {folder}: the session holds no run")
    if which is None:
        if len(runs) > 1:
            names = ", ".join(r.name or r.id for r in runs)
            raise CliError(f"--fork {folder}: the session holds {len(runs)} runs ({names}); choose one with --run")
        return runs[0]
    for r in runs:
        if which in (r.name, r.id):
            return r
    raise CliError(f"--run {which}: no such run in {folder} (runs: {', '.join(r.name or r.id for r in runs)})")


def _load_data(dataset: str, data_dir: str | None) -> Any:
    try:
        return load_dataset(dataset, data_dir)
    except DatasetError as exc:
        raise CliError(str(exc)) from None


class _Interrupt:
    """First Ctrl-C: stop at the end of the mini-batch under way; the second raises KeyboardInterrupt."""

    def __init__(self, control: TrainingControl) -> None:
        self.control = control
        self.previous: Any = None

    def __enter__(self) -> _Interrupt:
        try:
            self.previous = signal.signal(signal.SIGINT, self._handle)
        except ValueError:  # not the main thread
            self.previous = None
        return self

    def _handle(self, signum: int, frame: Any) -> None:
        print("\nstopping after this mini-batch (Ctrl-C again to interrupt at once)", file=sys.stderr, flush=True)
        self.control.stop()
        signal.signal(signal.SIGINT, signal.default_int_handler)

    def __exit__(self, *exc: Any) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)


def _train(run: Run, data: Any) -> tuple[int, float]:
    control = TrainingControl()
    start = time.perf_counter()
    status = 0
    with _Interrupt(control):
        try:
            for p in train_run(run, data, control):
                if p.eval is not None:
                    e = p.eval
                    print(f"epoch {e.epoch:3d}  iter {e.iteration:6d}/{p.total_iterations}  "
                          f"train acc {e.train_acc:.4f}  test acc {e.test_acc:.4f}  loss {e.train_loss:.4f}  "
                          f"{p.samples_per_sec:,.0f} samples/s", flush=True)
        except KeyboardInterrupt:
            status = 130
    return status, time.perf_counter() - start


def _after_command(args: argparse.Namespace) -> list[str]:
    """The words after ``train`` on the command line (``core.cli.main`` keeps them in ``args.argv``)."""
    argv = list(getattr(args, "argv", None) or sys.argv[1:])
    return argv[argv.index(args.command) + 1:] if args.command in argv else argv


def uses_sessions(args: argparse.Namespace) -> bool:
    """Whether ``dlfs train`` was given any of the session options (then :func:`run_with_session` runs it)."""
    return any(getattr(args, name, None) is not None
               for name in ("session", "fork", "at", "run", "name", "init_seed", "data_seed"))


def run_with_session(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """``dlfs train`` with --session and/or --fork."""
    if args.threads != 1:
        raise CliError("--session and --fork train with one BLAS thread (exact replay): leave out --threads")
    if args.fork is None and args.at is not None:
        raise CliError("--at goes with --fork")
    if args.fork is not None and args.at is None:
        raise CliError("--fork needs --at ITERATION")
    if args.run is not None and args.fork is None:
        raise CliError("--run goes with --fork")
    if args.session is None:
        raise CliError("--fork needs --session DIR2 for the new run" if args.fork is not None else
                       "--init-seed, --data-seed, --name and --run go with --session DIR")
    folder = _check_session_dir(args.session)
    existing = _load(folder, "--session") if (folder / SESSION_FILE).is_file() else []
    if args.fork is not None:
        parent_dir = Path(args.fork).expanduser()
        parent = pick_run(_load(parent_dir, "--fork"), args.run, parent_dir)
        given = given_options(_after_command(args), parser)
        changes = fork_changes(args, given, parent.config)
        try:
            run = fork(parent, args.at, name=args.name, **changes)
        except ValueError as exc:
            raise CliError(f"--fork: {exc}") from None
        if "checkpoint_every" in given:
            run.checkpoint_every = args.checkpoint_every
        data = _load_data(run.config.dataset, args.data_dir)
        changed = differences(parent.config_at(run.fork_iteration or 0), run.config)
        print(f"fork of {parent.name or parent.id} at iteration {run.fork_iteration} (the checkpoint at or before "
              f"{args.at}): {describe(run.config, changed) or 'no changes'}")
    else:
        data = _load_data(args.dataset, args.data_dir)
        config = config_from_args(args, data)
        run = Run(config, args.name or f"run {len(existing) + 1}", checkpoint_every=args.checkpoint_every)
        print(f"{run.name}: {describe(config, ('net', 'hidden_sizes', 'activation', 'optimizer', 'lr', 'batch_size'))}"
              f", {config.iterations or config.epochs} {'iterations' if config.iterations else 'epochs'} "
              f"({config.mode} mode), seeds {config.init_seed}/{config.data_seed}")
    if existing and any(r.id == run.id for r in existing):
        raise CliError(f"--session {folder}: already holds a run with id {run.id}")
    try:
        status, wall = _train(run, data)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    ev = run.last_evaluation
    summary = f"{run.name}: {run.status} after {run.iteration} iterations, wall time {wall:.1f} s"
    if ev is not None:
        summary += f"; last evaluation (iteration {ev.iteration}): train acc {ev.train_acc:.4f}  " \
                   f"test acc {ev.test_acc:.4f}"
    print(summary)
    if run.status == "diverged":
        print(f"diverged: {run.message}", file=sys.stderr)
        status = 1
    try:
        save_session(folder, [*existing, run])
    except SessionError as exc:
        raise CliError(str(exc)) from None
    print(f"session saved to {folder} ({len(existing) + 1} run{'s' if existing else ''}, "
          f"{len(run.checkpoints)} checkpoints of this run, {run.checkpoint_bytes() / 2**20:.1f} MB)")
    if args.save and run.status != "diverged" and run.checkpoints:
        try:
            path = save_network(args.save, network_at(run, run.iteration),
                                {"dataset": run.config.dataset, "iterations": run.iteration,
                                 "test_acc": ev.test_acc if ev else None, "train_acc": ev.train_acc if ev else None})
        except OSError as exc:
            raise CliError(f"cannot save the network to {args.save}: {exc.strerror or exc}") from None
        print(f"saved to {path}")
    return status
