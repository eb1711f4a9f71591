"""A safe parser for surfaces typed by the learner, such as ``x0**2 + 3*sin(x1)``.

The text is never given to ``eval``/``exec``/``compile`` or Python's ``ast``: a hand-written
tokenizer and recursive-descent parser build a small tree of frozen dataclasses, which is
then turned into a vectorised NumPy function and differentiated *symbolically*, so a typed
surface has both the book's numerical gradient and an exact analytic one.

This module differentiates and evaluates; the names and the tree are in :mod:`.expr_tree`, the
tokenizer and parser in :mod:`.expr_parser`, the error messages by key in :mod:`.expr_messages`.
Every public name of those is importable from here too.

Accepted: numbers (``3``, ``0.5``, ``.5``, ``1e-3``), the variables ``x0`` and ``x1`` (aliases
``x`` and ``y``), the constants ``pi`` and ``e``, ``+ - * /``, unary ``-``/``+``, powers ``**`` or
``^`` (right-associative and binding tighter than unary minus, as in Python: ``-x**2`` is
``-(x**2)``, ``2**3**2`` is 512), parentheses and the one-argument functions in FUNCTIONS.

Limits: at most MAX_LENGTH characters and MAX_DEPTH nested levels (parentheses, functions,
signs, powers), counted while parsing so no RecursionError can escape. Anything else raises
:class:`ExpressionError` with the character position and a sentence a learner understands.

Values that are not finite at some points (``log(x0)`` for x0 <= 0, ``1/x0`` at 0) are allowed:
they show as gaps on the plot and a descent that steps there is reported as diverged. An
expression that is not finite *anywhere* on a sample grid of the view (such as ``1/0``) is
refused by :func:`surface_from_expression`. Evaluation never emits NumPy warnings.
"""
from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import ArrayLike, NDArray

from .expr_messages import MESSAGES, ExpressionError, render_message
from .expr_parser import MAX_DEPTH, MAX_LENGTH, parse, parse_with_names
from .expr_tree import (
    CONSTANTS,
    FUNCTIONS,
    MAX_TREE_DEPTH,
    MAX_TREE_NODES,
    VARIABLES,
    Call,
    Neg,
    Node,
    Num,
    Pow,
    Prod,
    Sum,
    Var,
    to_text,
    tree_size,
    uses_variables,
)
from .surfaces import Surface

__all__ = [
    "CONSTANTS", "FUNCTIONS", "MAX_DEPTH", "MAX_LENGTH", "MAX_TREE_DEPTH", "MAX_TREE_NODES", "MESSAGES", "ONE",
    "VARIABLES", "ZERO", "Call", "Evaluator", "Expression", "ExpressionError", "Neg", "Node", "Num", "Pow", "Prod",
    "Sum", "Var", "derivative", "parse", "parse_expression", "parse_with_names", "render_message",
    "surface_from_expression", "to_text", "tree_size",
]


# ----------------------------------------------------------------------------- simplifying builders
ZERO, ONE = Num(0.0), Num(1.0)


def _is_num(node: Node, value: float | None = None) -> bool:
    return isinstance(node, Num) and (value is None or node.value == value)


def _neg(a: Node) -> Node:
    if isinstance(a, Num):
        return Num(-a.value)
    if isinstance(a, Neg):
        return a.arg
    return Neg(a)


def _add(terms: list[tuple[int, Node]]) -> Node:
    out: list[tuple[int, Node]] = []
    for sign, t in terms:
        if _is_num(t, 0.0):
            continue
        if isinstance(t, Sum):
            out.extend((sign * s, u) for s, u in t.terms)
        else:
            out.append((sign, t))
    if not out:
        return ZERO
    if out[0][0] < 0:
        first = _neg(out[0][1])
        out[0] = (1, first)
    return out[0][1] if len(out) == 1 else Sum(tuple(out))


