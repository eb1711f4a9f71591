"""The messages of :class:`ExpressionError`, the typed-formula parser's errors, by key.

core has no Qt, so an error carries a message ``key`` and ``params`` besides its English text; the app words
them in the interface language (``app/expr_errors.py``) through :func:`render_message`.
"""
from __future__ import annotations

from collections.abc import Callable

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
