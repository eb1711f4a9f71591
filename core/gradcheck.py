"""Gradient check (book section 5.7.3): backprop against the numerical gradient, with progress.

The full numerical gradient of a 784-50-10 network needs two loss evaluations for each
of its 39,760 parameters (about a minute), so :func:`gradient_check` is a *generator*:
it yields :class:`GradCheckProgress` every ``report_every`` seconds (so a caller can show
progress and stop iterating to cancel) and finally one :class:`GradCheckResult`. With
``sample=k`` only k randomly chosen entries of each parameter array are checked; the time
of the full numerical gradient is then extrapolated from the measured time per value.

The check runs on a float64 copy of the network by default (in float32 the loss itself is
only good to ~1e-7, which makes a central difference with h = 1e-4 noisy at ~1e-3); the
network passed in is never modified.
"""
from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

from .gradient import DEFAULT_H, partial_derivative
from .layers import Dropout
from .network import Network, build_network


@dataclass(frozen=True)
class GradCheckProgress:
    """``done`` of ``total`` values checked so far; ``key`` is the parameter being checked."""

    key: str
    done: int
    total: int
    elapsed: float


@dataclass(frozen=True)
class ParamCheck:
    """Agreement for one parameter array: |numerical - backprop| over the ``checked`` entries."""

    key: str
    shape: tuple[int, ...]
    checked: int
    max_abs_diff: float
    mean_abs_diff: float
    max_abs_grad: float


@dataclass(frozen=True)
class GradCheckResult:
    """The comparison, with the measured times.

    ``backprop_seconds``: one full backprop gradient (all parameters). ``numerical_seconds``:
    the numerical gradient of the checked values. ``estimated_full_seconds``: the numerical
    gradient of *all* parameters, extrapolated from the time per value (equal to the measured
    time when everything was checked).
    """

    params: tuple[ParamCheck, ...]
    backprop_seconds: float
    numerical_seconds: float
    checked: int
    total_values: int
    estimated_full_seconds: float
    batch_size: int
    dtype: str

    @property
    def max_abs_diff(self) -> float:
        return max((p.max_abs_diff for p in self.params), default=0.0)


def _clone(net: Network, dtype: str) -> Network:
    config = dict(net.config())
    if "dtype" in config:
        config["dtype"] = dtype
    clone = build_network(config, rng=np.random.default_rng(0))
    clone.load_state_arrays(net.state_arrays())
    return clone


def gradient_check(net: Network, x: ArrayLike, t: ArrayLike, *, sample: int | None = 20,
                   rng: np.random.Generator | None = None, h: float = DEFAULT_H, float64: bool = True,
                   report_every: float = 0.05) -> Iterator[GradCheckProgress | GradCheckResult]:
    """Compare backprop and numerical gradients of ``net``'s training-mode loss on (x, t).

    x: (N, *input_shape) batch (keep N small, e.g. 3 to 100); t: labels (N,) or one-hot.
    ``sample``: number of entries checked per parameter array (None = all of them; arrays
    smaller than ``sample`` are checked completely); entries are chosen with ``rng``.
    Yields progress reports, then the :class:`GradCheckResult` last.
    """
    if sample is not None and (isinstance(sample, bool) or int(sample) < 1):
        raise ValueError(f"sample must be a positive number of entries or None (all), got {sample!r}")
    if not h > 0:
        raise ValueError(f"h must be positive, got {h!r}")
    rng = rng if rng is not None else np.random.default_rng(0)
    work = _clone(net, "float64") if float64 and net.dtype != np.float64 else _clone(net, net.dtype.name)
    xb = work._as_batch(x)
    tb = np.asarray(t)
    if xb.shape[0] == 0:
        raise ValueError("the gradient check needs at least one sample")

    dropouts = {id(layer.rng): layer.rng for layer in work.layers.values() if isinstance(layer, Dropout)}
    states = {i: r.bit_generator.state for i, r in dropouts.items()}
    buffers = {k: v.copy() for k, v in work.buffers().items()}

    def reset_randomness() -> None:
        # the same dropout masks and BatchNorm statistics in every pass
        for i, r in dropouts.items():
            r.bit_generator.state = states[i]
        for k, v in work.buffers().items():
            np.copyto(v, buffers[k])

    def loss_at(_params: np.ndarray) -> float:
        reset_randomness()
        return work.loss(xb, tb, train=True)

    reset_randomness()
    t0 = time.perf_counter()
    backprop = work.gradient(xb, tb)
    backprop_seconds = time.perf_counter() - t0

    plan: list[tuple[str, np.ndarray]] = []
    for key, p in work.params.items():
        if sample is None or p.size <= sample:
            flat = np.arange(p.size)
        else:
            flat = np.sort(rng.choice(p.size, size=int(sample), replace=False))
        plan.append((key, flat))
    total = int(sum(len(f) for _, f in plan))
    total_values = int(sum(p.size for p in work.params.values()))

    done = 0
    start = time.perf_counter()
    last_report = start
    checks: list[ParamCheck] = []
    for key, flat in plan:
        p = work.params[key]
        view = p.reshape(-1)  # params are contiguous; a view, so perturbing it perturbs the network
        numeric = np.empty(len(flat))
        for n, i in enumerate(flat):
            numeric[n] = partial_derivative(loss_at, view, i, h)
            done += 1
            now = time.perf_counter()
            if now - last_report >= report_every:
                last_report = now
                yield GradCheckProgress(key, done, total, now - start)
        exact = backprop[key].reshape(-1)[flat].astype(np.float64)
        diff = np.abs(numeric - exact)
        checks.append(ParamCheck(key, tuple(p.shape), len(flat), float(diff.max(initial=0.0)),
                                 float(diff.mean()) if len(diff) else 0.0, float(np.abs(exact).max(initial=0.0))))
    numerical_seconds = time.perf_counter() - start
    yield GradCheckProgress(plan[-1][0] if plan else "", done, total, numerical_seconds)
    per_value = numerical_seconds / max(done, 1)
    yield GradCheckResult(tuple(checks), backprop_seconds, numerical_seconds, done, total_values,
                          per_value * total_values, int(xb.shape[0]), work.dtype.name)


