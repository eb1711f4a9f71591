"""Network presets of the book and the parsing of the hyperparameter form.

The form keeps every value as the learner typed or chose it (a dict of strings, numbers and
booleans). :func:`network_config` and :func:`train_config` turn it into core's network config
dict and :class:`core.training.TrainConfig`, raising ValueError with a sentence that names the
field, so the panel can show it inline next to that field.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from dlfs_studio.core.training import TrainConfig


def _tr(text: str) -> str:
    return QCoreApplication.translate("TrainingPanel", text)


class FieldError(ValueError):
    """A bad form value: ``field`` names the form field, the message explains the problem."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(message)
        self.field = field_name


#: OpenBLAS threads of a run started from the panel. One thread makes a seed replay the run bit for bit
#: (core's "auto" switches thread counts by timing, which changes float32 rounding) and leaves the other
#: core to the GUI thread; for these small matrices it costs little (benchmarks/bench_gui_training.py).
BLAS_THREADS: int | str | None = 1

#: Optimizers of chapter 6 (core.optimizers names) and their typical learning rates.
OPTIMIZERS = ("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam")


@dataclass(frozen=True)
class Preset:
    """A starting point: network type, form values, and the book's reference test accuracy (or None)."""

    key: str
    title: str  # title, reference_label, description: marked for lupdate, translated at display time
    network: str  # "two_layer" | "multi_layer" | "simple_conv"
    values: dict[str, Any] = field(default_factory=dict)
    reference: float | None = None
    reference_label: str = ""
    description: str = ""


DEFAULTS: dict[str, Any] = {
    "hidden": "50", "activation": "sigmoid", "init": "0.01", "batchnorm": False, "dropout": "0",
    "weight_decay": "0", "optimizer": "sgd", "optimizer_params": "", "lr": "0.1", "batch_size": 100, "mode": "book",
    "iterations": 10000, "epochs": 5, "seed": 0, "train_subset": 0, "test_subset": 0,
}

def _N(text: str) -> str:
    return str(QT_TRANSLATE_NOOP("TrainingPanel", text))


PRESETS: tuple[Preset, ...] = (
    Preset("ch4", _N("Ch. 4: TwoLayerNet, sigmoid (book)"), "two_layer", dict(DEFAULTS),
           0.946, _N("book, ch. 4: test acc ≈ 0.946"),
           _N("784-50-10 with sigmoid, SGD lr 0.1, batch 100, 10,000 iterations: train_neuralnet.py of chapter 4")),
    Preset("ch5", _N("Ch. 5: TwoLayerNet, ReLU (book)"), "two_layer",
           DEFAULTS | {"activation": "relu"}, 0.97, _N("book, ch. 5: test acc ≈ 0.97"),
           _N("the same network with ReLU and backprop, as in chapter 5's train_neuralnet.py")),
    Preset("ch6", _N("Ch. 6: MultiLayerNet (init, BatchNorm, dropout, decay)"), "multi_layer",
           DEFAULTS | {"hidden": "100, 100, 100, 100", "activation": "relu", "init": "he", "optimizer": "adam",
                       "lr": "0.001", "mode": "epochs", "epochs": 3},
           None, "", _N("five layers with the options of chapter 6; try BatchNorm, dropout and weight decay")),
    Preset("cnn", _N("Ch. 7: SimpleConvNet (slow: subset)"), "simple_conv",
           DEFAULTS | {"hidden": "100", "activation": "relu", "init": "0.01", "optimizer": "adam", "lr": "0.001",
                       "mode": "epochs", "epochs": 1, "train_subset": 5000, "test_subset": 1000},
           None, "",
           _N("conv 30x5x5 - ReLU - pool - affine 100 - ReLU - affine 10; trains on a subset because it is slow")),
)

PRESET_BY_KEY = {p.key: p for p in PRESETS}


def parse_float(text: Any, name: str, *, positive: bool = False, minimum: float | None = None,
                below: float | None = None) -> float:
    """A finite float from the form; FieldError naming ``name`` otherwise."""
    try:
        value = float(str(text).strip().replace(",", "."))
    except ValueError:
        raise FieldError(name, _tr("“%1” is not a number").replace("%1", str(text))) from None
    if not math.isfinite(value):
        raise FieldError(name, _tr("must be a finite number"))
    if positive and value <= 0:
        raise FieldError(name, _tr("must be greater than 0"))
    if minimum is not None and value < minimum:
        raise FieldError(name, _tr("must be at least %1").replace("%1", f"{minimum:g}"))
    if below is not None and value >= below:
        raise FieldError(name, _tr("must be less than %1").replace("%1", f"{below:g}"))
    return value


def parse_sizes(text: Any) -> list[int]:
    """Hidden layer sizes typed as "50" or "100, 100, 100"."""
    parts = [p for p in str(text).replace(";", ",").replace(" ", ",").split(",") if p]
    if not parts:
        raise FieldError("hidden", _tr("give at least one hidden layer size, e.g. 50 or 100, 100"))
    sizes = []
    for p in parts:
        try:
            n = int(p)
        except ValueError:
            raise FieldError("hidden", _tr("“%1” is not a whole number").replace("%1", p)) from None
        if not 1 <= n <= 4096:
            raise FieldError("hidden", _tr("each size must lie between 1 and 4096"))
        sizes.append(n)
    if len(sizes) > 8:
        raise FieldError("hidden", _tr("at most 8 hidden layers"))
    return sizes


