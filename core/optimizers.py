"""Parameter update rules of chapter 6: SGD, Momentum, Nesterov, AdaGrad, RMSprop and Adam.

Each class follows the book's ``common/optimizer.py`` formula for formula (same order of
operations, so float64 results agree with the book to the last bit), but updates the
parameter arrays *in place* through small scratch buffers instead of allocating new
arrays on every step: the network's layers hold references to its parameter arrays, so
``params[key]`` keeps its identity, and float32 parameters stay float32.

``params`` and ``grads`` are dicts of same-shaped floating arrays, e.g. ``{"W1": (784, 50)}``.
State buffers (velocity ``v``, squared-gradient sum ``h``, Adam's ``m``/``v``) are created
lazily with ``zeros_like`` on the first update of each key.
"""
from __future__ import annotations

import math
from typing import ClassVar

import numpy as np
from numpy.typing import NDArray

#: The book's guard against division by zero in AdaGrad, RMSprop and Adam (added outside the sqrt).
EPS = 1e-7


def _check_lr(lr: float) -> float:
    try:
        value = float(lr)
    except (TypeError, ValueError):
        raise ValueError(f"the learning rate must be a number, got {lr!r}") from None
    if not math.isfinite(value) or value <= 0:
        raise ValueError(f"the learning rate must be a positive finite number, got {lr!r}")
    return value


def _check_unit(name: str, value: float) -> float:
    """A coefficient in [0, 1) such as momentum, decay_rate, beta1, beta2."""
    try:
        v = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a number, got {value!r}") from None
    if not (0.0 <= v < 1.0):
        raise ValueError(f"{name} must lie in [0, 1), got {value!r}")
    return v


class Optimizer:
    """Base class: holds the learning rate, lazily created state buffers and scratch space.

    Subclasses implement :meth:`_update_one` for one parameter array and name their state
    buffers in ``STATE_NAMES``.
    """

    name: ClassVar[str] = ""
    STATE_NAMES: ClassVar[tuple[str, ...]] = ()
    #: Scratch buffers needed per parameter (to avoid allocating temporaries).
    N_SCRATCH: ClassVar[int] = 1

    def __init__(self, lr: float = 0.01) -> None:
        self._lr = _check_lr(lr)
        self._state: dict[str, dict[str, NDArray]] = {n: {} for n in self.STATE_NAMES}
        self._scratch: dict[str, list[NDArray]] = {}
        self._plan: list[tuple[str, NDArray, NDArray, dict[str, NDArray]]] = []

    # -- learning rate (may be changed between updates, e.g. live from the GUI) ------------------
    @property
    def lr(self) -> float:
        """The learning rate; assigning a new value takes effect at the next update."""
        return self._lr

    @lr.setter
    def lr(self, value: float) -> None:
        self._lr = _check_lr(value)

    # -- public API --------------------------------------------------------------------------------
    def update(self, params: dict[str, NDArray], grads: dict[str, NDArray]) -> None:
        """Update every ``params[key]`` in place from ``grads[key]`` (same shape)."""
        self._begin_update()
        plan = self._plan
        if not self._plan_fits(plan, params, grads):
            # validate and look up the buffers once; reused while the very same arrays come back
            plan = self._plan = [(key, p, g, self._buffers_for(key, p))
                                 for key, p in params.items() for g in (self._checked_grad(key, p, grads),)]
        for key, p, g, bufs in plan:
            self._update_one(key, p, g, bufs)

    def state(self) -> dict[str, dict[str, NDArray]]:
        """Copies of the state buffers, e.g. ``{"v": {"W1": array}}``; ``{}`` for SGD."""
        return {n: {k: a.copy() for k, a in bufs.items()} for n, bufs in self._state.items()}

    def reset(self) -> None:
        """Forget all state (as if freshly created); hyperparameters are kept."""
        self._state = {n: {} for n in self.STATE_NAMES}
        self._scratch = {}
        self._plan = []

    def state_arrays(self) -> dict[str, NDArray]:
        """Copies of the state buffers as one flat dict, e.g. ``{"v/W1": array}`` (``{}`` for SGD or
        before the first update); with :meth:`state_scalars`, what a checkpoint needs to resume."""
        return {f"{n}/{k}": a.copy() for n, bufs in self._state.items() for k, a in bufs.items()}

    def state_scalars(self) -> dict[str, int]:
        """Counters that belong to the state, e.g. Adam's step count ``{"iter": 500}``; ``{}`` for the others."""
        return {}

    def load_state(self, arrays: dict[str, NDArray], scalars: dict[str, int] | None = None) -> None:
        """Replace the state by copies of what :meth:`state_arrays` and :meth:`state_scalars` returned.

        Raises ValueError for a buffer name this optimizer does not have or a non-floating array.
        Buffers not given start from zeros on their first update, as in a fresh optimizer.
        """
        state: dict[str, dict[str, NDArray]] = {n: {} for n in self.STATE_NAMES}
        for name, arr in arrays.items():
            kind, _, key = name.partition("/")
            if kind not in state or not key:
                raise ValueError(f"{type(self).__name__} has no state buffer {name!r}")
            a = np.array(arr, copy=True)
            if not np.issubdtype(a.dtype, np.floating):
                raise ValueError(f"state buffer {name!r} must be a floating-point array")
            state[kind][key] = a
        self._state = state
        self._plan = []
        if scalars:
            raise ValueError(f"{type(self).__name__} has no state counter {', '.join(map(repr, scalars))}")

    def hyperparams(self) -> dict[str, float]:
        """The hyperparameters by name, e.g. ``{"lr": 0.1, "momentum": 0.9}``."""
        return {"lr": self._lr}

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self.hyperparams().items())
        return f"{type(self).__name__}({args})"

    # -- helpers -----------------------------------------------------------------------------------
    def _begin_update(self) -> None:
        """Called once per update before the per-key loop (Adam counts its steps here)."""

    def _update_one(self, key: str, p: NDArray, g: NDArray, bufs: dict[str, NDArray]) -> None:
        raise NotImplementedError

    @staticmethod
    def _plan_fits(plan: list, params: dict[str, NDArray], grads: dict[str, NDArray]) -> bool:
        """Whether ``plan`` (from the previous update) covers exactly these parameter and gradient
        arrays (same keys, same objects), so their checks and buffer look-ups can be skipped."""
        if not plan or len(plan) != len(params):
            return False
        get_p, get_g = params.get, grads.get
        for key, p, g, _ in plan:
            if get_p(key) is not p or get_g(key) is not g:
                return False
        return True

    @staticmethod
    def _checked_grad(key: str, p: NDArray, grads: dict[str, NDArray]) -> NDArray:
        if not isinstance(p, np.ndarray) or not np.issubdtype(p.dtype, np.floating):
            raise TypeError(f"parameter {key!r} must be a floating-point NumPy array "
                            "(it is updated in place)")
        try:
            g = grads[key]
        except KeyError:
            raise ValueError(f"there is no gradient for parameter {key!r}") from None
        if np.shape(g) != p.shape:
            raise ValueError(f"the gradient of {key!r} has shape {np.shape(g)} "
                             f"but the parameter has shape {p.shape}")
        return g

    def _buffers_for(self, key: str, p: NDArray) -> dict[str, NDArray]:
        """State buffers of ``key`` (zeros on first use) plus scratch arrays under "_0", "_1", ..."""
        bufs: dict[str, NDArray] = {}
        for n in self.STATE_NAMES:
            store = self._state[n]
            a = store.get(key)
            if a is None:
                a = store[key] = np.zeros_like(p)
            elif a.shape != p.shape or a.dtype != p.dtype:
                raise ValueError(f"parameter {key!r} changed shape or dtype since the last update; "
                                 "call reset() before using this optimizer on new parameters")
            bufs[n] = a
        scratch = self._scratch.get(key)
        if scratch is None or scratch[0].shape != p.shape or scratch[0].dtype != p.dtype:
            scratch = self._scratch[key] = [np.empty_like(p) for _ in range(self.N_SCRATCH)]
        for i, s in enumerate(scratch):
            bufs[f"_{i}"] = s
        return bufs


