"""The settings form and ``core.runconfig.RunConfig``, both ways.

The form keeps what the learner typed (:mod:`.presets`); a run keeps core's full configuration. A run read
from a session gets form values back so that "Fork from here" can show its settings. The test-set subset
is not part of core's configuration (it does not change the losses): it travels in ``dataset_label``
("… · test 500").
"""
from __future__ import annotations

import re
from typing import Any

from dlfs_studio.app.panels.training.presets import (
    DEFAULTS,
    parse_float,
    parse_init,
    parse_optimizer_params,
    parse_sizes,
)
from dlfs_studio.core.runconfig import RunConfig

_TEST = re.compile(r"· test (\d+)$")
PRESET_OF_NET = {"multi_layer": "ch6", "simple_conv": "cnn"}


def run_config(values: dict[str, Any], network: str, dataset: str, title: str = "") -> RunConfig:
    """core's RunConfig for the form ``values`` (ValueError / FieldError with a sentence when invalid)."""
    multi = network == "multi_layer"
    kw: dict[str, Any] = {
        "dataset": dataset, "net": network, "hidden_sizes": tuple(parse_sizes(values["hidden"])),
        "activation": "relu" if network == "simple_conv" else str(values["activation"]),
        "init": parse_init(values["init"]),
        "batchnorm": bool(values["batchnorm"]) if multi else False,
        "dropout": parse_float(values["dropout"], "dropout", minimum=0.0, below=1.0) if multi else 0.0,
        "weight_decay": parse_float(values["weight_decay"], "weight_decay", minimum=0.0) if multi else 0.0,
        "optimizer": str(values["optimizer"]), "optimizer_params": parse_optimizer_params(values["optimizer_params"]),
        "lr": parse_float(values["lr"], "lr", positive=True), "batch_size": int(values["batch_size"]),
        "mode": str(values["mode"]), "init_seed": int(values["seed"]), "data_seed": int(values["seed"]),
        "train_size": int(values["train_subset"]) or None,
    }
    if kw["mode"] == "book":
        kw["iterations"], kw["epochs"] = int(values["iterations"]), None
    else:
        kw["iterations"], kw["epochs"] = None, int(values["epochs"])
    test = int(values.get("test_subset", 0) or 0)
    kw["dataset_label"] = (title or dataset)[:150] + (f" · test {test}" if test else "")
    return RunConfig(**kw)


def form_values(config: RunConfig) -> tuple[dict[str, Any], str]:
    """(form values, preset key) of a run's configuration."""
    if config.net == "two_layer":
        preset = "ch5" if config.activation == "relu" else "ch4"
    else:
        preset = PRESET_OF_NET.get(config.net, "ch4")
    m = _TEST.search(config.dataset_label)
    params = ", ".join(f"{k}={v:g}" for k, v in config.optimizer_params.items())
    values = dict(DEFAULTS) | {
        "hidden": ", ".join(str(h) for h in config.hidden_sizes), "activation": config.activation,
        "init": str(config.init), "batchnorm": config.batchnorm, "dropout": f"{config.dropout:g}",
        "weight_decay": f"{config.weight_decay:g}", "optimizer": config.optimizer, "optimizer_params": params,
        "lr": f"{config.lr:g}", "batch_size": config.batch_size, "mode": config.mode,
        "seed": config.init_seed, "train_subset": config.train_size or 0,
        "test_subset": int(m.group(1)) if m else 0,
    }
    if config.iterations is not None:
        values["iterations"] = config.iterations
    if config.epochs is not None:
        values["epochs"] = config.epochs
    return values, preset


def test_subset(config: RunConfig) -> int:
    m = _TEST.search(config.dataset_label)
    return int(m.group(1)) if m else 0
