"""Showing a computational graph: where each node is drawn (:func:`layered_layout`) and the steps as text
(the forward formulas with their values, the backward products, the CLI's ledger)."""
from __future__ import annotations

import math

from .compgraph_backprop import Backprop, Step
from .compgraph_graph import Graph, short_number


# ----------------------------------------------------------------------------- layout
def layered_layout(g: Graph) -> tuple[tuple[float, float], ...]:
    """(column, row) of every node for drawing: the output in the last column, each operation one column
    left of its leftmost consumer, the variables all in column 0 and a constant next to its consumer;
    rows follow the consumers' rows (in input order) without overlaps."""
    consumers = g.consumers()
    depth = [0] * len(g.nodes)
    for i in reversed(range(len(g.nodes))):
        if consumers[i]:
            depth[i] = max(depth[c] for c, _ in consumers[i]) + 1
    ops_depth = max([depth[i] for i in g.operations] + [0])
    for n in g.nodes:
        if n.kind == "var":
            depth[n.index] = ops_depth + 1
    columns = max(depth) if depth else 0
    rows = [0.0] * len(g.nodes)
    by_depth: dict[int, list[int]] = {}
    for i, d in enumerate(depth):
        by_depth.setdefault(d, []).append(i)
    for d in sorted(by_depth):
        members = by_depth[d]
        if d == 0:
            rows[members[0]] = 0.0
            continue
        wanted = []
        for i in members:
            cs = consumers[i]
            nslots = [len(g.nodes[c].inputs) for c, _ in cs]
            centre = sum(rows[c] + (s - (k - 1) / 2.0) for (c, s), k in zip(cs, nslots, strict=True)) / len(cs)
            wanted.append((centre, i))
        wanted.sort()
        last = -math.inf
        for centre, i in wanted:
            y = max(centre, last + 1.0)
            rows[i] = y
            last = y
    # second pass, inputs to output: an operation sits at the mean row of its inputs (as in figure 5-17)
    for d in sorted(by_depth, reverse=True):
        placed = []
        for i in by_depth[d]:
            ins = g.nodes[i].inputs
            centre = sum(rows[j] for j in ins) / len(ins) if ins else rows[i]
            placed.append((centre, rows[i], i))
        placed.sort()
        last = -math.inf
        for centre, _old, i in placed:
            rows[i] = max(centre, last + 1.0)
            last = rows[i]
    top = min(rows)
    return tuple((float(columns - depth[i]), rows[i] - top) for i in range(len(g.nodes)))


# ----------------------------------------------------------------------------- text
def _r(v: float) -> str:
    return repr(float(v))


def display_name(g: Graph, i: int, operand: bool = True) -> str:
    """The node's name (the output's name for the output); as an ``operand``, sub-formulas in parentheses."""
    if i == g.output:
        return g.output_name
    n = g.nodes[i]
    atomic = n.is_leaf or n.defined or n.kind == "call" or not operand
    return n.name if atomic else f"({n.name})"


def forward_formula(g: Graph, step: Step) -> str:
    """``apple * apple_num = 100.0 * 2.0 = 200.0``: the forward step with the input values put in."""
    n = g.nodes[step.node]
    names = [display_name(g, i) for i in n.inputs]
    vals = [_r(v) for v in step.inputs]
    sym = {"add": "+", "sub": "-", "mul": "*", "div": "/", "pow": "**"}.get(n.kind)
    if sym is not None:
        left, right = f"{names[0]} {sym} {names[1]}", f"{vals[0]} {sym} {vals[1]}"
    elif n.kind == "neg":
        left, right = f"-{names[0]}", f"-({vals[0]})"
    elif n.kind == "recip":
        left, right = f"1 / {names[0]}", f"1 / {vals[0]}"
    elif n.kind == "powc":
        c = short_number(float(n.exponent))  # type: ignore[arg-type]
        left, right = f"{names[0]}**{c}", f"{vals[0]}**{c}"
    else:
        left, right = f"{n.func}({names[0]})", f"{n.func}({vals[0]})"
    return f"{display_name(g, n.index, False)} = {left} = {right} = {_r(step.value)}"


def backward_products(g: Graph, step: Step) -> list[str]:
    """One line per input: ``∂price/∂tax = 1.0 × 650.0 = 650.0`` (upstream x local = product)."""
    n = g.nodes[step.node]
    out = g.output_name
    return [f"∂{out}/∂{display_name(g, i)} ← {_r(step.value)} × {_r(loc)} = {_r(p)}"
            for i, loc, p in zip(n.inputs, step.local, step.products, strict=True)]


def ledger_lines(bp: Backprop) -> list[str]:
    """The whole computation as numbered lines (the CLI's ``--steps``)."""
    g = bp.graph
    lines = ["forward:"]
    for s in bp.steps:
        if s.phase == "forward":
            lines.append(f"  {s.index + 1:>3}. {forward_formula(g, s)}")
        elif s.phase == "seed":
            lines.append("backward:")
            lines.append(f"  {s.index + 1:>3}. ∂{g.output_name}/∂{g.output_name} = {_r(s.value)}")
        else:
            n = g.nodes[s.node]
            who = display_name(g, n.index, False)
            lines.append(f"  {s.index + 1:>3}. node {n.symbol} ({who}): upstream {_r(s.value)}")
            lines.extend(f"         {t}" for t in backward_products(g, s))
    return lines
