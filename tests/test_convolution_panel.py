"""The "Convolution" panel (chapter 7): im2col's controls and pictures, and inside a SimpleConvNet (from the model
hub, a model file, or trained now), exports and presentation mode."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

pytest.importorskip("pytestqt")

from test_forward_panel import tiny_dataset

from dlfs_studio.app.export import export_image, write_csv
from dlfs_studio.app.model_hub import CurrentModel, model_hub
from dlfs_studio.app.panels import model_source
from dlfs_studio.app.panels.convolution.panel import ConvolutionPanel
from dlfs_studio.core.conv import SimpleConvNet, im2col
from dlfs_studio.core.nets import TwoLayerNet
from dlfs_studio.core.serialize import save_network


@pytest.fixture(autouse=True)
def fake_data():
    holder = model_source.dataset_holder()
    saved = holder.dataset
    holder.dataset = tiny_dataset(200, 40)
    model_hub().set_current(None)
    yield holder.dataset
    holder.dataset = saved
    model_hub().set_current(None)


@pytest.fixture
def panel(qtbot):
    p = ConvolutionPanel()
    qtbot.addWidget(p)
    p.resize(1280, 690)
    p.show()
    qtbot.waitExposed(p)
    yield p
    p.shutdown()


def small_conv(filters: int = 6) -> SimpleConvNet:
    return SimpleConvNet(conv_param={"filter_num": filters}, hidden_size=10, rng=np.random.default_rng(0))


def test_im2col_view_shows_the_books_shapes(panel, qtbot) -> None:
    v = panel.im2col
    assert v.layout_.col_shape == (9, 75) and "<b>9 × 75</b>" in v.shapes.text()
    qtbot.mouseClick(v.batch_button, Qt.MouseButton.LeftButton)
    assert v.layout_.col_shape == (90, 75) and "<b>90 × 75</b>" in v.shapes.text()
    assert v.conv.col.shape == (90, 75) and v.row_spin.maximum() == 89
    qtbot.mouseClick(v.book_button, Qt.MouseButton.LeftButton)
    assert v.layout_.input_shape == (1, 3, 7, 7)


def test_each_control_changes_the_layout(panel, qtbot) -> None:
    v = panel.im2col
    expected = {"n": 2, "c": 1, "h": 6, "w": 5, "fh": 3, "fw": 2, "stride": 2, "pad": 1, "fn": 3}
    for key, value in expected.items():
        v.spins[key].setValue(value)
    lay = v.layout_
    assert (lay.n, lay.c, lay.h, lay.w, lay.fh, lay.fw, lay.stride, lay.pad) == (2, 1, 6, 5, 3, 2, 2, 1)
    assert (lay.out_h, lay.out_w) == (3, 3) and v.conv.col_W.shape == (6, 3)
    np.testing.assert_array_equal(v.conv.col, im2col(v.images, 3, 2, 2, 1))
    assert v.counts.shape == (2, 1, 6, 5)
    v.spins["pad"].setValue(0)
    lay = v.layout_
    v.spins["fh"].setValue(7)  # 7 > 6: does not fit; the last good layout stays and the reason is shown
    assert "does not fit" in v.error.text() and v.layout_ is lay
    v.spins["fh"].setValue(3)
    assert not v.error.isVisibleTo(v) and v.layout_.fh == 3


def test_choosing_a_window_highlights_its_row(panel, qtbot) -> None:
    v = panel.im2col
    v.row_spin.setValue(4)  # window (1, 1) of the 3x3 output
    xs, ys = v.row_box.getData()
    assert (min(ys), max(ys)) == (4, 5) and max(xs) == 75
    _, pys = v.product_box.getData()
    assert (min(pys), max(pys)) == (4, 5)  # the same row of the product: output position (1, 1)
    np.testing.assert_allclose(v.conv.product[4], v.conv.out[0, :, 1, 1])
    wx, wy = v.window_box.getData()
    assert np.nanmin(wy) == 1 and np.nanmax(wy) == 6 and np.nanmin(wx) == 1
    assert "window (1, 1) → row 4" in v.input_plot.titleLabel.text
    # clicking a row of the column matrix selects it
    vb = v.col_plot.getViewBox()
    scene = vb.mapViewToScene(pg_point(30, 7.5))
    pos = v.graphics.mapFromScene(scene)
    qtbot.mouseClick(v.graphics.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert v.row == 7


def pg_point(x: float, y: float):
    from PySide6.QtCore import QPointF

    return QPointF(x, y)


def test_col2im_heat_map_counts(panel) -> None:
    v = panel.im2col
    v.set_layout(1, 1, 7, 7, 5, 5)
    counts = v.counts[0, 0]
    assert counts[3, 3] == 9 and counts[0, 0] == 1
    assert [t.textItem.toPlainText() for t in v.count_texts][:4] == ["1", "2", "3", "3"]
    assert v.counts_table().rows[24] == [3, 3, 9]


def test_cnn_view_from_hub_file_and_refusal(panel, qtbot, tmp_path) -> None:
    panel.show_tab("cnn")
    v = panel.cnn
    qtbot.waitUntil(lambda: v.digits.image is not None)
    model_hub().set_current(CurrentModel(TwoLayerNet(784, 5, 10), "mnist", "run 1"))
    assert v.source.net is None and "SimpleConvNet" in v.source_bar.status_label.text()
    net = small_conv()
    model_hub().set_current(CurrentModel(net, "mnist", "conv run"))
    assert v.source.net is net
    assert v.stages["Conv1"].shape == (6, 24, 24) and v.stages["Pool1"].shape == (6, 12, 12)
    assert v.images["filters"].image.shape == (6 * 6 - 1, 5)  # 6 tiles of 5x5 in one row (transposed)
    assert v.filter_spin.maximum() == 5
    v.filter_spin.setValue(3)
    xs, _ = v.boxes["maps"].getData()
    assert min(xs) == pytest.approx(3 * 25 - 0.5)
    np.testing.assert_array_equal(v.detail_images["filters"].image, net.params["W1"][3, 0].T)  # enlarged
    np.testing.assert_array_equal(v.detail_images["maps"].image, v.stages["Relu1"].value[3].T)
    assert "Prediction:" in v.prediction.text()
    path = save_network(tmp_path / "c.npz", small_conv(4))
    v.source_bar._file_dialog = lambda: str(path)
    qtbot.mouseClick(v.source_bar.load_button, Qt.MouseButton.LeftButton)
    assert v.stages["Conv1"].shape == (4, 24, 24)
    v.digits.set_mode("draw")
    v.digits.pad.draw_stroke([(60, 140), (220, 140)])
    assert v.digits.label is None and v.stages["x"].value.max() > 0.5


def test_cnn_train_one_now(panel, qtbot) -> None:
    panel.show_tab("cnn")
    v = panel.cnn
    v.source.recipe = lambda: model_source.TrainRecipe("tiny conv", lambda: small_conv(3),
                                                        {"iterations": 3, "batch_size": 20})
    qtbot.mouseClick(v.source_bar.train_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: v.source.net is not None, timeout=30000)
    assert "tiny conv trained just now (3 iterations" in v.source_bar.status_label.text()
    assert v.stages["Conv1"].shape == (3, 24, 24)


def test_exports_and_presentation(panel, qtbot, tmp_path) -> None:
    panel.show_tab("cnn")
    v = panel.cnn
    qtbot.waitUntil(lambda: v.digits.image is not None)
    targets = panel.export_targets()
    assert targets[0].name == "Inside a SimpleConvNet" and targets[0].check()
    v.source.set_network(small_conv(), "test")
    for i, target in enumerate(panel.export_targets()):
        assert target.check() is None
        assert export_image(target.plot, tmp_path / f"{i}.png").stat().st_size > 0
        assert write_csv(target.csv_table(), tmp_path / f"{i}.csv").stat().st_size > 0
    font = v.prediction.font().pointSizeF()
    panel.set_presentation_mode(True)
    assert v.prediction.font().pointSizeF() > font
    for key in panel.KEYS:
        panel.show_tab(key)
        QApplication.processEvents()
        assert panel.minimumSizeHint().width() <= 1280 and panel.minimumSizeHint().height() <= 690
    panel.set_presentation_mode(False)
