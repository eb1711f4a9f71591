"""Nesterov against the book's current rule (common/optimizer.py since 2021, also PyTorch's
SGD(nesterov=True)), worked by hand: from x = 1 with lr 0.1, momentum 0.9 and gradient 1 twice the
parameter goes 1 -> 0.81 -> 0.539. Checked through core's race, ``dlfs descend`` and the descent
panel's optimizer race, on the plane f(x0, x1) = x0 + x1 whose gradient is (1, 1) everywhere."""
from __future__ import annotations

import csv
import io

import numpy as np
import pytest

from dlfs_studio.core.cli import main
from dlfs_studio.core.descent import race
from dlfs_studio.core.expr import surface_from_expression
from dlfs_studio.core.optimizers import make_optimizer

HAND = [1.0, 0.81, 0.539]


def test_core_race_follows_the_books_nesterov():
    plane = surface_from_expression("x0 + x1")
    steps = list(race(plane, {"nesterov": make_optimizer("nesterov", lr=0.1, momentum=0.9)},
                      start=(1.0, 1.0), steps=2, gradient="analytic"))
    xs = [s["nesterov"].x[0] for s in steps]
    assert xs == pytest.approx(HAND, abs=1e-15)


def test_cli_descend_nesterov_gives_081_then_0539(capsys):
    assert main(["descend", "--expr", "x0 + x1", "--start", "1", "1", "--lr", "0.1", "--optimizer", "nesterov",
                 "--momentum", "0.9", "--steps", "2", "--gradient", "analytic", "--csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [float(r["x0"]) for r in rows] == pytest.approx(HAND, abs=1e-15)
    assert [float(r["x1"]) for r in rows] == pytest.approx(HAND, abs=1e-15)


def test_descent_panels_race_runs_the_books_nesterov(descent_panel):
    pytest.importorskip("pytestqt")
    r = descent_panel.race
    for key, box in r.enable_boxes.items():
        box.setChecked(key == "nesterov")
    r.lr_fields["nesterov"].set_value(0.1)
    assert r.picker.apply_expression("x0 + x1")
    r.gradient_combo.setCurrentIndex(r.gradient_combo.findData("analytic"))
    r.set_start(1.0, 1.0)
    assert r.step_forward(2) == 2
    path = r.path("nesterov")
    np.testing.assert_allclose(path[:, 0], HAND, atol=1e-15)
    np.testing.assert_allclose(path[:, 1], HAND, atol=1e-15)
