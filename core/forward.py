"""Chapter 3 made computable: activation functions with their derivatives, the three-layer example network
of section 3.4, softmax naive against max-subtracted (section 3.5.2), and a trained network's forward pass
layer by layer with the batch speed-up of section 3.6.3.

Everything here is plain NumPy (no Qt); the app's "Forward pass" view only draws what these functions return.
The functions of ``core.functions`` are used, not re-implemented; what they lack (the naive softmax, the
derivative of the identity, softmax as one output's curve, the traces) lives here.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import ArrayLike, NDArray

from .functions import as_float_array, identity_function, relu, relu_grad, sigmoid, sigmoid_grad, softmax
from .functions import step_function as _step_function
from .functions import step_grad as _step_grad

# ----------------------------------------------------------------------------- activation functions


def step_function(x: ArrayLike) -> NDArray[np.floating]:
    """The step function of section 3.2.2 as floats (1.0 where x > 0, else 0.0), for plotting."""
    return _step_function(x).astype(np.float64)


def identity_grad(x: ArrayLike) -> NDArray[np.floating]:
    """Derivative of the identity function: 1 everywhere."""
    return np.ones_like(as_float_array(x))


#: The other logits of the softmax curve: y_1 = softmax((x, 0, 1))_1 as x moves.
SOFTMAX_OTHERS: tuple[float, ...] = (0.0, 1.0)


def softmax_first(x: ArrayLike, others: tuple[float, ...] = SOFTMAX_OTHERS) -> NDArray[np.floating]:
    """The first output of softmax((x, *others)) for every x: shape of x.

    Softmax is an output function of a whole vector; plotting one output against its own logit (the others held
    fixed) shows its S shape.
    """
    a = as_float_array(x)
    logits = np.concatenate([a.reshape(-1, 1), np.broadcast_to(np.asarray(others, float), (a.size, len(others)))],
                            axis=1)
    return softmax(logits)[:, 0].reshape(a.shape)


def softmax_first_grad(x: ArrayLike, others: tuple[float, ...] = SOFTMAX_OTHERS) -> NDArray[np.floating]:
    """d y_1 / d x of :func:`softmax_first`: y_1 (1 - y_1)."""
    y = softmax_first(x, others)
    return y * (1.0 - y)


@dataclass(frozen=True)
class Activation:
    """An activation (or output) function and its derivative, both elementwise on an array."""

    key: str
    name: str
    formula: str
    derivative_formula: str
    f: Callable[[ArrayLike], NDArray]
    df: Callable[[ArrayLike], NDArray]
    output_only: bool = False


#: The functions of chapter 3 in the book's order (hidden-layer activations, then the output functions).
ACTIVATIONS: dict[str, Activation] = {a.key: a for a in (
    Activation("step", "step function", "h(x) = 1 if x > 0 else 0", "h'(x) = 0 (undefined at 0)",
               step_function, _step_grad),
    Activation("sigmoid", "sigmoid", "h(x) = 1 / (1 + exp(-x))", "h'(x) = h(x) (1 - h(x))", sigmoid, sigmoid_grad),
    Activation("relu", "ReLU", "h(x) = max(0, x)", "h'(x) = 1 if x > 0 else 0", relu, relu_grad),
    Activation("identity", "identity", "σ(x) = x", "σ'(x) = 1", identity_function, identity_grad, True),
    Activation("softmax", "softmax", "y₁ = exp(x) / (exp(x) + exp(0) + exp(1))", "dy₁/dx = y₁ (1 - y₁)",
               softmax_first, softmax_first_grad, True),
)}


def activation_curve(key: str, lo: float = -6.0, hi: float = 6.0, points: int = 601
                     ) -> tuple[NDArray, NDArray, NDArray]:
    """(x, f(x), f'(x)) on ``points`` evenly spaced x in [lo, hi], for the activation ``key``."""
    act = ACTIVATIONS[key]
    if not (np.isfinite(lo) and np.isfinite(hi) and hi > lo) or points < 2:
        raise ValueError(f"need a finite range lo < hi and at least 2 points, got [{lo}, {hi}], {points}")
    x = np.linspace(lo, hi, points)
    return x, act.f(x).astype(np.float64), act.df(x).astype(np.float64)


def activation_at(key: str, x: float) -> tuple[float, float]:
    """(f(x), f'(x)) of the activation ``key`` at one point."""
    act = ACTIVATIONS[key]
    a = np.array([float(x)])
    return float(act.f(a)[0]), float(act.df(a)[0])


# ----------------------------------------------------------------------------- the network of section 3.4
def book_network() -> dict[str, NDArray[np.float64]]:
    """The book's ``init_network()`` of section 3.4.3: W1 (2, 3), b1 (3,), W2 (3, 2), b2 (2,), W3 (2, 2), b3 (2,)."""
    return {
        "W1": np.array([[0.1, 0.3, 0.5], [0.2, 0.4, 0.6]]),
        "b1": np.array([0.1, 0.2, 0.3]),
        "W2": np.array([[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]]),
        "b2": np.array([0.1, 0.2]),
        "W3": np.array([[0.1, 0.3], [0.2, 0.4]]),
        "b3": np.array([0.1, 0.2]),
    }


#: The book's input of section 3.4.3.
BOOK_INPUT = (1.0, 0.5)


@dataclass(frozen=True)
class ThreeLayerTrace:
    """Every value of the section-3.4 forward pass: a1 = x W1 + b1, z1 = h(a1), a2, z2, a3, y = σ(a3).

    x (2,), a1/z1 (3,), a2/z2 (2,), a3/y (2,); ``activation`` and ``output`` name the functions h and σ.
    """

    x: NDArray[np.float64]
    a1: NDArray[np.float64]
    z1: NDArray[np.float64]
    a2: NDArray[np.float64]
    z2: NDArray[np.float64]
    a3: NDArray[np.float64]
    y: NDArray[np.float64]
    activation: str = "sigmoid"
    output: str = "identity"


def three_layer_forward(network: Mapping[str, ArrayLike] | None = None, x: ArrayLike = BOOK_INPUT,
                        activation: str = "sigmoid", output: str = "identity") -> ThreeLayerTrace:
    """The book's ``forward(network, x)`` (section 3.4.3), keeping every intermediate value.

    ``network`` holds W1..W3, b1..b3 (default :func:`book_network`); ``activation`` is "sigmoid", "relu" or
    "step"; ``output`` is "identity" (the book's choice here) or "softmax". With the defaults the output is
    (0.31682708, 0.69627909) as the book prints it.
    """
    net = book_network() if network is None else {k: np.asarray(v, dtype=np.float64) for k, v in network.items()}
    for key in ("W1", "b1", "W2", "b2", "W3", "b3"):
        if key not in net:
            raise ValueError(f"the network needs {key}")
        if not np.all(np.isfinite(net[key])):
            raise ValueError(f"{key} holds a value that is not a finite number")
    if activation not in ("sigmoid", "relu", "step"):
        raise ValueError(f"activation must be 'sigmoid', 'relu' or 'step', got {activation!r}")
    if output not in ("identity", "softmax"):
        raise ValueError(f"output must be 'identity' or 'softmax', got {output!r}")
    h = ACTIVATIONS[activation].f
    xa = np.asarray(x, dtype=np.float64)
    a1 = np.dot(xa, net["W1"]) + net["b1"]
    z1 = np.asarray(h(a1), dtype=np.float64)
    a2 = np.dot(z1, net["W2"]) + net["b2"]
    z2 = np.asarray(h(a2), dtype=np.float64)
    a3 = np.dot(z2, net["W3"]) + net["b3"]
    y = np.asarray(identity_function(a3) if output == "identity" else softmax(a3), dtype=np.float64)
    return ThreeLayerTrace(xa, a1, z1, a2, z2, a3, y, activation, output)


# ----------------------------------------------------------------------------- softmax and its overflow
@dataclass(frozen=True)
class SoftmaxComparison:
    """The naive softmax exp(a_k) / Σ exp(a_i) next to the max-subtracted one (section 3.5.2), step by step.

    ``naive_exp``/``naive_sum``/``naive``: exp(a), its sum, the quotient (inf and nan once exp overflows);
    ``c``: the constant subtracted (max a); ``shifted`` = a - c; ``stable_exp`` = exp(a - c) (the largest is 1);
    ``stable``: the result. ``overflow``: some exp(a_k) overflowed to inf. ``log_c_check`` is exp(log C) for
    C = Σ exp(a - c): the identity exp(log C) = C that lets any constant be moved into the exponent.
    """

    logits: NDArray[np.float64]
    naive_exp: NDArray[np.float64]
    naive_sum: float
    naive: NDArray[np.float64]
    c: float
    shifted: NDArray[np.float64]
    stable_exp: NDArray[np.float64]
    stable_sum: float
    stable: NDArray[np.float64]
    overflow: bool
    naive_ok: bool
    log_c_check: float = field(default=0.0)


#: exp overflows float64 above this (log of the largest double, 709.78...).
EXP_LIMIT = float(np.log(np.finfo(np.float64).max))


def softmax_naive(a: ArrayLike) -> NDArray[np.float64]:
    """exp(a) / sum(exp(a)) exactly as the first version of section 3.5.1: overflows (inf/inf = nan) for big a."""
    x = np.asarray(a, dtype=np.float64)
    with np.errstate(over="ignore", invalid="ignore"):
        e = np.exp(x)
        return e / np.sum(e)


def compare_softmax(a: ArrayLike) -> SoftmaxComparison:
    """Naive and max-subtracted softmax of the logits ``a`` (K,), with every intermediate value.

    (1010, 1000, 990) gives nan, nan, nan naively and (9.99954600e-01, 4.53978686e-05, 2.06106005e-09)
    stably; (0.3, 2.9, 4.0) gives (0.01821127, 0.24519181, 0.73659691) both ways.
    """
    x = np.asarray(a, dtype=np.float64).ravel()
    if x.size == 0:
        raise ValueError("softmax needs at least one logit")
    if not np.all(np.isfinite(x)):
        raise ValueError("every logit must be a finite number")
    with np.errstate(over="ignore", invalid="ignore"):
        naive_exp = np.exp(x)
        naive_sum = float(np.sum(naive_exp))
        naive = naive_exp / naive_sum
    c = float(np.max(x))
    shifted = x - c
    stable_exp = np.exp(shifted)
    stable_sum = float(np.sum(stable_exp))
    stable = stable_exp / stable_sum
    return SoftmaxComparison(
        logits=x, naive_exp=naive_exp, naive_sum=naive_sum, naive=naive, c=c, shifted=shifted,
        stable_exp=stable_exp, stable_sum=stable_sum, stable=stable,
        overflow=bool(np.any(np.isinf(naive_exp))) or not np.isfinite(naive_sum),
        naive_ok=bool(np.all(np.isfinite(naive))), log_c_check=float(np.exp(np.log(stable_sum))))


# ----------------------------------------------------------------------------- a trained network, layer by layer
@dataclass(frozen=True)
class Stage:
    """One step of a forward pass: ``symbol`` in the book's notation (x, a1, z1, ..., y), the layer that made it,
    and a copy of its output for one sample (``value``, shape without the batch axis)."""

    symbol: str
    layer: str
    kind: str
    value: NDArray

    @property
    def shape(self) -> tuple[int, ...]:
        return tuple(self.value.shape)


def _kind(layer: object) -> str:
    return type(layer).__name__


def forward_trace(net, x: ArrayLike) -> list[Stage]:
    """The forward pass of a ``core.network.Network`` on one sample ``x`` (any shape with the right size),
    every layer's output copied: x -> a1 -> z1 -> a2 -> ... -> y (softmax of the last scores).

    Affine outputs are named a1, a2, ... and the activations after them z1, z2, ... as in section 3.4;
    convolution, pooling and other layers keep their layer names (Conv1, Pool1, ...). Inference mode.
    """
    xb = net._as_batch(np.asarray(x).reshape((1, *net.input_shape)))
    net._sync_params()
    stages = [Stage("x", "input", "Input", np.array(xb[0], copy=True))]
    affine = 0
    out = xb
    for name, layer in net.layers.items():
        out = layer.forward(out, False)
        kind = _kind(layer)
        if kind == "Affine":
            affine += 1
            symbol = f"a{affine}"
        elif kind in ("Relu", "Sigmoid") and affine and stages[-1].symbol == f"a{affine}":
            symbol = f"z{affine}"
        else:
            symbol = name
        stages.append(Stage(symbol, name, kind, np.array(out[0], copy=True)))
    stages.append(Stage("y", "softmax", "Softmax", softmax(np.asarray(out[0], dtype=np.float64))))
    return stages


@dataclass(frozen=True)
class BatchTiming:
    """Inference of ``n`` images one at a time against in batches of ``batch_size`` (section 3.6.3), measured.

    Times are the best of ``repeats`` runs, in seconds for all ``n`` images; ``speedup`` = one_at_a_time / batched.
    ``same``: both ways gave the same predicted labels. ``in_shape``/``out_shape``: one batch's shapes.
    """

    n: int
    batch_size: int
    one_at_a_time: float
    batched: float
    speedup: float
    same: bool
    in_shape: tuple[int, ...]
    out_shape: tuple[int, ...]


def measure_batch_speedup(net, x: ArrayLike, batch_size: int = 100, repeats: int = 3,
                          threads: int | None = 1) -> BatchTiming:
    """Time ``net.predict`` on the images ``x`` (N, ...) one by one and ``batch_size`` at a time.

    A measurement of this machine now, not a constant: the result varies with the load. Both ways run on
    ``threads`` OpenBLAS threads (1 by default, as training does: on shared cores, threaded matrix products
    can be many times slower, which would measure the machine's load rather than the batching).
    """
    from .training import blas_threads

    with blas_threads(threads):
        return _measure(net, x, batch_size, repeats)


def _measure(net, x: ArrayLike, batch_size: int, repeats: int) -> BatchTiming:
    xb = net._as_batch(x)
    n = int(xb.shape[0])
    if n == 0:
        raise ValueError("need at least one image")
    if batch_size < 1 or repeats < 1:
        raise ValueError("batch_size and repeats must be positive")
    batch_size = min(int(batch_size), n)
    one = batched = float("inf")
    labels_one = labels_batch = np.empty(0)
    for _ in range(int(repeats)):
        t0 = time.perf_counter()
        labels_one = np.array([int(np.argmax(net.predict(xb[i:i + 1]))) for i in range(n)])
        one = min(one, time.perf_counter() - t0)
        t0 = time.perf_counter()
        labels_batch = np.concatenate([np.argmax(net.predict(xb[i:i + batch_size]), axis=1)
                                       for i in range(0, n, batch_size)])
        batched = min(batched, time.perf_counter() - t0)
    out_shape = (batch_size, net.output_size)
    return BatchTiming(n, batch_size, one, batched, one / batched if batched > 0 else float("inf"),
                       bool(np.array_equal(labels_one, labels_batch)), (batch_size, *net.input_shape), out_shape)
