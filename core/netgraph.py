"""TwoLayerNet as a computational graph (book section 5.7): every layer's forward output and backward
gradient on one mini-batch, with the array shapes on the edges.

:func:`trace_two_layer` runs the layers of a float64 copy of the network one by one (Affine1, ReLU or
Sigmoid, Affine2, SoftmaxWithLoss), keeps a copy of every intermediate array, then runs backward from
dL/dL = 1, as the book's ``TwoLayerNet.gradient`` does ("forward, then backward in the right order").
The network passed in is never modified. :func:`tiny_example` is a 2-3-2 network whose every number
fits on a screen: the first two layers of the book's ``init_network`` (section 3.4.3).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from .functions import CROSS_ENTROPY_DELTA, cross_entropy_error_grad, one_hot
from .nets import TwoLayerNet
from .network import Network, build_network


@dataclass(frozen=True)
class LayerTrace:
    """One layer of the graph. ``x`` (N, D) its input and ``out`` its output (a 0-d array, the loss, for
    SoftmaxWithLoss); ``dout`` the gradient arriving at its output, ``dx`` the one it sends back (None for
    the first Affine, whose input needs none); ``params`` and ``grads`` by the network's keys (W1, b1...)."""

    name: str
    kind: str                       # "affine", "relu", "sigmoid", "softmax_loss"
    x: NDArray
    out: NDArray
    dout: NDArray
    dx: NDArray | None
    params: dict[str, NDArray]
    grads: dict[str, NDArray]


@dataclass(frozen=True)
class NetTrace:
    """Forward and backward of a TwoLayerNet on (x, t). ``y`` (N, K) the softmax probabilities,
    ``t_onehot`` (N, K); ``dscore`` = (y - t) / N, SoftmaxWithLoss' backward; ``dE_dy`` = -t / (y + 1e-7) / N,
    the cross-entropy's gradient with respect to y that the loss panel calls dE/dy (the softmax node turns
    it into ``dscore``)."""

    layers: tuple[LayerTrace, ...]
    loss: float
    y: NDArray
    t_onehot: NDArray
    dscore: NDArray
    dE_dy: NDArray
    activation: str

    @property
    def batch_size(self) -> int:
        return int(self.y.shape[0])

    def edge_shapes(self) -> list[tuple[int, ...]]:
        """The shape on each edge: the input x, then every layer's output (the loss is ())."""
        return [tuple(self.layers[0].x.shape)] + [tuple(layer.out.shape) for layer in self.layers]

    def steps(self) -> list[tuple[str, int]]:
        """The ledger: ("forward", layer) for each layer, ("seed", last), then ("backward", layer) in reverse."""
        n = len(self.layers)
        return ([("forward", i) for i in range(n)] + [("seed", n - 1)]
                + [("backward", i) for i in reversed(range(n))])


def _float64_copy(net: Network) -> Network:
    config = dict(net.config())
    config["dtype"] = "float64"
    clone = build_network(config, rng=np.random.default_rng(0))
    clone.load_state_arrays(net.state_arrays())
    return clone


