"""The defects found by trying the old training view as a new user would (issue 11), each checked here.

Small slices of the real MNIST (DLFS_DATA), offscreen; waits are waitUntil.
"""
from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint, QSettings
from PySide6.QtWidgets import QApplication, QLabel

from dlfs_studio.app.panels.training.presets import PRESET_BY_KEY
from dlfs_studio.app.panels.training_panel import TrainingPanel
from dlfs_studio.core.training import Progress

pytestmark = pytest.mark.data

SMALL = {"train_subset": 2000, "test_subset": 500, "batch_size": 50, "iterations": 200}


def make(qtbot, tmp_path, data_dir, name="s.ini", load="mnist"):
    settings = QSettings(str(tmp_path / name), QSettings.Format.IniFormat)
    p = TrainingPanel(data_dir=data_dir, settings=settings, autoload=False)
    qtbot.addWidget(p)
    p.resize(1280, 720)
    p.show()
    if load:
        p.load_dataset(load)
        qtbot.waitUntil(lambda: p.dataset is not None, timeout=20000)
    p.set_values(SMALL)
    return p


@pytest.fixture
def panel(qtbot, tmp_path, data_dir):
    p = make(qtbot, tmp_path, data_dir)
    yield p
    p.shutdown()


def run_to_end(panel, qtbot, state="finished", **values):
    if values:
        panel.set_values(values)
    assert panel.start(), panel.form_error.text()
    qtbot.waitUntil(lambda: panel.state == state and panel.controller.runner is None, timeout=600_000)


def test_start_and_reset_keep_the_trained_network(panel, qtbot):
    run_to_end(panel, qtbot, iterations=40)
    first = panel.controller.current
    panel.reset()
    run_to_end(panel, qtbot, iterations=40, lr="0.3")
    assert panel.controller.runs[0] is first and first.losses.n == 40 and first.latest_state() is not None
    assert len(panel.controller.runs) == 2


def test_only_the_length_of_the_chosen_mode_is_editable(panel, qtbot):
    panel.set_values({"mode": "book"})
    assert panel.iterations_spin.isEnabled() and not panel.epochs_spin.isEnabled()
    run_to_end(panel, qtbot, iterations=20)  # after a run the buttons are updated again
    assert panel.iterations_spin.isEnabled() and not panel.epochs_spin.isEnabled()
    panel.set_values({"mode": "epochs"})
    assert not panel.iterations_spin.isEnabled() and panel.epochs_spin.isEnabled()


def test_cnn_gradient_check_offers_h_and_explains_kinks(panel, qtbot):
    from dlfs_studio.core.gradcheck import GradCheckResult, ParamCheck

    panel.apply_preset(PRESET_BY_KEY["cnn"])
    assert [panel.gc_h_combo.itemData(i) for i in range(panel.gc_h_combo.count())][:2] == [1e-4, 1e-5]
    results = []
    panel.gradcheckFinished.connect(results.append)
    panel.gc_sample_spin.setValue(3)
    panel.gc_batch_spin.setValue(3)
    assert panel.run_gradient_check()
    qtbot.waitUntil(lambda: bool(results) and panel.gradcheck.runner is None, timeout=600_000)
    text = panel.gc_summary.text()
    assert "!" not in text and ("agree" in text or "kink" in text)
    # a difference like the one learners saw (1.9e-03 with h = 1e-4) is explained, not blamed on backprop
    r = results[0]
    fake = GradCheckResult((ParamCheck("W1", (30, 1, 5, 5), 10, 1.9e-3, 2e-4, 0.1),), r.backprop_seconds,
                           r.numerical_seconds, 10, r.total_values, r.estimated_full_seconds, 10, "float64")
    panel.gradcheck.show_result(fake)
    text = panel.gc_summary.text()
    assert "kink" in text and "smaller h" in text and "differ by up to 1.9e-03!" not in text


def test_progress_says_evaluating_while_the_last_evaluation_runs(panel):
    p = Progress(200, 200, 5.0, 0.3, 0.1, 1000.0, 4.0)  # every mini-batch done, the final evaluation not in yet
    panel.status.show_progress(p, eval_seconds=10.0)
    assert panel.progress_bar.value() < 1000 and "evaluating" in panel.status_label.text()
    assert "0:00" not in panel.status_label.text() and "evaluating" in panel.progress_bar.text()
    running = Progress(150, 200, 3.75, 0.3, 0.1, 1000.0, 3.0)
    panel.status.show_progress(running, eval_seconds=10.0)
    assert "remaining 0:11" in panel.status_label.text()  # 1 s of training left + the 10 s evaluation
    panel.status.show_progress(Progress(200, 200, 5.0, 0.3, 0.1, 1000.0, 14.0, state="finished"))
    assert panel.progress_bar.value() == 1000


