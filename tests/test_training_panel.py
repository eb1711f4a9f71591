"""The MNIST training panel, on small slices of the real MNIST (DLFS_DATA), offscreen.

Every wait is qtbot.waitUntil with a timeout (no fixed sleeps). Qt warnings (e.g. "QThread:
Destroyed while thread is still running") are collected and must be absent.
"""
from __future__ import annotations

import gzip
import shutil
import time

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QEvent, QPointF, QSettings, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from dlfs_studio.app.panels.training_panel import TrainingPanel

pytestmark = pytest.mark.data

#: A small run: 2,000 training and 500 test images, batches of 50 (an epoch = 40 mini-batches).
SMALL = {"train_subset": 2000, "test_subset": 500, "batch_size": 50, "iterations": 200}


@pytest.fixture
def qt_warnings():
    messages: list[str] = []

    def handler(mode, context, message):
        if mode in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg) \
                and "propagateSizeHints" not in message:
            messages.append(message)

    previous = qInstallMessageHandler(handler)
    yield messages
    qInstallMessageHandler(previous)


def make_panel(qtbot, tmp_path, data_dir, load=True) -> TrainingPanel:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    panel = TrainingPanel(data_dir=data_dir, settings=settings, autoload=False)
    qtbot.addWidget(panel)
    panel.resize(1280, 720)
    panel.show()
    if load:
        panel.load_dataset("mnist")
        qtbot.waitUntil(lambda: panel.dataset is not None, timeout=20000)
    panel.set_values(SMALL)
    return panel


@pytest.fixture
def panel(qtbot, tmp_path, data_dir, qt_warnings):
    p = make_panel(qtbot, tmp_path, data_dir)
    yield p
    p.shutdown()
    assert p.controller.runner is None


def iteration(panel) -> int:
    return panel.controller.progress.iteration if panel.controller.progress is not None else -1


def test_dataset_loaded_with_sample_strip(panel):
    assert panel.state == "idle"
    assert panel.dataset.x_train.shape == (60000, 784)
    assert panel.samples_view.mosaic is not None and panel.samples_view.mosaic.shape[1] > 200
    assert panel.samples_labels.text().endswith("5, 0, 4, 1, 9, 2, 1, 3, 1, 4")
    assert panel.start_button.isEnabled() and not panel.stop_button.isEnabled()


def test_start_pause_step_resume_change_lr_stop(panel, qtbot, qt_warnings):
    panel.set_values({"iterations": 1_000_000, "lr": "0.1"})
    assert panel.start()
    qtbot.waitUntil(lambda: iteration(panel) > 20, timeout=20000)
    assert panel.state == "running" and not panel.start_button.isEnabled()

    panel.pause()
    qtbot.waitUntil(lambda: panel.state == "paused", timeout=5000)
    i0 = iteration(panel)
    assert panel.pause_button.text() == panel.tr("Resume")
    panel.step()
    panel.step()        # a second click before the first step is reported is not lost
    qtbot.waitUntil(lambda: iteration(panel) == i0 + 2 and panel.state == "paused", timeout=5000)
    panel.step()
    qtbot.waitUntil(lambda: iteration(panel) == i0 + 3 and panel.state == "paused", timeout=5000)
    i0 += 1
    assert panel.controller.current.iterations.view()[-1] == i0 + 2  # every stepped loss is on the curve

    panel.set_lr(0.05)
    panel.resume()
    qtbot.waitUntil(lambda: panel.controller.progress.lr == pytest.approx(0.05) and iteration(panel) > i0 + 10,
                    timeout=10000)
    assert "0.05" in panel.last_message or panel.state == "running"

    t0 = time.perf_counter()
    panel.stop()
    qtbot.waitUntil(lambda: panel.state == "stopped" and panel.controller.runner is None, timeout=2000)
    assert time.perf_counter() - t0 < 1.5
    x = panel.controller.current.iterations.view()
    assert len(x) == iteration(panel) and np.all(np.diff(x) == 1)  # no loss lost or duplicated
    assert panel.start_button.isEnabled()
    assert not qt_warnings


