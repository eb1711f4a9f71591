"""``dlfs descend``: gradient descent on a 2-D surface, one line per point, with full precision.

Defaults are the book's section 4.4: the sphere f = x0**2 + x1**2 (function_2), plain SGD, the
numerical gradient with h = 1e-4, 100 steps. ``dlfs descend --start -3 4 --lr 0.1 --steps 20``
prints x_k = 0.8**k * (-3, 4). Any built-in surface (--surface) or a typed formula (--expr),
any chapter 6 optimizer with its hyperparameters, and the analytic gradient are available.
Exit status: 0, 1 when the run diverged, 2 for a mistake in the arguments.
"""
from __future__ import annotations

import argparse
import math
import sys

from ..descent import DIVERGENCE_BOUND, FLY_OFF_FACTOR, descend
from ..expr import ExpressionError, surface_from_expression
from ..gradient import DEFAULT_H
from ..optimizers import OPTIMIZERS, make_optimizer
from ..surfaces import DEFAULT_SURFACE, SURFACES, Surface, get_surface
from .common import CliError, finite_float, non_negative_int, positive_float, quoted

#: The most steps one run prints (the book's runs take 20 to 100).
MAX_STEPS = 1_000_000

#: Optimizer options of this command -> the hyperparameter they set.
_HYPER_OPTIONS = {"lr": "--lr", "momentum": "--momentum", "beta1": "--beta1", "beta2": "--beta2",
                  "decay_rate": "--decay-rate"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "descend", help="gradient descent on a 2-D surface, printing every point",
        description="Run gradient descent (or another chapter 6 optimizer) on a two-variable function and print "
                    "every point k, x0, x1, f(x) with full precision (Python repr). Defaults are the book's "
                    "section 4.4: the sphere x0**2 + x1**2, SGD, numerical gradient with h = 1e-4, 100 steps. "
                    "Exit status 1 when the run diverges (a coordinate beyond 1e150, or inf/nan).")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--surface", metavar="NAME", default=None,
                       help=f"built-in surface: {', '.join(SURFACES)} (default {DEFAULT_SURFACE})")
    where.add_argument("--expr", metavar="FORMULA",
                       help="your own formula in x0 and x1 (or x and y), e.g. \"x0**2 + 3*sin(x1)\"")
    p.add_argument("--start", nargs="+", metavar=("X0", "X1"), help="start point: two numbers (default: the surface's "
                   "usual start, (-3, 4) for the sphere)")
    p.add_argument("--optimizer", metavar="NAME", default="sgd",
                   help=f"update rule: {', '.join(OPTIMIZERS)} (default sgd)")
    p.add_argument("--lr", metavar="LR", help="learning rate (default: the optimizer's default, 0.01 for sgd)")
    p.add_argument("--momentum", metavar="M", help="momentum and nesterov: the momentum (default 0.9)")
    p.add_argument("--beta1", metavar="B1", help="adam: beta1 (default 0.9)")
    p.add_argument("--beta2", metavar="B2", help="adam: beta2 (default 0.999)")
    p.add_argument("--decay-rate", metavar="D", help="rmsprop: decay rate (default 0.99)")
    p.add_argument("--steps", metavar="N", default="100", help="number of updates (default 100)")
    p.add_argument("--gradient", metavar="KIND", default="numerical",
                   help="numerical (the book's central difference, default) or analytic (the formula)")
    p.add_argument("--h", metavar="H", default=None, help=f"step of the numerical gradient (default {DEFAULT_H:g})")
    p.add_argument("--csv", action="store_true", help="machine-readable output: a header line k,x0,x1,f "
                   "then one line per point (messages go to stderr)")
    p.set_defaults(func=run)


def _number(option: str, text: str, convert=finite_float):
    try:
        return convert(text)
    except argparse.ArgumentTypeError as exc:
        raise CliError(f"{option}: {exc}") from None


def _surface(args: argparse.Namespace) -> Surface:
    if args.expr is not None:
        try:
            return surface_from_expression(args.expr)
        except ExpressionError as exc:
            raise CliError(f"--expr: {exc}") from None
    try:
        return get_surface(args.surface or DEFAULT_SURFACE)
    except ValueError:
        raise CliError(f"--surface: unknown surface {quoted(args.surface)}; "
                       f"choose one of: {', '.join(SURFACES)}") from None


