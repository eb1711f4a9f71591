"""Loss-function explorer (book section 4.2): sum of squared errors and cross-entropy on a 10-class output.

The learner edits the output y directly (drag the bars, type the ten values, or type logits that pass
through softmax with a temperature), picks the correct class t, and sees both losses computed live by
:mod:`core.functions`, printed with full ``repr`` precision. The panel never computes a loss itself.

Tabs: "Output y" (bars, numbers, loss-vs-probability curve, per-class contributions), "Gradients" (the bridge
to backprop) and "Batch" (several rows, batch cross-entropy, one-hot vs label-index forms, half-sum warning).
This module only composes: the state and actions are in :mod:`.controller`, the values in :mod:`.model`,
each chart or box in its own view module. The chosen example, input mode, y, label and tab are remembered
(QSettings group "loss").
"""
from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QTabWidget, QVBoxLayout, QWidget

from dlfs_studio.app import style
from dlfs_studio.app.export import CsvTable, ExportTarget
from dlfs_studio.app.panels.loss.bars_view import BarsView
from dlfs_studio.app.panels.loss.batch_view import BatchView
from dlfs_studio.app.panels.loss.contrib_view import ContribView
from dlfs_studio.app.panels.loss.controller import LossController
from dlfs_studio.app.panels.loss.controls_view import ControlsView
from dlfs_studio.app.panels.loss.curve_view import CurveView
from dlfs_studio.app.panels.loss.gradient_view import GradientView
from dlfs_studio.app.panels.loss.header import PresetHeader
from dlfs_studio.app.panels.loss.model import NUM_CLASSES, P_GRID, load_presets
from dlfs_studio.app.panels.loss.numbers_view import NumbersView


def _tr(text: str) -> str:
    return QCoreApplication.translate("LossPanel", text)  # every loss-panel string: context "LossPanel"

SETTINGS_GROUP = "loss"
#: Delay before the state is written to the settings file after a change (ms).
SAVE_DELAY_MS = 400


def _settings() -> QSettings:
    from dlfs_studio.app.main_window import make_settings  # the app's one settings file

    return make_settings()


