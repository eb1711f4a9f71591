"""The networks of chapters 4-6: SimpleNet, TwoLayerNet and MultiLayerNet.

TwoLayerNet and MultiLayerNet follow the :class:`core.network.Network` protocol and are
registered as "two_layer" and "multi_layer" for :func:`core.network.build_network`.
All randomness comes from the ``rng`` passed in (``np.random.default_rng(seed)``).
"""
from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from numpy.typing import ArrayLike, NDArray

from .functions import cross_entropy_error, softmax
from .gradient import numerical_gradient as _numerical_gradient
from .layers import Affine, BatchNormalization, Dropout, Relu, Sigmoid
from .network import Network, register_network

ACTIVATIONS = {"relu": Relu, "sigmoid": Sigmoid}

#: weight_init_std names: He (sqrt(2/n), for ReLU) and Xavier (sqrt(1/n), for sigmoid), with the book's aliases.
INIT_ALIASES = {"he": "he", "relu": "he", "xavier": "xavier", "sigmoid": "xavier"}


def _rng(rng: np.random.Generator | None) -> np.random.Generator:
    if rng is None:
        return np.random.default_rng()
    if not isinstance(rng, np.random.Generator):
        raise TypeError("rng must be a numpy.random.Generator, e.g. np.random.default_rng(0)")
    return rng


def _positive_int(name: str, value) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value <= 0:
        raise ValueError(f"{name} must be a positive whole number, got {value!r}")
    return int(value)


def _activation(name: str) -> str:
    key = str(name).lower()
    if key not in ACTIVATIONS:
        raise ValueError(f"activation must be 'relu' or 'sigmoid', got {name!r}")
    return key


def init_scale(weight_init_std: float | str, fan_in: int) -> float:
    """Standard deviation of the initial weights of a layer with ``fan_in`` inputs.

    A number is used as is (the book's 0.01); "he"/"relu" gives sqrt(2 / fan_in) and
    "xavier"/"sigmoid" gives sqrt(1 / fan_in), as the book's MultiLayerNet.
    """
    if isinstance(weight_init_std, str):
        kind = INIT_ALIASES.get(weight_init_std.lower())
        if kind is None:
            raise ValueError(f"weight_init_std must be a number, 'he' or 'xavier', got {weight_init_std!r}")
        return math.sqrt((2.0 if kind == "he" else 1.0) / fan_in)
    std = float(weight_init_std)
    if not math.isfinite(std) or std <= 0:
        raise ValueError(f"weight_init_std must be a positive number, got {weight_init_std!r}")
    return std


class SimpleNet:
    """The simpleNet of section 4.4.2: one 2x3 weight matrix, no bias, softmax + cross-entropy.

    ``W`` (2, 3) is used as given (float64), or drawn from the standard normal with ``rng``.
    """

    def __init__(self, W: ArrayLike | None = None, rng: np.random.Generator | None = None) -> None:
        if W is None:
            self.W = _rng(rng).standard_normal((2, 3))
        else:
            self.W = np.array(W, dtype=np.float64)
            if self.W.shape != (2, 3):
                raise ValueError(f"SimpleNet's W must have shape (2, 3), got {self.W.shape}")

    def predict(self, x: ArrayLike) -> NDArray:
        """x (2,) or (N, 2) -> scores (3,) or (N, 3)."""
        return np.dot(np.asarray(x, dtype=np.float64), self.W)

    def loss(self, x: ArrayLike, t: ArrayLike) -> float:
        """Cross-entropy of softmax(predict(x)) against ``t`` (one-hot or label index)."""
        return cross_entropy_error(softmax(self.predict(x)), t)

    def gradient(self, x: ArrayLike, t: ArrayLike) -> NDArray:
        """Analytic dL/dW (2, 3): x^T (softmax - t), averaged over a batch."""
        xa = np.atleast_2d(np.asarray(x, dtype=np.float64))
        y = np.atleast_2d(softmax(self.predict(xa)))
        ta = np.asarray(t)
        if ta.shape != y.shape and ta.shape != y.shape[1:]:
            ta = np.eye(3)[np.atleast_1d(ta).astype(int)]
        return xa.T @ (y - np.atleast_2d(ta)) / xa.shape[0]

    def numerical_gradient(self, x: ArrayLike, t: ArrayLike) -> NDArray:
        """dL/dW (2, 3) by central differences, exactly as the book's ``numerical_gradient(f, net.W)``."""
        return _numerical_gradient(lambda _: self.loss(x, t), self.W)


