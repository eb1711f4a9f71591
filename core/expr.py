"""A safe parser for surfaces typed by the learner, such as ``x0**2 + 3*sin(x1)``.

The text is never given to ``eval``/``exec``/``compile`` or Python's ``ast``: a hand-written
tokenizer and recursive-descent parser build a small tree of the classes below, which is
then turned into a vectorised NumPy function and differentiated *symbolically*, so a typed
surface has both the book's numerical gradient and an exact analytic one.

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

import difflib
import math
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import ArrayLike, NDArray

from .surfaces import Surface

#: Longest accepted expression, in characters.
MAX_LENGTH = 500
#: Deepest accepted nesting of parentheses, functions, signs and powers.
MAX_DEPTH = 50
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


#: Every message of :class:`ExpressionError`, by key: an English template whose ``{fields}`` are the error's
#: ``params``. A param named ``<field>_key`` holds the key of a message put in ``{field}``; ``<field>_keys``
#: a list of keys joined with "list_and". core has no Qt: the app translates these templates (the same English
#: text, context "ExprErrors", in ``app/expr_errors.py``) and renders them with :func:`render_message`.
MESSAGES: dict[str, str] = {
    "number_too_large": "the number {literal} is too large",
    "bad_char": "unexpected character '{char}': {hint}",
    "hint_square": "square brackets are not allowed; use round parentheses ( )",
    "hint_curly": "curly brackets are not allowed; use round parentheses ( )",
    "hint_comma": "a comma is not allowed: the functions here take a single argument, and decimals use a point (0.5)",
    "hint_equals": "type only the formula, without '=' (for example x0**2 + x1**2)",
    "hint_times": "use * for multiplication",
    "hint_divide": "use / for division",
    "hint_minus": "use the ASCII minus sign -",
    "hint_power": "write powers as x0**2 or x0^2",
    "hint_quotes": "quotes are not allowed: type a formula, not text",
    "hint_semicolon": "only one formula is allowed, without ';'",
    "hint_point": "a point must be part of a number such as 0.5",
    "hint_other": "only numbers, x0, x1 (or x, y), pi, e, + - * / ** ^, parentheses and functions such as sin(...) "
                  "are allowed",
    "unknown_name_close": "unknown name '{name}'; did you mean '{close}'?",
    "unknown_name": "unknown name '{name}'; use x0 and x1 (or x and y), pi, e and functions such as {functions}",
    "too_deep": "the expression is nested too deeply (more than {limit} levels of parentheses, functions, signs or "
                "powers)",
    "empty_example": "the expression is empty: type a formula such as x0**2 + x1**2",
    "empty": "the expression is empty",
    "unmatched_close": "this ')' has no matching '('",
    "missing_operator_product": "missing operator between '{left}' and '{right}' (for a product write "
                                "{left}*{right})",
    "missing_operator": "missing operator between '{left}' and '{right}'",
    "function_needs_parentheses": "the function {name} needs its argument in parentheses, e.g. {name}(x0)",
    "ends_after": "the expression ends after '{prev}': a number, variable or '(' is missing there",
    "empty_parentheses": "empty parentheses: put a formula inside ( )",
    "missing_before_close": "a number, variable or '(' is missing before this ')'",
    "cannot_start": "the expression cannot start with '{token}'",
    "missing_between": "a number, variable or '(' is missing between '{left}' and '{right}'",
    "never_closed": "the '(' at character {column} is never closed: a ')' is missing",
    "not_text": "the expression must be text, got {type}",
    "too_long": "the expression is too long ({length} characters; at most {limit})",
    "too_complex": "the expression is too complex to differentiate; please simplify it",
    "not_finite_view": "'{text}' is not a finite number anywhere in the view [{a}, {b}] x [{c}, {d}]: {why}",
    "not_finite": "'{text}' is not a finite number: {why}",
    "why_divide": "a division by zero",
    "why_overflow": "numbers too large for float64",
    "why_underflow": "numbers too small for float64",
    "why_invalid": "an undefined operation such as the sqrt or log of a negative number",
    "why_none": "no finite value",
    "list_and": "{first} and {second}",
}


def render_message(key: str, params: dict[str, object] | None = None,
                   template: Callable[[str], str] = MESSAGES.__getitem__) -> str:
    """The text of message ``key`` with ``params`` (see :data:`MESSAGES`); ``template(key)`` gives the
    template (the app passes one that translates)."""
    values: dict[str, object] = {}
    for name, value in (params or {}).items():
        if name.endswith("_keys"):
            keys = value if isinstance(value, (list, tuple)) else [value]
            parts = [render_message(str(k), None, template) for k in keys]
            joined = parts[0] if parts else ""
            for part in parts[1:]:
                joined = template("list_and").format(first=joined, second=part)
            values[name[:-5]] = joined
        elif name.endswith("_key"):
            values[name[:-4]] = render_message(str(value), None, template)
        else:
            values[name] = value
    return template(key).format(**values)


class ExpressionError(ValueError):
    """A mistake in a typed expression. ``position`` is the 0-based character index (or None).

    ``key`` and ``params`` name the message (see :data:`MESSAGES`) so that a translated interface can word it;
    ``message`` and ``str()`` are the English text.
    """

    def __init__(self, message: str, position: int | None = None, *, key: str | None = None,
                 params: dict[str, object] | None = None) -> None:
        self.message = message
        self.position = position
        self.key = key
        self.params = dict(params or {})
        super().__init__(message if position is None else f"{message} (at character {position + 1})")

    @classmethod
    def of(cls, key: str, position: int | None = None, **params: object) -> ExpressionError:
        """The error for message ``key`` with ``params``, its English text rendered from :data:`MESSAGES`."""
        return cls(render_message(key, params), position, key=key, params=params)


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


def _uses_variables(node: Node) -> bool:
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, Var):
            return True
        stack.extend(_children(n))
    return False


# ----------------------------------------------------------------------------- tokenizer
@dataclass(frozen=True)
class _Token:
    kind: str        # "num", "name", "op", "(", ")", "end", or "bad" (a mistake found while reading)
    text: str
    pos: int
    value: float = 0.0
    error: ExpressionError | None = None  # for a "bad" token: what to raise when the parser reaches it


_DIGITS = "0123456789"
_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_"
_HINTS = {  # character -> message key of the hint
    "[": "hint_square", "]": "hint_square", "{": "hint_curly", "}": "hint_curly", ",": "hint_comma",
    "=": "hint_equals", "×": "hint_times", "·": "hint_times", "÷": "hint_divide", "−": "hint_minus",
    "²": "hint_power", "'": "hint_quotes", '"': "hint_quotes", ";": "hint_semicolon", ".": "hint_point",
}


def _tokenize(text: str) -> list[_Token]:
    """The tokens of ``text``. A character or number that cannot be read becomes a final "bad"
    token (its message in ``text``), so the parser reports mistakes in reading order."""
    tokens: list[_Token] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in " \t\r\n":
            i += 1
        elif c in _DIGITS or (c == "." and i + 1 < n and text[i + 1] in _DIGITS):
            j = i
            while j < n and text[j] in _DIGITS:
                j += 1
            if j < n and text[j] == ".":
                j += 1
                while j < n and text[j] in _DIGITS:
                    j += 1
            if j < n and text[j] in "eE":
                k = j + 1
                if k < n and text[k] in "+-":
                    k += 1
                if k < n and text[k] in _DIGITS:
                    while k < n and text[k] in _DIGITS:
                        k += 1
                    j = k
            literal = text[i:j]
            value = float(literal)
            if not math.isfinite(value):
                tokens.append(_Token("bad", literal, i, error=ExpressionError.of("number_too_large", i,
                                                                                  literal=literal)))
                break
            tokens.append(_Token("num", literal, i, value))
            i = j
        elif c in _LETTERS:
            j = i
            while j < n and (text[j] in _LETTERS or text[j] in _DIGITS):
                j += 1
            tokens.append(_Token("name", text[i:j], i))
            i = j
        elif text.startswith("**", i):
            tokens.append(_Token("op", "**", i))
            i += 2
        elif c in "+-*/^":
            tokens.append(_Token("op", c, i))
            i += 1
        elif c in "()":
            tokens.append(_Token(c, c, i))
            i += 1
        else:
            shown = c if c.isprintable() else repr(c)
            error = ExpressionError.of("bad_char", i, char=shown, hint_key=_HINTS.get(c, "hint_other"))
            tokens.append(_Token("bad", shown, i, error=error))
            break
    tokens.append(_Token("end", "", n))
    return tokens


# ----------------------------------------------------------------------------- parser
def _known_names() -> list[str]:
    return list(VARIABLES) + list(CONSTANTS) + list(FUNCTIONS)


def _unknown_name(tok: _Token) -> ExpressionError:
    close = difflib.get_close_matches(tok.text.lower(), _known_names(), n=1)
    if close:
        return ExpressionError.of("unknown_name_close", tok.pos, name=tok.text, close=close[0])
    return ExpressionError.of("unknown_name", tok.pos, name=tok.text,
                              functions=", ".join(sorted(set(FUNCTIONS) - {"ln", "atan"})))


class _Parser:
    """Recursive descent: expr := term (+|- term)*; term := unary (*|/ unary)*;
    unary := (+|-) unary | power; power := atom ((**|^) unary)?; atom := number | name | name(expr) | (expr)."""

    def __init__(self, tokens: list[_Token], free_names: list[str] | None = None) -> None:
        self.toks = tokens
        self.i = 0
        self.depth = 0
        # with a list, every name that is not a constant or function is a variable, numbered in
        # order of first appearance (see parse_with_names)
        self.free_names = free_names

    def peek(self) -> _Token:
        tok = self.toks[self.i]
        if tok.kind == "bad":
            raise tok.error if tok.error is not None else ExpressionError(tok.text, tok.pos)
        return tok

    def advance(self) -> _Token:
        tok = self.peek()
        if tok.kind != "end":
            self.i += 1
        return tok

    def enter(self, pos: int) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ExpressionError.of("too_deep", pos, limit=MAX_DEPTH)

    def leave(self) -> None:
        self.depth -= 1

    def parse(self) -> Node:
        if self.peek().kind == "end":
            raise ExpressionError.of("empty_example", 0)
        node = self.expr()
        tok = self.peek()
        if tok.kind == ")":
            raise ExpressionError.of("unmatched_close", tok.pos)
        if tok.kind != "end":
            prev = self.toks[self.i - 1]
            raise ExpressionError.of("missing_operator_product", tok.pos, left=prev.text, right=tok.text)
        return node

    def expr(self) -> Node:
        terms = [(1, self.term())]
        while self.peek().kind == "op" and self.peek().text in "+-":
            sign = 1 if self.advance().text == "+" else -1
            terms.append((sign, self.term()))
        return terms[0][1] if len(terms) == 1 else Sum(tuple(terms))

    def term(self) -> Node:
        factors = [(False, self.unary())]
        while self.peek().kind == "op" and self.peek().text in ("*", "/"):
            div = self.advance().text == "/"
            factors.append((div, self.unary()))
        return factors[0][1] if len(factors) == 1 else Prod(tuple(factors))

    def unary(self) -> Node:
        tok = self.peek()
        if tok.kind == "op" and tok.text in "+-":
            self.advance()
            self.enter(tok.pos)
            operand = self.unary()
            self.leave()
            return Neg(operand) if tok.text == "-" else operand
        return self.power()

    def power(self) -> Node:
        base = self.atom()
        tok = self.peek()
        if tok.kind == "op" and tok.text in ("**", "^"):
            self.advance()
            self.enter(tok.pos)
            exponent = self.unary()
            self.leave()
            return Pow(base, exponent)
        return base

    def atom(self) -> Node:
        idx = self.i
        tok = self.advance()
        if tok.kind == "num":
            return Num(tok.value)
        if tok.kind == "name":
            if (self.free_names is not None and tok.text not in CONSTANTS and tok.text not in FUNCTIONS):
                if tok.text not in self.free_names:
                    self.free_names.append(tok.text)
                return Var(self.free_names.index(tok.text))
            if tok.text in VARIABLES:
                return Var(VARIABLES[tok.text])
            if tok.text in CONSTANTS:
                return Num(CONSTANTS[tok.text], tok.text)
            if tok.text in FUNCTIONS:
                if self.peek().kind != "(":
                    raise ExpressionError.of("function_needs_parentheses", self.peek().pos, name=tok.text)
                return Call(tok.text, self.group())
            raise _unknown_name(tok)
        if tok.kind == "(":
            self.i = idx
            return self.group()
        prev = self.toks[idx - 1].text if idx > 0 else None
        if tok.kind == "end":
            if prev is None:
                raise ExpressionError.of("empty", tok.pos)
            raise ExpressionError.of("ends_after", tok.pos, prev=prev)
        if tok.kind == ")":
            if prev == "(":
                raise ExpressionError.of("empty_parentheses", tok.pos)
            raise ExpressionError.of("missing_before_close", tok.pos)
        if prev is None:
            raise ExpressionError.of("cannot_start", tok.pos, token=tok.text)
        raise ExpressionError.of("missing_between", tok.pos, left=prev, right=tok.text)

    def group(self) -> Node:
        """'(' expr ')', with the '(' as the next token."""
        open_tok = self.advance()
        self.enter(open_tok.pos)
        if self.peek().kind == ")":
            raise ExpressionError.of("empty_parentheses", self.peek().pos)
        node = self.expr()
        close = self.peek()
        if close.kind != ")":
            if close.kind == "end":
                raise ExpressionError.of("never_closed", open_tok.pos, column=open_tok.pos + 1)
            prev = self.toks[self.i - 1].text
            raise ExpressionError.of("missing_operator", close.pos, left=prev, right=close.text)
        self.advance()
        self.leave()
        return node


def parse(text: str, free_names: list[str] | None = None) -> Node:
    """Parse ``text`` into a tree; raises ExpressionError for anything not allowed.
    ``free_names``: see :func:`parse_with_names` (the list is filled in)."""
    if not isinstance(text, str):
        raise ExpressionError.of("not_text", type=type(text).__name__)
    if len(text) > MAX_LENGTH:
        raise ExpressionError.of("too_long", MAX_LENGTH, length=len(text), limit=MAX_LENGTH)
    return _Parser(_tokenize(text), free_names).parse()


def parse_with_names(text: str) -> tuple[Node, tuple[str, ...]]:
    """Parse ``text`` whose variables are any names the learner chooses (``apple * apple_num``).

    Every name that is not a constant (pi, e) or a function becomes a variable; returns the tree and
    the names, ``Var(i)`` standing for ``names[i]`` (in order of first appearance). Same limits and
    ExpressionError as :func:`parse`.
    """
    names: list[str] = []
    return parse(text, names), tuple(names)


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
        return _uses_variables(self.tree)


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
