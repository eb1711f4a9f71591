"""The two loss cards (squared error, cross-entropy, with full-precision values) and the notes under them."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from dlfs_studio.app import style
from dlfs_studio.app.panels.loss.widgets import Card
from dlfs_studio.app.widgets.value_label import ValueLabel


def _tr(text: str) -> str:
    return QCoreApplication.translate("LossPanel", text)  # every loss-panel string: context "LossPanel"

#: Presentation-mode scale of the big numbers (the cards must still fit 18 digits side by side at 1280 px).
NUMBER_SCALE = 1.4
#: Presentation-mode scale of the secondary numbers (y2, without δ), which share one line.
SECONDARY_NUMBER_SCALE = 1.2
#: Characters a value label has room for before it widens (most reprs: 0.09750000000000003 has 19).
RESERVED_DIGITS = 19
#: Most notes shown at once (sum, overflow, δ or negative cross-entropy).
MAX_NOTES = 3
QWIDGETSIZE_MAX = 16777215


def _reserve(label: ValueLabel) -> None:
    """Give a value label a fixed size that holds most values (18 characters, e.g. 0.09750000000000003), so a new
    value repaints the label alone: a label that changes its size hint relays the whole tab out at every drag
    step. A longer value widens it once (:func:`_set_value`)."""
    metrics = label.fontMetrics()
    width = max(metrics.horizontalAdvance("0" * RESERVED_DIGITS), metrics.horizontalAdvance(label.text())) + 4
    label.setFixedSize(width, metrics.height() + 2)


def _set_value(label: ValueLabel, value: float) -> None:
    label.set_value(value)
    needed = label.fontMetrics().horizontalAdvance(label.text()) + 4
    if needed > label.width():
        label.setFixedWidth(needed)


class NotesArea(QWidget):
    """Up to three inline notes, in a space that never shrinks below two lines of text, and that holds its
    height while the pointer drags a bar (a note appearing mid-drag must not move the chart under it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.labels = [style.error_label(self) for _ in range(MAX_NOTES)]
        for label in self.labels:
            layout.addWidget(label)
        layout.addStretch(1)
        self._held = False
        self.reserve()

    def reserve(self, lines: int = 2) -> None:
        """Keep at least the height of one note of ``lines`` lines (call again when the fonts change)."""
        self._lines = lines
        probe = style.error_label()
        style.set_error_label(probe, "\n".join("A" * lines), "warning")
        self.reserved = probe.sizeHint().height()
        probe.deleteLater()
        if not self._held:
            self.setMinimumHeight(self.reserved)

    def set_notes(self, notes: list[tuple[str, str]]) -> None:
        """Show ``notes``, a list of (level, sentence)."""
        for i, label in enumerate(self.labels):
            if i < len(notes):
                level, text = notes[i]
                if label.text() != text or label.property("dlfsLevel") != level or not label.isVisibleTo(self):
                    style.set_error_label(label, text, level)
            elif label.isVisibleTo(self):
                style.set_error_label(label, None)

    def texts(self) -> list[str]:
        return [label.text() for label in self.labels if label.isVisibleTo(self)]

    def hold(self, on: bool) -> None:
        """Freeze the current height (True, at the start of a drag) or let it follow the notes again."""
        self._held = bool(on)
        if on:
            self.setFixedHeight(self.height())
        else:
            self.setMaximumHeight(QWIDGETSIZE_MAX)
            self.setMinimumHeight(self.reserved)


class NumbersView(QWidget):
    """The loss values of one output (and of y2) and the notes that explain them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        main = QVBoxLayout(self)
        main.setContentsMargins(0, 0, 0, 0)
        main.setSpacing(6)
        cards = QHBoxLayout()
        cards.setSpacing(12)
        sse_formula = "E = ½ Σ<sub>k</sub> (y<sub>k</sub> − t<sub>k</sub>)<sup>2</sup>"
        ce_formula = "E = −Σ<sub>k</sub> t<sub>k</sub> log(y<sub>k</sub> + δ),  δ = 1e-7"
        self.card_sse = Card(_tr("Sum of squared errors"), sse_formula, self)
        self.card_sse.setToolTip(_tr("Equation 4.1: uses all ten classes (the book calls it mean_squared_error)")
                                 + "<br>" + sse_formula)
        self.sse_label = ValueLabel(self.card_sse, point_size=style.FONT_SIZES["big_number"])
        self.card_sse.add_row(_tr("y:"), self.sse_label)
        self.sse2_label = ValueLabel(self.card_sse, point_size=style.FONT_SIZES["body"] + 2, bold=False)
        self.sse2_caption = self.card_sse.add_row(_tr("y2:"), self.sse2_label)
        self.card_ce = Card(_tr("Cross-entropy"), ce_formula, self)
        self.card_ce.setToolTip(_tr("Equation 4.2: only the correct class counts; δ guards against log(0)")
                                + "<br>" + ce_formula)
        self.ce_label = ValueLabel(self.card_ce, point_size=style.FONT_SIZES["big_number"])
        self.card_ce.add_row(_tr("y:"), self.ce_label)
        self.ce2_label = ValueLabel(self.card_ce, point_size=style.FONT_SIZES["body"] + 2, bold=False)
        self.ce2_caption = self.card_ce.add_row(_tr("y2:"), self.ce2_label)
        self.ce_nodelta_label = ValueLabel(self.card_ce, point_size=style.FONT_SIZES["body"] + 2, bold=False)
        self.ce_nodelta_label.setToolTip(_tr("core.cross_entropy_error(y, t, delta=0): inf when y_t = 0"))
        self.nodelta_caption = self.card_ce.add_row(_tr("without δ:"), self.ce_nodelta_label, same_row=True)
        for card in (self.card_sse, self.card_ce):
            cards.addWidget(card, 1)
        main.addLayout(cards)
        self.notes = NotesArea(self)
        main.addWidget(self.notes)

    def draw(self, r: dict[str, Any]) -> None:
        _set_value(self.sse_label, r["sse"])
        _set_value(self.ce_label, r["ce"])
        _set_value(self.ce_nodelta_label, r["ce_nodelta"])
        compare = "sse2" in r
        for w in (self.sse2_label, self.sse2_caption, self.ce2_label, self.ce2_caption):
            if w.isVisibleTo(self) != compare:
                w.setVisible(compare)
        if compare:
            _set_value(self.sse2_label, r["sse2"])
            _set_value(self.ce2_label, r["ce2"])
        color = style.WARNING if r["y"][r["label"]] == 0 else style.muted_color()
        weight = " font-weight: bold;" if r["y"][r["label"]] == 0 else ""
        sheet = f"QLabel {{ color: {color};{weight} border: none; background: transparent; }}"
        if self.nodelta_caption.styleSheet() != sheet:  # a new style sheet re-polishes the widget: only on change
            self.nodelta_caption.setStyleSheet(sheet)
        self.notes.set_notes(r["notes"])

    def set_presentation_mode(self, on: bool) -> None:
        for card in (self.card_sse, self.card_ce):
            card.set_presentation_mode(on)
        for lab in (self.sse_label, self.ce_label):
            lab.set_presentation_mode(on, NUMBER_SCALE)
        for lab in (self.sse2_label, self.ce2_label, self.ce_nodelta_label):
            lab.set_presentation_mode(on, SECONDARY_NUMBER_SCALE)
        for lab in (self.sse_label, self.ce_label, self.sse2_label, self.ce2_label, self.ce_nodelta_label):
            _reserve(lab)
        for label in self.notes.labels:  # rescale visible notes
            if label.isVisibleTo(self):
                style.set_error_label(label, label.text(), str(label.property("dlfsLevel")))
        self.notes.reserve(1 if on else 2)  # presentation: the chart's height matters more (drags still hold)


__all__ = ["NUMBER_SCALE", "NumbersView"]
