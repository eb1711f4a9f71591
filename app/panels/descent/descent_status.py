"""The status lines above the descent map: the current step (k, x_k, f(x_k), the last step) and, under
it, what went wrong (diverged, left f's domain, barely moving).

The status line keeps the height of its longest possible text, so the map under it never moves while
a run plays (a step's text grows from one line to three as the numbers get long).
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from dlfs_studio.app import style
from dlfs_studio.core.surfaces import SURFACES, Surface

from .controls import show_message
from .ledger import format_cell
from .surface_picker import fmt_point


def _tr(text: str) -> str:
    return QCoreApplication.translate("DescentView", text)


#: The longest status line (normal mode): 10,000 steps, scientific-notation point, value and step.
WIDEST_STATUS = ("k = 10000 of 10000     x = (-2.589837474e+13, -1.295248620e+12)     f(x) = 6.723337018e+26"
                 "     last step Δx = (-2.589837474e+13, -1.295248620e+12), |Δx| = 2.593074243e+13")
#: The longest status line in presentation mode (4 significant digits).
WIDEST_SHORT = "k = 10000 of 10000    x = (-2.59e+13, -1.295e+12)    f(x) = -6.723e+26"


def short_number(v: float) -> str:
    """4 significant digits, for the back of the room (the exact value is in the ledger)."""
    return f"{float(v):.4g}"


def short_point(x: Any) -> str:
    return f"({short_number(x[0])}, {short_number(x[1])})"


class DescentStatus(QWidget):
    """``label``: the current step; ``message``: an error or warning line (hidden when there is none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presentation = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        # The label sits in a holder with no layout of its own: a new text (each animation frame) asks for a new
        # geometry, and in a layout that request climbs every layout up to the panel's splitters (about a third
        # of a descent frame); the holder ends it. The holder has the reserved height (see reserve).
        self._holder = QWidget(self)
        self._holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.label = QLabel(self._holder)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.label.setToolTip(_tr("The current step: k, the point x_k, f(x_k) and the last step taken."))
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.installEventFilter(self)
        self._holder.installEventFilter(self)
        layout.addWidget(self._holder)
        self.message = style.error_label(self)
        layout.addWidget(self.message)

    # ------------------------------------------------------------------ the reserved height
    def reserve(self) -> None:
        """Keep the status line as tall as its longest text at the current width and font."""
        width = self._holder.width() - 2 * self.label.margin()
        if width <= 0:
            return
        template = WIDEST_SHORT if self.presentation else WIDEST_STATUS
        height = max(self._text_height(template, width), self._text_height(self.label.text(), width))
        if height != self._holder.height() or height != self._holder.minimumHeight():
            self._holder.setFixedHeight(height)
            self.label.setGeometry(self._holder.rect())

    def _text_height(self, text: str, width: int) -> int:
        flags = int(Qt.TextFlag.TextWordWrap)
        return self.label.fontMetrics().boundingRect(QRect(0, 0, width, 100000), flags, text).height() + 2

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        if watched is self._holder and event.type() == QEvent.Type.Resize:
            self.label.setGeometry(self._holder.rect())
            self.reserve()
        elif watched is self.label and event.type() == QEvent.Type.FontChange:
            self.reserve()
        return False

    def set_presentation(self, on: bool) -> None:
        self.presentation = on
        font = self.label.font()
        font.setPointSizeF(style.font_size("heading" if on else "body", on) * (0.9 if on else 1.0))
        self.label.setFont(font)
        self.reserve()
        show_message(self.message, self.message.text() or None, str(self.message.property("dlfsLevel") or "error"),
                     force=True)  # its font follows presentation mode

    # ------------------------------------------------------------------ the text
    def show_step(self, steps: Sequence[Any], cursor: int, total: int, surface: Surface, numerical: bool) -> None:
        """Describe step ``cursor`` of ``steps`` (core DescentSteps) of a run of ``total`` updates on ``surface``
        (``numerical``: the steps follow the numerical gradient)."""
        cur = steps[cursor]
        if self.presentation:  # short, for the back of the room; the exact values are in the ledger
            self.label.setText(_tr("k = {0} of {1}    x = ({2}, {3})    f(x) = {4}").format(
                cur.k, total, short_number(cur.x[0]), short_number(cur.x[1]), short_number(cur.value)))
        else:
            parts = [_tr("k = {0} of {1}").format(cur.k, total),
                     _tr("x = {0}").format(fmt_point(cur.x)),
                     _tr("f(x) = {0}").format(format_cell(cur.value))]
            if cursor > 0:
                prev = steps[cursor - 1]
                if prev.step is not None:
                    dist = float(np.hypot(*prev.step))
                    parts.append(_tr("last step Δx = {0}, |Δx| = {1}").format(
                        fmt_point(prev.step), format_cell(dist)))
            self.label.setText("     ".join(parts))
        if self._text_height(self.label.text(), self.label.width()) > self._holder.minimumHeight():
            self.reserve()
        text, level = problem(steps, cursor, surface, numerical)
        show_message(self.message, text, level)


def diverged_at(steps: Sequence[Any]) -> int | None:
    """The first of ``steps`` core marks as diverged (or flown off, the book's sense), else None."""
    s = next((s for s in steps if s.diverged or getattr(s, "flew_off", False)), None)
    return None if s is None else int(s.k)


def problem(steps: Sequence[Any], cursor: int, surface: Surface, numerical: bool) -> tuple[str | None, str]:
    """The message (or None) and its level ("error" or "warning") for steps 0..cursor."""
    shown = steps[: cursor + 1]
    cur = shown[-1]
    k_div = diverged_at(shown)
    if k_div is not None:
        first = steps[k_div]
        if bool(np.all(np.isfinite(first.x))) and not np.isfinite(first.value):
            # f itself is undefined there (log, sqrt of a negative...): not a learning-rate problem
            if k_div == 0:
                return _tr("f is not defined at the start point x = {0}: f(x) = {1}. Choose a start inside "
                           "the function's domain (type it, or click the map).").format(
                    fmt_point(first.x), format_cell(first.value)), "error"
            return _tr("Step {0} left the domain of f: f(x) = {1} at x = {2}, so core ended the run there. "
                       "A smaller learning rate may keep the walk inside.").format(
                k_div, format_cell(first.value), fmt_point(first.x)), "error"
        builtin = SURFACES.get(surface.name) is surface
        if builtin and not surface.minima:
            why = _tr("this surface has no minimum to find (it falls without bound)")
        elif builtin:
            why = _tr("the learning rate is too large here")
        else:
            why = _tr("the learning rate may be too large, or f has no minimum that way")
        text = _tr("Diverged at step {0}: x = {1}; {2}.").format(k_div, fmt_point(first.x), why)
        if cur.diverged:
            text += " " + _tr("|x| passed 1e150 (or stopped being finite), so core ended the run here.")
        frozen = next((s for s in shown if s.numerical_unreliable), None)
        if frozen is not None and numerical:
            text += " " + _tr("From step {0} on, x ± h rounds back to x, so the numerical gradient "
                              "is 0 and the point freezes at {1}: stuck, not converged.").format(
                frozen.k, fmt_point(cur.x))
        return text, "error"
    if cursor > 0:
        prev = steps[cursor - 1]
        first = steps[0]
        start_dist = float(np.hypot(*(cur.x - first.x)))
        scale = max(1e-300, float(np.hypot(*first.x)), 1.0)
        g0 = first.grad if first.grad is not None else np.zeros(2)
        if prev.step is not None and float(np.hypot(*g0)) > 1e-6 and start_dist < 1e-6 * scale:
            return _tr("Barely moving: after {0} steps the point is only {1} away from the start "
                       "(learning rate too small).").format(cur.k, format_cell(start_dist)), "warning"
    return None, "error"
