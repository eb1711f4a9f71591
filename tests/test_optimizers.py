"""The chapter 6 optimizers against the book's numbers and against hand-written scalar update rules."""
from __future__ import annotations

import math

import numpy as np
import pytest

from dlfs_studio.core.optimizers import (
    OPTIMIZERS,
    SGD,
    AdaGrad,
    Adam,
    Momentum,
    Nesterov,
    Optimizer,
    RMSprop,
    make_optimizer,
)


# ----------------------------------------------------------------------------- hand references
# Plain-Python scalar versions of the book's update rules, one coordinate at a time, written from
# the formulas (not from core.optimizers). Each returns a function (x, g) -> new x with its own state.
def ref_sgd(lr):
    def step(x, g):
        return x - lr * g
    return step


def ref_momentum(lr, momentum=0.9):
    v = [0.0]

    def step(x, g):
        v[0] = momentum * v[0] - lr * g
        return x + v[0]
    return step


def ref_nesterov(lr, momentum=0.9):
    # the book's current common/optimizer.py (commit 89eadd0 "Fix Nesterov update function"):
    # the parameter moves with the old velocity, then the velocity is updated
    v = [0.0]

    def step(x, g):
        x = x + momentum * momentum * v[0]
        x = x - (1 + momentum) * lr * g
        v[0] = v[0] * momentum
        v[0] = v[0] - lr * g
        return x
    return step


def ref_adagrad(lr):
    h = [0.0]

    def step(x, g):
        h[0] = h[0] + g * g
        return x - lr * g / (math.sqrt(h[0]) + 1e-7)
    return step


def ref_rmsprop(lr, decay_rate=0.99):
    h = [0.0]

    def step(x, g):
        h[0] = h[0] * decay_rate + (1 - decay_rate) * g * g
        return x - lr * g / (math.sqrt(h[0]) + 1e-7)
    return step


def ref_adam(lr, beta1=0.9, beta2=0.999):
    st = {"m": 0.0, "v": 0.0, "t": 0}

    def step(x, g):
        st["t"] += 1
        t = st["t"]
        lr_t = lr * math.sqrt(1.0 - beta2**t) / (1.0 - beta1**t)
        st["m"] = st["m"] + (1 - beta1) * (g - st["m"])
        st["v"] = st["v"] + (1 - beta2) * (g * g - st["v"])
        return x - lr_t * st["m"] / (math.sqrt(st["v"]) + 1e-7)
    return step


REFS = {"sgd": ref_sgd, "momentum": ref_momentum, "nesterov": ref_nesterov,
        "adagrad": ref_adagrad, "rmsprop": ref_rmsprop, "adam": ref_adam}


def ch6_grad(x, y):
    """Analytic gradient of f(x, y) = x**2/20 + y**2."""
    return x / 10.0, 2.0 * y


def ref_path(name, lr, n=30, start=(-7.0, 2.0)):
    sx, sy = REFS[name](lr), REFS[name](lr)
    x, y = start
    path = [(x, y)]
    for _ in range(n):
        gx, gy = ch6_grad(x, y)
        x, y = sx(x, gx), sy(y, gy)
        path.append((x, y))
    return np.array(path)


def class_path(opt: Optimizer, n=30, start=(-7.0, 2.0)):
    params = {"x": np.array([start[0]]), "y": np.array([start[1]])}
    path = [start]
    for _ in range(n):
        gx, gy = ch6_grad(params["x"], params["y"])
        opt.update(params, {"x": gx, "y": gy})
        path.append((float(params["x"][0]), float(params["y"][0])))
    return np.array(path)


# ----------------------------------------------------------------------------- the book's figure 6-8
BOOK_FIRST_POINTS = {
    ("sgd", 0.95): [(-6.335, -1.8), (-5.733, 1.62)],
    ("momentum", 0.1): [(-6.93, 1.6), (-6.798, 0.92)],
    ("adagrad", 1.5): [(-5.5, 0.5), (-4.573, 0.136)],
    ("adam", 0.3): [(-6.7, 1.7), (-6.400, 1.402)],
}


