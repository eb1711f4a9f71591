"""The loss panel's header: the heading, the examples (presets) menu, and the note of the chosen example with
the values its source printed, checked against core."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from dlfs_studio.app import style
from dlfs_studio.app.panels.loss.widgets import html_escape, preset_text
from dlfs_studio.app.widgets.value_label import precise


def _tr(text: str) -> str:
    return QCoreApplication.translate("LossPanel", text)  # every loss-panel string: context "LossPanel"


class PresetHeader(QWidget):
    """Heading, preset menu and note. The note keeps the height of the tallest note of any example at the
    current width, so the charts below never move when a drag turns a three-line note into one line."""

    presetChosen = Signal(str)  # a preset id, or "" for "your own values"

    def __init__(self, presets: list[dict[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presets = presets
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        row = QHBoxLayout()
        row.setSpacing(10)
        self.heading = QLabel(_tr("Loss functions"), self)
        row.addWidget(self.heading)
        row.addSpacing(12)
        row.addWidget(QLabel(_tr("Example:"), self))
        self.combo = QComboBox(self)
        self.combo.setToolTip(_tr("Load an example from the book (section 4.2) or a learner's note"))
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.addItem(_tr("(your own values)"), "")
        for p in presets:
            self.combo.addItem(preset_text(p, "name"), p["id"])
            self.combo.setItemData(self.combo.count() - 1, preset_text(p, "source"), Qt.ItemDataRole.ToolTipRole)
        self.combo.activated.connect(lambda i: self.presetChosen.emit(self.combo.itemData(i) or ""))
        row.addWidget(self.combo)
        row.addStretch(1)
        box.addLayout(row)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.RichText)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.setToolTip(_tr("Where this example comes from and what to notice"))
        self.note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        box.addWidget(self.note)
        self._probe = QLabel()  # measures the notes of every preset (never shown)
        self._probe.setWordWrap(True)
        self._probe.setTextFormat(Qt.TextFormat.RichText)
        self._reserved_for = -1
        self.note.installEventFilter(self)

    def draw(self, r: dict[str, Any]) -> None:
        p = r.get("preset")
        index = self.combo.findData(p["id"]) if p is not None else 0
        if self.combo.currentIndex() != index:
            self.combo.setCurrentIndex(index)
        text = note_html(p, r)
        if self.note.text() != text:
            self.note.setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.note and event.type() == QEvent.Type.Resize:
            self.reserve()
        return super().eventFilter(watched, event)

    def reserve(self, force: bool = False) -> None:
        """Set the note's minimum height to the tallest note any example (or none) gives at its width."""
        width = self.note.width()
        if width <= 0 or (width == self._reserved_for and not force):
            return
        self._reserved_for = width
        self._probe.setFont(self.note.font())
        tallest = 0
        for p in [None, *self.presets]:
            # the checks line of a preset is as long with our values as with its own printed ones
            self._probe.setText(note_html(p, _printed_results(p)))
            tallest = max(tallest, self._probe.heightForWidth(width))
        self.note.setMinimumHeight(tallest)

    def set_presentation_mode(self, on: bool) -> None:
        self.heading.setFont(style.heading_font(on, role="heading"))
        self.note.setVisible(not on)
        self.reserve(force=True)


def _printed_results(p: dict[str, Any] | None) -> dict[str, Any]:
    """Results whose values are the preset's printed ones (to measure the note at its longest)."""
    if p is None:
        return {}
    out: dict[str, Any] = {}
    for key, printed in p.get("printed", {}).items():
        try:
            out[key] = float(printed)
        except ValueError:
            continue
    return out


def note_html(p: dict[str, Any] | None, r: dict[str, Any]) -> str:
    """The note of preset ``p`` (rich text): name, source (title and language), note, and each printed value
    next to core's (same / same float printed with more digits / differs)."""
    if p is None:
        return html_escape(_tr("Your own values. Choose an example to load the book's or a learner's numbers."))
    keys = {"sse": _tr("squared error (y)"), "ce": _tr("cross-entropy (y)"),
            "sse2": _tr("squared error (y2)"), "ce2": _tr("cross-entropy (y2)")}
    checks = []
    rounded_inputs = bool(p.get("rounded_inputs"))
    for key, printed in p.get("printed", {}).items():
        if key not in r:
            continue
        ours = precise(r[key])
        if ours == printed:
            said = _tr("same")
            verdict = f"<span style='color:{style.OK}'>✓ {said}</span>"
        elif float(printed) == r[key]:
            said = _tr("same float, printed with more digits")
            verdict = f"<span style='color:{style.OK}'>✓ {said}</span>"
        elif rounded_inputs:
            said = _tr("core gives %1 from the rounded inputs the source printed").replace("%1", ours)
            verdict = f"<span style='color:{style.WARNING}'>≈ {html_escape(said)}</span>"
        else:
            said = _tr("differs: core gives")
            verdict = f"<span style='color:{style.ERROR}'>✗ {said} {ours}</span>"
        checks.append(f"{keys[key]}: <code>{printed}</code> {verdict}")
    source = html_escape(preset_text(p, "source"))
    note = html_escape(preset_text(p, "note"))
    printed_line = ""
    if checks:
        printed_line = "<br>" + _tr("Printed in the source:") + " " + " · ".join(checks)
    name = html_escape(preset_text(p, "name"))
    return f"<b>{name}</b> — <i>{source}</i><br>{note}{printed_line}"
