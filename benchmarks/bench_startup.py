"""Startup time of the dlfs-studio GUI: from process start to the first paint of the main window.

Runs ``python -m dlfs_studio.app --exit-after-paint`` several times under QT_QPA_PLATFORM=offscreen with a
throw-away settings folder. The child installs an event filter on the main window and prints the wall-clock time
of its first Paint event (after the paint finished), then the same for the shown panel; the parent measures from
just before spawning the process, so the figures include interpreter start-up and every import.

    .venv/bin/python benchmarks/bench_startup.py [--runs 7] [--panel loss|descent|training]

Prints two figures per run and their medians: the window's first paint (menus, tabs, an empty page; the shown
panel is built right after it) and the shown panel's first paint. Target: the window under 1.0 s on the 2-core
development machine. Timings are noisy on a shared machine; this is a benchmark, never a pass/fail test.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def one_run(panel: str | None = None, python: str = sys.executable) -> tuple[float, float]:
    """Seconds from spawning the process to the end of the window's first paint, and to the end of the first
    paint of the shown panel (built just after the window's first paint)."""
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=home, XDG_CONFIG_HOME=home)
        cmd = [python, "-m", "dlfs_studio.app", "--exit-after-paint"]
        if panel:
            cmd += ["--panel", panel]
        start = time.time()
        proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    if proc.returncode != 0:
        raise RuntimeError(f"app failed (exit {proc.returncode}):\n{proc.stderr}")
    stamps = dict(line.split()[:2] for line in proc.stdout.splitlines()
                  if line.startswith(("FIRST_PAINT ", "PANEL_PAINT ")))
    if set(stamps) != {"FIRST_PAINT", "PANEL_PAINT"}:
        raise RuntimeError(f"no FIRST_PAINT and PANEL_PAINT lines in the output:\n{proc.stdout}\n{proc.stderr}")
    return float(stamps["FIRST_PAINT"]) - start, float(stamps["PANEL_PAINT"]) - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="number of runs (default 7)")
    parser.add_argument("--panel", choices=["loss", "descent", "training"], help="panel shown first")
    args = parser.parse_args(argv)
    one_run(args.panel)  # warm the OS file cache (first run after a build reads .pyc files from disk)
    times, ready = [], []
    for i in range(args.runs):
        t, r = one_run(args.panel)
        times.append(t)
        ready.append(r)
        print(f"run {i + 1}: window {t:.3f} s, panel {r:.3f} s", flush=True)
    print(f"median time to first paint: {statistics.median(times):.3f} s "
          f"(min {min(times):.3f}, max {max(times):.3f}, {args.runs} runs, {os.cpu_count()} CPUs)")
    print(f"median time to the shown panel's first paint: {statistics.median(ready):.3f} s "
          f"(min {min(ready):.3f}, max {max(ready):.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
