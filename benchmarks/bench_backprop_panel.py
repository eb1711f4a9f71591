"""Frame time of the Backpropagation panel: one step (state computed, items updated, widget repainted).

    QT_QPA_PLATFORM=offscreen DLFS_DATA=... .venv/bin/python benchmarks/bench_backprop_panel.py [--repeats 30]

Rows: the apples-and-oranges graph (9 nodes), a typed formula of ~40 nodes, the network tab on the tiny net and on
an MNIST mini-batch of 100 (when DLFS_DATA has MNIST), and the gradient-check sweep (19 values of h). Target: a
step under 16 ms. A benchmark, never a pass/fail test; the machine is shared, so the load average is printed.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[1]), str(Path(__file__).resolve().parent)]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import load_average, markdown_table  # noqa: E402


def _median_ms(fn, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=30)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from dlfs_studio.app import style
    from dlfs_studio.app.panels.backprop.panel import BackpropPanel
    from dlfs_studio.core.compgraph import PRESETS

    style.init_pyqtgraph()
    panel = BackpropPanel()
    panel.resize(1280, 720)
    panel.show()
    app.processEvents()
    rows = []
    tab = panel.graph_tab
    c = tab.controller

    def graph_step() -> None:
        if c.at_end():
            c.reset()
        c.step()
        tab.repaint()

    c.load_preset("apple_orange")
    ms = _median_ms(graph_step, args.repeats)
    rows.append(["graph step: apples and oranges", f"{len(c.graph.nodes)}", f"{ms:.2f}"])
    big = "(" + " + ".join(f"sigmoid(a{i} * x + b{i}) * w{i}" for i in range(8)) + ") ** 2"
    c.set_formula(big)
    rows.append(["graph step: typed formula", f"{len(c.graph.nodes)}", f"{_median_ms(graph_step, args.repeats):.2f}"])
    rows.append(["graph rebuild: load a preset", "-", f"{_median_ms(lambda: c.load_preset(PRESETS[0].key), 5):.2f}"])
    panel.show_tab("network")
    n = panel.network_tab

    def net_step() -> None:
        if n.at_end():
            n.reset()
        n.step()
        n.repaint()

    rows.append(["network step: tiny 2-3-2", "-", f"{_median_ms(net_step, args.repeats):.2f}"])
    from dlfs_studio.app.panels.backprop.arrays import mnist_available

    if mnist_available():
        n.source_combo.setCurrentIndex(n.source_combo.findData("mnist"))
        n.batch_spin.setValue(100)
        n.rebuild()
        rows.append(["network step: MNIST batch 100", "-", f"{_median_ms(net_step, args.repeats):.2f}"])
    panel.show_tab("gradcheck")
    g = panel.gradcheck_tab
    rows.append(["gradient check: sweep of 19 h, tiny", "-", f"{_median_ms(g.rebuild, 3):.2f}"])
    if mnist_available():
        g.source_combo.setCurrentIndex(1)
        rows.append(["gradient check: sweep of 19 h, MNIST 3 images", "-", f"{_median_ms(g.rebuild, 3):.2f}"])
    print("\n".join(markdown_table(["what", "nodes", "median ms"], rows)))
    print(f"load average: {load_average()}")
    panel.shutdown()


if __name__ == "__main__":
    main()