def test_full_small_run_fills_every_view(panel, qtbot):
    assert panel.start()
    qtbot.waitUntil(lambda: panel.state == "finished", timeout=600_000)
    assert iteration(panel) == 200
    assert len(panel.controller.current.losses.view()) == 200
    # book mode: evaluation after the first mini-batch and every epoch (40 mini-batches)
    assert [e.iteration for e in panel.controller.current.evals] == [1, 41, 81, 121, 161]
    assert "test accuracy" in panel.last_message
    panel.tabs.setCurrentIndex(2)  # views of hidden tabs are drawn when opened
    m = panel.confusion_view.matrix
    assert m.shape == (10, 10) and m.sum() == 500
    # computed in the worker for the final network (and after each epoch while this tab is visible)
    acc = panel.view_network().accuracy(panel.dataset.x_test[:500], panel.dataset.t_test[:500])
    assert np.trace(m) / 500 == pytest.approx(acc)
    assert len(panel.gallery_view.caption_texts) == min(24, 500 - np.trace(m))
    assert "→" in panel.gallery_view.caption_texts[0]
    panel.tabs.setCurrentIndex(1)
    assert panel.weights_view.mosaic is not None
    assert panel.activation_view.summary and "saturated" in panel.activation_view.summary[0]
    # the export targets give the data behind the plots
    targets = {t.name: t for t in panel.export_targets()}
    loss = targets[panel.tr("Loss curve")].csv_table()
    assert loss.header == ["iteration", "loss"] and len(loss.rows) == 200
    acc = targets[panel.tr("Accuracy per epoch")].csv_table()
    assert len(acc.rows) == 5
    conf = targets[panel.tr("Confusion matrix")].csv_table()
    assert len(conf.rows) == 10


def test_curves_export_as_png_svg_csv(panel, qtbot, tmp_path):
    from dlfs_studio.app.export import export_image, write_csv

    panel.set_values({"iterations": 50})
    panel.start()
    qtbot.waitUntil(lambda: panel.state == "finished", timeout=20000)
    target = {t.name: t for t in panel.export_targets()}[panel.tr("Loss curve")]
    for suffix in ("png", "svg"):
        out = export_image(target.plot, tmp_path / f"loss.{suffix}")
        assert out.stat().st_size > 1000
    csv_path = write_csv(target.csv_table(), tmp_path / "loss.csv")
    lines = csv_path.read_text().splitlines()
    assert lines[0] == "iteration,loss" and len(lines) == 51


def test_same_seed_replays_exactly(panel, qtbot):
    panel.set_values({"iterations": 60, "seed": 7})
    panel.start()
    qtbot.waitUntil(lambda: panel.state == "finished", timeout=20000)
    first = panel.controller.current.losses.view().copy()
    panel.reset()
    assert panel.controller.current is None and panel.state == "idle"
    panel.start()
    qtbot.waitUntil(lambda: panel.state == "finished", timeout=20000)
    np.testing.assert_array_equal(panel.controller.current.losses.view(), first)
    # the first run is kept next to its replay (Reset and Start discard nothing)
    first_run, second = panel.controller.runs
    np.testing.assert_array_equal(first_run.losses.view(), second.losses.view())


def test_close_while_running_ends_thread_without_warnings(qtbot, tmp_path, data_dir, qt_warnings):
    panel = make_panel(qtbot, tmp_path, data_dir)
    panel.set_values({"iterations": 1_000_000})
    panel.start()
    qtbot.waitUntil(lambda: iteration(panel) > 5, timeout=20000)
    thread = panel.controller.runner.qthread
    t0 = time.perf_counter()
    panel.close()  # closeEvent -> shutdown
    assert time.perf_counter() - t0 < 1.0
    assert thread.isFinished()
    assert panel.controller.runner is None
    panel.deleteLater()
    qtbot.waitUntil(lambda: True, timeout=100)
    QApplication.processEvents()
    assert not qt_warnings


