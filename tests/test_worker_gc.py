"""While a worker thread runs, Python's cyclic garbage collector runs only in the GUI thread (app/worker.py
GuiThreadGC): a collection in the worker thread could free Qt objects of the GUI thread while it paints them."""
from __future__ import annotations

import gc
import threading

from dlfs_studio.app.worker import GeneratorWorker, GuiThreadGC, WorkerRunner


class Cycle:
    def __init__(self) -> None:
        self.me = self


def allocating(n: int):
    for i in range(n):
        junk = [Cycle() for _ in range(50)]  # reference cycles: only the cyclic collector frees them
        del junk
        yield i


def test_collections_happen_in_the_gui_thread_while_a_worker_runs(qtbot):
    assert gc.isenabled()
    threads: list[str] = []

    def note(phase: str, _info: dict) -> None:
        if phase == "start":
            threads.append(threading.current_thread().name)

    gc.callbacks.append(note)
    try:
        worker = GeneratorWorker(lambda: allocating(4000))
        runner = WorkerRunner(worker)
        done: list[object] = []
        worker.done.connect(done.append)
        runner.start()
        assert not gc.isenabled()  # automatic collection is off while the worker thread runs
        qtbot.waitUntil(lambda: bool(done) and not runner.is_running(), timeout=60_000)
        qtbot.waitUntil(lambda: gc.isenabled(), timeout=5_000)  # back on once the last runner has ended
    finally:
        gc.callbacks.remove(note)
    main = threading.main_thread().name
    assert threads, "the timer collected nothing although the worker made 200,000 cycles"
    assert set(threads) == {main}, threads


def test_nested_runners_keep_collection_off_until_the_last_ends(qtbot):
    assert GuiThreadGC.acquire() and GuiThreadGC.acquire()
    assert not gc.isenabled()
    GuiThreadGC.release()
    assert not gc.isenabled()
    GuiThreadGC.release()
    assert gc.isenabled()


def test_collect_due_collects_the_oldest_generation_due():
    gc.collect()
    assert GuiThreadGC.collect_due() == 0  # nothing is due right after a full collection
    gc.disable()
    try:
        made = [Cycle() for _ in range(gc.get_threshold()[0] + 10)]
        del made
        assert GuiThreadGC.collect_due() >= 1
    finally:
        gc.enable()
