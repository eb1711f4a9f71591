"""Run any core generator in a background QThread (the one module of ``app/`` that owns threads).

The model knows nothing of Qt: ``core`` offers plain generators (``train()``, a download,
a gradient check) and thread-safe control objects (``TrainingControl``). This module
iterates such a generator in a :class:`GeneratorWorker` (a ``QObject`` moved to a
``QThread``) and sends *copies* of what the views need back to the GUI thread:

* every item the generator yields is collected; the collected items are emitted as one
  :class:`Update` at most every ``interval`` seconds (~30 per second by default), so a
  generator that yields 3000 times a second does not flood the GUI event loop;
* an item for which ``is_urgent(item)`` is true (an evaluation, a state change) is always
  delivered at once, together with everything collected before it;
* ``snapshot(items, urgent)`` runs *in the worker thread* just before each emit, while the
  generator is suspended, so it can copy weights or compute heavy per-epoch views
  (confusion matrix, histograms) with core functions without blocking the GUI.

Control calls (pause, resume, step, stop, set_lr, set_optimizer) are plain thread-safe method
calls forwarded to the control object; ``stop`` also ends the loop at the next item.
:class:`WorkerRunner` owns the QThread: ``start()``, and ``stop(timeout_ms)`` which stops,
quits and waits, so closing a window never leaves a thread running.

Typical use::

    control = TrainingControl()
    worker = GeneratorWorker(lambda: train(net, data, config, control), control=control,
                             is_urgent=lambda p: p.eval is not None, snapshot=copy_views)
    runner = WorkerRunner(worker, parent=self)
    worker.updated.connect(self._on_update)      # queued into the GUI thread
    runner.start()
    ...
    runner.stop(1000)                            # in shutdown()
"""
from __future__ import annotations

import atexit
import contextlib
import gc
import os
import threading
import time
import traceback
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot

#: Default minimum time between two non-urgent updates (seconds): at most ~30 updates per second.
DEFAULT_INTERVAL = 1.0 / 30.0


@dataclass(frozen=True)
class Update:
    """What crosses from the worker thread to the GUI thread.

    ``items``: every item yielded since the previous update, in order (frozen snapshots).
    ``extra``: what ``snapshot(items, urgent)`` returned (copies made in the worker thread), or None.
    ``urgent``: True if the last item was urgent (delivered without waiting for the interval).
    ``seq``: 1, 2, 3, ... in emission order.
    """

    items: tuple
    extra: Any
    urgent: bool
    seq: int


