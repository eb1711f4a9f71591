"""Frame time of the gradient-descent panel: how long one animation step takes to apply AND repaint.

A frame is timed from applying a step (``view.step_forward(1)``: the point, the path, the ledger row,
the f(x) chart, the status line) to the end of the repaint that shows it: the events the step posted
(pyqtgraph's deferred scene updates, layout requests, the window's UpdateRequest) are processed until
the map's viewport has painted. Scenarios, each on a DescentPanel at 1280x720:

* ``descent``: one step of the "Descent" tab (sphere, lr 0.1, the book's start, 400 steps);
* ``race``: one step of the "Optimizer race" (figure 6-8's surface, six optimizers, 400 steps);
* ``race-2x2``: the same in the book's 2x2 figure view;
* ``numdiff``: moving x in the "Numerical differentiation" tab (tangent, two error curves);
* ``playback``: the Play button at 500 steps/s for ``--play-seconds``: steps per second of wall time
  (the budget: 500) and painted frames per second (at most ~60).

Median, p90 and p99 frame times are printed (budget: under 16 ms at 1280x720), for the offscreen
platform and for a real X server (Xvfb, platform xcb). Usage::

    .venv/bin/python benchmarks/bench_frames.py                  # offscreen and Xvfb, both presentation modes off
    .venv/bin/python benchmarks/bench_frames.py --platform xcb --frames 150 --presentation

``--platform xcb`` starts ``Xvfb`` on a free display when ``DISPLAY`` is not set (``apt-get install xvfb``).
The machine may be shared: the load average is printed with the results.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

SCENARIOS = ("descent", "race", "race-2x2", "numdiff", "playback")


# ----------------------------------------------------------------------------- measuring (inside the Qt process)
class PaintCounter:
    """Counts the Paint events of some widgets (an event filter), to know a frame has been drawn."""

    def __init__(self, widgets: list) -> None:
        from PySide6.QtCore import QEvent, QObject

        counter = self

        class _Filter(QObject):
            def eventFilter(self, obj, event):
                if event.type() == QEvent.Type.Paint:
                    counter.count += 1
                return False

        self.count = 0
        self._filter = _Filter()
        for w in widgets:
            w.installEventFilter(self._filter)


def _settle(app, counter: PaintCounter, before: int, passes: int = 8) -> None:
    """Process events until ``counter`` saw a paint after ``before`` (and the queue is drained)."""
    for _ in range(passes):
        app.processEvents()
        if counter.count > before:
            app.processEvents()  # whatever the paint itself posted
            return


def time_frames(app, step, counter: PaintCounter, frames: int, warmup: int = 5) -> tuple[list[float], list[float]]:
    """Milliseconds per frame: ``step()`` then the repaint it causes, as wall time and as this thread's CPU
    time (which other processes on a shared machine inflate much less)."""
    wall: list[float] = []
    cpu: list[float] = []
    for i in range(frames + warmup):
        before = counter.count
        t0, c0 = time.perf_counter(), time.thread_time()
        step(i)
        _settle(app, counter, before)
        t1, c1 = time.perf_counter(), time.thread_time()
        if i >= warmup:
            wall.append((t1 - t0) * 1e3)
            cpu.append((c1 - c0) * 1e3)
    return wall, cpu


def percentile(values: list[float], q: float) -> float:
    s = sorted(values)
    if not s:
        return float("nan")
    k = min(len(s) - 1, max(0, round(q / 100 * (len(s) - 1))))
    return s[k]


def _viewports(widget) -> list:
    import pyqtgraph as pg

    views = [widget] if isinstance(widget, pg.GraphicsView) else widget.findChildren(pg.GraphicsView)
    return [v.viewport() for v in views]


def run_scenarios(names: list[str], frames: int, presentation: bool, play_seconds: float) -> list[dict]:
    """Runs in the Qt process: builds a DescentPanel at 1280x720 and times each scenario."""
    from PySide6.QtWidgets import QApplication

    from dlfs_studio.app import style

    app = QApplication.instance() or QApplication([])
    style.init_pyqtgraph()
    from dlfs_studio.app.panels.descent_panel import DescentPanel

    panel = DescentPanel()
    panel.resize(1280, 720)
    panel.show()
    for _ in range(20):
        app.processEvents()
    if presentation:
        panel.set_presentation_mode(True)
        for _ in range(10):
            app.processEvents()
    results = []
    for name in names:
        if name == "descent":
            panel.show_tab("descent")
            view = panel.descent
            view.steps_field.set_value(frames + 50)
            view.reset()
            counter = PaintCounter(_viewports(view.map_plot))
            for _ in range(10):
                app.processEvents()
            ms, cpu = time_frames(app, lambda i, v=view: v.step_forward(1), counter, frames)
        elif name in ("race", "race-2x2"):
            panel.show_tab("race")
            view = panel.race
            view.set_grid_view(name == "race-2x2")
            view.steps_field.set_value(frames + 50)
            view.reset()
            target = view.grid_widget if name == "race-2x2" else view.race_plot
            counter = PaintCounter(_viewports(target))
            for _ in range(10):
                app.processEvents()
            ms, cpu = time_frames(app, lambda i, v=view: v.step_forward(1), counter, frames)
        elif name == "numdiff":
            panel.show_tab("numdiff")
            view = panel.numdiff
            counter = PaintCounter(_viewports(view.function_plot))
            for _ in range(10):
                app.processEvents()
            ms, cpu = time_frames(app, lambda i, v=view: v.set_x(1.0 + (i % 180) * 0.1), counter, frames)
        elif name == "playback":
            results.append(measure_playback(app, panel, play_seconds))
            continue
        else:
            raise ValueError(name)
        results.append({"scenario": name, "frames": len(ms), "median": statistics.median(ms),
                         "p90": percentile(ms, 90), "p99": percentile(ms, 99), "max": max(ms),
                         "cpu_median": statistics.median(cpu), "cpu_p99": percentile(cpu, 99)})
    panel.shutdown()
    panel.close()
    return results


def measure_playback(app, panel, seconds: float) -> dict:
    """Play the descent at 500 steps/s for ``seconds`` of wall time: steps and painted frames per second."""
    panel.show_tab("descent")
    view = panel.descent
    view.steps_field.set_value(10000)
    view.reset()
    counter = PaintCounter(_viewports(view.map_plot))
    view.playback.speed_field.set_value(500.0)
    for _ in range(10):
        app.processEvents()
    paints0, k0 = counter.count, view.step_index
    t0 = time.perf_counter()
    view.play()
    while time.perf_counter() - t0 < seconds:
        app.processEvents()
    view.pause()
    wall = time.perf_counter() - t0
    return {"scenario": "playback 500/s", "steps_per_s": (view.step_index - k0) / wall,
            "frames_per_s": (counter.count - paints0) / wall}


# ----------------------------------------------------------------------------- driver
def _free_display() -> str:
    for n in range(99, 140):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            return f":{n}"
    raise RuntimeError("no free X display number between :99 and :139")


def start_xvfb() -> tuple[subprocess.Popen, str]:
    """Start ``Xvfb`` on a free display; returns the process (the caller terminates it) and the display."""
    if shutil.which("Xvfb") is None:
        raise SystemExit("Xvfb is not installed (apt-get install -y xvfb), or set DISPLAY")
    display = _free_display()
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(50):
        if Path(f"/tmp/.X11-unix/X{display[1:]}").exists():
            break
        time.sleep(0.1)
    return xvfb, display


def run_platform(platform: str, args: argparse.Namespace) -> list[dict]:
    """Run this script's ``--child`` in a fresh process on ``platform`` (offscreen or xcb)."""
    env = dict(os.environ, QT_QPA_PLATFORM=platform)
    xvfb = None
    if platform == "xcb" and not os.environ.get("DISPLAY"):
        xvfb, env["DISPLAY"] = start_xvfb()
    try:
        cmd = [sys.executable, __file__, "--child", "--frames", str(args.frames),
               "--play-seconds", str(args.play_seconds), "--scenarios", ",".join(args.scenarios)]
        if args.presentation:
            cmd.append("--presentation")
        out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
        if out.returncode != 0:
            raise SystemExit(f"{platform}: the benchmark failed:\n{out.stderr[-3000:]}")
        import json

        line = [ln for ln in out.stdout.splitlines() if ln.startswith("RESULT ")][-1]
        return json.loads(line[len("RESULT "):])
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(5)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--platform", choices=("offscreen", "xcb", "both"), default="both")
    parser.add_argument("--frames", type=int, default=120, help="frames timed per scenario")
    parser.add_argument("--play-seconds", type=float, default=3.0)
    parser.add_argument("--presentation", action="store_true", help="in presentation mode")
    parser.add_argument("--scenarios", type=lambda s: s.split(","), default=list(SCENARIOS))
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        import json

        print("RESULT " + json.dumps(run_scenarios(args.scenarios, args.frames, args.presentation,
                                                   args.play_seconds)))
        return 0
    from _common import load_average

    platforms = ["offscreen", "xcb"] if args.platform == "both" else [args.platform]
    print(f"load average before: {load_average()}  ({os.cpu_count()} cores)")
    print(f"1280x720, presentation mode {'on' if args.presentation else 'off'}, {args.frames} frames per scenario")
    for platform in platforms:
        results = run_platform(platform, args)
        print(f"\n[{platform}]")
        print(f"{'scenario':<16}{'median ms':>11}{'p90 ms':>9}{'p99 ms':>9}{'max ms':>9}"
              f"{'CPU median':>12}{'CPU p99':>9}")
        for r in results:
            if "median" in r:
                print(f"{r['scenario']:<16}{r['median']:>11.1f}{r['p90']:>9.1f}{r['p99']:>9.1f}{r['max']:>9.1f}"
                      f"{r['cpu_median']:>12.1f}{r['cpu_p99']:>9.1f}")
            else:
                print(f"{r['scenario']:<16}  {r['steps_per_s']:.0f} steps/s of wall time, "
                      f"{r['frames_per_s']:.0f} painted frames/s")
    print(f"\nload average after: {load_average()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
