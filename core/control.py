"""The thread-safe remote control of a running :func:`core.training.train` generator (pause, step, stop,
learning rate and optimizer changes), taking effect between two mini-batches."""
from __future__ import annotations

import math
import threading

from .optimizers import make_optimizer


class TrainingControl:
    """Thread-safe remote control for a running :func:`train` generator.

    The GUI thread calls these methods while the generator runs in a worker thread; they take
    effect between two mini-batches.
    """

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._paused = False
        self._stopped = False
        self._steps = 0
        self._lr: float | None = None
        self._optimizer: tuple[str, dict[str, float]] | None = None

    def pause(self) -> None:
        """Pause before the next mini-batch (the generator yields one "paused" snapshot, then blocks)."""
        with self._cond:
            self._paused = True
            self._steps = 0
            self._cond.notify_all()

    def resume(self) -> None:
        """Continue after :meth:`pause` or :meth:`step`."""
        with self._cond:
            self._paused = False
            self._steps = 0
            self._cond.notify_all()

    def stop(self) -> None:
        """End the run before the next mini-batch (the last Progress has state "stopped")."""
        with self._cond:
            self._stopped = True
            self._cond.notify_all()

    def step(self, n: int = 1) -> None:
        """Run exactly ``n`` more mini-batches, then pause (also pauses a running generator)."""
        if n <= 0:
            raise ValueError("step needs a positive number of mini-batches")
        with self._cond:
            self._paused = True
            self._steps += int(n)
            self._cond.notify_all()

    def set_lr(self, lr: float) -> None:
        """Change the learning rate before the next mini-batch."""
        if not isinstance(lr, (int, float)) or not math.isfinite(lr) or lr <= 0:
            raise ValueError(f"the learning rate must be a positive number, got {lr!r}")
        with self._cond:
            self._lr = float(lr)

    def set_optimizer(self, name: str, **hyperparams: float) -> None:
        """Switch to a new optimizer (fresh state) before the next mini-batch; ``lr`` may be among
        ``hyperparams``, otherwise the current learning rate is kept."""
        make_optimizer(name, **({"lr": 0.01} | hyperparams))  # validate in the caller's thread
        with self._cond:
            self._optimizer = (name, dict(hyperparams))

    @property
    def paused(self) -> bool:
        with self._cond:
            return self._paused

    @property
    def stopped(self) -> bool:
        with self._cond:
            return self._stopped

    # -- used by the generator ------------------------------------------------------------------
    def _turn(self, block: bool) -> str:
        """"go" (one step consumed if stepping), "stop", or "pause" (only when not ``block``):
        with ``block`` wait while paused with no steps left."""
        with self._cond:
            while self._paused and self._steps == 0 and not self._stopped:
                if not block:
                    return "pause"
                self._cond.wait()
            if self._stopped:
                return "stop"
            if self._paused:
                self._steps -= 1
            return "go"

    def _take_changes(self) -> tuple[float | None, tuple[str, dict[str, float]] | None]:
        with self._cond:
            lr, opt = self._lr, self._optimizer
            self._lr = self._optimizer = None
            return lr, opt
