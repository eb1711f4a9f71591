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
"""
from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from .expr import (
    CONSTANTS,
    FUNCTIONS,
    Call,
    ExpressionError,
    Neg,
    Node,
    Num,
    Pow,
    Prod,
    Sum,
    Var,
    parse_with_names,
)
from .gradient import DEFAULT_H, numerical_diff

#: Longest accepted formula with its definitions, in characters; most statements.
MAX_TEXT = 2000
MAX_STATEMENTS = 20
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
#: Functions whose derivative jumps (a "kink"): a central difference straddling it is not a bug.
KINK_FUNCTIONS = frozenset({"relu", "abs", "sign", "step"})


class GraphError(ValueError):
    """A mistake in a formula or its values. ``key`` names the kind of mistake and ``args`` its details
    (for translated messages); ``str()`` is a one-line English sentence."""

    def __init__(self, key: str, message: str, **args: object) -> None:
        self.key = key
        self.args_ = args
        super().__init__(message)


# ----------------------------------------------------------------------------- the graph
@dataclass(frozen=True)
class GraphNode:
    """One node. ``kind``: "var", "const", "add", "sub", "mul", "div", "recip" (1/u), "neg", "powc"
    (u**c, c a constant), "pow" (a**b) or "call" (``func``(u)). ``symbol`` is drawn in the node;
    ``name`` labels its output (a variable or definition name, else the sub-formula)."""

    index: int
    kind: str
    symbol: str
    inputs: tuple[int, ...]
    name: str
    defined: bool = False          # named by a definition "name = ..."
    func: str | None = None
    exponent: float | None = None
    constant: float | None = None

    @property
    def is_leaf(self) -> bool:
        return self.kind in ("var", "const")


@dataclass(frozen=True)
class Graph:
    """Nodes in forward order (every node after its inputs, the output last)."""

    text: str
    nodes: tuple[GraphNode, ...]
    variables: tuple[str, ...]
    var_nodes: tuple[int, ...]          # node index of each variable
    output_name: str

    @property
    def output(self) -> int:
        return len(self.nodes) - 1

    @property
    def operations(self) -> tuple[int, ...]:
        """Indices of the operation nodes, in forward order."""
        return tuple(n.index for n in self.nodes if not n.is_leaf)

    def consumers(self) -> tuple[tuple[tuple[int, int], ...], ...]:
        """For each node, the (node, input slot) pairs that read its value."""
        out: list[list[tuple[int, int]]] = [[] for _ in self.nodes]
        for n in self.nodes:
            for slot, i in enumerate(n.inputs):
                out[i].append((n.index, slot))
        return tuple(tuple(c) for c in out)

    def forward(self, values: Mapping[str, float]) -> tuple[float, ...]:
        """Every node's value for the variables' ``values`` (checked by :meth:`check_values`)."""
        vals: list[float] = []
        with np.errstate(all="ignore"):
            for n in self.nodes:
                vals.append(_apply(n, [vals[i] for i in n.inputs], values))
        return tuple(vals)

    def check_values(self, values: Mapping[str, float]) -> dict[str, float]:
        """``values`` as floats, one per variable; GraphError for a missing, extra or non-finite one."""
        missing = [v for v in self.variables if v not in values]
        if missing:
            names = ", ".join(missing)
            raise GraphError("missing", f"no value given for {names}", names=names)
        extra = [k for k in values if k not in self.variables]
        if extra:
            names = ", ".join(extra)
            raise GraphError("extra", f"{names} does not appear in the formula", names=names)
        out: dict[str, float] = {}
        for k in self.variables:
            try:
                v = float(values[k])
            except (TypeError, ValueError):
                raise GraphError("not_number", f"the value of {k} is not a number", name=k) from None
            if not math.isfinite(v):
                raise GraphError("not_finite", f"the value of {k} must be a finite number", name=k)
            out[k] = v
        return out


def _split_statements(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"[;\n]", text) if s.strip()]


def build_graph(text: str) -> Graph:
    """The graph of ``text``: statements separated by ';' or new lines, each ``name = formula`` or a
    formula; the last one is the output. Raises GraphError (``key`` "syntax" wraps the parser's message)."""
    if not isinstance(text, str):
        raise GraphError("empty", "the formula must be text")
    if len(text) > MAX_TEXT:
        raise GraphError("too_long", f"the formula is too long ({len(text)} characters; at most {MAX_TEXT})",
                         length=len(text), limit=MAX_TEXT)
    statements = _split_statements(text)
    if not statements:
        raise GraphError("empty", "the formula is empty: type one such as (x + y) * z")
    if len(statements) > MAX_STATEMENTS:
        raise GraphError("too_many", f"at most {MAX_STATEMENTS} statements, got {len(statements)}",
                         limit=MAX_STATEMENTS, count=len(statements))
    b = _Builder()
    result = -1
    last_name: str | None = None
    for number, stmt in enumerate(statements, 1):
        name, rhs = None, stmt
        if "=" in stmt:
            left, rhs = (s.strip() for s in stmt.split("=", 1))
            name = left
            if not _NAME.match(left):
                raise GraphError("bad_name", f"'{left}' cannot be defined: a name starts with a letter or _ and "
                                 "has only letters, digits and _", name=left)
            if left in FUNCTIONS or left in CONSTANTS:
                raise GraphError("reserved", f"'{left}' is a function or constant and cannot be defined",
                                 name=left)
            if left in b.defs:
                raise GraphError("redefined", f"'{left}' is defined twice", name=left)
            if left in b.var_index:
                raise GraphError("defined_late", f"'{left}' is used before its definition; define it first",
                                 name=left)
        try:
            tree, names = parse_with_names(rhs)
        except ExpressionError as exc:
            where = f"statement {number} \"{stmt}\": " if len(statements) > 1 else ""
            raise GraphError("syntax", f"{where}{exc}", number=number,
                             statement=stmt, detail=str(exc)) from None
        if name is not None and name in names:
            raise GraphError("self_reference", f"'{name}' cannot be defined from itself", name=name)
        result = b.convert(tree, names)
        if name is not None:
            b.defs[name] = result
            b.rename(result, name)
        last_name = name
    used = b.reachable(result)
    for dname, idx in b.defs.items():
        if idx not in used:
            raise GraphError("unused", f"'{dname}' is defined but the result does not use it", name=dname)
    nodes, var_nodes = b.finish(result)
    output_name = last_name or ("L" if "L" not in b.var_index else "out")
    variables = tuple(sorted(b.var_index, key=lambda v: var_nodes[v]))
    return Graph(text, nodes, variables, tuple(var_nodes[v] for v in variables), output_name)


_PREC = {"add": 1, "sub": 1, "mul": 2, "div": 2, "neg": 3, "recip": 2, "powc": 4, "pow": 4}


class _Builder:
    """Turns parser trees into binary nodes; keeps only the nodes the output needs (in forward order)."""

    def __init__(self) -> None:
        self.nodes: list[dict] = []
        self.var_index: dict[str, int] = {}
        self.defs: dict[str, int] = {}

    def _add(self, kind: str, symbol: str, inputs: tuple[int, ...], name: str, **extra: object) -> int:
        self.nodes.append(dict(kind=kind, symbol=symbol, inputs=inputs, name=name, defined=False, **extra))
        return len(self.nodes) - 1

    def _text(self, i: int, min_prec: int) -> str:
        n = self.nodes[i]
        prec = 5 if (n["kind"] in ("var", "const") or n["defined"] or n["kind"] == "call") else _PREC[n["kind"]]
        return f"({n['name']})" if prec < min_prec else n["name"]

    def rename(self, i: int, name: str) -> None:
        if self.nodes[i]["kind"] != "var":
            self.nodes[i]["name"] = name
            self.nodes[i]["defined"] = True

    def convert(self, node: Node, names: tuple[str, ...]) -> int:
        if isinstance(node, Num):
            text = node.label or _short(node.value)
            return self._add("const", text, (), text, constant=float(node.value))
        if isinstance(node, Var):
            name = names[node.index]
            if name in self.defs:
                return self.defs[name]
            if name not in self.var_index:
                self.var_index[name] = self._add("var", name, (), name)
            return self.var_index[name]
        if isinstance(node, Neg):
            a = self.convert(node.arg, names)
            return self._add("neg", "×−1", (a,), "-" + self._text(a, 3))
        if isinstance(node, Sum):
            acc = self.convert(node.terms[0][1], names)
            for sign, term in node.terms[1:]:
                b = self.convert(term, names)
                if sign > 0:
                    acc = self._add("add", "+", (acc, b), f"{self._text(acc, 1)} + {self._text(b, 2)}")
                else:
                    acc = self._add("sub", "−", (acc, b), f"{self._text(acc, 1)} - {self._text(b, 2)}")
            return acc
        if isinstance(node, Prod):
            first = node.factors[0][1]
            rest = list(node.factors[1:])
            if isinstance(first, Num) and first.value == 1.0 and first.label is None and rest and rest[0][0]:
                b = self.convert(rest.pop(0)[1], names)  # 1 / u: the book's "/" node of figure 5-19
                acc = self._add("recip", "/", (b,), f"1 / {self._text(b, 3)}")
            else:
                acc = self.convert(first, names)
            for div, factor in rest:
                b = self.convert(factor, names)
                if div:
                    acc = self._add("div", "÷", (acc, b), f"{self._text(acc, 2)} / {self._text(b, 3)}")
                else:
                    acc = self._add("mul", "×", (acc, b), f"{self._text(acc, 2)}*{self._text(b, 2)}")
            return acc
        if isinstance(node, Pow):
            a = self.convert(node.base, names)
            if isinstance(node.exp, Num):
                c = float(node.exp.value)
                text = node.exp.label or _short(c)
                return self._add("powc", f"**{text}", (a,), f"{self._text(a, 5)}**{text}", exponent=c)
            b = self.convert(node.exp, names)
            return self._add("pow", "**", (a, b), f"{self._text(a, 5)}**{self._text(b, 4)}")
        if isinstance(node, Call):
            a = self.convert(node.arg, names)
            return self._add("call", node.func, (a,), f"{node.func}({self.nodes[a]['name']})", func=node.func)
        raise TypeError(f"not an expression node: {node!r}")  # pragma: no cover

    def reachable(self, out: int) -> set[int]:
        seen: set[int] = set()
        stack = [out]
        while stack:
            i = stack.pop()
            if i not in seen:
                seen.add(i)
                stack.extend(self.nodes[i]["inputs"])
        return seen

    def finish(self, out: int) -> tuple[tuple[GraphNode, ...], dict[str, int]]:
        keep = sorted(self.reachable(out))
        new = {old: k for k, old in enumerate(keep)}
        nodes = []
        for k, old in enumerate(keep):
            d = dict(self.nodes[old])
            d["inputs"] = tuple(new[i] for i in d["inputs"])
            nodes.append(GraphNode(index=k, **d))
        var_nodes = {v: new[i] for v, i in self.var_index.items() if i in new}
        for v in [v for v in self.var_index if v not in var_nodes]:
            del self.var_index[v]
        return tuple(nodes), var_nodes


def _short(v: float) -> str:
    return str(int(v)) if v.is_integer() and abs(v) < 1e15 else repr(v)


# ----------------------------------------------------------------------------- arithmetic
def _f(x: object) -> float:
    return float(x)  # type: ignore[arg-type]


def _apply(n: GraphNode, xs: list[float], values: Mapping[str, float]) -> float:
    """The node's forward value from its inputs' values, in float64 (call inside np.errstate)."""
    k = n.kind
    if k == "var":
        return float(values[n.name])
    if k == "const":
        return float(n.constant)  # type: ignore[arg-type]
    a = np.float64(xs[0])
    if k == "add":
        return _f(a + np.float64(xs[1]))
    if k == "sub":
        return _f(a - np.float64(xs[1]))
    if k == "mul":
        return _f(a * np.float64(xs[1]))
    if k == "div":
        return _f(a / np.float64(xs[1]))
    if k == "recip":
        return _f(np.float64(1.0) / a)
    if k == "neg":
        return _f(-a)
    if k == "powc":
        return _f(np.power(a, np.float64(n.exponent)))
    if k == "pow":
        return _f(np.power(a, np.float64(xs[1])))
    if k == "call":
        return _f(FUNCTIONS[n.func](a))  # type: ignore[index]
    raise AssertionError(k)  # pragma: no cover


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
        return (_f(np.float64(1.0) / b), _f(-a / (b * b)))
    if k == "recip":
        return (_f(-(np.float64(y) * np.float64(y))),)  # d(1/u)/du = -1/u**2 = -y**2 (figure 5-19)
    if k == "neg":
        return (-1.0,)
    if k == "powc":
        c = np.float64(n.exponent)
        return (_f(c * np.power(a, c - 1.0)),)
    if k == "pow":
        b = np.float64(xs[1])
        return (_f(b * np.power(a, b - 1.0)), _f(np.float64(y) * np.log(a)))
    if k == "call":
        return (_f(_local_call(n.func, a, np.float64(y))),)  # type: ignore[arg-type]
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
                        grads[i] = p if grads[i] is None else _f(np.float64(grads[i]) + np.float64(p))
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
            products = tuple(_f(np.float64(up) * np.float64(d)) for d in local[i])
            edge_grads[i] = products
            steps.append(Step(len(steps), "backward", i, up, (), local[i], products))
            for j, p in zip(n.inputs, products, strict=True):
                grads[j] = p if grads[j] is None else _f(np.float64(grads[j]) + np.float64(p))
    final = tuple(0.0 if x is None else x for x in grads)
    return Backprop(g, at, vals, tuple(local), final, tuple(edge_grads), tuple(steps))


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
        if not sep or not _NAME.match(name):
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
        c = _short(float(n.exponent))  # type: ignore[arg-type]
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