class GeneratorWorker(QObject):
    """Iterate ``factory()`` in the thread this object lives in, emitting coalesced :class:`Update` s.

    ``factory`` is called in the worker thread (so slow set-up such as loading a dataset happens
    there too) and must return an iterator. ``control`` is any object with some of
    ``pause()/resume()/stop()/step(n)/set_lr(lr)/set_optimizer(name, **params)``; the matching
    methods of this worker forward to it and are safe to call from any thread.

    Signals (emitted from the worker thread; connect from GUI objects to get queued delivery):
    ``updated(Update)``, ``failed(str)`` (a one-paragraph message, the generator raised),
    ``raised(object)`` (the exception itself, right after ``failed``, so a view can tell
    e.g. a missing dataset from a damaged one), ``done(object)`` (always last: the last item
    yielded, or None; also after stop or failure).

    :meth:`from_callback` wraps a function that reports progress through a callback instead
    of yielding (e.g. ``core.download.download_dataset(progress=...)``).

    ``yield_gil=True`` calls ``time.sleep(0)`` after every item to hand the GIL to the GUI thread.
    Measured with the training generator (10,000 items), that made the run ~3x slower for no gain
    in responsiveness (CPython already hands the GIL over every 5 ms), so it is off by default.
    """

    updated = Signal(object)
    failed = Signal(str)
    raised = Signal(object)
    done = Signal(object)

    def __init__(self, factory: Callable[[], Iterator[Any]], *, control: Any = None,
                 is_urgent: Callable[[Any], bool] | None = None,
                 snapshot: Callable[[list, bool], Any] | None = None,
                 interval: float = DEFAULT_INTERVAL, yield_gil: bool = False,
                 max_in_flight: int = 2) -> None:
        super().__init__()
        if not callable(factory):
            raise TypeError("factory must be a callable returning an iterator")
        if not interval >= 0:
            raise ValueError(f"interval must be >= 0 seconds, got {interval!r}")
        self._factory = factory
        self._callback: Callable[[Callable[[Any], bool]], Any] | None = None
        self._pending: list[Any] = []
        self._last_item: Any = None
        self._last_emit = 0.0
        self.control = control
        self._is_urgent = is_urgent or (lambda item: False)
        self._snapshot = snapshot
        self.interval = float(interval)
        self._yield_gil = yield_gil
        self._max_in_flight = max(1, int(max_in_flight))
        self._stop_event = threading.Event()
        self._lock = threading.Lock()
        self._in_flight = 0
        self._seq = 0
        self._running = False
        self._paused_hint = False
        self._finished = threading.Event()
        self.items_seen = 0
        self.updates_emitted = 0

    @classmethod
    def from_callback(cls, function: Callable[[Callable[[Any], bool]], Any], **kwargs: Any) -> GeneratorWorker:
        """A worker running ``function(report)`` in its thread.

        ``function`` calls ``report(item)`` for each progress item (coalesced like yielded items);
        ``report`` returns False once :meth:`stop` was called, so the function can cancel. Its return
        value is delivered as the last (urgent) item.
        """
        worker = cls(lambda: iter(()), **kwargs)
        worker._callback = function
        return worker

    # ------------------------------------------------------------------ thread-safe control
    def stop(self) -> None:
        """Ask the loop to end at the next item (also wakes a paused generator through ``control.stop()``,
        and abandons a factory that is still setting up)."""
        self._stop_event.set()
        self._forward("stop")

    def pause(self) -> None:
        """Pause; while paused every item (e.g. each single step) is delivered at once."""
        self._forward("pause")
        self._paused_hint = True

    def resume(self) -> None:
        self._paused_hint = False
        self._forward("resume")

    def step(self, n: int = 1) -> None:
        """Run ``n`` more items, then pause (each one is delivered at once)."""
        self._forward("step", n)
        self._paused_hint = True

    def set_lr(self, lr: float) -> None:
        self._forward("set_lr", lr)

    def set_optimizer(self, *args: Any, **kwargs: Any) -> None:
        self._forward("set_optimizer", *args, **kwargs)

    def _forward(self, name: str, *args: Any, **kwargs: Any) -> None:
        method = getattr(self.control, name, None)
        if method is None:
            if name == "stop":
                return
            raise AttributeError(f"this job cannot {name.replace('_', ' ')}: its control has no {name}()")
        method(*args, **kwargs)

    @property
    def stop_requested(self) -> bool:
        return self._stop_event.is_set()

    def is_finished(self) -> bool:
        """True once :meth:`run` has returned (thread-safe)."""
        return self._finished.is_set()

    def acknowledge(self) -> None:
        """Call from the GUI slot once an update is consumed: lets the next non-urgent update go out.

        Without acknowledgements the worker still emits (the in-flight limit is only a back-pressure
        hint, reset whenever the interval has passed twice).
        """
        with self._lock:
            self._in_flight = max(0, self._in_flight - 1)

    # ------------------------------------------------------------------ the loop
    @Slot()
    def run(self) -> None:
        """Iterate the generator until it ends, fails or is stopped; always emits ``done`` last."""
        self._running = True
        self._pending = []
        self._last_item = None
        self._last_emit = time.perf_counter()
        iterator: Iterator[Any] | None = None
        try:
            if self._stop_event.is_set():
                return
            if self._callback is not None:
                result = self._callback(self._report)
                if not self._stop_event.is_set():
                    self._handle(result, force=True)
                return
            iterator = self._start_iterator()
            if iterator is None:  # stopped while the factory was still working (loading a dataset, ...)
                return
            for item in iterator:
                if not self._handle(item):
                    break
        except Exception as exc:  # the generator (or snapshot) raised: report, never crash the app
            if self._pending:
                self._safe_emit(self._pending, True)
                self._pending = []
            self.failed.emit(_describe(exc))
            self.raised.emit(exc)
        finally:
            if iterator is not None:
                _close_quietly(iterator)
            if self._pending:
                self._safe_emit(self._pending, True)
                self._pending = []
            self._running = False
            self._finished.set()
            self.done.emit(self._last_item)
            thread = self.thread()
            if thread is not None and thread is QThread.currentThread():
                thread.quit()

    def _start_iterator(self) -> Iterator[Any] | None:
        """``iter(factory())``, with the factory run in a helper thread so that a stop during slow
        set-up (a dataset being read, a network being built) ends this loop at once; the abandoned
        set-up finishes on its own and its iterator is closed. None when stopped first.

        Waiting for the factory instead would keep the QThread running: a window closed during
        the load would then destroy a running QThread at exit, which aborts the process.
        """
        box: dict[str, Any] = {}
        ready = threading.Event()
        abandoned = threading.Event()

        def call() -> None:
            try:
                box["iterator"] = iter(self._factory())
            except BaseException as exc:  # handed to the worker thread, which reports it
                box["error"] = exc
            ready.set()
            if abandoned.is_set():
                _close_quietly(box.get("iterator"))

        helper = threading.Thread(target=call, name="dlfs-worker-setup", daemon=True)
        helper.start()
        while not ready.wait(0.05):
            if self._stop_event.is_set():
                abandoned.set()
                if ready.is_set():  # finished in between: nobody else will close it
                    _close_quietly(box.get("iterator"))
                return None
        if "error" in box:
            raise box["error"]
        if self._stop_event.is_set():
            _close_quietly(box.get("iterator"))
            return None
        return box["iterator"]

    def _report(self, item: Any) -> bool:
        """Progress callback for :meth:`from_callback` jobs: False once a stop was requested."""
        return self._handle(item)

    def _handle(self, item: Any, force: bool = False) -> bool:
        """Collect one item; emit when urgent or due. Returns False when the loop should end."""
        self.items_seen += 1
        self._last_item = item
        self._pending.append(item)
        if self._stop_event.is_set():
            return False
        urgent = force or bool(self._is_urgent(item)) or self._paused_hint
        now = time.perf_counter()
        since = now - self._last_emit
        if urgent or (since >= self.interval and (self._in_flight < self._max_in_flight
                                                  or since >= 2 * self.interval + 0.25)):
            items, self._pending = self._pending, []
            self._emit(items, urgent)
            self._last_emit = time.perf_counter()
        if self._yield_gil:
            time.sleep(0)  # let the GUI thread take the GIL between items
        return True

    def _emit(self, items: list, urgent: bool) -> None:
        extra = self._snapshot(items, urgent) if self._snapshot is not None else None
        with self._lock:
            self._seq += 1
            self._in_flight += 1
            seq = self._seq
        self.updates_emitted += 1
        self.updated.emit(Update(tuple(items), extra, urgent, seq))

    def _safe_emit(self, items: list, urgent: bool) -> None:
        try:
            self._emit(items, urgent)
        except Exception as exc:  # snapshot failed on the final flush: still deliver the items
            self.failed.emit(_describe(exc))
            self._seq += 1
            self.updated.emit(Update(tuple(items), None, urgent, self._seq))


