"""The "Computational graph" tab: presets and a typed formula, the values, the graph, the step ledger and the
numerical check. Small views; :class:`GraphController` glues them to :mod:`core.compgraph`."""
from __future__ import annotations

import html
import math

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dlfs_studio.app import style
from dlfs_studio.app.export import CsvTable
from dlfs_studio.app.panels.backprop.controller import GraphController
from dlfs_studio.app.panels.backprop.graph_view import GraphView, fmt
from dlfs_studio.app.panels.descent.playback import Playback
from dlfs_studio.core import compgraph as cg

TYPING_DELAY_MS = 500


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackpropGraphTab", text)


def preset_titles() -> dict[str, str]:
    """The presets' titles in the UI language."""
    return {
        "apple": _tr("Buying apples (figure 5-16)"),
        "apple_orange": _tr("Apples and oranges (figure 5-17)"),
        "chain": _tr("Chain rule: z = t**2, t = x + y (figure 5-7)"),
        "add_mul": _tr("(x + y) * z"),
        "exp": _tr("exp(-x) (section 5.5.2)"),
        "sigmoid": _tr("Sigmoid 1 / (1 + exp(-x)) (figure 5-19)"),
    }


def mono_font(presentation: bool = False) -> QFont:
    f = QFont("DejaVu Sans Mono")
    f.setStyleHint(QFont.StyleHint.Monospace)
    f.setPointSizeF(style.font_size("body", presentation))
    return f


