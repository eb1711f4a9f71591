"""The graph of a typed formula (chapter 5): :func:`build_graph` reads the statements with the safe parser
(:func:`core.expr_parser.parse_with_names`, never ``eval``) and turns each tree into binary nodes like the
book's ``MulLayer``/``AddLayer``; :meth:`Graph.forward` computes every node's value in float64."""
from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from .expr_messages import ExpressionError
from .expr_parser import parse_with_names
from .expr_tree import CONSTANTS, FUNCTIONS, Call, Neg, Node, Num, Pow, Prod, Sum, Var

#: Longest accepted formula with its definitions, in characters; most statements.
MAX_TEXT = 2000
MAX_STATEMENTS = 20
#: A name that a definition (``t = x + y``) or an assignment (``x=1.5``) may give.
NAME_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


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
            if not NAME_RE.match(left):
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
            text = node.label or short_number(node.value)
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
                text = node.exp.label or short_number(c)
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


def short_number(v: float) -> str:
    """``2`` for 2.0, else the float's repr (a constant's label in a node or formula)."""
    return str(int(v)) if v.is_integer() and abs(v) < 1e15 else repr(v)


# ----------------------------------------------------------------------------- arithmetic
def as_float(x: object) -> float:
    """``float(x)``: the float64 scalars of NumPy arithmetic as Python floats."""
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
        return as_float(a + np.float64(xs[1]))
    if k == "sub":
        return as_float(a - np.float64(xs[1]))
    if k == "mul":
        return as_float(a * np.float64(xs[1]))
    if k == "div":
        return as_float(a / np.float64(xs[1]))
    if k == "recip":
        return as_float(np.float64(1.0) / a)
    if k == "neg":
        return as_float(-a)
    if k == "powc":
        return as_float(np.power(a, np.float64(n.exponent)))
    if k == "pow":
        return as_float(np.power(a, np.float64(xs[1])))
    if k == "call":
        return as_float(FUNCTIONS[n.func](a))  # type: ignore[index]
    raise AssertionError(k)  # pragma: no cover
