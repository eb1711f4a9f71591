"""The run buttons: Start (or Start fork), Pause/Resume, Step, Stop, Reset, Save model, Load model."""
from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QWidget

from dlfs_studio.app import style


class RunButtons(QWidget):
    """Buttons only: the panel connects their ``clicked`` and calls :meth:`update_state`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fork = False
        self._compact = False
        g = QGridLayout(self)
        g.setContentsMargins(2, 2, 2, 2)
        self.grid = g

        def button(text: str, tip: str) -> QPushButton:
            b = QPushButton(text, self)
            b.setToolTip(tip)
            return b

        self.start_button = button(self.tr("Start"), self.tr("Train a new run with these settings; the runs before "
                                                             "it are kept (a selected loaded model is trained "
                                                             "further)  [Space]"))
        self.pause_button = button(self.tr("Pause"), self.tr("Pause or resume training  [Space]"))
        self.step_button = button(self.tr("Step"), self.tr("Train exactly one mini-batch, then pause  [→]"))
        self.stop_button = button(self.tr("Stop"), self.tr("End the run; the network keeps what it learned"))
        self.reset_button = button(self.tr("Reset"), self.tr("Get ready for a new run: the weights of the seed are "
                                                             "shown; the runs so far stay in the list  [Home]"))
        self.save_tip = self.tr("Save the network shown as .npz (once it has been trained or loaded)")
        self.save_button = button(self.tr("Save model…"), self.save_tip)
        self.load_button = button(self.tr("Load model…"), self.tr("Load a network saved as .npz (as a run of its "
                                                                  "own)"))
        font = QFont()
        font.setBold(True)
        self.start_button.setFont(font)
        self.file_buttons = QWidget(self)
        fb = QHBoxLayout(self.file_buttons)
        fb.setContentsMargins(0, 0, 0, 0)
        fb.addWidget(self.save_button)
        fb.addWidget(self.load_button)
        self._place()

    def _place(self) -> None:
        g = self.grid
        for b in (self.start_button, self.pause_button, self.step_button, self.stop_button, self.reset_button,
                  self.file_buttons):
            g.removeWidget(b)
        if self._compact:  # one row, above the tabs (presentation mode)
            for col, b in enumerate((self.start_button, self.pause_button, self.step_button, self.stop_button,
                                     self.reset_button)):
                g.addWidget(b, 0, col)
            self.file_buttons.setVisible(False)
        else:
            g.addWidget(self.start_button, 0, 0)
            g.addWidget(self.pause_button, 0, 1)
            g.addWidget(self.step_button, 0, 2)
            g.addWidget(self.stop_button, 1, 0)
            g.addWidget(self.reset_button, 1, 1)
            g.addWidget(self.file_buttons, 2, 0, 1, 3)
            self.file_buttons.setVisible(True)

    def set_compact(self, on: bool) -> None:
        self._compact = on
        self._place()

    def set_fork(self, on: bool) -> None:
        self._fork = on
        self.start_button.setText(self.tr("Start fork") if on else self.tr("Start"))

    def update_state(self, state: str, *, has_data: bool, form_ok: bool, can_save: bool) -> None:
        active = state in ("running", "paused")
        self.start_button.setEnabled(has_data and form_ok and not active)
        self.pause_button.setEnabled(active)
        self.pause_button.setText(self.tr("Resume") if state == "paused" else self.tr("Pause"))
        self.step_button.setEnabled(has_data and form_ok and (state == "paused" or not active))
        self.stop_button.setEnabled(active)
        self.reset_button.setEnabled(state not in ("empty", "loading"))
        self.load_button.setEnabled(not active)
        self.save_button.setEnabled(can_save)

    def set_presentation_mode(self, on: bool) -> None:
        f = QFont()
        f.setPointSizeF(style.font_size("body", on))
        for b in (self.start_button, self.pause_button, self.step_button, self.stop_button, self.reset_button):
            f.setBold(b is self.start_button)
            b.setFont(f)