@pytest.mark.parametrize("name,lr", list(BOOK_FIRST_POINTS))
def test_chapter6_first_points(name, lr):
    path = class_path(make_optimizer(name, lr=lr), n=2)
    assert tuple(path[0]) == (-7.0, 2.0)
    for got, want in zip(path[1:], BOOK_FIRST_POINTS[(name, lr)], strict=True):
        assert np.round(got, 3).tolist() == pytest.approx(list(want), abs=1e-12)


@pytest.mark.parametrize("name,lr", [("sgd", 0.95), ("momentum", 0.1), ("adagrad", 1.5), ("adam", 0.3),
                                     ("nesterov", 0.1), ("rmsprop", 0.3), ("nesterov", 0.02),
                                     ("rmsprop", 0.05)])
def test_full_trajectory_matches_hand_reference(name, lr):
    got = class_path(make_optimizer(name, lr=lr))
    want = ref_path(name, lr)
    assert got.shape == (31, 2)
    np.testing.assert_allclose(got, want, rtol=1e-13, atol=1e-15)


def test_adam_first_update_is_lr_in_sign_direction():
    # with bias correction folded into lr_t, Adam's first step is lr * sign(g) (up to the 1e-7 guard)
    p = {"w": np.array([3.0, -2.0, 0.5])}
    Adam(lr=0.3).update(p, {"w": np.array([10.0, -0.5, 4.0])})
    np.testing.assert_allclose(p["w"], [2.7, -1.7, 0.2], atol=1e-5)


def test_non_default_hyperparameters_match_reference():
    opt = make_optimizer("adam", lr=0.2, beta1=0.5, beta2=0.9)
    sx, sy = ref_adam(0.2, 0.5, 0.9), ref_adam(0.2, 0.5, 0.9)
    params = {"x": np.array([-7.0]), "y": np.array([2.0])}
    x, y = -7.0, 2.0
    for _ in range(20):
        gx, gy = ch6_grad(x, y)
        opt.update(params, {"x": np.array([gx]), "y": np.array([gy])})
        x, y = sx(x, gx), sy(y, gy)
        assert params["x"][0] == pytest.approx(x, rel=1e-13)
        assert params["y"][0] == pytest.approx(y, rel=1e-13)
    m = make_optimizer("momentum", lr=0.05, momentum=0.5)
    r = ref_momentum(0.05, 0.5)
    p = {"w": np.array([1.0])}
    w = 1.0
    for _ in range(10):
        m.update(p, {"w": np.array([2 * w])})
        w = r(w, 2 * w)
    assert p["w"][0] == pytest.approx(w, rel=1e-14)


# ----------------------------------------------------------------------------- interface
def test_registry_and_defaults():
    assert list(OPTIMIZERS) == ["sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"]
    assert SGD().hyperparams() == {"lr": 0.01}
    assert Momentum().hyperparams() == {"lr": 0.01, "momentum": 0.9}
    assert Nesterov().hyperparams() == {"lr": 0.01, "momentum": 0.9}
    assert AdaGrad().hyperparams() == {"lr": 0.01}
    assert RMSprop().hyperparams() == {"lr": 0.01, "decay_rate": 0.99}
    assert Adam().hyperparams() == {"lr": 0.001, "beta1": 0.9, "beta2": 0.999}
    assert isinstance(make_optimizer("Adam", lr=0.1), Adam)
    assert make_optimizer("momentum", lr=0.1).hyperparams() == {"lr": 0.1, "momentum": 0.9}


@pytest.mark.parametrize("name,kw,match", [
    ("lbfgs", {}, "unknown optimizer"),
    ("sgd", {"lr": 0}, "learning rate"),
    ("sgd", {"lr": -0.1}, "learning rate"),
    ("adam", {"lr": float("nan")}, "learning rate"),
    ("sgd", {"lr": "fast"}, "learning rate"),
    ("momentum", {"momentum": 1.0}, "momentum"),
    ("nesterov", {"momentum": -0.1}, "momentum"),
    ("rmsprop", {"decay_rate": 1.5}, "decay_rate"),
    ("adam", {"beta1": 1.0}, "beta1"),
    ("adam", {"beta2": -1}, "beta2"),
    ("sgd", {"momentum": 0.9}, "no hyperparameter"),
])
def test_bad_names_and_values(name, kw, match):
    with pytest.raises(ValueError, match=match):
        make_optimizer(name, **kw)