def _mul(factors: list[tuple[bool, Node]]) -> Node:
    const = 1.0
    rest: list[tuple[bool, Node]] = []
    pending = list(factors)
    while pending:
        div, f = pending.pop(0)
        if not div and isinstance(f, Prod):
            pending[:0] = list(f.factors)
        elif not div and isinstance(f, Num):
            if f.value == 0.0:
                return ZERO
            if f.label is None:
                const *= f.value
            else:
                rest.append((False, f))
        elif div and _is_num(f, 1.0):
            continue
        else:
            rest.append((div, f))
    rest.sort(key=lambda p: p[0])  # multiplications first: a product never starts with a division
    negate = const < 0
    const = abs(const)
    if const != 1.0 or not rest or rest[0][0]:
        rest.insert(0, (False, Num(const)))
    node = rest[0][1] if len(rest) == 1 else Prod(tuple(rest))
    return _neg(node) if negate else node


def _pow(a: Node, b: Node) -> Node:
    if _is_num(b, 1.0):
        return a
    if _is_num(b, 0.0):
        return ONE
    return Pow(a, b)


# ----------------------------------------------------------------------------- differentiation
def _outer_derivative(func: str, u: Node, call: Node) -> Node:
    """d func(u) / du as a tree (``call`` is func(u) itself)."""
    if func == "sin":
        return Call("cos", u)
    if func == "cos":
        return _neg(Call("sin", u))
    if func == "tan":
        return _mul([(False, ONE), (True, Pow(Call("cos", u), Num(2.0)))])
    if func == "exp":
        return call
    if func in ("log", "ln"):
        return _mul([(False, ONE), (True, u)])
    if func == "log10":
        return _mul([(False, ONE), (True, u), (True, Num(math.log(10.0)))])
    if func == "sqrt":
        return _mul([(False, Num(0.5)), (True, call)])
    if func == "abs":
        return Call("sign", u)
    if func == "tanh":
        return _add([(1, ONE), (-1, Pow(call, Num(2.0)))])
    if func == "sinh":
        return Call("cosh", u)
    if func == "cosh":
        return Call("sinh", u)
    if func in ("arctan", "atan"):
        return _mul([(False, ONE), (True, _add([(1, ONE), (1, Pow(u, Num(2.0)))]))])
    if func == "sigmoid":
        return _mul([(False, call), (False, _add([(1, ONE), (-1, call)]))])
    if func == "relu":
        return Call("step", u)
    if func in ("sign", "step"):
        return ZERO  # piecewise constant (the jump itself is not differentiable)
    raise AssertionError(f"no derivative rule for {func}")  # pragma: no cover - FUNCTIONS and rules agree


def derivative(node: Node, i: int) -> Node:
    """The partial derivative d node / d x_i as a (simplified) tree."""
    if isinstance(node, Num):
        return ZERO
    if isinstance(node, Var):
        return ONE if node.index == i else ZERO
    if isinstance(node, Neg):
        return _neg(derivative(node.arg, i))
    if isinstance(node, Sum):
        return _add([(s, derivative(t, i)) for s, t in node.terms])
    if isinstance(node, Prod):
        terms: list[tuple[int, Node]] = []
        for j, (div, f) in enumerate(node.factors):
            df = derivative(f, i)
            if _is_num(df, 0.0):
                continue
            others = [p for k, p in enumerate(node.factors) if k != j]
            if div:  # d(1/f) = -df / f**2
                terms.append((-1, _mul(others + [(False, df), (True, Pow(f, Num(2.0)))])))
            else:
                terms.append((1, _mul(others + [(False, df)])))
        return _add(terms)
    if isinstance(node, Pow):
        f, g = node.base, node.exp
        df, dg = derivative(f, i), derivative(g, i)
        if _is_num(dg, 0.0):      # power rule g * f**(g-1) * f'
            if _is_num(df, 0.0):
                return ZERO
            g_minus_1 = Num(g.value - 1.0) if isinstance(g, Num) else _add([(1, g), (-1, ONE)])
            return _mul([(False, g), (False, _pow(f, g_minus_1)), (False, df)])
        log_f = ONE if (isinstance(f, Num) and f.label == "e") else Call("log", f)
        if _is_num(df, 0.0):      # exponential rule f**g * log(f) * g'
            return _mul([(False, node), (False, log_f), (False, dg)])
        # general: f**g * (g' log f + g f' / f)
        inner = _add([(1, _mul([(False, dg), (False, log_f)])), (1, _mul([(False, g), (False, df), (True, f)]))])
        return _mul([(False, node), (False, inner)])
    if isinstance(node, Call):
        du = derivative(node.arg, i)
        if _is_num(du, 0.0):
            return ZERO
        return _mul([(False, _outer_derivative(node.func, node.arg, node)), (False, du)])
    raise TypeError(f"not an expression node: {node!r}")


