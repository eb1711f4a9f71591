"""The parser's error messages in the learner's language.

``core.expr`` (no Qt) raises :class:`~dlfs_studio.core.expr.ExpressionError` with a message ``key`` and ``params``
and an English text (the CLI prints that). The app words the same message from this table: each entry is
core's English template (``core.expr.MESSAGES``; a test keeps the two equal), translated in context
"ExprErrors". A translation keeps every ``{field}`` of its template.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from dlfs_studio.core.expr import MESSAGES, render_message

#: message key -> English template, marked for translation (context "ExprErrors").
TABLE: dict[str, object] = {
    "number_too_large": QT_TRANSLATE_NOOP("ExprErrors", "the number {literal} is too large"),
    "bad_char": QT_TRANSLATE_NOOP("ExprErrors", "unexpected character '{char}': {hint}"),
    "hint_square": QT_TRANSLATE_NOOP("ExprErrors", "square brackets are not allowed; use round parentheses ( )"),
    "hint_curly": QT_TRANSLATE_NOOP("ExprErrors", "curly brackets are not allowed; use round parentheses ( )"),
    "hint_comma": QT_TRANSLATE_NOOP("ExprErrors", "a comma is not allowed: the functions here take a single argument, "
                                                  "and decimals use a point (0.5)"),
    "hint_equals": QT_TRANSLATE_NOOP("ExprErrors", "type only the formula, without '=' (for example x0**2 + x1**2)"),
    "hint_times": QT_TRANSLATE_NOOP("ExprErrors", "use * for multiplication"),
    "hint_divide": QT_TRANSLATE_NOOP("ExprErrors", "use / for division"),
    "hint_minus": QT_TRANSLATE_NOOP("ExprErrors", "use the ASCII minus sign -"),
    "hint_power": QT_TRANSLATE_NOOP("ExprErrors", "write powers as x0**2 or x0^2"),
    "hint_quotes": QT_TRANSLATE_NOOP("ExprErrors", "quotes are not allowed: type a formula, not text"),
    "hint_semicolon": QT_TRANSLATE_NOOP("ExprErrors", "only one formula is allowed, without ';'"),
    "hint_point": QT_TRANSLATE_NOOP("ExprErrors", "a point must be part of a number such as 0.5"),
    "hint_other": QT_TRANSLATE_NOOP("ExprErrors", "only numbers, x0, x1 (or x, y), pi, e, + - * / ** ^, parentheses "
                                                  "and functions such as sin(...) are allowed"),
    "unknown_name_close": QT_TRANSLATE_NOOP("ExprErrors", "unknown name '{name}'; did you mean '{close}'?"),
    "unknown_name": QT_TRANSLATE_NOOP("ExprErrors", "unknown name '{name}'; use x0 and x1 (or x and y), pi, e and "
                                                    "functions such as {functions}"),
    "too_deep": QT_TRANSLATE_NOOP("ExprErrors", "the expression is nested too deeply (more than {limit} levels of "
                                                "parentheses, functions, signs or powers)"),
    "empty_example": QT_TRANSLATE_NOOP("ExprErrors", "the expression is empty: type a formula such as x0**2 + x1**2"),
    "empty": QT_TRANSLATE_NOOP("ExprErrors", "the expression is empty"),
    "unmatched_close": QT_TRANSLATE_NOOP("ExprErrors", "this ')' has no matching '('"),
    "missing_operator_product": QT_TRANSLATE_NOOP("ExprErrors", "missing operator between '{left}' and '{right}' (for "
                                                                "a product write {left}*{right})"),
    "missing_operator": QT_TRANSLATE_NOOP("ExprErrors", "missing operator between '{left}' and '{right}'"),
    "function_needs_parentheses": QT_TRANSLATE_NOOP("ExprErrors", "the function {name} needs its argument in "
                                                                  "parentheses, e.g. {name}(x0)"),
    "ends_after": QT_TRANSLATE_NOOP("ExprErrors", "the expression ends after '{prev}': a number, variable or '(' is "
                                                  "missing there"),
    "empty_parentheses": QT_TRANSLATE_NOOP("ExprErrors", "empty parentheses: put a formula inside ( )"),
    "missing_before_close": QT_TRANSLATE_NOOP("ExprErrors", "a number, variable or '(' is missing before this ')'"),
    "cannot_start": QT_TRANSLATE_NOOP("ExprErrors", "the expression cannot start with '{token}'"),
    "missing_between": QT_TRANSLATE_NOOP("ExprErrors", "a number, variable or '(' is missing between '{left}' and "
                                                       "'{right}'"),
    "never_closed": QT_TRANSLATE_NOOP("ExprErrors", "the '(' at character {column} is never closed: a ')' is missing"),
    "not_text": QT_TRANSLATE_NOOP("ExprErrors", "the expression must be text, got {type}"),
    "too_long": QT_TRANSLATE_NOOP("ExprErrors", "the expression is too long ({length} characters; at most {limit})"),
    "too_complex": QT_TRANSLATE_NOOP("ExprErrors", "the expression is too complex to differentiate; please simplify "
                                                   "it"),
    "not_finite_view": QT_TRANSLATE_NOOP("ExprErrors", "'{text}' is not a finite number anywhere in the view [{a}, "
                                                       "{b}] x [{c}, {d}]: {why}"),
    "not_finite": QT_TRANSLATE_NOOP("ExprErrors", "'{text}' is not a finite number: {why}"),
    "why_divide": QT_TRANSLATE_NOOP("ExprErrors", "a division by zero"),
    "why_overflow": QT_TRANSLATE_NOOP("ExprErrors", "numbers too large for float64"),
    "why_underflow": QT_TRANSLATE_NOOP("ExprErrors", "numbers too small for float64"),
    "why_invalid": QT_TRANSLATE_NOOP("ExprErrors", "an undefined operation such as the sqrt or log of a negative "
                                                   "number"),
    "why_none": QT_TRANSLATE_NOOP("ExprErrors", "no finite value"),
    "list_and": QT_TRANSLATE_NOOP("ExprErrors", "{first} and {second}"),
}


def _template(key: str) -> str:
    english = str(TABLE[key]) if key in TABLE else MESSAGES[key]
    return QCoreApplication.translate("ExprErrors", english)


def expression_error_text(exc: BaseException) -> str:
    """The message of a parser error in the current interface language (without the position: the caller says
    where). An error without a known key gives its own text."""
    key = getattr(exc, "key", None)
    params = getattr(exc, "params", None) or {}
    if isinstance(key, str) and key in MESSAGES:
        try:
            return render_message(key, params, _template)
        except (KeyError, IndexError, ValueError):  # a translation that lost a {field}: fall back to English
            return render_message(key, params)
    return str(getattr(exc, "message", exc))