def test_switching_dataset_mid_run_stops_the_run(panel, qtbot, qt_warnings):
    panel.set_values({"iterations": 1_000_000})
    panel.start()
    qtbot.waitUntil(lambda: iteration(panel) > 5, timeout=20000)
    t0 = time.perf_counter()
    panel.load_dataset("fashion-mnist")
    assert time.perf_counter() - t0 < 1.5
    assert panel.controller.runner is None
    qtbot.waitUntil(lambda: panel.dataset is not None, timeout=20000)
    assert panel.dataset.name == "fashion-mnist" and panel.state == "idle"
    assert "T-shirt" in panel.samples_labels.text() or "Ankle" in panel.samples_labels.text()
    assert not qt_warnings


def test_corrupted_dataset_file_gives_a_clear_message(qtbot, tmp_path, data_dir):
    panel = make_panel(qtbot, tmp_path, data_dir, load=False)
    folder = tmp_path / "broken"
    folder.mkdir()
    for f in (data_dir / "mnist").iterdir():
        shutil.copy(f, folder / f.name)
    (folder / "train-labels-idx1-ubyte.gz").write_bytes(gzip.compress(b"\x00\x00\x08\x01garbage"))
    failures: list[str] = []
    panel.datasetFailed.connect(failures.append)
    panel.load_dataset(folder)
    qtbot.waitUntil(lambda: bool(failures), timeout=20000)
    assert panel.dataset is None and panel.state == "empty"
    assert "train-labels-idx1-ubyte" in panel.last_error
    assert panel.message_label.isVisible()
    assert not panel.start_button.isEnabled()
    panel.shutdown()


