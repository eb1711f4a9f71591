"""The status strip of the training view: iteration, epoch, speed, time left, progress, and the banner.

While the last evaluation of a run is under way (all mini-batches done, the final accuracy not yet in),
the bar does not claim 100% and "0:00 left": it says "evaluating" and shows the evaluation's own progress,
estimated from how long the previous evaluations took.
"""
from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QSizePolicy, QVBoxLayout, QWidget

from dlfs_studio.app import style
from dlfs_studio.app.panels.training.texts import fmt_time

#: Least seconds between two live status lines while a run trains (each line relayouts and repaints the strip,
#: and every millisecond the GUI thread spends is one the training thread waits for the GIL).
LIVE_INTERVAL_S = 0.25


class StatusStrip(QWidget):
    """``show_progress(p, eval_seconds)``, ``show_text(text)``, ``show_message(text, level)``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._presentation = False
        self.last_message = ""
        self.last_level = "info"
        self._eval_started = 0.0
        self._eval_seconds = 0.0
        self._live_shown = 0.0
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.row = row
        self.status_label = QLabel(self.tr("Load a dataset to begin."), self)
        self.status_label.setToolTip(self.tr("Iteration, epoch, training speed, elapsed and remaining time"))
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        row.addWidget(self.status_label, 1)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setTextVisible(True)
        self.progress_bar.setFormat("%p%")
        self.progress_bar.setMaximumWidth(260)
        self.progress_bar.setToolTip(self.tr("Share of the run done (its mini-batches, then its last evaluation)"))
        row.addWidget(self.progress_bar)
        v.addLayout(row)
        self.message_label = style.error_label(self)
        self.message_label.setToolTip(self.tr("What happened last (errors, divergence, results)"))
        v.addWidget(self.message_label)
        self._eval_timer = QTimer(self)
        self._eval_timer.setInterval(100)
        self._eval_timer.timeout.connect(self._tick_evaluation)

    @property
    def evaluating(self) -> bool:
        return self._eval_timer.isActive()

    def show_text(self, text: str) -> None:
        self._eval_timer.stop()
        self.status_label.setText(text)
        self.progress_bar.setFormat("%p%")
        self.progress_bar.setValue(0)

    def show_live_progress(self, p: Any, eval_seconds: float = 0.0) -> bool:
        """:meth:`show_progress` for the stream of updates of a training run: a running run's line changes at
        most every :data:`LIVE_INTERVAL_S`; a pause, an end or the last evaluation show at once. True if shown."""
        now = time.perf_counter()
        if p.state == "running" and p.iteration < p.total_iterations and now - self._live_shown < LIVE_INTERVAL_S:
            return False
        self._live_shown = now
        self.show_progress(p, eval_seconds)
        return True

    def show_progress(self, p: Any, eval_seconds: float = 0.0, ended: bool = False) -> None:
        """The status line of Progress ``p``; ``eval_seconds``: how long one evaluation takes (0: unknown)."""
        ended = ended or p.state in ("stopped", "diverged", "finished")
        rate = p.iteration / p.elapsed if p.elapsed > 0 else 0.0
        total = max(int(p.total_iterations), 1)
        if p.state in ("running", "paused") and p.iteration >= total and not ended:
            self._start_evaluation(p, eval_seconds)
            return
        self._eval_timer.stop()
        self.progress_bar.setFormat("%p%")
        remaining = (total - p.iteration) / rate if rate > 0 and not ended else float("nan")
        if not ended and remaining == remaining:
            remaining += eval_seconds  # the last evaluation is part of what is left
        if self._presentation:
            text = self.tr("Iteration %1 / %2 · epoch %3 · %4 images/s · %5 left") \
                .replace("%1", f"{p.iteration:,}").replace("%2", f"{total:,}") \
                .replace("%3", f"{p.epoch:.1f}").replace("%4", f"{p.samples_per_sec:,.0f}") \
                .replace("%5", fmt_time(remaining))
        else:
            text = self.tr("Iteration %1 / %2 · epoch %3 · %4 images/s · elapsed %5 · remaining %6 · lr %7") \
                .replace("%1", f"{p.iteration:,}").replace("%2", f"{total:,}") \
                .replace("%3", f"{p.epoch:.2f}").replace("%4", f"{p.samples_per_sec:,.0f}") \
                .replace("%5", fmt_time(p.elapsed)).replace("%6", fmt_time(remaining)).replace("%7", f"{p.lr:g}")
        self.status_label.setText(text)
        done = p.iteration / total
        if not ended and p.state != "finished":
            done = min(done, 0.99)  # 100% only once the last evaluation is in
        self.progress_bar.setValue(int(1000 * done))

    def _start_evaluation(self, p: Any, seconds: float) -> None:
        if not self._eval_timer.isActive():
            self._eval_started = time.perf_counter()
            self._eval_seconds = max(seconds, 0.1)
            self._eval_timer.start()
        self.status_label.setText(self.tr("Iteration %1 / %1 · evaluating the final network on the training and "
                                          "test images…").replace("%1", f"{p.iteration:,}"))
        self._tick_evaluation()

    def _tick_evaluation(self) -> None:
        elapsed = time.perf_counter() - self._eval_started
        share = min(elapsed / self._eval_seconds, 0.95)
        left = max(self._eval_seconds - elapsed, 0.0)
        self.progress_bar.setFormat(self.tr("evaluating %p% · about %1 left").replace("%1", fmt_time(left))
                                    if left > 0 else self.tr("evaluating…"))
        self.progress_bar.setValue(int(1000 * share))

    def show_message(self, text: str, level: str = "info") -> None:
        self.last_message = text
        self.last_level = level
        style.set_error_label(self.message_label, text or None, level)
        if self._presentation and text:
            sheet = self.message_label.styleSheet()
            self.message_label.setStyleSheet(sheet.replace(
                "padding:", f"font-size: {style.font_size('body', True):.0f}pt; padding:", 1))

    def set_presentation_mode(self, on: bool) -> None:
        self._presentation = on
        f = QFont()
        f.setPointSizeF(style.font_size("body", on))
        self.status_label.setFont(f)
        self.message_label.setFont(f)
        if self.last_message:
            self.show_message(self.last_message, self.last_level)
