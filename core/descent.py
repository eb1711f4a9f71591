"""Step-by-step gradient descent on a 2-D surface, for the GUI's animation and ``dlfs descend``.

:func:`descend` yields one immutable :class:`DescentStep` per point: k = 0 is the start, then one
per optimizer update. The point is held as ``params = {"x": array (2,)}`` so every optimizer of
:mod:`core.optimizers` applies unchanged.

Divergence rule: a point x_k is *diverged* when x_k or f(x_k) is not finite, or when
max|x_k| > :data:`DIVERGENCE_BOUND` (1e150). The generator stops right after yielding the first
diverged step, so NaN never spreads and no NumPy warning is emitted.

Note on the book's lr = 10 example on the sphere: with the *numerical* gradient the point grows
like (-19)**k only until |x| is so large that x + h rounds back to x (h = 1e-4); from then on the
central difference is exactly 0 and the point freezes near (-2.58983747e+13, -1.29524862e+12).
That is the book's printed result; it never reaches the divergence bound (the steps flag
``numerical_unreliable`` from k = 9 on instead). With the *analytic* gradient the growth
continues and the run is reported diverged at step 117.
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal, overload

import numpy as np
from numpy.typing import ArrayLike, NDArray

from .gradient import DEFAULT_H, numerical_gradient
from .optimizers import Optimizer
from .surfaces import Surface

#: Which gradient drives the steps: the book's central difference or the surface's formula.
GradientKind = Literal["numerical", "analytic"]

#: Points with a coordinate larger than this in magnitude count as diverged.
DIVERGENCE_BOUND = 1e150
#: A path whose point has moved this many times farther from the origin than its start has flown off.
FLY_OFF_FACTOR = 1e6


@dataclass(frozen=True)
class DescentStep:
    """One point of a descent path (all arrays are read-only copies of shape (2,)).

    k: 0 for the start point, then the number of updates taken.
    x: the point x_k.  value: f(x_k).
    grad: the gradient used for the step from x_k (None on the last step, finished or diverged).
    grad_numerical / grad_analytic: both gradients at x_k (analytic None if the surface has none).
    step: x_{k+1} - x_k (None on the last step).
    state: the optimizer's state after the update that produced x_k, e.g. {"v": (2,)}; {} at k = 0.
    diverged: x_k or f(x_k) is not finite, or max|x_k| > DIVERGENCE_BOUND.
    flew_off: the path has flown off: max|x_k| exceeds FLY_OFF_FACTOR (a million) times
        max(1, max|x_0|) — divergence as the book means it, although the values are still finite
        and the run goes on (the book's lr = 10 run flies off at step 5 and ends at -2.58983747e+13).
    numerical_unreliable: |x_k| is so large that x_k +- h cannot be represented accurately
        (see :func:`numerical_gradient_unreliable`), so the central difference at x_k is noise
        or exactly 0: the book's lr = 10 run freezes for this reason, not because it converged.
    """

    k: int
    x: NDArray
    value: float
    grad: NDArray | None
    grad_numerical: NDArray | None
    grad_analytic: NDArray | None
    step: NDArray | None
    state: dict[str, NDArray]
    diverged: bool
    numerical_unreliable: bool = False
    flew_off: bool = False


@overload
def _frozen(a: None) -> None: ...
@overload
def _frozen(a: ArrayLike) -> NDArray: ...
def _frozen(a: ArrayLike | None) -> NDArray | None:
    if a is None:
        return None
    out = np.array(a, dtype=np.float64, copy=True).reshape(2)
    out.flags.writeable = False
    return out


def _flat_state(optimizer: Optimizer) -> dict[str, NDArray]:
    return {name: _frozen(bufs["x"]) for name, bufs in optimizer.state().items() if "x" in bufs}


def is_diverged(x: NDArray, value: float) -> bool:
    """True when x or value is not finite or max|x| exceeds DIVERGENCE_BOUND."""
    return (not math.isfinite(value) or not bool(np.all(np.isfinite(x)))
            or float(np.max(np.abs(x))) > DIVERGENCE_BOUND)


def has_flown_off(x: NDArray, x0: NDArray) -> bool:
    """True when max|x| exceeds FLY_OFF_FACTOR * max(1, max|x0|) (or x is not finite)."""
    with np.errstate(all="ignore"):
        size = float(np.max(np.abs(x)))
    return not math.isfinite(size) or size > FLY_OFF_FACTOR * max(1.0, float(np.max(np.abs(x0))))


def numerical_gradient_unreliable(x: NDArray, h: float = DEFAULT_H) -> bool:
    """True when, for some coordinate, the step (x+h) - (x-h) actually taken in float64 differs
    from 2h by more than 1%: then float spacing at x swamps h and the numerical gradient is noise."""
    x = np.asarray(x, dtype=np.float64)
    with np.errstate(all="ignore"):
        taken = (x + h) - (x - h)
        return bool(np.any(~np.isfinite(taken) | (np.abs(taken - 2 * h) > 0.02 * h)))


def _as_start(start: ArrayLike) -> NDArray:
    try:
        x = np.array(start, dtype=np.float64).reshape(-1)
    except (TypeError, ValueError):
        raise ValueError(f"the start point must be two numbers, got {start!r}") from None
    if x.shape != (2,):
        raise ValueError(f"the start point must be two numbers (x0, x1), got {x.size}")
    if not np.all(np.isfinite(x)):
        raise ValueError(f"the start point must be finite, got {tuple(x.tolist())}")
    return x


def descend(surface: Surface, optimizer: Optimizer, start: ArrayLike | None = None,
            steps: int | None = None, *, gradient: GradientKind = "numerical",
            h: float = DEFAULT_H) -> Iterator[DescentStep]:
    """Run ``optimizer`` on ``surface`` from ``start`` (2,) (default: the surface's default start).

    Yields k = 0 (the start), then one DescentStep per update; stops after ``steps`` updates
    (None = never) or right after yielding a diverged step. The optimizer is reset first.
    ``gradient`` chooses which gradient drives the steps: the book's central difference with
    step ``h`` ("numerical") or the surface's formula ("analytic"); both are recorded.

    Step k is yielded once x_{k+1} is known (it carries ``step``), so an ``optimizer.lr``
    change made after receiving step k takes effect from the update x_{k+1} -> x_{k+2}.
    """
    if gradient not in ("numerical", "analytic"):
        raise ValueError(f"gradient must be 'numerical' or 'analytic', got {gradient!r}")
    if gradient == "analytic" and surface.grad is None:
        raise ValueError(f"the surface {surface.name!r} has no analytic gradient; use gradient='numerical'")
    if steps is not None and (not isinstance(steps, (int, np.integer)) or isinstance(steps, bool)
                              or steps < 0):
        raise ValueError(f"steps must be a whole number >= 0 or None, got {steps!r}")
    if not (isinstance(h, (int, float)) and math.isfinite(h) and h > 0):
        raise ValueError(f"h must be a positive number, got {h!r}")
    return _descend(surface, optimizer, _as_start(surface.default_start if start is None else start),
                    steps, gradient, float(h))


def _descend(surface: Surface, optimizer: Optimizer, x0: NDArray, steps: int | None,
             gradient: GradientKind, h: float) -> Iterator[DescentStep]:
    optimizer.reset()
    params = {"x": x0.copy()}
    state: dict[str, NDArray] = {}
    k = 0
    while True:
        # np.errstate is never held across a yield: it would leak into the caller's code meanwhile
        with np.errstate(all="ignore"):
            step_k, state_next = _one_step(surface, optimizer, params, k, steps, gradient, h, state, x0)
        yield step_k
        if state_next is None:
            return
        state = state_next
        k += 1


def _one_step(surface: Surface, optimizer: Optimizer, params: dict[str, NDArray], k: int, steps: int | None,
              gradient: GradientKind, h: float, state: dict[str, NDArray], x0: NDArray
              ) -> tuple[DescentStep, dict[str, NDArray] | None]:
    """Step k (updating params["x"] to x_{k+1}) and the optimizer state after it; None when it is the last."""
    x = params["x"]
    value = float(surface.f(x))
    diverged = is_diverged(x, value)
    unreliable = numerical_gradient_unreliable(x, h)
    flew_off = has_flown_off(x, x0)
    if diverged or (steps is not None and k >= steps):
        return DescentStep(k, _frozen(x), value, None, None, None, None, state, diverged, unreliable,
                           flew_off), None
    g_num = numerical_gradient(surface.value_at, x.copy(), h)
    g_an = np.asarray(surface.grad(x), dtype=np.float64).reshape(2) if surface.grad else None
    if gradient == "numerical":
        g = g_num
    elif g_an is not None:
        g = g_an
    else:  # descend() refuses "analytic" for a surface without a formula before the first step
        raise ValueError(f"the surface {surface.name!r} has no analytic gradient; use gradient='numerical'")
    before = x.copy()
    optimizer.update(params, {"x": g.copy()})
    # step k carries x_{k+1} - x_k, so the update has been computed when the caller receives it
    step_k = DescentStep(k, _frozen(before), value, _frozen(g), _frozen(g_num), _frozen(g_an),
                         _frozen(x - before), state, False, unreliable, flew_off)
    return step_k, _flat_state(optimizer)


def race(surface: Surface, optimizers: dict[str, Optimizer], start: ArrayLike | None = None,
         steps: int | None = None, **kw) -> Iterator[dict[str, DescentStep]]:
    """Run several optimizers from the same start in lockstep.

    Yields ``{name: DescentStep}`` for k = 0, 1, ...; a run that has finished (or diverged)
    keeps reporting its last step. Stops when every run has finished. ``kw`` goes to
    :func:`descend` (gradient, h).
    """
    gens = {name: descend(surface, opt, start, steps, **kw) for name, opt in optimizers.items()}
    last: dict[str, DescentStep] = {}
    live = dict(gens)
    while live:
        for name in list(live):
            try:
                last[name] = next(live[name])
            except StopIteration:
                del live[name]
        if not live:
            return
        yield {name: last[name] for name in gens}


def steps_to_reach(values: Iterable[float | DescentStep], eps: float) -> int | None:
    """The first k with values[k] <= eps (values indexed by step; DescentSteps allowed), or None."""
    for k, v in enumerate(values):
        value = v.value if isinstance(v, DescentStep) else float(v)
        if value <= eps:
            return k
    return None