# ----------------------------------------------------------------------------- error against the step h
#: The steps h of the error curve: 1e-1 down to 1e-10, two per decade.
DEFAULT_HS = tuple(float(v) for v in np.logspace(-1, -10, 19))


def switch_pattern(net: Network) -> bytes:
    """Which side of every kink the last training-mode pass was on: the ReLU masks and the max-pool winners.
    Two passes with different patterns straddle a kink, where a central difference need not match backprop."""
    parts: list[bytes] = []
    for layer in net.layers.values():
        mask = getattr(layer, "mask", None)
        if mask is not None and type(layer).__name__ == "Relu":
            parts.append(np.asarray(mask).tobytes())
        cache = getattr(layer, "_cache", None)
        if type(layer).__name__ == "Pooling" and cache is not None:
            parts.append(np.asarray(cache[1]).tobytes())
    return b"|".join(parts)


@dataclass(frozen=True)
class HSweep:
    """Numerical against backprop gradients for the steps ``hs`` (H,), per parameter array ``keys`` (K).

    ``mean_abs_diff`` and ``max_abs_diff`` (K, H): over the ``entries[k]`` checked (flat indices);
    ``kinks`` (K, H): how many of them straddle a ReLU or max-pool kink at that h (the difference there is
    the kink's, not a bug); ``numerical`` (K, H, E) and ``backprop`` (K, E) the values themselves."""

    hs: np.ndarray
    keys: tuple[str, ...]
    entries: tuple[np.ndarray, ...]
    backprop: tuple[np.ndarray, ...]
    numerical: tuple[np.ndarray, ...]
    kink_flags: tuple[np.ndarray, ...]
    mean_abs_diff: np.ndarray
    max_abs_diff: np.ndarray
    kinks: np.ndarray
    batch_size: int

    def best_h(self) -> float:
        """The h with the smallest mean difference over all arrays."""
        return float(self.hs[int(np.argmin(self.mean_abs_diff.mean(axis=0)))])


def error_against_h(net: Network, x: ArrayLike, t: ArrayLike, hs: ArrayLike = DEFAULT_HS, *, sample: int = 6,
                    rng: np.random.Generator | None = None) -> HSweep:
    """The book's gradient check (ch05/gradient_check.py) repeated for every step in ``hs``, on a float64
    copy of ``net`` (never modified) with the batch x (N, ...), t (N,) or one-hot.

    ``sample`` entries per parameter array, drawn with ``rng`` among those whose backprop gradient is not 0
    (all of them when there are fewer). Each entry is also flagged when x - h, x or x + h switch a ReLU or a
    max-pool winner (:func:`switch_pattern`). Cost: 2 * sample * len(hs) losses per parameter array.
    """
    hs_arr = np.asarray(hs, dtype=np.float64).ravel()
    if hs_arr.size == 0 or not np.all(hs_arr > 0):
        raise ValueError("hs must be positive steps")
    if isinstance(sample, bool) or int(sample) < 1:
        raise ValueError(f"sample must be a positive number of entries, got {sample!r}")
    rng = rng if rng is not None else np.random.default_rng(0)
    work = _clone(net, "float64")
    xb = work._as_batch(x)
    tb = np.asarray(t)
    backprop = work.gradient(xb, tb)
    work.loss(xb, tb, train=True)
    base = switch_pattern(work)
    keys = tuple(work.params)
    entries, bps, nums, flags = [], [], [], []
    mean = np.zeros((len(keys), hs_arr.size))
    mx = np.zeros_like(mean)
    kinks = np.zeros(mean.shape, dtype=np.int64)
    for k, key in enumerate(keys):
        p = work.params[key]
        g = backprop[key].reshape(-1).astype(np.float64)
        nonzero = np.flatnonzero(g)
        pool = nonzero if nonzero.size >= sample else np.arange(p.size)
        flat = np.sort(rng.choice(pool, size=min(int(sample), pool.size), replace=False))
        view = p.reshape(-1)
        num = np.empty((hs_arr.size, flat.size))
        flag = np.zeros((hs_arr.size, flat.size), dtype=bool)
        for j, h in enumerate(hs_arr):
            for e, i in enumerate(flat):
                patterns: list[bytes] = []

                def loss_at(_p: np.ndarray, patterns: list[bytes] = patterns) -> float:
                    value = work.loss(xb, tb, train=True)
                    patterns.append(switch_pattern(work))
                    return value

                num[j, e] = partial_derivative(loss_at, view, i, float(h))
                flag[j, e] = any(pt != base for pt in patterns)
        diff = np.abs(num - g[flat][None, :])
        mean[k] = diff.mean(axis=1)
        mx[k] = diff.max(axis=1)
        kinks[k] = flag.sum(axis=1)
        entries.append(flat)
        bps.append(g[flat])
        nums.append(num)
        flags.append(flag)
    return HSweep(hs_arr, keys, tuple(entries), tuple(bps), tuple(nums), tuple(flags), mean, mx, kinks,
                  int(xb.shape[0]))
