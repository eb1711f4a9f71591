"""While a run trains, the training view spends little of the GUI thread (every millisecond there is one the
training thread waits for the GIL): the status line changes at most a few times a second, and the loss axis
starts at 0 so that it keeps its range while the loss falls."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from dlfs_studio.app.panels.training import status as status_module
from dlfs_studio.app.panels.training.status import StatusStrip
from dlfs_studio.core.training import Progress
from tests.test_training_defects import make, run_to_end


def test_the_live_status_line_is_throttled_but_pauses_and_ends_show_at_once(qtbot, monkeypatch):
    strip = StatusStrip()
    qtbot.addWidget(strip)
    clock = [100.0]
    monkeypatch.setattr(status_module.time, "perf_counter", lambda: clock[0])
    assert strip.show_live_progress(Progress(10, 200, 0.5, 0.3, 0.1, 1000.0, 1.0))
    first = strip.status_label.text()
    clock[0] += 0.05
    assert not strip.show_live_progress(Progress(20, 200, 1.0, 0.3, 0.1, 1000.0, 2.0))
    assert strip.status_label.text() == first
    clock[0] += 0.05
    assert strip.show_live_progress(Progress(21, 200, 1.05, 0.3, 0.1, 1000.0, 2.1, state="paused"))
    assert "21" in strip.status_label.text()
    clock[0] += status_module.LIVE_INTERVAL_S
    assert strip.show_live_progress(Progress(30, 200, 1.5, 0.3, 0.1, 1000.0, 3.0))
    assert "30" in strip.status_label.text()
    clock[0] += 0.01  # the last evaluation (every mini-batch done) is never held back
    assert strip.show_live_progress(Progress(200, 200, 10.0, 0.3, 0.1, 1000.0, 9.0))
    assert "evaluating" in strip.status_label.text()


def test_the_loss_axis_starts_at_zero_and_is_set_few_times_during_a_run(qtbot, tmp_path, data_dir):
    panel = make(qtbot, tmp_path, data_dir)
    try:
        left = panel.loss_plot.getAxis("left")
        regenerated = []
        original = pg.AxisItem.generateDrawSpecs

        def counting(self, *args):
            if self is left:
                regenerated.append(tuple(self.range))
            return original(self, *args)

        pg.AxisItem.generateDrawSpecs = counting
        try:
            run_to_end(panel, qtbot, iterations=600)
        finally:
            pg.AxisItem.generateDrawSpecs = original
        (_x0, _x1), (y0, y1) = panel.loss_plot.getViewBox().viewRange()
        _x, y = panel.loss_raw.getData()
        assert y0 <= 0.0 < float(np.min(y)) and float(np.max(y)) <= y1
        assert len(set(regenerated)) <= 3, regenerated
    finally:
        panel.shutdown()


def test_the_loss_legend_sits_above_every_curve(qtbot, tmp_path, data_dir):
    from PySide6.QtCore import QPointF

    panel = make(qtbot, tmp_path, data_dir)
    try:
        run_to_end(panel, qtbot, iterations=300, lr="0.1")
        run_to_end(panel, qtbot, iterations=300, lr="0.5")
        curves = panel.curves
        assert len(curves.legend_texts()) == 2
        vb = panel.loss_plot.getViewBox()
        legend = curves.loss_legend.sceneBoundingRect()
        points = []
        for items in curves._items.values():
            xs, ys = items.ma.getData()
            points += [vb.mapViewToScene(QPointF(float(x), float(y))) for x, y in zip(xs, ys, strict=True)]
        assert points and not [p for p in points if legend.contains(p)]
    finally:
        panel.shutdown()


def test_the_accuracy_legend_shrinks_back_inside_the_plot_when_its_entries_get_shorter(qtbot, tmp_path, data_dir):
    from PySide6.QtWidgets import QApplication

    panel = make(qtbot, tmp_path, data_dir)
    try:
        run_to_end(panel, qtbot, iterations=40)
        view = panel.curves
        legend, vb = view.acc_legend, view.acc_plot.getViewBox()
        epochs, acc = np.arange(3.0), np.array([0.8, 0.9, 0.95])
        view.set_reference(epochs, acc, "book: test acc ≈ 0.95 " + "(other settings: lr, iterations, batch) " * 2)
        QApplication.processEvents()
        view.set_reference(epochs, acc, "book: test acc ≈ 0.95")
        QApplication.processEvents()
        assert len(legend.items) == 3
        # pyqtgraph sizes a legend from its entries' current widths: once stretched it never shrank, so a shorter
        # row stood off the plot's left edge and cut its first entry
        assert legend.boundingRect().width() <= legend.layout.preferredWidth() + 1
        assert vb.sceneBoundingRect().contains(legend.sceneBoundingRect())
    finally:
        panel.shutdown()