@register_network("two_layer")
class TwoLayerNet(Network):
    """The two-layer network of sections 4.5 and 5.7: Affine1 - activation - Affine2 - softmax.

    Parameters W1 (input_size, hidden_size), b1, W2 (hidden_size, output_size), b2; weights
    are ``weight_init_std`` * standard normal, biases zero. ``activation`` "sigmoid" is the
    chapter-4 network, "relu" the chapter-5 one.
    """

    def __init__(self, input_size: int = 784, hidden_size: int = 50, output_size: int = 10,
                 activation: str = "sigmoid", weight_init_std: float = 0.01,
                 rng: np.random.Generator | None = None, dtype=np.float32) -> None:
        input_size = _positive_int("input_size", input_size)
        hidden_size = _positive_int("hidden_size", hidden_size)
        output_size = _positive_int("output_size", output_size)
        super().__init__((input_size,), dtype)
        self.activation = _activation(activation)
        self.weight_init_std = init_scale(weight_init_std, input_size)
        rng = _rng(rng)
        std = self.weight_init_std
        W1 = (std * rng.standard_normal((input_size, hidden_size))).astype(self.dtype)
        W2 = (std * rng.standard_normal((hidden_size, output_size))).astype(self.dtype)
        self.add_layer("Affine1", Affine(W1, np.zeros(hidden_size, self.dtype), need_dx=False), W="W1", b="b1")
        self.add_layer(f"{ACTIVATIONS[self.activation].__name__}1", ACTIVATIONS[self.activation]())
        self.add_layer("Affine2", Affine(W2, np.zeros(output_size, self.dtype)), W="W2", b="b2")
        self.sizes = (input_size, hidden_size, output_size)

    def config(self) -> dict:
        return {"type": "two_layer", "input_size": self.sizes[0], "hidden_size": self.sizes[1],
                "output_size": self.sizes[2], "activation": self.activation,
                "weight_init_std": self.weight_init_std, "dtype": self.dtype.name}


@register_network("multi_layer")
class MultiLayerNet(Network):
    """The fully connected network of chapter 6 (the book's MultiLayerNetExtend).

    For each hidden layer i = 1..L-1: Affine{i} [- BatchNorm{i}] - activation{i} [- Dropout{i}];
    then Affine{L} and softmax. Parameters W{i}, b{i} (and gamma{i}, beta{i} with batch norm).
    ``weight_init_std``: a number, "he" (alias "relu") or "xavier" (alias "sigmoid").
    ``weight_decay_lambda`` adds 0.5 * lambda * sum(W**2) over all W to the loss and
    lambda * W to their gradients. ``dropout_ratio`` 0 means no dropout layers.
    """

    def __init__(self, input_size: int = 784, hidden_size_list: Sequence[int] = (100, 100, 100, 100),
                 output_size: int = 10, activation: str = "relu", weight_init_std: float | str = "relu",
                 weight_decay_lambda: float = 0.0, use_batchnorm: bool = False, dropout_ratio: float = 0.0,
                 rng: np.random.Generator | None = None, dtype=np.float32) -> None:
        input_size = _positive_int("input_size", input_size)
        output_size = _positive_int("output_size", output_size)
        sizes = [hidden_size_list] if isinstance(hidden_size_list, (int, np.integer)) else list(hidden_size_list)
        hidden = [_positive_int("each hidden size", h) for h in sizes]
        if not hidden:
            raise ValueError("hidden_size_list needs at least one hidden layer")
        wd = float(weight_decay_lambda)
        if not math.isfinite(wd) or wd < 0:
            raise ValueError(f"weight_decay_lambda must be >= 0, got {weight_decay_lambda!r}")
        dr = float(dropout_ratio)
        if not 0 <= dr < 1:
            raise ValueError(f"dropout_ratio must lie in [0, 1), got {dropout_ratio!r}")
        super().__init__((input_size,), dtype)
        self.activation = _activation(activation)
        if isinstance(weight_init_std, str):
            init_scale(weight_init_std, 1)  # validates the name
        self.weight_init_std = weight_init_std if isinstance(weight_init_std, str) else init_scale(weight_init_std, 1)
        self.weight_decay_lambda = wd
        self.use_batchnorm = bool(use_batchnorm)
        self.dropout_ratio = dr
        self.hidden_size_list = hidden
        rng = _rng(rng)
        sizes = [input_size] + hidden + [output_size]
        self.sizes = sizes
        for i in range(1, len(sizes)):
            std = init_scale(weight_init_std, sizes[i - 1])
            W = (std * rng.standard_normal((sizes[i - 1], sizes[i]))).astype(self.dtype)
            b = np.zeros(sizes[i], self.dtype)
            self.add_layer(f"Affine{i}", Affine(W, b, need_dx=i > 1), W=f"W{i}", b=f"b{i}")
            if i == len(sizes) - 1:
                break
            if self.use_batchnorm:
                self.add_layer(f"BatchNorm{i}", BatchNormalization(np.ones(sizes[i], self.dtype),
                                                                   np.zeros(sizes[i], self.dtype)),
                               gamma=f"gamma{i}", beta=f"beta{i}")
            self.add_layer(f"{ACTIVATIONS[self.activation].__name__}{i}", ACTIVATIONS[self.activation]())
            if self.dropout_ratio > 0:
                self.add_layer(f"Dropout{i}", Dropout(self.dropout_ratio, rng))
        self.decay_keys = tuple(f"W{i}" for i in range(1, len(sizes)))

    def config(self) -> dict:
        return {"type": "multi_layer", "input_size": self.sizes[0], "hidden_size_list": list(self.hidden_size_list),
                "output_size": self.sizes[-1], "activation": self.activation,
                "weight_init_std": self.weight_init_std, "weight_decay_lambda": self.weight_decay_lambda,
                "use_batchnorm": self.use_batchnorm, "dropout_ratio": self.dropout_ratio,
                "dtype": self.dtype.name}