def trace_two_layer(net: Network, x: ArrayLike, t: ArrayLike) -> NetTrace:
    """Trace ``net`` (a TwoLayerNet) on x (N, input_size) and labels t (N,) or one-hot (N, K)."""
    if not isinstance(net, TwoLayerNet):
        raise TypeError("trace_two_layer needs a TwoLayerNet")
    work = _float64_copy(net)
    xb = work._as_batch(x)
    ta = np.asarray(t)
    layers = list(work.layers.items())
    inputs, outputs = [], []
    h = xb
    for _name, layer in layers:
        inputs.append(h.copy())
        h = layer.forward(h, True).copy()
        outputs.append(h)
    last = work.last_layer
    loss = float(last.forward(h, ta, True))
    y = last.y.copy()
    k = y.shape[1]
    t1 = ta.astype(np.float64) if ta.shape == y.shape else one_hot(ta.astype(np.int64), k, dtype=np.float64)
    dscore = last.backward(1.0).copy()
    douts: list[NDArray] = [np.empty(0)] * len(layers)
    dxs: list[NDArray | None] = [None] * len(layers)
    grads: list[dict[str, NDArray]] = [{} for _ in layers]
    d: NDArray | None = dscore
    for i in reversed(range(len(layers))):
        name, layer = layers[i]
        douts[i] = np.array(d)
        back = layer.backward(d)  # type: ignore[arg-type]
        dxs[i] = None if back is None else np.array(back)
        grads[i] = {key: layer.grads[p].copy() for key, (lay, p) in work._slots.items() if lay is layer}
        d = back
    traces = []
    for i, (name, layer) in enumerate(layers):
        kind = "affine" if name.startswith("Affine") else name.rstrip("0123456789").lower()
        params = {key: lay.params[p].copy() for key, (lay, p) in work._slots.items() if lay is layer}
        traces.append(LayerTrace(name, kind, inputs[i], outputs[i], douts[i], dxs[i], params, grads[i]))
    traces.append(LayerTrace("SoftmaxWithLoss", "softmax_loss", h, np.array(loss), np.array(1.0), dscore, {}, {}))
    dE_dy = cross_entropy_error_grad(y, t1, CROSS_ENTROPY_DELTA)
    return NetTrace(tuple(traces), loss, y, t1, dscore, np.asarray(dE_dy), str(getattr(work, "activation", "")))


#: The tiny example's arrays: the first two layers of the book's init_network (section 3.4.3) and two samples.
TINY = {
    "W1": ((0.1, 0.3, 0.5), (0.2, 0.4, 0.6)), "b1": (0.1, 0.2, 0.3),
    "W2": ((0.1, 0.4), (0.2, 0.5), (0.3, 0.6)), "b2": (0.1, 0.2),
    "x": ((1.0, 0.5), (-1.0, 0.2)), "t": (0, 1),
}


def tiny_example(activation: str = "relu", **arrays: ArrayLike) -> tuple[TwoLayerNet, NDArray, NDArray]:
    """A 2-3-2 TwoLayerNet (float64) with the book's weights of section 3.4.3 (W1, b1, W2, b2 of
    ``init_network``, the last layer's 3x2 part) and a batch of two samples x = [[1.0, 0.5], [-1.0, 0.2]],
    labels t = [0, 1]. Any of W1 (2, 3), b1 (3,), W2 (3, 2), b2 (2,), x (N, 2), t (N,) may be given instead;
    a wrong shape or a non-finite value raises ValueError."""
    unknown = set(arrays) - set(TINY)
    if unknown:
        raise ValueError(f"unknown array(s) {sorted(unknown)}; known: {sorted(TINY)}")
    net = TwoLayerNet(2, 3, 2, activation=activation, rng=np.random.default_rng(0), dtype=np.float64)
    values = {k: np.asarray(arrays.get(k, v), dtype=np.float64) for k, v in TINY.items() if k != "t"}
    for key in ("W1", "b1", "W2", "b2"):
        want = net.params[key].shape
        if values[key].shape != want:
            raise ValueError(f"{key} must have shape {want}, got {values[key].shape}")
        net.params[key][...] = values[key]
    x = values["x"]
    if x.ndim != 2 or x.shape[1] != 2 or x.shape[0] < 1:
        raise ValueError(f"x must have shape (N, 2), got {x.shape}")
    t = np.asarray(arrays.get("t", TINY["t"]))
    if t.shape != (x.shape[0],) or not np.all((t == 0) | (t == 1)):
        raise ValueError(f"t must hold {x.shape[0]} labels, each 0 or 1")
    for key, a in list(values.items()):
        if not np.all(np.isfinite(a)):
            raise ValueError(f"{key} must hold finite numbers")
    return net, x, t.astype(np.int64)
