"""The Backpropagation panel: stepping forward and backward through each preset and a typed formula, the
controller with fake views, the network graph, the gradient check, exports, lecturer keys, presentation mode."""
from __future__ import annotations

import numpy as np
import pytest

from dlfs_studio.app.panels.backprop.controller import GraphController
from dlfs_studio.core import compgraph as cg


class FakeView:
    def __init__(self) -> None:
        self.calls: list[tuple] = []

    def __getattr__(self, name):
        def record(*args):
            self.calls.append((name, *args))
        return record

    def last(self, name):
        return next(c for c in reversed(self.calls) if c[0] == name)


@pytest.fixture
def fakes(qtbot):
    views = [FakeView() for _ in range(4)]
    return GraphController(*views), views


def test_controller_steps_the_apples_and_oranges_graph_exactly(fakes):
    c, (graph, _ledger, _inputs, check) = fakes
    c.load_preset("apple_orange")
    assert graph.last("set_graph")[1].output_name == "price"
    assert c.position == 0 and c.total_steps() == 9
    states = []
    while c.step():
        states.append(graph.last("show_state")[2])
    assert c.at_end() and c.step() == 0
    end = states[-1]
    names = {n.name: n.index for n in c.graph.nodes}
    assert end.grads[names["apple_num"]] == 110.00000000000001
    assert end.grads[names["orange"]] == 3.3000000000000003
    assert end.values[names["price"]] == 715.0000000000001
    checks = check.last("show_checks")[1]
    assert all(x.agrees for x in checks)
    for _ in range(9):
        c.back()
    assert c.position == 0
    assert check.last("show_checks")[1] is None
    assert graph.last("show_state")[2].values[names["price"]] is None


def test_controller_value_edit_recomputes_at_the_same_step_and_forgets_the_preset(fakes):
    c, (_graph, _ledger, inputs, _check) = fakes
    c.load_preset("apple")
    c.step(3)
    c.set_value("tax", 1.0)
    assert c.position == 3 and c.preset is None
    assert c.bp.value == 200.0
    note = inputs.last("show_note")
    assert note[1] is None


def test_controller_typed_formula_errors_keep_the_last_graph(fakes):
    c, (graph, _ledger, inputs, _check) = fakes
    c.set_formula("t = x + y\nz = t**2")
    assert c.graph.output_name == "z" and c.values == {"x": 1.0, "y": 1.0}
    n_graphs = len([k for k in graph.calls if k[0] == "set_graph"])
    c.set_formula("t = x + ")
    assert c.error and "cannot be read" in inputs.last("show_error")[1]
    assert c.step() == 0
    c.set_formula("t = x + y\nz = t**2")   # the same graph again: not rebuilt
    assert c.error is None and inputs.last("show_error")[1] is None
    assert len([k for k in graph.calls if k[0] == "set_graph"]) == n_graphs
    c.set_value("x", 3.0)
    c.step(5)
    assert c.bp.gradient == {"x": 8.0, "y": 8.0}


def test_controller_refuses_to_draw_a_huge_graph(fakes):
    c, (graph, _ledger, inputs, _check) = fakes
    c.load_preset("apple")
    big = "\n".join(f"t{k} = " + " + ".join(f"x{i}*y" for i in range(k * 10, k * 10 + 10)) for k in range(8))
    big += "\n" + " + ".join(f"t{k}" for k in range(8))
    c.set_formula(big)
    assert "at most 150" in inputs.last("show_error")[1]
    assert c.graph.output_name == "price" and len([k for k in graph.calls if k[0] == "set_graph"]) == 1


# ----------------------------------------------------------------------------- the real panel
@pytest.fixture
def panel(qtbot):
    from dlfs_studio.app.panels.backprop.panel import BackpropPanel

    p = BackpropPanel()
    qtbot.addWidget(p)
    p.resize(1280, 720)
    p.show()
    qtbot.waitExposed(p)
    yield p
    p.shutdown()


def _edge_text(tab, consumer_name: str, slot: int) -> tuple[str, str]:
    g = tab.controller.graph
    consumer = next(n.index for n in g.nodes if n.name == consumer_name)
    k = tab.graph.edge_keys.index((consumer, slot))
    return tab.graph.edge_forward[k].textItem.toPlainText(), tab.graph.edge_backward[k].textItem.toPlainText()


