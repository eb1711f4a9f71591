"""The loss panel's controller: the state of the single-output view and what each user action does.

It holds y, y2, the label, the logits and temperature, the input mode and the chosen preset; every action
recomputes once with :func:`.model.compute` and emits ``updated(results)``. It knows no widget: the panel
connects the views to its signals, and tests drive it without any view.
"""
from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, Signal

from dlfs_studio.app.panels.loss import model
from dlfs_studio.app.panels.loss.model import NUM_CLASSES, SQUARE_OVERFLOW
from dlfs_studio.app.widgets.value_label import precise


def _tr(text: str) -> str:
    return QCoreApplication.translate("LossPanel", text)  # every loss-panel string: context "LossPanel"


class LossController(QObject):
    """State and actions of the "Output y" and "Gradients" tabs."""

    #: The new results (a dict from :func:`.model.compute`, plus "notes", "preset", "mode", "simplenet").
    updated = Signal(object)
    #: The inputs changed (mode, y, logits, temperature, compare, y2): the input fields show them again.
    inputs_changed = Signal()
    #: The logits cannot be used (a one-line reason); y keeps its last values.
    logits_error = Signal(str)
    #: A message about an action that did nothing (e.g. "y is all zeros"), shown beside the controls.
    action_error = Signal(str)

    def __init__(self, presets: list[dict[str, Any]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.presets = presets
        first = presets[0]
        self.y = np.array(first["y"], dtype=np.float64)
        self.y2: np.ndarray | None = None if first.get("y2") is None else np.array(first["y2"], dtype=np.float64)
        self.label = int(first["label"])
        self.logits = np.array(model.DEFAULT_LOGITS, dtype=np.float64)
        self.temperature = 1.0
        self.mode = "prob"
        self.compare = self.y2 is not None
        self.preset: dict[str, Any] | None = None
        self.results: dict[str, Any] = {}
        #: how many times the values were recomputed (tests count them: one per action)
        self.recomputations = 0

    # ------------------------------------------------------------------ actions
    def preset_by_id(self, preset_id: str) -> dict[str, Any] | None:
        return next((p for p in self.presets if p["id"] == preset_id), None)

    def choose_preset(self, preset_id: str) -> None:
        """Load preset ``preset_id``: y, y2 (compare on if present, off if not), the label, and the note."""
        preset = self.preset_by_id(preset_id)
        if preset is None:
            raise KeyError(preset_id)
        self.preset = preset
        self.mode = "prob"
        self.y = np.array(preset["y"], dtype=np.float64)
        self.label = int(preset["label"])
        if preset.get("y2") is not None:
            self.y2 = np.array(preset["y2"], dtype=np.float64)
        self.compare = preset.get("y2") is not None
        self.inputs_changed.emit()
        self.recompute()

    def mark_custom(self) -> None:
        self.preset = None

    def set_label(self, k: int) -> None:
        """Make class ``k`` (0..9) the correct label t."""
        if not 0 <= int(k) < NUM_CLASSES:
            return
        if int(k) != self.label:
            self.mark_custom()
        self.label = int(k)
        self.recompute()

    def set_bar_value(self, index: int, value: float) -> None:
        """A drag on bar ``index``: y[index] = value in [0, 1], the others rescaled to sum to 1."""
        self.mode = "prob"
        self.y = model.renormalise(self.y, int(index), float(value))
        self.mark_custom()
        self.inputs_changed.emit()
        self.recompute()

    def set_y(self, values: Any) -> None:
        """Typed y (ten non-negative numbers; they need not sum to 1)."""
        if self.mode == "logits":
            return  # the y field is read-only in logits mode; it only echoes softmax(a / T)
        self.y = np.asarray(values, dtype=np.float64).copy()
        self.mark_custom()
        self.recompute()

    def set_y2(self, values: Any) -> None:
        self.y2 = np.asarray(values, dtype=np.float64).copy()
        self.mark_custom()
        self.recompute()

    def set_compare(self, on: bool, y2: Any = None) -> None:
        """Show (or hide) the second output y2; ``y2`` sets its values (default: the book's y2)."""
        if y2 is not None:
            self.y2 = np.asarray(y2, dtype=np.float64).copy()
        if on and self.y2 is None:
            book = next(p for p in self.presets if p.get("y2") is not None)
            self.y2 = np.array(book["y2"], dtype=np.float64)
        self.compare = bool(on)
        self.inputs_changed.emit()
        self.recompute()

    def set_mode(self, mode: str) -> None:
        """"prob" (edit y) or "logits" (y = softmax(a / T)). Switching to logits keeps the current y:
        a = log y (softmax(log y) = y / sum(y)), so a dragged or typed y is not thrown away."""
        if mode == self.mode:
            return
        if mode == "logits":
            self.mode = "logits"
            self.temperature = 1.0
            self.logits = model.logits_from_y(self.y)
            self.mark_custom()
            self.inputs_changed.emit()
            self.apply_logits()
        else:
            self.mode = "prob"
            self.mark_custom()
            self.inputs_changed.emit()
            self.recompute()

    def set_logits(self, logits: Any, temperature: float | None = None) -> None:
        """Logits mode with ``logits`` (and optionally the temperature T)."""
        self.logits = np.asarray(logits, dtype=np.float64).copy()
        if temperature is not None:
            self.temperature = float(temperature)
        self.mode = "logits"
        self.inputs_changed.emit()
        self.apply_logits()

    def set_temperature(self, temperature: float) -> None:
        self.temperature = float(temperature)
        if self.mode == "logits":
            self.apply_logits()

    def apply_logits(self) -> None:
        """y = softmax(a / T) by core; when a / T overflows, say so and keep the last y."""
        y = model.softmax_or_none(self.logits, self.temperature)
        if y is None:
            biggest = float(np.max(np.abs(self.logits)))
            self.logits_error.emit(_tr(
                "a / T overflows: %1 / %2 is beyond the largest float (about 1.8e308), so softmax would give "
                "nan. Use smaller logits or a larger T; y keeps its last values.")
                .replace("%1", f"{biggest:.3g}").replace("%2", f"{self.temperature:g}"))
            return
        self.logits_error.emit("")
        self.y = y
        self.mark_custom()
        self.inputs_changed.emit()
        self.recompute()

    def renormalise_all(self) -> None:
        """Divide every y by the sum of y."""
        with np.errstate(over="ignore"):
            total = float(np.sum(self.y))
        if total <= 0:
            self.action_error.emit(_tr("y is all zeros: it cannot be scaled to sum to 1."))
            return
        if not np.isfinite(total):
            self.action_error.emit(_tr("The sum of y overflows (inf): y cannot be scaled to sum to 1."))
            return
        self.mode = "prob"
        self.y = self.y / total
        self.mark_custom()
        self.inputs_changed.emit()
        self.recompute()

    # ------------------------------------------------------------------ computation
    def recompute(self) -> None:
        """Compute every value once (core) and emit ``updated``."""
        y2 = self.y2 if self.compare and self.y2 is not None else None
        logits = self.logits if self.mode == "logits" else None
        r = model.compute(self.y, self.label, y2, logits, self.temperature)
        r["notes"] = self._notes(r)
        r["grad_note"] = self._grad_note(r["grad_basis"])
        r["preset"] = self.preset
        r["mode"] = self.mode
        r["simplenet"] = (model.simplenet_values(self.preset)
                          if self.preset is not None and self.preset.get("kind") == "simplenet" else None)
        self.results = r
        self.recomputations += 1
        self.updated.emit(r)

    def _notes(self, r: dict[str, Any]) -> list[tuple[str, str]]:
        """(level, sentence) notes under the loss cards: sums, δ, negative cross-entropy, overflow."""
        notes: list[tuple[str, str]] = []
        y, k = r["y"], r["label"]
        with np.errstate(over="ignore"):
            total = float(np.sum(y))
        messages = []
        if abs(total - 1.0) > 1e-9:
            messages.append(_tr("y is not a probability vector: its values sum to %1, not 1.")
                            .replace("%1", sum_text(total)))
        if "y2" in r:
            with np.errstate(over="ignore"):
                total2 = float(np.sum(r["y2"]))
            if abs(total2 - 1.0) > 1e-9:
                messages.append(_tr("y2 sums to %1, not 1.").replace("%1", f"{total2:.10g}"))
        if messages:
            messages.append(_tr("The losses are still computed, exactly as the book's code would."))
            notes.append(("warning", " ".join(messages)))
        if r["sse_overflow"]:
            notes.append(("warning", _tr(
                "A value above %1 squares to more than the largest float: the squared error overflows to inf "
                "(the cross-entropy still only reads y_t).").replace("%1", f"{SQUARE_OVERFLOW:.3g}")))
        if y[k] == 0:
            notes.append(("warning", _tr(
                "y_t = 0: without δ, log(0) = −inf and the loss is inf. With δ = 1e-7 it is −log(1e-7) = %1, "
                "large but finite.").replace("%1", precise(r["ce"]))))
        elif r["ce"] < 0:
            if y[k] == 1.0:
                text = _tr("The cross-entropy is negative (%1): with y_t = 1, δ makes it −log(1 + 1e-7), just "
                           "below 0. Without δ it would be exactly 0, the smallest loss a probability can give.")
            else:
                text = _tr("The cross-entropy is negative (%1) because y_t = %2 is above 1, so log(y_t + δ) > 0. "
                           "A probability is at most 1: this y is not a probability vector.")
            notes.append(("info", text.replace("%1", precise(r["ce"])).replace("%2", f"{y[k]:.10g}")))
        return notes

    def _grad_note(self, basis: str) -> str:
        return {
            "logits": "",
            "scaled_logits": _tr("With temperature T the gradient is taken with respect to the scaled logits a / T."),
            "log_y": _tr("Logits taken as a = log y (softmax(log y) = y)."),
            "log_y_unnormalised": _tr("y does not sum to 1, so no logits give exactly this y: with a = log y, "
                                      "softmax(a) is y / sum(y), and y − t uses that normalised y."),
            "none": _tr("y is all zeros: there are no logits whose softmax is y."),
        }.get(basis, "")


def sum_text(total: float) -> str:
    """The sum of y as shown: ten significant digits, and the float itself when that rounds."""
    short = f"{total:.10g}"
    if not np.isfinite(total) or float(short) == total:
        return short
    return _tr("%1 (%2 in floating point)").replace("%1", short).replace("%2", precise(total))
