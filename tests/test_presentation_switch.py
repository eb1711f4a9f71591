"""Switching presentation mode is one clean step: when ``set_presentation_mode`` returns, the layout is already
final (nothing moves when the posted events run, the menu bar shows every menu, no label is cut), and panels
not yet built stay unbuilt. The time it takes is measured in benchmarks/bench_presentation_switch.py."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QToolButton, QWidget

pytest.importorskip("pytestqt")


def _cut_texts(root: QWidget) -> list[str]:
    """Visible one-line labels and buttons narrower than the text they must show."""
    cut = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or w.width() <= 0:
            continue
        if isinstance(w, QLabel) and w.text() and not w.wordWrap() and "<" not in w.text() \
                and "\n" not in w.text() and w.pixmap().isNull():
            need = w.fontMetrics().horizontalAdvance(w.text()) + 2 * w.margin()
        elif isinstance(w, QAbstractButton) and w.text() and not isinstance(w, QToolButton):
            need = w.minimumSizeHint().width()
        else:
            continue
        if w.width() < need - 1:
            cut.append(f"{type(w).__name__} {w.text()!r}: {w.width()} < {need}")
    return cut


def _geometry(w: QWidget) -> dict:
    return {id(c): c.geometry() for c in w.findChildren(QWidget) if c.isVisibleTo(w)}


@pytest.mark.parametrize("key", ["loss", "descent"])
def test_presentation_switch_is_final_when_it_returns(window_1280, qtbot, key) -> None:
    w = window_1280
    w.show_panel(key)
    qtbot.waitUntil(lambda: key in w.created_panels())
    qtbot.wait(50)  # let the first layout settle
    w.set_presentation_mode(True)
    before = _geometry(w)
    bar = w.menuBar()
    assert all(bar.actionGeometry(a).right() <= bar.width() for a in bar.actions())  # no » extension
    ext = bar.findChild(QToolButton, "qt_menubar_ext_button")
    assert ext is None or not ext.isVisible()
    assert _cut_texts(w.current_panel()) == []
    QApplication.processEvents()
    QApplication.processEvents()
    moved = [k for k, g in _geometry(w).items() if before.get(k) not in (None, g)]
    assert len(moved) == 0, f"{len(moved)} widgets moved after the switch returned"
    assert "training" not in w.created_panels()  # hidden panels are not built by the switch
