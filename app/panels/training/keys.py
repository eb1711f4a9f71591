"""The lecturer keys of the training view (the shared protocol of :mod:`app.main_window`): Space starts,
pauses or resumes, Right trains one mini-batch, Left moves the timeline one checkpoint back, Home resets."""
from __future__ import annotations

from typing import Any

from dlfs_studio.app.panels.training.inspection import RUNNING


def lecturer_key(panel: Any, action: str) -> bool:
    """Do ``action`` ("play_pause", "step_forward", "step_back", "reset") on the training panel; False when
    it does not apply now (e.g. Left while a run trains or at the first checkpoint)."""
    if action == "play_pause":
        if panel.state == "running":
            panel.pause()
        elif panel.state == "paused":
            panel.resume()
        else:
            return bool(panel.start())
        return True
    if action == "step_forward":
        panel.step()
        return True
    if action == "step_back":
        slider = panel.timeline.slider
        if panel.state in RUNNING or slider.value() == 0:
            return False
        slider.setValue(slider.value() - 1)
        return True
    if action == "reset":
        panel.reset()
        return True
    return False
