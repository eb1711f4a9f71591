"""``dlfs loss``: the sum of squared errors and the cross-entropy of one output y."""
from __future__ import annotations

import argparse

import numpy as np

from ..functions import cross_entropy_error, sum_squared_error
from .common import CliError, finite_float


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "loss", help="sum of squared errors and cross-entropy of an output y against a label t",
        description="Print the sum of squared errors 0.5*sum((y-t)**2) and the cross-entropy "
                    "-sum(t*log(y+1e-7)) with full precision (Python repr), as the book prints them. "
                    "y need not sum to 1: the losses are computed anyway and a note says so.")
    p.add_argument("--y", type=finite_float, nargs="+", required=True, metavar="Y",
                   help="the network output, e.g. --y 0.1 0.05 0.6 0.0 0.05 0.1 0.0 0.1 0.0 0.0")
    p.add_argument("--t", type=finite_float, nargs="+", required=True, metavar="T",
                   help="the correct label: one index (--t 2) or one-hot values, as many as y")
    p.set_defaults(func=run)


def parse_target(y: np.ndarray, t_values: list[float]) -> np.ndarray:
    """Return t as a one-hot array shaped like y, from a label index or one-hot values."""
    if len(t_values) == 1 and len(y) != 1:
        label = t_values[0]
        if label != int(label) or not 0 <= label < len(y):
            raise CliError(f"--t {label:g} is not a class index in 0..{len(y) - 1}")
        t = np.zeros(len(y), dtype=np.int64)
        t[int(label)] = 1
        return t
    if len(t_values) != len(y):
        raise CliError(f"--t has {len(t_values)} values but --y has {len(y)}; "
                       "give one label index or one one-hot value per class")
    if any(v not in (0.0, 1.0) for v in t_values) or sum(t_values) != 1:
        raise CliError("one-hot --t must be zeros with a single 1")
    return np.array([int(v) for v in t_values], dtype=np.int64)


def run(args: argparse.Namespace) -> int:
    y = np.array(args.y, dtype=np.float64)
    if len(y) < 2:
        raise CliError("--y needs at least two values, one per class (a loss over one class is always 0)")
    t = parse_target(y, args.t)
    if np.any(y < 0):
        raise CliError("y has negative values; a network output (softmax) is never negative")
    print(f"y = {[float(v) for v in y]}")
    print(f"t = {t.tolist()}  (label {int(np.argmax(t))})")
    total = float(np.sum(y))
    if not np.isclose(total, 1.0, rtol=0, atol=1e-9):
        print(f"note: y sums to {total!r}, not 1, so it is not a probability vector; computed anyway")
    with np.errstate(over="ignore"):  # the inf it gives is the answer; a note explains it instead of a warning
        sse, ce = sum_squared_error(y, t), cross_entropy_error(y, t)
    print(f"sum_squared_error = {sse!r}")
    print(f"cross_entropy_error = {ce!r}")
    if not (np.isfinite(sse) and np.isfinite(ce)):
        print(f"note: a loss is larger than the largest float64 ({np.finfo(np.float64).max:.4g}), so it prints as inf")
    return 0
