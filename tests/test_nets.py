"""Networks of chapters 4-6: the simpleNet seed values, gradient checks of every configuration, the protocol."""
from __future__ import annotations

import itertools

import numpy as np
import pytest

from dlfs_studio.core.functions import softmax
from dlfs_studio.core.layers import Affine
from dlfs_studio.core.nets import MultiLayerNet, SimpleNet, TwoLayerNet, init_scale
from dlfs_studio.core.network import Network, activation_stats, build_network, register_network

SEED_W = [[0.96028135, -1.10055385, -1.26426151], [0.4756395, 1.3477234, 0.45475418]]


# ----------------------------------------------------------------------------- SimpleNet (section 4.4.2)
def test_simplenet_seed_values():
    net = SimpleNet(SEED_W)
    x, t = np.array([0.6, 0.9]), np.array([0, 0, 1])
    p = net.predict(x)
    np.testing.assert_allclose(p, [1.00424436, 0.55261875, -0.34927815], atol=1e-7)
    assert int(np.argmax(p)) == 0
    assert net.loss(x, t) == pytest.approx(1.992699002936635, abs=1e-8)
    dW = net.numerical_gradient(x, t)
    assert dW.shape == (2, 3)
    np.testing.assert_allclose(dW, [[0.31663563, 0.20156786, -0.51820349],
                                    [0.47495345, 0.30235179, -0.77730524]], atol=1e-6)
    np.testing.assert_allclose(net.gradient(x, t), dW, atol=1e-6)
    np.testing.assert_allclose(net.gradient(x, 2), dW, atol=1e-6)


def test_simplenet_random_and_bad_shape():
    net = SimpleNet(rng=np.random.default_rng(0))
    assert net.W.shape == (2, 3)
    with pytest.raises(ValueError, match=r"\(2, 3\)"):
        SimpleNet(np.zeros((3, 2)))


# ----------------------------------------------------------------------------- gradient checks
def _grad_check(net, x, t):
    """Mean abs difference backprop vs numerical per parameter, with the same dropout masks."""
    rngs = {id(layer.rng): layer.rng for layer in net.layers.values() if hasattr(layer, "rng")}
    states = {k: r.bit_generator.state for k, r in rngs.items()}
    grads = net.gradient(x, t)
    for k, r in rngs.items():
        r.bit_generator.state = states[k]
    numeric = net.numerical_gradient(x, t)
    assert grads.keys() == numeric.keys() == net.params.keys()
    return {k: float(np.mean(np.abs(grads[k] - numeric[k]))) for k in grads}


@pytest.fixture(scope="module")
def batch():
    rng = np.random.default_rng(1)
    return rng.random((6, 12)), np.array([0, 1, 2, 3, 1, 2])


@pytest.mark.parametrize("activation", ["sigmoid", "relu"])
def test_two_layer_gradient_check(batch, activation):
    x, t = batch
    net = TwoLayerNet(12, 7, 4, activation=activation, weight_init_std=0.3,
                      rng=np.random.default_rng(0), dtype=np.float64)
    diffs = _grad_check(net, x, t)
    assert max(diffs.values()) < 1e-7, diffs


COMBOS = list(itertools.product(["relu", "sigmoid"], [0.3, "he", "xavier"], [False, True],
                                [0.0, 0.3], [0.0, 0.1]))


@pytest.mark.parametrize("activation,init,batchnorm,dropout,decay", COMBOS)
def test_multi_layer_gradient_check(batch, activation, init, batchnorm, dropout, decay):
    x, t = batch
    net = MultiLayerNet(12, [6, 5], 4, activation=activation, weight_init_std=init, use_batchnorm=batchnorm,
                        dropout_ratio=dropout, weight_decay_lambda=decay, rng=np.random.default_rng(3),
                        dtype=np.float64)
    diffs = _grad_check(net, x, t)
    assert max(diffs.values()) < 1e-7, diffs


def test_weight_decay_in_loss_and_gradient(batch):
    x, t = batch
    kw = dict(input_size=12, hidden_size_list=[5], output_size=4, rng=None, dtype=np.float64)
    a = MultiLayerNet(**(kw | {"rng": np.random.default_rng(0)}))
    b = MultiLayerNet(**(kw | {"rng": np.random.default_rng(0), "weight_decay_lambda": 0.5}))
    penalty = 0.25 * sum(np.sum(b.params[k] ** 2) for k in ("W1", "W2"))
    assert b.loss(x, t) == pytest.approx(a.loss(x, t) + penalty)
    ga, gb = a.gradient(x, t), b.gradient(x, t)
    np.testing.assert_allclose(gb["W1"], ga["W1"] + 0.5 * b.params["W1"])
    np.testing.assert_allclose(gb["b1"], ga["b1"])


