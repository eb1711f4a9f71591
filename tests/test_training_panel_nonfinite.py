"""The training view never offers to save inf/NaN parameters (issue 10): with initial weights of 1e308
the parameters overflow, the run diverges at once, there is nothing finite to restore, Save is off and
the message says why; with a learning rate of 1e308 the restored copy is finite and Save stays on."""
from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QSettings

from dlfs_studio.app.panels.training_panel import TrainingPanel
from dlfs_studio.core.serialize import non_finite_parameters

pytestmark = pytest.mark.data


@pytest.fixture
def panel(qtbot, tmp_path, data_dir):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    p = TrainingPanel(data_dir=data_dir, settings=settings, autoload=False)
    qtbot.addWidget(p)
    p.resize(1280, 720)
    p.show()
    p.load_dataset("mnist")
    qtbot.waitUntil(lambda: p.dataset is not None, timeout=20000)
    p.set_values({"train_subset": 2000, "test_subset": 500, "batch_size": 50, "iterations": 200})
    yield p
    p.shutdown()


def test_non_finite_parameters_cannot_be_saved(panel, qtbot):
    panel.set_values({"init": "1e308"})
    with np.errstate(over="ignore"):
        panel.start()
        qtbot.waitUntil(lambda: panel.state == "diverged", timeout=20000)
    assert non_finite_parameters(panel.view_network())
    assert not panel.save_button.isEnabled()
    assert "cannot be saved" in panel.save_button.toolTip()
    assert "not finite" in panel.last_error and "initial weights" in panel.last_error


def test_a_finite_restored_copy_can_be_saved(panel, qtbot, tmp_path):
    panel.set_values({"lr": "1e308"})
    panel.start()
    qtbot.waitUntil(lambda: panel.state == "diverged", timeout=20000)
    assert non_finite_parameters(panel.view_network()) == []
    assert panel.save_button.isEnabled()
    assert panel.save_model(tmp_path / "m.npz") is not None