class SGD(Optimizer):
    """Stochastic gradient descent: W <- W - lr * dL/dW (eq. 6.1)."""

    name = "sgd"

    def __init__(self, lr: float = 0.01) -> None:
        super().__init__(lr)

    def _update_one(self, key, p, g, bufs):
        tmp = bufs["_0"]
        np.multiply(g, self._lr, out=tmp)
        p -= tmp


class Momentum(Optimizer):
    """Momentum: v <- momentum*v - lr*g; W <- W + v (eq. 6.3, 6.4)."""

    name = "momentum"
    STATE_NAMES = ("v",)

    def __init__(self, lr: float = 0.01, momentum: float = 0.9) -> None:
        super().__init__(lr)
        self.momentum = _check_unit("momentum", momentum)

    def hyperparams(self) -> dict[str, float]:
        return {"lr": self._lr, "momentum": self.momentum}

    def _update_one(self, key, p, g, bufs):
        v, tmp = bufs["v"], bufs["_0"]
        v *= self.momentum
        np.multiply(g, self._lr, out=tmp)
        v -= tmp
        p += v


class Nesterov(Momentum):
    """Nesterov's accelerated gradient in the book's formulation (optimizer.py):

    v <- momentum*v - lr*g;  W <- W + momentum**2 * v - (1 + momentum) * lr * g
    """

    name = "nesterov"

    def _update_one(self, key, p, g, bufs):
        v, tmp = bufs["v"], bufs["_0"]
        m = self.momentum
        v *= m
        np.multiply(g, self._lr, out=tmp)
        v -= tmp
        np.multiply(v, m * m, out=tmp)
        p += tmp
        np.multiply(g, (1 + m) * self._lr, out=tmp)
        p -= tmp