@pytest.mark.parametrize("name", list(OPTIMIZERS))
def test_in_place_identity_and_float32(name):
    rng = np.random.default_rng(0)
    W = rng.standard_normal((4, 3)).astype(np.float32)
    b = np.zeros(3, dtype=np.float32)
    params = {"W": W, "b": b}
    opt = make_optimizer(name, lr=0.1)
    for _ in range(3):
        grads = {"W": rng.standard_normal((4, 3)).astype(np.float32),
                 "b": rng.standard_normal(3).astype(np.float32)}
        before = W.copy()
        opt.update(params, grads)
        assert params["W"] is W and params["b"] is b
        assert W.dtype == np.float32 and b.dtype == np.float32
        assert not np.array_equal(before, W)
    for bufs in opt.state().values():
        for a in bufs.values():
            assert a.dtype == np.float32


@pytest.mark.parametrize("name", list(OPTIMIZERS))
def test_float32_close_to_float64(name):
    rng = np.random.default_rng(1)
    w64 = rng.standard_normal(5)
    w32 = w64.astype(np.float32)
    o64, o32 = make_optimizer(name, lr=0.05), make_optimizer(name, lr=0.05)
    for _ in range(10):
        o64.update({"w": w64}, {"w": 2 * w64})
        o32.update({"w": w32}, {"w": 2 * w32})
    np.testing.assert_allclose(w32, w64, rtol=1e-4, atol=1e-5)


def test_grads_are_not_modified():
    g = np.array([1.0, -2.0])
    g0 = g.copy()
    for name in OPTIMIZERS:
        make_optimizer(name, lr=0.1).update({"w": np.array([0.5, 0.5])}, {"w": g})
    np.testing.assert_array_equal(g, g0)


def test_state_contents_copies_and_reset():
    opt = Momentum(lr=0.1)
    assert opt.state() == {"v": {}}
    p = {"w": np.array([1.0, 2.0])}
    opt.update(p, {"w": np.array([1.0, 1.0])})
    st = opt.state()
    np.testing.assert_allclose(st["v"]["w"], [-0.1, -0.1])
    st["v"]["w"][:] = 99.0  # a copy: the optimizer is unaffected
    np.testing.assert_allclose(opt.state()["v"]["w"], [-0.1, -0.1])
    opt.reset()
    assert opt.state() == {"v": {}}
    assert SGD().state() == {}
    a = Adam(lr=0.1)
    a.update(p, {"w": np.array([1.0, 1.0])})
    assert set(a.state()) == {"m", "v"} and a.iter == 1
    a.reset()
    assert a.iter == 0 and a.state() == {"m": {}, "v": {}}
    assert set(AdaGrad().state()) == {"h"} and set(RMSprop().state()) == {"h"}


def test_reset_gives_fresh_trajectory():
    opt = make_optimizer("adam", lr=0.3)
    first = class_path(opt, n=5)
    opt.reset()
    np.testing.assert_array_equal(class_path(opt, n=5), first)


def test_lr_change_takes_effect():
    opt = SGD(lr=0.1)
    p = {"w": np.array([1.0])}
    opt.update(p, {"w": np.array([1.0])})
    assert p["w"][0] == pytest.approx(0.9)
    opt.lr = 0.5
    opt.update(p, {"w": np.array([1.0])})
    assert p["w"][0] == pytest.approx(0.4)
    assert opt.hyperparams()["lr"] == 0.5
    with pytest.raises(ValueError, match="learning rate"):
        opt.lr = 0.0
    assert opt.lr == 0.5
    adam = Adam(lr=0.3)
    q = {"w": np.array([0.0])}
    adam.update(q, {"w": np.array([1.0])})
    adam.lr = 0.03  # the next step is a tenth of what it would have been
    before = q["w"][0]
    ref = Adam(lr=0.3)
    r = {"w": np.array([0.0])}
    ref.update(r, {"w": np.array([1.0])})
    ref.update(r, {"w": np.array([1.0])})
    adam.update(q, {"w": np.array([1.0])})
    assert (q["w"][0] - before) == pytest.approx((r["w"][0] - before) / 10, rel=1e-12)


