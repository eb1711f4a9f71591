"""Training in the GUI vs headless, and how responsive the GUI stays while training.

Runs the book's default preset (TwoLayerNet 784-50-10 sigmoid, SGD lr 0.1, batch 100, 10,000
iterations, 17 evaluations) alternately headless (core.training.train in this thread) and in the
TrainingPanel (worker thread, live views), and reports:

* throughput: samples/s of the training steps (core's Progress.samples_per_sec, evaluations
  excluded) and end-to-end (iterations x batch / wall time), GUI as a share of headless;
* wall time of the whole preset in the GUI (target: under 5 s);
* event-loop stalls: gaps between ticks of a 16 ms QTimer during the run (target p99 < 30 ms,
  max < 100 ms).

Usage::

    DLFS_DATA=/work/shared/data QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_gui_training.py
    ... --iterations 3000 --repeats 3 --tab weights --presentation --yield-gil

The machine may be shared: the load average is printed, runs alternate, and medians are reported.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dlfs_studio.core.blas_env import single_blas_thread

single_blas_thread()  # as the app does, before NumPy loads OpenBLAS (see core/blas_env.py)

import numpy as np  # noqa: E402


class TickGaps:
    """A QTimer ticking every ``interval_ms`` that records the gaps between its ticks: how long the
    event loop could not serve it (16 ms when it stays responsive)."""

    def __init__(self, interval_ms: int = 16) -> None:
        from PySide6.QtCore import QTimer

        self.gaps: list[float] = []  # seconds
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now

    def start(self) -> None:
        self.timer.start()
        self._last = time.perf_counter()

    def stop(self) -> None:
        self.timer.stop()

    def ms(self) -> np.ndarray:
        """The gaps in milliseconds without the first (partial) one; [0.0] when there were none."""
        return np.array(self.gaps[1:]) * 1000 if len(self.gaps) > 1 else np.array([0.0])


class TrainingThreadClock:
    """Wraps the panel's training job so that the training thread reports its own wall and CPU time: CPU time
    above the headless run's is extra work, wall time above its own CPU time is waiting (for the GIL: the
    GUI thread holds it while it handles an update or paints)."""

    def __init__(self) -> None:
        import threading

        from dlfs_studio.app.panels.training import jobs

        self.runs: list[tuple[float, float]] = []  # (wall, cpu) of each job, seconds
        original = jobs.TrainingJob.iterate
        clock = self

        def iterate(job):
            inner = original(job)

            def timed():
                assert threading.current_thread() is not threading.main_thread()
                w0, c0 = time.perf_counter(), time.thread_time()
                yield from inner
                clock.runs.append((time.perf_counter() - w0, time.thread_time() - c0))
            return timed()

        jobs.TrainingJob.iterate = iterate


def headless(ds, iterations: int, blas_threads) -> dict:
    """The same configuration as the panel's (including its OpenBLAS thread setting), without a GUI."""
    from dlfs_studio.core.nets import TwoLayerNet
    from dlfs_studio.core.training import TrainConfig, train

    net = TwoLayerNet(rng=np.random.default_rng(0))
    c0 = time.thread_time()
    t0 = time.perf_counter()
    last = None
    for last in train(net, ds, TrainConfig(iterations=iterations, blas_threads=blas_threads)):  # noqa: B007
        pass  # only the last snapshot's samples/s is reported
    wall = time.perf_counter() - t0
    cpu = time.thread_time() - c0
    assert last is not None
    return {"wall": wall, "cpu": cpu, "sps": last.samples_per_sec, "e2e": iterations * 100 / wall,
            "test_acc": None}


