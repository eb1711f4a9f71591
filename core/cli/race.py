"""``dlfs race PRESET``: the book's chapter 6 comparisons as races under identical conditions (core/races.py).

Every variant starts from the same initial weights (where the architectures allow it) and sees the same
mini-batches; ``--seeds N`` repeats the race over N seeds and prints each variant's mean with its
min-max. One line per variant (``--csv``: a CSV table); ``--session DIR`` keeps every racer as a run.
"""
from __future__ import annotations

import argparse
import csv
import math
import sys
import time

from ..data import DatasetError, load_dataset
from ..races import PRESETS, Figure, Race, figures, iter_race, preset
from ..training import TrainingControl
from .common import CliError, bounded_int, existing_dir, non_negative_int, positive_float

#: Upper bounds of the sizes (far beyond the book's 2000 iterations, 20-301 epochs, 100 trials).
LIMITS = {"iters": 1_000_000, "epochs": 10_000, "dropout_epochs": 10_000, "trials": 400, "seeds": 100}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "race", help="the book's chapter 6 comparisons as races: same initial weights, same mini-batches",
        description="Run one of the book's chapter 6 comparisons as a race under identical conditions (the "
                    "variants start from the same weights where the networks allow it and see the same "
                    "mini-batches in the same order) and print each variant's final figures, one line each.")
    p.add_argument("preset", metavar="PRESET", choices=(*PRESETS, "hyperparams"),
                   help="optimizers (figure 6-9), init (6-14), batchnorm (6-19; 6-18 with --scale), "
                        "overfit (6-20 to 6-23), search (6-24)")
    p.add_argument("--seeds", type=bounded_int(LIMITS["seeds"], "seeds"), default=1,
                   help="repeat the race over N seeds and print the mean (min-max) of each variant")
    p.add_argument("--seed", type=non_negative_int, default=0, help="the first seed (default 0)")
    p.add_argument("--csv", action="store_true", help="print a CSV table instead of text lines")
    p.add_argument("--iters", type=bounded_int(LIMITS["iters"], "iterations"),
                   help="optimizers/init: iterations (book: 2000)")
    p.add_argument("--epochs", type=bounded_int(LIMITS["epochs"], "epochs"),
                   help="batchnorm (book 20), overfit (book 201), search (book 50)")
    p.add_argument("--dropout-epochs", type=bounded_int(LIMITS["dropout_epochs"], "epochs"),
                   help="overfit: epochs of the dropout run (book 301)")
    p.add_argument("--trials", type=bounded_int(LIMITS["trials"], "trials"), help="search: trials (book 100)")
    p.add_argument("--scale", type=positive_float, help="batchnorm: one weight scale (figure 6-18) instead of "
                                                        "the 16-scale grid of figure 6-19")
    p.add_argument("--data-dir", type=existing_dir, help="folder holding mnist/ (default: DLFS_DATA, the cache, ...)")
    p.add_argument("--session", metavar="DIR", help="keep every racer as a run in this session folder")
    p.set_defaults(func=run)


def _options(args: argparse.Namespace) -> dict:
    return {"iterations": args.iters, "epochs": args.epochs, "dropout_epochs": args.dropout_epochs,
            "trials": args.trials, "scale": args.scale, "seed": args.seed}


def _fmt(v: tuple[float, float, float], seeds: int, digits: int = 4) -> str:
    mean, lo, hi = v
    if math.isnan(mean):
        return "-"
    return f"{mean:.{digits}f}" + (f" ({lo:.{digits}f}-{hi:.{digits}f})" if seeds > 1 else "")


def _line(key: str, f: Figure, width: int) -> str:
    acc = "val acc" if key == "search" else "test acc"
    text = f"{f.label:>{width}}: train acc {_fmt(f.train_acc, f.seeds)}, {acc} {_fmt(f.test_acc, f.seeds)}"
    if key in ("optimizers", "init"):
        text = f"{f.label:>{width}}: mean loss of the last 100 iterations {_fmt(f.loss, f.seeds)}, " \
               f"{acc} {_fmt(f.test_acc, f.seeds)}"
    elif key == "overfit":
        gap = f.train_acc[0] - f.test_acc[0]
        text += f", gap {gap:.4f}"
    if key == "search":
        c = f.variant.config
        text += f" | lr {c.lr:.2e}, weight decay {c.weight_decay:.2e}"
    return text


def _print_csv(key: str, figs: list[Figure]) -> None:
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(["preset", "variant", "seeds", "loss_mean", "loss_min", "loss_max", "train_acc_mean", "train_acc_min",
                "train_acc_max", "test_acc_mean", "test_acc_min", "test_acc_max", "lr", "weight_decay"])
    for f in figs:
        c = f.variant.config
        w.writerow([key, f.label, f.seeds, *(repr(x) for x in (*f.loss, *f.train_acc, *f.test_acc)),
                    repr(c.lr), repr(c.weight_decay)])


def run(args: argparse.Namespace) -> int:
    try:
        plan = preset(args.preset, **_options(args))
        race = Race(plan, seeds=args.seeds, first_seed=args.seed)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    try:
        data = load_dataset("mnist", args.data_dir)
    except DatasetError as exc:
        raise CliError(str(exc)) from None
    out = sys.stderr if args.csv else sys.stdout
    print(f"race: {plan.title} (figure {plan.figure}), {len(plan.variants)} variants x {args.seeds} seed(s)",
          file=out)
    for note in race.shared.notes:
        print(f"note: {note}", file=out)
    control = TrainingControl()
    start = time.perf_counter()
    last = start
    interrupted = False
    gen = iter_race(race, data, control)
    try:
        for p in gen:
            now = time.perf_counter()
            if now - last > 10:
                last = now
                print(f"... {p.finished} of {p.total} runs finished, {now - start:.0f} s", file=sys.stderr,
                      flush=True)
    except KeyboardInterrupt:
        interrupted = True
        gen.close()
    except ValueError as exc:  # data that do not fit the preset (e.g. fewer images than it trains on)
        raise CliError(str(exc)) from None
    figs = figures(race)
    if plan.search:
        figs.sort(key=lambda f: -f.test_acc[0] if not math.isnan(f.test_acc[0]) else math.inf)
    if args.csv:
        _print_csv(plan.key, figs)
    else:
        width = max(len(f.label) for f in figs)
        for f in figs:
            print(_line(plan.key, f, width))
        print(f"{'interrupted' if interrupted else 'finished'} in {time.perf_counter() - start:.1f} s")
    diverged = [r.run.name for r in race.racers if r.run.status == "diverged"]
    if diverged:
        print(f"diverged: {', '.join(diverged[:5])}" + (" ..." if len(diverged) > 5 else ""), file=sys.stderr)
    if args.session is not None:
        from ..session import SessionError, save_session
        try:
            path = save_session(args.session, race.runs())
        except (SessionError, OSError) as exc:
            raise CliError(f"cannot save the session to {args.session}: {exc}") from None
        print(f"saved {len(race.racers)} runs to {path}", file=out)
    return 130 if interrupted else 0
