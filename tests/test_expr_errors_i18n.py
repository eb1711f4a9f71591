"""The parser's errors carry a message key and parameters (core, no Qt, English str()), and the app words them
in the interface language (context "ExprErrors"), e.g. in the descent panel's custom-surface field."""
from __future__ import annotations

import pytest

from dlfs_studio.core.expr import MESSAGES, ExpressionError, render_message, surface_from_expression

BAD = ["", "x0 +", "(x0", "x0)", "()", "sin x0", "*x0", "x0 // 2", "1e400 * x0", "lambda", "X0", "x0 [1]",
       "x0{", "f(1,2)", "x=1", "2×x", "x÷2", "x−1", "x²", "'x'", "x;y", "x0 . 2", "x0 @ 2", "foo(x0)", "x0 x1",
       "(x0 + 1) (x1)", "sin()", "(" * 60 + "x" + ")" * 60, "x" * 600, "1/0", "log(-1 - x0**2)",
       "sqrt(-1-x0**2)", "-", 42]


def _error(text) -> ExpressionError:
    with pytest.raises(ExpressionError) as info:
        surface_from_expression(text)
    return info.value


@pytest.mark.parametrize("text", BAD)
def test_every_parser_error_has_a_key_whose_english_is_its_message(text) -> None:
    e = _error(text)
    assert e.key in MESSAGES
    assert render_message(e.key, e.params) == e.message
    assert str(e).startswith(e.message)


def test_keys_nest_and_join() -> None:
    e = _error("log(-1 - x0**2)")
    assert e.key == "not_finite_view" and e.params["why_keys"] == ["why_invalid"]
    assert render_message("not_finite", {"text": "t", "why_keys": ["why_divide", "why_invalid"]}) == (
        "'t' is not a finite number: a division by zero and an undefined operation such as the sqrt or log of a "
        "negative number")
    assert _error("x0 [1]").params["hint_key"] == "hint_square"


def test_core_stays_english_and_qt_free() -> None:
    import subprocess
    import sys

    code = ("import sys; from dlfs_studio.core.expr import parse\n"
            "try:\n    parse('x0 +')\nexcept ValueError as e:\n    print(e)\n"
            "assert not any(m.startswith(('PySide6', 'pyqtgraph')) for m in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "the expression ends after '+': a number, variable or '(' is missing there (at character 5)"


def test_the_app_table_is_cores_english() -> None:
    from dlfs_studio.app.expr_errors import TABLE

    assert {k: str(v) for k, v in TABLE.items()} == MESSAGES


@pytest.mark.parametrize(("lang", "want"), [
    ("ja", "式が '+' で終わっています"), ("ko", "식이 '+'에서 끝납니다"), ("zh_CN", "算式在 '+' 之后结束")])
def test_descent_field_shows_the_error_in_the_interface_language(qtbot, lang, want) -> None:
    pytest.importorskip("pytestqt")
    from PySide6.QtCore import QCoreApplication

    from dlfs_studio.app import language
    from dlfs_studio.app.panels.descent_panel import DescentPanel

    language.apply_language(lang)
    try:
        panel = DescentPanel()
        qtbot.addWidget(panel)
        picker = panel.descent.picker
        assert not picker.apply_expression("x0 +")
        assert want in picker.error.text()
        assert "x0**2" not in picker.error.text() or lang == "en"
        assert not picker.apply_expression("log(-1 - x0**2)")
        assert "the sqrt or log" not in picker.error.text()
        panel.shutdown()
    finally:
        language.apply_language("en")
    assert QCoreApplication.translate("ExprErrors", "the expression is empty") == "the expression is empty"
