"""Backpropagation through a :class:`Graph`, node by node: :func:`run_backprop` computes every node's value,
its local derivative(s), the upstream gradient and the products "upstream x local" in plain float64, and keeps
the computation as frozen :class:`Step` records; :meth:`Backprop.state_at` gives what is known after any
number of steps."""
from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from .compgraph_graph import Graph, GraphNode, as_float, build_graph


def _local_call(func: str, u: np.float64, y: np.float64) -> np.float64:
    """d func(u) / du at u (y = func(u))."""
    one = np.float64(1.0)
    table = {
        "sin": lambda: np.cos(u), "cos": lambda: -np.sin(u), "tan": lambda: one / np.cos(u) ** 2,
        "exp": lambda: y, "log": lambda: one / u, "ln": lambda: one / u,
        "log10": lambda: one / (u * np.log(10.0)), "sqrt": lambda: np.float64(0.5) / y,
        "abs": lambda: np.sign(u), "tanh": lambda: one - y * y, "sinh": lambda: np.cosh(u),
        "cosh": lambda: np.sinh(u), "arctan": lambda: one / (one + u * u), "atan": lambda: one / (one + u * u),
        "sigmoid": lambda: y * (one - y), "relu": lambda: np.float64(u > 0), "sign": lambda: np.float64(0.0),
        "step": lambda: np.float64(0.0),
    }
    return np.float64(table[func]())


#: The functions :func:`_local_call` differentiates (the same as core.expr.FUNCTIONS; a test checks it).
LOCAL_DERIVATIVES = ("sin", "cos", "tan", "exp", "log", "ln", "log10", "sqrt", "abs", "tanh", "sinh", "cosh",
                     "arctan", "atan", "sigmoid", "relu", "sign", "step")


def _local(n: GraphNode, xs: list[float], y: float) -> tuple[float, ...]:
    """The local derivatives d node / d input for each input (call inside np.errstate)."""
    k = n.kind
    if n.is_leaf:
        return ()
    a = np.float64(xs[0])
    if k == "add":
        return (1.0, 1.0)
    if k == "sub":
        return (1.0, -1.0)
    if k == "mul":
        return (float(xs[1]), float(xs[0]))             # the other input (MulLayer.backward)
    if k == "div":
        b = np.float64(xs[1])
        return (as_float(np.float64(1.0) / b), as_float(-a / (b * b)))
    if k == "recip":
        return (as_float(-(np.float64(y) * np.float64(y))),)  # d(1/u)/du = -1/u**2 = -y**2 (figure 5-19)
    if k == "neg":
        return (-1.0,)
    if k == "powc":
        c = np.float64(n.exponent)
        return (as_float(c * np.power(a, c - 1.0)),)
    if k == "pow":
        b = np.float64(xs[1])
        return (as_float(b * np.power(a, b - 1.0)), as_float(np.float64(y) * np.log(a)))
    if k == "call":
        return (as_float(_local_call(n.func, a, np.float64(y))),)  # type: ignore[arg-type]
    raise AssertionError(k)  # pragma: no cover


# ----------------------------------------------------------------------------- stepping
@dataclass(frozen=True)
class Step:
    """One step. ``phase``: "forward" (``node`` computes ``value`` from ``inputs``), "seed" (the output's
    gradient dL/dL = 1 = ``value``) or "backward" (``node`` multiplies its upstream gradient ``value`` by
    each ``local`` derivative and sends the ``products`` to its inputs)."""

    index: int
    phase: str
    node: int
    value: float
    inputs: tuple[float, ...] = ()
    local: tuple[float, ...] = ()
    products: tuple[float, ...] = ()


@dataclass(frozen=True)
class GraphState:
    """What is known after ``position`` steps. ``grads[i]`` is the gradient gathered at node i so far (None
    when none has arrived); ``edge_grads[i][slot]`` what node i sent back to its input ``slot``."""

    position: int
    values: tuple[float | None, ...]
    grads: tuple[float | None, ...]
    edge_grads: tuple[tuple[float | None, ...], ...]
    step: Step | None                  # the step just taken (None at position 0)
    complete: tuple[bool, ...]         # the node's gradient is final (all its consumers have sent theirs)


