"""One OpenBLAS thread from the start, for programs that train in a worker thread (the app, the tests).

This module imports nothing heavy: it must run before NumPy is first imported, since OpenBLAS reads
``OPENBLAS_NUM_THREADS`` once, when NumPy loads it.

Why: OpenBLAS 0.3.27+ also keeps a thread count per thread, and ``openblas_set_num_threads`` called from a
worker thread (as ``core.blas.blas_threads`` does when a training generator runs in one) does not always reach
that thread's own calls: they may still split over two threads, whose helper then spins against the worker and
the GUI thread. ``blas_threads`` now also sets the calling thread's own count where OpenBLAS has
``openblas_set_num_threads_local``; starting with one thread removes the helper altogether. Measured on the
2-core project machine at load average 5 (2026-12-04): the book's preset cut to 3,000 iterations took
13.6-34.6 s in the app against 1.4 s headless, and 2.6-2.7 s when OpenBLAS started with one thread; the figure
6-9 race of 500 iterations took 32-88 s against 3-7 s headless, and 4.8-7.1 s. In a plain script, 20,000
products (100x784 @ 784x50) in a thread that set one thread took 14.2 s against 1.7 s. A count raised later
through threadpoolctl (``blas_threads=2`` or "auto") still starts the extra threads.
"""
from __future__ import annotations

import os
from collections.abc import MutableMapping

#: Variables through which the user (or a parent process) already chose OpenBLAS's thread count.
CHOSEN = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS")


def single_blas_thread(environ: MutableMapping[str, str] | None = None) -> bool:
    """Set ``OPENBLAS_NUM_THREADS=1`` unless a thread count was chosen already; True if it set it."""
    env = os.environ if environ is None else environ
    if any(k in env for k in CHOSEN):
        return False
    env["OPENBLAS_NUM_THREADS"] = "1"
    return True
