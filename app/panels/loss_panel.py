"""Loss-function explorer (book section 4.2): sum of squared errors and cross-entropy on a 10-class output.

The learner edits the output y directly (drag the bars, type the ten values, or type logits that pass
through softmax with a temperature), picks the correct class t, and sees both losses computed live by
:mod:`core.functions`, printed with full ``repr`` precision. The panel never computes a loss itself: every
loss, per-class contribution, curve point and gradient comes from core.

Tabs: "Output y" (bars, numbers, loss-vs-probability curve, per-class contributions), "Gradients" (the bridge
to backprop) and "Batch" (several rows, batch cross-entropy, one-hot vs label-index forms, half-sum warning).
Presets (resources/presets/loss_presets.json) reproduce every example of the book section and the learners'
notes, each with its source and a note.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dlfs_studio.app import style
from dlfs_studio.app.export import CsvTable, ExportTarget
from dlfs_studio.app.widgets.number_field import VectorField, format_vector, parse_vector
from dlfs_studio.app.widgets.value_label import ValueLabel, precise
from dlfs_studio.core import functions as F

NUM_CLASSES = 10
from dlfs_studio.app.paths import LOSS_PRESETS_PATH as PRESETS_PATH

DEFAULT_LOGITS = [0.3, -0.4, 2.1, -1.2, -0.4, 0.3, -1.2, 0.3, -1.2, -1.2]
#: Presentation-mode scale of the big numbers (the cards must still fit 18 digits side by side at 1280 px).
NUMBER_SCALE = 1.4
#: Presentation-mode scale of the secondary numbers (y2, without δ), which share one line.
SECONDARY_NUMBER_SCALE = 1.2
#: Colour of the second output y2 (purple: orange already means cross-entropy in this panel).
Y2_COLOR = style.CLASS_COLORS[6]
#: Neutral colour of the bars that are not the correct class.
OTHER_BAR = "#9fb3cc"
#: Top of the per-class chart as a multiple of its tallest bar (room for the value label above it).
CONTRIB_HEADROOM = 1.35
#: Significant digits of the computed cells of the batch table (the cell keeps the full value).
BATCH_RESULT_DIGITS = 6
#: Narrowest per-row plot beside the batch table, in pixels (its title still fits in presentation mode).
BATCH_PLOT_MIN_WIDTH = 260


def load_presets(path: Path = PRESETS_PATH) -> list[dict[str, Any]]:
    """The presets table: a list of dicts with id, name, source, y, y2 (or None), label, printed, note."""
    with path.open(encoding="utf-8") as fh:
        data = json.load(fh)
    presets = data["presets"]
    for p in presets:
        if len(p["y"]) != NUM_CLASSES or (p.get("y2") is not None and len(p["y2"]) != NUM_CLASSES):
            raise ValueError(f"preset {p['id']!r} must have {NUM_CLASSES} values in y and y2")
    return presets


def preset_text(preset: dict[str, Any], key: str) -> str:
    """A preset's "name", "source" or "note" in the UI language (context "LossPresets"; update_ts.py
    collects these strings from the JSON file)."""
    return QCoreApplication.translate("LossPresets", preset[key])


def renormalise(y: np.ndarray, index: int, value: float) -> np.ndarray:
    """Set ``y[index] = value`` (clamped to [0, 1]) and scale the other entries so the result sums to 1.

    If the other entries are all zero, the remaining mass 1 - value is shared equally among them.
    Returns a new (10,) array; ``y`` is not modified.
    """
    value = float(min(max(value, 0.0), 1.0))
    out = np.array(y, dtype=np.float64)
    others = np.arange(out.size) != index
    rest = float(np.sum(out[others]))
    if rest > 0:
        out[others] = out[others] * ((1.0 - value) / rest)
    else:
        out[others] = (1.0 - value) / (out.size - 1)
    out[index] = value
    return out


class BarDragViewBox(pg.ViewBox):
    """A ViewBox where pressing or dragging on a bar sets that bar's height (calls ``on_set(index, value)``)."""

    def __init__(self, on_set, enabled=lambda: True) -> None:
        super().__init__(enableMenu=False)
        self._on_set = on_set
        self._enabled = enabled
        self._index: int | None = None
        self.setMouseEnabled(x=False, y=False)

    def _bar_at(self, x: float) -> int | None:
        k = int(round(x))
        if 0 <= k < NUM_CLASSES and abs(x - k) <= 0.5:
            return k
        return None

    def mouseClickEvent(self, ev) -> None:
        if ev.button() != Qt.MouseButton.LeftButton or not self._enabled():
            ev.ignore()
            return
        p = self.mapSceneToView(ev.scenePos())
        k = self._bar_at(p.x())
        if k is None:
            ev.ignore()
            return
        ev.accept()
        self._on_set(k, p.y())

    def mouseDragEvent(self, ev, axis=None) -> None:
        if ev.button() != Qt.MouseButton.LeftButton or not self._enabled():
            ev.ignore()
            return
        ev.accept()
        if ev.isStart():
            start = self.mapSceneToView(ev.buttonDownScenePos())
            self._index = self._bar_at(start.x())
        if self._index is not None:
            p = self.mapSceneToView(ev.scenePos())
            self._on_set(self._index, p.y())
        if ev.isFinish():
            self._index = None


def short_y(text: str) -> str:
    """A y cell of the batch table as shown: two decimals like the bar labels ("0.09" for 0.0914…), tiny
    non-zero values with one significant digit ("0.001"); text that is not a number is shown unchanged."""
    try:
        value = float(text)
    except ValueError:
        return text
    if value != 0 and abs(value) < 0.005:
        return f"{value:.1g}"
    return _short(value) if np.isfinite(value) else text


def short_result(text: str) -> str:
    """A computed cell of the batch table as shown: six significant digits, "…" when digits were dropped."""
    try:
        value = float(text)
    except ValueError:
        return text
    short = f"{value:.{BATCH_RESULT_DIGITS}g}"
    return short if not np.isfinite(value) or float(short) == value else short + "…"


def shows_rounded(text: str, shown: str) -> bool:
    """True if ``shown`` (a short form of the number ``text``) is not the same number."""
    try:
        return float(shown.rstrip("…")) != float(text)
    except ValueError:
        return False


