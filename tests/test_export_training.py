"""File → Export of the training panel's plots and data: before any run, after a run whose tabs were never
opened, and when an export fails. Real MNIST slices (DLFS_DATA), offscreen."""
from __future__ import annotations

import csv

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QMessageBox, QVBoxLayout, QWidget

from dlfs_studio.app.export import ExportTarget, NothingToExport, plot_table
from dlfs_studio.app.main_window import MainWindow
from dlfs_studio.app.panels.training_panel import TrainingPanel

SMALL = {"train_subset": 2000, "test_subset": 500, "batch_size": 50, "iterations": 200}
NAMES = ("Loss curve", "Accuracy per epoch", "Confusion matrix", "Activation histograms")


@pytest.fixture
def window(monkeypatch, qtbot, tmp_path, data_dir):
    """(main window, training panel) at 1280x720 with MNIST loaded, the training tab shown."""
    settings = QSettings(str(tmp_path / "main.ini"), QSettings.Format.IniFormat)
    made: list[TrainingPanel] = []

    def factory():
        made.append(TrainingPanel(data_dir=data_dir, settings=settings, autoload=True))
        return made[-1]

    w = MainWindow(settings=settings, panel_factories={"training": factory})  # closed below, not by qtbot
    w.resize(1280, 720)
    w.show()
    w.show_panel("training")
    qtbot.waitUntil(lambda: bool(made) and made[0].dataset is not None, timeout=20000)
    made[0].set_values(SMALL)
    yield w, made[0]
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard))
    w.close()
    w.deleteLater()


def read_csv(path) -> list[list[str]]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.reader(fh))


def test_before_any_run_every_target_says_there_is_nothing_to_export(window, tmp_path, monkeypatch):
    w, _panel = window
    for name in NAMES:
        with pytest.raises(NothingToExport):
            w.export_data_to(tmp_path / "x.csv", name)
        with pytest.raises(NothingToExport):
            w.export_image_to(tmp_path / "x.png", name)
    assert not list(tmp_path.glob("x.*"))
    targets = {t.name: t for t in w.export_targets()}
    assert all(targets[name].check() for name in NAMES)  # a sentence saying why
    # through the menu: the learner is told, and no file dialog opens
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: told.append(a[2])))

    def no_file_dialog(*_a, **_k):
        raise AssertionError("a file dialog opened although there is nothing to export")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(no_file_dialog))
    for name in NAMES:
        monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, n=name, **k: (n, True)))
        w.action_export_data.trigger()
        w.action_export_image.trigger()
    assert len(told) == 2 * len(NAMES) and all("yet" in t for t in told)


