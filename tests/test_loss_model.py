"""The loss panel's model (no Qt) and controller (no views): every value from core, one recomputation per
action, logits that keep y, overflow handled; and core's per-row squared error."""
from __future__ import annotations

import numpy as np
import pytest

from dlfs_studio.app.panels.loss import model
from dlfs_studio.core import functions as F

BOOK_Y = [0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0]


def test_sum_squared_error_per_row_is_each_rows_sum_squared_error() -> None:
    rng = np.random.default_rng(0)
    Y = rng.random((401, 10))
    labels = rng.integers(0, 10, 401)
    expected = np.array([F.sum_squared_error(Y[i], labels[i]) for i in range(401)])
    assert np.array_equal(F.sum_squared_error_per_row(Y, labels), expected)  # the same floats, bit for bit
    assert np.array_equal(F.sum_squared_error_per_row(Y, F.one_hot(labels, 10)), expected)
    assert F.sum_squared_error_per_row(np.array(BOOK_Y), 2).tolist() == [0.09750000000000003]


def test_compute_gives_cores_values() -> None:
    r = model.compute(np.array(BOOK_Y), 2)
    assert r["sse"] == 0.09750000000000003 and r["ce"] == 0.510825457099338
    assert r["curve_sse"][240] == F.sum_squared_error(np.where(np.arange(10) == 2, model.P_GRID[240], BOOK_Y), 2)
    assert r["sse_contrib"].sum() == pytest.approx(r["sse"], abs=1e-15)
    assert r["grad_basis"] == "log_y" and not r["sse_overflow"]


def test_compute_flags_a_squared_error_overflow_without_warnings() -> None:
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        r = model.compute(np.array([1e308, 0, 0.6, 0, 0, 0, 0, 0, 0, 0]), 2)
    assert r["sse"] == np.inf and r["sse_overflow"] and np.isfinite(r["ce"])


def test_softmax_or_none_refuses_overflowing_logits() -> None:
    a = np.zeros(10)
    a[0] = 1e308
    assert model.softmax_or_none(a, 0.05) is None
    assert model.softmax_or_none(a, 1.0)[0] == 1.0


def test_logits_from_y_round_trip() -> None:
    y = np.array(BOOK_Y)
    back = F.softmax(model.logits_from_y(y))
    assert np.allclose(back, y, rtol=0, atol=1e-15)
    assert np.all(np.isfinite(model.logits_from_y(y)))


def test_contribution_text_is_short() -> None:
    assert [model.contribution_text(v) for v in (0.0, 0.005, 0.00125, 0.51, 0.00063, 5e-05)] == [
        "0", "0.005", "0.0013", "0.51", "6.3e-4", "5e-5"]


# ----------------------------------------------------------------------------- the controller, without views
@pytest.fixture
def controller(qtbot):
    from dlfs_studio.app.panels.loss.controller import LossController

    c = LossController(model.load_presets())
    seen: list[dict] = []
    c.updated.connect(seen.append)
    c.seen = seen
    return c


def test_each_action_recomputes_once(controller) -> None:
    c = controller
    c.choose_preset("book_y")
    c.set_bar_value(2, 0.9)
    c.set_label(3)
    c.set_y(BOOK_Y)
    assert len(c.seen) == 4 and c.recomputations == 4
    assert c.seen[-1]["label"] == 3 and c.seen[-1]["preset"] is None


def test_mode_switch_keeps_y_and_overflow_keeps_it_too(controller) -> None:
    c = controller
    c.choose_preset("book_y")
    c.set_bar_value(2, 0.9)
    y = c.y.copy()
    errors: list[str] = []
    c.logits_error.connect(errors.append)
    c.set_mode("logits")
    assert np.allclose(c.y, y, rtol=0, atol=1e-12) and errors[-1] == ""
    c.set_logits([1e308] + [0.0] * 9, temperature=0.05)
    assert "overflows" in errors[-1]
    assert np.allclose(c.y, y, rtol=0, atol=1e-12)


def test_notes_explain_negative_cross_entropy_and_delta(controller) -> None:
    c = controller
    c.choose_preset("book_y")
    c.set_y([0, 0, 1.0, 0, 0, 0, 0, 0, 0, 0])
    assert any("negative" in text for _level, text in c.results["notes"])
    c.set_label(3)
    assert any("δ" in text for _level, text in c.results["notes"])


def test_simplenet_results(controller) -> None:
    c = controller
    c.choose_preset("seed003_simplenet_zh")
    net = c.results["simplenet"]
    assert net["loss"] == c.results["ce"] == 1.9926989992733082
    assert net["dW"].shape == (2, 3) and np.allclose(net["dW"], net["dW_analytic"], atol=1e-6)