class LossPanel(QWidget):
    """The loss-function explorer panel (panel protocol: title, set_presentation_mode, export_targets, shutdown)."""

    #: Emitted after every recomputation (tests and other views can listen).
    updated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        style.init_pyqtgraph()
        self._presentation = False
        self._restoring = True
        self._presets = load_presets()
        self.controller = c = LossController(self._presets, self)

        outer = self._outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 8)
        outer.setSpacing(8)
        self.header = PresetHeader(self._presets, self)
        self.header.presetChosen.connect(self._on_preset_chosen)
        outer.addWidget(self.header)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_single_tab(), _tr("Output y"))
        self.gradients = GradientView(self)
        self.tabs.addTab(self.gradients, _tr("Gradients → backprop"))
        self.batch = BatchView(lambda: (c.y, c.label), self._book_rows, self)
        self.tabs.addTab(self.batch, _tr("Batch"))
        self.tabs.setTabToolTip(0, _tr("Edit one output y and the correct label t; see both losses"))
        self.tabs.setTabToolTip(1, _tr("The gradient of each loss with respect to y, and y − t for softmax"))
        self.tabs.setTabToolTip(2, _tr("Several rows of y and labels: the batch cross-entropy"))
        outer.addWidget(self.tabs, 1)

        for view in (self.header, self.controls, self.numbers, self.bars, self.curve, self.contrib, self.gradients):
            c.updated.connect(view.draw)
        c.updated.connect(lambda _r: self.updated.emit())
        # remembered a moment after the last change (a drag changes y 60 times a second), and at shutdown
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self._save_state)
        c.updated.connect(lambda _r: self._schedule_save())
        self.tabs.currentChanged.connect(lambda _i: self._schedule_save())
        self._alias()
        self._restore_state()
        self.batch.fill_from_book()
        self.set_presentation_mode(False)
        self._restoring = False

    # ================================================================== building
    def _build_single_tab(self) -> QWidget:
        tab = QWidget(self)
        row = self._single_row = QHBoxLayout(tab)
        row.setContentsMargins(0, 8, 0, 0)
        row.setSpacing(14)
        self.controls = ControlsView(self.controller, tab)
        row.addWidget(self.controls)
        main = self._single_main = QVBoxLayout()
        main.setSpacing(10)
        self.numbers = NumbersView(tab)
        main.addWidget(self.numbers)
        plots = self.plots_splitter = QSplitter(Qt.Orientation.Horizontal, tab)
        plots.setChildrenCollapsible(False)
        self.bars = BarsView(self.set_bar_value, plots)
        self.bars.labelClicked.connect(self.set_label)
        self.bars.dragging.connect(self.numbers.notes.hold)
        plots.addWidget(self.bars)
        right = QWidget(plots)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.setSpacing(6)
        self.curve = CurveView(right)
        self.contrib = ContribView(right)
        rl.addWidget(self.curve, 1)
        rl.addWidget(self.contrib, 1)
        plots.addWidget(right)
        plots.setStretchFactor(0, 1)
        plots.setStretchFactor(1, 1)
        right.setMinimumWidth(280)
        main.addWidget(plots, 1)
        row.addLayout(main, 1)
        return tab

    def _alias(self) -> None:
        """Short names for the widgets tests and the lecturer's scripts reach (each belongs to one view)."""
        h, ctl, n, b, cu, co, g, ba = (self.header, self.controls, self.numbers, self.bars, self.curve,
                                       self.contrib, self.gradients, self.batch)
        self.heading, self.preset_combo, self.preset_note = h.heading, h.combo, h.note
        self.y_field, self.y2_field, self.logits_field = ctl.y_field, ctl.y2_field, ctl.logits_field
        self.temperature, self.radio_prob, self.radio_logits = ctl.temperature, ctl.radio_prob, ctl.radio_logits
        self.logits_widget, self.renormalise_button, self.compare_check = (ctl.logits_widget, ctl.renormalise_button,
                                                                           ctl.compare_check)
        self.t_index_label, self.t_onehot_label, self.sum_label = ctl.t_index_label, ctl.t_onehot_label, ctl.sum_label
        self.sse_label, self.ce_label, self.ce_nodelta_label = n.sse_label, n.ce_label, n.ce_nodelta_label
        self.sse2_label, self.ce2_label = n.sse2_label, n.ce2_label
        self.bars_plot, self.bars_vb, self.label_buttons = b.plot, b.view_box, b.label_buttons
        self.y_bars, self.target_bars, self.t_text, self.bar_texts = b.y_bars, b.target_bars, b.t_text, b.bar_texts
        self.curve_plot, self.ce_curve, self.p_grid = cu, cu.ce_curve, P_GRID
        self.contrib_plot, self.sse_contrib_texts, self.ce_contrib_text = co, co.sse_contrib_texts, co.ce_contrib_text
        self.grad_layout, self.grad_plots, self.grad_bars, self.grad_values = (g.grad_layout, g.grad_plots,
                                                                               g.grad_bars, g.grad_values)
        self.batch_table, self.batch_plot, self.batch_error = ba.table, ba.plot, ba.error
        self.batch_ce_labels, self.batch_ce_onehot, self.batch_sse = ba.ce_labels, ba.ce_onehot, ba.sse
        self.batch_agree, self.batch_half_sum_note = ba.agree, ba.half_sum_note

    def _book_rows(self) -> list[tuple[Any, int]]:
        book = self._presets[0]
        return [(book["y"], book["label"]), (book["y2"], book["label"])]

    # ================================================================== protocol
    def title(self) -> str:
        """Panel title for the sidebar and status bar."""
        return _tr("Loss functions")

    def set_presentation_mode(self, on: bool) -> None:
        """Scale numbers, fonts, lines and markers for a projector and hide the secondary controls."""
        self._presentation = on = bool(on)
        # presentation: tighter margins, so the bar chart under the big numbers keeps its height at 1280x720
        self._outer.setContentsMargins(*((12, 4, 12, 2) if on else (16, 12, 16, 8)))
        self._outer.setSpacing(4 if on else 8)
        self._single_row.setContentsMargins(0, 4 if on else 8, 0, 0)
        self._single_main.setSpacing(4 if on else 10)
        self.controls.setVisible(not on)
        self.contrib.setVisible(not on)
        self.header.set_presentation_mode(on)
        self.numbers.set_presentation_mode(on)
        self.bars.set_presentation_mode(on)
        self.curve.set_presentation_mode(on)
        self.contrib.set_presentation_mode(on)
        self.gradients.set_presentation_mode(on)
        self.batch.set_presentation_mode(on)
        self._size_plots()
        if self.controller.results:
            for view in (self.numbers, self.bars, self.curve, self.contrib):
                view.draw(self.controller.results)

    def export_targets(self) -> list:
        """Plots (PNG/SVG and their data) and CSV tables with every value at full precision."""
        return [
            ExportTarget(_tr("Output y (bars)"), plot=self.bars_plot, table=self.single_table),
            ExportTarget(_tr("Loss against y_t"), plot=self.curve_plot),
            ExportTarget(_tr("Contribution of each class"), plot=self.contrib_plot, table=self.single_table),
            ExportTarget(_tr("Loss values"), table=self.losses_table),
            ExportTarget(_tr("Gradients"), plot=self.grad_layout, table=self.single_table,
                         prepare=lambda: self.gradients.flush()),
            ExportTarget(_tr("Batch cross-entropy per row"), plot=self.batch_plot, table=self.batch_csv),
            ExportTarget(_tr("Batch table"), table=self.batch_csv),
            ExportTarget(_tr("Batch results"), table=self.batch.summary_table),
        ]

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not getattr(self, "_sized", False):
            self._sized = True
            self._size_plots()

    def _size_plots(self) -> None:
        total = max(self.plots_splitter.width(), 600)
        share = 0.55 if self._presentation else 0.5
        self.plots_splitter.setSizes([int(total * share), int(total * (1 - share))])

    def shutdown(self) -> None:
        """Nothing runs in the background; stop pending validation timers and remember the state."""
        for f in (self.y_field, self.y2_field, self.logits_field):
            f.cancel_pending()
        self._save_state()

    # ================================================================== settings
    def _schedule_save(self) -> None:
        if not self._restoring:
            self._save_timer.start()

    def _save_state(self) -> None:
        self._save_timer.stop()
        if self._restoring:
            return
        c = self.controller
        s = _settings()
        s.beginGroup(SETTINGS_GROUP)
        s.setValue("preset", c.preset["id"] if c.preset is not None else "")
        s.setValue("mode", c.mode)
        s.setValue("tab", self.tabs.currentIndex())
        s.setValue("y", [repr(float(v)) for v in c.y])
        s.setValue("label", c.label)
        s.setValue("logits", [repr(float(v)) for v in c.logits])
        s.setValue("temperature", repr(c.temperature))
        s.endGroup()

    def _restore_state(self) -> None:
        """The remembered example, mode, values and tab; anything unreadable falls back to the book's y."""
        c = self.controller
        s = _settings()
        s.beginGroup(SETTINGS_GROUP)
        preset = str(s.value("preset", self._presets[0]["id"]) or "")
        mode = str(s.value("mode", "prob"))
        tab = s.value("tab", 0)
        y, label = s.value("y"), s.value("label")
        logits, temperature = s.value("logits"), s.value("temperature")
        s.endGroup()
        try:
            if preset and c.preset_by_id(preset) is not None:
                c.choose_preset(preset)
            elif mode == "logits":
                c.set_logits(_floats(logits), _temperature(temperature))
                c.set_label(_label(label))
            else:
                c.choose_preset(self._presets[0]["id"])
                if not preset:
                    c.set_y(_floats(y, minimum=0.0))
                    c.set_label(_label(label))
                    c.mark_custom()
                    c.recompute()
        except (TypeError, ValueError):
            c.choose_preset(self._presets[0]["id"])
        try:
            index = int(tab)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            index = 0
        self.tabs.setCurrentIndex(index if 0 <= index < self.tabs.count() else 0)

    # ================================================================== public API (used by the UI and tests)
    def presets(self) -> list[dict[str, Any]]:
        """The presets table (see resources/presets/loss_presets.json)."""
        return list(self._presets)

    def _on_preset_chosen(self, preset_id: str) -> None:
        if preset_id:
            self.choose_preset(preset_id)
        else:
            self.controller.mark_custom()
            self.controller.recompute()

    def choose_preset(self, preset_id: str) -> None:
        """Load preset ``preset_id``: y, y2 (compare on if present), the label, and the note."""
        self.controller.choose_preset(preset_id)

    def set_label(self, k: int) -> None:
        """Make class ``k`` (0..9) the correct label t."""
        self.controller.set_label(k)

    def set_bar_value(self, index: int, value: float) -> None:
        """What a drag on bar ``index`` does: set y[index] = value in [0, 1], rescale the others to sum to 1."""
        self.controller.set_bar_value(index, value)

    def set_y(self, values) -> None:
        """Type y directly (ten non-negative numbers; they need not sum to 1)."""
        self.controller.set_mode("prob")
        self.y_field.set_values(values, emit=True)

    def set_logits(self, logits, temperature: float | None = None) -> None:
        """Switch to logits mode with ``logits`` (and optionally the temperature)."""
        self.controller.set_logits(logits, temperature)

    def set_mode(self, mode: str) -> None:
        """"prob" or "logits" (the radio buttons)."""
        (self.radio_prob if mode == "prob" else self.radio_logits).setChecked(True)

    def set_compare(self, on: bool, y2=None) -> None:
        """Show (or hide) the second output y2; ``y2`` sets its values."""
        self.controller.set_compare(on, y2)

    def y(self) -> np.ndarray:  # type: ignore[override]
        """The current output y (a copy)."""
        return self.controller.y.copy()

    def label(self) -> int:
        """The current correct label t."""
        return self.controller.label

    def results(self) -> dict[str, Any]:
        """The last values computed by core (sse, ce, ce_nodelta, sse2, ce2, grads…)."""
        return dict(self.controller.results)

    def notes(self) -> list[str]:
        """The notes shown under the loss cards now."""
        return self.numbers.notes.texts()

    # batch
    def add_batch_row(self) -> None:
        """Append a row holding the current output y and label."""
        self.batch.add_row()

    def remove_batch_row(self) -> None:
        """Remove the selected row (or the last); at least one row stays."""
        self.batch.remove_row()

    def set_batch_cell(self, row: int, column: int, text: str) -> None:
        """Type ``text`` into a cell of the batch table (columns 0–9: y, 10: label)."""
        self.batch.set_cell(row, column, text)

    def batch_results(self) -> dict[str, Any]:
        """The last batch values computed by core."""
        return self.batch.results()

    # ================================================================== CSV
    def single_table(self) -> CsvTable:
        """Per-class table of the current output: y, t, y2, contributions and gradients (full precision)."""
        r = self.controller.results
        header = ["class", "y", "t", "sse_contribution", "ce_contribution", "dSSE_dy", "dCE_dy", "dCE_dlogits"]
        if "y2" in r:
            header.append("y2")
        rows = []
        for k in range(NUM_CLASSES):
            row = [k, float(r["y"][k]), int(r["t"][k]), float(r["sse_contrib"][k]), float(r["ce_contrib"][k]),
                   float(r["grad_sse"][k]), float(r["grad_ce"][k]),
                   "" if r["grad_softmax_ce"] is None else float(r["grad_softmax_ce"][k])]
            if "y2" in r:
                row.append(float(r["y2"][k]))
            rows.append(row)
        return CsvTable(header, rows)

    def losses_table(self) -> CsvTable:
        """The loss values of the current output (and y2) as quantity, value rows."""
        r = self.controller.results
        rows: list[list[Any]] = [["label", r["label"]], ["sum_squared_error", r["sse"]],
                                 ["cross_entropy_error", r["ce"]], ["cross_entropy_without_delta", r["ce_nodelta"]]]
        if "y2" in r:
            rows += [["sum_squared_error_y2", r["sse2"]], ["cross_entropy_error_y2", r["ce2"]]]
        return CsvTable(["quantity", "value"], rows)

    def batch_csv(self) -> CsvTable:
        """The batch table with per-row values (full precision); the batch results: ``batch.summary_table``."""
        return self.batch.rows_table()


def _floats(value: Any, minimum: float | None = None) -> list[float]:
    values = [float(v) for v in (value if isinstance(value, (list, tuple)) else [])]
    if len(values) != NUM_CLASSES or not all(np.isfinite(values)) or (
            minimum is not None and min(values) < minimum):
        raise ValueError("remembered values are not ten finite numbers")
    return values


def _label(value: Any) -> int:
    k = int(value)
    if not 0 <= k < NUM_CLASSES:
        raise ValueError("remembered label out of range")
    return k


def _temperature(value: Any) -> float:
    t = float(value)
    if not 0.05 <= t <= 50.0:
        raise ValueError("remembered temperature out of range")
    return t
