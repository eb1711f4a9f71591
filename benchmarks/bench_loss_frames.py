"""Frame time of dragging a loss bar, and the time to fill the loss panel's batch table.

A drag step is what one mouse-move event of a drag on the "Output y" bar chart does: ``set_bar_value``
(renormalise y, recompute every loss, gradient and curve with core, update every view), then the event loop
until the frame is painted (the four plots of the tab have painted; as in ``bench_frames.py``), at 1280x720
("step + paint"); "step + full repaint" also repaints the whole panel synchronously, every widget and plot in
full (the worst case). The script reports the median and p99 over ``--steps`` steps of wall time and of this
thread's CPU time (budget: 16 ms a frame, i.e. 60 frames a second), in normal and in presentation mode.

``--batch-rows N`` also times adding N rows to the batch table one by one (each added row must recompute
once, so the time grows linearly).

Usage (offscreen, and under a real X server: ``--platform xcb`` starts ``Xvfb`` when ``DISPLAY`` is unset)::

    .venv/bin/python benchmarks/bench_loss_frames.py                    # offscreen
    .venv/bin/python benchmarks/bench_loss_frames.py --platform xcb     # Xvfb
    ... --steps 200 --batch-rows 200 500

The machine may be shared: the load average is printed; compare runs made side by side.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import load_average


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def drag_frames(panel, app, steps: int, full_repaint: bool, counter=None) -> tuple[list[float], list[float]]:
    """Milliseconds of each drag step, dragging the correct bar up and down: ``set_bar_value`` (what a mouse
    move does), then the event loop until the frame is painted (``counter``, a bench_frames.PaintCounter over
    the tab's plots; without it one pass of the event loop). With ``full_repaint`` the whole panel is also
    repainted synchronously (every widget, every plot in full: the worst case). Returns wall-clock and CPU
    milliseconds (this thread's CPU time is less disturbed by other processes on a shared machine)."""
    from bench_frames import _settle

    label = panel.label()
    times, cpu = [], []
    for i in range(steps):
        value = 0.05 + 0.9 * abs(((i * 0.037) % 2.0) - 1.0)
        before = counter.count if counter is not None else 0
        start, start_cpu = time.perf_counter(), time.thread_time()
        panel.set_bar_value(label, value)
        if counter is not None:
            _settle(app, counter, before)
        else:
            app.processEvents()
        if full_repaint:
            panel.repaint()
        times.append((time.perf_counter() - start) * 1000.0)
        cpu.append((time.thread_time() - start_cpu) * 1000.0)
    return times, cpu


def fill_batch(panel, app, rows: int) -> float:
    """Seconds to add ``rows`` rows to the batch table, one click at a time, then process pending events."""
    panel.tabs.setCurrentIndex(2)
    app.processEvents()
    start = time.perf_counter()
    for _ in range(rows):
        panel.add_batch_row()
    app.processEvents()
    return time.perf_counter() - start


def run(args: argparse.Namespace) -> None:
    """Runs in the Qt process (offscreen, or xcb with DISPLAY set)."""
    from bench_frames import PaintCounter, _viewports
    from PySide6.QtWidgets import QApplication

    from dlfs_studio.app.panels.loss_panel import LossPanel

    app = QApplication.instance() or QApplication(sys.argv)
    print(f"platform {app.platformName()}, load average {load_average()}, pid {os.getpid()}")
    panel = LossPanel()
    panel.resize(1280, 720)
    panel.show()
    for _ in range(10):
        app.processEvents()
    counter = PaintCounter([vp for view in (panel.bars.plot, panel.curve, panel.contrib) for vp in _viewports(view)])
    for presentation in (False, True):
        panel.set_presentation_mode(presentation)
        for _ in range(5):
            app.processEvents()
        drag_frames(panel, app, 10, False, counter)  # warm-up
        mode = "presentation" if presentation else "normal"
        for full in (False, True):
            times, cpu = drag_frames(panel, app, args.steps, full, counter)
            what = "step + full repaint" if full else "step + paint      "
            print(f"{what}, {mode:12s}: wall median {statistics.median(times):6.2f} ms, "
                  f"p99 {_percentile(times, 0.99):6.2f} ms; CPU median {statistics.median(cpu):6.2f} ms, "
                  f"p99 {_percentile(cpu, 0.99):6.2f} ms ({len(times)} steps)")
    panel.set_presentation_mode(False)
    for rows in args.batch_rows:
        fresh = LossPanel()
        fresh.resize(1280, 720)
        fresh.show()
        app.processEvents()
        seconds = fill_batch(fresh, app, rows)
        print(f"add {rows} batch rows: {seconds:.3f} s ({seconds / rows * 1000:.2f} ms a row)")
        fresh.shutdown()
        fresh.deleteLater()
    panel.shutdown()
    panel.deleteLater()  # destroyed by Qt now, not by the interpreter's exit (which could crash)
    app.processEvents()
    print(f"load average after: {load_average()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=200, help="drag steps per mode (default 200)")
    parser.add_argument("--batch-rows", type=int, nargs="*", default=[], help="also time adding N batch rows")
    parser.add_argument("--platform", choices=("offscreen", "xcb"), default=None,
                        help="Qt platform (default: QT_QPA_PLATFORM, else offscreen); xcb starts Xvfb if "
                             "DISPLAY is not set")
    args = parser.parse_args()
    platform = args.platform or os.environ.get("QT_QPA_PLATFORM") or "offscreen"
    if platform == "xcb" and not os.environ.get("DISPLAY"):
        from bench_frames import start_xvfb

        xvfb, display = start_xvfb()
        try:
            import subprocess

            env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
            subprocess.run([sys.executable, *sys.argv], env=env, check=False)
        finally:
            xvfb.terminate()
            xvfb.wait(5)
        return
    os.environ["QT_QPA_PLATFORM"] = platform
    run(args)


if __name__ == "__main__":
    main()