@pytest.mark.parametrize("key", [p.key for p in cg.PRESETS])
def test_step_forward_and_backward_through_each_preset(panel, qtbot, key):
    tab = panel.graph_tab
    combo = tab.inputs.preset_combo
    combo.setCurrentIndex(combo.findData(key))
    combo.activated.emit(combo.currentIndex())
    c = tab.controller
    assert c.preset is not None and c.preset.key == key and c.position == 0
    n = c.total_steps()
    for i in range(n):
        tab.playback.step_button.click()
        assert c.position == i + 1
        assert tab.ledger.item(i, 2).text() != "…"
        if i + 1 < n:
            assert tab.ledger.item(i + 1, 2).text() == "…"
    assert c.at_end() and "✓" in tab.check.text()
    for _ in range(n):
        tab.playback.back_button.click()
    assert c.position == 0


def test_apples_and_oranges_mid_backward_shows_upstream_times_local(panel):
    tab = panel.graph_tab
    c = tab.controller
    c.load_preset("apple_orange")
    c.go_to(8)                                  # the orange node's backward step
    fwd, back = _edge_text(tab, "orange_price", 1)
    assert fwd == "3.0" and back == "1.1 × 150.0\n= 165.0"
    fwd, back = _edge_text(tab, "orange_price", 0)
    assert back == "1.1 × 3.0\n= 3.3000000000000003"
    assert _edge_text(tab, "price", 0) == ("650.0", "1.1")
    assert _edge_text(tab, "apple_price", 1) == ("2.0", "")   # apple's turn has not come
    node = next(n.index for n in c.graph.nodes if n.name == "orange_price")
    assert tab.graph.local_texts[node].textItem.toPlainText() == "local: 3.0, 150.0"   # the other input each
    assert all(t.textItem.toPlainText() == "" for i, t in tab.graph.local_texts.items() if i != node)
    assert "int(715.0000000000001) = 715" in tab.inputs.note.text()
    assert "int(110.00000000000001) = 110" in tab.inputs.note.text()
    c.go_to(9)
    assert _edge_text(tab, "apple_price", 1)[1] == "1.1 × 100.0\n= 110.00000000000001"
    tab.inputs.fields["tax"].setText("1.08")
    tab.inputs.fields["tax"].editingFinished.emit()
    assert tab.inputs.preset_combo.currentData() == "" and "int(" not in tab.inputs.note.text()
    assert c.position == 9 and _edge_text(tab, "price", 1) == ("1.08", "650.0")


def test_typed_formula_and_edited_values(panel, qtbot):
    tab = panel.graph_tab
    tab.inputs.formula.setPlainText("t = x + y\nz = t**2")
    qtbot.waitUntil(lambda: tab.controller.graph is not None and tab.controller.graph.output_name == "z")
    assert tab.inputs.preset_combo.currentData() == ""
    assert set(tab.inputs.fields) == {"x", "y"}
    field = tab.inputs.fields["x"]
    field.setText("2.5")
    field.editingFinished.emit()
    c = tab.controller
    assert c.values["x"] == 2.5
    c.go_to(c.total_steps())
    assert c.bp.gradient == {"x": 7.0, "y": 7.0}
    assert "✓" in tab.check.text()
    field.setText("abc")
    field.editingFinished.emit()
    assert tab.inputs.error.isVisible() and c.values["x"] == 2.5
    tab.inputs.formula.setPlainText("z = (x + ")
    tab.inputs.apply_formula()
    assert tab.inputs.error.isVisible() and "cannot be read" in tab.inputs.error.text()
    assert c.error is not None and c.graph is not None and c.graph.output_name == "z"   # the last graph stays


def test_relu_kink_is_explained_in_the_check(panel):
    tab = panel.graph_tab
    tab.inputs.formula.setPlainText("relu(x) * 2")
    tab.inputs.apply_formula()
    tab.controller.set_value("x", 0.0)
    tab.controller.go_to(tab.controller.total_steps())
    assert "kink" in tab.check.text()


def test_lecturer_keys(panel):
    c = panel.graph_tab.controller
    c.load_preset("apple")
    assert panel.lecturer_key("step_forward") and c.position == 1
    assert panel.lecturer_key("step_forward") and c.position == 2
    assert panel.lecturer_key("step_back") and c.position == 1
    assert panel.lecturer_key("reset") and c.position == 0
    assert panel.lecturer_key("play_pause") and panel.graph_tab.playback.is_playing()
    assert panel.lecturer_key("play_pause") and not panel.graph_tab.playback.is_playing()
    assert not panel.lecturer_key("something else")


def test_play_runs_to_the_end(panel, qtbot):
    tab = panel.graph_tab
    tab.controller.load_preset("apple")
    tab.playback.speed_field.set_value(50.0)
    tab.playback.play()
    qtbot.waitUntil(lambda: tab.controller.at_end(), timeout=10000)
    qtbot.waitUntil(lambda: not tab.playback.is_playing(), timeout=5000)


