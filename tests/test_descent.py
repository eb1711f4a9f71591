"""The descent generator: the book's section 4.4 results, chapter 6's race, divergence, snapshots."""
from __future__ import annotations

import dataclasses
import warnings
from itertools import pairwise

import numpy as np
import pytest

from dlfs_studio.core.descent import (
    DIVERGENCE_BOUND,
    DescentStep,
    descend,
    is_diverged,
    numerical_gradient_unreliable,
    race,
    steps_to_reach,
)
from dlfs_studio.core.optimizers import SGD, AdaGrad, Adam, Momentum, make_optimizer
from dlfs_studio.core.surfaces import Surface, get_surface

SPHERE = get_surface("sphere")


def last(it):
    out = None
    for item in it:
        out = item
    return out


def test_book_section_4_4_results():
    end = last(descend(SPHERE, SGD(lr=0.1), (-3.0, 4.0), 100))
    assert end.k == 100 and not end.diverged
    np.testing.assert_allclose(end.x, [-6.11110793e-10, 8.14814391e-10], rtol=1e-8)
    end = last(descend(SPHERE, SGD(lr=10.0), (-3.0, 4.0), 100))
    assert end.k == 100 and not end.diverged  # huge but finite: the book's "diverges to a large value"
    np.testing.assert_allclose(end.x, [-2.58983747e+13, -1.29524862e+12], rtol=1e-8)
    assert end.numerical_unreliable
    end = last(descend(SPHERE, SGD(lr=1e-10), (-3.0, 4.0), 100))
    np.testing.assert_allclose(end.x, [-2.99999994, 3.99999992], rtol=1e-8)


def test_matches_core_gradient_descent_bit_for_bit():
    from dlfs_studio.core.gradient import gradient_descent
    path = np.array([s.x for s in descend(SPHERE, SGD(lr=0.1), (-3.0, 4.0), 100)])
    ref = gradient_descent(SPHERE.f, np.array([-3.0, 4.0]), lr=0.1, step_num=100)
    np.testing.assert_array_equal(path, ref.history)


def test_twenty_steps_are_powers_of_0_8():
    steps = list(descend(SPHERE, SGD(lr=0.1), (-3.0, 4.0), 20))
    assert [s.k for s in steps] == list(range(21))
    for s in steps:
        want = 0.8**s.k * np.array([-3.0, 4.0])
        np.testing.assert_allclose(s.x, want, rtol=1e-9, atol=1e-12)
        assert s.value == pytest.approx(25 * 0.64**s.k, rel=1e-9)
    for a, b in pairwise(steps):
        np.testing.assert_allclose(a.x + a.step, b.x, rtol=0, atol=0)
        np.testing.assert_allclose(a.step, -0.1 * a.grad, rtol=1e-15)
        np.testing.assert_allclose(a.grad_numerical, 2 * a.x, rtol=1e-7)
        np.testing.assert_array_equal(a.grad_analytic, 2 * a.x)
    assert steps[-1].grad is None and steps[-1].step is None and not steps[-1].diverged


def test_analytic_gradient_drives_steps_when_asked():
    steps = list(descend(SPHERE, SGD(lr=0.1), (-3.0, 4.0), 20, gradient="analytic"))
    for s in steps:
        np.testing.assert_allclose(s.x, 0.8**s.k * np.array([-3.0, 4.0]), rtol=1e-14, atol=0)
    np.testing.assert_array_equal(steps[0].grad, steps[0].grad_analytic)


def test_chapter6_race_first_points():
    ch6 = get_surface("ch6")
    opts = {"SGD": SGD(lr=0.95), "Momentum": Momentum(lr=0.1), "AdaGrad": AdaGrad(lr=1.5), "Adam": Adam(lr=0.3)}
    want = {"SGD": [(-6.335, -1.8), (-5.733, 1.62)], "Momentum": [(-6.93, 1.6), (-6.798, 0.92)],
            "AdaGrad": [(-5.5, 0.5), (-4.573, 0.136)], "Adam": [(-6.7, 1.7), (-6.400, 1.402)]}
    frames = list(race(ch6, opts, None, 30, gradient="analytic"))
    assert len(frames) == 31
    for name, pts in want.items():
        assert tuple(frames[0][name].x) == (-7.0, 2.0)
        for k, p in enumerate(pts, start=1):
            assert np.round(frames[k][name].x, 3).tolist() == pytest.approx(list(p), abs=1e-12)
    # the numerical gradient gives the same picture to about 1e-6
    num = list(race(ch6, {n: make_optimizer(o.name, **o.hyperparams()) for n, o in opts.items()}, None, 30))
    for name in opts:
        np.testing.assert_allclose(num[-1][name].x, frames[-1][name].x, atol=1e-5)
    # every one of them ends much closer to the minimum than the start
    for name in opts:
        assert frames[-1][name].value < 0.2 * ch6.f(np.array([-7.0, 2.0]))