class AdaGrad(Optimizer):
    """AdaGrad: h <- h + g*g; W <- W - lr * g / (sqrt(h) + 1e-7) (eq. 6.5, 6.6)."""

    name = "adagrad"
    STATE_NAMES = ("h",)
    N_SCRATCH = 2

    def __init__(self, lr: float = 0.01) -> None:
        super().__init__(lr)

    def _update_one(self, key, p, g, bufs):
        h, tmp, tmp2 = bufs["h"], bufs["_0"], bufs["_1"]
        np.multiply(g, g, out=tmp)
        h += tmp
        _scaled_step(p, g, self._lr, h, tmp, tmp2)


class RMSprop(Optimizer):
    """RMSprop: h <- decay*h + (1-decay)*g*g; W <- W - lr * g / (sqrt(h) + 1e-7)."""

    name = "rmsprop"
    STATE_NAMES = ("h",)
    N_SCRATCH = 2

    def __init__(self, lr: float = 0.01, decay_rate: float = 0.99) -> None:
        super().__init__(lr)
        self.decay_rate = _check_unit("decay_rate", decay_rate)

    def hyperparams(self) -> dict[str, float]:
        return {"lr": self._lr, "decay_rate": self.decay_rate}

    def _update_one(self, key, p, g, bufs):
        h, tmp, tmp2 = bufs["h"], bufs["_0"], bufs["_1"]
        h *= self.decay_rate
        np.multiply(g, 1 - self.decay_rate, out=tmp)
        tmp *= g
        h += tmp
        _scaled_step(p, g, self._lr, h, tmp, tmp2)


class Adam(Optimizer):
    """Adam as in the book's optimizer.py, with the bias correction folded into the step size:

    t <- t + 1;  lr_t = lr * sqrt(1 - beta2**t) / (1 - beta1**t)
    m <- m + (1-beta1)*(g - m);  v <- v + (1-beta2)*(g**2 - v);  W <- W - lr_t * m / (sqrt(v) + 1e-7)
    """

    name = "adam"
    STATE_NAMES = ("m", "v")
    N_SCRATCH = 2

    def __init__(self, lr: float = 0.001, beta1: float = 0.9, beta2: float = 0.999) -> None:
        super().__init__(lr)
        self.beta1 = _check_unit("beta1", beta1)
        self.beta2 = _check_unit("beta2", beta2)
        self.iter = 0
        self._lr_t = 0.0

    def hyperparams(self) -> dict[str, float]:
        return {"lr": self._lr, "beta1": self.beta1, "beta2": self.beta2}

    def reset(self) -> None:
        super().reset()
        self.iter = 0

    def state_scalars(self) -> dict[str, int]:
        return {"iter": self.iter}

    def load_state(self, arrays: dict[str, NDArray], scalars: dict[str, int] | None = None) -> None:
        scalars = dict(scalars or {})
        it = scalars.pop("iter", 0)
        if isinstance(it, bool) or not isinstance(it, (int, np.integer)) or it < 0:
            raise ValueError(f"Adam's step count must be a whole number >= 0, got {it!r}")
        super().load_state(arrays, scalars)
        self.iter = int(it)

    def _begin_update(self) -> None:
        self.iter += 1
        self._lr_t = self._lr * math.sqrt(1.0 - self.beta2 ** self.iter) / (1.0 - self.beta1 ** self.iter)

    def _update_one(self, key, p, g, bufs):
        m, v, tmp, tmp2 = bufs["m"], bufs["v"], bufs["_0"], bufs["_1"]
        np.subtract(g, m, out=tmp)
        tmp *= 1 - self.beta1
        m += tmp
        np.multiply(g, g, out=tmp)
        tmp -= v
        tmp *= 1 - self.beta2
        v += tmp
        np.sqrt(v, out=tmp)
        tmp += EPS
        np.multiply(m, self._lr_t, out=tmp2)
        tmp2 /= tmp
        p -= tmp2


def _scaled_step(p: NDArray, g: NDArray, lr: float, h: NDArray, tmp: NDArray, tmp2: NDArray) -> None:
    """p -= lr * g / (sqrt(h) + 1e-7), evaluated in the book's order with scratch buffers."""
    np.sqrt(h, out=tmp)
    tmp += EPS
    np.multiply(g, lr, out=tmp2)
    tmp2 /= tmp
    p -= tmp2


#: The optimizers by name.
OPTIMIZERS: dict[str, type[Optimizer]] = {
    cls.name: cls for cls in (SGD, Momentum, Nesterov, AdaGrad, RMSprop, Adam)
}


def make_optimizer(name: str, **hyperparams: float) -> Optimizer:
    """Create an optimizer by name ("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam").

    Hyperparameters not given keep the book's defaults. Raises ValueError for an unknown
    name, a hyperparameter the optimizer does not have, or a bad value (lr <= 0, momentum
    outside [0, 1), ...).
    """
    key = str(name).strip().lower()
    cls = OPTIMIZERS.get(key)
    if cls is None:
        raise ValueError(f"unknown optimizer {name!r}; choose one of: {', '.join(OPTIMIZERS)}")
    allowed = set(cls().hyperparams())
    unknown = sorted(set(hyperparams) - allowed)
    if unknown:
        raise ValueError(f"{cls.__name__} has no hyperparameter {', '.join(map(repr, unknown))}; "
                         f"it takes: {', '.join(sorted(allowed))}")
    return cls(**hyperparams)
