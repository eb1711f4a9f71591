"""The f(x) plot's log axis under the descent map: tick labels never overlap, whether the axis spans less than a
decade (step 0), the book's four decades, a divergent run's thirty, or presentation mode's larger font."""
from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

pytest.importorskip("pytestqt")



@pytest.fixture
def panel(descent_panel):
    return descent_panel


def tick_labels(axis) -> list[tuple[QRectF, str]]:
    """The label rectangles and texts the axis draws now (pyqtgraph's own layout of them)."""
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        if axis.style["tickFont"]:
            painter.setFont(axis.style["tickFont"])
        _axis_spec, _ticks, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [(rect, text) for rect, _flags, text in texts]


def assert_readable(axis, minimum: int = 2) -> list[str]:
    labels = tick_labels(axis)
    assert len(labels) >= minimum, [t for _r, t in labels]
    rects = sorted((r for r, _t in labels), key=lambda r: r.top())
    for upper, lower in pairwise(rects):
        assert upper.bottom() <= lower.top(), [t for _r, t in labels]  # no two labels overlap
    return [t for _r, t in labels]


def value_axis(view):
    return view.value_plot.getPlotItem().getAxis("left")


def settle(qtbot) -> None:
    qtbot.wait(30)


def test_the_f_axis_at_step_0_has_few_separate_labels(panel, qtbot):
    view = panel.descent
    settle(qtbot)
    axis = value_axis(view)
    assert axis.logMode
    texts = assert_readable(axis)
    assert "·" not in "".join(texts)  # 10, 20, 50: plain numbers, not 2·10¹


def test_the_books_run_labels_the_decades(panel, qtbot):
    view = panel.descent
    view.step_forward(20)
    settle(qtbot)
    texts = assert_readable(value_axis(view), minimum=3)
    assert set(texts) <= {"0.001", "0.003", "0.01", "0.03", "0.1", "0.3", "1", "3", "10", "30"}


def test_a_divergent_run_thins_the_decades(panel, qtbot):
    view = panel.descent
    view.steps_field.type_text("100")
    view.lr_field.type_text("10")
    view.step_forward(100)
    settle(qtbot)
    texts = assert_readable(value_axis(view))
    assert all(t.startswith("10") for t in texts)  # powers of ten only (10⁸, 10¹⁶...)


def test_presentation_mode_labels_stay_apart(panel, qtbot):
    panel.set_presentation_mode(True)
    view = panel.descent
    view.step_forward(20)
    settle(qtbot)
    assert_readable(value_axis(view), minimum=3)
    view.reset()
    settle(qtbot)
    assert_readable(value_axis(view))


def test_linear_mode_is_pyqtgraphs_own(panel, qtbot):
    view = panel.descent
    view.step_forward(20)
    view.logy_box.setChecked(False)
    settle(qtbot)
    axis = value_axis(view)
    assert not axis.logMode
    assert tick_labels(axis) and axis.style["maxTextLevel"] == 2  # pyqtgraph's default text levels


@pytest.mark.parametrize("value, plain, text", [
    (20.000000000000004, True, "20"), (0.001, True, "0.001"), (1e-5, False, "10⁻⁵"), (2e-5, False, "2·10⁻⁵"),
    (1e27, False, "10²⁷"), (1.0, False, "10⁰"),
])
def test_log_tick_text(value, plain, text):
    from dlfs_studio.app.panels.descent.plotting import log_tick_text

    assert log_tick_text(value, plain) == text
