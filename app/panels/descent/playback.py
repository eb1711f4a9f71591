"""Play / pause / step / back / reset buttons with a speed field, driving a QTimer in the GUI thread.

Playback keeps time, not ticks: each tick takes the steps that are due by the clock since Play (or the
last speed change), so a slow frame or a busy machine skips frames, never time. The timer ticks at
the speed up to :data:`MAX_FPS` frames a second; faster speeds take several steps per frame.
"""
from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStyle, QVBoxLayout, QWidget

from .fields import NumberField


def _tr(text: str) -> str:
    return QCoreApplication.translate("Playback", text)


#: The most frames a second playback draws; beyond it several steps share a frame.
MAX_FPS = 60
#: A tick this early (in steps) still takes its step: timers fire a little early or late.
EARLY = 0.05
#: After a stall (a blocked event loop) at most this many seconds of steps are caught up; older time is dropped.
MAX_CATCH_UP = 1.0


def steps_due(elapsed: float, speed: float, taken: int) -> int:
    """Steps due after ``elapsed`` seconds at ``speed`` steps/s when ``taken`` were already taken (>= 0)."""
    return max(0, math.floor(elapsed * speed + EARLY) - taken)


class Playback(QWidget):
    """Buttons and a speed field; ``advance(n)`` is called on each timer tick and returns how many
    steps it actually took (0 stops playback). ``back()`` and ``reset()`` are called by their buttons
    (what they return is ignored).
    """

    playingChanged = Signal(bool)

    def __init__(self, advance: Callable[[int], int], back: Callable[[], object], reset: Callable[[], object],
                 at_end: Callable[[], bool], restart: Callable[[], None], speed: float = 4.0,
                 parent: QWidget | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._advance, self._back, self._reset = advance, back, reset
        self._at_end, self._restart = at_end, restart
        self._clock = clock
        self._origin = 0.0  # clock time of Play (or of the last speed change)
        self._taken = 0     # steps taken since then
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.setSpacing(4)
        st = self.style()
        self.reset_button = QPushButton(st.standardIcon(QStyle.StandardPixmap.SP_MediaSkipBackward), "", self)
        self.reset_button.setToolTip(_tr("Reset: go back to the start point (step 0)."))
        self.back_button = QPushButton(st.standardIcon(QStyle.StandardPixmap.SP_MediaSeekBackward), "", self)
        self.back_button.setToolTip(_tr("Step back: return exactly to the previous step."))
        self.play_button = QPushButton(st.standardIcon(QStyle.StandardPixmap.SP_MediaPlay), _tr("Play"), self)
        self.play_button.setToolTip(_tr("Play or pause the animation."))
        self.step_button = QPushButton(st.standardIcon(QStyle.StandardPixmap.SP_MediaSeekForward), "", self)
        self.step_button.setToolTip(_tr("Single step forward: take one optimizer update."))
        for b in (self.reset_button, self.back_button, self.play_button, self.step_button):
            row.addWidget(b)
        row.setStretch(2, 1)
        outer.addLayout(row)
        speed_row = QHBoxLayout()
        self.speed_label = QLabel(_tr("Speed (steps/s)"), self)
        speed_row.addWidget(self.speed_label)
        self.speed_field = NumberField(speed, 0.5, 500.0, log=True,
                                       tooltip=_tr("Animation speed in steps per second."), parent=self)
        speed_row.addWidget(self.speed_field, 1)
        outer.addLayout(speed_row)
        self.reset_button.clicked.connect(self.reset_run)
        self.back_button.clicked.connect(self.back_once)
        self.step_button.clicked.connect(self.step_once)
        self.play_button.clicked.connect(self.toggle)
        self.speed_field.valueChanged.connect(self._apply_speed)

    # ------------------------------------------------------------------ API
    def is_playing(self) -> bool:
        return self.timer.isActive()

    def play(self) -> None:
        """Start the timer (from step 0 again if the run is already at its end)."""
        if self.timer.isActive():
            return
        if self._at_end():
            self._restart()
        self._apply_speed()
        self._restart_clock()
        self.timer.start()
        self._show_state()

    def pause(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
            self._show_state()

    def toggle(self) -> None:
        self.pause() if self.timer.isActive() else self.play()

    def set_clock(self, clock: Callable[[], float]) -> None:
        """Use ``clock`` (seconds, monotonic) for playback time, e.g. a fake clock in a test."""
        self._clock = clock
        self._restart_clock()

    def speed(self) -> float:
        """Steps per second."""
        return float(self.speed_field.value())

    def tick(self) -> int:
        """Take the steps due by the clock (the timer calls this); returns how many were taken.

        Pauses at the end of the run."""
        speed = self.speed()
        elapsed = self._clock() - self._origin
        if elapsed > self._taken / speed + MAX_CATCH_UP:  # a long stall: drop the time beyond the catch-up
            self._origin = self._clock() - self._taken / speed - MAX_CATCH_UP
            elapsed = self._clock() - self._origin
        due = steps_due(elapsed, speed, self._taken)
        if due == 0:
            return 0
        taken = self._advance(due)
        self._taken += taken
        if taken < due or self._at_end():
            self.pause()
        return taken

    # ------------------------------------------------------------------ internals
    def _restart_clock(self) -> None:
        self._origin = self._clock()
        self._taken = 0

    def _apply_speed(self, *_: object) -> None:
        self.timer.setInterval(max(1000 // MAX_FPS, round(1000.0 / self.speed())))
        if self.timer.isActive():  # the new speed counts from now
            self._restart_clock()

    def _tick(self) -> None:
        self.tick()

    def _show_state(self) -> None:
        st = self.style()
        if self.timer.isActive():
            self.play_button.setIcon(st.standardIcon(QStyle.StandardPixmap.SP_MediaPause))
            self.play_button.setText(_tr("Pause"))
        else:
            self.play_button.setIcon(st.standardIcon(QStyle.StandardPixmap.SP_MediaPlay))
            self.play_button.setText(_tr("Play"))
        self.playingChanged.emit(self.timer.isActive())

    def reset_run(self) -> None:
        """The reset button: pause and go back to step 0."""
        self.pause()
        self._reset()

    def back_once(self) -> None:
        """The step-back button: pause and return to the previous step."""
        self.pause()
        self._back()

    def step_once(self) -> None:
        """The step button: pause and take one step."""
        self.pause()
        self._advance(1)

    def set_presentation(self, on: bool) -> None:
        self.speed_label.setVisible(not on)
        self.speed_field.setVisible(not on)
