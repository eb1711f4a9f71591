"""The controls column of the "Output y" tab: y (typed, or logits through softmax), the label t, y2."""
from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from dlfs_studio.app import style
from dlfs_studio.app.panels.loss.controller import LossController, sum_text
from dlfs_studio.app.panels.loss.model import NUM_CLASSES
from dlfs_studio.app.panels.loss.widgets import captioned, mono_font
from dlfs_studio.app.widgets.number_field import VectorField


def _tr(text: str) -> str:
    return QCoreApplication.translate("LossPanel", text)  # every loss-panel string: context "LossPanel"

#: Width of the controls column in pixels.
CONTROLS_WIDTH = 300


class ControlsView(QWidget):
    """Input fields bound to a :class:`LossController` (edits call its actions; its state refills them)."""

    def __init__(self, controller: LossController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setFixedWidth(CONTROLS_WIDTH)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(10)

        y_box = QGroupBox(_tr("Output y"), self)
        y_layout = QVBoxLayout(y_box)
        y_layout.setSpacing(6)
        self.radio_prob = QRadioButton(_tr("Probabilities: drag the bars or type y"), y_box)
        self.radio_prob.setToolTip(_tr("Edit the ten probabilities directly"))
        self.radio_logits = QRadioButton(_tr("Logits a → y = softmax(a / T)"), y_box)
        self.radio_logits.setToolTip(_tr("Type scores (logits); softmax turns them into probabilities"))
        self.radio_prob.setChecked(True)
        group = QButtonGroup(y_box)
        group.addButton(self.radio_prob)
        group.addButton(self.radio_logits)
        self.radio_prob.toggled.connect(lambda on: controller.set_mode("prob" if on else "logits"))
        y_layout.addWidget(self.radio_prob)
        y_layout.addWidget(self.radio_logits)
        self.y_field = VectorField(NUM_CLASSES, allow_negative=False, parent=y_box,
                                   placeholder="0.1, 0.05, 0.6, 0.0, …",
                                   tooltip=_tr("The ten values of y, separated by commas (Enter applies). "
                                               "They need not sum to 1; the panel tells you if they do not."))
        self.y_field.valuesChanged.connect(controller.set_y)
        y_layout.addLayout(captioned("y =", self.y_field, y_box))
        self.logits_widget = QWidget(y_box)
        lw = QVBoxLayout(self.logits_widget)
        lw.setContentsMargins(0, 0, 0, 0)
        lw.setSpacing(4)
        self.logits_field = VectorField(NUM_CLASSES, allow_negative=True, parent=self.logits_widget,
                                        placeholder="0.3, -0.4, 2.1, …",
                                        tooltip=_tr("Ten logits (any real numbers), separated by commas"))
        self.logits_field.valuesChanged.connect(lambda v: controller.set_logits(v))
        lw.addLayout(captioned("a =", self.logits_field, self.logits_widget))
        trow = QHBoxLayout()
        trow.addWidget(QLabel(_tr("Temperature T"), self.logits_widget))
        self.temperature = QDoubleSpinBox(self.logits_widget)
        self.temperature.setRange(0.05, 50.0)
        self.temperature.setSingleStep(0.1)
        self.temperature.setDecimals(2)
        self.temperature.setValue(1.0)
        self.temperature.setToolTip(_tr("softmax(a / T): T < 1 sharpens, T > 1 flattens; T = 1 is the book's"))
        self.temperature.valueChanged.connect(controller.set_temperature)
        trow.addWidget(self.temperature, 1)
        lw.addLayout(trow)
        y_layout.addWidget(self.logits_widget)
        self.logits_widget.setVisible(False)
        self.sum_label = QLabel(y_box)
        self.sum_label.setWordWrap(True)
        self.sum_label.setToolTip(_tr("The sum of y: a probability vector sums to 1"))
        y_layout.addWidget(self.sum_label)
        self.renormalise_button = QPushButton(_tr("Make y sum to 1"), y_box)
        self.renormalise_button.setToolTip(_tr("Divide every y by the sum of y"))
        self.renormalise_button.clicked.connect(controller.renormalise_all)
        y_layout.addWidget(self.renormalise_button)
        self.action_note = style.error_label(y_box)
        y_layout.addWidget(self.action_note)
        col.addWidget(y_box)

        t_box = QGroupBox(_tr("Correct label t"), self)
        t_layout = QVBoxLayout(t_box)
        self.t_index_label = QLabel(t_box)
        self.t_index_label.setToolTip(_tr("The correct class as a label index (what the book's batch code uses)"))
        self.t_onehot_label = QLabel(t_box)
        self.t_onehot_label.setWordWrap(True)
        self.t_onehot_label.setToolTip(_tr("The same label as a one-hot vector (what equation 4.1 uses)"))
        self.t_onehot_label.setFont(mono_font())
        t_layout.addWidget(self.t_index_label)
        t_layout.addWidget(self.t_onehot_label)
        hint = QLabel(_tr("Click a class button under the bars to change it."), t_box)
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {style.muted_color()};")
        t_layout.addWidget(hint)
        col.addWidget(t_box)

        y2_box = QGroupBox(_tr("Compare"), self)
        y2_layout = QVBoxLayout(y2_box)
        self.compare_check = QCheckBox(_tr("Show a second output y2"), y2_box)
        self.compare_check.setToolTip(_tr("Compare the losses of y and y2 for the same label"))
        self.compare_check.toggled.connect(lambda on: controller.set_compare(on))
        y2_layout.addWidget(self.compare_check)
        self.y2_field = VectorField(NUM_CLASSES, allow_negative=False, parent=y2_box,
                                    placeholder="0.1, 0.05, 0.1, 0.0, …",
                                    tooltip=_tr("The ten values of y2, separated by commas (Enter applies)"))
        self.y2_field.valuesChanged.connect(controller.set_y2)
        y2_layout.addLayout(captioned("y2 =", self.y2_field, y2_box))
        col.addWidget(y2_box)
        col.addStretch(1)

        controller.inputs_changed.connect(self.sync)
        controller.logits_error.connect(self._show_logits_error)
        controller.action_error.connect(lambda text: style.set_error_label(self.action_note, text))
        self.sync()

    def sync(self) -> None:
        """Show the controller's inputs in the fields (without emitting their signals)."""
        c = self.controller
        logits = c.mode == "logits"
        for w in (self.radio_prob, self.radio_logits, self.compare_check, self.temperature):
            w.blockSignals(True)
        self.radio_prob.setChecked(not logits)
        self.radio_logits.setChecked(logits)
        self.compare_check.setChecked(c.compare)
        self.temperature.setValue(c.temperature)
        for w in (self.radio_prob, self.radio_logits, self.compare_check, self.temperature):
            w.blockSignals(False)
        self.logits_widget.setVisible(logits)
        self.y_field.edit.setReadOnly(logits)
        self.y_field.edit.setToolTip(
            _tr("y = softmax(a / T), computed from the logits") if logits else
            _tr("The ten values of y, separated by commas (Enter applies). They need not sum to 1."))
        _show(self.y_field, c.y)
        if logits:
            _show(self.logits_field, c.logits)
        if c.y2 is not None:
            _show(self.y2_field, c.y2)
        self.y2_field.setEnabled(c.compare)

    def _show_logits_error(self, text: str) -> None:
        if text:
            self.logits_field.show_error(text)
        elif self.logits_field.values() is not None:
            self.logits_field.set_values(self.logits_field.values())

    def draw(self, r: dict[str, Any]) -> None:
        """Show the label and the sum of y of results ``r``."""
        k = r["label"]
        _set_label(self.t_index_label, _tr("label index: t = %1").replace("%1", str(k)))
        _set_label(self.t_onehot_label,
                   _tr("one-hot: t = [%1]").replace("%1", " ".join(str(int(v)) for v in r["t"])))
        with np.errstate(over="ignore"):
            total = float(np.sum(r["y"]))
        _set_label(self.sum_label, _tr("sum of y = %1").replace("%1", sum_text(total)))
        self.renormalise_button.setEnabled(abs(total - 1.0) > 1e-12 and 0 < total < np.inf)
        if self.action_note.isVisibleTo(self):
            style.set_error_label(self.action_note, None)


def _set_label(label: QLabel, text: str) -> None:
    """Set a label's text only when it changes (a word-wrapped label relays its column out)."""
    if label.text() != text:
        label.setText(text)


def _show(field: VectorField, values: np.ndarray) -> None:
    """Put ``values`` in ``field`` unless it already holds them (keeps the cursor of a field being typed in)."""
    current = field.values()
    if current is None or current.shape != values.shape or not np.array_equal(current, values):
        field.set_values(values)
