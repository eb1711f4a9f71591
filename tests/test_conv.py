"""im2col / col2im, Convolution and Pooling (chapter 7) against plain loop implementations and numerical gradients."""
from __future__ import annotations

import numpy as np
import pytest

from dlfs_studio.core.conv import Convolution, Pooling, col2im, conv_output_size, im2col
from dlfs_studio.core.gradient import numerical_gradient
from dlfs_studio.core.layers import Relu

# (N, C, H, W), filter_h, filter_w, stride, pad
CONFIGS = [
    ((2, 1, 5, 5), 3, 3, 1, 0),
    ((2, 3, 7, 6), 3, 2, 1, 1),
    ((1, 2, 8, 8), 3, 3, 2, 1),
    ((3, 2, 7, 9), 2, 4, 2, 0),   # not divisible: trailing rows/columns are dropped
    ((2, 1, 6, 6), 5, 5, 3, 2),
    ((1, 3, 4, 4), 1, 1, 1, 0),
    ((2, 2, 5, 5), 5, 5, 1, 0),   # filter as large as the image
]


# ----------------------------------------------------------------------------- loop references
def loop_im2col(x, fh, fw, stride, pad):
    n, c, h, w = x.shape
    oh = (h + 2 * pad - fh) // stride + 1
    ow = (w + 2 * pad - fw) // stride + 1
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    col = np.zeros((n * oh * ow, c * fh * fw), dtype=x.dtype)
    for i_n in range(n):
        for i in range(oh):
            for j in range(ow):
                win = xp[i_n, :, i * stride:i * stride + fh, j * stride:j * stride + fw]
                col[(i_n * oh + i) * ow + j] = win.ravel()
    return col


def loop_col2im(col, shape, fh, fw, stride, pad):
    n, c, h, w = shape
    oh = (h + 2 * pad - fh) // stride + 1
    ow = (w + 2 * pad - fw) // stride + 1
    xp = np.zeros((n, c, h + 2 * pad, w + 2 * pad), dtype=col.dtype)
    for i_n in range(n):
        for i in range(oh):
            for j in range(ow):
                xp[i_n, :, i * stride:i * stride + fh, j * stride:j * stride + fw] += \
                    col[(i_n * oh + i) * ow + j].reshape(c, fh, fw)
    return xp[:, :, pad:pad + h, pad:pad + w]


def loop_conv(x, W, b, stride, pad):
    n, _c, h, w = x.shape
    fn, _, fh, fw = W.shape
    oh = (h + 2 * pad - fh) // stride + 1
    ow = (w + 2 * pad - fw) // stride + 1
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    out = np.zeros((n, fn, oh, ow))
    for i_n in range(n):
        for f in range(fn):
            for i in range(oh):
                for j in range(ow):
                    out[i_n, f, i, j] = np.sum(xp[i_n, :, i * stride:i * stride + fh, j * stride:j * stride + fw]
                                               * W[f]) + b[f]
    return out


