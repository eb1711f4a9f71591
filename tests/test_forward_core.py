"""Chapter 3 in core: the section-3.4 network, softmax naive against stable, activations, the layer trace and
the batch timing (numbers as the book prints them)."""
from __future__ import annotations

import numpy as np
import pytest

from dlfs_studio.core import forward as fw
from dlfs_studio.core.functions import softmax
from dlfs_studio.core.nets import MultiLayerNet, TwoLayerNet


def test_book_three_layer_network_prints_the_books_output() -> None:
    t = fw.three_layer_forward()
    np.testing.assert_array_equal(t.x, [1.0, 0.5])
    # the book prints y as [ 0.31682708  0.69627909] (print of a float64 array, 8 digits)
    assert np.array2string(t.y, precision=8) == "[0.31682708 0.69627909]"
    np.testing.assert_allclose(t.a1, [0.3, 0.7, 1.1], rtol=0, atol=1e-15)  # section 3.4.2 prints a1 so
    assert np.array2string(t.z1, precision=8) == "[0.57444252 0.66818777 0.75026011]"
    # by hand: a3 = z2 W3 + b3 with z2 = sigmoid(z1 W2 + b2)
    z2 = 1 / (1 + np.exp(-(t.z1 @ np.array([[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]]) + [0.1, 0.2])))
    np.testing.assert_allclose(t.y, z2 @ np.array([[0.1, 0.3], [0.2, 0.4]]) + [0.1, 0.2], rtol=1e-15)


def test_three_layer_network_takes_edited_weights_and_other_functions() -> None:
    net = fw.book_network()
    net["W1"][0, 0] = 1.0
    edited = fw.three_layer_forward(net)
    assert edited.a1[0] == pytest.approx(1.0 * 1.0 + 0.5 * 0.2 + 0.1)
    assert fw.three_layer_forward(output="softmax").y.sum() == pytest.approx(1.0)
    assert set(np.unique(fw.three_layer_forward(activation="step").z1)) <= {0.0, 1.0}
    with pytest.raises(ValueError, match="finite"):
        fw.three_layer_forward({**fw.book_network(), "b2": np.array([np.nan, 0.0])})
    with pytest.raises(ValueError, match="activation"):
        fw.three_layer_forward(activation="tanh")


def test_softmax_overflow_naive_nan_and_stable_values() -> None:
    c = fw.compare_softmax([1010, 1000, 990])
    assert np.all(np.isnan(c.naive)) and c.overflow and not c.naive_ok
    assert c.c == 1010.0
    np.testing.assert_array_equal(c.shifted, [0.0, -10.0, -20.0])
    assert np.array2string(c.stable, precision=8) == "[9.99954600e-01 4.53978686e-05 2.06106005e-09]"
    np.testing.assert_array_equal(c.stable, softmax([1010.0, 1000.0, 990.0]))
    assert np.all(np.isnan(fw.softmax_naive([1010, 1000, 990])))


def test_softmax_of_the_books_small_logits_agrees_both_ways_and_sums_to_one() -> None:
    c = fw.compare_softmax([0.3, 2.9, 4.0])
    assert np.array2string(c.stable, precision=8) == "[0.01821127 0.24519181 0.73659691]"
    assert np.array2string(c.naive, precision=8) == "[0.01821127 0.24519181 0.73659691]"
    assert c.naive_ok and not c.overflow
    assert np.sum(c.stable) == pytest.approx(1.0, abs=1e-15)
    # the identity behind the trick: exp(log C) = C
    assert c.log_c_check == pytest.approx(c.stable_sum, rel=1e-15)
    with pytest.raises(ValueError):
        fw.compare_softmax([])
    with pytest.raises(ValueError):
        fw.compare_softmax([np.inf, 0.0])


@pytest.mark.parametrize("key", list(fw.ACTIVATIONS))
def test_activation_derivatives_match_central_differences(key: str) -> None:
    x, f, df = fw.activation_curve(key, -5, 5, 201)
    assert x.shape == f.shape == df.shape == (201,)
    h = 1e-5
    pts = np.array([-3.3, -0.7, 0.45, 2.1])  # away from the kinks of step and ReLU
    act = fw.ACTIVATIONS[key]
    numeric = (act.f(pts + h) - act.f(pts - h)) / (2 * h)
    np.testing.assert_allclose(act.df(pts), numeric, atol=1e-8)


def test_activation_values_at_a_point() -> None:
    assert fw.activation_at("sigmoid", 0.0) == (0.5, 0.25)
    assert fw.activation_at("relu", -1.0) == (0.0, 0.0)
    assert fw.activation_at("relu", 2.0) == (2.0, 1.0)
    assert fw.activation_at("step", 0.5) == (1.0, 0.0)
    assert fw.activation_at("step", 0.0) == (0.0, 0.0)
    assert fw.activation_at("identity", -1.5) == (-1.5, 1.0)
    y, dy = fw.activation_at("softmax", 0.0)
    assert y == pytest.approx(1 / (2 + np.e)) and dy == pytest.approx(y * (1 - y))


def test_forward_trace_names_shapes_and_values_of_a_two_layer_net() -> None:
    net = TwoLayerNet(784, 50, 10, rng=np.random.default_rng(0))
    x = np.random.default_rng(1).random(784).astype(np.float32)
    stages = fw.forward_trace(net, x)
    assert [(s.symbol, s.shape) for s in stages] == [("x", (784,)), ("a1", (50,)), ("z1", (50,)), ("a2", (10,)),
                                                     ("y", (10,))]
    np.testing.assert_allclose(stages[1].value, x @ net.params["W1"] + net.params["b1"], rtol=1e-5)
    np.testing.assert_allclose(stages[-1].value, net.probabilities(x[None])[0], rtol=1e-6)
    deep = fw.forward_trace(MultiLayerNet(784, [20, 20], 10, rng=np.random.default_rng(0)), x)
    assert [s.symbol for s in deep] == ["x", "a1", "z1", "a2", "z2", "a3", "y"]


def test_forward_trace_of_a_simple_conv_net() -> None:
    from dlfs_studio.core.conv import SimpleConvNet

    net = SimpleConvNet(rng=np.random.default_rng(0))
    stages = fw.forward_trace(net, np.zeros((28, 28), np.float32))
    assert [(s.symbol, s.shape) for s in stages] == [
        ("x", (1, 28, 28)), ("Conv1", (30, 24, 24)), ("Relu1", (30, 24, 24)), ("Pool1", (30, 12, 12)),
        ("a1", (100,)), ("z1", (100,)), ("a2", (10,)), ("y", (10,))]


def test_batch_timing_reports_the_books_shapes_and_same_answers() -> None:
    net = TwoLayerNet(784, 50, 10, rng=np.random.default_rng(0))
    x = np.random.default_rng(2).random((200, 784)).astype(np.float32)
    t = fw.measure_batch_speedup(net, x, batch_size=100, repeats=1)
    assert t.in_shape == (100, 784) and t.out_shape == (100, 10)
    assert t.n == 200 and t.same
    assert t.one_at_a_time > 0 and t.batched > 0 and t.speedup == t.one_at_a_time / t.batched
    with pytest.raises(ValueError):
        fw.measure_batch_speedup(net, x[:0])
