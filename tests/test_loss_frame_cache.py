"""What the frame-time work on the loss panel must not break: the cross-entropy curve drawn from a cached
pixmap is drawn again when the correct class changes, and the per-class chart's y range, kept while a drag
lowers the bars, still fits every label and follows the bars when they shrink far or the label changes."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

pytest.importorskip("pytestqt")

from dlfs_studio.app.panels.loss.contrib_view import KEEP_RANGE_BELOW
from dlfs_studio.app.panels.loss_panel import LossPanel


@pytest.fixture
def panel(qtbot):
    p = LossPanel()
    qtbot.addWidget(p)
    p.resize(1280, 720)
    p.show()
    qtbot.waitExposed(p)
    yield p
    p.shutdown()


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def _top(panel: LossPanel) -> float:
    return float(panel.contrib.getPlotItem().vb.viewRange()[1][1])


def _labels_inside(panel: LossPanel) -> bool:
    top = _top(panel)
    return all(t.pos().y() < top for t in (*panel.contrib.sse_contrib_texts, panel.contrib.ce_contrib_text))


def test_cached_cross_entropy_curve_is_redrawn_when_the_range_changes(panel, qtbot):
    """After a drag that rescales the loss axis (cross-entropy above 4), the curve view shows exactly what a
    fresh panel shows for that y: the cached curve was drawn again at the new scale."""
    k = panel.label()
    panel.set_bar_value(k, 0.5)
    _settle()
    before = panel.curve.grab().toImage()
    panel.set_bar_value(k, 0.004)
    _settle()
    dragged = panel.curve.grab().toImage()
    assert dragged != before
    fresh = LossPanel()
    qtbot.addWidget(fresh)
    fresh.resize(1280, 720)
    fresh.show()
    qtbot.waitExposed(fresh)
    fresh.set_bar_value(k, 0.004)
    _settle()
    assert fresh.curve.size() == panel.curve.size()
    assert fresh.curve.grab().toImage() == dragged
    fresh.shutdown()


def test_per_class_range_is_kept_while_bars_shrink_a_little(panel, qtbot):
    k = panel.label()
    panel.set_bar_value(k, 0.05)  # a large cross-entropy share: a tall chart
    _settle()
    tall = _top(panel)
    panel.set_bar_value(k, 0.12)  # the share shrinks a little: the axis stays
    _settle()
    assert _top(panel) == tall and _labels_inside(panel)
    panel.set_bar_value(k, 0.97)  # far smaller: the range follows the bars
    _settle()
    assert _top(panel) < tall / KEEP_RANGE_BELOW and _labels_inside(panel)
    panel.set_bar_value(k, 0.05)  # growing is fitted at once
    _settle()
    assert _top(panel) == tall


def test_per_class_range_is_refitted_for_another_label(panel, qtbot):
    """The kept range belongs to one label: with another correct class the chart is fitted afresh (as if it had
    never shown a range)."""
    k = panel.label()
    panel.set_bar_value(k, 0.05)
    _settle()
    other = (k + 1) % 10
    panel.set_label(other)
    panel.set_bar_value(other, 0.6)
    _settle()
    shown = _top(panel)
    assert panel.contrib._range is not None
    panel.contrib._range = None  # forget the range: a first fit of the same results
    panel.contrib.draw(panel.contrib._last)
    _settle()
    assert _top(panel) == shown and _labels_inside(panel)


def cached_pixmap_kib(widget) -> float:
    """KiB of pixmaps the visible cached items of ``widget``'s plots need (each: its device rectangle, clipped
    to its view, at 4 bytes a pixel), i.e. what Qt must hold in QPixmapCache to blit them on every frame."""
    import pyqtgraph as pg
    from PySide6.QtWidgets import QGraphicsItem

    total = 0.0
    for view in widget.findChildren(pg.GraphicsView):
        if not view.isVisible():
            continue
        port = view.viewport().rect()
        for item in view.scene().items():
            if item.cacheMode() == QGraphicsItem.CacheMode.NoCache or not item.isVisible():
                continue
            rect = view.mapFromScene(item.sceneBoundingRect()).boundingRect().intersected(port)
            total += rect.width() * rect.height() * 4 / 1024
    return total


@pytest.mark.parametrize("presentation", [False, True])
def test_cached_plot_pixmaps_fit_in_the_pixmap_cache(panel, qtbot, presentation):
    """Axes, grids and fixed curves are blitted from pixmaps kept in Qt's QPixmapCache (10 MiB by default). In
    presentation mode they needed more: Qt dropped them and drew every axis again on every frame of a drag."""
    from PySide6.QtGui import QPixmapCache

    panel.set_presentation_mode(presentation)
    panel.set_bar_value(panel.label(), 0.3)
    _settle()
    assert cached_pixmap_kib(panel) < 0.8 * QPixmapCache.cacheLimit()
