"""A cache of the steps pulled from a core generator, so that "step back" is exact.

This holds no mathematics: every step comes from :func:`core.descent.descend` (or
:func:`core.descent.race`); the cache only remembers them in order.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any


class StepCache:
    """Lazily pulls items from ``factory()`` (a fresh iterator) and keeps every item pulled."""

    def __init__(self, factory: Callable[[], Iterator[Any]]) -> None:
        self._factory = factory
        self.items: list[Any] = []
        self.finished = False
        self._it: Iterator[Any] = factory()

    def ensure(self, index: int) -> bool:
        """Pull until item ``index`` exists; False if the iterator ended before it."""
        while len(self.items) <= index and not self.finished:
            try:
                self.items.append(next(self._it))
            except StopIteration:
                self.finished = True
        return index < len(self.items)

    def last_index(self) -> int:
        """Index of the last item pulled so far (-1 if none)."""
        return len(self.items) - 1
