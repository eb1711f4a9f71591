"""The figure 6-9 race (four MultiLayerNets, SGD/Momentum/AdaGrad/Adam) in the app against headless.

Runs the race alternately headless (core.races.iter_race in this thread) and in the RacesPanel
(worker thread, live curves), and reports, side by side in one process:

* wall time of each and the app's speed as a share of headless (target: at least 90%);
* gaps between ticks of a 16 ms QTimer in the GUI thread while the app's race runs (median, p99,
  max; target p99 under 30 ms on an idle machine);
* the machine's load average before and after.

Usage::

    DLFS_DATA=/work/shared/data QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_race.py
    ... --iterations 500 --repeats 2
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

from dlfs_studio.core.blas_env import single_blas_thread

single_blas_thread()  # as the app does, before NumPy loads OpenBLAS (see core/blas_env.py)

import numpy as np  # noqa: E402
from bench_gui_training import TickGaps  # noqa: E402


def headless(ds, iterations: int) -> float:
    from dlfs_studio.core.races import Race, iter_race, preset

    race = Race(preset("optimizers", iterations=iterations))
    t0 = time.perf_counter()
    for _ in iter_race(race, ds):
        pass
    return time.perf_counter() - t0


def gui(panel, iterations: int) -> dict:
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()

    def on_state(state: str) -> None:
        if state in ("finished", "stopped", "failed"):
            loop.quit()

    panel.controller.state_changed.connect(on_state)
    panel.controller.saved = True  # no "unsaved race" question between repeats
    ticks = TickGaps()
    ticks.start()
    t0 = time.perf_counter()
    panel.start_preset("optimizers", iterations=iterations)
    loop.exec()
    wall = time.perf_counter() - t0
    ticks.stop()
    panel.controller.state_changed.disconnect(on_state)
    g = ticks.ms()
    return {"wall": wall, "gap_p50": float(np.percentile(g, 50)), "gap_p99": float(np.percentile(g, 99)),
            "gap_max": float(g.max()), "updates": panel.controller.updates, "state": panel.controller.state}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--iterations", type=int, default=2000)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--switch-ms", type=float, default=None,
                        help="Python's thread switch interval in ms for the whole run (default: as the app sets it)")
    args = parser.parse_args()
    if args.switch_ms is not None:
        sys.setswitchinterval(args.switch_ms / 1000)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from dlfs_studio.app.panels.races.panel import RacesPanel
    from dlfs_studio.core.data import load_dataset

    app = QApplication.instance() or QApplication([])
    ds = load_dataset("mnist", os.environ.get("DLFS_DATA"))
    panel = RacesPanel(loader=lambda: ds)
    panel.resize(1280, 720)
    panel.show()
    app.processEvents()
    print(f"load before: {os.getloadavg()}; switch interval {1000 * sys.getswitchinterval():g} ms")
    rows = []
    for r in range(args.repeats):
        h = headless(ds, args.iterations)
        g = gui(panel, args.iterations)
        rows.append((h, g))
        print(f"repeat {r}: headless {h:.2f} s, app {g['wall']:.2f} s ({h / g['wall']:.0%} of headless speed), "
              f"gaps p50 {g['gap_p50']:.1f} ms, p99 {g['gap_p99']:.1f} ms, max {g['gap_max']:.1f} ms, "
              f"state {g['state']}", flush=True)
    ratio = statistics.median(h / g["wall"] for h, g in rows)
    print(f"median: app at {ratio:.0%} of headless speed; gap p99 median "
          f"{statistics.median(g['gap_p99'] for _, g in rows):.1f} ms, max "
          f"{max(g['gap_max'] for _, g in rows):.1f} ms")
    print(f"load after: {os.getloadavg()}")
    panel.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
