"""Computational graphs of chapter 5 (core.compgraph): the book's shopping examples to the last digit,
figure 5-7's chain rule, stepping, layout, errors, and random formulas against numerical derivatives."""
from __future__ import annotations

import math

import numpy as np
import pytest

from dlfs_studio.core import compgraph as cg
from dlfs_studio.core.expr import FUNCTIONS, parse_expression


def test_apples_every_value_exact():
    bp = cg.run_backprop(cg.preset("apple").text, dict(cg.preset("apple").values))
    assert bp.value == 220.00000000000003          # the book prints int(price) = 220
    assert bp.gradient == {"apple": 2.2, "apple_num": 110.00000000000001, "tax": 200.0}
    names = {n.name: n.index for n in bp.graph.nodes}
    assert bp.values[names["apple_price"]] == 200.0
    assert bp.grads[names["apple_price"]] == 1.1
    assert [s.phase for s in bp.steps] == ["forward", "forward", "seed", "backward", "backward"]


def test_apples_and_oranges_every_value_exact():
    p = cg.preset("apple_orange")
    bp = cg.run_backprop(p.text, dict(p.values))
    assert bp.value == 715.0000000000001
    assert repr(bp.value) == "715.0000000000001"
    assert bp.gradient == {"apple": 2.2, "apple_num": 110.00000000000001, "orange": 3.3000000000000003,
                           "orange_num": 165.0, "tax": 650.0}
    assert repr(bp.gradient["orange"]) == "3.3000000000000003"
    names = {n.name: n.index for n in bp.graph.nodes}
    assert bp.values[names["apple_price"]] == 200.0
    assert bp.values[names["orange_price"]] == 450.0
    assert bp.values[names["all_price"]] == 650.0
    for key in ("all_price", "apple_price", "orange_price"):
        assert bp.grads[names[key]] == 1.1
    # the book's order: forward (1)-(4), backward (4), (3), (2), (1)
    order = [(s.phase, bp.graph.nodes[s.node].name) for s in bp.steps]
    assert order == [("forward", "apple_price"), ("forward", "orange_price"), ("forward", "all_price"),
                     ("forward", "price"), ("seed", "price"), ("backward", "price"), ("backward", "all_price"),
                     ("backward", "orange_price"), ("backward", "apple_price")]
    tax_step = bp.steps[5]
    assert tax_step.local == (1.1, 650.0) and tax_step.products == (1.1, 650.0)


def test_cli_formula_without_names_gives_the_same_numbers():
    bp = cg.run_backprop("(a*n + o*m) * tax", dict(a=100, n=2, o=150, m=3, tax=1.1))
    assert bp.value == 715.0000000000001
    assert bp.gradient == {"a": 2.2, "n": 110.00000000000001, "o": 3.3000000000000003, "m": 165.0, "tax": 650.0}


def test_book_printed_values_say_where_int_rounds():
    p = cg.preset("apple_orange")
    bp = cg.run_backprop(p.text, dict(p.values))
    for quantity, printed, rounded in p.printed:
        ours = bp.value if quantity == "value" else bp.gradient[quantity]
        if rounded:
            assert str(int(ours)) == printed and repr(ours) != printed
        else:
            assert float(printed) == ours
    assert dict((q, r) for q, _, r in p.printed) == {"value": True, "apple": False, "apple_num": True,
                                                     "orange": False, "orange_num": True, "tax": False}


def test_figure_5_7_chain_rule_with_a_named_intermediate():
    bp = cg.run_backprop("t = x + y\nz = t**2", {"x": 1.5, "y": -4.0})
    g = bp.graph
    assert g.output_name == "z"
    assert [n.kind for n in g.nodes] == ["var", "var", "add", "powc"]
    t = g.nodes[2]
    assert t.name == "t" and t.defined
    assert bp.values[2] == -2.5 and bp.value == 6.25
    # dz/dx = dz/dt * dt/dx = 2t * 1
    back = [s for s in bp.steps if s.phase == "backward"]
    assert back[0].local == (2 * -2.5,) and back[0].products == (-5.0,)
    assert back[1].value == -5.0 and back[1].local == (1.0, 1.0)
    assert bp.gradient == {"x": -5.0, "y": -5.0}


def test_shared_variable_gradients_add_up_at_the_branch():
    bp = cg.run_backprop("x * x + x", {"x": 3.0})
    assert bp.gradient == {"x": 7.0}
    x = bp.graph.var_nodes[0]
    assert len(bp.graph.consumers()[x]) == 3


def test_state_at_steps_forward_then_backward():
    p = cg.preset("apple_orange")
    bp = cg.run_backprop(p.text, dict(p.values))
    s0 = bp.state_at(0)
    assert s0.step is None and all(g is None for g in s0.grads)
    assert s0.values[bp.graph.var_nodes[0]] == 100.0 and s0.values[bp.graph.output] is None
    s4 = bp.state_at(4)
    assert s4.values == bp.values and all(g is None for g in s4.grads)
    s8 = bp.state_at(8)                                      # after the orange node's backward step
    assert s8.step is not None and bp.graph.nodes[s8.step.node].name == "orange_price"
    assert s8.grads[bp.graph.var_nodes[bp.graph.variables.index("orange")]] == 3.3000000000000003
    assert s8.grads[bp.graph.var_nodes[0]] is None          # apple's turn comes last
    end = bp.state_at(len(bp.steps))
    assert end.grads == bp.grads and all(end.complete)
    with pytest.raises(IndexError):
        bp.state_at(len(bp.steps) + 1)