@pytest.mark.parametrize("values, blamed", [
    ({"activation": "relu", "init": "100", "iterations": 50}, "initial weights"),
    ({"lr": "0.05", "weight_decay": "1000", "iterations": 300}, "Weight decay"),
    ({"activation": "relu", "lr": "1e6", "iterations": 300}, "learning rate"),
])
def test_divergence_blames_what_caused_it(panel, qtbot, values, blamed):
    if "weight_decay" in values:
        panel.apply_preset(PRESET_BY_KEY["ch6"])
        panel.set_values(SMALL | {"mode": "book", "optimizer": "sgd", "hidden": "50"})
    run_to_end(panel, qtbot, state="diverged", **values)
    assert blamed in panel.last_error
    if blamed != "learning rate":
        assert "smaller learning rate" not in panel.last_error


def test_an_early_stop_keeps_readable_axes_and_the_loss_curve(panel, qtbot):
    panel.step()
    qtbot.waitUntil(lambda: panel.state == "paused" and panel.controller.current.iteration == 1, timeout=10000)
    for k in (2, 3):
        panel.step()
        qtbot.waitUntil(lambda k=k: panel.controller.current.iteration == k, timeout=5000)
    panel.stop()
    qtbot.waitUntil(lambda: panel.state == "stopped" and panel.controller.runner is None, timeout=5000)
    QApplication.processEvents()
    for plot in (panel.acc_plot, panel.loss_plot):
        label = plot.getAxis("bottom").labelString()
        assert "x0.001" not in label and "×0.001" not in label, label
    x, y = panel.loss_raw.getData()
    assert x is not None and list(x) == [1, 2, 3]
    (x0, x1), (y0, y1) = panel.loss_plot.getViewBox().viewRange()
    assert x0 <= 1 and x1 >= 3 and y0 <= float(np.min(y)) and y1 >= float(np.max(y))


def test_a_loaded_model_fills_the_errors_tab(panel, qtbot, tmp_path, data_dir):
    run_to_end(panel, qtbot, iterations=40)
    path = panel.save_model(tmp_path / "m.npz")
    other = make(qtbot, tmp_path, data_dir, "o.ini")
    try:
        assert other.load_model(path) is not None
        other.tabs.setCurrentIndex(2)
        m = other.confusion_view.matrix
        assert m is not None and m.sum() == len(other.dataset.x_test)  # the form's test images (all)
        assert other.errors_tab.evaluation is not None and other.gallery_view.caption_texts
    finally:
        other.shutdown()


def test_a_preset_change_clears_stale_gradient_checks_and_error_banners(panel, qtbot):
    results = []
    panel.gradcheckFinished.connect(results.append)
    panel.gc_sample_spin.setValue(3)
    assert panel.run_gradient_check()
    qtbot.waitUntil(lambda: bool(results) and panel.gradcheck.runner is None, timeout=20000)
    assert panel.gc_table.rowCount() == 4
    panel._message("Training stopped: the loss became NaN.", "error")
    assert panel.message_label.isVisible()
    panel.preset_combo.setCurrentIndex(panel.preset_combo.findData("ch5"))
    panel.preset_combo.activated.emit(panel.preset_combo.currentIndex())
    assert panel.gc_table.rowCount() == 0 and panel.gc_summary.text() == ""
    assert not panel.message_label.isVisible()


