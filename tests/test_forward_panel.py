"""The "Forward pass" panel (chapter 3): every control driven, the book's numbers on screen, the trained network's
forward pass from the model hub, a model file and "Train one now", exports and presentation mode."""
from __future__ import annotations

import re

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication

pytest.importorskip("pytestqt")

from dlfs_studio.app.export import export_image, write_csv
from dlfs_studio.app.model_hub import CurrentModel, model_hub
from dlfs_studio.app.panels import model_source
from dlfs_studio.app.panels.forward.panel import ForwardPanel
from dlfs_studio.core.data import Dataset
from dlfs_studio.core.nets import TwoLayerNet
from dlfs_studio.core.serialize import save_network


def tiny_dataset(n_train: int = 300, n_test: int = 60) -> Dataset:
    """Random 'digits' whose label is the brightest of ten pixel blocks: learnable in a few iterations."""
    rng = np.random.default_rng(0)

    def make(n: int) -> tuple[np.ndarray, np.ndarray]:
        t = rng.integers(0, 10, n)
        x = rng.random((n, 784)).astype(np.float32) * 0.2
        for i, k in enumerate(t):
            x[i, k * 78:(k + 1) * 78] += 0.8
        return np.clip(x, 0, 1), t.astype(np.int64)

    x_train, t_train = make(n_train)
    x_test, t_test = make(n_test)
    return Dataset("tiny", x_train, t_train, x_test, t_test, tuple(str(k) for k in range(10)), None)  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def fake_data():
    """Every view reads a tiny in-memory dataset (no file, no worker) and starts with an empty model hub."""
    holder = model_source.dataset_holder()
    saved = holder.dataset
    holder.dataset = tiny_dataset()
    model_hub().set_current(None)
    yield holder.dataset
    holder.dataset = saved
    model_hub().set_current(None)


@pytest.fixture
def panel(qtbot):
    p = ForwardPanel()
    qtbot.addWidget(p)
    p.resize(1280, 690)
    p.show()
    qtbot.waitExposed(p)
    yield p
    p.shutdown()


# ----------------------------------------------------------------------------- activation functions
def test_activation_values_follow_typed_and_dragged_x(panel, qtbot) -> None:
    v = panel.activations
    v.x_spin.setValue(0.0)
    assert v.values()["sigmoid"] == (0.5, 0.25)
    v.x_line.setValue(2.0)  # dragging the line moves x
    assert v.x_value() == pytest.approx(2.0)
    assert v.values()["relu"] == (2.0, 1.0)
    assert "0.880797" in v.readout.text()  # sigmoid(2)
    v.checks["softmax"].setChecked(True)
    v.checks["step"].setChecked(False)
    assert "softmax" in v.values() and "step" not in v.values()
    assert not v.curves["step"][0].isVisible()
    v.derivatives.setChecked(False)
    assert not v.curves["sigmoid"][1].isVisible() and v.curves["sigmoid"][0].isVisible()
    table = v.table()
    assert table.header[:3] == ["x", "step", "step'"] and len(table.rows) == 1201


def test_dragging_the_x_line_with_the_mouse(panel, qtbot) -> None:
    v = panel.activations
    vb = v.plot.getPlotItem().getViewBox()
    start = v.plot.mapFromScene(vb.mapViewToScene(QPointF(1.0, 0.5)))
    end = v.plot.mapFromScene(vb.mapViewToScene(QPointF(-2.0, 0.5)))
    vp = v.plot.viewport()
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=start)
    for k in range(1, 11):
        qtbot.mouseMove(vp, start + (end - start) * k / 10)
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=end)
    assert v.x_value() == pytest.approx(-2.0, abs=0.1)
    assert v.x_spin.value() == pytest.approx(v.x_value())


# ----------------------------------------------------------------------------- the three-layer network
def test_three_layer_network_shows_the_books_output_and_takes_edits(panel, qtbot) -> None:
    panel.show_tab("network")
    v = panel.network
    assert "[0.31682708 0.69627909]" in v.output_label.text().split("(")[0]
    assert any(t.textItem.toPlainText() == "a1_1 = 0.3\nz1_1 = 0.57444252" for t in v.node_texts)
    v.set_value("W1", 0, 0, 1.0)
    assert v.trace.a1[0] == pytest.approx(1.2)
    assert "[0.31682708 0.69627909]" not in v.output_label.text().split("(")[0]
    v.tables["x"].item(0, 1).setText("not a number")
    assert "not a finite number" in v.error.text()
    assert v.inputs[1] == 0.5 and v.tables["x"].item(0, 1).text() == "0.5"
    v.output.setCurrentIndex(1)  # softmax output
    assert v.trace.y.sum() == pytest.approx(1.0)
    v.activation.setCurrentIndex(1)  # ReLU
    assert v.trace.activation == "relu"
    qtbot.mouseClick(v.reset_button, Qt.MouseButton.LeftButton)
    assert v.output_label.text().startswith("y = [0.31682708 0.69627909]")
    rows = v.table().rows
    assert ["y", 0, v.trace.y[0]] in rows