def test_after_a_run_every_target_exports_even_from_tabs_never_opened(window, qtbot, tmp_path):
    w, panel = window
    assert panel.tabs.currentIndex() == 0
    assert panel.start()
    qtbot.waitUntil(lambda: panel.state == "finished", timeout=600_000)
    assert panel.tabs.currentIndex() == 0  # the Errors and Weights tabs were never shown

    rows = read_csv(w.export_data_to(tmp_path / "confusion.csv", "Confusion matrix"))
    assert rows[0] == ["true \\ predicted"] + [str(k) for k in range(10)] and len(rows) == 11
    counts = np.array([[int(v) for v in r[1:]] for r in rows[1:]])
    assert counts.sum() == 500
    acc = panel.view_network().accuracy(panel.dataset.x_test[:500], panel.dataset.t_test[:500])
    assert np.trace(counts) / 500 == pytest.approx(acc)  # the final network's matrix
    ev = panel.controller.current.evaluation
    assert ev is not None and ev.iteration == 200
    np.testing.assert_array_equal(counts, ev.confusion)

    rows = read_csv(w.export_data_to(tmp_path / "activations.csv", "Activation histograms"))
    assert rows[0] == ["layer", "bin", "from", "to", "count", "share"]
    assert len(rows) == 1 + 30 and sum(float(r[5]) for r in rows[1:]) == pytest.approx(1.0)
    assert float(rows[1][2]) == 0.0 and float(rows[-1][3]) == 1.0  # sigmoid: the bins span [0, 1]

    assert len(read_csv(w.export_data_to(tmp_path / "loss.csv", "Loss curve"))) == 201
    assert len(read_csv(w.export_data_to(tmp_path / "acc.csv", "Accuracy per epoch"))) == 1 + 5

    for name in NAMES:  # as on screen (doubled below 1200 px); the plots of tabs never shown at 800x600 or more
        out = w.export_image_to(tmp_path / "plot.png", name)
        image = QImage(str(out))
        least = (1200, 300) if name in ("Loss curve", "Accuracy per epoch") else (1600, 1200)
        assert image.width() >= least[0] and image.height() >= least[1], (name, image.size())
        assert w.export_image_to(tmp_path / "plot.svg", name).stat().st_size > 2000, name
    # the confusion matrix PNG shows its cells: many strongly blue pixels (the diagonal)
    image = QImage(str(w.export_image_to(tmp_path / "confusion.png", "Confusion matrix")))
    blue = sum(1 for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
               if image.pixelColor(x, y).blue() > 120 and image.pixelColor(x, y).red() < 60)
    assert blue > 500

    # opening the tabs changes nothing in the files, and reading the histogram plot itself works
    panel.tabs.setCurrentIndex(1)
    panel.tabs.setCurrentIndex(2)
    again = read_csv(w.export_data_to(tmp_path / "confusion2.csv", "Confusion matrix"))
    assert again == read_csv(tmp_path / "confusion.csv")
    assert len(read_csv(w.export_data_to(tmp_path / "activations2.csv", "Activation histograms"))) == 31
    table = plot_table(panel.activation_view.plot)
    assert len(table.rows) == 30 and table.rows[0][3] == pytest.approx(1 / 60)  # the first bin's centre


def test_stepped_curves_export_one_row_per_bin(qtbot):
    import pyqtgraph as pg

    plot = pg.PlotWidget(title="histogram")
    qtbot.addWidget(plot)
    edges = np.linspace(0.0, 1.0, 31)
    counts = np.arange(30.0)
    plot.plot(edges, counts, stepMode="center", name="layer")
    table = plot_table(plot)
    assert len(table.rows) == 30
    np.testing.assert_allclose([r[3] for r in table.rows], (edges[:-1] + edges[1:]) / 2)
    np.testing.assert_allclose([r[4] for r in table.rows], counts)


class _BrokenPanel(QWidget):
    """A panel whose export fails: a table that raises, or no list of targets at all."""

    def __init__(self, broken_list: bool) -> None:
        super().__init__()
        QVBoxLayout(self).addWidget(QLabel("broken"))
        self.broken_list = broken_list

    def title(self) -> str:
        return "broken"

    def set_presentation_mode(self, on: bool) -> None:
        pass

    def shutdown(self) -> None:
        pass

    def export_targets(self) -> list:
        if self.broken_list:
            raise ValueError("operands could not be broadcast together")

        def bad_table():
            raise ValueError("operands could not be broadcast together")

        return [ExportTarget("Bad data", table=bad_table)]


@pytest.mark.parametrize("broken_list", [False, True])
def test_a_failing_export_shows_the_export_failed_dialog(qtbot, tmp_path, monkeypatch, broken_list):
    w = MainWindow(panel_factories={"forward": lambda: _BrokenPanel(broken_list)})  # the first tab, shown at start
    qtbot.addWidget(w)
    warned: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: warned.append((a[1], a[2]))))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "t.csv"), "")))
    w.action_export_data.trigger()
    assert len(warned) == 1 and warned[0][0] == "Export failed" and "broadcast" in warned[0][1]
    assert not (tmp_path / "t.csv").exists()
