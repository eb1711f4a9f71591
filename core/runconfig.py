"""The full configuration of a training run, as one frozen, validated, JSON-able value.

:class:`RunConfig` names everything that decides a run's losses: the dataset, the network and its
options, the optimizer and its settings, the mini-batches and the two seeds. Two runs with equal
configurations (on the same data, one BLAS thread) give bit-identical losses.

The seeds are separate so that runs can share what they should share:

* ``init_seed`` draws the initial weights (and, after them, the dropout masks);
* ``data_seed`` draws the mini-batches (their order).

Two configurations that differ only in, say, the optimizer start from the same weights and see the
same mini-batches in the same order (chapter 6's comparisons under identical conditions).

::

    cfg = RunConfig(net="multi_layer", hidden_sizes=(100, 100), activation="relu", init="he",
                    optimizer="adam", lr=0.001, iterations=2000)
    cfg2 = cfg.changed(optimizer="sgd", lr=0.01)
    differences(cfg, cfg2)      # {"optimizer": ("adam", "sgd"), "lr": (0.001, 0.01), "optimizer_params": ...}
    RunConfig.from_json(cfg.to_json()) == cfg
"""
from __future__ import annotations

import dataclasses
import itertools
import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import numpy as np

from .nets import INIT_ALIASES
from .network import Network, build_network
from .optimizers import OPTIMIZERS, make_optimizer
from .training import MODES, TrainConfig

NET_KINDS = ("two_layer", "multi_layer", "simple_conv")
DTYPES = ("float32", "float64")

#: Caps that keep a configuration (typed or read from a file) from asking for absurd memory or time.
MAX_PARAMETERS = 50_000_000
MAX_ITERATIONS = 100_000_000
MAX_BATCH = 100_000
MAX_LAYERS = 20
MAX_SEED = 2**63 - 1

#: Settings that may change at a fork after iteration 0 (the others change the network's shape,
#: its initial weights or the data, so they can only differ from the start).
FORKABLE = frozenset({"lr", "optimizer", "optimizer_params", "weight_decay", "dropout", "iterations",
                      "epochs", "eval_train_limit", "eval_every", "dataset_label"})


def _is_int(v: Any) -> bool:
    return isinstance(v, (int, np.integer)) and not isinstance(v, bool)


def _is_num(v: Any) -> bool:
    return isinstance(v, (int, float, np.integer, np.floating)) and not isinstance(v, bool)


