"""The "Network as a graph" tab: TwoLayerNet's layers (Affine, ReLU or Sigmoid, Affine, SoftmaxWithLoss) as a
computational graph on one mini-batch, stepped forward layer by layer and then backward.

Array shapes on every edge; the chosen sample's forward activations and backward gradients as small bar
charts (the input as an image for MNIST); SoftmaxWithLoss' gradient (y - t)/N next to the loss panel's dE/dy.
The numbers come from :func:`core.netgraph.trace_two_layer`; the tab only draws them.
"""
from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dlfs_studio.app import style
from dlfs_studio.app.export import CsvTable
from dlfs_studio.app.panels.backprop.arrays import (
    array_field_text,
    array_text,
    mnist_available,
    mnist_batch,
    parse_array,
)
from dlfs_studio.app.panels.backprop.graph_tab import mono_font
from dlfs_studio.app.panels.backprop.graph_view import set_text
from dlfs_studio.app.panels.descent.playback import Playback
from dlfs_studio.core.netgraph import NetTrace, tiny_example, trace_two_layer
from dlfs_studio.core.nets import TwoLayerNet

BACKWARD_COLOR = "#d64545"
def _tr(text: str) -> str:
    return QCoreApplication.translate("BackpropNetwork", text)


class NetworkTab(QWidget):
    """Source and options, the layer graph, per-edge plots of one sample, the loss gradients, the numbers."""

    EDGE_NAMES = ("x", "a1", "z1", "a2")   # the input and the outputs of Affine1, the activation, Affine2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presentation = False
        self.trace: NetTrace | None = None
        self.position = 0
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        row = QHBoxLayout()
        self.source_combo = QComboBox(self)
        self.source_combo.addItem(_tr("Tiny 2-3-2 network (the book's weights, 2 samples)"), "tiny")
        self.source_combo.addItem(_tr("MNIST mini-batch, 784-50-10 (untrained)"), "mnist")
        self.source_combo.addItem(_tr("The training panel's network on MNIST"), "trained")
        self.source_combo.setToolTip(_tr("Which network and which mini-batch to trace"))
        row.addWidget(self.source_combo, 2)
        self.activation_combo = QComboBox(self)
        self.activation_combo.addItem("ReLU", "relu")
        self.activation_combo.addItem(_tr("Sigmoid"), "sigmoid")
        self.activation_combo.setToolTip(_tr("Activation function between the two Affine layers"))
        row.addWidget(self.activation_combo)
        self.batch_label = QLabel(_tr("Batch size"), self)
        row.addWidget(self.batch_label)
        self.batch_spin = QSpinBox(self)
        self.batch_spin.setRange(1, 100)
        self.batch_spin.setValue(3)
        self.batch_spin.setToolTip(_tr("Images in the mini-batch (the book's gradient check uses 3)"))
        row.addWidget(self.batch_spin)
        row.addWidget(QLabel(_tr("Sample"), self))
        self.sample_spin = QSpinBox(self)
        self.sample_spin.setToolTip(_tr("The sample whose activations and gradients are drawn"))
        row.addWidget(self.sample_spin)
        outer.addLayout(row)
        self.tiny_box = QWidget(self)
        tiny_row = QHBoxLayout(self.tiny_box)
        tiny_row.setContentsMargins(0, 0, 0, 0)
        self.tiny_fields: dict[str, QLineEdit] = {}
        from dlfs_studio.core.netgraph import TINY

        for key in ("x", "t", "W1", "b1", "W2", "b2"):
            tiny_row.addWidget(QLabel(key, self.tiny_box))
            text = ", ".join(str(v) for v in TINY[key]) if key == "t" else array_field_text(TINY[key])
            f = QLineEdit(text, self.tiny_box)
            f.setToolTip(_tr("The tiny network's %1: rows separated by ';', numbers by ','").replace("%1", key))
            f.editingFinished.connect(self.rebuild)
            tiny_row.addWidget(f, 3 if key in ("x", "W1", "W2") else 2)
            self.tiny_fields[key] = f
        outer.addWidget(self.tiny_box)
        self.error = style.error_label(self)
        outer.addWidget(self.error)
        self.playback = Playback(self.step, self.back, self.reset, self.at_end, self.reset, speed=1.0, parent=self)
        self.playback.step_button.setToolTip(_tr("One step: the next layer forward, then backward (Right arrow)."))
        self.playback.back_button.setToolTip(_tr("One step back (Left arrow)."))
        self.playback.reset_button.setToolTip(_tr("Back to the start: only the input is known (Home)."))
        outer.addWidget(self.playback)
        self.status = QLabel(self)
        self.status.setFont(style.heading_font(False, "body"))
        outer.addWidget(self.status)

        self.vsplit = QSplitter(Qt.Orientation.Vertical, self)
        self.graph_plot = pg.PlotWidget(self.vsplit)
        self._build_graph_plot()
        middle = self.middle = QSplitter(Qt.Orientation.Horizontal, self.vsplit)
        self.arrays = pg.GraphicsLayoutWidget(middle)
        self._build_arrays()
        self.loss_plot = pg.GraphicsLayoutWidget(middle)
        self._build_loss_plot()
        middle.setSizes([760, 480])
        bottom = QWidget(self.vsplit)
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        self.explain = QLabel(_tr("SoftmaxWithLoss sends back (y − t)/N, the gradient with respect to the scores "
                                  "a. The loss panel's ∂E/∂y = −t/(y + δ) is the gradient with respect to the "
                                  "softmax output y; passing it back through the softmax node gives (y − t)/N "
                                  "(section 5.6.3)."), bottom)
        self.explain.setWordWrap(True)
        bl.addWidget(self.explain)
        self.numbers = QPlainTextEdit(bottom)
        self.numbers.setReadOnly(True)
        self.numbers.setFont(mono_font())
        self.numbers.setToolTip(_tr("The arrays of the current step (every number of the tiny network)"))
        bl.addWidget(self.numbers)
        self.vsplit.setSizes([110, 390, 130])
        outer.addWidget(self.vsplit, 1)

        self.source_combo.activated.connect(lambda _i: self.rebuild())
        self.activation_combo.activated.connect(lambda _i: self.rebuild())
        self.batch_spin.valueChanged.connect(lambda _v: self.rebuild())
        self.sample_spin.valueChanged.connect(lambda _v: self._show())
        self._hub_connected = False
        self._refresh_sources()
        self.rebuild()

    # ------------------------------------------------------------------ building the plots (once)
    def _build_graph_plot(self) -> None:
        p = self.graph_plot
        style.apply_plot_style(p, False, grid=False)
        p.hideAxis("left")
        p.hideAxis("bottom")
        p.setMenuEnabled(False)
        p.setMouseEnabled(False, False)
        p.getPlotItem().hideButtons()
        names = ["x", "Affine1", "ReLU1", "Affine2", "SoftmaxWithLoss", "L"]
        xs = np.arange(len(names)) * 2.0
        self.box_x = xs
        curve = pg.PlotCurveItem(np.repeat(xs, 2)[1:-1], np.zeros(2 * len(xs) - 2), connect="pairs",
                                 pen=style.pen(style.muted_color(), 1.6))
        p.addItem(curve)
        fg = style.theme()["foreground"]
        self.boxes: list[pg.TextItem] = []
        for x, name in zip(xs, names, strict=True):
            t = pg.TextItem(name, color=fg, anchor=(0.5, 0.5), border=style.pen(fg, 1.2),
                            fill=style.brush(style.theme()["background"]))
            t.setPos(x, 0)
            p.addItem(t)
            self.boxes.append(t)
        self.shape_texts: list[pg.TextItem] = []
        self.grad_texts: list[pg.TextItem] = []
        for x in xs[:-1] + 1.0:
            s = pg.TextItem("", color=fg, anchor=(0.5, 1.2))
            s.setPos(x, 0)
            g = pg.TextItem("", color=BACKWARD_COLOR, anchor=(0.5, -0.2))
            g.setPos(x, 0)
            p.addItem(s)
            p.addItem(g)
            self.shape_texts.append(s)
            self.grad_texts.append(g)
        self.param_texts: list[pg.TextItem] = []
        for x in (xs[1], xs[3], xs[4]):
            t = pg.TextItem("", color=style.muted_color(), anchor=(0.5, -0.6))
            t.setPos(x, 0)
            p.addItem(t)
            self.param_texts.append(t)
        p.setXRange(-0.8, xs[-1] + 0.8, padding=0)
        p.setYRange(-1.5, 1.0, padding=0)

    def _build_arrays(self) -> None:
        lay = self.arrays
        style.apply_layout_style(lay, False)
        self.fwd_plots, self.fwd_bars, self.bwd_plots, self.bwd_bars = [], [], [], []
        for e, name in enumerate(self.EDGE_NAMES):
            pf = lay.addPlot(row=0, col=e, title=name)
            bars = pg.BarGraphItem(x=[0], height=[0], width=0.8, brush=style.ACCENT, pen=pg.mkPen(None))
            pf.addItem(bars)
            self.fwd_plots.append(pf)
            self.fwd_bars.append(bars)
            pb = lay.addPlot(row=1, col=e, title=f"∂L/∂{name}")
            gb = pg.BarGraphItem(x=[0], height=[0], width=0.8, brush=BACKWARD_COLOR, pen=pg.mkPen(None))
            pb.addItem(gb)
            self.bwd_plots.append(pb)
            self.bwd_bars.append(gb)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.fwd_plots[0].addItem(self.image)
        self.fwd_plots[0].invertY(True)
        for pl in self.fwd_plots + self.bwd_plots:
            style.apply_plot_style(pl, False, grid=False, title_role="body")

    def _build_loss_plot(self) -> None:
        lay = self.loss_plot
        style.apply_layout_style(lay, False)
        self.y_plot = lay.addPlot(row=0, col=0, title=_tr("softmax y and label t"))
        self.y_bars = pg.BarGraphItem(x=[0], height=[0], width=0.8, brush=style.ACCENT, pen=pg.mkPen(None))
        self.t_bars = pg.BarGraphItem(x=[0], height=[0], width=0.8, brush=pg.mkBrush(None),
                                      pen=style.pen(style.theme()["foreground"], 1.5))
        self.y_plot.addItem(self.y_bars)
        self.y_plot.addItem(self.t_bars)
        self.dscore_plot = lay.addPlot(row=1, col=0, title=_tr("(y − t)/N: SoftmaxWithLoss backward"))
        self.dscore_bars = pg.BarGraphItem(x=[0], height=[0], width=0.8, brush=BACKWARD_COLOR, pen=pg.mkPen(None))
        self.dscore_plot.addItem(self.dscore_bars)
        self.dedy_plot = lay.addPlot(row=2, col=0, title=_tr("∂E/∂y = −t/(y + δ)/N (the loss panel's dE/dy)"))
        self.dedy_bars = pg.BarGraphItem(x=[0], height=[0], width=0.8, brush=style.ACCENT_2, pen=pg.mkPen(None))
        self.dedy_plot.addItem(self.dedy_bars)
        for pl in (self.y_plot, self.dscore_plot, self.dedy_plot):
            style.apply_plot_style(pl, False, grid=False, title_role="body")

    # ------------------------------------------------------------------ data
    def _refresh_sources(self) -> None:
        model = self.source_combo.model()
        has_mnist = mnist_available()
        for key, ok, why in (("mnist", has_mnist, _tr("MNIST was not found: set DLFS_DATA or run "
                                                      "“dlfs data --fetch mnist”.")),
                             ("trained", has_mnist and self._trained_net() is not None,
                              _tr("Train a TwoLayerNet on MNIST in the training panel first."))):
            i = self.source_combo.findData(key)
            item = model.item(i)  # type: ignore[attr-defined]
            item.setEnabled(ok)
            item.setToolTip("" if ok else why)

    def _trained_net(self) -> TwoLayerNet | None:
        from dlfs_studio.app.model_hub import model_hub

        hub = model_hub()
        if not self._hub_connected:
            hub.changed.connect(self._on_hub_changed)
            self._hub_connected = True
        cur = hub.current()
        net = getattr(cur, "net", None)
        if isinstance(net, TwoLayerNet) and net.sizes[0] == 784 and getattr(cur, "dataset", "") == "mnist":
            return net
        return None

    def _on_hub_changed(self) -> None:
        self._refresh_sources()
        if self.source_combo.currentData() == "trained":
            self.rebuild()

    def source(self) -> str:
        return str(self.source_combo.currentData())

    def rebuild(self) -> None:
        """Trace the chosen network on its batch again (back to step 0)."""
        self.playback.pause()
        src = self.source()
        activation = str(self.activation_combo.currentData())
        self.batch_spin.setEnabled(src != "tiny")
        self.tiny_box.setVisible(src == "tiny")
        self.activation_combo.setEnabled(src != "trained")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if src == "tiny":
                net, x, t = tiny_example(activation, **self._tiny_arrays())
            else:
                x, t = mnist_batch(self.batch_spin.value())
                trained = self._trained_net() if src == "trained" else None
                net = trained if trained is not None else TwoLayerNet(
                    784, 50, 10, activation=activation, rng=np.random.default_rng(0))
            self.trace = trace_two_layer(net, x, t)
            style.set_error_label(self.error, None)
        except Exception as exc:  # a mistyped array, a missing or corrupt dataset: say so, keep going
            style.set_error_label(self.error, _tr("Could not trace the network: %1").replace("%1", str(exc)))
            if src == "tiny" and self.trace is not None and self.trace.layers[0].x.shape[1] == 2:
                return  # a typing mistake: the last good tiny network stays on screen
            self.trace = None
        finally:
            QApplication.restoreOverrideCursor()
        if self.trace is not None:
            self.sample_spin.blockSignals(True)
            self.sample_spin.setRange(0, self.trace.batch_size - 1)
            self.sample_spin.blockSignals(False)
            self.boxes[2].setText("ReLU1" if self.trace.activation == "relu" else "Sigmoid1")
            big = self.trace.layers[0].x.shape[1] == 784
            self.image.setVisible(big)
            self.fwd_bars[0].setVisible(not big)
            self.fwd_plots[0].invertY(big)
            self.fwd_plots[0].setAspectLocked(big)
            self._set_shapes()
        self.position = 0
        self._show()

    def _tiny_arrays(self) -> dict[str, np.ndarray]:
        out = {}
        for key, field in self.tiny_fields.items():
            try:
                out[key] = parse_array(field.text())
            except ValueError:
                raise ValueError(_tr("%1 is not a list of numbers (rows separated by ';')").replace("%1", key)) \
                    from None
        if out["t"].ndim == 0 or not np.all(out["t"] == np.round(out["t"])):
            raise ValueError(_tr("t must hold whole numbers (labels 0 or 1)"))
        out["t"] = out["t"].astype(np.int64).reshape(-1)
        if out["x"].ndim == 1:
            out["x"] = out["x"].reshape(1, -1)
        return out

    def _set_shapes(self) -> None:
        assert self.trace is not None
        shapes = self.trace.edge_shapes()
        for k, s in enumerate(shapes):
            self.shape_texts[k].setText(" × ".join(str(v) for v in s) if s else _tr("scalar"))
        ps = {k: v.shape for layer in self.trace.layers for k, v in layer.params.items()}
        self.param_texts[0].setText(f"W1 {ps['W1'][0]}×{ps['W1'][1]} · b1 {ps['b1'][0]}")
        self.param_texts[1].setText(f"W2 {ps['W2'][0]}×{ps['W2'][1]} · b2 {ps['b2'][0]}")
        # whole-number ticks under the bars of small arrays (every entry labelled)
        sizes = [int(np.prod(s[1:])) for s in self.trace.edge_shapes()[:4]]
        for e, n in enumerate(sizes):
            ticks = [[(i, str(i)) for i in range(n)]] if n <= 12 else None
            for plots in (self.fwd_plots, self.bwd_plots):
                plots[e].getAxis("bottom").setTicks(ticks)
        k = self.trace.y.shape[1]
        for pl in (self.y_plot, self.dscore_plot, self.dedy_plot):
            pl.getAxis("bottom").setTicks([[(i, str(i)) for i in range(k)]] if k <= 12 else None)
        self.param_texts[2].setText(f"t {self.trace.batch_size}")

    # ------------------------------------------------------------------ stepping
    def total_steps(self) -> int:
        return len(self.trace.steps()) if self.trace is not None else 0

    def at_end(self) -> bool:
        return self.position >= self.total_steps()

    def step(self, n: int = 1) -> int:
        taken = max(0, min(n, self.total_steps() - self.position))
        if taken:
            self.position += taken
            self._show()
        return taken

    def back(self) -> None:
        if self.position > 0:
            self.position -= 1
            self._show()

    def reset(self) -> None:
        self.position = 0
        self._show()

    def known(self) -> tuple[int, int | None]:
        """(edges whose forward value is known, the first edge whose gradient is known or None)."""
        if self.trace is None:
            return 0, None
        steps = self.trace.steps()[:self.position]
        fwd = 1 + sum(1 for p, _ in steps if p == "forward")
        back = [i for p, i in steps if p == "backward"]
        return fwd, (min(back) if back else None)

    def _show(self) -> None:
        tr = self.trace
        if tr is None:
            self.status.setText("")
            return
        i = self.sample_spin.value()
        fwd_known, first_back = self.known()
        steps = tr.steps()
        step = steps[self.position - 1] if self.position else None
        # edge e's value: e = 0 the input, else the output of layer e - 1
        values = [tr.layers[0].x] + [layer.out for layer in tr.layers[:3]]
        grads = [tr.layers[0].dx] + [tr.layers[e].dx for e in range(1, 4)]
        for e in range(4):
            v = values[e][i]
            shown = e < fwd_known
            if e == 0 and v.size == 784:
                self.image.setImage(v.reshape(28, 28) if shown else np.zeros((28, 28)), levels=(0, 1))
            else:
                self.fwd_bars[e].setOpts(x=np.arange(v.size), height=v if shown else np.zeros(v.size))
            g = grads[e]
            gshown = g is not None and first_back is not None and e >= first_back
            h = g[i] if (g is not None and gshown) else np.zeros(v.size)
            self.bwd_bars[e].setOpts(x=np.arange(v.size), height=h)
            title = f"∂L/∂{self.EDGE_NAMES[e]}" if g is not None else _tr("∂L/∂x: not needed")
            if self.bwd_plots[e].titleLabel.text != title:
                self.bwd_plots[e].setTitle(title)
        seed_done = any(p == "seed" for p, _ in steps[:self.position])
        for e in range(5):
            g = grads[e] if e < 4 else None
            if g is not None and first_back is not None and e >= first_back:
                set_text(self.grad_texts[e], "∂L: " + " × ".join(str(s) for s in g.shape))
            else:
                set_text(self.grad_texts[e], "∂L/∂L = 1" if e == 4 and seed_done else "")
        k = tr.y.shape[1]
        loss_known = fwd_known > 4
        self.y_bars.setOpts(x=np.arange(k), height=tr.y[i] if loss_known else np.zeros(k))
        self.t_bars.setOpts(x=np.arange(k), height=tr.t_onehot[i] if loss_known else np.zeros(k))
        back_started = first_back is not None
        self.dscore_bars.setOpts(x=np.arange(k), height=tr.dscore[i] if back_started else np.zeros(k))
        self.dedy_bars.setOpts(x=np.arange(k), height=tr.dE_dy[i] if back_started else np.zeros(k))
        fg = style.theme()["foreground"]
        for b, box in enumerate(self.boxes):
            current = step is not None and b == step[1] + 1
            box.setColor(style.ACCENT if current and step and step[0] == "forward" else
                         BACKWARD_COLOR if current else fg)
        self.numbers.setPlainText(self._numbers_text(step))
        total = self.total_steps()
        if step is None:
            text = _tr("Start: only the input x is known. Step forward layer by layer.")
        elif step[0] == "forward":
            text = _tr("Forward: %1 (step %2 of %3)").replace("%1", tr.layers[step[1]].name)
        elif step[0] == "seed":
            text = _tr("Backward starts: ∂L/∂L = 1 (step %2 of %3)")
        else:
            text = _tr("Backward: %1 (step %2 of %3; gradients in red)").replace("%1", tr.layers[step[1]].name)
        self.status.setText(text.replace("%2", str(self.position)).replace("%3", str(total))
                            + "   " + _tr("loss L = %1").replace("%1", repr(tr.loss) if loss_known else "…"))

    def _numbers_text(self, step: tuple[str, int] | None) -> str:
        tr = self.trace
        assert tr is not None
        i = self.sample_spin.value()
        if step is None:
            return array_text("x", tr.layers[0].x)
        phase, li = step
        layer = tr.layers[li]
        parts: list[str] = []
        if phase == "forward":
            if layer.kind == "softmax_loss":
                parts = [array_text("y = softmax(a2)", tr.y), array_text("t", tr.t_onehot),
                         f"L = {tr.loss!r}"]
            else:
                parts = [array_text(f"{layer.name} in", layer.x)]
                parts += [array_text(k, v) for k, v in layer.params.items()]
                parts.append(array_text(f"{layer.name} out", layer.out))
        elif phase == "seed":
            parts = ["∂L/∂L = 1.0"]
        elif layer.kind == "softmax_loss":
            parts = [array_text("(y − t)/N", tr.dscore), array_text("∂E/∂y = −t/(y + δ)/N", tr.dE_dy)]
        else:
            parts = [array_text(f"∂L/∂({layer.name} out)", layer.dout)]
            parts += [array_text(f"∂L/∂{k}", v) for k, v in layer.grads.items()]
            if layer.dx is not None:
                parts.append(array_text(f"∂L/∂({layer.name} in)", layer.dx))
        header = _tr("Sample %1 is drawn above; the arrays hold the whole batch.").replace("%1", str(i))
        return header + "\n\n" + "\n\n".join(parts)

    # ------------------------------------------------------------------ export, presentation
    def arrays_csv(self) -> CsvTable:
        rows: list[list[Any]] = []
        if self.trace is not None:
            i = self.sample_spin.value()
            tr = self.trace
            values = [tr.layers[0].x] + [layer.out for layer in tr.layers[:3]]
            grads = [tr.layers[0].dx] + [tr.layers[e].dx for e in range(1, 4)]
            for e, name in enumerate(self.EDGE_NAMES):
                for j, v in enumerate(values[e][i]):
                    g = grads[e]
                    rows.append([name, j, float(v), "" if g is None else float(g[i][j])])
        return CsvTable(["array", "index", "forward", "gradient"], rows)

    def loss_csv(self) -> CsvTable:
        rows: list[list[Any]] = []
        if self.trace is not None:
            i = self.sample_spin.value()
            tr = self.trace
            for k in range(tr.y.shape[1]):
                rows.append([k, float(tr.y[i, k]), float(tr.t_onehot[i, k]), float(tr.dscore[i, k]),
                             float(tr.dE_dy[i, k])])
        return CsvTable(["class", "y", "t", "(y-t)/N", "dE/dy"], rows)

    def set_presentation(self, on: bool) -> None:
        self.presentation = on
        style.apply_plot_style(self.graph_plot, on, grid=False)
        style.apply_layout_style(self.arrays, on, title_role="body")
        style.apply_layout_style(self.loss_plot, on, title_role="body")
        f = QFont()
        f.setPointSizeF(style.font_size("body", on))
        for t in self.boxes + self.shape_texts + self.grad_texts + self.param_texts:
            t.setFont(f)
        self.numbers.setFont(mono_font(on))
        self.status.setFont(style.heading_font(on, "body"))
        self.playback.set_presentation(on)
        self.explain.setVisible(not on)
        self.vsplit.setSizes([170, 400, 90] if on else [110, 390, 130])
        self.middle.setSizes([700, 560] if on else [760, 480])

    def shutdown(self) -> None:
        self.playback.pause()