def parse_init(text: Any) -> float | str:
    """Weight init: a standard deviation (e.g. 0.01) or "he" / "xavier"."""
    t = str(text).strip().lower()
    if t in ("he", "xavier", "relu", "sigmoid"):
        return {"relu": "he", "sigmoid": "xavier"}.get(t, t)
    try:
        return parse_float(t, "init", positive=True)
    except FieldError:
        raise FieldError("init", _tr("type a standard deviation such as 0.01, or choose he or xavier")) from None


def network_config(network: str, values: dict[str, Any], input_shape: tuple[int, ...] = (784,),
                   num_classes: int = 10) -> dict:
    """core's network config dict for the form ``values`` (FieldError for a bad field)."""
    sizes = parse_sizes(values["hidden"])
    init = parse_init(values["init"])
    activation = str(values["activation"])
    n_in = int(math.prod(input_shape))
    if network == "two_layer":
        if len(sizes) != 1:
            raise FieldError("hidden", _tr("TwoLayerNet has exactly one hidden layer; use the chapter 6 preset "
                                           "for more"))
        if isinstance(init, str):
            raise FieldError("init", _tr("TwoLayerNet takes a number here (the book uses 0.01)"))
        return {"type": "two_layer", "input_size": n_in, "hidden_size": sizes[0], "output_size": num_classes,
                "activation": activation, "weight_init_std": init, "dtype": "float32"}
    if network == "multi_layer":
        dropout = parse_float(values["dropout"], "dropout", minimum=0.0, below=1.0)
        decay = parse_float(values["weight_decay"], "weight_decay", minimum=0.0)
        return {"type": "multi_layer", "input_size": n_in, "hidden_size_list": sizes, "output_size": num_classes,
                "activation": activation, "weight_init_std": init, "weight_decay_lambda": decay,
                "use_batchnorm": bool(values["batchnorm"]), "dropout_ratio": dropout, "dtype": "float32"}
    if network == "simple_conv":
        if len(sizes) != 1:
            raise FieldError("hidden", _tr("SimpleConvNet has one hidden affine layer (the book uses 100)"))
        if isinstance(init, str):
            raise FieldError("init", _tr("SimpleConvNet takes a number here (the book uses 0.01)"))
        return {"type": "simple_conv", "input_dim": [1, 28, 28],
                "conv_param": {"filter_num": 30, "filter_size": 5, "pad": 0, "stride": 1},
                "hidden_size": sizes[0], "output_size": num_classes, "weight_init_std": init}
    raise ValueError(f"unknown network type {network!r}")


def parse_optimizer_params(text: Any) -> dict[str, float]:
    """Optimizer settings typed as "momentum=0.9" or "beta1=0.9, beta2=0.999" (empty: the book's defaults)."""
    params: dict[str, float] = {}
    for part in str(text).replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        name, sep, value = part.partition("=")
        name = name.strip()
        if not sep or not name.isidentifier():
            raise FieldError("optimizer_params", _tr("write name=value pairs, e.g. momentum=0.9"))
        if name == "lr":
            raise FieldError("optimizer_params", _tr("set the learning rate in its own field"))
        params[name] = parse_float(value, "optimizer_params")
    return params


def optimizer_defaults(name: str) -> str:
    """The optimizer's own settings besides lr, as "momentum=0.9" text (empty for SGD and AdaGrad)."""
    from dlfs_studio.core.optimizers import make_optimizer

    hp = make_optimizer(name).hyperparams()
    return ", ".join(f"{k}={v:g}" for k, v in hp.items() if k != "lr")


def train_config(values: dict[str, Any]) -> TrainConfig:
    """The TrainConfig for the form ``values`` (FieldError naming the field for a bad value)."""
    lr = parse_float(values["lr"], "lr", positive=True)
    mode = str(values["mode"])
    opt_params = parse_optimizer_params(values.get("optimizer_params", ""))
    kwargs: dict[str, Any] = {"batch_size": int(values["batch_size"]), "lr": lr, "optimizer": str(values["optimizer"]),
                              "optimizer_params": opt_params, "mode": mode, "seed": int(values["seed"]),
                              "blas_threads": BLAS_THREADS}
    if mode == "book":
        kwargs["iterations"] = int(values["iterations"])
    else:
        kwargs["iterations"] = None  # TrainConfig takes exactly one of the two
        kwargs["epochs"] = int(values["epochs"])
    try:
        return TrainConfig(**kwargs)
    except ValueError as exc:
        text = str(exc)
        if "learning rate" in text:
            name = "lr"
        elif "batch" in text:
            name = "batch_size"
        elif opt_params and ("hyperparameter" in text or any(k in text for k in opt_params)):
            name = "optimizer_params"
        else:
            name = "optimizer"
        raise FieldError(name, text) from None
