"""The step cursor shared by the "Descent" and "Optimizer race" tabs.

Both tabs keep the steps pulled from core in a :class:`StepCache` and show the steps 0..cursor;
this mixin moves the cursor (forward pulls from core, back reuses the kept steps) and hands
play / pause to the tab's :class:`Playback`.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from .playback import Playback
from .session import StepCache


class StepCursor:
    """Mixin for a view with ``self.cache`` (StepCache), ``self.cursor`` (index of the shown step),
    ``self.playback`` (Playback) and ``self._refresh()`` (redraw after the cursor moved).

    List it before ``QWidget`` in the bases: ``class DescentView(StepCursor, QWidget)``.
    """

    cache: StepCache
    cursor: int
    playback: Playback
    _refresh: Callable[[], Any]

    def start_run(self, factory: Callable[[], Iterator[Any]], target: int) -> None:
        """A new cache from ``factory``, pulled up to step ``target`` (or the run's last step if it ends sooner)."""
        self.cache = StepCache(factory)
        self.cache.ensure(target)
        self.cursor = max(0, min(target, self.cache.last_index()))

    def at_end(self) -> bool:
        return not self.cache.ensure(self.cursor + 1)

    def step_forward(self, n: int = 1) -> int:
        """Advance up to ``n`` steps (pulling from core when needed); returns how many were taken."""
        taken = 0
        while taken < n and self.cache.ensure(self.cursor + 1):
            self.cursor += 1
            taken += 1
        if taken:
            self._refresh()
        return taken

    def step_back(self, n: int = 1) -> int:
        """Return exactly to an earlier step (from the kept list, never recomputed)."""
        taken = min(n, self.cursor)
        if taken:
            self.cursor -= taken
            self._refresh()
        return taken

    def reset(self) -> None:
        """Back to step 0."""
        self.cursor = 0
        self._refresh()

    def play(self) -> None:
        self.playback.play()

    def pause(self) -> None:
        self.playback.pause()

    def is_playing(self) -> bool:
        return self.playback.is_playing()
