"""The safe expression parser: values, precedence, symbolic gradients, and refusing everything else."""
from __future__ import annotations

import math
import warnings

import numpy as np
import pytest

from dlfs_studio.core.descent import descend
from dlfs_studio.core.expr import (
    FUNCTIONS,
    MAX_DEPTH,
    MAX_LENGTH,
    ExpressionError,
    parse,
    parse_expression,
    surface_from_expression,
    to_text,
)
from dlfs_studio.core.gradient import numerical_gradient
from dlfs_studio.core.optimizers import SGD

PT = np.array([0.7, -1.3])


def value(text, x=PT):
    return parse_expression(text).f(np.asarray(x, dtype=float))


def test_example_values_and_gradient():
    s = surface_from_expression("x0**2 + 3*sin(x1)")
    for p in [(0.7, -1.3), (-3.0, 4.0), (2.5, 0.1), (0.0, 0.0)]:
        x = np.array(p)
        assert s.f(x) == pytest.approx(p[0]**2 + 3 * math.sin(p[1]), rel=1e-15, abs=1e-15)
        np.testing.assert_allclose(s.grad(x), [2 * p[0], 3 * math.cos(p[1])], rtol=1e-15, atol=1e-15)
        np.testing.assert_allclose(s.grad(x), numerical_gradient(s.f, x.copy()), rtol=1e-7, atol=1e-7)
    assert s.formula == "x0**2 + 3*sin(x1)"
    assert s.view == ((-5.0, 5.0), (-5.0, 5.0)) and s.default_start == (-3.0, 4.0) and s.minima == ()


@pytest.mark.parametrize("text,want", [
    ("-x**2", -(0.7**2)), ("-x0^2", -(0.7**2)), ("2**3**2", 512.0), ("2^3^2", 512.0), ("2^3", 8.0),
    ("(2**3)**2", 64.0), ("2**-1", 0.5), ("-2**2", -4.0), ("(-2)**2", 4.0), ("1 - 2 - 3", -4.0),
    ("8 / 4 / 2", 1.0), ("2 * 3 + 4 * 5", 26.0), ("2 + 3 * 4 ** 2", 50.0), ("+x - -y", 0.7 - 1.3),
    ("--x", 0.7), ("x * y", 0.7 * -1.3), ("x0 * x1", 0.7 * -1.3), ("pi", math.pi), ("e", math.e),
    ("2e3", 2000.0), ("1.5E-2", 0.015), (".5", 0.5), ("5.", 5.0), ("3e+1", 30.0),
    ("e**2", math.e**2), ("2*e", 2 * math.e), ("log(e)", 1.0), ("log10(100)", 2.0), ("ln(e**3)", 3.0),
    ("sqrt(16)", 4.0), ("abs(y)", 1.3), ("sigmoid(0)", 0.5), ("relu(y)", 0.0), ("relu(x)", 0.7),
    ("atan(1)", math.pi / 4), ("arctan(1)*4", math.pi), ("tanh(0)+cosh(0)+sinh(0)", 1.0),
    ("exp(x)*cos(y)/tan(x)", math.exp(0.7) * math.cos(-1.3) / math.tan(0.7)),
])
def test_precedence_and_values(text, want):
    assert value(text) == pytest.approx(want, rel=1e-14, abs=1e-15)


def test_aliases():
    for a, b in [("x", "x0"), ("y", "x1"), ("x**2 + y", "x0**2 + x1")]:
        for p in [(1.0, 2.0), (-0.5, 3.0)]:
            assert value(a, p) == value(b, p)
    assert value("x*y", (2.0, 5.0)) == 10.0


GRADIENT_CASES = [
    "x0**2 + 3*sin(x1)", "x*y/(1 + x**2)", "x0**x1", "2**x * 3**y", "e**(x*y)", "exp(-(x**2 + y**2))",
    "(x**2 + y - 11)**2 + (x + y**2 - 7)**2", "sqrt(x**2 + y**2 + 1)", "log(1 + x**2) - log10(2 + y**2)",
    "tan(x/3) + tanh(y) * sinh(x) / cosh(y)", "atan(x*y) + arctan(y)", "sigmoid(x - y) * x",
    "abs(x) + abs(y)", "relu(x) * y", "-x**2 + -(y)**3", "1/x + 1/(y*y)", "x/y/x", "x**-2 + (y**2)**0.5",
    "(x + y)**(x - y)", "pi*x + e*y", "x^2^0.5", "2 * 3 * x * y * 4", "x - y - (x - 2*y)",
]


