"""Speed and accuracy of the Sigmoid layer's forward pass, side by side in one process.

    .venv/bin/python benchmarks/bench_sigmoid.py [--rounds 15] [--json]

Contenders, each writing into a preallocated output like the layer does:

* ``layer``: ``core.layers.Sigmoid().forward`` as it is now (buffer look-up included);
* ``tanh (before)``: the formulation the layer used before issue 10, 0.5 + 0.5*tanh(x/2), in place;
* ``book``: the book's ``1 / (1 + np.exp(-x))`` (allocates, and warns on overflow, so warnings are silenced).

Shapes: a TwoLayerNet hidden layer (100, 50), MultiLayerNet's (100, 100) and a 10,000-image evaluation
(10000, 50), in float32 and float64; x ~ 4 * N(0, 1). Rounds are interleaved and the median is
reported, since the machine is shared. The accuracy columns give the largest relative error against
an exact-enough reference (1/(1+exp(-x)) in 80-bit long double, where the platform has it) over
x in [-60, 30] (float32: [-80, 30]), where the tanh form loses the left tail.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]  # the repository (core) and this folder (shared helpers)

from _common import load_average, markdown_table  # noqa: E402

from dlfs_studio.core.layers import Sigmoid  # noqa: E402

SHAPES = [(100, 50), (100, 100), (10000, 50)]


def tanh_before(x: np.ndarray, out: np.ndarray) -> np.ndarray:
    np.multiply(x, 0.5, out=out)
    np.tanh(out, out=out)
    out *= 0.5
    out += 0.5
    return out


def book(x: np.ndarray, out: np.ndarray) -> np.ndarray:
    with np.errstate(over="ignore"):
        return 1 / (1 + np.exp(-x))


def max_rel_error(f: Callable[[np.ndarray, np.ndarray], np.ndarray], dtype: type) -> float:
    lo = -80.0 if dtype == np.float32 else -60.0
    x = np.linspace(lo, 30.0, 20001).astype(dtype)
    ref = 1 / (1 + np.exp(-x.astype(np.longdouble)))
    got = f(x, np.empty_like(x)).astype(np.longdouble)
    return float(np.max(np.abs(got - ref) / ref))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=15)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    rng = np.random.default_rng(0)
    layer = Sigmoid()
    contenders: dict[str, Callable[[np.ndarray, np.ndarray], np.ndarray]] = {
        "layer": lambda x, out: layer.forward(x),
        "tanh (before)": tanh_before,
        "book": book,
    }
    results = []
    for dtype in (np.float32, np.float64):
        for shape in SHAPES:
            x = (4 * rng.standard_normal(shape)).astype(dtype)
            out = np.empty_like(x)
            reps = max(5, int(200_000 / x.size))
            times: dict[str, list[float]] = {k: [] for k in contenders}
            for _ in range(args.rounds):
                for name, f in contenders.items():
                    t0 = time.perf_counter()
                    for _ in range(reps):
                        f(x, out)
                    times[name].append((time.perf_counter() - t0) / reps * 1e6)
            row = {"dtype": np.dtype(dtype).name, "shape": list(shape)}
            row.update({f"{k} us": statistics.median(v) for k, v in times.items()})
            results.append(row)
    accuracy = {np.dtype(dt).name: {name: max_rel_error(f, dt) for name, f in contenders.items()}
                for dt in (np.float32, np.float64)}
    load = load_average()
    if args.json:
        print(json.dumps({"timings": results, "max_rel_error": accuracy, "load": load}, indent=1))
        return 0
    cols = ["dtype", "shape"] + [f"{k} (µs)" for k in contenders] + ["layer / tanh"]
    rows = [[r["dtype"], "x".join(map(str, r["shape"]))] + [f"{r[f'{k} us']:.1f}" for k in contenders]
            + [f"{r['layer us'] / r['tanh (before) us']:.2f}"] for r in results]
    print("\n".join(markdown_table(cols, rows, text_columns=2)))
    print()
    for dt, errs in accuracy.items():
        print(f"max relative error, {dt}: " + ", ".join(f"{k} {v:.1e}" for k, v in errs.items()))
    print(f"load average: {load}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