@dataclass(frozen=True)
class RunConfig:
    """Everything that decides a run's losses (validated on creation: ValueError with one sentence).

    Network: ``net`` "two_layer" (TwoLayerNet), "multi_layer" (MultiLayerNet) or "simple_conv"
    (SimpleConvNet); ``hidden_sizes`` (one size for two_layer and simple_conv); ``activation``
    "sigmoid"/"relu" (simple_conv: relu); ``init`` the weight scale (a number, "he" or "xavier");
    ``batchnorm``, ``dropout``, ``weight_decay`` (multi_layer only); ``conv_filters``,
    ``conv_filter_size`` (simple_conv); ``input_shape`` per sample, e.g. (1, 28, 28) (the fully
    connected nets flatten it); ``num_classes``; ``dtype`` "float32" or "float64".
    Training: ``optimizer`` and ``optimizer_params`` (all its hyperparameters but lr, defaults filled
    in), ``lr``, ``batch_size``, ``mode`` "book"/"epochs", exactly one of ``iterations``/``epochs``,
    ``init_seed``/``data_seed`` (see the module docstring), ``train_size`` (train on the first N
    training images only, e.g. 300 for the overfitting experiments; None: all),
    ``eval_train_limit`` (training accuracy measured on the first N training images; None: all).
    Evaluations follow the mode (every ``train_size // batch_size`` iterations from the first in book
    mode, at each epoch's end in epochs mode) unless ``eval_every`` gives another interval.
    ``dataset``: the name or folder ``load_dataset`` reads;
    ``dataset_label``: free text shown to the user (not used in training).
    """

    dataset: str = "mnist"
    net: str = "two_layer"
    hidden_sizes: tuple[int, ...] = (50,)
    activation: str = "sigmoid"
    init: float | str = 0.01
    batchnorm: bool = False
    dropout: float = 0.0
    weight_decay: float = 0.0
    optimizer: str = "sgd"
    optimizer_params: Mapping[str, float] = field(default_factory=dict)
    lr: float = 0.1
    batch_size: int = 100
    mode: str = "book"
    iterations: int | None = 10000
    epochs: int | None = None
    init_seed: int = 0
    data_seed: int = 0
    train_size: int | None = None
    eval_train_limit: int | None = None
    eval_every: int | None = None
    input_shape: tuple[int, ...] = (1, 28, 28)
    num_classes: int = 10
    conv_filters: int = 30
    conv_filter_size: int = 5
    dtype: str = "float32"
    dataset_label: str = ""

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        if not isinstance(self.dataset, str) or not self.dataset.strip() or len(self.dataset) > 4096:
            raise ValueError("dataset must be a dataset name or folder, e.g. 'mnist'")
        if not isinstance(self.dataset_label, str) or len(self.dataset_label) > 200:
            raise ValueError("dataset_label must be a short text")
        if self.net not in NET_KINDS:
            raise ValueError(f"net must be one of {', '.join(NET_KINDS)}, got {self.net!r}")
        hidden: Any = self.hidden_sizes
        if _is_int(hidden):
            hidden = (hidden,)
        if not isinstance(hidden, (tuple, list)) or not hidden or len(hidden) > MAX_LAYERS \
                or not all(_is_int(h) and 0 < h <= 1_000_000 for h in hidden):
            raise ValueError(f"hidden_sizes must be 1 to {MAX_LAYERS} positive whole numbers, "
                             f"got {self.hidden_sizes!r}")
        set_(self, "hidden_sizes", tuple(int(h) for h in hidden))
        shape = self.input_shape
        if not isinstance(shape, (tuple, list)) or not 1 <= len(shape) <= 3 \
                or not all(_is_int(s) and 0 < s <= 100_000 for s in shape):
            raise ValueError(f"input_shape must be 1 to 3 positive whole numbers, got {self.input_shape!r}")
        set_(self, "input_shape", tuple(int(s) for s in shape))
        if not _is_int(self.num_classes) or not 2 <= self.num_classes <= 100_000:
            raise ValueError(f"num_classes must be a whole number from 2, got {self.num_classes!r}")
        if self.activation not in ("sigmoid", "relu"):
            raise ValueError(f"activation must be 'sigmoid' or 'relu', got {self.activation!r}")
        if isinstance(self.init, str):
            if self.init.lower() not in INIT_ALIASES:
                raise ValueError(f"init must be a positive number, 'he' or 'xavier', got {self.init!r}")
            set_(self, "init", INIT_ALIASES[self.init.lower()])
        elif not _is_num(self.init) or not math.isfinite(self.init) or not 0 < self.init <= 1e6:
            raise ValueError(f"init must be 'he', 'xavier' or a standard deviation above 0 and at most 1e6, "
                             f"got {self.init!r}")
        else:
            set_(self, "init", float(self.init))
        if not isinstance(self.batchnorm, (bool, np.bool_)):
            raise ValueError(f"batchnorm must be true or false, got {self.batchnorm!r}")
        set_(self, "batchnorm", bool(self.batchnorm))
        if not _is_num(self.dropout) or not 0 <= self.dropout < 1:
            raise ValueError(f"dropout must lie in [0, 1), got {self.dropout!r}")
        if not _is_num(self.weight_decay) or not math.isfinite(self.weight_decay) or self.weight_decay < 0:
            raise ValueError(f"weight_decay must be a number >= 0, got {self.weight_decay!r}")
        set_(self, "dropout", float(self.dropout))
        set_(self, "weight_decay", float(self.weight_decay))
        if self.net != "multi_layer":
            extras = [n for n, on in (("batchnorm", self.batchnorm), ("dropout", self.dropout),
                                      ("weight decay", self.weight_decay)) if on]
            if extras:
                raise ValueError(f"{' and '.join(extras)} need the multi_layer network")
            if len(self.hidden_sizes) != 1:
                raise ValueError(f"a {self.net} network has one hidden layer: give one hidden size")
        if self.net == "simple_conv":
            if len(self.input_shape) != 3:
                raise ValueError("a convolution network needs images: input_shape (channels, height, width)")
            if self.activation != "relu":
                raise ValueError("SimpleConvNet uses ReLU: set activation to 'relu'")
            if isinstance(self.init, str):
                raise ValueError("SimpleConvNet's init is a number (the book's 0.01)")
            for name in ("conv_filters", "conv_filter_size"):
                v = getattr(self, name)
                if not _is_int(v) or not 0 < v <= 4096:
                    raise ValueError(f"{name} must be a positive whole number, got {v!r}")
            if self.conv_filter_size > min(self.input_shape[1:]):
                raise ValueError("conv_filter_size is larger than the images")
        if self.dtype not in DTYPES:
            raise ValueError(f"dtype must be 'float32' or 'float64', got {self.dtype!r}")
        # training
        if not isinstance(self.optimizer, str) or self.optimizer.strip().lower() not in OPTIMIZERS:
            raise ValueError(f"unknown optimizer {self.optimizer!r}; choose one of: {', '.join(OPTIMIZERS)}")
        set_(self, "optimizer", self.optimizer.strip().lower())
        if not _is_num(self.lr) or not math.isfinite(self.lr) or not 0 < self.lr <= 1e6:
            raise ValueError(f"the learning rate must be above 0 and at most 1e6, got {self.lr!r}")
        set_(self, "lr", float(self.lr))
        params = self.optimizer_params
        if not isinstance(params, Mapping) or not all(isinstance(k, str) and _is_num(v) for k, v in params.items()):
            raise ValueError("optimizer_params must map names to numbers, e.g. {'momentum': 0.9}")
        if "lr" in params:
            raise ValueError("give the learning rate as lr, not inside optimizer_params")
        opt = make_optimizer(self.optimizer, lr=self.lr, **{k: float(v) for k, v in params.items()})
        full = {k: float(v) for k, v in opt.hyperparams().items() if k != "lr"}
        set_(self, "optimizer_params", MappingProxyType(full))
        if not _is_int(self.batch_size) or not 0 < self.batch_size <= MAX_BATCH:
            raise ValueError(f"batch_size must be a whole number from 1 to {MAX_BATCH:,}, got {self.batch_size!r}")
        if self.mode not in MODES:
            raise ValueError(f"mode must be 'book' or 'epochs', got {self.mode!r}")
        if (self.iterations is None) == (self.epochs is None):
            raise ValueError("give exactly one of iterations and epochs")
        for name in ("iterations", "epochs"):
            v = getattr(self, name)
            if v is not None and (not _is_int(v) or not 0 < v <= MAX_ITERATIONS):
                raise ValueError(f"{name} must be a whole number from 1 to {MAX_ITERATIONS:,}, got {v!r}")
        for name in ("init_seed", "data_seed"):
            v = getattr(self, name)
            if not _is_int(v) or not 0 <= v <= MAX_SEED:
                raise ValueError(f"{name} must be a whole number >= 0, got {v!r}")
        for name in ("train_size", "eval_train_limit", "eval_every"):
            v = getattr(self, name)
            if v is not None and (not _is_int(v) or v <= 0):
                raise ValueError(f"{name} must be a positive whole number (or none), got {v!r}")
        for name in ("batch_size", "iterations", "epochs", "init_seed", "data_seed", "train_size",
                     "eval_train_limit", "eval_every", "num_classes", "conv_filters", "conv_filter_size"):
            v = getattr(self, name)
            if v is not None:
                set_(self, name, int(v))
        n = self.parameter_count()
        if n > MAX_PARAMETERS:
            raise ValueError(f"this network would have {n:,} parameters; the limit is {MAX_PARAMETERS:,}")

    def __hash__(self) -> int:  # usable as a dict key or in a set (optimizer_params is a read-only mapping)
        return hash(self.to_json())

    # ------------------------------------------------------------------ derived values
    @property
    def input_size(self) -> int:
        """Values per sample (784 for MNIST)."""
        return int(np.prod(self.input_shape))

    def network_config(self) -> dict[str, Any]:
        """The :func:`core.network.build_network` config of this run's network."""
        if self.net == "two_layer":
            return {"type": "two_layer", "input_size": self.input_size, "hidden_size": self.hidden_sizes[0],
                    "output_size": self.num_classes, "activation": self.activation,
                    "weight_init_std": self.init, "dtype": self.dtype}
        if self.net == "multi_layer":
            return {"type": "multi_layer", "input_size": self.input_size, "hidden_size_list": list(self.hidden_sizes),
                    "output_size": self.num_classes, "activation": self.activation,
                    "weight_init_std": self.init, "weight_decay_lambda": self.weight_decay,
                    "use_batchnorm": self.batchnorm, "dropout_ratio": self.dropout, "dtype": self.dtype}
        return {"type": "simple_conv", "input_dim": list(self.input_shape),
                "conv_param": {"filter_num": self.conv_filters, "filter_size": self.conv_filter_size,
                               "pad": 0, "stride": 1},
                "hidden_size": self.hidden_sizes[0], "output_size": self.num_classes,
                "weight_init_std": self.init, "dtype": self.dtype}

    def parameter_count(self) -> int:
        """Number of trainable values of the network (computed without building it)."""
        k = self.num_classes
        if self.net == "simple_conv":
            c, h, w = self.input_shape
            fs, fn = self.conv_filter_size, self.conv_filters
            ph, pw = (h - fs + 1) // 2, (w - fs + 1) // 2
            hid = self.hidden_sizes[0]
            return fn * c * fs * fs + fn + fn * ph * pw * hid + hid + hid * k + k
        sizes = [self.input_size, *self.hidden_sizes, k]
        n = sum(a * b + b for a, b in itertools.pairwise(sizes))
        if self.batchnorm:
            n += 2 * sum(self.hidden_sizes)
        return n

    def build_network(self, rng: np.random.Generator | None = None) -> Network:
        """A fresh network with the initial weights of ``init_seed`` (or from ``rng`` if given).

        The generator stays with the network's Dropout layers (their masks come after the weights).
        """
        return build_network(self.network_config(), rng=np.random.default_rng(self.init_seed) if rng is None else rng)

    def train_config(self) -> TrainConfig:
        """The :class:`core.training.TrainConfig` of this run (one BLAS thread: exact replay)."""
        return TrainConfig(batch_size=self.batch_size, lr=self.lr, optimizer=self.optimizer,
                           optimizer_params=dict(self.optimizer_params), iterations=self.iterations,
                           epochs=self.epochs, mode=self.mode, seed=self.data_seed,
                           eval_train_limit=self.eval_train_limit, eval_every=self.eval_every, blas_threads=1)

    def total_iterations(self, train_size: int) -> int:
        """Mini-batches of the whole run on a training set of ``train_size`` images."""
        return self.train_config().total_iterations(train_size)

    # ------------------------------------------------------------------ changes and comparison
    def changed(self, **changes: Any) -> RunConfig:
        """A copy with some settings changed (validated). Giving ``epochs`` clears ``iterations`` and the
        other way round; a new ``optimizer`` without ``optimizer_params`` takes that optimizer's defaults."""
        unknown = sorted(set(changes) - {f.name for f in dataclasses.fields(self)})
        if unknown:
            raise ValueError(f"unknown setting {', '.join(map(repr, unknown))}")
        if changes.get("epochs") is not None and "iterations" not in changes:
            changes["iterations"] = None
        if changes.get("iterations") is not None and "epochs" not in changes:
            changes["epochs"] = None
        if "optimizer" in changes and "optimizer_params" not in changes \
                and str(changes["optimizer"]).strip().lower() != self.optimizer:
            changes["optimizer_params"] = {}
        if "optimizer_params" in changes and isinstance(changes["optimizer_params"], Mapping) \
                and str(changes.get("optimizer", self.optimizer)).strip().lower() == self.optimizer:
            changes["optimizer_params"] = dict(self.optimizer_params) | dict(changes["optimizer_params"])
        return dataclasses.replace(self, **changes)

    # ------------------------------------------------------------------ JSON
    def to_dict(self) -> dict[str, Any]:
        """A JSON-able dict of every setting."""
        d = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        d["hidden_sizes"] = list(self.hidden_sizes)
        d["input_shape"] = list(self.input_shape)
        d["optimizer_params"] = dict(self.optimizer_params)
        return d

    def to_json(self) -> str:
        """The settings as a JSON object (one line)."""
        return json.dumps(self.to_dict(), allow_nan=False)

    @classmethod
    def from_dict(cls, d: Any) -> RunConfig:
        """Rebuild from :meth:`to_dict` (missing settings take their defaults). ValueError naming the
        first unknown, mistyped or invalid setting."""
        if not isinstance(d, Mapping):
            raise ValueError("a run configuration must be a JSON object")
        names = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(d) - names)
        if unknown:
            raise ValueError(f"unknown setting {', '.join(map(repr, unknown))}")
        kw = dict(d)
        for name in ("hidden_sizes", "input_shape"):
            if name in kw:
                v = kw[name]
                if not isinstance(v, list):
                    raise ValueError(f"{name} must be a list of whole numbers")
                kw[name] = tuple(v)
        for name in ("optimizer_params",):
            if name in kw and not isinstance(kw[name], dict):
                raise ValueError(f"{name} must be an object")
        try:
            return cls(**kw)
        except TypeError as exc:  # a value of the wrong kind where a comparison or len() was tried
            raise ValueError(f"bad run configuration: {exc}") from None

    @classmethod
    def from_json(cls, text: str | bytes) -> RunConfig:
        """Rebuild from :meth:`to_json` (ValueError with a sentence for bad JSON or settings)."""
        try:
            d = json.loads(text)
        except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
            raise ValueError(f"the run configuration is not valid JSON ({exc})") from None
        except ValueError as exc:  # e.g. an integer with too many digits
            raise ValueError(f"the run configuration is not valid JSON ({exc})") from None
        return cls.from_dict(d)


