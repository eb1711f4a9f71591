"""The tokenizer and recursive-descent parser of typed formulas: text in, an :mod:`expr_tree` tree out, or
an :class:`ExpressionError` with the character position. Never ``eval``, ``exec``, ``compile`` or ``ast``."""
from __future__ import annotations

import difflib
import math
from dataclasses import dataclass

from .expr_messages import ExpressionError
from .expr_tree import CONSTANTS, FUNCTIONS, VARIABLES, Call, Neg, Node, Num, Pow, Prod, Sum, Var

#: Longest accepted expression, in characters.
MAX_LENGTH = 500
#: Deepest accepted nesting of parentheses, functions, signs and powers.
MAX_DEPTH = 50


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
