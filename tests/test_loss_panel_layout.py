"""Layout of the loss panel in the real main window at 1280x720, normal and presentation mode (F5):
gradient plots fit with their titles, the batch table needs no sideways scrolling, the per-class chart
shows the small squared-error contributions."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QSettings
from PySide6.QtWidgets import QApplication

pytest.importorskip("pytestqt")

from app.main_window import MainWindow  # noqa: E402
from app.panels.loss_panel import LossPanel  # noqa: E402

GRADIENT_TAB, BATCH_TAB = 1, 2


@pytest.fixture(autouse=True)
def _tmp_settings(tmp_path):
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    qtbot.waitExposed(w)
    yield w
    if w.is_presentation_mode():
        w.set_presentation_mode(False)


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def _panel(window: MainWindow, presentation: bool, tab: int, preset: str = "book_y") -> LossPanel:
    window.set_presentation_mode(presentation)
    panel = window.current_panel()
    assert isinstance(panel, LossPanel)
    panel.choose_preset(preset)
    panel.tabs.setCurrentIndex(tab)
    _settle()
    return panel


@pytest.mark.parametrize("presentation", [False, True])
@pytest.mark.parametrize("preset", ["book_y", "delta_demo"])
def test_gradient_plots_fit_with_their_titles(window: MainWindow, presentation: bool, preset: str) -> None:
    panel = _panel(window, presentation, GRADIENT_TAB, preset)
    view = panel.grad_layout
    view_width = view.viewport().width()
    assert view.mapTo(panel, QPoint(view_width, 0)).x() <= panel.width()
    for plot in panel.grad_plots:
        assert plot.sceneBoundingRect().right() <= view_width
        title = plot.titleLabel
        text = title.itemRect()
        # the whole title text (two lines) lies inside its row, above the plot area, not cut off by it
        assert title.geometry().height() >= text.height() - 0.5
        assert title.mapRectToScene(text).bottom() <= plot.getViewBox().sceneBoundingRect().top() + 0.5
        assert title.mapRectToScene(text).right() <= view_width