def test_missing_dataset_offers_download_or_folder(qtbot, tmp_path, monkeypatch):
    import dlfs_studio.core.data as core_data

    monkeypatch.delenv("DLFS_DATA", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(core_data, "SYSTEM_DIRS", ())
    empty = tmp_path / "nodata"
    empty.mkdir()
    panel = make_panel(qtbot, tmp_path, empty, load=False)
    panel.load_dataset("mnist")
    qtbot.waitUntil(lambda: panel.dialogs.dialog is not None and panel.dialogs.dialog.isVisible(), timeout=20000)
    text = panel.dialogs.dialog.message.text()
    assert "train-images-idx3-ubyte.gz" in text and str(empty) in text
    assert panel.dialogs.dialog.download_button.isEnabled()
    panel.shutdown()
    assert panel.dialogs.dialog is None


def test_nan_run_stops_cleanly_with_an_explanation(panel, qtbot):
    panel.set_values({"activation": "relu", "lr": "1e6", "iterations": 500})
    panel.start()
    qtbot.waitUntil(lambda: panel.state == "diverged", timeout=20000)
    assert "learning rate" in panel.last_error
    if panel.controller.runner is not None:
        qtbot.waitUntil(lambda: panel.controller.runner is None, timeout=2000)
    net = panel.view_network()
    assert all(np.all(np.isfinite(v)) for v in net.params.values())  # last good parameters kept
    assert panel.start_button.isEnabled()  # the GUI is alive and ready for another run


def test_invalid_values_are_refused_inline(panel):
    panel.set_values({"lr": "fast"})
    assert not panel.start_button.isEnabled()
    assert panel.form_error.isVisible() and panel.tr("Learning rate") in panel.form_error.text()
    assert not panel.start()
    panel.set_values({"lr": "-1"})
    assert "greater than 0" in panel.form_error.text()
    panel.set_values({"lr": "0.1", "hidden": "50, 0"})
    assert panel.tr("Hidden sizes") in panel.form_error.text()
    panel.set_values({"hidden": "50"})
    assert panel.start_button.isEnabled() and not panel.form_error.isVisible()
    for widget in (panel.start_button, panel.lr_edit, panel.hidden_edit, panel.pad, panel.tabs,
                   panel.optimizer_combo, panel.seed_spin, panel.gc_run_button):
        assert widget.toolTip()


def _drag(pad, points):
    """Press, move with the left button held (QTest.mouseMove carries no buttons), release."""
    def send(kind, p, button, buttons):
        ev = QMouseEvent(kind, QPointF(*p), pad.mapToGlobal(QPointF(*p)), button, buttons,
                         Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(pad, ev)

    send(QEvent.Type.MouseButtonPress, points[0], Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton)
    for p in points[1:]:
        send(QEvent.Type.MouseMove, p, Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton)
    send(QEvent.Type.MouseButtonRelease, points[-1], Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton)


def test_draw_a_digit_and_read_probabilities(panel, qtbot):
    panel.start()
    qtbot.waitUntil(lambda: panel.state == "finished", timeout=600_000)
    panel.tabs.setCurrentIndex(3)
    seen: list = []
    panel.predictionChanged.connect(seen.append)
    pad = panel.pad
    s = min(pad.width(), pad.height())
    ox, oy = (pad.width() - s) / 2, (pad.height() - s) / 2
    line = [(ox + 0.5 * s, oy + s * (0.15 + 0.7 * k / 20)) for k in range(21)]  # a vertical stroke: "1"
    _drag(pad, line)
    qtbot.waitUntil(lambda: bool(seen) and seen[-1] is not None, timeout=2000)
    p = seen[-1]
    assert p.shape == (10,) and p.sum() == pytest.approx(1.0, abs=1e-6) and np.all(p >= 0)
    np.testing.assert_allclose(panel.prob_bars.probabilities, p)
    img = panel.preview_view.mosaic
    assert img.shape == (28, 28)
    rows = np.flatnonzero(img.any(axis=1))
    assert rows[-1] - rows[0] + 1 == 20  # scaled to fit the 20x20 box, like MNIST
    assert "%" in panel.prediction_label.text()
    panel.pad.clear()
    assert seen[-1] is None


def test_save_and_reload_gives_the_same_predictions(panel, qtbot, tmp_path, data_dir):
    panel.set_values({"activation": "relu"})
    panel.start()
    qtbot.waitUntil(lambda: panel.state == "finished", timeout=600_000)
    x = panel.dataset.x_test[:200]
    before = panel.view_network().predict(x)
    path = panel.save_model(tmp_path / "model.npz")
    assert path is not None and path.exists()

    other = make_panel(qtbot, tmp_path, data_dir, load=False)
    net = other.load_model(path)
    assert net is not None
    np.testing.assert_array_equal(other.view_network().predict(x), before)
    assert other.values()["activation"] == "relu"
    assert other.load_model(tmp_path / "missing.npz") is None
    assert "Could not load" in other.last_error
    other.shutdown()


def test_gradient_check_agrees_and_can_be_cancelled(panel, qtbot):
    results: list = []
    panel.gradcheckFinished.connect(results.append)
    panel.gc_sample_spin.setValue(5)
    assert panel.run_gradient_check()
    qtbot.waitUntil(lambda: bool(results) and panel.gradcheck.runner is None, timeout=20000)
    r = results[0]
    assert r.max_abs_diff < 1e-6 and r.checked == 5 * 3 + 5
    assert panel.gc_table.rowCount() == 4 and "agree" in panel.gc_summary.text()
    # the full numerical gradient takes about a minute: cancel it
    panel.gc_all_check.setChecked(True)
    assert panel.run_gradient_check()
    qtbot.waitUntil(lambda: panel.gc_progress.value() > 0, timeout=10000)
    t0 = time.perf_counter()
    panel.cancel_gradient_check()
    assert time.perf_counter() - t0 < 1.0
    qtbot.waitUntil(lambda: panel.gradcheck.runner is None, timeout=2000)
    assert len(results) == 1


def test_presentation_mode_hides_secondary_controls(panel):
    panel.set_presentation_mode(True)
    assert not panel.network_group.isVisible() and not panel.dataset_group.isVisible()
    assert panel.start_button.isVisible() and panel.loss_plot.isVisible()
    panel.set_presentation_mode(False)
    assert panel.network_group.isVisible()
    assert panel.title()


def test_closing_the_main_window_mid_run_stops_everything(qtbot, tmp_path, data_dir, qt_warnings, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from dlfs_studio.app.main_window import MainWindow

    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Discard))

    settings = QSettings(str(tmp_path / "main.ini"), QSettings.Format.IniFormat)
    made: list[TrainingPanel] = []

    def factory():
        p = TrainingPanel(data_dir=data_dir, settings=settings, autoload=True)
        made.append(p)
        return p

    window = MainWindow(settings=settings, panel_factories={"training": factory})
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    window.show_panel("training")
    qtbot.waitUntil(lambda: bool(made) and made[0].dataset is not None, timeout=20000)
    panel = made[0]
    assert window.current_panel() is panel
    panel.set_values(SMALL | {"iterations": 1_000_000})
    panel.start()
    qtbot.waitUntil(lambda: iteration(panel) > 5, timeout=20000)
    thread = panel.controller.runner.qthread
    t0 = time.perf_counter()
    window.close()
    assert time.perf_counter() - t0 < 1.5
    assert len(asked) == 1 and "is going on" in asked[0]  # Discard chosen: the run ends with the window
    assert thread.isFinished()
    assert not qt_warnings


def test_every_control_has_a_tooltip(panel):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QSpinBox

    missing = [w for cls in (QAbstractButton, QComboBox, QLineEdit, QSpinBox) for w in panel.findChildren(cls)
               if not w.toolTip() and w.isVisibleTo(panel) and not isinstance(w.parent(), QComboBox)
               and type(w).__name__ not in ("QTabBar", "QScrollBar")]
    missing = [w for w in missing if w.objectName() != "qt_spinbox_lineedit" and not isinstance(w.parent(), QSpinBox)]
    assert not missing, [f"{type(w).__name__} {getattr(w, 'text', lambda: '')()}" for w in missing]


def test_optimizer_switch_while_training(panel, qtbot):
    panel.set_values({"iterations": 1_000_000})
    panel.start()
    qtbot.waitUntil(lambda: iteration(panel) > 5, timeout=20000)
    panel.set_values({"lr": "0.001"})
    panel.set_optimizer("adam")
    qtbot.waitUntil(lambda: panel.controller.progress.optimizer == "adam", timeout=10000)
    assert "adam" in panel.last_message
    panel.stop()
    qtbot.waitUntil(lambda: panel.controller.runner is None, timeout=2000)


@pytest.mark.parametrize("preset, extra", [
    ("ch6", {"hidden": "30, 20", "batchnorm": True, "dropout": "0.2", "weight_decay": "0.01", "epochs": 1}),
    ("cnn", {"train_subset": 300, "test_subset": 100, "epochs": 1}),
])
def test_chapter6_and_cnn_presets_train_and_draw(panel, qtbot, preset, extra):
    from dlfs_studio.app.panels.training.presets import PRESET_BY_KEY

    panel.apply_preset(PRESET_BY_KEY[preset])
    panel.set_values({"train_subset": 1000, "test_subset": 200, "batch_size": 50} | extra)
    assert panel.start_button.isEnabled(), panel.form_error.text()
    panel.tabs.setCurrentIndex(1)
    assert panel.start()
    qtbot.waitUntil(lambda: panel.state == "finished", timeout=600_000)
    assert panel.controller.current.evals and np.isfinite(panel.controller.current.evals[-1].test_acc)
    mosaic = panel.weights_view.mosaic
    assert mosaic is not None
    if preset == "cnn":
        assert "filters" in panel.weights_title.text().lower() and "30 of 5×5" in panel.weights_title.text()
    else:
        assert len(panel.activation_view.summary) == 2 and "dead" in panel.activation_view.summary[0]
    seen: list = []
    panel.predictionChanged.connect(seen.append)
    panel.tabs.setCurrentIndex(3)
    panel.pad.draw_stroke([(140.0, 40.0), (140.0, 240.0)])
    qtbot.waitUntil(lambda: bool(seen) and seen[-1] is not None, timeout=2000)
    assert seen[-1].sum() == pytest.approx(1.0, abs=1e-5)


def test_download_dialog_shows_progress_and_cancels(qtbot, tmp_path, monkeypatch):
    import threading

    import dlfs_studio.core.download as core_download
    from dlfs_studio.app.panels.training.dataset_dialog import DatasetDialog
    from dlfs_studio.core.download import DownloadCancelled, DownloadProgress

    started = threading.Event()

    def fake_download(name, dest, progress=None, **kw):
        done = 0
        while True:  # a very slow mirror: only a cancel ends it
            time.sleep(0.002)  # waiting for the network, as a real download does (it releases the GIL)
            done += 65536
            started.set()
            if progress(DownloadProgress("train-images-idx3-ubyte.gz", done, 9_912_422, 2.5e6,
                                         "https://example.invalid/")) is False:
                raise DownloadCancelled("cancelled")

    monkeypatch.setattr(core_download, "download_dataset", fake_download)
    dialog = DatasetDialog("mnist", "The mnist dataset was not found.", tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start_download()
    qtbot.waitUntil(lambda: "MB" in dialog.status.text(), timeout=5000)
    assert "2.5 MB/s" in dialog.status.text() and "9.9 MB" in dialog.status.text()
    assert dialog.progress.isVisible() and not dialog.download_button.isEnabled()
    t0 = time.perf_counter()
    dialog.cancel()
    assert time.perf_counter() - t0 < 1.0
    qtbot.waitUntil(lambda: dialog._runner is None, timeout=2000)
    assert "cancelled" in dialog.status.text().lower()
    assert dialog.download_button.isEnabled()

    # a finished download hands its folder over
    monkeypatch.setattr(core_download, "download_dataset", lambda name, dest, progress=None, **kw: dest)
    chosen: list = []
    dialog.folderChosen.connect(chosen.append)
    dialog.start_download()
    qtbot.waitUntil(lambda: bool(chosen), timeout=5000)
    assert chosen[0] == dialog.target


def test_step_from_idle_runs_exactly_one_mini_batch(panel, qtbot):
    panel.step()
    qtbot.waitUntil(lambda: panel.state == "paused" and iteration(panel) == 1, timeout=10000)
    panel.step()
    qtbot.waitUntil(lambda: iteration(panel) == 2 and panel.state == "paused", timeout=5000)
    assert list(panel.controller.current.iterations.view()) == [1, 2]
    assert panel.step_button.isEnabled() and not panel.start_button.isEnabled()
    panel.stop()
    qtbot.waitUntil(lambda: panel.state == "stopped" and panel.controller.runner is None, timeout=2000)
    assert iteration(panel) == 2


def test_optimizer_settings_are_typed_and_checked(panel, qtbot):
    panel.set_values({"optimizer": "momentum"})
    assert panel.optimizer_params_edit.text() == "" and "momentum=0.9" in panel.optimizer_params_edit.placeholderText()
    panel.set_values({"optimizer_params": "momentum=0.5"})
    assert panel.start_button.isEnabled()
    panel.set_values({"optimizer_params": "beta1=0.9"})
    assert not panel.start_button.isEnabled() and "beta1" in panel.form_error.text()
    panel.set_values({"optimizer_params": "momentum=1.5"})
    assert not panel.start_button.isEnabled()
    panel.set_values({"optimizer_params": "import os"})
    assert "name=value" in panel.form_error.text()
    panel.set_values({"optimizer_params": "momentum=0.5", "iterations": 30})
    panel.start()
    qtbot.waitUntil(lambda: panel.state == "finished", timeout=20000)
    assert panel.controller.progress.optimizer == "momentum"


def test_download_dialog_fetches_and_verifies_from_a_local_mirror(qtbot, tmp_path, monkeypatch, mirror_server,
                                                                  data_dir):
    """The dialog's download runs core.download for real against a mirror on 127.0.0.1 (first mirror 404s)."""
    import dlfs_studio.core.download as core_download
    from dlfs_studio.app.panels.training.dataset_dialog import DatasetDialog
    from dlfs_studio.core.data import FILE_NAMES, load_dataset

    base, _requests = mirror_server
    monkeypatch.setitem(core_download.MIRRORS, "mnist", (f"{base}/missing/mnist/", f"{base}/ok/mnist/"))
    target = tmp_path / "downloaded" / "mnist"
    dialog = DatasetDialog("mnist", "The mnist dataset was not found.", target)
    qtbot.addWidget(dialog)
    chosen: list = []
    dialog.folderChosen.connect(chosen.append)
    dialog.show()
    dialog.start_download()
    qtbot.waitUntil(lambda: bool(chosen), timeout=60000)
    folder = chosen[0]
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{name}.gz" for name in FILE_NAMES)
    got, reference = load_dataset(folder), load_dataset("mnist", data_dir)
    np.testing.assert_array_equal(got.t_train, reference.t_train)
    np.testing.assert_array_equal(got.x_test, reference.x_test)