# ----------------------------------------------------------------------------- evaluation
Evaluator = Callable[[NDArray], "NDArray | np.float64"]


def _compile(node: Node) -> Evaluator:
    """A closure computing the tree with NumPy on x of shape (2, ...)."""
    if isinstance(node, Num):
        v = np.float64(node.value)
        return lambda x: v
    if isinstance(node, Var):
        idx = node.index
        return lambda x: x[idx]
    if isinstance(node, Neg):
        a = _compile(node.arg)
        return lambda x: np.negative(a(x))
    if isinstance(node, Sum):
        parts = [(s, _compile(t)) for s, t in node.terms]

        def sum_(x):
            acc = parts[0][1](x)
            for s, p in parts[1:]:
                acc = acc + p(x) if s > 0 else acc - p(x)
            return acc
        return sum_
    if isinstance(node, Prod):
        parts2 = [(d, _compile(f)) for d, f in node.factors]

        def prod_(x):
            acc = parts2[0][1](x)
            for d, p in parts2[1:]:
                acc = acc / p(x) if d else acc * p(x)
            return acc
        return prod_
    if isinstance(node, Pow):
        a, b = _compile(node.base), _compile(node.exp)
        return lambda x: np.power(a(x), b(x))
    if isinstance(node, Call):
        fn, a = FUNCTIONS[node.func], _compile(node.arg)
        return lambda x: fn(a(x))
    raise TypeError(f"not an expression node: {node!r}")


def _as_points(x: ArrayLike) -> NDArray:
    a = np.asarray(x)
    if not np.issubdtype(a.dtype, np.floating):
        a = a.astype(np.float64)
    if a.ndim == 0 or a.shape[0] != 2:
        raise ValueError(f"expected a point array whose first axis has length 2, got shape {a.shape}")
    return a


def _result(r, shape: tuple[int, ...]) -> float | NDArray:
    r = np.broadcast_to(np.asarray(r, dtype=np.float64), shape)
    return float(r) if r.ndim == 0 else np.array(r)


# ----------------------------------------------------------------------------- public objects
@dataclass(frozen=True)
class Expression:
    """A parsed formula f(x0, x1) with its symbolic partial derivatives.

    ``f(x)`` and ``grad(x)`` follow the Surface convention: x of shape (2, ...) gives a float
    or an array of shape (...), and a gradient of shape (2, ...). Neither emits NumPy warnings;
    points where the formula is undefined give nan or inf.
    """

    text: str
    tree: Node
    partials: tuple[Node, Node]
    _f: Evaluator = field(init=False, repr=False, compare=False)
    _d: tuple[Evaluator, Evaluator] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_f", _compile(self.tree))
        object.__setattr__(self, "_d", (_compile(self.partials[0]), _compile(self.partials[1])))

    def f(self, x: ArrayLike) -> float | NDArray:
        a = _as_points(x)
        with np.errstate(all="ignore"):
            return _result(self._f(a), a.shape[1:])

    def grad(self, x: ArrayLike) -> NDArray:
        a = _as_points(x)
        with np.errstate(all="ignore"):
            d0, d1 = (np.broadcast_to(np.asarray(d(a), dtype=np.float64), a.shape[1:]) for d in self._d)
            return np.stack([d0, d1])

    @property
    def partial_texts(self) -> tuple[str, str]:
        """The partial derivatives as formulas: (d f / d x0, d f / d x1)."""
        return to_text(self.partials[0]), to_text(self.partials[1])

    @property
    def uses_variables(self) -> bool:
        return uses_variables(self.tree)