def test_sigmoid_graph_of_figure_5_19():
    bp = cg.run_backprop(cg.preset("sigmoid").text, {"x": 0.3})
    assert [n.symbol for n in bp.graph.nodes if not n.is_leaf] == ["×−1", "exp", "+", "/"]
    y = 1 / (1 + math.exp(-0.3))
    assert bp.value == pytest.approx(y, rel=1e-15)
    assert bp.gradient["x"] == pytest.approx(y * (1 - y), rel=1e-14)   # the book's y(1 - y)


def test_layout_layers_by_depth_from_the_output():
    g = cg.build_graph(cg.preset("apple_orange").text)
    pos = cg.layered_layout(g)
    out = pos[g.output]
    assert out[0] == max(p[0] for p in pos)
    assert {pos[i][0] for i in g.var_nodes} == {0.0}
    rows = [(p[0], p[1]) for p in pos]
    assert len(set(rows)) == len(rows)                      # no two nodes on the same spot
    for n in g.nodes:                                       # an operation midway between its inputs (figure 5-17)
        if not n.is_leaf:
            assert pos[n.index][1] == sum(pos[i][1] for i in n.inputs) / len(n.inputs)


@pytest.mark.parametrize("text, values, key", [
    ("", {}, "empty"),
    ("(a*n + ", {"a": 1.0, "n": 1.0}, "syntax"),
    ("t = x + y; t = x; t", {"x": 1, "y": 2}, "redefined"),
    ("t = x; y", {"y": 1}, "unused"),
    ("exp = x; exp", {"x": 1}, "reserved"),
    ("2t = x; 2", {"x": 1}, "bad_name"),
    ("y = t * 2; t = 1; y", {}, "defined_late"),
    ("t = t + 1; t", {"t": 1}, "self_reference"),
    ("x * y", {"x": 1.0}, "missing"),
    ("x * 2", {"x": 1.0, "q": 2.0}, "extra"),
    ("x * 2", {"x": float("nan")}, "not_finite"),
    ("x;" * 30, {"x": 1.0}, "too_many"),
    ("x+" * 1100 + "x", {"x": 1.0}, "too_long"),
])
def test_errors_are_one_line_with_a_key(text, values, key):
    with pytest.raises(cg.GraphError) as info:
        cg.run_backprop(text, values)
    assert info.value.key == key
    assert "\n" not in str(info.value) and str(info.value)


def test_non_finite_values_are_kept_without_warnings(recwarn):
    bp = cg.run_backprop("log(x) + 1 / y", {"x": -1.0, "y": 0.0})
    assert not bp.finite and math.isnan(bp.value)
    assert not recwarn.list


def test_local_derivative_table_covers_every_parser_function():
    assert set(cg.LOCAL_DERIVATIVES) == set(FUNCTIONS)
    for func in FUNCTIONS:
        u = 0.7 if func != "relu" else 0.4
        bp = cg.run_backprop(f"{func}(x)", {"x": u})
        (check,) = cg.numerical_check(bp)
        assert check.agrees, (func, check)


def test_kink_is_recognised_not_called_a_bug():
    bp = cg.run_backprop("relu(x) * 3", {"x": 0.0})
    (check,) = cg.numerical_check(bp)
    assert not check.agrees and check.kink
    bp = cg.run_backprop("relu(x) * 3", {"x": 1.0})
    (check,) = cg.numerical_check(bp)
    assert check.agrees and not check.kink


def test_parse_assignments():
    assert cg.parse_assignments(["a=100", " tax = 1.1"]) == {"a": 100.0, "tax": 1.1}
    for bad in (["a"], ["a=x"], ["a=1", "a=2"], ["a=inf"], ["1a=2"]):
        with pytest.raises(cg.GraphError):
            cg.parse_assignments(bad)


# ----------------------------------------------------------------------------- random formulas
_UNARY = ["exp({})", "sin({})", "cos({})", "tanh({})", "sigmoid({})", "sqrt(1 + ({})**2)",
          "log(1 + ({})**2)", "-({})", "({})**2", "({})**3", "arctan({})"]
_BINARY = ["({}) + ({})", "({}) - ({})", "({}) * ({})", "({}) / (1.5 + ({})**2)", "({}) * 0.5 + ({})"]


def _random_formula(rng: np.random.Generator, depth: int) -> str:
    if depth == 0 or rng.random() < 0.25:
        return str(rng.choice(["x", "y", "x", "y", "0.7"]))
    if rng.random() < 0.45:
        return str(rng.choice(_UNARY)).format(_random_formula(rng, depth - 1))
    return str(rng.choice(_BINARY)).format(_random_formula(rng, depth - 1), _random_formula(rng, depth - 1))


def test_random_formulas_against_numerical_and_symbolic_derivatives():
    rng = np.random.default_rng(20261204)
    checked = 0
    for _ in range(150):
        text = _random_formula(rng, 4)
        if set(cg.build_graph(text).variables) != {"x", "y"}:
            continue
        x, y = (float(v) for v in rng.uniform(-1.5, 1.5, size=2))
        bp = cg.run_backprop(text, {"x": x, "y": y})
        if not bp.finite or abs(bp.value) > 1e6:
            continue
        for c in cg.numerical_check(bp, rtol=1e-5):
            assert c.agrees, (text, x, y, c)
        exact = parse_expression(text).grad(np.array([x, y]))   # the parser's symbolic derivative
        assert bp.gradient["x"] == pytest.approx(exact[0], rel=1e-9, abs=1e-12), text
        assert bp.gradient["y"] == pytest.approx(exact[1], rel=1e-9, abs=1e-12), text
        checked += 1
    assert checked >= 60
