"""Startup time of the dlfs-studio GUI: from process start to the first paint of the main window.

Runs ``python -m dlfs_studio.app --exit-after-paint`` several times under QT_QPA_PLATFORM=offscreen with a throw-away
settings folder. The child installs an event filter on the main window and prints the wall-clock time of its
first Paint event (after the paint finished); the parent measures from just before spawning the process, so the
figure includes interpreter start-up and every import. Prints each run and the median.

    .venv/bin/python benchmarks/bench_startup.py [--runs 7] [--panel loss|descent|training]

Target: median under 1.5 s on the 2-core development machine. Timings are noisy on a shared machine;
this is a benchmark, never a pass/fail test.
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


def one_run(panel: str | None = None, python: str = sys.executable) -> float:
    """Seconds from spawning the process to the end of the window's first paint."""
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=home, XDG_CONFIG_HOME=home)
        cmd = [python, "-m", "dlfs_studio.app", "--exit-after-paint"]
        if panel:
            cmd += ["--panel", panel]
        start = time.time()
        proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    if proc.returncode != 0:
        raise RuntimeError(f"app failed (exit {proc.returncode}):\n{proc.stderr}")
    for line in proc.stdout.splitlines():
        if line.startswith("FIRST_PAINT "):
            return float(line.split()[1]) - start
    raise RuntimeError(f"no FIRST_PAINT line in the output:\n{proc.stdout}\n{proc.stderr}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="number of runs (default 7)")
    parser.add_argument("--panel", choices=["loss", "descent", "training"], help="panel shown first")
    args = parser.parse_args(argv)
    one_run(args.panel)  # warm the OS file cache (first run after a build reads .pyc files from disk)
    times = []
    for i in range(args.runs):
        t = one_run(args.panel)
        times.append(t)
        print(f"run {i + 1}: {t:.3f} s", flush=True)
    print(f"median time to first paint: {statistics.median(times):.3f} s "
          f"(min {min(times):.3f}, max {max(times):.3f}, {args.runs} runs, {os.cpu_count()} CPUs)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