# ----------------------------------------------------------------------------- softmax
def test_softmax_view_naive_nan_and_stable_values(panel, qtbot) -> None:
    panel.show_tab("softmax")
    v = panel.softmax
    assert np.all(np.isnan(v.result.naive))
    plain = re.sub(r"<[^>]+>", "", v.naive_steps.text())
    assert "y = [nan nan nan]" in plain  # as print(y) shows it in the book
    assert "y = [9.99954600e-01 4.53978686e-05 2.06106005e-09]" in v.stable_steps.text()
    assert "exp(log C)" in v.identity.text()
    v.preset.activated.emit(2)  # (0.3, 2.9, 4.0)
    assert "y = [0.01821127 0.24519181 0.73659691]" in v.stable_steps.text()
    assert "sum = 1" in v.stable_steps.text()
    assert v.result.naive_ok and "nan" not in v.naive_steps.text()


def test_softmax_logits_typed_and_dragged(panel, qtbot) -> None:
    panel.show_tab("softmax")
    v = panel.softmax
    v.field.edit.setText("1, 2, 3, 4")
    v.field.commit()
    assert len(v.handles) == 4 and v.result.logits.tolist() == [1, 2, 3, 4]
    v.handles[0].setPos(0, 800.0)  # dragging a handle
    assert v.result.logits[0] == 800.0
    assert np.isnan(v.result.naive[0]) and v.result.naive[1:].tolist() == [0, 0, 0]  # inf / inf and 7.4 / inf
    assert v.field.edit.text().startswith("800.0")
    v.field.edit.setText("5")
    v.field.commit()
    assert "2 to 10" in v.field.error_text()
    assert v.result.logits.size == 4


# ----------------------------------------------------------------------------- a trained network
def _trained(panel, qtbot):
    panel.show_tab("trained")
    v = panel.trained
    qtbot.waitUntil(lambda: v.digits.image is not None)
    return v


def test_trained_view_takes_the_hubs_network_and_traces_every_layer(panel, qtbot) -> None:
    v = _trained(panel, qtbot)
    assert v.source.net is None and "No network" in v.source_bar.status_label.text()
    net = TwoLayerNet(784, 20, 10, rng=np.random.default_rng(0))
    model_hub().set_current(CurrentModel(net, "mnist", "run 1, iteration 5"))
    assert v.source.net is net and "run 1, iteration 5" in v.source_bar.status_label.text()
    assert [(s.symbol, s.shape) for s in v.stages] == [("x", (784,)), ("a1", (20,)), ("z1", (20,)), ("a2", (10,)),
                                                       ("y", (10,))]
    assert "Prediction:" in v.prediction.text() and "(label" in v.prediction.text()
    v.digits.index.setValue(7)
    np.testing.assert_array_equal(v.stages[0].value, fake_x(7))
    # a drawn digit
    v.digits.set_mode("draw")
    v.digits.pad.draw_stroke([(140, 40), (140, 240)])
    assert v.digits.label is None and v.stages[0].value.reshape(28, 28)[:, 14].max() > 0.5
    assert "label" not in v.prediction.text()


def fake_x(i: int) -> np.ndarray:
    return model_source.dataset_holder().dataset.x_test[i]


def test_trained_view_loads_a_model_file_and_refuses_a_bad_one(panel, qtbot, tmp_path) -> None:
    v = _trained(panel, qtbot)
    path = save_network(tmp_path / "m.npz", TwoLayerNet(784, 7, 10, rng=np.random.default_rng(1)))
    v.source_bar._file_dialog = lambda: str(path)
    qtbot.mouseClick(v.source_bar.load_button, Qt.MouseButton.LeftButton)
    assert v.stages[1].shape == (7,) and "m.npz" in v.source_bar.status_label.text()
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not a zip")
    v.source_bar._file_dialog = lambda: str(bad)
    qtbot.mouseClick(v.source_bar.load_button, Qt.MouseButton.LeftButton)
    assert "not a model file" in v.source_bar.status_label.text()
    assert v.stages[1].shape == (7,)  # the previous network stays


def test_train_one_now_with_progress_then_measure_batches(panel, qtbot) -> None:
    v = _trained(panel, qtbot)
    v.source.recipe = lambda: model_source.two_layer_recipe(iterations=30)
    qtbot.mouseClick(v.source_bar.train_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: v.source.net is not None, timeout=20000)
    assert "trained just now (30 iterations" in v.source_bar.status_label.text()
    assert not v.source_bar.bar.isVisible() and v.source_bar.train_button.text().startswith("Train one now")
    qtbot.mouseClick(v.measure_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: v.timing is not None, timeout=20000)
    assert v.timing.in_shape == (60, 784) and v.timing.out_shape == (60, 10)  # the tiny test set has 60 images
    assert "measured speed-up" in v.batch_label.text()