def test_bad_params_and_grads():
    opt = Momentum()
    with pytest.raises(ValueError, match="no gradient"):
        opt.update({"w": np.zeros(2)}, {"b": np.zeros(2)})
    with pytest.raises(ValueError, match="shape"):
        opt.update({"w": np.zeros(2)}, {"w": np.zeros(3)})
    with pytest.raises(TypeError, match="floating"):
        opt.update({"w": np.zeros(2, dtype=np.int64)}, {"w": np.zeros(2)})
    opt.update({"w": np.zeros(2)}, {"w": np.ones(2)})
    with pytest.raises(ValueError, match="reset"):
        opt.update({"w": np.zeros(3)}, {"w": np.ones(3)})


def test_new_keys_get_state_lazily():
    opt = AdaGrad(lr=0.1)
    opt.update({"a": np.array([1.0])}, {"a": np.array([1.0])})
    opt.update({"a": np.array([1.0]), "b": np.array([2.0, 3.0])},
               {"a": np.array([1.0]), "b": np.array([1.0, 1.0])})
    st = opt.state()["h"]
    np.testing.assert_array_equal(st["a"], [2.0])
    np.testing.assert_array_equal(st["b"], [1.0, 1.0])


def test_repr():
    assert repr(Momentum(lr=0.1)) == "Momentum(lr=0.1, momentum=0.9)"


@pytest.mark.parametrize("name", list(OPTIMIZERS))
def test_updates_do_not_allocate_parameter_sized_temporaries(name):
    import tracemalloc
    rng = np.random.default_rng(2)
    params = {"W": rng.standard_normal((400, 400))}  # 1.28 MB
    grads = {"W": rng.standard_normal((400, 400))}
    opt = make_optimizer(name, lr=0.001)
    opt.update(params, grads)  # the first update creates the state and scratch buffers
    tracemalloc.start()
    try:
        for _ in range(3):
            opt.update(params, grads)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 100_000, f"{name} allocated {peak} bytes during updates"


# ----------------------------------------------------------------------------- the cached update plan
@pytest.mark.parametrize("name", sorted(OPTIMIZERS))
def test_update_follows_replaced_arrays_and_still_checks(name):
    rng = np.random.default_rng(0)
    params = {"W": rng.standard_normal((3, 4)), "b": rng.standard_normal(4)}
    grads = {k: rng.standard_normal(v.shape) for k, v in params.items()}
    opt, ref = make_optimizer(name, lr=0.1), make_optimizer(name, lr=0.1)
    ref_params = {k: v.copy() for k, v in params.items()}
    for _ in range(3):  # the plan is built once and reused
        opt.update(params, grads)
        ref.update(ref_params, {k: g.copy() for k, g in grads.items()})  # new grad arrays each time
    for k in params:
        assert np.array_equal(params[k], ref_params[k])
    # a replaced parameter array is updated (and the old one is left alone)
    old_W = params["W"]
    params["W"] = old_W.copy()
    before = old_W.copy()
    opt.update(params, grads)
    assert np.array_equal(old_W, before) and not np.array_equal(params["W"], before)
    # a replaced gradient array is used
    grads["b"] = np.zeros(4)
    b = params["b"].copy()
    opt.update(params, grads)
    if name == "sgd":
        assert np.array_equal(params["b"], b)
    # checks still apply after the plan was cached
    with pytest.raises(ValueError, match="no gradient"):
        opt.update(params, {"W": grads["W"]})
    with pytest.raises(ValueError, match="shape"):
        opt.update(params, {"W": grads["W"], "b": np.zeros(5)})
    opt.reset()
    opt.update(params, grads)


def test_nesterov_moves_with_the_old_velocity_first():
    # worked by hand from the book's current rule (and PyTorch's SGD(nesterov=True)):
    # step 1: v = 0 -> x = 1 - 1.9*0.1 = 0.81, v = -0.1
    # step 2: x = 0.81 + 0.81*(-0.1) - 0.19 = 0.539, v = 0.9*(-0.1) - 0.1 = -0.19
    opt = Nesterov(lr=0.1, momentum=0.9)
    p = {"x": np.array([1.0])}
    got = []
    for _ in range(2):
        opt.update(p, {"x": np.array([1.0])})
        got.append(float(p["x"][0]))
    assert got == pytest.approx([0.81, 0.539], abs=1e-15)
    assert opt.state()["v"]["x"][0] == pytest.approx(-0.19, abs=1e-15)
