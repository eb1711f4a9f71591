"""The protocol every trainable network follows, and the registry that rebuilds networks.

A network is an ordered stack of layers (``core.layers``) ending in ``SoftmaxWithLoss``,
as in the book's chapter 5-7 networks. Subclass :class:`Network`, add the layers in order
with :meth:`Network.add_layer` (naming the parameters the book's way, "W1", "b1",
"gamma1", ...), and implement :meth:`Network.config`; everything else (predict, loss,
accuracy, backprop, numerical gradient, activations, saving) comes from the base class.
Register the class so a saved model can be rebuilt::

    @register_network("simple_conv")
    class SimpleConvNet(Network):
        def __init__(self, input_dim=(1, 28, 28), ..., rng=None, dtype=np.float32):
            super().__init__(input_shape=input_dim, dtype=dtype)
            self.add_layer("Conv1", Convolution(W1, b1, stride, pad), W="W1", b="b1")
            self.add_layer("Relu1", Relu())
            ...
        def config(self) -> dict:
            return {"type": "simple_conv", "input_dim": [1, 28, 28], ...}
        @classmethod
        def from_config(cls, config, rng=None):   # optional; default: cls(**config without "type")
            ...

    net = build_network({"type": "simple_conv", ...}, rng=np.random.default_rng(0))

Conventions:

* ``params`` is a dict of the *live* parameter arrays; optimizers update them in place
  (``params[k] -= lr * g``) and the layers see the change. Replacing an entry with a new
  array (``net.params["W1"] = W``) also works: the layer is re-bound before the next pass.
* ``input_shape`` is the per-sample shape, e.g. ``(784,)`` or ``(1, 28, 28)``; inputs of
  shape (N, *input_shape) or anything with the same number of values per sample are accepted.
* Scores ("logits") are the last Affine output before the softmax; predictions are their argmax.
* Labels ``t`` are label indices (N,) (fast path) or one-hot (N, K).
* Arrays returned by :meth:`Network.loss_and_gradient` are the network's own gradient
  buffers (valid until the next call); :meth:`Network.gradient` returns copies.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, cast

import numpy as np
from numpy.typing import ArrayLike, NDArray

from .functions import softmax
from .gradient import numerical_gradient as _numerical_gradient
from .layers import Dropout, Layer, Relu, Sigmoid, SoftmaxWithLoss

#: Registered network classes by config "type".
NETWORK_TYPES: dict[str, type[Network]] = {}

#: Layers whose outputs :meth:`Network.activations` reports (the nonlinearities).
ACTIVATION_LAYERS: tuple[type[Layer], ...] = (Relu, Sigmoid)


def register_network(type_name: str) -> Callable[[type[Network]], type[Network]]:
    """Class decorator: make ``build_network({"type": type_name, ...})`` build this class."""
    def decorate(cls: type[Network]) -> type[Network]:
        NETWORK_TYPES[type_name] = cls
        cls.type_name = type_name
        return cls
    return decorate


def build_network(config: dict, rng: np.random.Generator | None = None) -> Network:
    """Build a fresh network from a :meth:`Network.config` dict (random weights from ``rng``).

    Raises ValueError for a config that is not a dict, has no known "type", or has
    arguments the network does not accept.
    """
    if not isinstance(config, dict):
        raise ValueError(f"a network config must be a dict, got {type(config).__name__}")
    _load_builtin_networks()
    type_name = config.get("type")
    cls = NETWORK_TYPES.get(type_name)  # type: ignore[arg-type]
    if cls is None:
        known = ", ".join(sorted(NETWORK_TYPES)) or "none"
        raise ValueError(f"unknown network type {type_name!r}; known types: {known}")
    return cls.from_config(config, rng=rng)


def _load_builtin_networks() -> None:
    """Import the modules that register networks (they register themselves on import)."""
    import importlib
    for module in ("dlfs_studio.core.nets", "dlfs_studio.core.conv"):
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:  # core.conv may not exist in every checkout
            if exc.name != module:
                raise


class Network:
    """Base class of the layered networks of chapters 5-7 (see the module docstring).

    Attributes: ``params`` (dict of live arrays), ``layers`` (dict name -> Layer, in order),
    ``last_layer`` (SoftmaxWithLoss), ``input_shape``, ``dtype``, ``weight_decay_lambda``
    (L2 strength; the penalty 0.5 * lambda * sum(W**2) over the keys in ``decay_keys``).
    """

    type_name: str = ""

    def __init__(self, input_shape: Iterable[int], dtype: Any = np.float32) -> None:
        dtype = np.dtype(dtype)
        if dtype not in (np.float32, np.float64):
            raise ValueError(f"dtype must be float32 or float64, got {dtype}")
        self.dtype = dtype
        self.input_shape = tuple(int(s) for s in input_shape)
        self.params: dict[str, NDArray] = {}
        self.layers: dict[str, Layer] = {}
        self.last_layer = SoftmaxWithLoss()
        self.weight_decay_lambda = 0.0
        self.decay_keys: tuple[str, ...] = ()
        self._slots: dict[str, tuple[Layer, str]] = {}
        self._grads: dict[str, NDArray] = {}

    # ------------------------------------------------------------------ building
    def add_layer(self, name: str, layer: Layer, **param_keys: str) -> Layer:
        """Append ``layer`` under ``name``; ``param_keys`` maps the layer's parameter names to
        the network's keys, e.g. ``add_layer("Affine1", Affine(W, b), W="W1", b="b1")``."""
        if name in self.layers:
            raise ValueError(f"there is already a layer named {name!r}")
        if set(param_keys) != set(layer.params):
            raise ValueError(f"layer {name!r} has parameters {sorted(layer.params)}; "
                             f"name each of them, got {sorted(param_keys)}")
        self.layers[name] = layer
        for pname, key in param_keys.items():
            if key in self.params:
                raise ValueError(f"there is already a parameter named {key!r}")
            self.params[key] = layer.params[pname]
            self._slots[key] = (layer, pname)
        return layer

    def config(self) -> dict:
        """A JSON-able description (with "type") that :func:`build_network` rebuilds."""
        raise NotImplementedError

    @classmethod
    def from_config(cls, config: dict, rng: np.random.Generator | None = None) -> Network:
        """Build from a config dict; the default passes every key but "type" to ``__init__``."""
        kwargs = {k: v for k, v in config.items() if k != "type"}
        try:
            return cast(Any, cls)(**kwargs, rng=rng)  # subclasses take rng; the base class does not
        except TypeError as exc:
            raise ValueError(f"bad {cls.__name__} config {config!r}: {exc}") from None

    # ------------------------------------------------------------------ inference
    def _as_batch(self, x: ArrayLike) -> NDArray:
        """x as an (N, *input_shape) array of the network's dtype (a view when possible)."""
        if type(x) is np.ndarray and x.dtype == self.dtype and x.shape[1:] == self.input_shape:
            return x  # the training loop's mini-batch buffer: nothing to convert
        a = np.asarray(x)
        if a.dtype != self.dtype:
            if not (np.issubdtype(a.dtype, np.number) or a.dtype == bool):
                raise TypeError(f"inputs must be numbers, got dtype {a.dtype}")
            a = a.astype(self.dtype)
        per_sample = int(np.prod(self.input_shape))
        if a.shape[1:] == self.input_shape:
            return a
        if a.ndim >= 1 and a.size == a.shape[0] * per_sample and a.shape[0] > 0:
            return a.reshape((a.shape[0],) + self.input_shape)
        if a.size == per_sample:
            return a.reshape((1,) + self.input_shape)
        raise ValueError(f"the network expects samples of shape {self.input_shape} "
                         f"({per_sample} values each), got an array of shape {a.shape}")

    def _sync_params(self) -> None:
        """Re-bind layers to ``params`` entries that were replaced by new arrays."""
        for key, (layer, pname) in self._slots.items():
            p = self.params[key]
            if layer.params[pname] is not p:
                arr = np.asarray(p)
                if arr.shape != layer.params[pname].shape:
                    raise ValueError(f"params[{key!r}] has shape {arr.shape}, expected {layer.params[pname].shape}")
                arr = arr.astype(self.dtype, copy=False)
                self.params[key] = layer.params[pname] = arr

    def _forward(self, x: NDArray, train: bool) -> NDArray:
        """Scores (N, K) in the last layer's buffer (valid until the next pass)."""
        for layer in self.layers.values():
            x = layer.forward(x, train)
        return x

    def predict(self, x: ArrayLike, train: bool = False) -> NDArray:
        """Scores (logits) (N, K) for inputs (N, *input_shape), before the softmax."""
        self._sync_params()
        return self._forward(self._as_batch(x), train).copy()

    def probabilities(self, x: ArrayLike) -> NDArray:
        """Softmax of the scores: (N, K), rows sum to 1 (inference mode)."""
        return softmax(self.predict(x))

    def weight_decay_loss(self) -> float:
        """The L2 penalty 0.5 * lambda * sum(W**2) over the weight matrices (0 without decay)."""
        if not self.weight_decay_lambda:
            return 0.0
        total = 0.0
        for key in self.decay_keys:
            w = self.params[key].reshape(-1)
            total += float(np.dot(w, w))
        return 0.5 * self.weight_decay_lambda * total

    def loss(self, x: ArrayLike, t: ArrayLike, train: bool = False) -> float:
        """Mean cross-entropy of softmax(scores) against ``t`` plus the weight-decay penalty."""
        self._sync_params()
        scores = self._forward(self._as_batch(x), train)
        return self.last_layer.forward(scores, np.asarray(t)) + self.weight_decay_loss()

    def accuracy(self, x: ArrayLike, t: ArrayLike, batch_size: int = 1000) -> float:
        """Share of samples whose largest score is the label (inference mode, in batches)."""
        xb = self._as_batch(x)
        labels = np.asarray(t)
        if labels.ndim == 2:
            labels = labels.argmax(axis=1)
        if labels.shape != (xb.shape[0],):
            raise ValueError(f"got {xb.shape[0]} samples but labels of shape {np.asarray(t).shape}")
        if xb.shape[0] == 0:
            raise ValueError("accuracy of an empty set is undefined")
        return self.count_correct(xb, labels, batch_size) / xb.shape[0]

    def count_correct(self, x: NDArray, labels: NDArray, batch_size: int = 1000) -> int:
        """Number of rows of ``x`` (N, *input_shape) whose argmax score equals ``labels`` (N,)."""
        if batch_size <= 0:
            raise ValueError("batch_size must be positive")
        self._sync_params()
        correct = 0
        for i in range(0, x.shape[0], batch_size):
            xb = x[i:i + batch_size]
            if xb.dtype != self.dtype:
                xb = xb.astype(self.dtype)
            scores = self._forward(xb.reshape((xb.shape[0],) + self.input_shape), False)
            correct += int(np.count_nonzero(scores.argmax(axis=1) == labels[i:i + batch_size]))
        return correct

    def predict_labels(self, x: ArrayLike, batch_size: int = 1000) -> tuple[NDArray, NDArray]:
        """(predicted label (N,), softmax confidence of that label (N,)) in batches.

        The label is the argmax of the scores, as in :meth:`count_correct` (so both give the same accuracy).
        """
        if batch_size <= 0:
            raise ValueError("batch_size must be positive")
        xb = self._as_batch(x)
        self._sync_params()
        labels = np.empty(xb.shape[0], dtype=np.int64)
        conf = np.empty(xb.shape[0], dtype=np.float64)
        for i in range(0, xb.shape[0], batch_size):
            scores = self._forward(xb[i:i + batch_size], False)
            best = scores.argmax(axis=1)
            labels[i:i + batch_size] = best
            conf[i:i + batch_size] = softmax(scores)[np.arange(best.shape[0]), best]
        return labels, conf

    # ------------------------------------------------------------------ gradients
    def loss_and_gradient(self, x: ArrayLike, t: ArrayLike) -> tuple[float, dict[str, NDArray]]:
        """One training-mode forward pass and one backward pass: (loss, gradients by key).

        The fast training path. The gradient arrays are the network's buffers, overwritten
        by the next call; the loss includes the weight-decay penalty and its gradient.
        """
        self._sync_params()
        scores = self._forward(self._as_batch(x), True)
        loss = self.last_layer.forward(scores, np.asarray(t))
        dout: NDArray | None = self.last_layer.backward(1.0)
        for layer in reversed(self.layers.values()):
            assert dout is not None  # only the first layer may skip its input gradient
            dout = layer.backward(dout)
        grads = self._grads
        for key, (layer, pname) in self._slots.items():
            grads[key] = layer.grads[pname]
        if self.weight_decay_lambda:
            lam = self.weight_decay_lambda
            for key in self.decay_keys:
                grads[key] += lam * self.params[key]
            loss += self.weight_decay_loss()
        return loss, grads

    def gradient(self, x: ArrayLike, t: ArrayLike) -> dict[str, NDArray]:
        """Backprop gradients of :meth:`loss` (training mode) by key: fresh copies."""
        return {k: g.copy() for k, g in self.loss_and_gradient(x, t)[1].items()}

    def numerical_gradient(self, x: ArrayLike, t: ArrayLike, keys: Iterable[str] | None = None,
                           h: float = 1e-4) -> dict[str, NDArray]:
        """Central-difference gradient of the training-mode loss for the given keys (all by default).

        Slow (two passes per parameter value); for gradient checks on small inputs. Dropout
        masks are made identical across all the passes by restoring the random generator state
        before each one (the state at the call), and BatchNorm's running averages are restored
        afterwards. To compare with :meth:`gradient`, restore the generator state in between too.
        """
        xb = self._as_batch(x)
        t = np.asarray(t)
        self._sync_params()
        saved_buffers = {k: v.copy() for k, v in self.buffers().items()}
        rngs = {id(layer.rng): layer.rng for layer in self.layers.values() if isinstance(layer, Dropout)}
        rng_states = {i: r.bit_generator.state for i, r in rngs.items()}

        def f(_: NDArray) -> float:
            for i, r in rngs.items():
                r.bit_generator.state = rng_states[i]
            return self.loss(xb, t, train=True)

        grads = {}
        try:
            for key in (self.params if keys is None else keys):
                if key not in self.params:
                    raise KeyError(f"the network has no parameter {key!r}")
                grads[key] = _numerical_gradient(f, self.params[key], h)
        finally:
            for k, v in self.buffers().items():
                np.copyto(v, saved_buffers[k])
        return grads

    # ------------------------------------------------------------------ inspection and state
    def activations(self, x: ArrayLike) -> list[tuple[str, NDArray]]:
        """(layer name, output copy) after each nonlinearity (ReLU/Sigmoid), inference mode."""
        self._sync_params()
        out = []
        a = self._as_batch(x)
        for name, layer in self.layers.items():
            a = layer.forward(a, False)
            if isinstance(layer, ACTIVATION_LAYERS):
                out.append((name, a.copy()))
        return out

    def activation_kinds(self) -> list[tuple[str, str]]:
        """(layer name, "relu" | "sigmoid") for each nonlinearity, in order."""
        return [(name, "relu" if isinstance(layer, Relu) else "sigmoid")
                for name, layer in self.layers.items() if isinstance(layer, ACTIVATION_LAYERS)]

    def buffers(self) -> dict[str, NDArray]:
        """Live non-trainable state saved with the model, e.g. "BatchNorm1.running_mean"."""
        return {f"{name}.{k}": v for name, layer in self.layers.items() for k, v in layer.buffers.items()}

    def state_arrays(self) -> dict[str, NDArray]:
        """Copies of every array that defines the trained model: params and buffers."""
        state = {k: v.copy() for k, v in self.params.items()}
        state.update({k: v.copy() for k, v in self.buffers().items()})
        return state

    def load_state_arrays(self, state: dict[str, NDArray]) -> None:
        """Copy arrays from :meth:`state_arrays` (or a file) into the live arrays, in place.

        Raises ValueError naming the first missing key or mismatched shape; nothing is
        changed unless every array fits.
        """
        self._sync_params()
        targets = dict(self.params)
        targets.update(self.buffers())
        for key, arr in targets.items():
            if key not in state:
                raise ValueError(f"missing array {key!r}")
            if np.shape(state[key]) != arr.shape:
                raise ValueError(f"array {key!r} has shape {np.shape(state[key])}, expected {arr.shape}")
        for key, arr in targets.items():
            np.copyto(arr, state[key], casting="unsafe")

    @property
    def output_size(self) -> int:
        """Number of classes K."""
        last_affine = list(self.params.values())[-1]
        return int(last_affine.shape[-1])

    def __repr__(self) -> str:
        shapes = ", ".join(f"{k}{tuple(v.shape)}" for k, v in self.params.items())
        return f"{type(self).__name__}({shapes}, dtype={self.dtype})"