@dataclass(frozen=True)
class Backprop:
    """Forward and backward pass of a graph at given values (see the module docstring)."""

    graph: Graph
    at: dict[str, float]
    values: tuple[float, ...]
    local: tuple[tuple[float, ...], ...]
    grads: tuple[float, ...]
    edge_grads: tuple[tuple[float, ...], ...]
    steps: tuple[Step, ...]
    _states: list = field(default_factory=list, repr=False, compare=False)

    @property
    def value(self) -> float:
        return self.values[-1]

    @property
    def gradient(self) -> dict[str, float]:
        """d output / d variable for every variable, by name."""
        return {v: self.grads[i] for v, i in zip(self.graph.variables, self.graph.var_nodes, strict=True)}

    @property
    def finite(self) -> bool:
        return all(math.isfinite(v) for v in self.values + self.grads)

    def state_at(self, position: int) -> GraphState:
        """The state after the first ``position`` steps (0 <= position <= len(steps))."""
        if not 0 <= position <= len(self.steps):
            raise IndexError(f"position {position} outside 0..{len(self.steps)}")
        g = self.graph
        values: list[float | None] = [self.values[n.index] if n.is_leaf else None for n in g.nodes]
        grads: list[float | None] = [None] * len(g.nodes)
        edges: list[list[float | None]] = [[None] * len(n.inputs) for n in g.nodes]
        pending = [len(c) for c in g.consumers()]
        complete = [False] * len(g.nodes)
        for step in self.steps[:position]:
            if step.phase == "forward":
                values[step.node] = step.value
            elif step.phase == "seed":
                grads[step.node] = step.value
                complete[step.node] = True
            else:
                with np.errstate(all="ignore"):
                    for slot, (i, p) in enumerate(zip(g.nodes[step.node].inputs, step.products, strict=True)):
                        edges[step.node][slot] = p
                        grads[i] = p if grads[i] is None else as_float(np.float64(grads[i]) + np.float64(p))
                        pending[i] -= 1
                        complete[i] = pending[i] == 0
        last = self.steps[position - 1] if position else None
        return GraphState(position, tuple(values), tuple(grads), tuple(tuple(e) for e in edges), last,
                          tuple(complete))


def run_backprop(graph: Graph | str, values: Mapping[str, float]) -> Backprop:
    """Forward then backward through ``graph`` (or a formula text) at the variables' ``values``.

    Raises GraphError for a bad formula or missing, extra or non-finite values. Values that become
    nan or inf inside (``log(-1)``, ``1/0``) are kept (``Backprop.finite`` is False) and never warn.
    """
    g = build_graph(graph) if isinstance(graph, str) else graph
    at = g.check_values(values)
    vals = g.forward(at)
    steps: list[Step] = []
    local: list[tuple[float, ...]] = []
    with np.errstate(all="ignore"):
        for n in g.nodes:
            xs = [vals[i] for i in n.inputs]
            local.append(_local(n, xs, vals[n.index]))
            if not n.is_leaf:
                steps.append(Step(len(steps), "forward", n.index, vals[n.index], tuple(xs)))
        grads: list[float | None] = [None] * len(g.nodes)
        grads[g.output] = 1.0
        steps.append(Step(len(steps), "seed", g.output, 1.0))
        edge_grads: list[tuple[float, ...]] = [()] * len(g.nodes)
        for i in reversed(g.operations):
            n = g.nodes[i]
            up = grads[i]
            if up is None:  # pragma: no cover - every kept node leads to the output
                up = 0.0
            products = tuple(as_float(np.float64(up) * np.float64(d)) for d in local[i])
            edge_grads[i] = products
            steps.append(Step(len(steps), "backward", i, up, (), local[i], products))
            for j, p in zip(n.inputs, products, strict=True):
                grads[j] = p if grads[j] is None else as_float(np.float64(grads[j]) + np.float64(p))
    final = tuple(0.0 if x is None else x for x in grads)
    return Backprop(g, at, vals, tuple(local), final, tuple(edge_grads), tuple(steps))