def test_race_keeps_finished_runs_and_stops_when_all_finish():
    opts = {"stable": SGD(lr=0.1), "wild": SGD(lr=10.0)}
    frames = list(race(SPHERE, opts, (-3.0, 4.0), 200, gradient="analytic"))
    assert len(frames) == 201
    div = frames[-1]["wild"]
    assert div.diverged and div.k == 117
    assert all(f["wild"] is div for f in frames[117:])
    assert frames[-1]["stable"].k == 200


def test_lr_10_diverges_at_a_definite_step_with_the_analytic_gradient():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        steps = list(descend(SPHERE, SGD(lr=10.0), (-3.0, 4.0), None, gradient="analytic"))
    end = steps[-1]
    assert end.diverged and end.k == 117
    assert np.max(np.abs(end.x)) > DIVERGENCE_BOUND and np.all(np.isfinite(end.x))
    assert not any(s.diverged for s in steps[:-1])
    assert end.grad is None and end.step is None
    # x_{k+1} = -19 x_k exactly as the formula says
    for a, b in pairwise(steps[:6]):
        np.testing.assert_allclose(b.x, -19 * a.x, rtol=1e-15)


def test_numerical_lr_10_freezes_as_in_the_book():
    steps = list(descend(SPHERE, SGD(lr=10.0), (-3.0, 4.0), 300))
    assert steps[-1].k == 300 and not steps[-1].diverged
    np.testing.assert_array_equal(steps[10].x, steps[300].x)  # the central difference is exactly 0 there
    np.testing.assert_array_equal(steps[10].grad, [0.0, 0.0])
    assert not steps[0].numerical_unreliable and steps[10].numerical_unreliable
    assert numerical_gradient_unreliable(np.array([1e13, 0.0])) and not numerical_gradient_unreliable(np.ones(2))


def test_overflow_to_inf_and_nan_stops_without_warnings():
    exp_surface = Surface("exp", "exp(x0)", lambda x: np.exp(x[0]) + 0 * x[1],
                          lambda x: np.stack([np.exp(x[0]), 0 * x[1]]))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        steps = list(descend(exp_surface, SGD(lr=1.0), (800.0, 0.0), 10))
        assert steps[0].diverged and steps[0].value == np.inf and len(steps) == 1
        # a gradient that overflows sends x to -inf: reported once, then the run ends
        steps = list(descend(exp_surface, SGD(lr=1e10), (700.0, 0.0), 10, gradient="analytic"))
    assert [s.diverged for s in steps] == [False, True]
    assert steps[-1].k == 1 and not np.isfinite(steps[-1].x[0])


def test_snapshots_are_frozen_copies():
    opt = Momentum(lr=0.1)
    gen = descend(SPHERE, opt, (-3.0, 4.0), 5)
    s0, s1, s2 = next(gen), next(gen), next(gen)
    assert isinstance(s0, DescentStep)
    with pytest.raises(dataclasses.FrozenInstanceError):
        s0.k = 3  # type: ignore[misc]
    for s in (s0, s1):
        for a in (s.x, s.grad, s.grad_numerical, s.grad_analytic, s.step):
            assert a.shape == (2,) and a.dtype == np.float64 and not a.flags.writeable
            with pytest.raises(ValueError):
                a[0] = 1.0
    assert s0.state == {}
    np.testing.assert_allclose(s1.state["v"], [0.6, -0.8])  # v after the first update: -lr * (-6, 8)
    assert not s1.state["v"].flags.writeable
    np.testing.assert_allclose(s1.x, [-2.4, 3.2])
    x1 = s1.x.copy()
    list(gen)
    np.testing.assert_array_equal(s1.x, x1)  # later updates do not touch old snapshots
    assert s2.k == 2


def test_start_is_not_modified_and_default_start():
    start = np.array([-3.0, 4.0])
    list(descend(SPHERE, SGD(lr=0.1), start, 5))
    np.testing.assert_array_equal(start, [-3.0, 4.0])
    ch6 = get_surface("ch6")
    assert tuple(next(descend(ch6, SGD())).x) == (-7.0, 2.0)


