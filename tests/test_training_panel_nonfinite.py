"""The training view never offers to save inf/NaN parameters (issue 10): absurd settings (initial weights of
1e308) are refused before training; a run that diverges keeps a finite copy of its parameters, says whether
the initial weights or the learning rate caused it, and that copy can be saved."""
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


def test_absurd_initial_weights_are_refused_before_training(panel):
    panel.set_values({"init": "1e308"})
    assert not panel.start()
    assert panel.state == "idle"
    assert "init" in panel.last_error and "1e6" in panel.last_error


def test_divergence_from_the_initial_weights_keeps_finite_parameters_and_blames_them(panel, qtbot, tmp_path):
    panel.set_values({"activation": "relu", "init": "1e6", "lr": "1e6"})
    with np.errstate(all="ignore"):
        assert panel.start()
        qtbot.waitUntil(lambda: panel.state == "diverged", timeout=600_000)
    assert "initial weights" in panel.last_error
    assert non_finite_parameters(panel.view_network()) == []  # the restored copy is finite
    assert panel.save_button.isEnabled()
    assert panel.save_model(tmp_path / "m.npz") is not None


def test_a_finite_restored_copy_can_be_saved(panel, qtbot, tmp_path):
    panel.set_values({"activation": "relu", "lr": "1e6"})
    with np.errstate(all="ignore"):
        assert panel.start()
        qtbot.waitUntil(lambda: panel.state == "diverged", timeout=600_000)
    assert "learning rate" in panel.last_error
    assert non_finite_parameters(panel.view_network()) == []
    assert panel.save_button.isEnabled()
    assert panel.save_model(tmp_path / "m.npz") is not None