# ----------------------------------------------------------------------------- construction
def test_two_layer_defaults_and_shapes():
    net = TwoLayerNet(784, 50, 10, rng=np.random.default_rng(0))
    assert net.dtype == np.float32 and all(p.dtype == np.float32 for p in net.params.values())
    assert {k: v.shape for k, v in net.params.items()} == {"W1": (784, 50), "b1": (50,), "W2": (50, 10), "b2": (10,)}
    assert abs(float(net.params["W1"].std()) - 0.01) < 1e-3
    assert net.input_shape == (784,) and net.output_size == 10
    assert list(net.layers) == ["Affine1", "Sigmoid1", "Affine2"]
    assert list(TwoLayerNet(4, 3, 2, activation="relu", rng=np.random.default_rng(0)).layers)[1] == "Relu1"


def test_same_rng_same_weights():
    a = TwoLayerNet(10, 5, 3, rng=np.random.default_rng(5))
    b = TwoLayerNet(10, 5, 3, rng=np.random.default_rng(5))
    for k in a.params:
        np.testing.assert_array_equal(a.params[k], b.params[k])


def test_init_scales():
    assert init_scale("he", 50) == pytest.approx(np.sqrt(2 / 50))
    assert init_scale("relu", 50) == pytest.approx(np.sqrt(2 / 50))
    assert init_scale("xavier", 50) == pytest.approx(np.sqrt(1 / 50))
    assert init_scale("sigmoid", 50) == pytest.approx(np.sqrt(1 / 50))
    assert init_scale(0.01, 50) == 0.01
    net = MultiLayerNet(400, [300], 10, weight_init_std="he", rng=np.random.default_rng(0))
    assert float(net.params["W1"].std()) == pytest.approx(np.sqrt(2 / 400), rel=0.02)
    assert float(net.params["W2"].std()) == pytest.approx(np.sqrt(2 / 300), rel=0.05)


def test_multi_layer_structure():
    net = MultiLayerNet(8, [6, 5], 3, use_batchnorm=True, dropout_ratio=0.2, rng=np.random.default_rng(0))
    assert list(net.layers) == ["Affine1", "BatchNorm1", "Relu1", "Dropout1",
                                "Affine2", "BatchNorm2", "Relu2", "Dropout2", "Affine3"]
    assert list(net.params) == ["W1", "b1", "gamma1", "beta1", "W2", "b2", "gamma2", "beta2", "W3", "b3"]
    assert net.layers["Affine1"].need_dx is False
    assert set(net.buffers()) == {"BatchNorm1.running_mean", "BatchNorm1.running_var",
                                  "BatchNorm2.running_mean", "BatchNorm2.running_var"}


@pytest.mark.parametrize("kwargs,match", [
    ({"activation": "tanh"}, "activation"),
    ({"weight_init_std": "lecun"}, "weight_init_std"),
    ({"weight_init_std": -1.0}, "weight_init_std"),
    ({"hidden_size_list": []}, "hidden"),
    ({"hidden_size_list": [10, 0]}, "hidden"),
    ({"dropout_ratio": 1.0}, "dropout_ratio"),
    ({"weight_decay_lambda": -0.1}, "weight_decay_lambda"),
    ({"dtype": np.int32}, "dtype"),
])
def test_multi_layer_bad_arguments(kwargs, match):
    with pytest.raises(ValueError, match=match):
        MultiLayerNet(**({"input_size": 4, "hidden_size_list": [3], "output_size": 2} | kwargs))


def test_two_layer_bad_arguments():
    with pytest.raises(ValueError, match="hidden_size"):
        TwoLayerNet(784, 0, 10)
    with pytest.raises(TypeError, match="Generator"):
        TwoLayerNet(4, 3, 2, rng=np.random.RandomState(0))


# ----------------------------------------------------------------------------- the protocol
def test_predict_probabilities_accuracy(batch):
    x, t = batch
    net = TwoLayerNet(12, 7, 4, activation="relu", weight_init_std=0.5, rng=np.random.default_rng(0))
    scores = net.predict(x)
    assert scores.shape == (6, 4) and scores.dtype == np.float32
    again = net.predict(x[:3])
    np.testing.assert_allclose(scores[:3], again, rtol=1e-6)  # the first result was not overwritten
    np.testing.assert_allclose(net.probabilities(x), softmax(scores.astype(np.float64)), rtol=1e-5)
    expected = float(np.mean(scores.argmax(1) == t))
    assert net.accuracy(x, t) == expected
    assert net.accuracy(x, np.eye(4)[t]) == expected
    assert net.accuracy(x, t, batch_size=4) == expected
    with pytest.raises(ValueError, match="12 values each"):
        net.predict(np.zeros((2, 5)))
    with pytest.raises(ValueError, match="labels"):
        net.accuracy(x, t[:3])


def test_loss_and_gradient_matches_loss_and_gradient(batch):
    x, t = batch
    net = MultiLayerNet(12, [6], 4, weight_decay_lambda=0.1, rng=np.random.default_rng(0), dtype=np.float64)
    loss, grads = net.loss_and_gradient(x, t)
    assert loss == pytest.approx(net.loss(x, t, train=True))
    copies = net.gradient(x, t)
    for k in grads:
        np.testing.assert_allclose(grads[k], copies[k])
    assert copies["W1"] is not net.gradient(x, t)["W1"]