def test_network_tab_tiny_forward_then_backward(panel):
    panel.show_tab("network")
    n = panel.network_tab
    assert n.source() == "tiny" and n.trace is not None
    assert [t.textItem.toPlainText() for t in n.shape_texts] == ["2 × 2", "2 × 3", "2 × 3", "2 × 2", "scalar"]
    assert n.total_steps() == 9
    n.step(4)
    assert "loss L = " in n.status.text() and "…" not in n.status.text()
    assert n.grad_texts[3].textItem.toPlainText() == ""
    n.step(2)                                     # seed, then SoftmaxWithLoss backward
    assert n.grad_texts[3].textItem.toPlainText() == "∂L: 2 × 2"
    heights = n.dscore_bars.opts["height"]
    np.testing.assert_allclose(heights, (n.trace.y[0] - n.trace.t_onehot[0]) / 2)
    np.testing.assert_allclose(n.dedy_bars.opts["height"], -n.trace.t_onehot[0] / (n.trace.y[0] + 1e-7) / 2)
    n.step(10)
    assert n.at_end() and "∂L/∂W1" in n.numbers.toPlainText()
    n.back()
    n.reset()
    assert n.position == 0 and np.all(n.dscore_bars.opts["height"] == 0)
    n.activation_combo.setCurrentIndex(1)
    n.activation_combo.activated.emit(1)
    assert n.trace.activation == "sigmoid" and n.boxes[2].textItem.toPlainText() == "Sigmoid1"


@pytest.mark.data
def test_network_tab_on_an_mnist_batch(panel, data_dir, monkeypatch):
    monkeypatch.setenv("DLFS_DATA", str(data_dir))
    panel.show_tab("network")
    n = panel.network_tab
    n._refresh_sources()
    n.source_combo.setCurrentIndex(n.source_combo.findData("mnist"))
    n.rebuild()
    assert [t.textItem.toPlainText() for t in n.shape_texts] == ["3 × 784", "3 × 50", "3 × 50", "3 × 10", "scalar"]
    assert n.image.isVisible() and n.image.image.shape == (28, 28)


def test_gradcheck_tab_h_slider_and_kinks(panel):
    panel.show_tab("gradcheck")
    g = panel.gradcheck_tab
    assert g.sweep is not None and g.h() == pytest.approx(1e-4)
    assert float(g.table.item(0, 2).text()) < 1e-8
    g.h_slider.setValue(g.h_slider.maximum())     # h = 0.1: the tiny ReLU net steps over kinks
    assert g.h() == pytest.approx(0.1)
    assert g.at_h is not None and g.at_h.hs[0] == pytest.approx(0.1)
    g.h_slider.setValue(0)                         # h = 1e-10: rounding error
    assert "rounding" in g.explain.text()
    rows = g.sweep_csv().rows
    assert len(rows) == 19


def test_exports(panel, tmp_path):
    from dlfs_studio.app.export import export_image, normalise_targets, write_csv

    panel.graph_tab.controller.go_to(5)
    panel.show_tab("network")
    panel.show_tab("gradcheck")
    targets = normalise_targets(panel.export_targets())
    names = [t.name for t in targets]
    assert names[0] == "Gradient check: error against h" and "Computational graph" in names
    for i, t in enumerate(targets):
        if t.has_image:
            out = export_image(t.plot, tmp_path / f"plot{i}.png")
            assert out.stat().st_size > 1000
        out = write_csv(t.csv_table(), tmp_path / f"data{i}.csv")
        assert out.read_text().count("\n") >= 1


def test_presentation_mode_at_1280x720(panel):
    panel.set_presentation_mode(True)
    panel.show_tab("network")
    panel.show_tab("gradcheck")
    panel.set_presentation_mode(True)
    tab = panel.graph_tab
    assert tab.graph.node_texts[0].textItem.font().pointSizeF() > 14
    assert not tab.playback.speed_field.isVisible()
    assert tab.inputs.formula.isHidden() and not tab.inputs.fields["apple"].isHidden()
    panel.set_presentation_mode(False)
    assert not tab.inputs.formula.isHidden()
    assert tab.graph.node_texts[0].textItem.font().pointSizeF() < 14


def test_panel_sits_between_gradient_descent_and_training(window_1280):
    from dlfs_studio.app.main_window import PANEL_SPECS, PANEL_TOOLTIPS

    keys = [s[0] for s in PANEL_SPECS]
    assert keys.index("backprop") == keys.index("descent") + 1 and keys.index("training") == keys.index("backprop") + 1
    assert PANEL_TOOLTIPS["backprop"]
    window_1280.show_panel("backprop")
    panel = window_1280.current_panel()
    assert panel.title() == "Backpropagation"
    assert window_1280.panel_tabs.tabToolTip(keys.index("backprop"))


