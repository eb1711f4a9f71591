"""``dlfs backprop``: value and gradients of a formula, full precision, ledger, one-line errors."""
from __future__ import annotations

import subprocess
import sys

import pytest

from dlfs_studio.core.cli import main

AT = ["--at", "a=100", "n=2", "o=150", "m=3", "tax=1.1"]


def test_value_and_every_gradient_full_precision(capsys):
    assert main(["backprop", "--expr", "(a*n + o*m) * tax", *AT]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == ["L = 715.0000000000001", "∂L/∂a = 2.2", "∂L/∂n = 110.00000000000001",
                   "∂L/∂o = 3.3000000000000003", "∂L/∂m = 165.0", "∂L/∂tax = 650.0"]


def test_steps_ledger_forward_then_backward(capsys):
    assert main(["backprop", "--expr", "(a*n + o*m) * tax", *AT, "--steps"]) == 0
    out = capsys.readouterr().out
    assert "1. a*n = a * n = 100.0 * 2.0 = 200.0" in out
    assert "4. L = (a*n + o*m) * tax = 650.0 * 1.1 = 715.0000000000001" in out
    assert out.index("forward:") < out.index("backward:")
    assert "∂L/∂o ← 1.1 × 3.0 = 3.3000000000000003" in out
    assert "∂L/∂n ← 1.1 × 100.0 = 110.00000000000001" in out


def test_named_intermediate_and_check(capsys):
    assert main(["backprop", "--expr", "t = x + y; z = t**2", "--at", "x=1", "y=2", "--check"]) == 0
    out = capsys.readouterr().out
    assert "z = 9.0" in out and "∂z/∂x = 6.0" in out and "∂z/∂y = 6.0" in out
    assert out.count("agrees") == 2


def test_preset_says_where_the_book_rounds_with_int(capsys):
    assert main(["backprop", "--preset", "apple_orange"]) == 0
    out = capsys.readouterr().out
    assert "price = 715.0000000000001" in out
    assert "book prints price: int(...) = 715" in out
    assert "book prints ∂price/∂apple_num: int(...) = 110" in out
    assert "book prints ∂price/∂orange: 3.3000000000000003" in out


def test_preset_values_can_be_replaced_one_by_one(capsys):
    assert main(["backprop", "--preset", "apple", "--at", "tax=1.0"]) == 0
    out = capsys.readouterr().out
    assert "price = 200.0" in out and "∂price/∂apple_num = 100.0" in out
    assert main(["backprop", "--preset", "apple", "--at", "pear=1"]) == 2
    assert "pear does not appear" in capsys.readouterr().err


def test_kink_is_explained(capsys):
    assert main(["backprop", "--expr", "relu(x)", "--at", "x=0", "--check"]) == 0
    assert "kink (not a bug)" in capsys.readouterr().out


@pytest.mark.parametrize("args, words", [
    (["--expr", "(a*n + ", "--at", "a=1", "n=2"], "missing there"),
    (["--expr", "(a*n + o*m) * tax", "--at", "a=100", "n=2", "o=150", "m=3"], "no value given for tax"),
    (["--expr", "x * 2", "--at", "x=1", "y=2"], "y does not appear"),
    (["--expr", "x * 2", "--at", "x"], "name=value"),
    (["--expr", "x * 2", "--at", "x=abc"], "not a number"),
    (["--expr", "x * 2", "--at", "x=1", "x=2"], "given twice"),
])
def test_bad_input_gives_one_line_error(args, words, capsys):
    assert main(["backprop", *args]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("dlfs backprop: error:") and words in err[0]


def test_runs_as_a_module():
    res = subprocess.run([sys.executable, "-m", "dlfs_studio.core", "backprop", "--expr", "x*y", "--at", "x=3",
                          "y=4"], capture_output=True, text=True, timeout=60)
    assert res.returncode == 0 and "∂L/∂x = 4.0" in res.stdout
