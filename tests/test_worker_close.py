"""Closing the window while a worker is still setting up (issue 10): the training view loading a dataset
when the window closes made Qt abort the process ("QThread: Destroyed while thread 'dlfs-worker' is still
running", SIGABRT). The load is made slow here with a fake that blocks on an event."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading

import pytest

pytest.importorskip("pytestqt")

from dlfs_studio.app import worker as worker_module
from dlfs_studio.app.worker import GeneratorWorker, WorkerRunner


def test_stop_during_a_blocked_set_up_ends_the_thread_at_once(qtbot):
    entered, release, closed = threading.Event(), threading.Event(), threading.Event()

    class Items:
        """An iterator that records being closed (as a generator's close() would run its finally)."""

        def __iter__(self):
            return self

        def __next__(self):
            return 1

        def close(self):
            closed.set()

    def slow_factory():
        entered.set()
        release.wait(30)
        return Items()

    w = GeneratorWorker(slow_factory)
    done = []
    w.done.connect(done.append)
    runner = WorkerRunner(w)
    runner.start()
    assert entered.wait(10)
    assert runner.stop(2000) is True          # the QThread ended although the factory is still blocked
    assert not runner.is_running() and runner not in worker_module._LINGERING
    qtbot.waitUntil(lambda: done == [None], timeout=5000)
    release.set()                             # the abandoned set-up finishes: its iterator is closed
    assert closed.wait(10)
    assert w.items_seen == 0                  # and none of its items was delivered


def test_factory_errors_still_reach_failed(qtbot):
    def broken():
        raise OSError("disk on fire")

    w = GeneratorWorker(broken)
    failed = []
    w.failed.connect(failed.append)
    runner = WorkerRunner(w)
    with qtbot.waitSignal(w.done, timeout=5000):
        runner.start()
    qtbot.waitUntil(lambda: bool(failed), timeout=5000)
    assert "disk on fire" in failed[0]
    runner.stop(1000)


SCRIPT = textwrap.dedent("""
    import sys, threading
    import dlfs_studio.core.data as data
    entered, release = threading.Event(), threading.Event()

    def blocking_load(*args, **kwargs):      # a dataset that takes forever to read
        entered.set()
        release.wait()
        raise RuntimeError("never reached")

    data.load_dataset = blocking_load        # before the panel imports it
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv)
    from dlfs_studio.app.main_window import MainWindow
    w = MainWindow()
    w.resize(1280, 720)
    w.show()
    w.show_panel("training")
    app.processEvents()
    assert entered.wait(20), "the training view did not start loading"
    w.close()                                 # closed mid-load
    app.quit()
    print("closed", flush=True)
""")


def test_closing_the_window_while_the_training_view_loads_never_aborts(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_CACHE_HOME=str(tmp_path / "cache"), HOME=str(tmp_path))
    proc = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120)
    assert "closed" in proc.stdout, proc.stderr
    assert "QThread: Destroyed" not in proc.stderr
    assert proc.returncode == 0, (proc.returncode, proc.stderr[-2000:])