@pytest.mark.parametrize("text", GRADIENT_CASES)
def test_symbolic_gradient_matches_numerical(text):
    ex = parse_expression(text)
    for p in [(0.7, 1.3), (1.9, 0.6), (1.2, 2.1), (2.5, 1.7)]:
        x = np.array(p)
        num = numerical_gradient(ex.f, x.copy(), h=1e-6)
        ana = ex.grad(x)
        assert ana.shape == (2,)
        np.testing.assert_allclose(ana, num, rtol=1e-6, atol=1e-6, err_msg=f"{text} at {p}")


@pytest.mark.parametrize("text", GRADIENT_CASES)
def test_printed_formula_and_derivatives_read_back(text):
    ex = parse_expression(text)
    again = parse_expression(to_text(ex.tree))
    d0, d1 = (parse_expression(t) for t in ex.partial_texts)
    for p in [(0.7, 1.3), (1.9, 0.6)]:
        x = np.array(p)
        assert again.f(x) == pytest.approx(ex.f(x), rel=1e-13)
        np.testing.assert_allclose([d0.f(x), d1.f(x)], ex.grad(x), rtol=1e-12, atol=1e-14)


def test_known_derivative_texts():
    assert parse_expression("x0**2 + 3*sin(x1)").partial_texts == ("2*x0", "3*cos(x1)")
    assert parse_expression("x*y").partial_texts == ("x1", "x0")
    assert parse_expression("7").partial_texts == ("0", "0")


def test_vectorised_on_grids():
    ex = parse_expression("x0**2 + 3*sin(x1)")
    X0, X1 = np.meshgrid(np.linspace(-2, 2, 5), np.linspace(-1, 1, 3))
    Z = ex.f(np.stack([X0, X1]))
    np.testing.assert_allclose(Z, X0**2 + 3 * np.sin(X1), rtol=1e-15)
    G = ex.grad(np.stack([X0, X1]))
    assert G.shape == (2, 3, 5)
    np.testing.assert_allclose(G[1], 3 * np.cos(X1), rtol=1e-15)
    const = surface_from_expression("3")
    assert const.value_grid(X0, X1).shape == X0.shape and np.all(const.value_grid(X0, X1) == 3.0)
    assert const.grad(np.stack([X0, X1])).shape == (2, 3, 5)
    only_y = parse_expression("y")
    Zy = only_y.f(np.stack([X0, X1]))
    assert Zy.shape == X0.shape and not np.shares_memory(Zy, X1)


@pytest.mark.parametrize("text,fragment,position", [
    ("__import__('os')", "unknown name '__import__'", 0),
    ("foo", "unknown name 'foo'", 0),
    ("x0 + sinn(x1)", "did you mean 'sin'", 5),
    ("x0**", "ends after '**'", 4),
    ("1 +", "ends after '+'", 3),
    ("().__class__", "empty parentheses", 1),
    ("x0.real", "unexpected character '.'", 2),
    ("x0'", "unexpected character '''", 2),
    ("x0; x1", "unexpected character ';'", 2),
    ("x[0]", "unexpected character '['", 1),
    ("x0, x1", "unexpected character ','", 2),
    ("f = x0", "unknown name 'f'", 0),
    ("x0 = 1", "unexpected character '='", 3),
    ("x0 % 2", "unexpected character '%'", 3),
    ("(x0 + 1", "never closed", 0),
    ("x0 + 1)", "no matching '('", 6),
    ("sin(x0", "never closed", 3),
    ("", "empty", 0),
    ("   ", "empty", 0),
    ("2x", "missing operator between '2' and 'x'", 1),
    ("x0 x1", "missing operator", 3),
    ("x0(2)", "missing operator", 2),
    ("sin x0", "needs its argument in parentheses", 4),
    ("*x0", "cannot start with '*'", 0),
    ("x0 // 2", "missing between '/' and '/'", 4),
    ("1e400 * x0", "too large", 0),
    ("x0 + 99999" + "9" * 400, "too large", 5),
    ("lambda", "unknown name", 0),
    ("X0", "did you mean 'x0'", 0),
    ("x0 ** * 2", "missing between '**' and '*'", 6),
])
def test_errors(text, fragment, position):
    with pytest.raises(ExpressionError) as info:
        parse_expression(text)
    assert fragment in str(info.value)
    assert info.value.position == position
    assert isinstance(info.value, ValueError)