def _optimizer(args: argparse.Namespace):
    name = args.optimizer.strip().lower()
    if name not in OPTIMIZERS:
        raise CliError(f"--optimizer: unknown optimizer {quoted(args.optimizer)}; "
                       f"choose one of: {', '.join(OPTIMIZERS)}")
    accepted = OPTIMIZERS[name]().hyperparams()
    hyper = {}
    for key, option in _HYPER_OPTIONS.items():
        text = getattr(args, key)
        if text is None:
            continue
        if key not in accepted:
            users = [n for n, cls in OPTIMIZERS.items() if key in cls().hyperparams()]
            raise CliError(f"{option} applies to {' and '.join(users)} only, not to {name}")
        hyper[key] = _number(option, text, positive_float if key == "lr" else finite_float)
    try:
        return make_optimizer(name, **hyper)
    except ValueError as exc:
        raise CliError(str(exc)) from None


def run(args: argparse.Namespace) -> int:
    surface = _surface(args)
    optimizer = _optimizer(args)
    steps = _number("--steps", args.steps, non_negative_int)
    if steps > MAX_STEPS:
        raise CliError(f"--steps: at most {MAX_STEPS:,}, got {steps:,}")
    h = DEFAULT_H if args.h is None else _number("--h", args.h, positive_float)
    if args.gradient not in ("numerical", "analytic"):
        raise CliError(f"--gradient must be numerical or analytic, got {quoted(args.gradient)}")
    if args.start is None:
        start = surface.default_start
    else:
        if len(args.start) != 2:
            raise CliError(f"--start needs two numbers (x0 x1), got {len(args.start)}")
        start = tuple(_number("--start", t) for t in args.start)
    try:
        steps_iter = descend(surface, optimizer, start, steps, gradient=args.gradient, h=h)
    except ValueError as exc:
        raise CliError(str(exc)) from None

    out, note = sys.stdout, (sys.stderr if args.csv else sys.stdout)
    grad_text = f"numerical gradient (h = {h!r})" if args.gradient == "numerical" else "analytic gradient"
    if args.csv:
        print("k,x0,x1,f", file=out)
    else:
        print(f"surface {surface.name}: f(x0, x1) = {surface.formula}", file=out)
        print(f"{optimizer!r}, {grad_text}, {steps} steps from {tuple(float(v) for v in start)!r}", file=out)
        print(f"{'k':>5}  {'x0':>24}  {'x1':>24}  {'f(x)':>24}", file=out)
    last = None
    unreliable_from = None
    flew_off_at = None
    for s in steps_iter:
        x0, x1 = float(s.x[0]), float(s.x[1])
        if args.csv:
            print(f"{s.k},{x0!r},{x1!r},{s.value!r}", file=out)
        else:
            print(f"{s.k:>5}  {x0!r:>24}  {x1!r:>24}  {s.value!r:>24}", file=out)
        if unreliable_from is None and s.numerical_unreliable and args.gradient == "numerical":
            unreliable_from = s.k
        if flew_off_at is None and s.flew_off:
            flew_off_at = s.k
        last = s
    hard_stop = last is not None and last.diverged
    last_k = last.k if last is not None else None
    if hard_stop and flew_off_at == last_k:  # one reason per step: the hard stop below says it
        flew_off_at = None
    if flew_off_at is not None:
        print(f"diverged at step {flew_off_at}: the point flew off (more than {FLY_OFF_FACTOR:g} times "
              "farther out than the start); the learning rate is too large", file=note)
    if unreliable_from is not None and not (hard_stop and unreliable_from == last_k):
        print(f"note: from step {unreliable_from} on, |x| is so large that x + h and x - h cannot be told apart "
              f"accurately (h = {h!r}), so the numerical gradient is noise or exactly 0 and the point stops "
              "moving: the learning rate is too large", file=note)
    if last is not None and last.diverged:
        finite = all(math.isfinite(float(v)) for v in last.x) and math.isfinite(last.value)
        why = f"a coordinate exceeds {DIVERGENCE_BOUND:g}" if finite else "x or f(x) is no longer a finite number"
        print(f"diverged at step {last.k}: {why}; try a smaller learning rate", file=note)
        return 1
    if not args.csv and last is not None:
        print(f"final point after {last.k} steps: x = ({float(last.x[0])!r}, {float(last.x[1])!r}), "
              f"f(x) = {last.value!r}", file=out)
    return 1 if flew_off_at is not None else 0