def test_offline_download_dialog_shows_its_whole_error_in_the_apps_words(qtbot, tmp_path, monkeypatch):
    import dlfs_studio.core.download as download
    from dlfs_studio.app.panels.training.dataset_dialog import DatasetDialog
    from dlfs_studio.core.data import DatasetError, not_found_message

    long = ("Could not download train-images-idx3-ubyte.gz of mnist from any mirror:\n"
            + "\n".join(f"  https://mirror{k}.example.invalid/very/long/path/to/the/mnist/dataset/"
                        f"train-images-idx3-ubyte.gz: could not connect (Name or service not known)" for k in range(3))
            + "\nIf this computer is offline, copy these files into /some/folder by hand:\n  a.gz\n  b.gz")

    def offline(*_a, **_k):
        raise DatasetError(long)

    monkeypatch.setattr(download, "download_dataset", offline)
    dialog = DatasetDialog("mnist", not_found_message("mnist", tmp_path), tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "dlfs " not in dialog.message.text() and "Download" in dialog.message.text()
    dialog.start_download()
    qtbot.waitUntil(lambda: dialog.error.isVisible() and dialog._runner is None, timeout=5000)
    QApplication.processEvents()
    err = dialog.error
    assert "mirror2.example.invalid" in err.text() and "Choose folder" in err.text()
    assert err.height() >= err.heightForWidth(err.width()) - 2  # nothing cut off at the bottom
    assert err.geometry().right() <= dialog.width()
    assert not [w for w in dialog.findChildren(QLabel) if "dlfs " in w.text()]


def test_book_reference_is_the_books_curve_and_says_when_settings_differ(panel, qtbot):
    panel.apply_preset(PRESET_BY_KEY["ch4"])
    panel.set_values(SMALL)  # not the book's settings
    run_to_end(panel, qtbot, iterations=40)
    x, y = panel.curves.reference_curve.getData()
    assert len(x) == 17 and y[0] < 0.2 and y[-1] == pytest.approx(0.946, abs=0.005)  # per epoch, not a line
    label = panel.curves.reference_label
    assert "0.946" in label and "other settings" in label


def test_fashion_mnist_names_in_full_and_the_tab_follows_the_dataset(qtbot, tmp_path, data_dir):
    p = make(qtbot, tmp_path, data_dir, load="fashion-mnist")
    try:
        assert p.title() == "Training"
        draw = p.tabs.tabText(3)
        assert "digit" not in draw.lower()
        ticks = [t for _v, t in p.prob_bars.plot.getAxis("left")._tickLevels[0]]
        assert "T-shirt/top" in ticks and "Ankle boot" in ticks
        rows = [t for _v, t in p.confusion_view.plot.getAxis("left")._tickLevels[0]]
        assert any(t.startswith("T-shirt/top") for t in rows)
        assert "digit" not in p.prediction_label.text().lower()
    finally:
        p.shutdown()
    from dlfs_studio.app.main_window import PANEL_SPECS
    assert dict((k, t) for k, t, _m, _c in PANEL_SPECS)["training"] == "Training"


def test_settings_column_fits_1280x720_and_presentation_leaves_no_empty_column(panel, qtbot):
    QApplication.processEvents()
    combo = panel.preset_combo
    widest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
    assert combo.width() >= widest + 20  # the preset's whole name is shown
    assert panel.form.width() <= panel.controls_scroll.viewport().width()
    panel.set_presentation_mode(True)
    QApplication.processEvents()
    left = panel.tabs.mapTo(panel, QPoint(0, 0)).x()
    assert left < 40 and panel.start_button.isVisible() and not panel.network_group.isVisible()
    panel.set_presentation_mode(False)
    QApplication.processEvents()
    assert panel.network_group.isVisible() and panel.tabs.mapTo(panel, QPoint(0, 0)).x() > 200


def test_non_finite_parameters_cannot_be_saved(panel, qtbot):
    """Carried from h10's panel-side fix (issue 10): weights of 1e308 are refused before training (core's
    RunConfig), and parameters that are not finite are never offered for saving."""
    panel.set_values({"init": "1e308", "activation": "relu"})
    assert not panel.start()
    assert "init" in panel.last_error and "1e+308" in panel.last_error and "\n" not in panel.last_error
    assert panel.controller.runs == [] and not panel.save_button.isEnabled()
    run_to_end(panel, qtbot, iterations=20, init="0.01")
    assert panel.save_button.isEnabled()
    state = {k: v.copy() for k, v in panel.controller.current.latest_state().items()}
    state["W1"][0, 0] = np.inf
    panel.controller.current.core_run = None  # a record holding its own (here: broken) parameters
    panel.controller.current.add_checkpoint(20, state)
    panel._update_buttons()
    assert not panel.save_button.isEnabled() and "cannot be saved" in panel.save_button.toolTip()


def test_a_finite_restored_copy_can_be_saved(panel, qtbot, tmp_path):
    panel.set_values({"lr": "1e6", "activation": "relu"})
    assert panel.start()
    qtbot.waitUntil(lambda: panel.state == "diverged" and panel.controller.runner is None, timeout=20000)
    assert all(np.all(np.isfinite(v)) for v in panel.view_network().state_arrays().values())
    assert panel.save_button.isEnabled()
    assert panel.save_model(tmp_path / "m.npz") is not None
