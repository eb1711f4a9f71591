"""``dlfs backprop``: forward value and gradients of a formula through its computational graph (chapter 5)."""
from __future__ import annotations

import argparse

from ..compgraph import PRESETS, GraphError, build_graph, ledger_lines, numerical_check, parse_assignments, run_backprop
from ..compgraph import preset as get_preset
from .common import CliError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "backprop", help="forward value and gradient of a formula, node by node (chapter 5)",
        description="Build the computational graph of a formula (statements separated by ';' or new lines, "
                    "'name = formula' defines an intermediate variable, the last statement is the result), "
                    "run it forward and backward, and print the value and the gradient with respect to every "
                    "variable with full precision (Python repr).")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--expr", metavar="FORMULA", help='the formula, e.g. "(a*n + o*m) * tax" or "t = x + y; t**2"')
    src.add_argument("--preset", choices=[q.key for q in PRESETS],
                     help="one of the book's graphs with the book's values (--at replaces some of them)")
    p.add_argument("--at", nargs="*", default=None, metavar="NAME=VALUE",
                   help="the value of every variable, e.g. --at a=100 n=2 o=150 m=3 tax=1.1")
    p.add_argument("--steps", action="store_true", help="also print the node-by-node forward and backward ledger")
    p.add_argument("--check", action="store_true",
                   help="compare every gradient with the numerical derivative (central difference, h = 1e-4)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        if args.preset:
            pre = get_preset(args.preset)
            text, values = pre.text, dict(pre.values)
            if args.at is not None:
                values.update(parse_assignments(args.at))   # the book's values, some replaced
        else:
            text = args.expr
            values = parse_assignments(args.at or [])
        graph = build_graph(text)
        bp = run_backprop(graph, values)
    except GraphError as exc:
        raise CliError(str(exc)) from None
    out = graph.output_name
    print(f"{out} = {bp.value!r}")
    for name, g in bp.gradient.items():
        print(f"∂{out}/∂{name} = {g!r}")
    if args.preset:
        for quantity, printed, rounded in get_preset(args.preset).printed:
            how = f"int(...) = {printed}" if rounded else printed
            what = out if quantity == "value" else f"∂{out}/∂{quantity}"
            print(f"book prints {what}: {how}")
    if not bp.finite:
        print("note: some values are not finite numbers (nan or inf) at these values")
    if args.steps:
        print("\n".join(ledger_lines(bp)))
    if args.check:
        for c in numerical_check(bp):
            verdict = "agrees" if c.agrees else ("differs at a kink (not a bug)" if c.kink else "DIFFERS")
            print(f"numerical ∂{out}/∂{c.name} = {c.numerical!r}  |difference| = {c.abs_diff:.3g}  {verdict}")
    return 0
