"""``dlfs descend`` through core.cli.main: the book's numbers, CSV output, divergence, one-line errors."""
from __future__ import annotations

import numpy as np
import pytest

from dlfs_studio.core.cli import main


def table_rows(text: str) -> list[tuple[int, float, float, float]]:
    rows = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[0].isdigit():
            rows.append((int(parts[0]), float(parts[1]), float(parts[2]), float(parts[3])))
    return rows


def csv_rows(text: str) -> list[tuple[int, float, float, float]]:
    lines = text.splitlines()
    assert lines[0] == "k,x0,x1,f"
    out = []
    for line in lines[1:]:
        k, a, b, f = line.split(",")
        out.append((int(k), float(a), float(b), float(f)))
    return out


def test_book_example_20_steps(capsys):
    assert main(["descend", "--start", "-3", "4", "--lr", "0.1", "--steps", "20"]) == 0
    out = capsys.readouterr().out
    rows = table_rows(out)
    assert [r[0] for r in rows] == list(range(21))
    for k, x0, x1, f in rows:
        np.testing.assert_allclose([x0, x1], 0.8**k * np.array([-3.0, 4.0]), rtol=1e-9, atol=1e-12)
        assert f == pytest.approx(25 * 0.64**k, rel=1e-9)
    assert "sphere" in out and "numerical gradient" in out and "SGD(lr=0.1)" in out
    assert "-2.399999999999622" in out  # full precision (repr), exactly the book's numerical steps
    assert "final point after 20 steps" in out


def test_book_lr_10_final_point(capsys):
    assert main(["descend", "--start", "-3", "4", "--lr", "10", "--steps", "100"]) == 1   # flew off
    out = capsys.readouterr().out
    k, x0, x1, _ = table_rows(out)[-1]
    assert k == 100
    np.testing.assert_allclose([x0, x1], [-2.58983747e+13, -1.29524862e+12], rtol=1e-8)
    assert "numerical gradient is noise" in out and "step 9" in out
    assert "diverged at step 5: the point flew off" in out


def test_book_lr_too_small_and_defaults(capsys):
    assert main(["descend", "--start", "-3.0", "4.0", "--lr", "1e-10", "--steps", "100", "--csv"]) == 0
    rows = csv_rows(capsys.readouterr().out)
    np.testing.assert_allclose(rows[-1][1:3], [-2.99999994, 3.99999992], rtol=1e-8)
    # defaults: sphere from (-3, 4), SGD lr 0.01, 100 steps
    assert main(["descend", "--csv"]) == 0
    rows = csv_rows(capsys.readouterr().out)
    assert len(rows) == 101 and rows[0][1:3] == (-3.0, 4.0)
    np.testing.assert_allclose(rows[-1][1:3], 0.98**100 * np.array([-3.0, 4.0]), rtol=1e-7)


def test_csv_is_machine_readable(capsys):
    assert main(["descend", "--lr", "0.1", "--steps", "5", "--csv"]) == 0
    captured = capsys.readouterr()
    rows = csv_rows(captured.out)
    assert len(rows) == 6 and rows[1][1] == -2.399999999999622
    assert captured.err == ""


def test_divergence_line_and_status(capsys):
    assert main(["descend", "--lr", "10", "--steps", "500", "--gradient", "analytic"]) == 1
    out = capsys.readouterr().out
    assert "diverged at step 117: a coordinate exceeds 1e+150" in out
    assert table_rows(out)[-1][0] == 117
    assert main(["descend", "--lr", "10", "--steps", "500", "--gradient", "analytic", "--csv"]) == 1
    captured = capsys.readouterr()
    assert csv_rows(captured.out)[-1][0] == 117 and "diverged at step 117" in captured.err


def test_surfaces_optimizers_and_expressions(capsys):
    assert main(["descend", "--surface", "ch6", "--optimizer", "adam", "--lr", "0.3", "--steps", "2",
                 "--gradient", "analytic", "--csv"]) == 0
    rows = csv_rows(capsys.readouterr().out)
    assert rows[0][1:3] == (-7.0, 2.0)
    assert np.round(rows[1][1:3], 3).tolist() == [-6.7, 1.7]
    assert np.round(rows[2][1:3], 3).tolist() == [-6.4, 1.402]
    assert main(["descend", "--surface", "ch6", "--optimizer", "momentum", "--lr", "0.1", "--momentum", "0.9",
                 "--steps", "2", "--csv"]) == 0
    rows = csv_rows(capsys.readouterr().out)
    np.testing.assert_allclose(rows[1][1:3], [-6.93, 1.6], atol=1e-6)
    assert main(["descend", "--expr", "x0**2 + 3*sin(x1)", "--start", "1", "0", "--lr", "0.1", "--steps", "1",
                 "--gradient", "analytic", "--csv"]) == 0
    rows = csv_rows(capsys.readouterr().out)
    np.testing.assert_allclose(rows[1][1:3], [1 - 0.1 * 2, 0 - 0.1 * 3], rtol=1e-15)
    for opt, extra in [("nesterov", ["--momentum", "0.5"]), ("adagrad", []), ("rmsprop", ["--decay-rate", "0.9"]),
                       ("adam", ["--beta1", "0.8", "--beta2", "0.99"]), ("sgd", ["--h", "1e-5"])]:
        assert main(["descend", "--surface", "himmelblau", "--optimizer", opt, "--lr", "0.01", "--steps", "3",
                     *extra]) == 0
        assert len(table_rows(capsys.readouterr().out)) == 4


@pytest.mark.parametrize("argv,fragment", [
    (["--surface", "bowl"], "unknown surface 'bowl'"),
    (["--expr", "x0**"], "ends after '**'"),
    (["--expr", "__import__('os')"], "unknown name '__import__'"),
    (["--expr", "1/0"], "division by zero"),
    (["--steps", "-1"], "--steps: must be zero or more"),
    (["--steps", "ten"], "--steps: not a whole number"),
    (["--lr", "abc"], "--lr: not a number"),
    (["--lr", "0"], "--lr: must be positive"),
    (["--lr", "nan"], "--lr: must be a finite number"),
    (["--start", "1"], "--start needs two numbers"),
    (["--start", "1", "x"], "--start: not a number"),
    (["--optimizer", "lbfgs"], "unknown optimizer 'lbfgs'"),
    (["--momentum", "0.5"], "--momentum applies to momentum and nesterov only"),
    (["--optimizer", "momentum", "--momentum", "1.5"], "momentum must lie in [0, 1)"),
    (["--optimizer", "adam", "--decay-rate", "0.9"], "--decay-rate applies to rmsprop only"),
    (["--gradient", "exact"], "--gradient must be numerical or analytic"),
    (["--h", "-1"], "--h: must be positive"),
])
def test_bad_arguments_give_one_line(capsys, argv, fragment):
    assert main(["descend", *argv]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("dlfs descend: error: ")
    assert fragment in lines[0]


def test_surface_and_expr_are_exclusive(capsys):
    with pytest.raises(SystemExit):
        main(["descend", "--surface", "sphere", "--expr", "x0"])
    capsys.readouterr()


def test_zero_steps(capsys):
    assert main(["descend", "--steps", "0", "--csv"]) == 0
    assert csv_rows(capsys.readouterr().out) == [(0, -3.0, 4.0, 25.0)]


def test_overflow_at_the_first_step_is_reported_once(capsys):
    assert main(["descend", "--lr", "1e308"]) == 1
    out = capsys.readouterr().out
    assert out.count("diverged at step 1") == 1 and "no longer a finite number" in out
    assert "flew off" not in out and "x + h and x - h" not in out