def test_params_updated_in_place_or_replaced(batch):
    x, t = batch
    net = TwoLayerNet(12, 7, 4, rng=np.random.default_rng(0), dtype=np.float64)
    before = net.loss(x, t)
    net.params["W2"] *= 0          # in place (what optimizers do)
    assert net.loss(x, t) == pytest.approx(np.log(4), abs=1e-12)
    net.params["W2"] = np.ones((7, 4))   # replaced: the layer is re-bound before the next pass
    assert net.loss(x, t) != before
    assert net.layers["Affine2"].params["W"] is net.params["W2"]
    with pytest.raises(ValueError, match="shape"):
        net.params["W2"] = np.ones((3, 3))
        net.loss(x, t)


def test_config_round_trip():
    for net in (TwoLayerNet(12, 7, 4, activation="relu", rng=np.random.default_rng(0)),
                MultiLayerNet(12, [6, 5], 4, activation="sigmoid", weight_init_std="xavier", use_batchnorm=True,
                              dropout_ratio=0.1, weight_decay_lambda=0.01, rng=np.random.default_rng(0),
                              dtype=np.float64)):
        cfg = net.config()
        import json
        cfg = json.loads(json.dumps(cfg))
        rebuilt = build_network(cfg, rng=np.random.default_rng(0))
        assert type(rebuilt) is type(net) and rebuilt.config() == net.config()
        for k in net.params:
            np.testing.assert_array_equal(rebuilt.params[k], net.params[k])


def test_build_network_errors():
    with pytest.raises(ValueError, match="unknown network type"):
        build_network({"type": "transformer"})
    with pytest.raises(ValueError, match="dict"):
        build_network([1, 2])
    with pytest.raises(ValueError, match="bad TwoLayerNet config"):
        build_network({"type": "two_layer", "hidden": 5})


def test_register_network_custom_class():
    @register_network("test_tiny")
    class Tiny(Network):
        def __init__(self, n: int = 3, rng=None, dtype=np.float32):
            super().__init__((n,), dtype)
            self.add_layer("Affine1", Affine(np.eye(n, dtype=self.dtype), np.zeros(n, self.dtype)), W="W1", b="b1")

        def config(self):
            return {"type": "test_tiny", "n": self.input_shape[0]}

    net = build_network({"type": "test_tiny", "n": 2})
    assert isinstance(net, Tiny)
    np.testing.assert_allclose(net.predict([[1.0, 2.0]]), [[1.0, 2.0]])
    with pytest.raises(ValueError, match="name each"):
        net.add_layer("Affine2", Affine(np.eye(2), np.zeros(2)), W="W2")


def test_state_arrays_round_trip(batch):
    x, t = batch
    net = MultiLayerNet(12, [6], 4, use_batchnorm=True, rng=np.random.default_rng(0))
    net.loss_and_gradient(x, t)
    state = net.state_arrays()
    other = MultiLayerNet(12, [6], 4, use_batchnorm=True, rng=np.random.default_rng(9))
    other.load_state_arrays(state)
    np.testing.assert_array_equal(other.predict(x), net.predict(x))
    bad = dict(state)
    del bad["BatchNorm1.running_var"]
    with pytest.raises(ValueError, match="running_var"):
        other.load_state_arrays(bad)


# ----------------------------------------------------------------------------- activation statistics
def test_activation_stats_book_figures():
    x = np.random.default_rng(0).standard_normal((500, 100))
    big = activation_stats(MultiLayerNet(100, [100] * 5, 10, activation="sigmoid", weight_init_std=1.0,
                                         rng=np.random.default_rng(0)), x)
    small = activation_stats(MultiLayerNet(100, [100] * 5, 10, activation="sigmoid", weight_init_std=0.01,
                                           rng=np.random.default_rng(0)), x)
    xavier = activation_stats(MultiLayerNet(100, [100] * 5, 10, activation="sigmoid", weight_init_std="xavier",
                                            rng=np.random.default_rng(0)), x)
    assert len(big) == 5 and big[0].kind == "sigmoid" and big[0].counts.sum() == 500 * 100
    np.testing.assert_allclose(big[0].edges[[0, -1]], [0, 1])
    assert all(s.saturated > 0.3 for s in big)          # std 1: outputs pile up at 0 and 1
    assert all(s.std < 0.05 for s in small[1:])         # std 0.01: everything near 0.5
    assert all(s.saturated < 0.01 and s.std > 0.08 for s in xavier)
    relu = activation_stats(MultiLayerNet(100, [100] * 5, 10, activation="relu", weight_init_std="he",
                                          rng=np.random.default_rng(0)), x)
    assert relu[0].kind == "relu" and relu[0].edges[0] == 0 and relu[0].edges[-1] > 0
    assert all(0 <= s.dead < 0.2 for s in relu)