def test_train_one_now_can_be_cancelled(panel, qtbot) -> None:
    v = _trained(panel, qtbot)
    v.source.recipe = lambda: model_source.two_layer_recipe(iterations=10_000_000)
    qtbot.mouseClick(v.source_bar.train_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: v.source_bar.bar.isVisible())
    assert v.source_bar.train_button.text() == "Cancel"
    qtbot.mouseClick(v.source_bar.train_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not v.source.is_training(), timeout=10000)
    qtbot.waitUntil(lambda: "not kept" in v.source_bar.status_label.text())
    assert v.source.net is None


def test_without_data_the_view_says_what_to_do(qtbot, fake_data) -> None:
    holder = model_source.dataset_holder()
    from dlfs_studio.app.panels.forward.trained_view import accepts
    from dlfs_studio.app.panels.model_source import NetworkSourceBar

    bar = NetworkSourceBar(model_source.NetworkSource(accepts, model_source.two_layer_recipe), "Train")
    qtbot.addWidget(bar)
    holder.failed.emit("mnist: not found in /nowhere", True)
    assert "dlfs data --fetch mnist" in bar.status_label.text() and "DLFS_DATA" in bar.status_label.text()
    assert bar.folder_button.isVisibleTo(bar)


# ----------------------------------------------------------------------------- protocol
def test_exports_of_every_tab(panel, qtbot, tmp_path) -> None:
    for key in panel.KEYS:
        panel.show_tab(key)
    v = panel.trained
    qtbot.waitUntil(lambda: v.digits.image is not None)
    names = [t.name for t in panel.export_targets()]
    assert len(names) == 7 and names[0] == "Forward pass layer by layer"
    assert "press" in (panel.export_targets()[1].check() or "")  # nothing measured yet: said, not written
    v.source.set_network(TwoLayerNet(784, 5, 10, rng=np.random.default_rng(0)), "test")
    for i, target in enumerate(panel.export_targets()):
        if target.check():
            continue
        assert export_image(target.plot, tmp_path / f"{i}.png").stat().st_size > 0
        assert write_csv(target.csv_table(), tmp_path / f"{i}.csv").stat().st_size > 0


def test_presentation_mode_enlarges_and_fits_1280x720(panel, qtbot) -> None:
    for key in panel.KEYS:
        panel.show_tab(key)
    size = panel.network.output_label.font().pointSizeF()
    panel.set_presentation_mode(True)
    assert panel.network.output_label.font().pointSizeF() > size
    for key in panel.KEYS:
        panel.show_tab(key)
        QApplication.processEvents()
        assert panel.minimumSizeHint().width() <= 1280 and panel.minimumSizeHint().height() <= 690
    panel.set_presentation_mode(False)
    assert panel.network.output_label.font().pointSizeF() == size


def test_trained_view_traces_a_conv_net_too(panel, qtbot) -> None:
    from dlfs_studio.core.conv import SimpleConvNet

    v = _trained(panel, qtbot)
    net = SimpleConvNet(conv_param={"filter_num": 4}, hidden_size=8, rng=np.random.default_rng(0))
    model_hub().set_current(CurrentModel(net, "mnist", "conv"))
    assert [s.symbol for s in v.stages] == ["x", "Conv1", "Relu1", "Pool1", "a1", "z1", "a2", "y"]
    images = [item for item in v._items if hasattr(item, "image")]
    assert [img.image.shape for img in images] == [(28, 28), (49, 49), (49, 49), (25, 25)]  # 2x2 mosaics


def test_missing_dataset_is_reported_with_what_to_do(panel, qtbot, tmp_path, monkeypatch) -> None:
    holder = model_source.dataset_holder()
    holder.dataset = None
    monkeypatch.setenv("DLFS_DATA", str(tmp_path))  # an empty folder: no MNIST anywhere searched
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    panel.show_tab("trained")
    v = panel.trained
    qtbot.waitUntil(lambda: bool(holder.error), timeout=10000)
    assert "dlfs data --fetch mnist" in v.source_bar.status_label.text()
    assert v.source_bar.folder_button.isVisible()
    assert "draw a digit" in v.digits.caption.text()
    v.digits.set_mode("draw")  # drawing still works without any data
    v.source.set_network(TwoLayerNet(784, 5, 10, rng=np.random.default_rng(0)), "test")
    v.digits.pad.draw_stroke([(140, 40), (140, 240)])
    assert v.stages and v.stages[0].value.max() > 0.5
    holder.error = ""