def loop_maxpool(x, ph, pw, stride, pad):
    n, c, h, w = x.shape
    oh = (h + 2 * pad - ph) // stride + 1
    ow = (w + 2 * pad - pw) // stride + 1
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)), constant_values=-np.inf)  # PyTorch's padding
    out = np.zeros((n, c, oh, ow), dtype=x.dtype)
    dmask = np.zeros((n, c, oh, ow, *xp.shape[2:]), dtype=bool)  # which input each output comes from
    for i_n in range(n):
        for ch in range(c):
            for i in range(oh):
                for j in range(ow):
                    win = xp[i_n, ch, i * stride:i * stride + ph, j * stride:j * stride + pw]
                    out[i_n, ch, i, j] = win.max()
                    k = int(np.argmax(win))
                    dmask[i_n, ch, i, j, i * stride + k // pw, j * stride + k % pw] = True
    return out, dmask


def rel_check(a, b, tol=1e-7):
    assert a.shape == b.shape
    assert np.mean(np.abs(a - b)) < tol, np.mean(np.abs(a - b))


# ----------------------------------------------------------------------------- im2col / col2im
@pytest.mark.parametrize("shape, fh, fw, stride, pad", CONFIGS)
def test_im2col_matches_loop(shape, fh, fw, stride, pad):
    x = np.random.default_rng(0).standard_normal(shape)
    x_before = x.copy()
    col = im2col(x, fh, fw, stride, pad)
    np.testing.assert_array_equal(col, loop_im2col(x, fh, fw, stride, pad))
    np.testing.assert_array_equal(x, x_before)
    assert col.flags.c_contiguous


@pytest.mark.parametrize("shape, fh, fw, stride, pad", CONFIGS)
def test_col2im_matches_loop_and_is_adjoint(shape, fh, fw, stride, pad):
    rng = np.random.default_rng(1)
    x = rng.standard_normal(shape)
    col_shape = im2col(x, fh, fw, stride, pad).shape
    y = rng.standard_normal(col_shape)
    y_before = y.copy()
    img = col2im(y, shape, fh, fw, stride, pad)
    np.testing.assert_allclose(img, loop_col2im(y, shape, fh, fw, stride, pad), rtol=1e-12, atol=1e-12)
    np.testing.assert_array_equal(y, y_before)
    # <im2col(x), y> == <x, col2im(y)>
    lhs = np.sum(im2col(x, fh, fw, stride, pad) * y)
    rhs = np.sum(x * img)
    assert lhs == pytest.approx(rhs, rel=1e-12, abs=1e-12)


def test_im2col_keeps_float32_and_book_example():
    x = np.random.default_rng(2).random((10, 3, 7, 7), dtype=np.float32)
    col = im2col(x, 5, 5, stride=1, pad=0)
    assert col.shape == (90, 75) and col.dtype == np.float32   # the book's printed shapes
    assert im2col(x[:1], 5, 5).shape == (9, 75)


def test_conv_output_size_and_errors():
    assert conv_output_size(28, 5) == 24
    assert conv_output_size(4, 3, stride=1, pad=1) == 4
    assert conv_output_size(7, 3, stride=2, pad=0) == 3
    with pytest.raises(ValueError, match="does not fit"):
        conv_output_size(3, 5)
    with pytest.raises(ValueError, match="stride"):
        im2col(np.zeros((1, 1, 4, 4)), 2, 2, stride=0)
    with pytest.raises(ValueError, match="pad"):
        im2col(np.zeros((1, 1, 4, 4)), 2, 2, pad=-1)
    with pytest.raises(ValueError, match=r"\(N, C, H, W\)"):
        im2col(np.zeros((4, 4)), 2, 2)
    with pytest.raises(TypeError, match="numbers"):
        im2col(np.array([[[["a"]]]]), 1, 1)
    with pytest.raises(ValueError, match="col has shape"):
        col2im(np.zeros((3, 4)), (1, 1, 4, 4), 2, 2)


# ----------------------------------------------------------------------------- Convolution
CONV_CONFIGS = [
    ((2, 1, 6, 6), (3, 1, 3, 3), 1, 0),
    ((2, 2, 7, 7), (3, 2, 3, 3), 2, 1),
    ((1, 3, 5, 6), (2, 3, 2, 3), 1, 1),
    ((2, 2, 8, 7), (4, 2, 3, 2), 2, 0),
]


@pytest.mark.parametrize("xs, ws, stride, pad", CONV_CONFIGS)
def test_convolution_forward_matches_loop(xs, ws, stride, pad):
    rng = np.random.default_rng(3)
    x, W, b = rng.standard_normal(xs), rng.standard_normal(ws), rng.standard_normal(ws[0])
    x_before = x.copy()
    conv = Convolution(W, b, stride, pad)
    out = conv.forward(x)
    np.testing.assert_allclose(out, loop_conv(x, W, b, stride, pad), rtol=1e-10, atol=1e-12)
    assert out.shape == (xs[0], *conv.output_shape(xs[1:]))
    np.testing.assert_array_equal(x, x_before)
    # the book's formulation: im2col @ W.reshape(FN, -1).T
    col = im2col(x, ws[2], ws[3], stride, pad)
    book = (col @ W.reshape(ws[0], -1).T + b).reshape(xs[0], out.shape[2], out.shape[3], -1).transpose(0, 3, 1, 2)
    np.testing.assert_allclose(out, book, rtol=1e-10, atol=1e-12)


@pytest.mark.parametrize("xs, ws, stride, pad", CONV_CONFIGS)
def test_convolution_gradient_check(xs, ws, stride, pad):
    rng = np.random.default_rng(4)
    x, W, b = rng.standard_normal(xs), rng.standard_normal(ws), rng.standard_normal(ws[0])
    conv = Convolution(W, b, stride, pad)
    r = rng.standard_normal((xs[0], *conv.output_shape(xs[1:])))

    def loss(_):
        return float(np.sum(conv.forward(x) * r))

    conv.forward(x)
    r_before = r.copy()
    dx = conv.backward(r)
    np.testing.assert_array_equal(r, r_before)
    rel_check(dx, numerical_gradient(loss, x))
    grads = {k: g.copy() for k, g in conv.grads.items()}
    for key in ("W", "b"):
        rel_check(grads[key], numerical_gradient(loss, conv.params[key]))
    # backward with need_dx=False gives the same parameter gradients and no dx
    first = Convolution(W, b, stride, pad, need_dx=False)
    first.forward(x)
    assert first.backward(r) is None
    for key in ("W", "b"):
        np.testing.assert_allclose(first.grads[key], grads[key], rtol=1e-12)


def test_convolution_float32_buffers_and_eval_in_between():
    rng = np.random.default_rng(5)
    W = (rng.standard_normal((4, 2, 3, 3)) * 0.1).astype(np.float32)
    b = np.zeros(4, np.float32)
    conv = Convolution(W, b)
    x1 = rng.random((3, 2, 8, 8), dtype=np.float32)
    x2 = rng.random((5, 2, 8, 8), dtype=np.float32)
    out = conv.forward(x1)
    assert out.dtype == np.float32
    conv.forward(x2, train=False)          # an evaluation between forward and backward keeps the cache
    dout = rng.standard_normal(out.shape).astype(np.float32)
    dx = conv.backward(dout)
    ref = Convolution(W.astype(np.float64), b.astype(np.float64))
    ref.forward(x1.astype(np.float64))
    np.testing.assert_allclose(dx, ref.backward(dout.astype(np.float64)), rtol=1e-4, atol=1e-5)
    np.testing.assert_allclose(conv.grads["W"], ref.grads["W"], rtol=1e-4, atol=1e-4)
    assert dx.dtype == np.float32 and conv.grads["W"].dtype == np.float32
    # a new batch size reallocates the buffers; the output buffer is reused for the same shape
    out2 = conv.forward(x2)
    assert np.shares_memory(conv.forward(x2), out2)
    np.testing.assert_allclose(out2, loop_conv(x2, W, b, 1, 0), rtol=1e-4, atol=1e-5)


def test_convolution_params_are_live_and_errors():
    W, b = np.ones((2, 1, 2, 2)), np.zeros(2)
    conv = Convolution(W, b)
    assert conv.params["W"] is W and conv.params["b"] is b
    x = np.ones((1, 1, 3, 3))
    W *= 2  # an in-place optimizer update is seen by the layer
    np.testing.assert_array_equal(conv.forward(x), np.full((1, 2, 2, 2), 8.0))
    with pytest.raises(ValueError, match="channel"):
        conv.forward(np.ones((1, 3, 3, 3)))
    with pytest.raises(ValueError, match=r"\(FN, C, FH, FW\)"):
        Convolution(np.ones((2, 2)), b)
    with pytest.raises(ValueError, match="one bias per filter"):
        Convolution(W, np.zeros(3))
    with pytest.raises(RuntimeError, match="forward"):
        Convolution(W, b).backward(np.ones((1, 2, 2, 2)))


# ----------------------------------------------------------------------------- Pooling
POOL_CONFIGS = [
    ((2, 3, 6, 6), 2, 2, 2, 0),    # tiles (fast path)
    ((2, 2, 7, 9), 2, 2, 2, 0),    # tiles, odd sizes: last row/column dropped
    ((1, 2, 9, 9), 3, 3, 3, 0),    # tiles
    ((2, 2, 6, 6), 3, 3, 1, 0),    # overlapping windows
    ((2, 2, 6, 7), 2, 2, 2, 1),    # stride 2 with padding
    ((1, 3, 5, 5), 3, 2, 2, 1),
]


class GeneralPooling(Pooling):
    """Pooling forced onto the general (window view + argmax) path."""

    @property
    def tiles(self) -> bool:
        return False


@pytest.mark.parametrize("cls", [Pooling, GeneralPooling])
@pytest.mark.parametrize("xs, ph, pw, stride, pad", POOL_CONFIGS)
def test_pooling_matches_loop(cls, xs, ph, pw, stride, pad):
    rng = np.random.default_rng(6)
    x = rng.standard_normal(xs)
    x_before = x.copy()
    pool = cls(ph, pw, stride, pad)
    out = pool.forward(x)
    ref, dmask = loop_maxpool(x, ph, pw, stride, pad)
    np.testing.assert_array_equal(out, ref)
    # inference on other images (no argmax kept) between forward and backward
    other = rng.standard_normal((3, *xs[1:]))
    np.testing.assert_array_equal(pool.forward(other, train=False), loop_maxpool(other, ph, pw, stride, pad)[0])
    dout = rng.standard_normal(ref.shape)
    dx = pool.backward(dout)
    ref_dx = np.einsum("ncij,ncijhw->nchw", dout, dmask)[:, :, pad:pad + xs[2], pad:pad + xs[3]]
    np.testing.assert_allclose(dx, ref_dx, rtol=1e-12, atol=1e-12)
    np.testing.assert_array_equal(x, x_before)


@pytest.mark.parametrize("xs, ph, pw, stride, pad", POOL_CONFIGS)
def test_pooling_gradient_check(xs, ph, pw, stride, pad):
    rng = np.random.default_rng(7)
    x = rng.standard_normal(xs)
    pool = Pooling(ph, pw, stride, pad)
    r = rng.standard_normal((xs[0], *pool.output_shape(xs[1:])))
    pool.forward(x)
    dx = pool.backward(r)
    rel_check(dx, numerical_gradient(lambda _: float(np.sum(pool.forward(x) * r)), x))


@pytest.mark.parametrize("cls", [Pooling, GeneralPooling])
def test_pooling_ties_go_to_the_first_maximum(cls):
    x = np.zeros((1, 1, 4, 4), dtype=np.float32)
    x[0, 0, 2:, 2:] = [[1, 3], [3, 3]]      # a tie between three positions
    pool = cls(2, 2, 2)
    out = pool.forward(x)
    np.testing.assert_array_equal(out[0, 0], [[0, 0], [0, 3]])
    dx = pool.backward(np.ones_like(out))
    expected = np.zeros((4, 4), dtype=np.float32)
    expected[0, 0] = expected[0, 2] = expected[2, 0] = 1  # all-zero windows: the top-left one
    expected[2, 3] = 1                                    # first of the three 3s in row-major order
    np.testing.assert_array_equal(dx[0, 0], expected)
    assert dx.dtype == np.float32


@pytest.mark.parametrize("cls", [Pooling, GeneralPooling])
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_max_pooling_padding_never_wins_nor_takes_gradient(cls, dtype):
    # issue 10: zero padding made an all-negative border window return 0 and routed its gradient
    # into the padding; PyTorch pads with -inf
    rng = np.random.default_rng(9)
    x = (-1.0 - rng.random((2, 3, 5, 6))).astype(dtype)  # every value in [-2, -1)
    pool = cls(3, 3, 2, 1)
    out = pool.forward(x)
    assert out.dtype == dtype and out.shape == (2, 3, 3, 3)
    assert np.all(out < -0.99)
    ref, _ = loop_maxpool(x, 3, 3, 2, 1)
    np.testing.assert_array_equal(out, ref)
    dout = rng.standard_normal(out.shape).astype(dtype)
    dx = pool.backward(dout)
    # every output's gradient lands on a real input: nothing lost into the padding
    assert float(dx.sum(dtype=np.float64)) == pytest.approx(float(dout.sum(dtype=np.float64)), rel=1e-5)
    x64 = x.astype(np.float64)
    pool64 = cls(3, 3, 2, 1)
    r = rng.standard_normal(out.shape)
    pool64.forward(x64)
    rel_check(pool64.backward(r), numerical_gradient(lambda _: float(np.sum(pool64.forward(x64) * r)), x64))


def test_max_pooling_all_lowest_window_routes_to_a_real_cell():
    # a border window whose real values are all -inf ties with the padding: the real cell wins
    x = np.full((1, 1, 3, 3), -np.inf)
    pool = Pooling(2, 2, 2, 1)
    out = pool.forward(x)
    assert np.all(out == -np.inf)
    dx = pool.backward(np.ones_like(out))
    assert dx.sum() == out.size  # all of it on real cells
    xi = np.arange(-20, -11, dtype=np.int16).reshape(1, 1, 3, 3)
    np.testing.assert_array_equal(Pooling(2, 2, 1, 1).forward(xi)[0, 0, 0], [-20, -19, -18, -18])


def test_max_pooling_padding_must_be_smaller_than_the_window():
    with pytest.raises(ValueError, match="padding"):
        Pooling(2, 2, 2, 2)
    with pytest.raises(ValueError, match="padding"):
        Pooling(3, 1, 1, 1)


def test_pool_then_relu_equals_relu_then_pool():
    """SimpleConvNet applies ReLU after pooling (4x fewer values); values and gradients are identical."""
    rng = np.random.default_rng(8)
    x = rng.standard_normal((3, 4, 8, 8))
    x[0, 0, :2, :2] = -1.0          # all-negative window
    x[1, 1, 2:4, 2:4] = 0.5         # positive tie
    dout = rng.standard_normal((3, 4, 4, 4))
    relu_a, pool_a = Relu(), Pooling(2, 2, 2)
    a = pool_a.forward(relu_a.forward(x))
    da = relu_a.backward(pool_a.backward(dout))
    pool_b, relu_b = Pooling(2, 2, 2), Relu()
    b = relu_b.forward(pool_b.forward(x))
    db = pool_b.backward(relu_b.backward(dout))
    np.testing.assert_array_equal(a, b)
    np.testing.assert_array_equal(da, db)


def test_pooling_errors():
    with pytest.raises(ValueError, match="pool_h"):
        Pooling(0, 2)
    pool = Pooling(2, 2, 2)
    with pytest.raises(ValueError, match=r"\(N, C, H, W\)"):
        pool.forward(np.zeros((4, 4)))
    with pytest.raises(ValueError, match="does not fit"):
        pool.forward(np.zeros((1, 1, 1, 1)))
    with pytest.raises(RuntimeError, match="forward"):
        pool.backward(np.zeros((1, 1, 1, 1)))
    pool.forward(np.zeros((1, 1, 4, 4)))
    with pytest.raises(ValueError, match="dout has shape"):
        pool.backward(np.zeros((1, 1, 3, 3)))


# ----------------------------------------------------------------------------- SimpleConvNet
from dlfs_studio.core.conv import SimpleConvNet  # noqa: E402
from dlfs_studio.core.network import build_network  # noqa: E402


def small_net(dtype=np.float64, std=0.3, conv_param=None, seed=0):
    return SimpleConvNet(input_dim=(2, 9, 10), conv_param=conv_param or {"filter_num": 3, "filter_size": 3},
                         hidden_size=6, output_size=4, weight_init_std=std,
                         rng=np.random.default_rng(seed), dtype=dtype)


def reference_scores(net, x):
    """The book's layer sequence written out with the loop helpers of this file."""
    p = net.params
    cp = net.conv_param
    a = np.maximum(loop_conv(x, p["W1"], p["b1"], cp["stride"], cp["pad"]), 0)
    a, _ = loop_maxpool(a, 2, 2, 2, 0)
    a = np.maximum(a.reshape(len(x), -1) @ p["W2"] + p["b2"], 0)
    return a @ p["W3"] + p["b3"]


def test_simple_conv_net_defaults_are_the_books():
    net = SimpleConvNet(rng=np.random.default_rng(0))
    shapes = {k: v.shape for k, v in net.params.items()}
    assert shapes == {"W1": (30, 1, 5, 5), "b1": (30,), "W2": (4320, 100), "b2": (100,),
                      "W3": (100, 10), "b3": (10,)}
    assert all(v.dtype == np.float32 for v in net.params.values())
    assert list(net.layers) == ["Conv1", "Relu1", "Pool1", "Affine1", "Relu2", "Affine2"]
    assert net.input_shape == (1, 28, 28)
    assert 0.008 < float(net.params["W2"].std()) < 0.012 and not net.params["b1"].any()
    f = net.filters()
    assert f.shape == (30, 1, 5, 5)
    np.testing.assert_array_equal(f, net.params["W1"])
    assert not np.shares_memory(f, net.params["W1"])


@pytest.mark.parametrize("conv_param", [{"filter_num": 3, "filter_size": 3},
                                        {"filter_num": 2, "filter_size": 3, "stride": 2, "pad": 1}])
def test_simple_conv_net_forward_matches_reference(conv_param):
    net = small_net(conv_param=conv_param)
    x = np.random.default_rng(1).standard_normal((4, 2, 9, 10))
    np.testing.assert_allclose(net.predict(x), reference_scores(net, x), rtol=1e-10, atol=1e-12)
    # inference in chunks gives the same scores (last chunk smaller)
    whole = net.predict(x)
    net.eval_chunk = 3
    np.testing.assert_allclose(net.predict(x), whole, rtol=1e-12, atol=1e-14)
    assert net.accuracy(x, whole.argmax(axis=1)) == 1.0


@pytest.mark.parametrize("conv_param", [{"filter_num": 3, "filter_size": 3},
                                        {"filter_num": 2, "filter_size": 3, "stride": 2, "pad": 1}])
def test_simple_conv_net_gradient_check(conv_param):
    net = small_net(conv_param=conv_param)
    # data chosen so that no ReLU input lies within 3e-3 of its kink and no two values of a
    # pooling window lie within 3e-3 of each other (a central difference straddling a kink is wrong)
    rng = np.random.default_rng(5)
    x = rng.standard_normal((3, 2, 9, 10))
    t = rng.integers(0, 4, 3)
    grads = net.gradient(x, t)
    numeric = net.numerical_gradient(x, t)
    for key in net.params:
        assert np.abs(grads[key]).max() > 1e-4, key  # the check is not trivially satisfied
        assert np.mean(np.abs(grads[key] - numeric[key])) < 1e-7, key


def test_simple_conv_net_float32_close_to_float64_and_config_roundtrip():
    net64 = small_net()
    net32 = small_net(dtype=np.float32)
    rng = np.random.default_rng(3)
    x = rng.standard_normal((5, 2, 9, 10))
    t = rng.integers(0, 4, 5)
    loss32, g32 = net32.loss_and_gradient(x, t)
    loss64, g64 = net64.loss_and_gradient(x, t)
    assert loss32 == pytest.approx(loss64, rel=1e-5)
    for key in g64:
        assert g32[key].dtype == np.float32
        np.testing.assert_allclose(g32[key], g64[key], rtol=1e-3, atol=1e-5)
    config = net32.config()
    assert config["type"] == "simple_conv" and config["dtype"] == "float32"
    rebuilt = build_network(config, rng=np.random.default_rng(0))
    assert isinstance(rebuilt, SimpleConvNet) and rebuilt.config() == config
    rebuilt.load_state_arrays(net32.state_arrays())
    np.testing.assert_array_equal(rebuilt.predict(x), net32.predict(x))


def test_simple_conv_net_training_step_reduces_loss_and_never_mutates_input():
    net = SimpleConvNet(input_dim=(1, 12, 12), conv_param={"filter_num": 4, "filter_size": 3},
                        hidden_size=8, output_size=3, weight_init_std=0.1, rng=np.random.default_rng(4))
    rng = np.random.default_rng(5)
    x = rng.random((20, 1, 12, 12), dtype=np.float32)
    t = rng.integers(0, 3, 20)
    x[np.arange(20), 0, 4 * t, 4 * t] += 3  # a bright pixel whose position gives the class
    x_before = x.copy()
    first = None
    for _ in range(60):
        loss, grads = net.loss_and_gradient(x, t)
        first = loss if first is None else first
        for k in net.params:
            net.params[k] -= 0.2 * grads[k]
    assert loss < 0.1 * first
    assert net.accuracy(x, t) == 1.0
    np.testing.assert_array_equal(x, x_before)


def test_simple_conv_net_errors():
    with pytest.raises(ValueError, match="input_dim"):
        SimpleConvNet(input_dim=(28, 28))
    with pytest.raises(ValueError, match="conv_param"):
        SimpleConvNet(conv_param={"filters": 3})
    with pytest.raises(ValueError, match="does not fit"):
        SimpleConvNet(input_dim=(1, 4, 4), conv_param={"filter_size": 5})
    with pytest.raises(ValueError, match="weight_init_std"):
        SimpleConvNet(weight_init_std=0)
    with pytest.raises(TypeError, match="Generator"):
        SimpleConvNet(rng=0)
    net = small_net()
    with pytest.raises(ValueError, match="expects samples"):
        net.predict(np.zeros((2, 1, 9, 9)))


def test_simple_conv_net_gradient_check_with_blank_background_ties():
    """MNIST-like images: blank (all-zero) windows give exactly equal conv outputs (= bias), so
    pooling sees exact ties everywhere; a bias shift keeps them tied, and backprop must agree.
    (h = 1e-6: with ~86,000 conv outputs per 5 images some lie within 1e-4 of the ReLU kink.)"""
    net = SimpleConvNet(input_dim=(1, 12, 12), conv_param={"filter_num": 3, "filter_size": 3},
                        hidden_size=6, output_size=4, weight_init_std=0.3,
                        rng=np.random.default_rng(6), dtype=np.float64)
    rng = np.random.default_rng(7)
    net.params["b1"][...] = rng.uniform(0.1, 0.3, 3)
    x = np.zeros((3, 1, 12, 12))
    x[:, :, 4:8, 3:9] = rng.random((3, 1, 4, 6))
    t = rng.integers(0, 4, 3)
    conv = net.layers["Conv1"].forward(x, train=False)[:, :, :10, :10].reshape(3, 3, 5, 2, 5, 2)
    tied = (conv.max(axis=(3, 5)) == conv.min(axis=(3, 5)))
    assert tied.sum() > 20  # many pooling windows are exact four-way ties
    grads = net.gradient(x, t)
    numeric = net.numerical_gradient(x, t, h=1e-6)
    for key in net.params:
        assert np.abs(grads[key]).max() > 1e-4, key
        assert np.mean(np.abs(grads[key] - numeric[key])) < 1e-7, key
