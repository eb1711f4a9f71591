"""The training panel's results as a learner sees them: what a dataset switch, Stop, Load model and the end of a
run leave on screen (banner, status line, curves, Errors tab), Save model, the close confirmation, and
presentation mode at 1280x720. Real MNIST slices (DLFS_DATA), offscreen; every wait is qtbot.waitUntil.
"""
from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QPointF, QSettings, QTranslator
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from dlfs_studio.app import style
from dlfs_studio.app.panels.training_panel import TrainingPanel

pytestmark = pytest.mark.data

#: 2,000 training and 500 test images, batches of 50: an epoch is 40 mini-batches.
SMALL = {"train_subset": 2000, "test_subset": 500, "batch_size": 50, "iterations": 200}
BUTTONS = QMessageBox.StandardButton


def n_losses(panel) -> int:
    run = panel.controller.current
    return run.iterations.n if run is not None else 0


def iteration(panel: TrainingPanel) -> int:
    return panel.controller.progress.iteration if panel.controller.progress is not None else -1


def make_panel(qtbot, tmp_path, data_dir) -> TrainingPanel:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    panel = TrainingPanel(data_dir=data_dir, settings=settings, autoload=False)
    qtbot.addWidget(panel)
    panel.resize(1280, 720)
    panel.show()
    panel.load_dataset("mnist")
    qtbot.waitUntil(lambda: panel.dataset is not None, timeout=20000)
    panel.set_values(SMALL)
    return panel


@pytest.fixture
def panel(qtbot, tmp_path, data_dir):
    p = make_panel(qtbot, tmp_path, data_dir)
    yield p
    p.shutdown()


@pytest.fixture
def answer(monkeypatch):
    """QMessageBox.question answers ``answer[0]`` (Discard by default) and records each question's text."""
    state = {"button": BUTTONS.Discard, "asked": []}

    def question(*args, **kwargs):
        state["asked"].append(args[2])
        return state["button"]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return state


@pytest.fixture
def training_window(monkeypatch, qtbot, tmp_path, data_dir):
    """A 1280x720 main window showing the training panel with MNIST loaded: (window, panel). Closed at the end
    with any confirmation answered "Discard" (never a blocking dialog)."""
    from dlfs_studio.app.main_window import MainWindow

    settings = QSettings(str(tmp_path / "main.ini"), QSettings.Format.IniFormat)
    made: list[TrainingPanel] = []

    def factory():
        made.append(TrainingPanel(data_dir=data_dir, settings=settings, autoload=True))
        return made[-1]

    # not qtbot.addWidget: pytest-qt closes its widgets before fixture teardown, where a window holding
    # unsaved training would ask with a real (blocking) QMessageBox; this fixture closes it itself
    window = MainWindow(settings=settings, panel_factories={"training": factory})
    window.resize(1280, 720)
    window.show()
    window.show_panel("training")
    qtbot.waitUntil(lambda: bool(made) and made[0].dataset is not None, timeout=20000)
    made[0].set_values(SMALL)
    yield window, made[0]
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: BUTTONS.Discard))
    try:
        if window.is_presentation_mode():
            window.set_presentation_mode(False)
    finally:
        window.close()
        window.deleteLater()


def run_to_end(panel, qtbot, **values) -> None:
    if values:
        panel.set_values(values)
    assert panel.start()
    qtbot.waitUntil(lambda: panel.state == "finished", timeout=600_000)


