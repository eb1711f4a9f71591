"""``dlfs experiment NAME``: the book's chapter 6 experiments, headless (see core/experiments.py)."""
from __future__ import annotations

import argparse

from .. import experiments
from .common import CliError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "experiment", help="the book's chapter 6 experiments (optimizers, init, batchnorm, overfit, hyperparams)",
        description="Run one of the book's chapter 6 experiments on MNIST and print its figures: optimizer "
                    "comparison, weight-init comparison, BatchNorm vs none, overfitting with 300 samples, "
                    "random hyperparameter search on a validation split.")
    experiments.add_arguments(p)
    p.set_defaults(func=run)


#: Upper bounds of the experiments' sizes: far beyond the book's (2000 iterations, 20-301 epochs, 100 trials).
LIMITS = {"iters": 1_000_000, "epochs": 10_000, "dropout_epochs": 10_000, "trials": 10_000}


def run(args: argparse.Namespace) -> int:
    for key, upper in LIMITS.items():
        value = getattr(args, key, None)
        if value is not None and value > upper:
            raise CliError(f"--{key.replace('_', '-')}: at most {upper:,}, got {value:,}")
    return experiments.run_from_args(args)
