"""TwoLayerNet as a computational graph (core.netgraph) and the gradient check against h (core.gradcheck)."""
from __future__ import annotations

import numpy as np
import pytest

from dlfs_studio.core.functions import softmax
from dlfs_studio.core.gradcheck import DEFAULT_HS, error_against_h, switch_pattern
from dlfs_studio.core.gradient import numerical_gradient
from dlfs_studio.core.netgraph import tiny_example, trace_two_layer
from dlfs_studio.core.nets import TwoLayerNet


@pytest.mark.parametrize("activation", ["relu", "sigmoid"])
def test_tiny_net_backward_matches_backprop_and_numerical(activation):
    net, x, t = tiny_example(activation)
    tr = trace_two_layer(net, x, t)
    assert [layer.name for layer in tr.layers] == ["Affine1", f"{activation.capitalize()}1", "Affine2",
                                                   "SoftmaxWithLoss"]
    grads = {k: v for layer in tr.layers for k, v in layer.grads.items()}
    expected = net.gradient(x, t)
    for key, g in expected.items():
        np.testing.assert_array_equal(grads[key], g)
        numeric = numerical_gradient(lambda _: net.loss(x, t), net.params[key])
        np.testing.assert_allclose(grads[key], numeric, atol=1e-8)
    assert tr.loss == pytest.approx(net.loss(x, t), rel=1e-15)


def test_softmax_with_loss_gradient_is_y_minus_t_over_n_and_the_loss_panels_dE_dy_chains_into_it():
    net, x, t = tiny_example("relu")
    tr = trace_two_layer(net, x, t)
    n = x.shape[0]
    np.testing.assert_allclose(tr.dscore, (tr.y - tr.t_onehot) / n, rtol=0, atol=1e-16)
    np.testing.assert_allclose(tr.dE_dy, -tr.t_onehot / (tr.y + 1e-7) / n, rtol=1e-15)
    # through the softmax node: da = J^T dE/dy with J = diag(y) - y y^T (exact up to the 1e-7 guard)
    for i in range(n):
        y = tr.y[i]
        jac = np.diag(y) - np.outer(y, y)
        np.testing.assert_allclose(jac.T @ tr.dE_dy[i], tr.dscore[i], rtol=1e-6)
    np.testing.assert_allclose(tr.y, softmax(tr.layers[2].out))


def test_relu_backward_zeroes_where_the_forward_was_cut():
    net, x, t = tiny_example("relu")
    tr = trace_two_layer(net, x, t)
    relu = tr.layers[1]
    assert np.any(relu.x <= 0)
    assert np.all(relu.dx[relu.x <= 0] == 0)
    np.testing.assert_array_equal(relu.dx[relu.x > 0], relu.dout[relu.x > 0])


def test_mnist_sized_shapes_on_every_edge_and_the_network_is_untouched():
    rng = np.random.default_rng(3)
    net = TwoLayerNet(784, 50, 10, rng=rng)
    before = {k: v.copy() for k, v in net.params.items()}
    x = rng.random((5, 784)).astype(np.float32)
    t = rng.integers(0, 10, 5)
    tr = trace_two_layer(net, x, t)
    assert tr.edge_shapes() == [(5, 784), (5, 50), (5, 50), (5, 10), ()]
    assert {k: v.shape for layer in tr.layers for k, v in layer.params.items()} == {
        "W1": (784, 50), "b1": (50,), "W2": (50, 10), "b2": (10,)}
    assert tr.layers[0].dx is None
    assert [p for p, _ in tr.steps()].count("backward") == 4
    for k, v in net.params.items():
        assert v.dtype == np.float32
        np.testing.assert_array_equal(v, before[k])


def test_trace_refuses_other_networks():
    from dlfs_studio.core.nets import MultiLayerNet
    with pytest.raises(TypeError):
        trace_two_layer(MultiLayerNet(4, [3], 2, rng=np.random.default_rng(0)), np.zeros((1, 4)), [0])


def test_error_against_h_is_a_v_truncation_right_rounding_left():
    rng = np.random.default_rng(0)
    net = TwoLayerNet(20, 8, 4, activation="sigmoid", weight_init_std=0.5, rng=rng)
    x, t = rng.random((3, 20)), rng.integers(0, 4, 3)
    sweep = error_against_h(net, x, t, sample=4)
    assert sweep.hs[0] == 1e-1 and sweep.hs[-1] == pytest.approx(1e-10)
    assert len(DEFAULT_HS) == 19
    mid = int(np.argmin(np.abs(np.log10(sweep.hs) + 5)))      # h = 1e-5
    for k in range(len(sweep.keys)):
        assert sweep.mean_abs_diff[k, 0] > 10 * sweep.mean_abs_diff[k, mid]     # truncation error
        assert sweep.mean_abs_diff[k, -1] > 10 * sweep.mean_abs_diff[k, mid]    # rounding error
    assert not sweep.kinks.any()                               # a sigmoid has no kink
    assert 1e-7 <= sweep.best_h() <= 1e-3


def test_relu_kinks_are_flagged_at_large_h_only():
    rng = np.random.default_rng(1)
    net = TwoLayerNet(20, 30, 4, activation="relu", weight_init_std=0.5, rng=rng)
    x, t = rng.random((4, 20)), rng.integers(0, 4, 4)
    sweep = error_against_h(net, x, t, sample=8, rng=np.random.default_rng(2))
    w1 = sweep.keys.index("W1")
    assert sweep.kinks[w1, 0] > 0                     # h = 0.1 steps over some ReLU's 0
    small = np.abs(np.log10(sweep.hs) + 6) < 0.01
    assert sweep.kinks[:, small].sum() == 0
    flags = sweep.kink_flags[w1][0]
    diffs = np.abs(sweep.numerical[w1][0] - sweep.backprop[w1])
    assert diffs[flags].max() > diffs[~flags].max() if (~flags).any() else True


def test_switch_pattern_sees_relu_masks():
    net, x, t = tiny_example("relu")
    net.loss(x, t, train=True)
    a = switch_pattern(net)
    net.loss(-x, t, train=True)
    assert switch_pattern(net) != a and a


def test_max_pool_kinks_are_flagged_too():
    from dlfs_studio.core.conv import SimpleConvNet
    rng = np.random.default_rng(4)
    net = SimpleConvNet((1, 6, 6), {"filter_num": 2, "filter_size": 3, "pad": 0, "stride": 1}, hidden_size=5,
                        output_size=3, weight_init_std=0.3, rng=rng, dtype=np.float64)
    x, t = rng.random((2, 1, 6, 6)), np.array([0, 2])
    net.loss(x, t, train=True)
    base = switch_pattern(net)
    assert base
    y = x.copy()
    y[0, 0] = y[0, 0, ::-1]                             # other winners in the pools
    net.loss(y, t, train=True)
    assert switch_pattern(net) != base
    sweep = error_against_h(net, x, t, hs=[1e-1, 1e-5], sample=6, rng=np.random.default_rng(0))
    assert sweep.kinks[:, 1].sum() <= sweep.kinks[:, 0].sum()
