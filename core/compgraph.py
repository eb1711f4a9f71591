"""Computational graphs of chapter 5, computed node by node (forward, then backward).

A formula typed by the learner (``apple_price = apple * apple_num; price = apple_price * tax``, or
``(x + y) * z``, or ``1 / (1 + exp(-x))``) is read by the project's safe parser
(:func:`core.expr.parse_with_names`, never ``eval``) and its tree becomes the graph: one node per
operation, binary like the book's ``MulLayer``/``AddLayer`` (``a*b*c`` is ``(a*b)*c``), variables shared
by every use, and definitions (``t = x + y``) named nodes that later statements use.

:func:`run_backprop` computes every node's forward value, its local derivative(s), the gradient coming
back from the output ("upstream") and the products "upstream x local" sent to its inputs, in plain
float64 arithmetic in the book's order, so printed values equal Python's floats
(``715.0000000000001``). The computation is also a list of frozen :class:`Step` records (forward node
by node, the seed dL/dL = 1, backward node by node) and :meth:`Backprop.state_at` gives what is known
after any number of steps, for stepping back and forth. :func:`numerical_check` compares each
gradient with the book's central difference.

The graph and its forward arithmetic are in :mod:`.compgraph_graph`, the backward pass and its steps in
:mod:`.compgraph_backprop`, the layout and the text of the steps in :mod:`.compgraph_display`; this module
holds the numerical check and the book's presets, and every public name of the others is importable from here.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .compgraph_backprop import LOCAL_DERIVATIVES, Backprop, GraphState, Step, run_backprop
from .compgraph_display import backward_products, display_name, forward_formula, layered_layout, ledger_lines
from .compgraph_graph import MAX_STATEMENTS, MAX_TEXT, NAME_RE, Graph, GraphError, GraphNode, build_graph
from .gradient import DEFAULT_H, numerical_diff

__all__ = [
    "KINK_FUNCTIONS", "LOCAL_DERIVATIVES", "MAX_STATEMENTS", "MAX_TEXT", "PRESETS", "Backprop", "Graph", "GraphError",
    "GraphNode", "GraphPreset", "GraphState", "Step", "VariableCheck", "backward_products", "build_graph",
    "display_name", "forward_formula", "layered_layout", "ledger_lines", "numerical_check", "parse_assignments",
    "preset", "run_backprop",
]

#: Functions whose derivative jumps (a "kink"): a central difference straddling it is not a bug.
KINK_FUNCTIONS = frozenset({"relu", "abs", "sign", "step"})


# ----------------------------------------------------------------------------- numerical check
@dataclass(frozen=True)
class VariableCheck:
    """Backprop against the central difference for one variable. ``kink``: a relu/abs/sign/step input
    changes side between x - h and x + h, so the difference need not agree there (not a bug)."""

    name: str
    backprop: float
    numerical: float
    abs_diff: float
    agrees: bool
    kink: bool


def numerical_check(bp: Backprop, h: float = DEFAULT_H, rtol: float = 1e-6) -> tuple[VariableCheck, ...]:
    """Each variable's gradient against ``numerical_diff`` (step ``h``): agreement within
    ``rtol * max(1, |backprop|, |numerical|)``."""
    g = bp.graph
    kink_nodes = [n for n in g.nodes if n.kind == "call" and n.func in KINK_FUNCTIONS]
    checks = []
    for name in g.variables:
        def f(v: float, name: str = name) -> float:
            return g.forward({**bp.at, name: v})[-1]

        with np.errstate(all="ignore"):
            num = float(numerical_diff(f, bp.at[name], h))
        exact = bp.gradient[name]
        diff = abs(num - exact)
        kink = False
        if kink_nodes:
            sides = []
            for v in (bp.at[name] - h, bp.at[name], bp.at[name] + h):
                vals = g.forward({**bp.at, name: v})
                sides.append(tuple(np.sign(vals[n.inputs[0]]) for n in kink_nodes))
            kink = len(set(sides)) > 1
        ok = bool(diff <= rtol * max(1.0, abs(exact), abs(num))) if math.isfinite(diff) else num == exact
        checks.append(VariableCheck(name, exact, num, diff, ok, kink))
    return tuple(checks)


# ----------------------------------------------------------------------------- presets
@dataclass(frozen=True)
class GraphPreset:
    """A book example. ``printed``: (quantity, what the book's script prints, rounded with int()?) where
    quantity is "value" or a variable name (its gradient)."""

    key: str
    title: str
    source: str
    text: str
    values: tuple[tuple[str, float], ...]
    printed: tuple[tuple[str, str, bool], ...] = ()


PRESETS: tuple[GraphPreset, ...] = (
    GraphPreset("apple", "Buying apples", "Figure 5-16, ch05/buy_apple.py",
                "apple_price = apple * apple_num\nprice = apple_price * tax",
                (("apple", 100.0), ("apple_num", 2.0), ("tax", 1.1)),
                (("value", "220", True), ("apple", "2.2", False), ("apple_num", "110", True), ("tax", "200", False))),
    GraphPreset("apple_orange", "Buying apples and oranges", "Figure 5-17, ch05/buy_apple_orange.py",
                "apple_price = apple * apple_num\norange_price = orange * orange_num\n"
                "all_price = apple_price + orange_price\nprice = all_price * tax",
                (("apple", 100.0), ("apple_num", 2.0), ("orange", 150.0), ("orange_num", 3.0), ("tax", 1.1)),
                (("value", "715", True), ("apple", "2.2", False), ("apple_num", "110", True),
                 ("orange", "3.3000000000000003", False), ("orange_num", "165", True), ("tax", "650", False))),
    GraphPreset("chain", "Chain rule: z = t**2, t = x + y", "Figure 5-7", "t = x + y\nz = t**2",
                (("x", 1.0), ("y", 2.0))),
    GraphPreset("add_mul", "(x + y) * z", "Section 5.2", "(x + y) * z", (("x", -2.0), ("y", 5.0), ("z", -4.0))),
    GraphPreset("exp", "exp(-x)", "Section 5.5.2", "exp(-x)", (("x", 1.0),)),
    GraphPreset("sigmoid", "Sigmoid: 1 / (1 + exp(-x))", "Figure 5-19, section 5.5.2", "1 / (1 + exp(-x))",
                (("x", 1.0),)),
)


def preset(key: str) -> GraphPreset:
    for p in PRESETS:
        if p.key == key:
            return p
    raise KeyError(key)


def parse_assignments(items: list[str] | tuple[str, ...]) -> dict[str, float]:
    """``["a=100", "n=2"]`` as {"a": 100.0, "n": 2.0}; GraphError for a malformed item or repeated name."""
    out: dict[str, float] = {}
    for item in items:
        name, sep, text = item.partition("=")
        name, text = name.strip(), text.strip()
        if not sep or not NAME_RE.match(name):
            raise GraphError("bad_assignment", f"'{item}' is not of the form name=value (e.g. x=1.5)", item=item)
        if name in out:
            raise GraphError("repeated", f"{name} is given twice", name=name)
        try:
            v = float(text)
        except ValueError:
            raise GraphError("not_number", f"the value of {name} is not a number: {text!r}", name=name) from None
        if not math.isfinite(v):
            raise GraphError("not_finite", f"the value of {name} must be a finite number", name=name)
        out[name] = v
    return out