def differences(a: RunConfig, b: RunConfig) -> dict[str, tuple[Any, Any]]:
    """The settings whose values differ, ``{name: (value in a, value in b)}``, in field order."""
    out: dict[str, tuple[Any, Any]] = {}
    for f in dataclasses.fields(RunConfig):
        va, vb = getattr(a, f.name), getattr(b, f.name)
        if isinstance(va, Mapping):
            va, vb = dict(va), dict(vb)
        if va != vb:
            out[f.name] = (va, vb)
    return out


def varying(configs: Iterable[RunConfig]) -> tuple[str, ...]:
    """The settings that are not the same in all ``configs`` (field order), e.g. for a legend."""
    configs = list(configs)
    names: list[str] = []
    for f in dataclasses.fields(RunConfig):
        values = [getattr(c, f.name) for c in configs]
        values = [dict(v) if isinstance(v, Mapping) else v for v in values]
        if any(v != values[0] for v in values[1:]):
            names.append(f.name)
    return tuple(names)


def describe(config: RunConfig, names: Iterable[str]) -> str:
    """A short label of the given settings, e.g. ``"optimizer adam, lr 0.001"`` (the legend's text)."""
    parts = []
    for name in names:
        v = getattr(config, name)
        if isinstance(v, Mapping):
            v = ", ".join(f"{k} {x:g}" for k, x in v.items()) or "-"
        elif isinstance(v, float):
            v = f"{v:g}"
        elif isinstance(v, tuple):
            v = "-".join(str(x) for x in v)
        parts.append(f"{name.replace('_', ' ')} {v}")
    return ", ".join(parts)