class _ShortNumberDelegate(QStyledItemDelegate):
    """Shows a cell's number in a short form; the item's text (editor, tooltip, CSV, tests) stays full."""

    def __init__(self, formatter: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.formatter = formatter

    def displayText(self, value: Any, locale: QLocale) -> str:
        if isinstance(value, str):
            return self.formatter(value)
        return super().displayText(value, locale)


class _Card(QFrame):
    """A rounded box with a title, an optional formula, and big numbers."""

    def __init__(self, title: str, formula: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setStyleSheet("QFrame#card { background: palette(base); border: 1px solid palette(midlight);"
                           " border-radius: 10px; }")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(16, 12, 16, 12)
        self.layout_.setSpacing(4)
        head = QHBoxLayout()
        head.setSpacing(14)
        self.title = QLabel(title, self)
        self.title.setStyleSheet("QLabel { border: none; background: transparent; }")
        head.addWidget(self.title)
        self.formula = QLabel(formula, self)
        self.formula.setTextFormat(Qt.TextFormat.RichText)
        self.formula.setStyleSheet(f"QLabel {{ color: {style.muted_color()}; border: none; background: transparent; }}")
        self.formula.setVisible(bool(formula))
        head.addWidget(self.formula)
        head.addStretch(1)
        self.layout_.addLayout(head)
        self._row: QHBoxLayout | None = None
        self.captions: list[QLabel] = []

    def add_row(self, caption: str, value: QWidget, same_row: bool = False) -> QLabel:
        """Add ``caption: value``; ``same_row`` puts it after the previous pair instead of on a new line."""
        if not same_row or self._row is None:
            self._row = QHBoxLayout()
            self._row.setSpacing(8)
            self.layout_.addLayout(self._row)
        else:
            self._row.addSpacing(24)
        cap = QLabel(caption, self)
        cap.setStyleSheet(f"QLabel {{ color: {style.muted_color()}; border: none; background: transparent; }}")
        self.captions.append(cap)
        self._row.addWidget(cap)
        value.setStyleSheet("QLabel { border: none; background: transparent; }")
        self._row.addWidget(value, 0)
        if not same_row:
            self._row.addStretch(1)
        return cap

    def set_presentation_mode(self, on: bool) -> None:
        self.title.setFont(style.heading_font(on))
        f = QFont()
        f.setPointSizeF(style.font_size("body", on))
        self.formula.setFont(f)
        for cap in self.captions:  # labels with a style sheet do not follow the application font
            cap.setFont(f)


class LossPanel(QWidget):
    """The loss-function explorer panel (panel protocol: title, set_presentation_mode, export_targets, shutdown)."""

    #: Emitted after every recomputation (tests and other views can listen).
    updated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        style.init_pyqtgraph()
        self._presentation = False
        self._presets = load_presets()
        self._y = np.array(self._presets[0]["y"], dtype=np.float64)
        self._y2: np.ndarray | None = np.array(self._presets[0]["y2"], dtype=np.float64)
        self._label = int(self._presets[0]["label"])
        self._logits = np.array(DEFAULT_LOGITS, dtype=np.float64)
        self._mode = "prob"
        self._current_preset: dict[str, Any] | None = None
        self._results: dict[str, Any] = {}
        self._batch_results: dict[str, Any] = {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 8)
        outer.setSpacing(8)
        outer.addLayout(self._build_header())
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_single_tab(), self.tr("Output y"))
        self.tabs.addTab(self._build_gradient_tab(), self.tr("Gradients → backprop"))
        self.tabs.addTab(self._build_batch_tab(), self.tr("Batch"))
        self.tabs.setTabToolTip(0, self.tr("Edit one output y and the correct label t; see both losses"))
        self.tabs.setTabToolTip(1, self.tr("The gradient of each loss with respect to y, and y − t for softmax"))
        self.tabs.setTabToolTip(2, self.tr("Several rows of y and labels: the batch cross-entropy"))
        outer.addWidget(self.tabs, 1)

        self.choose_preset(self._presets[0]["id"])
        self._fill_batch_from_book()
        self.set_presentation_mode(False)

    # ================================================================== building
    def _build_header(self) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(4)
        row = QHBoxLayout()
        row.setSpacing(10)
        self.heading = QLabel(self.tr("Loss functions"), self)
        row.addWidget(self.heading)
        row.addSpacing(12)
        preset_caption = QLabel(self.tr("Example:"), self)
        row.addWidget(preset_caption)
        self.preset_combo = QComboBox(self)
        self.preset_combo.setToolTip(self.tr("Load an example from the book (section 4.2) or a learner's note"))
        self.preset_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.preset_combo.addItem(self.tr("(your own values)"), "")
        for p in self._presets:
            self.preset_combo.addItem(preset_text(p, "name"), p["id"])
            self.preset_combo.setItemData(self.preset_combo.count() - 1, preset_text(p, "source"),
                                          Qt.ItemDataRole.ToolTipRole)
        self.preset_combo.activated.connect(self._on_preset_activated)
        row.addWidget(self.preset_combo)
        row.addStretch(1)
        box.addLayout(row)
        self.preset_note = QLabel(self)
        self.preset_note.setWordWrap(True)
        self.preset_note.setTextFormat(Qt.TextFormat.RichText)
        self.preset_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preset_note.setToolTip(self.tr("Where this example comes from and what to notice"))
        box.addWidget(self.preset_note)
        return box

    def _build_single_tab(self) -> QWidget:
        tab = QWidget(self)
        row = QHBoxLayout(tab)
        row.setContentsMargins(0, 8, 0, 0)
        row.setSpacing(14)

        # ---- secondary controls (hidden in presentation mode)
        self.controls = QWidget(tab)
        self.controls.setFixedWidth(300)
        col = QVBoxLayout(self.controls)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(10)

        y_box = QGroupBox(self.tr("Output y"), self.controls)
        y_layout = QVBoxLayout(y_box)
        y_layout.setSpacing(6)
        self.radio_prob = QRadioButton(self.tr("Probabilities: drag the bars or type y"), y_box)
        self.radio_prob.setToolTip(self.tr("Edit the ten probabilities directly"))
        self.radio_logits = QRadioButton(self.tr("Logits a → y = softmax(a / T)"), y_box)
        self.radio_logits.setToolTip(self.tr("Type scores (logits); softmax turns them into probabilities"))
        self.radio_prob.setChecked(True)
        group = QButtonGroup(y_box)
        group.addButton(self.radio_prob)
        group.addButton(self.radio_logits)
        self.radio_prob.toggled.connect(self._on_mode_toggled)
        y_layout.addWidget(self.radio_prob)
        y_layout.addWidget(self.radio_logits)
        self.y_field = VectorField(NUM_CLASSES, allow_negative=False, parent=y_box,
                                   placeholder="0.1, 0.05, 0.6, 0.0, …",
                                   tooltip=self.tr("The ten values of y, separated by commas (Enter applies). "
                                                   "They need not sum to 1; the panel tells you if they do not."))
        self.y_field.valuesChanged.connect(self._on_y_typed)
        y_layout.addLayout(_captioned("y =", self.y_field, y_box))
        self.logits_widget = QWidget(y_box)
        lw = QVBoxLayout(self.logits_widget)
        lw.setContentsMargins(0, 0, 0, 0)
        lw.setSpacing(4)
        self.logits_field = VectorField(NUM_CLASSES, allow_negative=True, parent=self.logits_widget,
                                        placeholder="0.3, -0.4, 2.1, …",
                                        tooltip=self.tr("Ten logits (any real numbers), separated by commas"))
        self.logits_field.valuesChanged.connect(self._on_logits_typed)
        lw.addLayout(_captioned("a =", self.logits_field, self.logits_widget))
        trow = QHBoxLayout()
        tcap = QLabel(self.tr("Temperature T"), self.logits_widget)
        trow.addWidget(tcap)
        self.temperature = QDoubleSpinBox(self.logits_widget)
        self.temperature.setRange(0.05, 50.0)
        self.temperature.setSingleStep(0.1)
        self.temperature.setDecimals(2)
        self.temperature.setValue(1.0)
        self.temperature.setToolTip(self.tr("softmax(a / T): T < 1 sharpens, T > 1 flattens; T = 1 is the book's"))
        self.temperature.valueChanged.connect(self._on_temperature)
        trow.addWidget(self.temperature, 1)
        lw.addLayout(trow)
        y_layout.addWidget(self.logits_widget)
        self.logits_widget.setVisible(False)
        self.sum_label = QLabel(y_box)
        self.sum_label.setWordWrap(True)
        self.sum_label.setToolTip(self.tr("The sum of y: a probability vector sums to 1"))
        y_layout.addWidget(self.sum_label)
        self.renormalise_button = QPushButton(self.tr("Make y sum to 1"), y_box)
        self.renormalise_button.setToolTip(self.tr("Divide every y by the sum of y"))
        self.renormalise_button.clicked.connect(self._renormalise_all)
        y_layout.addWidget(self.renormalise_button)
        col.addWidget(y_box)

        t_box = QGroupBox(self.tr("Correct label t"), self.controls)
        t_layout = QVBoxLayout(t_box)
        self.t_index_label = QLabel(t_box)
        self.t_index_label.setToolTip(self.tr("The correct class as a label index (what the book's batch code uses)"))
        self.t_onehot_label = QLabel(t_box)
        self.t_onehot_label.setWordWrap(True)
        self.t_onehot_label.setToolTip(self.tr("The same label as a one-hot vector (what equation 4.1 uses)"))
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.t_onehot_label.setFont(mono)
        t_layout.addWidget(self.t_index_label)
        t_layout.addWidget(self.t_onehot_label)
        hint = QLabel(self.tr("Click a class button under the bars to change it."), t_box)
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {style.muted_color()};")
        t_layout.addWidget(hint)
        col.addWidget(t_box)

        y2_box = QGroupBox(self.tr("Compare"), self.controls)
        y2_layout = QVBoxLayout(y2_box)
        self.compare_check = QCheckBox(self.tr("Show a second output y2"), y2_box)
        self.compare_check.setToolTip(self.tr("Compare the losses of y and y2 for the same label"))
        self.compare_check.toggled.connect(self._on_compare_toggled)
        y2_layout.addWidget(self.compare_check)
        self.y2_field = VectorField(NUM_CLASSES, allow_negative=False, parent=y2_box,
                                    placeholder="0.1, 0.05, 0.1, 0.0, …",
                                    tooltip=self.tr("The ten values of y2, separated by commas (Enter applies)"))
        self.y2_field.valuesChanged.connect(self._on_y2_typed)
        y2_layout.addLayout(_captioned("y2 =", self.y2_field, y2_box))
        col.addWidget(y2_box)
        col.addStretch(1)
        row.addWidget(self.controls)

        # ---- main area: numbers and plots
        main = QVBoxLayout()
        main.setSpacing(10)
        cards = QHBoxLayout()
        cards.setSpacing(12)
        self.card_sse = _Card(self.tr("Sum of squared errors"),
                              "E = ½ Σ<sub>k</sub> (y<sub>k</sub> − t<sub>k</sub>)<sup>2</sup>", tab)
        self.card_sse.setToolTip(self.tr("Equation 4.1: uses all ten classes (the book calls it mean_squared_error)"))
        self.sse_label = ValueLabel(self.card_sse, point_size=style.FONT_SIZES["big_number"])
        self.card_sse.add_row(self.tr("y:"), self.sse_label)
        self.sse2_label = ValueLabel(self.card_sse, point_size=style.FONT_SIZES["body"] + 2, bold=False)
        self.sse2_caption = self.card_sse.add_row(self.tr("y2:"), self.sse2_label)
        self.card_ce = _Card(self.tr("Cross-entropy"), "E = −Σ<sub>k</sub> t<sub>k</sub> log(y<sub>k</sub> + δ),"
                             "  δ = 1e-7", tab)
        self.card_ce.setToolTip(self.tr("Equation 4.2: only the correct class counts; δ guards against log(0)"))
        self.ce_label = ValueLabel(self.card_ce, point_size=style.FONT_SIZES["big_number"])
        self.card_ce.add_row(self.tr("y:"), self.ce_label)
        self.ce2_label = ValueLabel(self.card_ce, point_size=style.FONT_SIZES["body"] + 2, bold=False)
        self.ce2_caption = self.card_ce.add_row(self.tr("y2:"), self.ce2_label)
        self.ce_nodelta_label = ValueLabel(self.card_ce, point_size=style.FONT_SIZES["body"] + 2, bold=False)
        self.ce_nodelta_label.setToolTip(self.tr("core.cross_entropy_error(y, t, delta=0): inf when y_t = 0"))
        self.nodelta_caption = self.card_ce.add_row(self.tr("without δ:"), self.ce_nodelta_label, same_row=True)
        for card in (self.card_sse, self.card_ce):
            cards.addWidget(card, 1)
        main.addLayout(cards)
        self.delta_note = style.error_label(tab)
        main.addWidget(self.delta_note)
        self.sum_warning = style.error_label(tab)
        main.addWidget(self.sum_warning)

        plots = self.plots_splitter = QSplitter(Qt.Orientation.Horizontal, tab)
        plots.setChildrenCollapsible(False)
        bars_col = QWidget(plots)
        bl = QVBoxLayout(bars_col)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.setSpacing(4)
        self.bars_vb = BarDragViewBox(self.set_bar_value)
        self.bars_plot = pg.PlotWidget(bars_col, viewBox=self.bars_vb)
        self.bars_plot.setToolTip(self.tr("Drag a bar up or down to change y; the others rescale so y sums to 1"))
        self.bars_plot.setMenuEnabled(False)
        self.bars_plot.hideButtons()
        self.bars_plot.viewport().setCursor(Qt.CursorShape.SizeVerCursor)
        bl.addWidget(self.bars_plot, 1)
        btn_row = QHBoxLayout()
        btn_row.setSpacing(4)
        btn_row.setContentsMargins(44, 0, 8, 0)
        self.label_buttons: list[QPushButton] = []
        self.label_group = QButtonGroup(bars_col)
        self.label_group.setExclusive(True)
        for k in range(NUM_CLASSES):
            b = QPushButton(str(k), bars_col)
            b.setCheckable(True)
            b.setToolTip(self.tr("Make %1 the correct class t").replace("%1", str(k)))
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.label_group.addButton(b, k)
            btn_row.addWidget(b)
            self.label_buttons.append(b)
        self.label_group.idClicked.connect(self.set_label)
        bl.addLayout(btn_row)
        plots.addWidget(bars_col)

        right = QWidget(plots)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.setSpacing(6)
        self.curve_plot = pg.PlotWidget(right)
        self.curve_plot.setToolTip(self.tr("Each loss as y_t (the probability of the correct class) varies, "
                                           "the other classes held fixed; the dots are the current y"))
        self.contrib_plot = pg.PlotWidget(right)
        self.contrib_plot.setToolTip(self.tr("Each class's share of the loss: squared error uses all ten "
                                             "classes, cross-entropy only the correct one"))
        rl.addWidget(self.curve_plot, 1)
        rl.addWidget(self.contrib_plot, 1)
        plots.addWidget(right)
        plots.setStretchFactor(0, 1)
        plots.setStretchFactor(1, 1)
        right.setMinimumWidth(280)
        main.addWidget(plots, 1)
        row.addLayout(main, 1)
        self._init_single_plots()
        return tab

    def _init_single_plots(self) -> None:
        x = np.arange(NUM_CLASSES, dtype=float)
        p = self.bars_plot.getPlotItem()
        p.setLabel("bottom", self.tr("class k"))
        p.setLabel("left", self.tr("y<sub>k</sub>"))
        p.setXRange(-0.6, NUM_CLASSES - 0.4, padding=0)
        p.setYRange(0, 1.05, padding=0)
        p.getAxis("bottom").setTicks([[(k, str(k)) for k in range(NUM_CLASSES)]])
        self.target_bars = pg.BarGraphItem(x=x, height=np.zeros(NUM_CLASSES), width=0.78,
                                           brush=pg.mkBrush(None), pen=style.pen(style.ACCENT, 1.5,
                                                                                 style=Qt.PenStyle.DashLine))
        self.y_bars = pg.BarGraphItem(x=x, height=self._y, width=0.7, brush=OTHER_BAR, pen=pg.mkPen(None),
                                      name="y")
        self.y2_bars = pg.BarGraphItem(x=x + 0.2, height=np.zeros(NUM_CLASSES), width=0.3,
                                       brush=style.brush(Y2_COLOR, 220), pen=pg.mkPen(None), name="y2")
        p.addItem(self.target_bars)
        p.addItem(self.y_bars)
        p.addItem(self.y2_bars)
        self.bar_texts: list[pg.TextItem] = []
        for k in range(NUM_CLASSES):
            t = pg.TextItem("", anchor=(0.5, 1.0), color=style.theme()["foreground"])
            p.addItem(t)
            self.bar_texts.append(t)
        self.t_text = pg.TextItem(self.tr("t"), anchor=(0.5, -0.12), color=style.ACCENT)
        p.addItem(self.t_text)

        c = self.curve_plot.getPlotItem()
        c.setTitle(self.tr("Loss against y<sub>t</sub>"))
        c.setLabel("bottom", self.tr("y<sub>t</sub>, probability of the correct class"))
        c.setLabel("left", self.tr("loss"))
        self.curve_legend = c.addLegend(offset=(-10, 10))
        self.p_grid = np.linspace(0.0, 1.0, 401)
        self.ce_curve = c.plot([], [], name=self.tr("cross-entropy"))
        self.sse_curve = c.plot([], [], name=self.tr("squared error (y)"))
        self.sse2_curve = c.plot([], [], name=self.tr("squared error (y2)"))
        self.curve_points = pg.ScatterPlotItem()
        self.curve_points2 = pg.ScatterPlotItem()
        c.addItem(self.curve_points)
        c.addItem(self.curve_points2)
        c.setXRange(0, 1, padding=0.02)

        d = self.contrib_plot.getPlotItem()
        d.setTitle(self.tr("Per class: <span style='color:%1'>■ squared</span>"
                           "  <span style='color:%2'>■ cross-entropy</span>")
                   .replace("%1", style.CLASS_COLORS[0]).replace("%2", style.CLASS_COLORS[1]))
        d.setLabel("bottom", self.tr("class k"))
        d.getAxis("bottom").setTicks([[(k, str(k)) for k in range(NUM_CLASSES)]])
        d.setXRange(-0.75, NUM_CLASSES - 0.4, padding=0)  # room for the value label of class 0
        self.sse_contrib = pg.BarGraphItem(x=x - 0.18, height=np.zeros(NUM_CLASSES), width=0.36,
                                           brush=style.CLASS_COLORS[0], pen=pg.mkPen(None),
                                           name=self.tr("squared error ½(y_k − t_k)²"))
        self.ce_contrib = pg.BarGraphItem(x=x + 0.18, height=np.zeros(NUM_CLASSES), width=0.36,
                                          brush=style.CLASS_COLORS[1], pen=pg.mkPen(None),
                                          name=self.tr("cross-entropy −t_k log(y_k + δ)"))
        d.addItem(self.sse_contrib)
        d.addItem(self.ce_contrib)
        # the values above the bars: squared error's small shares of every class would not show as bars
        self.sse_contrib_texts = [pg.TextItem("", anchor=(0.5, 1.0), color=style.CLASS_COLORS[0])
                                  for _k in range(NUM_CLASSES)]
        self.ce_contrib_text = pg.TextItem("", anchor=(0.5, 1.0), color=style.CLASS_COLORS[1])
        for t in (*self.sse_contrib_texts, self.ce_contrib_text):
            t.textItem.document().setDocumentMargin(1)  # ten labels side by side: no extra room around each
            d.addItem(t)

    def _build_gradient_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        self.grad_intro = QLabel(self.tr(
            "The gradient tells each output which way to move to lower the loss: the first step of backprop. "
            "Squared error pushes every class (y − t); cross-entropy pushes only the correct class, hard when "
            "y<sub>t</sub> is small (−1 / (y<sub>t</sub> + δ)); softmax followed by cross-entropy gives the "
            "simple y − t with respect to the logits (section 5.6.3)."), tab)
        self.grad_intro.setWordWrap(True)
        self.grad_intro.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.grad_intro)
        self.grad_layout = pg.GraphicsLayoutWidget(tab)
        self.grad_layout.setToolTip(self.tr("Bars: the gradient for each class k (computed by core.functions)"))
        titles = [self.tr("squared error<br>∂E/∂y = y − t"),
                  self.tr("cross-entropy<br>∂E/∂y = −t / (y + δ)"),
                  self.tr("softmax + cross-entropy<br>∂E/∂a = y − t")]
        self.grad_plots: list[pg.PlotItem] = []
        self.grad_bars: list[pg.BarGraphItem] = []
        x = np.arange(NUM_CLASSES, dtype=float)
        for i, title in enumerate(titles):
            pl = self.grad_layout.addPlot(row=0, col=i, title=title)
            pl.setLabel("bottom", self.tr("class k"))
            pl.getAxis("bottom").setTicks([[(k, str(k)) for k in range(NUM_CLASSES)]])
            pl.setXRange(-0.6, NUM_CLASSES - 0.4, padding=0)
            pl.setMouseEnabled(x=False, y=False)
            bars = pg.BarGraphItem(x=x, height=np.zeros(NUM_CLASSES), width=0.7,
                                   brush=[style.CLASS_COLORS[0], style.CLASS_COLORS[1], style.CLASS_COLORS[2]][i],
                                   pen=pg.mkPen(None))
            pl.addItem(bars)
            pl.addLine(y=0, pen=pg.mkPen(style.theme()["muted"], width=1))
            self.grad_plots.append(pl)
            self.grad_bars.append(bars)
        for i in range(len(titles)):
            self.grad_layout.ci.layout.setColumnStretchFactor(i, 1)
        layout.addWidget(self.grad_layout, 1)
        self.grad_values = QLabel(tab)
        self.grad_values.setWordWrap(True)
        self.grad_values.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.grad_values.setToolTip(self.tr("The gradients with full precision"))
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.grad_values.setFont(mono)
        layout.addWidget(self.grad_values)
        self.grad_note = style.error_label(tab)
        layout.addWidget(self.grad_note)
        return tab

    def _build_batch_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        intro = QLabel(self.tr("Each row is one output y with its label t. The batch cross-entropy is the mean "
                               "of the rows' cross-entropies (section 4.2.4)."), tab)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        buttons = QHBoxLayout()
        self.add_row_button = QPushButton(self.tr("Add row"), tab)
        self.add_row_button.setToolTip(self.tr("Add a row (a copy of the current output y and label)"))
        self.add_row_button.clicked.connect(self.add_batch_row)
        self.remove_row_button = QPushButton(self.tr("Remove row"), tab)
        self.remove_row_button.setToolTip(self.tr("Remove the selected row (or the last one)"))
        self.remove_row_button.clicked.connect(self.remove_batch_row)
        self.book_rows_button = QPushButton(self.tr("Book's y and y2"), tab)
        self.book_rows_button.setToolTip(self.tr("Fill the table with the book's two examples (label 2)"))
        self.book_rows_button.clicked.connect(self._fill_batch_from_book)
        for b in (self.add_row_button, self.remove_row_button, self.book_rows_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        split = self.batch_splitter = QSplitter(Qt.Orientation.Horizontal, tab)
        split.setChildrenCollapsible(False)
        self.batch_table = QTableWidget(0, NUM_CLASSES + 3, split)
        headers = [f"y{k}" for k in range(NUM_CLASSES)] + [self.tr("label t"), self.tr("cross-entropy"),
                                                            self.tr("squared error")]
        self.batch_table.setHorizontalHeaderLabels(headers)
        self.batch_table.setToolTip(self.tr("Edit y values (0 or more) and the label t (0–9); the last two "
                                            "columns are computed by core"))
        y_tip = self.tr("Shown to two decimals, like the bars; hover a cell or edit it for the full value")
        result_tip = self.tr("Computed by core; shown with six significant digits (… means more digits: hover "
                             "the cell or export the CSV for the full value)")
        for c in range(self.batch_table.columnCount()):
            if c != NUM_CLASSES:
                self.batch_table.horizontalHeaderItem(c).setToolTip(y_tip if c < NUM_CLASSES else result_tip)
        self.batch_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._y_delegate = _ShortNumberDelegate(short_y, self.batch_table)
        self._result_delegate = _ShortNumberDelegate(short_result, self.batch_table)
        for c in range(NUM_CLASSES):
            self.batch_table.setItemDelegateForColumn(c, self._y_delegate)
        for c in (NUM_CLASSES + 1, NUM_CLASSES + 2):
            self.batch_table.setItemDelegateForColumn(c, self._result_delegate)
        self.batch_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.batch_table.itemChanged.connect(self._on_batch_item_changed)
        split.addWidget(self.batch_table)
        self.batch_plot = pg.PlotWidget(split)
        self.batch_plot.setToolTip(self.tr("Cross-entropy of each row; the line is the batch mean"))
        self.batch_plot.setMinimumWidth(BATCH_PLOT_MIN_WIDTH)
        bp = self.batch_plot.getPlotItem()
        bp.setTitle(self.tr("Cross-entropy per row"))
        bp.setLabel("bottom", self.tr("row"))
        self.batch_bars = pg.BarGraphItem(x=[], height=[], width=0.6, brush=style.CLASS_COLORS[1],
                                          pen=pg.mkPen(None))
        bp.addItem(self.batch_bars)
        self.batch_mean_line = pg.InfiniteLine(angle=0, pen=style.pen(style.ACCENT, 2, style=Qt.PenStyle.DashLine),
                                               label=self.tr("batch mean"),
                                               labelOpts={"position": 0.85, "color": style.ACCENT,
                                                          "anchors": [(0.5, 1.0), (0.5, 1.0)]})
        bp.addItem(self.batch_mean_line)
        split.addWidget(self.batch_plot)
        split.setStretchFactor(0, 0)  # the table keeps the width its columns need; the plot takes the rest
        split.setStretchFactor(1, 1)
        split.setSizes([700, 300])
        split.installEventFilter(self)
        layout.addWidget(split, 1)

        self.batch_error = style.error_label(tab)
        layout.addWidget(self.batch_error)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        self.batch_ce_labels = ValueLabel(tab, point_size=16)
        self.batch_ce_onehot = ValueLabel(tab, point_size=16)
        self.batch_sse = ValueLabel(tab, point_size=16)
        self.batch_sse_over_n = ValueLabel(tab, point_size=12, bold=False)
        rows = [
            (self.tr("Batch cross-entropy, t as label indices:"), self.batch_ce_labels,
             self.tr("core.cross_entropy_error(Y, labels): mean over the rows")),
            (self.tr("Batch cross-entropy, t as one-hot rows:"), self.batch_ce_onehot,
             self.tr("core.cross_entropy_error(Y, one_hot(labels))")),
            (self.tr("Squared error over the batch (half sum):"), self.batch_sse,
             self.tr("core.sum_squared_error(Y, T): NOT divided by the batch size")),
            (self.tr("… divided by N (a true mean):"), self.batch_sse_over_n,
             self.tr("The half sum divided by the number of rows, for comparison")),
        ]
        for r, (caption, value, tip) in enumerate(rows):
            cap = QLabel(caption, tab)
            cap.setToolTip(tip)
            value.setToolTip(tip)
            grid.addWidget(cap, r, 0)
            grid.addWidget(value, r, 1)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        self.batch_agree = style.error_label(tab)
        layout.addWidget(self.batch_agree)
        self.batch_half_sum_note = style.error_label(tab)
        layout.addWidget(self.batch_half_sum_note)
        return tab

    # ================================================================== protocol
    def title(self) -> str:
        """Panel title for the sidebar and status bar."""
        return self.tr("Loss functions")

    def set_presentation_mode(self, on: bool) -> None:
        """Scale numbers, fonts, lines and markers for a projector and hide the secondary controls."""
        self._presentation = bool(on)
        on = self._presentation
        scale = style.presentation_scale(on)
        self.controls.setVisible(not on)
        self.grad_values.setVisible(not on)
        self.grad_intro.setVisible(not on)
        self.heading.setFont(style.heading_font(on, role="heading"))
        for card in (self.card_sse, self.card_ce):
            card.set_presentation_mode(on)
        self.contrib_plot.setVisible(not on)
        self.preset_note.setVisible(not on)
        self._size_plots()
        for lab in (self.sse_label, self.ce_label, self.batch_ce_labels, self.batch_ce_onehot, self.batch_sse,
                    self.batch_sse_over_n):
            lab.set_presentation_mode(on, NUMBER_SCALE)
        for lab in (self.sse2_label, self.ce2_label, self.ce_nodelta_label):
            lab.set_presentation_mode(on, SECONDARY_NUMBER_SCALE)
        for w in (self.bars_plot, self.curve_plot):
            style.apply_plot_style(w, on)
        style.apply_plot_style(self.contrib_plot, on, title_role="axis")
        style.apply_plot_style(self.batch_plot, on, title_role="axis")
        style.apply_layout_style(self.grad_layout, on, title_role="axis")
        for pl in self.grad_plots:
            _fit_title_row(pl)
        f = QFont()
        f.setPointSizeF(style.font_size("body", on) * (1.15 if on else 1.0))
        f.setBold(True)
        for b in self.label_buttons:
            b.setFont(f)
            b.setMinimumHeight(int(30 * scale))
        tf = QFont()
        tf.setPointSizeF(style.font_size("small", on))
        for t in (*self.bar_texts, *self.sse_contrib_texts, self.ce_contrib_text):
            t.setFont(tf)
        bold = QFont(tf)
        bold.setBold(True)
        self.t_text.setFont(bold)
        self.ce_curve.setPen(style.pen(style.CLASS_COLORS[1], 2.5, on))
        self.sse_curve.setPen(style.pen(style.CLASS_COLORS[0], 2.5, on))
        self.sse2_curve.setPen(style.pen(style.CLASS_COLORS[0], 2.0, on, style=Qt.PenStyle.DashLine))
        self.target_bars.setOpts(pen=style.pen(style.ACCENT, 1.5, on, style=Qt.PenStyle.DashLine))
        self._style_label_buttons()
        if self._results:
            self._refresh_numbers()
        self._refresh_plots()
        if self._batch_results:
            self._recompute_batch()
        self._fit_batch_split()

    def export_targets(self) -> list:
        """Plots (PNG/SVG and their data) and two CSV tables with every value at full precision."""
        return [
            ExportTarget(self.tr("Output y (bars)"), plot=self.bars_plot, table=self.single_table),
            ExportTarget(self.tr("Loss against y_t"), plot=self.curve_plot),
            ExportTarget(self.tr("Contribution of each class"), plot=self.contrib_plot, table=self.single_table),
            ExportTarget(self.tr("Gradients"), plot=self.grad_layout, table=self.single_table),
            ExportTarget(self.tr("Batch cross-entropy per row"), plot=self.batch_plot, table=self.batch_csv),
            ExportTarget(self.tr("Batch table"), table=self.batch_csv),
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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.batch_splitter and event.type() in (QEvent.Type.Show, QEvent.Type.Resize):
            self._fit_batch_split()
        return super().eventFilter(watched, event)

    def _fit_batch_split(self, grow_only: bool = False) -> None:
        """Give the batch table the width its columns need (no sideways scrolling) and the plot the rest.

        ``grow_only`` (after an edit) only widens the table, so a split the user dragged wider is kept.
        """
        split = self.batch_splitter
        if not split.isVisible():
            return  # refitted when shown (eventFilter); a hidden splitter has no real width yet
        table = self.batch_table
        header = table.horizontalHeader()
        columns = sum(max(table.sizeHintForColumn(c), header.sectionSizeHint(c), header.minimumSectionSize())
                      for c in range(table.columnCount()))
        needed = (columns + table.verticalHeader().sizeHint().width() + 2 * table.frameWidth()
                  + table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, table))
        total = split.width() - split.handleWidth()
        table_width = min(needed, max(total - self.batch_plot.minimumWidth(), 0))
        if grow_only and split.sizes()[0] >= table_width:
            return
        split.setSizes([table_width, total - table_width])

    def shutdown(self) -> None:
        """Nothing runs in the background; stop pending validation timers."""
        for f in (self.y_field, self.y2_field, self.logits_field):
            f.cancel_pending()

    # ================================================================== public API (used by the UI and tests)
    def presets(self) -> list[dict[str, Any]]:
        """The presets table (see resources/presets/loss_presets.json)."""
        return list(self._presets)

    def choose_preset(self, preset_id: str) -> None:
        """Load preset ``preset_id``: y, y2 (compare on if present), the label, and the note."""
        preset = next(p for p in self._presets if p["id"] == preset_id)
        self._current_preset = preset
        self._set_mode("prob")
        self._y = np.array(preset["y"], dtype=np.float64)
        self._label = int(preset["label"])
        if preset.get("y2") is not None:
            self._y2 = np.array(preset["y2"], dtype=np.float64)
            self.y2_field.set_values(self._y2)
            self.compare_check.blockSignals(True)
            self.compare_check.setChecked(True)
            self.compare_check.blockSignals(False)
        else:
            self.compare_check.blockSignals(True)
            self.compare_check.setChecked(False)
            self.compare_check.blockSignals(False)
        self.y2_field.setEnabled(self.compare_check.isChecked())
        self.y_field.set_values(self._y)
        index = self.preset_combo.findData(preset_id)
        self.preset_combo.setCurrentIndex(index)
        self._recompute()

    def set_label(self, k: int) -> None:
        """Make class ``k`` (0..9) the correct label t."""
        if not 0 <= int(k) < NUM_CLASSES:
            return
        if self._current_preset is not None and int(k) != self._label:
            self._mark_custom()
        self._label = int(k)
        self._recompute()

    def set_bar_value(self, index: int, value: float) -> None:
        """What a drag on bar ``index`` does: set y[index] = value in [0, 1], rescale the others to sum to 1."""
        if self._mode == "logits":
            self._set_mode("prob")
        self._y = renormalise(self._y, int(index), float(value))
        self.y_field.set_values(self._y)
        self._mark_custom()
        self._recompute()

    def set_y(self, values) -> None:
        """Type y directly (ten non-negative numbers; they need not sum to 1)."""
        self._set_mode("prob")
        self.y_field.set_values(values, emit=True)

    def set_logits(self, logits, temperature: float | None = None) -> None:
        """Switch to logits mode with ``logits`` (and optionally the temperature)."""
        self._set_mode("logits")
        if temperature is not None:
            self.temperature.blockSignals(True)
            self.temperature.setValue(float(temperature))
            self.temperature.blockSignals(False)
        self.logits_field.set_values(logits, emit=True)

    def set_compare(self, on: bool, y2=None) -> None:
        """Show (or hide) the second output y2; ``y2`` sets its values."""
        if y2 is not None:
            self.y2_field.set_values(y2, emit=False)
            self._y2 = np.asarray(y2, dtype=np.float64)
        self.compare_check.setChecked(bool(on))
        self._recompute()

    def y(self) -> np.ndarray:
        """The current output y (a copy)."""
        return self._y.copy()

    def label(self) -> int:
        """The current correct label t."""
        return self._label

    def results(self) -> dict[str, Any]:
        """The last values computed by core (sse, ce, ce_nodelta, sse2, ce2, grads…)."""
        return dict(self._results)

    # ================================================================== slots
    def _on_preset_activated(self, index: int) -> None:
        preset_id = self.preset_combo.itemData(index)
        if preset_id:
            self.choose_preset(preset_id)
        else:
            self._mark_custom()

    def _mark_custom(self) -> None:
        self._current_preset = None
        self.preset_combo.setCurrentIndex(0)

    def _set_mode(self, mode: str) -> None:
        self._mode = mode
        for r in (self.radio_prob, self.radio_logits):
            r.blockSignals(True)
        self.radio_prob.setChecked(mode == "prob")
        self.radio_logits.setChecked(mode == "logits")
        for r in (self.radio_prob, self.radio_logits):
            r.blockSignals(False)
        self.logits_widget.setVisible(mode == "logits")
        self.y_field.edit.setReadOnly(mode == "logits")
        self.y_field.edit.setToolTip(
            self.tr("y = softmax(a / T), computed from the logits") if mode == "logits" else
            self.tr("The ten values of y, separated by commas (Enter applies). They need not sum to 1."))

    def _on_mode_toggled(self, prob_checked: bool) -> None:
        if prob_checked:
            self._set_mode("prob")
            self._mark_custom()
            return
        self._set_mode("logits")
        if self.logits_field.values() is None:
            self.logits_field.set_values(self._logits)
        self._apply_logits()

    def _on_y_typed(self, values: np.ndarray) -> None:
        if self._mode == "logits":
            return
        self._y = values
        self._mark_custom()
        self._recompute()

    def _on_y2_typed(self, values: np.ndarray) -> None:
        self._y2 = values
        self._mark_custom()
        self._recompute()

    def _on_logits_typed(self, values: np.ndarray) -> None:
        self._logits = values
        if self._mode != "logits":
            self._set_mode("logits")
        self._apply_logits()

    def _on_temperature(self, _value: float) -> None:
        if self._mode == "logits":
            self._apply_logits()

    def _apply_logits(self) -> None:
        self._y = F.softmax(self._logits, temperature=self.temperature.value())
        self.y_field.set_values(self._y)
        self._mark_custom()
        self._recompute()

    def _on_compare_toggled(self, on: bool) -> None:
        self.y2_field.setEnabled(on)
        if on and self._y2 is None:
            self._y2 = np.array(self._presets[0]["y2"], dtype=np.float64)
            self.y2_field.set_values(self._y2)
        self._recompute()

    def _renormalise_all(self) -> None:
        total = float(np.sum(self._y))
        if total <= 0:
            style.set_error_label(self.sum_warning, self.tr("y is all zeros: it cannot be scaled to sum to 1."))
            return
        self._set_mode("prob")
        self._y = self._y / total
        self.y_field.set_values(self._y)
        self._mark_custom()
        self._recompute()

    # ================================================================== computation (all losses by core)
    def _one_hot(self) -> np.ndarray:
        return F.one_hot(self._label, NUM_CLASSES, dtype=np.int64)

    def _recompute(self) -> None:
        y, t, k = self._y, self._one_hot(), self._label
        r: dict[str, Any] = {"y": y.copy(), "t": t.copy(), "label": k}
        r["sse"] = F.sum_squared_error(y, t)
        r["ce"] = F.cross_entropy_error(y, t)
        # label-index form: the one-hot form would multiply 0 * log(0) = nan for every other zero class
        r["ce_nodelta"] = F.cross_entropy_error(y, k, delta=0)
        r["sse_contrib"] = np.array([F.sum_squared_error(y[i:i + 1], t[i:i + 1]) for i in range(NUM_CLASSES)])
        r["ce_contrib"] = F.cross_entropy_per_row(y.reshape(-1, 1), t.reshape(-1, 1)) + 0.0
        r["grad_sse"] = F.sum_squared_error_grad(y, t)
        r["grad_ce"] = F.cross_entropy_error_grad(y, t)
        logits, note = self._logits_for_grad()
        r["grad_softmax_ce"] = None if logits is None else F.softmax_cross_entropy_grad(logits, t)
        r["grad_note"] = note
        # loss against y_t, the other classes held fixed: a batch of outputs, one per grid point
        grid = np.repeat(y.reshape(1, -1), self.p_grid.size, axis=0)
        grid[:, k] = self.p_grid
        r["curve_ce"] = F.cross_entropy_per_row(grid, np.full(self.p_grid.size, k))
        r["curve_sse"] = np.array([F.sum_squared_error(row, t) for row in grid])
        compare = self.compare_check.isChecked() and self._y2 is not None
        if compare:
            y2 = self._y2
            r["y2"] = y2.copy()
            r["sse2"] = F.sum_squared_error(y2, t)
            r["ce2"] = F.cross_entropy_error(y2, t)
            grid2 = np.repeat(y2.reshape(1, -1), self.p_grid.size, axis=0)
            grid2[:, k] = self.p_grid
            r["curve_sse2"] = np.array([F.sum_squared_error(row, t) for row in grid2])
        self._results = r
        self._refresh_numbers()
        self._refresh_plots()
        self.updated.emit()

    def _logits_for_grad(self) -> tuple[np.ndarray | None, str]:
        if self._mode == "logits":
            T = self.temperature.value()
            if T == 1.0:
                return self._logits, ""
            return self._logits / T, self.tr("With temperature T the gradient is taken with respect to the "
                                             "scaled logits a / T.")
        total = float(np.sum(self._y))
        if total <= 0:
            return None, self.tr("y is all zeros: there are no logits whose softmax is y.")
        with np.errstate(divide="ignore"):
            logits = np.log(self._y)
        note = self.tr("Logits taken as a = log y (softmax(log y) = y).")
        if abs(total - 1.0) > 1e-9:
            note = self.tr("y does not sum to 1, so no logits give exactly this y: with a = log y, softmax(a) "
                           "is y / sum(y), and y − t uses that normalised y.")
        return logits, note

    # ================================================================== display
    def _refresh_numbers(self) -> None:
        r = self._results
        k = self._label
        y = self._y
        self.sse_label.set_value(r["sse"])
        self.ce_label.set_value(r["ce"])
        self.ce_nodelta_label.set_value(r["ce_nodelta"])
        compare = "sse2" in r
        for w in (self.sse2_label, self.sse2_caption, self.ce2_label, self.ce2_caption):
            w.setVisible(compare)
        if compare:
            self.sse2_label.set_value(r["sse2"])
            self.ce2_label.set_value(r["ce2"])
        self.t_index_label.setText(self.tr("label index: t = %1").replace("%1", str(k)))
        self.t_onehot_label.setText(self.tr("one-hot: t = [%1]").replace(
            "%1", " ".join(str(int(v)) for v in r["t"])))
        for b in self.label_buttons:
            b.setChecked(self.label_group.id(b) == k)
        self._style_label_buttons()

        total = float(np.sum(y))
        short = f"{total:.10g}"
        total_text = short if float(short) == total else self.tr("%1 (%2 in floating point)").replace(
            "%1", short).replace("%2", precise(total))
        self.sum_label.setText(self.tr("sum of y = %1").replace("%1", total_text))
        messages = []
        if abs(total - 1.0) > 1e-9:
            messages.append(self.tr("y is not a probability vector: its values sum to %1, not 1.")
                            .replace("%1", total_text))
        if "y2" in r:
            total2 = float(np.sum(r["y2"]))
            if abs(total2 - 1.0) > 1e-9:
                messages.append(self.tr("y2 sums to %1, not 1.").replace("%1", f"{total2:.10g}"))
        if messages:
            messages.append(self.tr("The losses are still computed, exactly as the book's code would."))
            style.set_error_label(self.sum_warning, " ".join(messages), "warning")
        else:
            style.set_error_label(self.sum_warning, None)
        self.renormalise_button.setEnabled(abs(total - 1.0) > 1e-12 and total > 0)

        if y[k] == 0:
            style.set_error_label(self.delta_note, self.tr(
                "y_t = 0: without δ, log(0) = −inf and the loss is inf. With δ = 1e-7 it is −log(1e-7) = %1, "
                "large but finite.").replace("%1", precise(r["ce"])), "warning")
            self.nodelta_caption.setStyleSheet(f"QLabel {{ color: {style.WARNING}; font-weight: bold; border: none;"
                                               " background: transparent; }")
        else:
            style.set_error_label(self.delta_note, None)
            self.nodelta_caption.setStyleSheet(f"QLabel {{ color: {style.muted_color()}; border: none;"
                                               " background: transparent; }")
        self._refresh_preset_note()
        self._refresh_gradient_text()

    def _refresh_preset_note(self) -> None:
        p = self._current_preset
        if p is None:
            self.preset_note.setText(self.tr("Your own values. Choose an example to load the book's or a "
                                             "learner's numbers."))
            return
        r = self._results
        keys = {"sse": self.tr("squared error (y)"), "ce": self.tr("cross-entropy (y)"),
                "sse2": self.tr("squared error (y2)"), "ce2": self.tr("cross-entropy (y2)")}
        checks = []
        for key, printed in p.get("printed", {}).items():
            if key not in r:
                continue
            ours = precise(r[key])
            if ours == printed:
                said = self.tr("same")  # (lupdate does not see tr() inside f-strings)
                verdict = f"<span style='color:{style.OK}'>✓ {said}</span>"
            elif float(printed) == r[key]:
                said = self.tr("same float, printed with more digits")
                verdict = (f"<span style='color:{style.OK}'>✓ {said}"
                           "</span>")
            else:
                said = self.tr("differs: core gives")
                verdict = f"<span style='color:{style.ERROR}'>✗ {said} {ours}</span>"
            checks.append(f"{keys[key]}: <code>{printed}</code> {verdict}")
        source = _html_escape(preset_text(p, "source"))
        note = _html_escape(preset_text(p, "note"))
        printed_line = ""
        if checks:
            printed_line = "<br>" + self.tr("Printed in the source:") + " " + " · ".join(checks)
        name = _html_escape(preset_text(p, "name"))
        self.preset_note.setText(f"<b>{name}</b> — <i>{source}</i><br>{note}{printed_line}")

    def _refresh_gradient_text(self) -> None:
        r = self._results
        lines = [f"∂SSE/∂y = [{format_vector(r['grad_sse'])}]",
                 f"∂CE/∂y  = [{format_vector(r['grad_ce'])}]"]
        if r["grad_softmax_ce"] is not None:
            lines.append(f"∂CE/∂a  = [{format_vector(r['grad_softmax_ce'])}]")
        self.grad_values.setText("\n".join(lines))
        style.set_error_label(self.grad_note, r["grad_note"] or None, "info")

    def _style_label_buttons(self) -> None:
        for b in self.label_buttons:
            if b.isChecked():
                b.setStyleSheet(f"QPushButton {{ background: {style.ACCENT}; color: white;"
                                f" border: 1px solid {style.ACCENT}; border-radius: 6px; padding: 4px; }}")
            else:
                b.setStyleSheet("QPushButton { background: palette(button); border: 1px solid palette(mid);"
                                " border-radius: 6px; padding: 4px; }"
                                f"QPushButton:hover {{ border: 1px solid {style.ACCENT}; }}")

    def _refresh_plots(self) -> None:
        r = self._results
        if not r:
            return
        on = self._presentation
        k = self._label
        y = self._y
        x = np.arange(NUM_CLASSES, dtype=float)
        compare = "sse2" in r
        brushes = [style.ACCENT if i == k else OTHER_BAR for i in range(NUM_CLASSES)]
        if compare:
            self.y_bars.setOpts(x=x - 0.17, height=y, width=0.34, brushes=brushes)
            self.y2_bars.setOpts(x=x + 0.17, height=r["y2"], width=0.34)
            self.y2_bars.setVisible(True)
        else:
            self.y_bars.setOpts(x=x, height=y, width=0.7, brushes=brushes)
            self.y2_bars.setVisible(False)
        self.target_bars.setOpts(height=r["t"].astype(float), width=0.82)
        title = self.tr("<span style='color:%1'>■</span> output y   <span style='color:%2'>┅</span> target t")
        title = title.replace("%1", style.ACCENT).replace("%2", style.ACCENT)
        if compare:
            title += "   " + self.tr("<span style='color:%1'>■</span> y2").replace("%1", Y2_COLOR)
        self.bars_plot.getPlotItem().setTitle(title, size=f"{round(style.font_size('axis', on) * 4 / 3)}px",
                                              color=style.theme()["foreground"])
        top = max(1.05, float(np.max(y)) * 1.1, float(np.max(r["y2"])) * 1.1 if compare else 0.0)
        tallest_at_k = max(float(y[k]), float(r["y2"][k]) if compare else 0.0)
        t_above = tallest_at_k > 0.75  # inside the target box the "t = k" label would sit on the bar
        if t_above:
            top = max(top, 1.25)
        self.bars_plot.getPlotItem().setYRange(0, top, padding=0)
        for i, t in enumerate(self.bar_texts):
            t.setText(_short(y[i]))
            t.setPos(i - (0.17 if compare else 0.0), y[i] + 0.01 * top)
            t.setColor(style.ACCENT if i == k else style.theme()["foreground"])
        if t_above:  # above the bar and its value label
            self.t_text.setAnchor((0.5, 1.0))
            self.t_text.setPos(k, max(1.0, tallest_at_k) + 0.1 * top)
        else:  # just inside the top of the target box
            self.t_text.setAnchor((0.5, -0.12))
            self.t_text.setPos(k, 1.0)
        self.t_text.setText(self.tr("t = %1").replace("%1", str(k)))

        size = style.symbol_size(11, on)
        self.ce_curve.setData(self.p_grid, r["curve_ce"])
        self.sse_curve.setData(self.p_grid, r["curve_sse"])
        points = [{"pos": (y[k], r["ce"]), "brush": style.CLASS_COLORS[1]},
                  {"pos": (y[k], r["sse"]), "brush": style.CLASS_COLORS[0]}]
        self.curve_points.setData(points, size=size, pen=pg.mkPen("w", width=1.5), symbol="o")
        if compare:
            self.sse2_curve.setData(self.p_grid, r["curve_sse2"])
            self.sse2_curve.setVisible(True)
            if self.curve_legend.getLabel(self.sse2_curve) is None:
                self.curve_legend.addItem(self.sse2_curve, self.tr("squared error (y2)"))
                style.apply_plot_style(self.curve_plot, on)
            pts2 = [{"pos": (r["y2"][k], r["ce2"]), "brush": Y2_COLOR},
                    {"pos": (r["y2"][k], r["sse2"]), "brush": Y2_COLOR}]
            self.curve_points2.setData(pts2, size=size, pen=pg.mkPen("w", width=1.5), symbol="d")
            self.curve_points2.setVisible(True)
        else:
            self.sse2_curve.setVisible(False)
            self.curve_legend.removeItem(self.sse2_curve)
            self.curve_points2.setVisible(False)
        ymax = max(4.0, float(r["ce"]) * 1.08, float(r.get("ce2", 0.0)) * 1.08, float(r["sse"]) * 1.1)
        self.curve_plot.getPlotItem().setYRange(0, ymax, padding=0)

        sse, ce = r["sse_contrib"], r["ce_contrib"]
        self.sse_contrib.setOpts(height=sse)
        self.ce_contrib.setOpts(height=ce)
        for i, t in enumerate(self.sse_contrib_texts):
            t.setText(_contribution_text(sse[i]))
            t.setPos(i - 0.18, sse[i])
        self.ce_contrib_text.setText(_contribution_text(ce[k]))
        self.ce_contrib_text.setPos(k + 0.18, max(ce[k], 0.0))
        finite = np.concatenate([sse, ce])
        finite = finite[np.isfinite(finite)]
        high = max(float(np.max(finite, initial=0.0)), 1e-12)
        low = min(float(np.min(finite, initial=0.0)), 0.0)
        # headroom above the tallest bar for its value label
        self.contrib_plot.getPlotItem().setYRange(low * 1.1, high * CONTRIB_HEADROOM, padding=0)

        for i, key in enumerate(("grad_sse", "grad_ce", "grad_softmax_ce")):
            g = r[key]
            self.grad_bars[i].setOpts(height=np.zeros(NUM_CLASSES) if g is None else g)
            self.grad_plots[i].enableAutoRange(axis="y")

    # ================================================================== batch
    def _fill_batch_from_book(self) -> None:
        book = self._presets[0]
        self._set_batch_rows([(book["y"], book["label"]), (book["y2"], book["label"])])

    def _set_batch_rows(self, rows: list[tuple[Any, int]]) -> None:
        self.batch_table.blockSignals(True)
        self.batch_table.setRowCount(0)
        for y, label in rows:
            self._append_batch_row(y, label)
        self.batch_table.blockSignals(False)
        self._recompute_batch()

    def _append_batch_row(self, y, label: int) -> None:
        r = self.batch_table.rowCount()
        self.batch_table.insertRow(r)
        for c, v in enumerate(y):
            self.batch_table.setItem(r, c, QTableWidgetItem(precise(v)))
        self.batch_table.setItem(r, NUM_CLASSES, QTableWidgetItem(str(int(label))))
        for c in (NUM_CLASSES + 1, NUM_CLASSES + 2):
            item = QTableWidgetItem("")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.batch_table.setItem(r, c, item)

    def add_batch_row(self) -> None:
        """Append a row holding the current output y and label."""
        self.batch_table.blockSignals(True)
        self._append_batch_row(self._y, self._label)
        self.batch_table.blockSignals(False)
        self._recompute_batch()

    def remove_batch_row(self) -> None:
        """Remove the selected row (or the last); at least one row stays."""
        if self.batch_table.rowCount() <= 1:
            style.set_error_label(self.batch_error, self.tr("A batch needs at least one row."), "info")
            return
        rows = sorted({i.row() for i in self.batch_table.selectedIndexes()}, reverse=True)
        self.batch_table.removeRow(rows[0] if rows else self.batch_table.rowCount() - 1)
        self._recompute_batch()

    def set_batch_cell(self, row: int, column: int, text: str) -> None:
        """Type ``text`` into a cell of the batch table (columns 0–9: y, 10: label)."""
        item = self.batch_table.item(row, column)
        item.setText(text)

    def _on_batch_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() <= NUM_CLASSES:
            self._recompute_batch()

    def _read_batch(self) -> tuple[np.ndarray, np.ndarray]:
        n = self.batch_table.rowCount()
        Y = np.zeros((n, NUM_CLASSES))
        labels = np.zeros(n, dtype=np.int64)
        errors = []
        for r in range(n):
            for c in range(NUM_CLASSES + 1):
                item = self.batch_table.item(r, c)
                text = item.text() if item is not None else ""
                try:
                    if c < NUM_CLASSES:
                        Y[r, c] = parse_vector(text, 1, allow_negative=False)[0]
                    else:
                        v = parse_vector(text, 1, minimum=0, maximum=NUM_CLASSES - 1)[0]
                        if v != int(v):
                            raise ValueError(self.tr("The label must be a whole number 0–9."))
                        labels[r] = int(v)
                    if item is not None:
                        item.setBackground(Qt.GlobalColor.transparent)
                except ValueError as exc:
                    if item is not None:
                        item.setBackground(style.brush(style.ERROR, 90))  # translucent: readable light or dark
                    column = f"y{c}" if c < NUM_CLASSES else self.tr("label t")
                    errors.append(self.tr("Row %1, %2: %3").replace("%1", str(r + 1)).replace("%2", column)
                                  .replace("%3", str(exc)))
        if errors:
            raise ValueError("\n".join(errors[:3]) + ("\n…" if len(errors) > 3 else ""))
        return Y, labels

    def _recompute_batch(self) -> None:
        self.batch_table.blockSignals(True)
        self._set_batch_tooltips()
        self.batch_table.blockSignals(False)
        try:
            Y, labels = self._read_batch()
        except ValueError as exc:
            style.set_error_label(self.batch_error, self.tr("Not updated — fix the highlighted cells:") + "\n"
                                  + str(exc))
            return
        style.set_error_label(self.batch_error, None)
        T = F.one_hot(labels, NUM_CLASSES, dtype=np.int64)
        b: dict[str, Any] = {"Y": Y, "labels": labels}
        b["ce_labels"] = F.cross_entropy_error(Y, labels)
        b["ce_onehot"] = F.cross_entropy_error(Y, T)
        b["per_row"] = F.cross_entropy_per_row(Y, labels)
        b["per_row_onehot"] = F.cross_entropy_per_row(Y, T)
        b["sse"] = F.sum_squared_error(Y, T)
        b["sse_rows"] = np.array([F.sum_squared_error(Y[i], labels[i]) for i in range(len(labels))])
        self._batch_results = b
        n = len(labels)
        self.batch_table.blockSignals(True)
        for r in range(n):
            self.batch_table.item(r, NUM_CLASSES + 1).setText(precise(b["per_row"][r]))
            self.batch_table.item(r, NUM_CLASSES + 2).setText(precise(b["sse_rows"][r]))
        self._set_batch_tooltips()
        self.batch_table.blockSignals(False)
        self.batch_ce_labels.set_value(b["ce_labels"])
        self.batch_ce_onehot.set_value(b["ce_onehot"])
        self.batch_sse.set_value(b["sse"])
        self.batch_sse_over_n.set_value(b["sse"] / n)
        if b["ce_labels"] == b["ce_onehot"] and np.array_equal(b["per_row"], b["per_row_onehot"]):
            style.set_error_label(self.batch_agree, self.tr(
                "✓ The one-hot form and the label-index form agree exactly (the label form just reads "
                "y[row, t] instead of multiplying by zeros)."), "ok")
        else:
            diff = abs(b["ce_labels"] - b["ce_onehot"])
            style.set_error_label(self.batch_agree, self.tr(
                "The two forms differ by %1 (floating-point summation order).").replace("%1", precise(diff)),
                "warning")
        style.set_error_label(self.batch_half_sum_note, self.tr(
            "Careful: the book's mean_squared_error is a half SUM. Over these %1 rows it adds every row "
            "(%2); it is not divided by the batch size, unlike the batch cross-entropy, which is a mean.")
            .replace("%1", str(n)).replace("%2", precise(b["sse"])), "warning")
        self.batch_bars.setOpts(x=np.arange(n, dtype=float), height=b["per_row"], width=0.6)
        self.batch_mean_line.setValue(b["ce_labels"])
        bp = self.batch_plot.getPlotItem()
        bp.getAxis("bottom").setTicks([[(i, str(i + 1)) for i in range(n)]])
        bp.setXRange(-0.6, n - 0.4, padding=0)
        self._fit_batch_split(grow_only=True)

    def _set_batch_tooltips(self) -> None:
        """Cells shown shortened carry their full value as a tooltip (call with the table's signals blocked)."""
        columns = [(c, short_y) for c in range(NUM_CLASSES)]
        columns += [(NUM_CLASSES + 1, short_result), (NUM_CLASSES + 2, short_result)]
        for r in range(self.batch_table.rowCount()):
            for c, formatter in columns:
                item = self.batch_table.item(r, c)
                if item is not None:
                    text = item.text()
                    item.setToolTip(text if shows_rounded(text, formatter(text)) else "")

    def batch_results(self) -> dict[str, Any]:
        """The last batch values computed by core."""
        return dict(self._batch_results)

    # ================================================================== CSV
    def single_table(self) -> CsvTable:
        """Per-class table of the current output: y, t, y2, contributions and gradients (full precision)."""
        r = self._results
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
        rows.append(["SSE", r["sse"]])
        rows.append(["CE", r["ce"]])
        rows.append(["CE_without_delta", r["ce_nodelta"]])
        if "y2" in r:
            rows.append(["SSE_y2", r["sse2"]])
            rows.append(["CE_y2", r["ce2"]])
        return CsvTable(header, rows)

    def batch_csv(self) -> CsvTable:
        """The batch table with per-row values and the batch results (full precision)."""
        b = self._batch_results
        header = [f"y{k}" for k in range(NUM_CLASSES)] + ["label", "cross_entropy", "squared_error"]
        rows: list[list[Any]] = []
        if b:
            for i in range(len(b["labels"])):
                rows.append([float(v) for v in b["Y"][i]] + [int(b["labels"][i]), float(b["per_row"][i]),
                                                             float(b["sse_rows"][i])])
            rows.append(["batch_cross_entropy", b["ce_labels"]])
            rows.append(["batch_squared_error_half_sum", b["sse"]])
        return CsvTable(header, rows)


def _short(value: float) -> str:
    """A bar label: two decimals without trailing zeros (0.6, 0.05, 0.01); the exact values are in the field."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def _fit_title_row(plot: pg.PlotItem) -> None:
    """Give a plot's title row the height of its text (PlotItem.setTitle fixes it at 30 px, one small line),
    so a two-line or presentation-size title does not run into the plot."""
    height = float(np.ceil(plot.titleLabel.itemRect().height()))
    plot.titleLabel.setMaximumHeight(height)
    plot.layout.setRowFixedHeight(0, height)


def _contribution_text(value: float) -> str:
    """A per-class contribution label, two significant digits so ten fit side by side (0.005, 0.0013, 0.51)."""
    return "0" if value == 0 else f"{value:.2g}"


def _captioned(caption: str, field: QWidget, parent: QWidget) -> QHBoxLayout:
    """``caption`` (a fixed-width math label) to the left of ``field``, aligned with the field's first line."""
    row = QHBoxLayout()
    row.setSpacing(6)
    label = QLabel(caption, parent)
    label.setFixedWidth(30)
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    label.setContentsMargins(0, 4, 0, 0)
    row.addWidget(label, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(field, 1)
    return row


def _html_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = ["BarDragViewBox", "LossPanel", "load_presets", "renormalise"]