def _close_quietly(iterator: Any) -> None:
    close = getattr(iterator, "close", None)
    if close is not None:
        with contextlib.suppress(Exception):  # a generator raising on close
            close()


def _describe(exc: BaseException) -> str:
    tb = traceback.extract_tb(exc.__traceback__)
    where = f" (in {tb[-1].name}, {tb[-1].filename.rsplit('/', 1)[-1]}:{tb[-1].lineno})" if tb else ""
    return f"{type(exc).__name__}: {exc}{where}"


class GuiThreadGC:
    """While worker threads run, Python's cyclic garbage collector runs only in the GUI thread.

    The collector runs in whichever thread happens to allocate when a generation fills up. In a worker thread it
    may free Qt objects that live in the GUI thread (a plot item or legend label left in a reference cycle) while
    the GUI thread paints them: with pyqtgraph 0.13.7 and PySide6 6.7 that crashed a test process twice, each time
    with the worker "Garbage-collecting" and the GUI thread inside a paint or a resize. So while any
    :class:`WorkerRunner` runs, automatic collection is off and a timer in the GUI thread collects the generations
    that are due, as the collector would have. Counted: the last runner to end turns it back on.
    """

    INTERVAL_MS = 100
    _users = 0
    _was_enabled = False
    _timer: QTimer | None = None

    @classmethod
    def acquire(cls) -> bool:
        """Call in the GUI thread when a worker thread starts; False (nothing done) without a Qt application."""
        app = QCoreApplication.instance()
        if app is None:
            return False
        if cls._users == 0:
            cls._was_enabled = gc.isenabled()
            gc.disable()
            if cls._timer is None:
                cls._timer = QTimer(app)
                cls._timer.setInterval(cls.INTERVAL_MS)
                cls._timer.timeout.connect(cls.collect_due)
            cls._timer.start()
        cls._users += 1
        return True

    @classmethod
    def release(cls) -> None:
        """Call in the GUI thread once a worker thread that acquired has ended."""
        cls._users = max(0, cls._users - 1)
        if cls._users == 0:
            if cls._timer is not None:
                cls._timer.stop()
            if cls._was_enabled:
                gc.enable()

    @staticmethod
    def collect_due() -> int:
        """Collect the oldest generation whose count passed its threshold (in the calling thread); 0 if none."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        due = [g for g in range(3) if counts[g] > thresholds[g]]
        return gc.collect(max(due)) if due else 0


# Runners whose thread did not stop within the timeout are kept alive here until it ends,
# so Python never destroys a running QThread.
_LINGERING: set[WorkerRunner] = set()
#: How long the application's exit waits, at most, for threads that did not stop in time.
EXIT_WAIT_MS = 30_000
_exit_hooks_installed = False


def wait_for_lingering(timeout_ms: int = EXIT_WAIT_MS) -> bool:
    """Wait (up to ``timeout_ms`` in all) for the threads of runners that did not stop in time;
    True when none is left running. Called when the application quits and again at exit, so
    a QThread is never destroyed while it runs (Qt aborts the process when that happens)."""
    deadline = time.monotonic() + max(0, timeout_ms) / 1000
    for runner in list(_LINGERING):
        left = int(max(0.0, deadline - time.monotonic()) * 1000)
        if runner.qthread.wait(left):
            _LINGERING.discard(runner)
    return not any(r.qthread.isRunning() for r in _LINGERING)


def _at_exit() -> None:
    if _LINGERING and not wait_for_lingering():
        # the thread still runs: destroying its QThread would abort; leave without destructors instead
        import sys
        print("dlfs-studio: a background task did not end; exiting without waiting for it", file=sys.stderr)
        sys.stderr.flush()
        os._exit(0)


def _install_exit_hooks() -> None:
    global _exit_hooks_installed
    if _exit_hooks_installed:
        return
    _exit_hooks_installed = True
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(wait_for_lingering)
    atexit.register(_at_exit)


class WorkerRunner(QObject):
    """Owns the QThread of one :class:`GeneratorWorker`: start it, stop it, wait for it.

    Create it in the GUI thread. ``stop(timeout_ms)`` asks the worker to stop, quits the thread
    and waits; it returns True when the thread has ended. A runner is single-use.
    """

    def __init__(self, worker: GeneratorWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.qthread = QThread()
        self.qthread.setObjectName("dlfs-worker")
        worker.moveToThread(self.qthread)
        # started is emitted in the new thread, where the worker lives: run() is called directly there.
        self.qthread.started.connect(worker.run)
        self.qthread.finished.connect(self._on_thread_finished)
        self._started = False
        self._gc_held = False

    def start(self) -> None:
        if self._started:
            raise RuntimeError("a WorkerRunner runs its worker once; create a new one")
        self._started = True
        self._gc_held = GuiThreadGC.acquire()
        self.qthread.start()

    def _release_gc(self) -> None:
        if self._gc_held:
            self._gc_held = False
            GuiThreadGC.release()

    def is_running(self) -> bool:
        return self._started and not self.qthread.isFinished()

    def stop(self, timeout_ms: int = 1000, disconnect: bool = False) -> bool:
        """Stop the worker, quit and wait up to ``timeout_ms``; True if the thread has ended.

        ``disconnect=True`` also drops every connection from the worker's signals, so no update
        queued before the stop reaches a view that is being closed.
        """
        self.worker.stop()
        if disconnect:
            with warnings.catch_warnings():
                # "Failed to disconnect" when none is connected: a RuntimeWarning, or in PySide6 6.7 a "warning" of
                # category RuntimeError, which only a filter naming that category matches
                warnings.simplefilter("ignore", RuntimeWarning)
                warnings.simplefilter("ignore", RuntimeError)  # type: ignore[arg-type]
                for sig in (self.worker.updated, self.worker.failed, self.worker.raised, self.worker.done):
                    with contextlib.suppress(RuntimeError, TypeError):
                        sig.disconnect()
        if not self._started:
            return True
        self.qthread.quit()
        ended = self.qthread.wait(max(0, int(timeout_ms)))
        if ended:
            self._release_gc()
        else:
            self.setParent(None)  # outlive a closing parent until the thread really ends
            _LINGERING.add(self)
            _install_exit_hooks()
        return ended

    def wait(self, timeout_ms: int) -> bool:
        """Wait for the thread to end by itself (without stopping it); True if it has ended."""
        if not self._started:
            return True
        ended = self.qthread.wait(max(0, int(timeout_ms)))
        if ended:
            self._release_gc()
        return ended

    @Slot()
    def _on_thread_finished(self) -> None:
        self._release_gc()
        _LINGERING.discard(self)
