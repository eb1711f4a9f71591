"""OpenBLAS's thread count while training: a reference-counted context (:func:`blas_threads`) and the
"auto" mode's :class:`ThreadTuner`, through threadpoolctl (optional: without it, a no-op).

See also :mod:`core.blas_env`, which starts OpenBLAS with one thread in programs that train in worker threads.
"""
from __future__ import annotations

import ctypes
import math
import os
import threading
from contextlib import contextmanager
from typing import Any

import numpy as np


class _Blas:
    """The BLAS libraries' thread count, through threadpoolctl (optional: without it, a no-op).

    threadpoolctl finds the loaded OpenBLAS/MKL/BLIS libraries on Linux, macOS and Windows;
    ``core`` still runs with NumPy alone, it just leaves the thread count as it is.
    """

    _lock = threading.Lock()
    _users = 0
    _saved: int | None = None
    _api: tuple[Any, Any] | bool | None = False  # False: not looked up yet; None: unavailable

    @classmethod
    def api(cls):
        if cls._api is False:
            cls._api = None
            try:
                from threadpoolctl import ThreadpoolController
            except ImportError:
                return None
            libs = ThreadpoolController().select(user_api="blas").lib_controllers
            if libs:
                local = _openblas_local_setters(libs)

                def setter(n: int) -> None:
                    for lib in libs:
                        lib.set_num_threads(int(n))
                    for fn in local:  # the calling thread's own count (see _openblas_local_setters)
                        fn(int(n))

                def getter() -> int:
                    return max(lib.num_threads for lib in libs)

                cls._api = (setter, getter)
        return cls._api


def _openblas_local_setters(libs) -> list[Any]:
    """``openblas_set_num_threads_local`` of each OpenBLAS (0.3.27+; empty for older ones and other BLAS).

    OpenBLAS 0.3.27+ also keeps a count per thread, and the process-wide ``openblas_set_num_threads`` called
    from a worker thread does not always reach that thread's own calls: once the count had been set and reset in
    another thread, a training thread that asked for 1 thread multiplied on 2, 13x slower beside a busy GUI thread
    (measured with OpenBLAS 0.3.31, NumPy 2.4). Setting the calling thread's count as well makes it hold.
    """
    found = []
    for lib in libs:
        if getattr(lib, "internal_api", None) != "openblas":
            continue
        try:
            dll = ctypes.CDLL(lib.filepath, mode=getattr(os, "RTLD_NOLOAD", 0))
        except OSError:
            continue
        for name in ("openblas_set_num_threads_local", "openblas_set_num_threads_local64_",
                     "scipy_openblas_set_num_threads_local64_"):
            fn = getattr(dll, name, None)
            if fn is not None:
                fn.restype, fn.argtypes = ctypes.c_int, [ctypes.c_int]
                found.append(fn)
                break
    return found


class ThreadTuner:
    """Picks 1 or ``many`` OpenBLAS threads by timing the real training steps ("auto" mode).

    Threads help on an idle machine (the larger matrix products split over the cores), but when
    other processes share the cores, OpenBLAS threads wait for each other and a step can become
    10-30x slower. So: time ``BASE`` steps on one thread, then try ``many`` threads for up to
    ``PROBE`` steps, giving up at the first step slower than 1.5x the single-thread median
    (under contention that costs one slow step). Keep the winner for ``HOLD`` steps, then measure again.
    """

    BASE, PROBE, HOLD, WARMUP = 20, 10, 1000, 3

    def __init__(self, setter, many: int) -> None:
        self.setter, self.many = setter, many
        self.threads = 1
        self.setter(1)
        self.phase, self.count = "warmup", 0
        self.times: list[float] = []
        self.base = math.inf

    def _switch(self, phase: str, threads: int) -> None:
        self.phase, self.count, self.times = phase, 0, []
        if threads != self.threads:
            self.threads = threads
            self.setter(threads)

    def step_done(self, seconds: float) -> None:
        """Record the duration of the step just taken (and maybe change the thread count)."""
        self.count += 1
        if self.phase == "warmup":
            if self.count >= self.WARMUP:
                self._switch("base", 1)
        elif self.phase == "base":
            self.times.append(seconds)
            if self.count >= self.BASE:
                self.base = float(np.median(self.times))
                self._switch("probe", self.many)
        elif self.phase == "probe":
            self.times.append(seconds)
            if seconds > 1.5 * self.base:
                self._switch("hold", 1)
            elif self.count >= self.PROBE:
                self._switch("hold", self.many if np.median(self.times) < 0.9 * self.base else 1)
        elif self.count >= self.HOLD:
            self._switch("warmup", 1)


@contextmanager
def blas_threads(n: int | None):
    """Run the body with OpenBLAS limited to ``n`` threads (no-op for None or without OpenBLAS).

    The setting is process-wide; nested and concurrent uses are reference-counted, and the
    original count comes back when the last one ends. Why training uses 1: the matrices of
    these networks (100 x 784 x 50) are too small for threads to pay off much, and when other
    processes share the cores, OpenBLAS threads wait for each other and a training step can
    become 10-30x slower (measured on the 2 shared cores of the project machine).
    """
    api = _Blas.api() if n is not None else None
    if api is None or n is None:
        yield
        return
    setter, getter = api
    with _Blas._lock:
        if _Blas._users == 0:
            _Blas._saved = getter()
        _Blas._users += 1
        setter(int(n))
    try:
        yield
    finally:
        with _Blas._lock:
            _Blas._users -= 1
            if _Blas._users == 0 and _Blas._saved is not None:
                setter(_Blas._saved)