def test_optimizer_is_reset_and_lr_change_applies():
    opt = Momentum(lr=0.1)
    a = [s.x for s in descend(SPHERE, opt, (-3.0, 4.0), 5)]
    b = [s.x for s in descend(SPHERE, opt, (-3.0, 4.0), 5)]
    np.testing.assert_array_equal(np.array(a), np.array(b))
    sgd = SGD(lr=0.1)
    gen = descend(SPHERE, sgd, (-3.0, 4.0), gradient="analytic")
    s0 = next(gen)  # x1 already computed with lr 0.1
    sgd.lr = 0.5
    s1 = next(gen)
    s2 = next(gen)
    np.testing.assert_allclose(s1.x, 0.8 * s0.x)
    np.testing.assert_allclose(s2.x, 0.0 * s1.x, atol=1e-15)  # lr 0.5 jumps to the minimum


def test_endless_when_steps_is_none():
    gen = descend(SPHERE, SGD(lr=0.1), (-3.0, 4.0))
    ks = [next(gen).k for _ in range(1000)]
    assert ks[-1] == 999


def test_zero_steps_and_bad_arguments():
    only = list(descend(SPHERE, SGD(), (1.0, 2.0), 0))
    assert len(only) == 1 and only[0].k == 0 and only[0].value == 5.0 and only[0].grad is None
    with pytest.raises(ValueError, match="steps"):
        descend(SPHERE, SGD(), (1.0, 2.0), -1)
    with pytest.raises(ValueError, match="two numbers"):
        descend(SPHERE, SGD(), (1.0, 2.0, 3.0), 5)
    with pytest.raises(ValueError, match="finite"):
        descend(SPHERE, SGD(), (np.nan, 2.0), 5)
    with pytest.raises(ValueError, match="gradient"):
        descend(SPHERE, SGD(), (1.0, 2.0), 5, gradient="exact")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="h must"):
        descend(SPHERE, SGD(), (1.0, 2.0), 5, h=0.0)
    no_grad = Surface("f", "x0**2", lambda x: x[0]**2 + 0 * x[1], None)
    with pytest.raises(ValueError, match="no analytic gradient"):
        descend(no_grad, SGD(), (1.0, 2.0), 5, gradient="analytic")
    steps = list(descend(no_grad, SGD(lr=0.1), (1.0, 2.0), 2))
    assert steps[0].grad_analytic is None and steps[0].grad_numerical is not None


def test_is_diverged_rule():
    assert not is_diverged(np.array([1e149, 0.0]), 1.0)
    assert is_diverged(np.array([1e151, 0.0]), 1.0)
    assert is_diverged(np.array([np.nan, 0.0]), 1.0)
    assert is_diverged(np.array([0.0, 0.0]), float("inf"))


def test_steps_to_reach():
    assert steps_to_reach([5.0, 1.0, 0.01, 0.001], 0.01) == 2
    assert steps_to_reach([5.0, 1.0], 0.01) is None
    assert steps_to_reach([], 0.1) is None
    steps = list(descend(SPHERE, SGD(lr=0.1), (-3.0, 4.0), 100))
    k = steps_to_reach(steps, 1e-6)
    # 25 * 0.64**k <= 1e-6  <=>  k >= log(4e-8)/log(0.64)
    assert k == int(np.ceil(np.log(4e-8) / np.log(0.64)))


def test_error_state_does_not_leak_to_the_caller_and_threads_can_resume():
    import threading
    before = np.geterr()
    gen = descend(SPHERE, SGD(lr=10.0), (-3.0, 4.0), None, gradient="analytic")
    next(gen)
    assert np.geterr() == before  # the generator's np.errstate is not held while it is suspended
    frames = race(SPHERE, {"a": SGD(lr=0.1)}, None, 3)
    next(frames)
    assert np.geterr() == before
    got = []
    t = threading.Thread(target=lambda: got.extend(gen))  # e.g. a GUI worker thread takes over
    t.start()
    t.join()
    assert got[-1].diverged and got[-1].k == 117


def test_lr_10_flies_off_at_step_5_and_still_reaches_the_books_point():
    steps = list(descend(get_surface("sphere"), SGD(lr=10.0), (-3.0, 4.0), 100))
    flown = [s.k for s in steps if s.flew_off]
    assert flown[0] == 5 and flown == list(range(5, 101))     # sticky once the point is far out
    assert not any(s.diverged for s in steps)                   # values stay finite: the run goes on
    np.testing.assert_allclose(steps[-1].x, [-2.58983747e+13, -1.29524862e+12], rtol=1e-8)
    calm = list(descend(get_surface("sphere"), SGD(lr=1e-10), (-3.0, 4.0), 100))
    assert not any(s.flew_off for s in calm)