# ----------------------------------------------------------------------------- 1. switching the dataset
def test_switching_the_dataset_clears_the_previous_results(panel, qtbot):
    run_to_end(panel, qtbot)  # the Errors and Weights tabs are never opened
    assert panel.controller.current.evals and n_losses(panel) == 200
    panel.load_dataset("fashion-mnist")
    qtbot.waitUntil(lambda: panel.dataset is not None, timeout=20000)
    assert panel.dataset.name == "fashion-mnist"
    # the banner and the status line name the new dataset and say what happened to the old results
    assert panel.last_message.startswith("Loaded Fashion-MNIST.") and "MNIST were cleared" in panel.last_message
    assert "Fashion-MNIST" in panel.status_label.text() and "Iteration" not in panel.status_label.text()
    assert panel.progress_bar.value() == 0
    # curves and every view of the previous results are empty, also when their tab is opened now
    x, _y = panel.loss_raw.getData()
    assert n_losses(panel) == 0 and (x is None or len(x) == 0)
    assert panel.controller.current is None and panel.controller.runs == [] and panel.curves.legend_texts() == []
    for tab in (2, 1, 0):
        panel.tabs.setCurrentIndex(tab)
    assert panel.confusion_view.matrix is None
    assert panel.gallery_view.caption_texts == [] and "at iteration" not in panel.gallery_title.text()
    assert panel.activation_view.summary == []
    # nothing of MNIST's is exported under Fashion-MNIST's name
    conf = {t.name: t for t in panel.export_targets()}[panel.tr("Confusion matrix")]
    assert conf.check() and conf.csv_table().rows == []
    # the drawing pad's network is the untrained one again
    assert not panel.save_button.isEnabled()
    net = panel.view_network()
    assert net.accuracy(panel.dataset.x_test[:500], panel.dataset.t_test[:500]) < 0.3


def test_switching_the_dataset_mid_run_stops_it_with_a_clear_message(panel, qtbot):
    panel.set_values({"iterations": 1_000_000})
    panel.start()
    qtbot.waitUntil(lambda: iteration(panel) > 5, timeout=20000)
    panel.load_dataset("fashion-mnist")
    assert panel.controller.runner is None
    assert "was stopped at iteration" in panel.last_message  # said at once, while the new data load
    qtbot.waitUntil(lambda: panel.dataset is not None, timeout=20000)
    text = panel.last_message
    assert text.startswith("Loaded Fashion-MNIST.") and "The run on MNIST was stopped at iteration" in text
    status = panel.status_label.text()
    assert "Fashion-MNIST" in status and "remaining" not in status
    assert n_losses(panel) == 0 and panel.state == "idle"


def test_choosing_another_dataset_asks_before_the_trained_network_is_lost(panel, qtbot, answer):
    run_to_end(panel, qtbot)
    combo = panel.dataset_combo
    answer["button"] = BUTTONS.Cancel
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    assert len(answer["asked"]) == 1 and "not saved" in answer["asked"][0]
    assert "Fashion-MNIST" in answer["asked"][0]
    assert combo.currentData() == "mnist" and panel.dataset.name == "mnist"  # cancelled: all kept
    assert n_losses(panel) == 200 and panel.state == "finished"
    answer["button"] = BUTTONS.Discard
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    qtbot.waitUntil(lambda: panel.dataset is not None and panel.dataset.name == "fashion-mnist", timeout=20000)
    assert len(answer["asked"]) == 2 and n_losses(panel) == 0
    # choosing the dataset already loaded changes nothing and asks nothing
    combo.activated.emit(1)
    assert len(answer["asked"]) == 2 and panel.state == "idle"


# ----------------------------------------------------------------------------- 2. Stop
def test_stop_while_running_says_where_it_stopped(panel, qtbot):
    panel.set_values({"iterations": 1_000_000})
    panel.start()
    qtbot.waitUntil(lambda: iteration(panel) > 20, timeout=20000)
    panel.set_lr(0.05)
    assert panel.last_message.startswith("Learning rate set to 0.05")
    panel.stop()
    qtbot.waitUntil(lambda: panel.state == "stopped" and panel.controller.runner is None, timeout=5000)
    n = iteration(panel)
    assert panel.last_message == f"Stopped at iteration {n:,}; the network keeps what it learned."
    status = panel.status_label.text()
    assert f"Iteration {n:,} /" in status and "remaining –" in status
    # the run ended through core's stop: the final network's evaluation came with it
    assert panel.controller.current.evaluation is not None and panel.controller.current.evaluation.iteration == n