def parse_expression(text: str) -> Expression:
    """Parse and differentiate ``text`` (no evaluation); raises ExpressionError."""
    tree = parse(text)
    partials = (derivative(tree, 0), derivative(tree, 1))
    for t in (tree,) + partials:
        depth, count = tree_size(t)
        if depth > MAX_TREE_DEPTH or count > MAX_TREE_NODES:
            raise ExpressionError.of("too_complex")
    return Expression(text.strip(), tree, partials)


_START_CANDIDATES = ((-3.0, 4.0), (3.0, 4.0), (-3.0, -4.0), (3.0, -4.0), (2.0, 2.0), (-2.0, 2.0),
                     (1.0, 1.0), (0.5, 0.5), (1.0, -1.0))
_ERROR_WORDS = {"divide by zero": "why_divide", "overflow": "why_overflow", "underflow": "why_underflow",
                "invalid value": "why_invalid"}  # NumPy's floating-point error kind -> message key


def surface_from_expression(text: str, *, name: str | None = None,
                            view: tuple[tuple[float, float], tuple[float, float]] = ((-5.0, 5.0), (-5.0, 5.0)),
                            start: tuple[float, float] | None = None) -> Surface:
    """A :class:`Surface` for a typed formula, with the analytic gradient from symbolic differentiation.

    The formula is evaluated on a 41 x 41 grid over ``view``: if it is not finite at any of those
    points (``1/0``, ``log(-1 - x0**2)``) an ExpressionError says why. ``default_start`` is ``start``
    if given, else the first of (-3, 4), (3, 4), ... where the value and gradient are finite.
    The surface's ``minima`` are unknown, so empty.
    """
    expr = parse_expression(text)
    (a, b), (c, d) = view
    X0, X1 = np.meshgrid(np.linspace(a, b, 41), np.linspace(c, d, 41))
    problems: list[str] = []
    with np.errstate(all="call", call=lambda kind, flag: problems.append(kind)):
        Z = expr._f(np.stack([X0, X1]))
    Z = np.broadcast_to(np.asarray(Z, dtype=np.float64), X0.shape)
    if not np.any(np.isfinite(Z)):
        why = list(dict.fromkeys(_ERROR_WORDS[p] for p in problems if p in _ERROR_WORDS)) or ["why_none"]
        if expr.uses_variables:
            raise ExpressionError.of("not_finite_view", text=expr.text, a=f"{a:g}", b=f"{b:g}", c=f"{c:g}",
                                     d=f"{d:g}", why_keys=why)
        raise ExpressionError.of("not_finite", text=expr.text, why_keys=why)
    if start is None:
        start = next((p for p in _START_CANDIDATES if _finite_at(expr, p)), None)
        if start is None:
            i, j = np.argwhere(np.isfinite(Z))[0]
            start = (float(X0[i, j]), float(X1[i, j]))
    x0, x1 = start
    return Surface(name or expr.text, expr.text, expr.f, expr.grad, default_start=(float(x0), float(x1)),
                   view=view, minima=(), description="typed by you")


def _finite_at(expr: Expression, p: tuple[float, float]) -> bool:
    x = np.array(p)
    return math.isfinite(expr.f(x)) and bool(np.all(np.isfinite(expr.grad(x))))