class InputsView(QWidget):
    """Preset chooser, formula editor, one field per variable, the error line and the book's note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller: GraphController | None = None
        layout = self.column = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.preset_combo = QComboBox(self)
        self.preset_combo.setToolTip(_tr("Load one of the book's graphs"))
        self.preset_combo.addItem(_tr("Your own formula"), "")
        for key, title in preset_titles().items():
            self.preset_combo.addItem(title, key)
        layout.addWidget(self.preset_combo)
        self.formula_label = QLabel(_tr("Formula (one statement per line; name = … defines a node):"), self)
        self.formula_label.setWordWrap(True)
        layout.addWidget(self.formula_label)
        self.formula = QPlainTextEdit(self)
        self.formula.setToolTip(_tr("For example (x + y) * z, or t = x + y on one line and t**2 on the next. "
                                    "Functions: exp(), log(), sin(), cos(), tanh(), sigmoid(), relu(), sqrt(), abs()…"))
        self.formula.setFixedHeight(96)
        layout.addWidget(self.formula)
        self.values_box = QWidget(self)
        self.values_form = QFormLayout(self.values_box)
        self.values_form.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.values_box)
        self.fields: dict[str, QLineEdit] = {}
        self.error = style.error_label(self)
        layout.addWidget(self.error)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.RichText)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_DELAY_MS)
        self._typing.timeout.connect(self.apply_formula)
        self.formula.textChanged.connect(self._typing.start)
        self.preset_combo.activated.connect(self._on_preset)
        self.presentation = False

    def bind(self, controller: GraphController) -> None:
        self.controller = controller

    def _on_preset(self, index: int) -> None:
        key = self.preset_combo.itemData(index)
        if key and self.controller is not None:
            self._typing.stop()
            self.controller.load_preset(key)

    def apply_formula(self) -> None:
        """Build the graph of the typed formula now (also called after a pause in typing)."""
        self._typing.stop()
        if self.controller is not None:
            self.controller.set_formula(self.formula.toPlainText())

    # ------------------------------------------------------------------ view interface
    def set_variables(self, names: tuple[str, ...], values: dict[str, float]) -> None:
        c = self.controller
        if c is not None and self.formula.toPlainText() != c.text:
            self.formula.blockSignals(True)
            self.formula.setPlainText(c.text)
            self.formula.blockSignals(False)
        if c is not None:
            key = c.preset.key if c.preset is not None else ""
            self.preset_combo.setCurrentIndex(max(0, self.preset_combo.findData(key)))
        if tuple(self.fields) != tuple(names):
            while self.values_form.rowCount():
                self.values_form.removeRow(0)
            self.fields = {}
            for name in names:
                field = QLineEdit(self.values_box)
                field.setToolTip(_tr("The value of %1 (any finite number)").replace("%1", name))
                field.setMaxLength(40)
                field.editingFinished.connect(lambda n=name: self._on_value(n))
                field.textEdited.connect(lambda _t, n=name: self._on_value(n, quiet=True))
                self.values_form.addRow(name, field)
                self.fields[name] = field
        for name in names:
            if self.fields[name].text() != fmt(values[name]):
                try:
                    same = float(self.fields[name].text()) == values[name]
                except ValueError:
                    same = False
                if not same:
                    self.fields[name].setText(fmt(values[name]))

    def _on_value(self, name: str, quiet: bool = False) -> None:
        text = self.fields[name].text().strip()
        try:
            v = float(text)
        except ValueError:
            v = math.nan
        if not math.isfinite(v):
            if not quiet:
                style.set_error_label(self.error, _tr("The value of %1 must be a finite number, such as 1.5.")
                                      .replace("%1", name))
            return
        if self.controller is not None:
            self.controller.set_value(name, v)

    def show_error(self, message: str | None) -> None:
        style.set_error_label(self.error, message)

    def show_note(self, preset: cg.GraphPreset | None, bp: cg.Backprop) -> None:
        if preset is None:
            self.preset_combo.setCurrentIndex(0)   # "Your own formula": the values are no longer the book's
            self.note.setText(_tr("Your own graph. Step forward to compute each node, then backward to send the "
                                  "gradient back, node by node."))
            return
        out = bp.graph.output_name
        rows = []
        for quantity, printed, rounded in preset.printed:
            ours = bp.value if quantity == "value" else bp.gradient[quantity]
            what = out if quantity == "value" else f"∂{out}/∂{quantity}"
            if rounded:
                said = _tr("the book prints int(%1) = %2").replace("%1", repr(ours)).replace("%2", printed)
            elif repr(ours) == printed:
                said = _tr("the book prints %1, the same").replace("%1", printed)
            else:
                said = _tr("the book prints %1 (the same number: %2)").replace("%1", printed).replace(
                    "%2", repr(ours))
            rows.append(f"<code>{html.escape(what)}</code>: {html.escape(said)}")
        title = html.escape(preset_titles().get(preset.key, preset.title))
        source = html.escape(preset.source)
        self.note.setText(f"<b>{title}</b> — <i>{source}</i><br>" + "<br>".join(rows))

    def set_presentation(self, on: bool) -> None:
        self.presentation = on
        self.formula.setFont(mono_font(on))
        # on a projector the graph itself shows the formula: the editor and the source note give it their room
        for w in (self.formula_label, self.formula, self.note):
            w.setVisible(not on)


class LedgerView(QTableWidget):
    """One row per step: phase, node, what is computed. Steps not taken yet are hidden behind "…"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels([_tr("Phase"), _tr("Node"), _tr("Computation")])
        self.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFont(mono_font())
        self.bp: cg.Backprop | None = None
        self.texts: list[str] = []
        self.position = 0
        self._fresh = True

    def set_steps(self, bp: cg.Backprop) -> None:
        self.bp = bp
        self._fresh = True
        g = bp.graph
        phases = {"forward": _tr("forward"), "seed": _tr("backward: start"), "backward": _tr("backward")}
        self.texts = []
        self.setRowCount(len(bp.steps))
        for r, s in enumerate(bp.steps):
            if s.phase == "forward":
                text = cg.forward_formula(g, s)
            elif s.phase == "seed":
                text = f"∂{g.output_name}/∂{g.output_name} = {fmt(s.value)}"
            else:
                text = "   ".join(cg.backward_products(g, s))
            self.texts.append(text)
            self.setItem(r, 0, QTableWidgetItem(phases[s.phase]))
            self.setItem(r, 1, QTableWidgetItem(f"{g.nodes[s.node].symbol}  {cg.display_name(g, s.node, False)}"))
            item = QTableWidgetItem("")
            item.setToolTip(text)
            self.setItem(r, 2, item)
        self.resizeColumnToContents(0)
        self.resizeColumnToContents(1)

    def set_position(self, position: int) -> None:
        """Reveal the rows of the steps taken; only the rows between the old and the new position change."""
        old, self.position = self.position, position
        muted = QBrush(QColor(style.muted_color()))
        lo, hi = (0, len(self.texts)) if self._fresh else (min(old, position), max(old, position))
        self._fresh = False
        for r in range(lo, min(hi, len(self.texts))):
            shown = r < position
            items = [self.item(r, c) for c in range(3)]
            if items[2] is not None:
                items[2].setText(self.texts[r] if shown else "…")
                items[2].setToolTip(self.texts[r] if shown else "")
            for it in items:
                if it is not None:
                    it.setForeground(QBrush() if shown else muted)
        current = self.item(position - 1, 0) if position > 0 else None
        if current is not None:
            self.selectRow(position - 1)
            self.scrollToItem(current)
        else:
            self.clearSelection()

    def csv(self) -> CsvTable:
        rows = []
        if self.bp is not None:
            g = self.bp.graph
            for s, text in zip(self.bp.steps, self.texts, strict=True):
                rows.append([s.index + 1, s.phase, cg.display_name(g, s.node, False), text])
        return CsvTable(["step", "phase", "node", "computation"], rows)


