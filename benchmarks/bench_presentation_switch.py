"""Time of the first switch to presentation mode (and back, and on again) of the main window at 1280x720.

Each run is a fresh process (the first switch is the slow one: fonts at the new size are loaded then). The time
runs from the call of ``set_presentation_mode`` until the posted events are done and the window has painted.

    .venv/bin/python benchmarks/bench_presentation_switch.py [--runs 5] [--panel loss|descent|training]

Runs under whatever QT_QPA_PLATFORM says (offscreen by default; use xvfb-run for X11). A benchmark, not a test.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
app = QApplication([])
from dlfs_studio.app.main_window import MainWindow

class Paints(QObject):
    n = 0
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            Paints.n += 1
        return False

w = MainWindow()
w.resize(1280, 720)
w.show()
w.show_panel(sys.argv[1])
w.current_panel()
for _ in range(30):
    app.processEvents()
probe = Paints()
w.installEventFilter(probe)

def switch(on):
    t = time.perf_counter()
    Paints.n = 0
    w.set_presentation_mode(on)
    while Paints.n == 0:
        app.processEvents()
    app.processEvents()
    return time.perf_counter() - t

print("TIMES", switch(True), switch(False), switch(True))
"""


def one_run(panel: str) -> list[float]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    proc = subprocess.run([sys.executable, "-c", CHILD, panel], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=300)
    for line in proc.stdout.splitlines():
        if line.startswith("TIMES "):
            return [float(x) for x in line.split()[1:]]
    raise RuntimeError(proc.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--panel", default="descent", choices=["loss", "descent", "training"])
    args = parser.parse_args(argv)
    runs = [one_run(args.panel) for _ in range(args.runs)]
    for name, i in (("first switch on", 0), ("off", 1), ("on again", 2)):
        values = [r[i] for r in runs]
        print(f"{name:16s} median {statistics.median(values) * 1000:7.1f} ms  (max {max(values) * 1000:.1f}, "
              f"{args.runs} runs, panel {args.panel}, {os.environ.get('QT_QPA_PLATFORM', 'offscreen')})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