def test_shortcut_list_names_every_panel(window_1280):
    from dlfs_studio.app.main_window import PANEL_SPECS

    text = window_1280.shortcuts_text()
    keys = [spec[0] for spec in PANEL_SPECS]
    assert f"Ctrl+{keys.index('backprop') + 1}\tBackpropagation" in text
    assert f"Ctrl+{keys.index('training') + 1}\tTraining" in text
    assert f"Ctrl+{len(PANEL_SPECS)}" in window_1280.panel_tabs.toolTip()


@pytest.mark.parametrize("lang, tab, phase", [("ja", "計算グラフ", "順伝播"), ("ko", "계산 그래프", "순전파"),
                                              ("zh_CN", "计算图", "正向传播")])
def test_panel_is_translated_in_the_books_terms(lang, tab, phase, qtbot):
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from dlfs_studio.app import main as app_main
    from dlfs_studio.app.panels.backprop.panel import BackpropPanel

    app = QApplication.instance()
    installed = app_main.install_translations(app, QLocale(lang))
    try:
        p = BackpropPanel()
        qtbot.addWidget(p)
        assert p.tabs.tabText(0) == tab
        g = p.graph_tab
        g.controller.step(1)
        assert g.ledger.item(0, 0).text() == phase
        assert "int(" in g.inputs.note.text() and "price" in g.inputs.note.text()
        p.shutdown()
    finally:
        for t in installed:
            app.removeTranslator(t)


def test_graph_items_are_created_once_and_updated(panel):
    tab = panel.graph_tab
    tab.controller.load_preset("apple_orange")
    items = list(tab.graph.getPlotItem().items)
    texts = list(tab.graph.edge_forward)
    for _ in range(9):
        tab.controller.step()
    tab.controller.set_value("tax", 1.08)                     # a new value: same graph, same items
    tab.controller.back()
    assert list(tab.graph.getPlotItem().items) == items and tab.graph.edge_forward == texts
    assert _edge_text(tab, "price", 1)[0] == "1.08"


def test_lecturer_keys_drive_the_network_tab(panel):
    panel.show_tab("network")
    n = panel.network_tab
    assert panel.lecturer_key("step_forward") and n.position == 1
    assert panel.lecturer_key("step_back") and n.position == 0


@pytest.mark.data
def test_network_tab_traces_the_training_panels_network(panel, data_dir, monkeypatch):
    from dlfs_studio.app.model_hub import CurrentModel, model_hub
    from dlfs_studio.core.nets import TwoLayerNet

    monkeypatch.setenv("DLFS_DATA", str(data_dir))
    panel.show_tab("network")
    n = panel.network_tab
    net = TwoLayerNet(784, 20, 10, activation="sigmoid", rng=np.random.default_rng(5))
    model_hub().set_current(CurrentModel(net, "mnist", "test run"))
    try:
        i = n.source_combo.findData("trained")
        assert n.source_combo.model().item(i).isEnabled()
        n.source_combo.setCurrentIndex(i)
        n.rebuild()
        assert n.trace.activation == "sigmoid" and n.shape_texts[1].textItem.toPlainText() == "3 × 20"
    finally:
        model_hub().set_current(None)


def test_tiny_network_inputs_are_editable(panel):
    from dlfs_studio.app.panels.backprop.arrays import array_field_text, parse_array

    assert parse_array("1, 0.5; -1, 0.2").tolist() == [[1.0, 0.5], [-1.0, 0.2]]
    assert parse_array(array_field_text([[0.1, 0.3], [2.0, -1e-3]])).tolist() == [[0.1, 0.3], [2.0, -1e-3]]
    for bad in ("", "1, a", "1, 2; 3"):
        with pytest.raises(ValueError):
            parse_array(bad)
    panel.show_tab("network")
    n = panel.network_tab
    assert not n.tiny_box.isHidden()
    n.tiny_fields["x"].setText("2.0, 0.0; 0.0, 2.0; 1.0, 1.0")
    n.tiny_fields["t"].setText("1, 0, 1")
    n.tiny_fields["t"].editingFinished.emit()
    assert n.trace.batch_size == 3 and n.shape_texts[0].textItem.toPlainText() == "3 × 2"
    np.testing.assert_allclose(n.trace.dscore, (n.trace.y - n.trace.t_onehot) / 3)
    n.tiny_fields["W1"].setText("1, 2; 3")
    n.tiny_fields["W1"].editingFinished.emit()
    assert not n.error.isHidden() and "W1" in n.error.text()
    assert n.trace is not None and n.trace.batch_size == 3          # the last good network stays
    n.tiny_fields["W1"].setText("1, 2, 3, 4; 5, 6, 7, 8")
    n.tiny_fields["W1"].editingFinished.emit()
    assert "shape" in n.error.text()