class CheckView(QLabel):
    """Backprop against the numerical derivative, one line per variable, shown once the backward pass is done."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setToolTip(_tr("Each gradient from backprop against the book's numerical derivative "
                            "(central difference, h = 1e-4)"))
        self.checks: tuple[cg.VariableCheck, ...] = ()

    def show_checks(self, checks: tuple[cg.VariableCheck, ...] | None) -> None:
        self.checks = checks or ()
        head = "<b>" + html.escape(_tr("Check against the numerical derivative (h = 1e-4)")) + "</b><br>"
        if checks is None:
            self.setText(head + html.escape(_tr("Step to the end of the backward pass to compare every "
                                                "gradient with the numerical derivative.")))
            return
        lines = []
        for c in checks:
            if c.agrees:
                verdict, color = _tr("✓ agrees"), style.OK
            elif c.kink:
                verdict, color = _tr("differs at a kink (relu/abs/step at 0): the numerical derivative "
                                     "averages the two sides; not a bug"), style.WARNING
            else:
                verdict, color = _tr("✗ differs by %1").replace("%1", f"{c.abs_diff:.3g}"), style.ERROR
            lines.append(f"<code>{html.escape(c.name)}</code>: {fmt(c.backprop)} ≈ {fmt(c.numerical)} "
                         f"<span style='color:{color}'>{html.escape(verdict)}</span>")
        self.setText(head + "<br>".join(lines))

    def csv(self) -> CsvTable:
        return CsvTable(["variable", "backprop", "numerical", "abs_diff", "agrees", "kink"],
                        [[c.name, c.backprop, c.numerical, c.abs_diff, c.agrees, c.kink] for c in self.checks])


class GraphTab(QWidget):
    """Inputs on the left; the graph, the playback buttons, the ledger and the check on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.inputs_scroll = QScrollArea(self.split)       # the inputs never overlap, whatever the font size
        self.inputs_scroll.setWidgetResizable(True)
        self.inputs_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.inputs = InputsView(self.inputs_scroll)
        self.inputs_scroll.setWidget(self.inputs)
        right = QWidget(self.split)
        col = QVBoxLayout(right)
        col.setContentsMargins(0, 0, 0, 0)
        self.vsplit = QSplitter(Qt.Orientation.Vertical, right)
        self.graph = GraphView(self.vsplit)
        bottom = QWidget(self.vsplit)
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        self.status = QLabel(bottom)
        self.status.setFont(style.heading_font(False, "body"))
        self.ledger = LedgerView(bottom)
        self.check = CheckView(self.inputs)
        self.inputs.column.insertWidget(self.inputs.column.count() - 1, self.check)
        self.controller = GraphController(self.graph, self.ledger, self.inputs, self.check, self)
        self.inputs.bind(self.controller)
        self.playback = Playback(self.controller.step, self.controller.back, self.controller.reset,
                                 self.controller.at_end, self.controller.reset, speed=1.5, parent=bottom)
        self.playback.step_button.setToolTip(_tr("One step: the next node forward, then backward (Right arrow)."))
        self.playback.back_button.setToolTip(_tr("One step back (Left arrow)."))
        self.playback.reset_button.setToolTip(_tr("Back to the start: only the inputs are known (Home)."))
        self.playback.play_button.setToolTip(_tr("Play or pause: forward node by node, then backward (Space)."))
        bl.addWidget(self.playback)
        bl.addWidget(self.status)
        bl.addWidget(self.ledger, 1)
        col.addWidget(self.vsplit)
        self.vsplit.setStretchFactor(0, 3)
        self.vsplit.setStretchFactor(1, 2)
        self.vsplit.setSizes([430, 270])
        self.split.setStretchFactor(0, 1)
        self.split.setStretchFactor(1, 3)
        self.split.setSizes([300, 960])
        outer.addWidget(self.split)
        self.controller.changed.connect(self._update_status)
        self.controller.load_preset("apple_orange")

    def _update_status(self) -> None:
        c = self.controller
        if c.error is not None and c.bp is None:
            self.status.setText("")
            return
        words = {"start": _tr("Start: only the inputs are known. Step forward."),
                 "forward": _tr("Forward pass: step %1 of %2"),
                 "backward": _tr("Backward pass: step %1 of %2 (gradients in red)"),
                 "done": _tr("Done: every gradient is known (%1 of %2 steps).")}
        self.status.setText(words[c.phase()].replace("%1", str(c.position)).replace("%2", str(c.total_steps())))

    def set_presentation(self, on: bool) -> None:
        self.graph.set_presentation(on)
        self.inputs.set_presentation(on)
        self.playback.set_presentation(on)
        self.ledger.setFont(mono_font(on))
        self.status.setFont(style.heading_font(on, "body"))
        self.vsplit.setSizes([560, 130] if on else [430, 270])
        self.ledger.resizeColumnToContents(0)
        self.ledger.resizeColumnToContents(1)
        self.split.setSizes([300, 980] if on else [300, 960])

    def shutdown(self) -> None:
        self.playback.pause()