# ----------------------------------------------------------------------------- 3. the status line
def test_status_line_follows_load_run_reset_and_load_model(panel, qtbot, tmp_path):
    assert "Load a dataset" not in panel.status_label.text()
    assert "MNIST" in panel.status_label.text() and "Start" in panel.status_label.text()
    run_to_end(panel, qtbot, iterations=40)
    assert panel.status_label.text().startswith("Iteration 40 / 40")
    path = panel.save_model(tmp_path / "model.npz")
    panel.reset()
    assert panel.status_label.text().startswith("Reset:")
    assert panel.load_model(path) is not None
    status = panel.status_label.text()
    assert "model.npz" in status and "Reset" not in status and "40 iterations on MNIST" in status


# ----------------------------------------------------------------------------- 5. the finish message
def test_finish_message_reports_the_final_network_and_the_last_evaluation(panel, qtbot):
    seen: list[tuple[str, int]] = []

    class Recorder(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            if context == "TrainingPanel":
                seen.append((source, n))
            return None  # no translation (a null string): Qt uses the source text

    recorder = Recorder()
    QApplication.instance().installTranslator(recorder)
    try:
        run_to_end(panel, qtbot)  # book mode: evaluations at 1, 41, ..., 161; the run ends at 200
    finally:
        QApplication.instance().removeTranslator(recorder)
    acc = panel.view_network().accuracy(panel.dataset.x_test[:500], panel.dataset.t_test[:500])  # final network
    last = panel.controller.current.evals[-1]
    assert last.iteration == 161
    text = panel.last_message
    assert text.startswith("Finished 200 iterations in ") and f": test accuracy {acc:.4f} " in text
    assert f"(the last evaluation during the run, at iteration 161, gave {last.test_acc:.4f})." in text
    # the accuracy is the evaluation the worker computed at the end of the run
    final = panel.controller.current.evaluation
    assert final is not None and final.iteration == 200 and final.accuracy == pytest.approx(acc)
    # the count goes through Qt's plural form, the whole sentence through tr()
    assert any("%n iteration(s)" in src and "last evaluation" in src and n == 200 for src, n in seen)


def test_finished_one_iteration_is_singular(panel, qtbot):
    run_to_end(panel, qtbot, iterations=1)
    assert panel.last_message.startswith("Finished 1 iteration in ")
    acc = panel.view_network().accuracy(panel.dataset.x_test[:500], panel.dataset.t_test[:500])
    assert panel.last_message.endswith(f"test accuracy {acc:.4f}.")


# ----------------------------------------------------------------------------- 7. saving and closing
def test_save_model_waits_for_a_trained_network(panel, qtbot, tmp_path):
    assert not panel.save_button.isEnabled()
    assert panel.save_model(tmp_path / "untrained.npz") is None
    assert not (tmp_path / "untrained.npz").exists() and "train the network" in panel.last_message
    run_to_end(panel, qtbot, iterations=20)
    assert panel.save_button.isEnabled()
    assert panel.has_unsaved_work()
    path = panel.save_model(tmp_path / "trained.npz")
    assert path is not None and not panel.has_unsaved_work()
    panel.reset()
    assert not panel.save_button.isEnabled()
    panel.load_model(path)
    assert panel.save_button.isEnabled() and not panel.has_unsaved_work()


def test_closing_asks_only_when_trained_work_is_unsaved(training_window, qtbot, answer, tmp_path, monkeypatch):
    window, panel = training_window
    run_to_end(panel, qtbot, iterations=40)
    answer["button"] = BUTTONS.Cancel
    window.show_panel("loss")
    window.close()
    assert len(answer["asked"]) == 1 and "40 iterations on MNIST is not saved" in answer["asked"][0]
    assert window.isVisible() and window.current_panel() is panel  # still open, on the panel that asked
    assert panel.dataset is not None and panel.state == "finished"
    # Save…: the file dialog, then the window closes
    answer["button"] = BUTTONS.Save
    target = tmp_path / "kept.npz"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.close()
    assert len(answer["asked"]) == 2 and target.exists()
    assert not window.isVisible()


def test_closing_after_saving_asks_nothing(training_window, qtbot, answer, tmp_path):
    window, panel = training_window
    assert not panel.has_unsaved_work() and window.confirm_close() and answer["asked"] == []  # nothing trained
    run_to_end(panel, qtbot, iterations=40)
    assert panel.save_model(tmp_path / "m.npz") is not None
    window.close()
    assert answer["asked"] == [] and not window.isVisible()


# ----------------------------------------------------------------------------- 6. presentation mode
def _settle(window) -> None:
    """Let the layouts follow the new fonts and texts (they are laid out from posted events), then paint."""
    for _ in range(5):
        QApplication.processEvents()
    window.grab()


def _fitted_font(item, pixels_per_unit: float):
    """The font a LabelsItem draws with at this zoom."""
    return item.fitted_font(pixels_per_unit) if hasattr(item, "fitted_font") else item.font


@pytest.mark.slow  # trains the book's full 10,000-iteration run in the GUI
def test_presentation_mode_at_1280x720_reads_well(training_window, qtbot):
    from dlfs_studio.app.panels.training.presets import PRESET_BY_KEY

    window, panel = training_window
    panel.apply_preset(PRESET_BY_KEY["ch4"])  # the book's run, as QA saw it: 16 epochs, the book's reference
    assert panel.start()
    qtbot.waitUntil(lambda: panel.state == "finished", timeout=600_000)
    assert len(panel.acc_legend.items) == 3  # train, test, and the book's reference
    window.set_presentation_mode(True)
    panel.tabs.setCurrentIndex(0)
    _settle(window)

    # Curves: no legend box covers the accuracy points (in presentation mode the title's key replaces it)
    vb = panel.acc_plot.getViewBox()
    points = [vb.mapViewToScene(QPointF(e.epoch, acc)) for e in panel.controller.current.evals if e.epoch >= 1
              for acc in (e.train_acc, e.test_acc)]
    assert points
    if panel.acc_legend.isVisible():
        legend = panel.acc_legend.sceneBoundingRect()
        assert vb.sceneBoundingRect().contains(legend)
        assert not [p for p in points if legend.contains(p)]
    else:
        assert "●" in panel.acc_plot.getPlotItem().titleLabel.text

    # Errors: the mistakes' captions do not run into each other, the counts stay inside their cells
    panel.tabs.setCurrentIndex(2)
    _settle(window)
    gallery = panel.gallery_view
    px = 1.0 / gallery.view.viewPixelSize()[0]
    captions = gallery._captions
    font = _fitted_font(captions, px)
    widest = max(QFontMetricsF(font).horizontalAdvance(t) for t in gallery.caption_texts)
    assert widest < (28 + 2) * px * 0.95
    assert font.pointSizeF() >= style.font_size("small", True) * 0.95  # still presentation-sized
    counts = panel.confusion_view._counts
    cell = 1.0 / panel.confusion_view.plot.getViewBox().viewPixelSize()[0]
    font = _fitted_font(counts, cell)
    assert max(QFontMetricsF(font).horizontalAdvance(lb[2]) for lb in counts.labels) <= cell * 0.95

    # every text of the panel is enlarged, also the ones set with their own font
    sizes = {}
    for on in (True, False):
        window.set_presentation_mode(on)
        title = panel.preview_view.graphics.ci.getItem(0, 0)
        title_pt = float(str(title.opts.get("size", title.item.font().pointSizeF())).removesuffix("pt"))
        sizes[on] = (title_pt, panel.prediction_label.font().pointSizeF(),
                     panel.gc_summary.font().pointSizeF())
    assert all(big > small for big, small in zip(sizes[True], sizes[False], strict=True)), sizes
    # and leaving presentation mode brings the normal gallery back (24 mistakes, 6 columns)
    assert len(panel.gallery_view.caption_texts) == 24