# ---------------------------------------------------------------------------- activation statistics
@dataclass(frozen=True)
class LayerStats:
    """Distribution of one hidden layer's activations over a batch (the book's figures 6-10 to 6-14).

    ``counts`` (bins,) and ``edges`` (bins + 1,): histogram over [0, 1] for sigmoid and [0, max]
    for ReLU. ``saturated``: share of sigmoid outputs below 0.01 or above 0.99 (their gradient
    nearly vanishes; 0 for ReLU). ``dead``: share of ReLU units that are zero for every sample
    of the batch (0 for sigmoid). ``mean``/``std`` of all the activations.
    """

    name: str
    kind: str
    counts: NDArray[np.int64]
    edges: NDArray[np.float64]
    saturated: float
    dead: float
    mean: float
    std: float


def activation_stats(net: Network, x: ArrayLike, bins: int = 30) -> list[LayerStats]:
    """Histogram and saturation/dead-unit shares of each hidden activation for inputs ``x`` (N, ...)."""
    if bins <= 0:
        raise ValueError("bins must be positive")
    kinds = dict(net.activation_kinds())
    stats = []
    for name, a in net.activations(x):
        kind = kinds[name]
        a64 = a.reshape(a.shape[0], -1).astype(np.float64)
        if kind == "sigmoid":
            lo, hi = 0.0, 1.0
            saturated = float(np.mean((a64 < 0.01) | (a64 > 0.99)))
            dead = 0.0
        else:
            lo, hi = 0.0, float(a64.max()) if a64.size and a64.max() > 0 else 1.0
            saturated = 0.0
            dead = float(np.mean(~np.any(a64 > 0, axis=0))) if a64.size else 0.0
        counts, edges = np.histogram(a64, bins=bins, range=(lo, hi))
        stats.append(LayerStats(name, kind, counts.astype(np.int64), edges, saturated, dead,
                                float(a64.mean()) if a64.size else 0.0, float(a64.std()) if a64.size else 0.0))
    return stats
