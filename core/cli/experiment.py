"""``dlfs experiment NAME``: the book's chapter 6 experiments, headless (see core/experiments.py)."""
from __future__ import annotations

import argparse

from .. import experiments


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "experiment", help="the book's chapter 6 experiments (optimizers, init, batchnorm, overfit, hyperparams)",
        description="Run one of the book's chapter 6 experiments on MNIST and print its figures: optimizer "
                    "comparison, weight-init comparison, BatchNorm vs none, overfitting with 300 samples, "
                    "random hyperparameter search on a validation split.")
    experiments.add_arguments(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    return experiments.run_from_args(args)
