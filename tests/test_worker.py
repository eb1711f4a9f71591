"""Tests of app/worker.py with dummy generators (no core, no datasets)."""
from __future__ import annotations

import threading
import time
import warnings

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QObject, QThread, QtMsgType, qInstallMessageHandler

from dlfs_studio.app.worker import GeneratorWorker, Update, WorkerRunner


class DummyControl:
    """A thread-safe pause/resume/step/stop/set_lr control like core's TrainingControl."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self.paused = False
        self.stopped = False
        self.steps = 0
        self.lr = 0.1

    def pause(self) -> None:
        with self._cond:
            self.paused = True

    def resume(self) -> None:
        with self._cond:
            self.paused = False
            self._cond.notify_all()

    def step(self, n: int = 1) -> None:
        with self._cond:
            self.steps += n
            self._cond.notify_all()

    def stop(self) -> None:
        with self._cond:
            self.stopped = True
            self._cond.notify_all()

    def set_lr(self, lr: float) -> None:
        with self._cond:
            self.lr = lr

    def wait_turn(self) -> bool:
        """Block while paused (unless a step is granted); False once stopped."""
        with self._cond:
            while self.paused and self.steps == 0 and not self.stopped:
                self._cond.wait(0.5)
            if self.stopped:
                return False
            if self.paused:
                self.steps -= 1
            return True


def counting_gen(control: DummyControl, n: int, delay: float = 0.0):
    for i in range(n):
        if control.paused and control.steps == 0:
            yield ("paused", i, control.lr)  # like core: announce the pause, then block
        if not control.wait_turn():
            yield ("stopped", i, control.lr)
            return
        if delay:
            time.sleep(delay)
        yield ("running", i, control.lr)
    yield ("finished", n, control.lr)


class Collector(QObject):
    """Receives updates in the GUI thread (a QObject so delivery is queued)."""

    def __init__(self, worker: GeneratorWorker) -> None:
        super().__init__()
        self.updates: list[Update] = []
        self.failures: list[str] = []
        self.done_items: list = []
        self.threads: set = set()
        self.worker = worker
        worker.updated.connect(self.on_update)
        worker.failed.connect(self.failures.append)
        worker.done.connect(self.done_items.append)

    def on_update(self, update: Update) -> None:
        self.threads.add(QThread.currentThread())
        self.updates.append(update)
        self.worker.acknowledge()

    def items(self) -> list:
        return [item for u in self.updates for item in u.items]


@pytest.fixture
def qt_warnings():
    """Collect Qt warnings (e.g. 'QThread: Destroyed while thread is still running')."""
    messages: list[str] = []

    def handler(mode, context, message):
        if mode in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            messages.append(message)

    previous = qInstallMessageHandler(handler)
    yield messages
    qInstallMessageHandler(previous)


def make(control, n, delay=0.0, **kw):
    worker = GeneratorWorker(lambda: counting_gen(control, n, delay), control=control,
                             is_urgent=lambda item: item[0] != "running" or item[1] % 1000 == 999, **kw)
    return worker, Collector(worker), WorkerRunner(worker)


def test_runs_to_end_and_coalesces(qtbot, qt_warnings):
    control = DummyControl()
    _worker, col, runner = make(control, 5000)
    runner.start()
    qtbot.waitUntil(lambda: len(col.done_items) == 1, timeout=10000)
    qtbot.waitUntil(lambda: not runner.is_running(), timeout=2000)
    qtbot.waitUntil(lambda: bool(col.items()) and col.items()[-1][0] == "finished", timeout=2000)
    items = col.items()
    # every item arrives exactly once and in order
    assert [i[1] for i in items[:-1]] == list(range(5000))
    # coalesced: far fewer updates than items; the urgent ones (every 1000th and the last) end an update
    assert len(col.updates) < 1000
    ends = [u.items[-1] for u in col.updates if u.urgent]
    assert ("running", 999, 0.1) in ends and items[-1] in ends
    assert [u.seq for u in col.updates] == list(range(1, len(col.updates) + 1))
    # delivered in the GUI thread
    assert col.threads == {QThread.currentThread()}
    assert col.done_items == [("finished", 5000, 0.1)]
    assert not qt_warnings


def test_update_rate_is_limited(qtbot):
    control = DummyControl()
    # ~0.4 s of work yielding every 0.2 ms: without coalescing this would be ~2000 updates
    _worker, col, runner = make(control, 2000, delay=0.0002)
    runner.start()
    qtbot.waitUntil(lambda: len(col.done_items) == 1, timeout=10000)
    qtbot.waitUntil(lambda: not runner.is_running(), timeout=2000)
    elapsed_updates = len(col.updates)
    assert elapsed_updates >= 2
    assert elapsed_updates <= 200  # at most ~30 per second plus the urgent ones (3 here)


def test_pause_step_resume_set_lr_stop(qtbot, qt_warnings):
    control = DummyControl()
    worker, col, runner = make(control, 10**7, delay=0.0005)
    runner.start()
    qtbot.waitUntil(lambda: len(col.items()) > 5, timeout=5000)
    worker.pause()
    qtbot.waitUntil(lambda: col.items()[-1][0] == "paused", timeout=2000)
    n_paused = worker.items_seen
    assert len(col.items()) == n_paused  # nothing held back while paused
    worker.step(3)
    # each single step is delivered at once while paused (plus the 'paused' marker before each block)
    qtbot.waitUntil(lambda: sum(i[0] == "running" for i in col.items()[n_paused:]) == 3, timeout=2000)
    qtbot.wait(30)
    assert sum(i[0] == "running" for i in col.items()[n_paused:]) == 3
    worker.set_lr(0.01)
    worker.resume()
    qtbot.waitUntil(lambda: any(i[2] == 0.01 for i in col.items()), timeout=5000)
    t0 = time.perf_counter()
    assert runner.stop(1000)
    assert time.perf_counter() - t0 < 1.0
    assert not runner.is_running()
    qtbot.waitUntil(lambda: len(col.done_items) == 1, timeout=2000)
    lrs = [i[2] for i in col.items()]
    assert lrs[0] == 0.1 and lrs[-1] == 0.01 and sorted(lrs, reverse=True) == lrs
    assert not qt_warnings


def test_stop_while_paused_ends_within_a_second(qtbot, qt_warnings):
    control = DummyControl()
    worker, col, runner = make(control, 10**7, delay=0.001)
    runner.start()
    qtbot.waitUntil(lambda: len(col.items()) > 0, timeout=5000)
    worker.pause()
    qtbot.wait(20)
    t0 = time.perf_counter()
    assert runner.stop(1000, disconnect=True)
    assert time.perf_counter() - t0 < 1.0
    del runner
    assert not qt_warnings


def test_disconnecting_signals_with_no_connection_warns_nothing(qtbot):
    """stop(disconnect=True) on signals that have no connection is silent. PySide6 6.7 reports each as a warning of
    category RuntimeError (not a Warning subclass), which reached stderr and crashed pytest-xdist's workers
    (it cannot serialise a RuntimeError message) in the lowest-versions run."""
    worker = GeneratorWorker(lambda: iter(()))
    runner = WorkerRunner(worker)  # nothing connected to updated, failed, raised or done
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        assert runner.stop(1000, disconnect=True)
    assert [str(w.message) for w in seen] == []


def test_generator_error_is_reported_not_raised(qtbot):
    def bad():
        yield 1
        yield 2
        raise ValueError("learning rate must be positive")

    worker = GeneratorWorker(bad)
    col = Collector(worker)
    runner = WorkerRunner(worker)
    runner.start()
    qtbot.waitUntil(lambda: len(col.done_items) == 1, timeout=5000)
    qtbot.waitUntil(lambda: bool(col.failures) and col.items() == [1, 2], timeout=2000)
    assert "ValueError: learning rate must be positive" in col.failures[0]
    assert runner.wait(1000)


def test_snapshot_runs_in_worker_thread(qtbot):
    seen: list = []

    def snap(items, urgent):
        seen.append(threading.current_thread() is threading.main_thread())
        return sum(items)

    worker = GeneratorWorker(lambda: iter(range(100)), snapshot=snap, is_urgent=lambda i: i == 99)
    col = Collector(worker)
    runner = WorkerRunner(worker)
    runner.start()
    qtbot.waitUntil(lambda: len(col.done_items) == 1, timeout=5000)
    qtbot.waitUntil(lambda: sum(u.extra for u in col.updates) == sum(range(100)), timeout=2000)
    assert seen and not any(seen)
    runner.stop()


def test_stop_before_start_and_bad_arguments():
    worker = GeneratorWorker(lambda: iter(()))
    runner = WorkerRunner(worker)
    assert runner.stop(10)
    with pytest.raises(TypeError):
        GeneratorWorker(42)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        GeneratorWorker(lambda: iter(()), interval=-1)
    with pytest.raises(AttributeError, match="cannot set lr"):
        GeneratorWorker(lambda: iter(())).set_lr(0.1)


def test_callback_job_reports_and_cancels(qtbot):
    calls: list[int] = []

    def download(report):
        for i in range(10**6):
            time.sleep(0.0002)  # a real download waits on the network, releasing the GIL; a pure busy loop
            calls.append(i)     # could starve the GUI thread (the test hung about 1 run in 4)
            if report(("chunk", i)) is False:
                raise RuntimeError("cancelled")
        return "done"

    worker = GeneratorWorker.from_callback(download)
    col = Collector(worker)
    errors: list = []
    worker.raised.connect(errors.append)
    runner = WorkerRunner(worker)
    runner.start()
    qtbot.waitUntil(lambda: len(col.items()) > 100, timeout=5000)
    assert runner.stop(1000)
    qtbot.waitUntil(lambda: len(col.done_items) == 1, timeout=2000)
    assert len(calls) < 10**6
    line = col.failures[0].rsplit(":", 1)[1]
    assert isinstance(errors[0], RuntimeError)
    assert col.failures == ["RuntimeError: cancelled (in download, test_worker.py:" + line]

    worker = GeneratorWorker.from_callback(lambda report: report(("only", 1)) and "result")
    col = Collector(worker)
    runner = WorkerRunner(worker)
    runner.start()
    qtbot.waitUntil(lambda: len(col.done_items) == 1, timeout=5000)
    qtbot.waitUntil(lambda: col.items() == [("only", 1), "result"], timeout=2000)
    assert col.updates[-1].urgent