def gui(app, panel, iterations: int, tab: int) -> dict:
    from PySide6.QtCore import QEventLoop

    panel.reset()
    for run in list(panel.controller.runs):  # each measured run alone on the plots
        panel.controller.delete(run)
    panel.set_values({"iterations": iterations})
    panel.tabs.setCurrentIndex(tab)
    ticks = TickGaps()
    loop = QEventLoop()

    def on_state(state: str) -> None:
        if state in ("finished", "stopped", "diverged"):
            loop.quit()

    panel.stateChanged.connect(on_state)
    updates0 = panel.updates_received
    ticks.start()
    t0 = time.perf_counter()
    panel.start()
    loop.exec()
    wall = time.perf_counter() - t0
    ticks.stop()
    panel.stateChanged.disconnect(on_state)
    run = panel.controller.current
    p = run.progress
    g = ticks.ms()
    return {"wall": wall, "sps": p.samples_per_sec, "e2e": iterations * 100 / wall,
            "gap_p50": float(np.percentile(g, 50)), "gap_p99": float(np.percentile(g, 99)),
            "gap_max": float(g.max()), "updates": panel.updates_received - updates0,
            "test_acc": run.evals[-1].test_acc if run.evals else None, "state": panel.state,
            "checkpoints": run.count_checkpoints()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--iterations", type=int, default=10000)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--tab", default="curves", choices=["curves", "weights", "errors", "draw"])
    parser.add_argument("--presentation", action="store_true", help="the panel in presentation mode (a lecturer's)")
    parser.add_argument("--yield-gil", action="store_true", help="worker gives up the GIL after every batch")
    parser.add_argument("--blas-threads", default=None,
                        help="OpenBLAS threads for both runs: a number or 'auto' (default: the panel's setting)")
    parser.add_argument("--update-hz", type=float, default=None,
                        help="most worker updates per second (default: the app's)")
    parser.add_argument("--curve-hz", type=float, default=None,
                        help="most loss-curve redraws per second (default: the app's)")
    parser.add_argument("--switch-ms", type=float, default=None,
                        help="Python's thread switch interval in ms for the whole run (default: as the app sets it)")
    args = parser.parse_args()
    if args.switch_ms is not None:
        sys.setswitchinterval(args.switch_ms / 1000)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    data_dir = os.environ.get("DLFS_DATA")

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    import dlfs_studio.app.panels.training.controller as tc
    import dlfs_studio.app.panels.training.curves as curves
    import dlfs_studio.app.panels.training.presets as presets
    import dlfs_studio.app.panels.training_panel as tp
    from dlfs_studio.core.data import load_dataset

    if args.blas_threads is not None:
        presets.BLAS_THREADS = args.blas_threads if args.blas_threads == "auto" else int(args.blas_threads)
    blas = presets.BLAS_THREADS
    tc.YIELD_GIL = args.yield_gil
    if args.update_hz is not None:
        tc.UPDATE_INTERVAL_S = 1.0 / args.update_hz
    if args.curve_hz is not None:
        curves.CURVE_REDRAW_S = 1.0 / args.curve_hz
    ds = load_dataset("mnist", data_dir)
    settings = QSettings(str(Path("/tmp") / "bench_gui_training.ini"), QSettings.Format.IniFormat)
    panel = tp.TrainingPanel(data_dir=data_dir, settings=settings, autoload=False)
    panel.resize(1280, 720)
    panel.show()
    if args.presentation:
        panel.set_presentation_mode(True)
    panel.load_dataset("mnist")
    t0 = time.time()
    while panel.dataset is None and time.time() - t0 < 60:
        app.processEvents()
        time.sleep(0.01)
    tab = {"curves": 0, "weights": 1, "errors": 2, "draw": 3}[args.tab]

    # baseline: how the event loop ticks with nothing running (on a loaded machine it is not 16 ms either)
    from PySide6.QtCore import QEventLoop, QTimer
    idle = TickGaps()
    loop = QEventLoop()
    QTimer.singleShot(2000, loop.quit)
    idle.start()
    loop.exec()
    idle.stop()
    ig = idle.ms()
    print(f"idle event loop, 2 s: 16 ms timer gaps p50 {np.percentile(ig, 50):.1f} p99 {np.percentile(ig, 99):.1f} "
          f"max {ig.max():.1f} ms; load {os.getloadavg()[0]:.1f}", flush=True)

    heads, guis = [], []
    clock = TrainingThreadClock()
    headless(ds, min(500, args.iterations), blas)  # warm-up
    for r in range(args.repeats):
        heads.append(headless(ds, args.iterations, blas))
        guis.append(gui(app, panel, args.iterations, tab))
        h, g = heads[-1], guis[-1]
        g["thread_wall"], g["thread_cpu"] = clock.runs[-1]
        g["thread_wait"] = g["thread_wall"] - g["thread_cpu"]
        print(f"run {r + 1}: headless {h['wall']:.2f} s ({h['sps']:,.0f} samples/s) | GUI {g['wall']:.2f} s "
              f"({g['sps']:,.0f} samples/s, {g['updates']} updates, gaps p50 {g['gap_p50']:.1f} "
              f"p99 {g['gap_p99']:.1f} max {g['gap_max']:.1f} ms, test acc {g['test_acc']:.4f}, "
              f"{g['checkpoints']} checkpoints; training thread CPU {g['thread_cpu']:.2f} s vs headless "
              f"{h['cpu']:.2f} s, waited {g['thread_wait']:.2f} s) "
              f"load {os.getloadavg()[0]:.1f}", flush=True)
    # dragging the timeline: each step shows a checkpoint not seen before (weights, histograms, errors, pad)
    panel.tabs.setCurrentIndex(2)
    n = panel.timeline.count()
    steps = list(range(n - 2, -1, -max(1, n // 20)))
    took = []
    for k in steps:
        t0 = time.perf_counter()
        panel.timeline.slider.setValue(k)
        app.processEvents()
        took.append(1000 * (time.perf_counter() - t0))
    print(f"timeline: {len(took)} checkpoints of {n}, redraw p50 {np.percentile(took, 50):.0f} ms, "
          f"max {max(took):.0f} ms (target < 100); load {os.getloadavg()[0]:.1f}", flush=True)
    panel.shutdown()

    def med(rows, key):
        return statistics.median(r[key] for r in rows)

    def best(rows, key, low=False):
        return (min if low else max)(r[key] for r in rows)

    print()
    print(f"book preset, {args.iterations} iterations, tab '{args.tab}'"
          f"{', presentation mode' if args.presentation else ''}, yield_gil={args.yield_gil}, "
          f"updates <= {1 / tc.UPDATE_INTERVAL_S:g}/s, curve redraws <= {1 / curves.CURVE_REDRAW_S:g}/s, "
          f"blas_threads={blas!r}, "
          f"switch interval {1000 * sys.getswitchinterval():g} ms, "
          f"medians of {args.repeats}; load average {os.getloadavg()}")
    print(f"  training steps: GUI {med(guis, 'sps'):,.0f} vs headless {med(heads, 'sps'):,.0f} samples/s "
          f"= {100 * med(guis, 'sps') / med(heads, 'sps'):.0f}%")
    print(f"  end to end:     GUI {med(guis, 'e2e'):,.0f} vs headless {med(heads, 'e2e'):,.0f} samples/s "
          f"= {100 * med(guis, 'e2e') / med(heads, 'e2e'):.0f}%")
    print(f"  wall time:      GUI {med(guis, 'wall'):.2f} s (target < 5 s for 10,000), headless "
          f"{med(heads, 'wall'):.2f} s")
    print(f"  best of {args.repeats} (least disturbed by other processes): GUI {best(guis, 'wall', True):.2f} s vs "
          f"headless {best(heads, 'wall', True):.2f} s; training steps GUI {best(guis, 'sps'):,.0f} vs headless "
          f"{best(heads, 'sps'):,.0f} samples/s = {100 * best(guis, 'sps') / best(heads, 'sps'):.0f}%; end to end "
          f"{100 * best(guis, 'e2e') / best(heads, 'e2e'):.0f}%")
    print(f"  per pair (GUI / the headless run just before): training steps "
          f"{100 * statistics.median(g['sps'] / h['sps'] for g, h in zip(guis, heads, strict=True)):.0f}% (median)")
    print(f"  training thread in the GUI: CPU {100 * med(guis, 'thread_cpu') / med(heads, 'cpu'):.0f}% of the headless "
          f"run's, waiting {med(guis, 'thread_wait'):.2f} s ({100 * med(guis, 'thread_wait') / med(guis, 'wall'):.0f}% "
          f"of the GUI run; the GIL)")
    print(f"  16 ms timer gaps during the GUI run: p99 {med(guis, 'gap_p99'):.1f} ms (target < 30), "
          f"max {med(guis, 'gap_max'):.1f} ms (target < 100)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
