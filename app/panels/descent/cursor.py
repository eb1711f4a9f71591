"""The step cursor shared by the "Descent" and "Optimizer race" tabs.

Both tabs keep the steps pulled from core in a :class:`StepCache` and show the steps 0..step_index;
this mixin moves the cursor (forward pulls from core, back reuses the kept steps) and hands
play / pause to the tab's :class:`Playback`.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QObject, QTimer

from .playback import Playback
from .session import StepCache


class StepCursor:
    """Mixin for a view with ``self.cache`` (StepCache), ``self.step_index`` (index of the shown step),
    ``self.playback`` (Playback) and ``self._refresh()`` (redraw after the cursor moved).

    List it before ``QWidget`` in the bases: ``class DescentView(StepCursor, QWidget)``.
    """

    cache: StepCache
    step_index: int
    playback: Playback
    _refresh: Callable[[], Any]
    #: Steps recomputed at once when a parameter changes; the rest of the way back to the step that was shown
    #: follows in chunks this size, one per event-loop turn, so a click or a drag never blocks the interface.
    RECOMPUTE_CHUNK = 100
    _catch_up_timer: QTimer | None = None
    _catch_up_target = 0
    _catch_up_cursor = 0

    def start_run(self, factory: Callable[[], Iterator[Any]], target: int) -> None:
        """A new cache from ``factory``, pulled up to step ``target`` (or the run's last step if it ends sooner)."""
        self.cache = StepCache(factory)
        self.cache.ensure(target)
        self.step_index = max(0, min(target, self.cache.last_index()))

    def start_run_in_chunks(self, factory: Callable[[], Iterator[Any]], target: int) -> None:
        """:meth:`start_run` up to RECOMPUTE_CHUNK steps now; the rest of the way to ``target`` after, chunk by
        chunk (stopped by any other move of the cursor, or by Play)."""
        self.start_run(factory, min(target, self.RECOMPUTE_CHUNK))
        self._catch_up_target, self._catch_up_cursor = target, self.step_index
        if target > self.step_index:
            if self._catch_up_timer is None:
                # the view (a QWidget, see the class docstring) owns the timer
                self._catch_up_timer = QTimer(self if isinstance(self, QObject) else None)
                self._catch_up_timer.setSingleShot(True)
                self._catch_up_timer.setInterval(0)
                self._catch_up_timer.timeout.connect(self._catch_up)
            self._catch_up_timer.start()

    def is_catching_up(self) -> bool:
        """True while a recomputed run is still being brought back to the step shown before."""
        return self._catch_up_timer is not None and self._catch_up_timer.isActive()

    def _catch_up(self) -> None:
        if self.step_index != self._catch_up_cursor or self.is_playing():
            return  # the learner moved on: leave the cursor where they put it
        want = min(self.RECOMPUTE_CHUNK, self._catch_up_target - self.step_index)
        taken = self.step_forward(want) if want > 0 else 0
        self._catch_up_cursor = self.step_index
        if taken == want and self.step_index < self._catch_up_target and self._catch_up_timer is not None:
            self._catch_up_timer.start()

    def at_end(self) -> bool:
        return not self.cache.ensure(self.step_index + 1)

    def step_forward(self, n: int = 1) -> int:
        """Advance up to ``n`` steps (pulling from core when needed); returns how many were taken."""
        taken = 0
        while taken < n and self.cache.ensure(self.step_index + 1):
            self.step_index += 1
            taken += 1
        if taken:
            self._refresh()
        return taken

    def step_back(self, n: int = 1) -> int:
        """Return exactly to an earlier step (from the kept list, never recomputed)."""
        taken = min(n, self.step_index)
        if taken:
            self.step_index -= taken
            self._refresh()
        return taken

    def reset(self) -> None:
        """Back to step 0."""
        self.step_index = 0
        self._refresh()

    def play(self) -> None:
        self.playback.play()

    def pause(self) -> None:
        self.playback.pause()

    def is_playing(self) -> bool:
        return self.playback.is_playing()
