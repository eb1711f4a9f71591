"""``dlfs replay DIR``: rerun every run of a session from its configuration and compare the curves bit for bit.

Each run is trained again from its configuration alone (for a fork: its ancestors' configurations up to
each fork point, then its own; the learning-rate and optimizer changes made while it trained are applied
at the same iterations), for as many iterations as it has. Exit status 0 when every loss and every
evaluation comes out bit-identical, 1 when one differs (the first difference is printed), 2 for a
session that cannot be read or data that are not the run's own.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

from ..data import DatasetError, load_dataset
from ..runs import Run, data_id, first_difference, replay, run_data
from ..session import SessionError, load_session
from .common import CliError, existing_dir


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "replay", help="rerun a session's runs from their configurations and check the losses bit for bit",
        description="Rerun every run kept in the session folder DIR (dlfs train --session DIR) from its "
                    "configuration, and compare the losses and evaluations bit for bit with the saved ones. "
                    "Exit status 0 when all are identical, 1 when one differs (where it first differs is printed).")
    p.add_argument("session", metavar="DIR", help="the session folder")
    p.add_argument("--run", metavar="NAME", help="replay only this run (its name or id)")
    p.add_argument("--data-dir", metavar="DIR", type=existing_dir, help="folder to look in first for the dataset")
    p.set_defaults(func=run)


def _first_eval_difference(a: Run, b: Run) -> str | None:
    for x, y in zip(a.evaluations, b.evaluations, strict=False):
        same = np.array_equal(np.array(x, dtype=np.float64).view(np.uint64),
                              np.array(y, dtype=np.float64).view(np.uint64))
        if not same:
            return (f"the evaluation at iteration {x.iteration} differs: saved train acc {x.train_acc!r}, "
                    f"test acc {x.test_acc!r}; replayed {y.train_acc!r}, {y.test_acc!r}")
    if len(a.evaluations) != len(b.evaluations):
        return f"saved {len(a.evaluations)} evaluations, replayed {len(b.evaluations)}"
    return None


def replay_one(run: Run, data_dir: str | None, cache: dict) -> tuple[bool, str]:
    """Replay ``run``: (identical, one-line report)."""
    root = run.lineage[0].config if run.lineage else run.config
    key = root.dataset
    if key not in cache:
        try:
            cache[key] = load_dataset(root.dataset, data_dir)
        except DatasetError as exc:
            raise CliError(str(exc)) from None
    data = cache[key]
    try:
        did = data_id(run_data(data, root))
    except ValueError as exc:
        raise CliError(f"{run.name or run.id}: {exc}") from None
    if run.data_id is not None and did != run.data_id:
        raise CliError(f"{run.name or run.id}: the dataset {root.dataset!r} found here is not the one the run was "
                       "trained on")
    start = time.perf_counter()
    gen = replay(run, data)
    while True:
        try:
            next(gen)
        except StopIteration as stop:
            again: Run = stop.value
            break
    wall = time.perf_counter() - start
    name = run.name or run.id
    saved, new = run.losses.values(), again.losses.values()
    i = first_difference(saved, new)
    if i is not None:
        if i >= min(saved.size, new.size):
            return False, (f"{name}: DIFFERENT: saved {saved.size} losses, the replay gave {new.size} "
                           f"(status {again.status}: {again.message})")
        return False, (f"{name}: DIFFERENT: the losses first differ at iteration {i + 1}: saved {float(saved[i])!r}, "
                       f"replayed {float(new[i])!r}")
    ev = _first_eval_difference(run, again)
    if ev is not None:
        return False, f"{name}: DIFFERENT: {ev}"
    return True, f"{name}: identical: {saved.size:,} losses and {len(run.evaluations)} evaluations ({wall:.1f} s)"


def run(args: argparse.Namespace) -> int:
    folder = Path(args.session).expanduser()
    try:
        runs = load_session(folder)
    except SessionError as exc:
        raise CliError(str(exc)) from None
    if args.run is not None:
        runs = [r for r in runs if args.run in (r.name, r.id)]
        if not runs:
            raise CliError(f"--run {args.run}: no such run in {folder}")
    if not runs:
        raise CliError(f"{folder}: the session holds no run")
    cache: dict = {}
    ok = True
    for r in runs:
        same, line = replay_one(r, args.data_dir, cache)
        print(line, flush=True)
        ok = ok and same
    print("all runs replayed bit for bit" if ok else "the replay differs")
    return 0 if ok else 1