def test_too_long_and_too_deep_without_recursion_error():
    with pytest.raises(ExpressionError, match=r"too long .*10000 characters"):
        parse_expression("x" * 10_000)
    with pytest.raises(ExpressionError, match="too long"):
        parse_expression("x0+" * 200 + "1")
    assert MAX_LENGTH >= 100
    for text in ["(" * 200 + "x" + ")" * 200, "-" * 400 + "x", "2**" * 150 + "2", "sin(" * 100 + "x" + ")" * 100]:
        text = text[:MAX_LENGTH] if len(text) > MAX_LENGTH else text
        with pytest.raises(ExpressionError, match="nested too deeply"):
            parse_expression(text)
    ok = "(" * MAX_DEPTH + "x" + ")" * MAX_DEPTH
    assert parse_expression(ok).f(np.array([2.0, 0.0])) == 2.0
    # a long flat sum or product is not "deep": it is read without recursion per term
    long_sum = "+".join(["x*y"] * 120)
    assert len(long_sum) <= MAX_LENGTH
    assert parse_expression(long_sum).f(np.array([1.0, 2.0])) == 240.0
    ex = parse_expression("*".join(["x"] * 60))
    assert ex.f(np.array([1.0, 5.0])) == 1.0 and ex.grad(np.array([1.0, 5.0]))[0] == pytest.approx(60.0)
    # the derivative of a 240-factor product would have 240 * 240 factors: refused with a clear message
    with pytest.raises(ExpressionError, match="too complex"):
        parse_expression("*".join(["x"] * 240))


def test_not_strings_are_refused():
    with pytest.raises(ExpressionError, match="must be text"):
        parse_expression(3)  # type: ignore[arg-type]


def test_division_by_zero_is_refused_cleanly():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(ExpressionError, match="not a finite number: a division by zero") as info:
            surface_from_expression("1/0")
        assert info.value.position is None
        with pytest.raises(ExpressionError, match=r"anywhere in the view.*division by zero"):
            surface_from_expression("x0/0")
        with pytest.raises(ExpressionError, match="log of a negative"):
            surface_from_expression("log(-1 - x**2)")
        with pytest.raises(ExpressionError, match="too large"):
            surface_from_expression("exp(1000 + x**2)")
        # parsing alone is fine: the problem is only in the values
        assert math.isinf(parse_expression("1/0").f(np.array([0.0, 0.0])))


def test_partly_undefined_surfaces_are_allowed_and_start_where_finite():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        s = surface_from_expression("log(x0) + y**2")
        assert s.default_start == (3.0, 4.0)
        X0, X1 = np.meshgrid(np.linspace(-5, 5, 11), np.linspace(-5, 5, 11))
        Z = s.value_grid(X0, X1)
        assert np.isnan(Z[0, 0]) and np.isfinite(Z[0, -1])
        s2 = surface_from_expression("1/x0", start=(1.0, 1.0), name="hyperbola", view=((0.1, 3.0), (-1.0, 1.0)))
        assert s2.name == "hyperbola" and s2.default_start == (1.0, 1.0) and s2.view == ((0.1, 3.0), (-1.0, 1.0))
        # a descent that leaves the domain is reported as diverged, without NaN warnings
        steps = list(descend(surface_from_expression("sqrt(x0) + x1**2"), SGD(lr=10.0), (0.01, 1.0), 50,
                             gradient="analytic"))
        assert steps[-1].diverged and steps[-1].k < 50


def test_typed_surface_descends_like_the_builtin_sphere():
    typed = surface_from_expression("x0**2 + x1**2")
    path = [s.x for s in descend(typed, SGD(lr=0.1), (-3.0, 4.0), 20, gradient="analytic")]
    for k, x in enumerate(path):
        np.testing.assert_allclose(x, 0.8**k * np.array([-3.0, 4.0]), rtol=1e-14)


def test_whitelist_is_small_and_every_function_has_a_derivative():
    assert "eval" not in FUNCTIONS and "__import__" not in FUNCTIONS
    for name in FUNCTIONS:
        ex = parse_expression(f"{name}(x*y + 0.5)")
        x = np.array([0.3, 0.9])
        num = numerical_gradient(ex.f, x.copy(), h=1e-6)
        np.testing.assert_allclose(ex.grad(x), num, rtol=1e-6, atol=1e-6, err_msg=name)


def test_parse_returns_a_tree_not_code():
    tree = parse("x0 + 1")
    assert type(tree).__name__ == "Sum"
    assert to_text(tree) == "x0 + 1"
