"""The formula language's names and the tree the parser builds (frozen dataclasses), with its size and
its text (:func:`to_text`, which the parser reads back)."""
from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

#: Limits on the trees built from the text and its derivatives (checked without recursion).
MAX_TREE_DEPTH = 200
MAX_TREE_NODES = 20_000

VARIABLES = {"x0": 0, "x1": 1, "x": 0, "y": 1}
CONSTANTS = {"pi": math.pi, "e": math.e}


def _sigmoid(u):
    return 0.5 * (1.0 + np.tanh(0.5 * u))  # the logistic function, without overflow for large |u|


#: The functions a learner may use, by name (all take one argument and work on arrays).
FUNCTIONS: dict[str, Callable] = {
    "sin": np.sin, "cos": np.cos, "tan": np.tan, "exp": np.exp,
    "log": np.log, "ln": np.log, "log10": np.log10, "sqrt": np.sqrt, "abs": np.abs,
    "tanh": np.tanh, "sinh": np.sinh, "cosh": np.cosh, "arctan": np.arctan, "atan": np.arctan,
    "sigmoid": _sigmoid, "relu": lambda u: np.maximum(u, 0.0),
    "sign": np.sign, "step": lambda u: np.where(u > 0, 1.0, 0.0),
}


# ----------------------------------------------------------------------------- tree
@dataclass(frozen=True)
class Num:
    value: float
    label: str | None = None          # "pi" / "e" for display


@dataclass(frozen=True)
class Var:
    index: int                        # 0 for x0, 1 for x1


@dataclass(frozen=True)
class Neg:
    arg: Node


@dataclass(frozen=True)
class Sum:
    terms: tuple[tuple[int, Node], ...]       # (+1 or -1, term), evaluated left to right


@dataclass(frozen=True)
class Prod:
    factors: tuple[tuple[bool, Node], ...]    # (divide?, factor); the first one never divides


@dataclass(frozen=True)
class Pow:
    base: Node
    exp: Node


@dataclass(frozen=True)
class Call:
    func: str
    arg: Node


Node = Num | Var | Neg | Sum | Prod | Pow | Call


def _children(node: Node) -> tuple[Node, ...]:
    if isinstance(node, (Num, Var)):
        return ()
    if isinstance(node, (Neg, Call)):
        return (node.arg,)
    if isinstance(node, Sum):
        return tuple(t for _, t in node.terms)
    if isinstance(node, Prod):
        return tuple(f for _, f in node.factors)
    return (node.base, node.exp)


def tree_size(node: Node) -> tuple[int, int]:
    """(depth, number of nodes) of a tree, computed with an explicit stack (no recursion)."""
    depth = count = 0
    stack = [(node, 1)]
    while stack:
        n, d = stack.pop()
        count += 1
        depth = max(depth, d)
        if count > MAX_TREE_NODES:
            break
        stack.extend((c, d + 1) for c in _children(n))
    return depth, count


def uses_variables(node: Node) -> bool:
    """Whether the tree holds a variable (x0, x1 or a free name)."""
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, Var):
            return True
        stack.extend(_children(n))
    return False


# ----------------------------------------------------------------------------- printing
_PREC = {Sum: 1, Prod: 2, Neg: 3, Pow: 4}


def _prec(node: Node) -> int:
    if isinstance(node, Num):
        return 3 if node.value < 0 or str(node.value).startswith("-") else 5
    return _PREC.get(type(node), 5)


def to_text(node: Node) -> str:
    """The tree as a formula this parser reads back (e.g. for showing derivatives)."""
    def wrap(n: Node, min_prec: int) -> str:
        s = to_text(n)
        return f"({s})" if _prec(n) < min_prec else s

    if isinstance(node, Num):
        if node.label:
            return node.label
        v = node.value
        return str(int(v)) if v.is_integer() and abs(v) < 1e15 else repr(v)
    if isinstance(node, Var):
        return f"x{node.index}"
    if isinstance(node, Neg):
        return "-" + wrap(node.arg, 3)
    if isinstance(node, Sum):
        out = wrap(node.terms[0][1], 1)
        for s, t in node.terms[1:]:
            out += (" + " + wrap(t, 2)) if s > 0 else (" - " + wrap(t, 2))
        return out
    if isinstance(node, Prod):
        out = wrap(node.factors[0][1], 2)
        for d, f in node.factors[1:]:
            out += (" / " + wrap(f, 3)) if d else ("*" + wrap(f, 2))
        return out
    if isinstance(node, Pow):
        return wrap(node.base, 5) + "**" + wrap(node.exp, 3)
    if isinstance(node, Call):
        return f"{node.func}({to_text(node.arg)})"
    raise TypeError(f"not an expression node: {node!r}")
