"""The descent tab's step ledger: k, x0, x1 and f(x) fit at 1280x720, the columns fit their text and scroll
sideways, the header menu hides and shows columns (remembered in QSettings), and copy/CSV keep every column."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontMetrics

pytest.importorskip("pytestqt")

from dlfs_studio.app.main_window import MainWindow, make_settings
from dlfs_studio.app.panels.descent.ledger import HIDDEN_COLUMNS_KEY, KEY_COLUMNS, LedgerView
from dlfs_studio.app.panels.descent_panel import DescentPanel

KEY_NAMES = ["k", "x0", "x1", "f(x)"]


def pump(n: int = 8) -> None:
    for _ in range(n):
        QCoreApplication.processEvents()


@pytest.fixture
def window(window_1280):
    return window_1280


def make_panel(qtbot) -> DescentPanel:
    p = DescentPanel()
    qtbot.addWidget(p)
    p.resize(1280, 720)
    p.show()
    qtbot.waitExposed(p)
    return p


@pytest.fixture
def panel(qtbot):
    p = make_panel(qtbot)
    yield p
    p.shutdown()


def descent_view(w: MainWindow):
    w.show_panel("descent")
    pump()
    return w.current_panel().descent


def fully_visible(view: LedgerView, col: int) -> bool:
    header = view.horizontalHeader()
    left = header.sectionViewportPosition(col)
    return not view.isColumnHidden(col) and left >= 0 and left + header.sectionSize(col) <= view.viewport().width()


def bold_advance(view: LedgerView, text: str) -> int:
    bold = QFont(view.font())
    bold.setBold(True)
    return QFontMetrics(bold).horizontalAdvance(text)


def assert_text_fits(view: LedgerView) -> None:
    """Every cell's text, in the bold of the current row, fits its column (hidden columns have no width)."""
    m = view.model()
    for col in range(m.columnCount()):
        if view.isColumnHidden(col):
            continue
        width = view.horizontalHeader().sectionSize(col)
        for row in range(m.rowCount()):
            text = m.index(row, col).data()
            assert bold_advance(view, text) < width, (m.headers()[col], row, text, width)


def menu_action(view: LedgerView, name: str):
    menu = view.column_menu()
    return next(a for a in menu.actions() if a.data() == name)


# ----------------------------------------------------------------------------- the default window
def test_key_columns_fit_at_1280x720_in_the_main_window(window):
    view = descent_view(window)
    ledger = view.ledger
    assert ledger.isVisible()
    view.step_forward(20)
    pump()
    assert [ledger.model().headers()[c] for c in range(KEY_COLUMNS)] == KEY_NAMES
    assert all(fully_visible(ledger, c) for c in range(KEY_COLUMNS))
    assert_text_fits(ledger)
    # the rest is there, one horizontal scroll away
    assert not fully_visible(ledger, KEY_COLUMNS)
    bar = ledger.horizontalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    pump()
    last = ledger.model().columnCount() - 1
    assert fully_visible(ledger, last)
    bar.setValue(0)

    # more rows than fit take a vertical scroll bar's width, and past 1e-4 the numbers turn scientific
    # (wider): the key columns still fit, both converging and in the book's diverging lr = 10 run
    view.steps_field.type_text("100")
    for lr in ("0.1", "10"):
        view.lr_field.type_text(lr)
        view.step_forward(100)
        pump()
        assert ("e-" if lr == "0.1" else "e+") in view.ledger_model.index(100, 1).data()
        assert ledger.verticalScrollBar().isVisible()
        assert all(fully_visible(ledger, c) for c in range(KEY_COLUMNS))
        assert_text_fits(ledger)


def test_key_columns_fit_after_presentation_mode(window):
    view = descent_view(window)
    view.step_forward(20)
    before = view.ledger.width()
    window.set_presentation_mode(True)
    pump()
    assert view.ledger.isHidden()
    window.set_presentation_mode(False)
    pump()
    assert view.ledger.width() == pytest.approx(before, abs=4)
    assert all(fully_visible(view.ledger, c) for c in range(KEY_COLUMNS))
    assert_text_fits(view.ledger)


def test_panel_built_in_presentation_mode_sizes_the_ledger_when_it_ends(window):
    window.set_presentation_mode(True)
    view = descent_view(window)
    view.step_forward(20)
    window.set_presentation_mode(False)
    pump()
    ledger = view.ledger
    # the columns follow the normal font again, and the ledger is not left with half the window
    assert ledger.horizontalHeader().sectionSize(1) < 1.2 * bold_advance(ledger, "-0.03458764514") + 20
    assert ledger.width() < 0.4 * window.width()
    assert all(fully_visible(ledger, c) for c in range(KEY_COLUMNS))


# ----------------------------------------------------------------------------- widths that fit the text
def test_columns_grow_with_their_text_one_row_at_a_time(panel):
    view = panel.descent
    ledger = view.ledger
    k_width = ledger.columnWidth(0)
    x0_width = ledger.columnWidth(1)
    assert k_width < x0_width / 2  # k holds a short integer
    view.lr_field.type_text("10")
    view.steps_field.type_text("100")
    for _ in range(100):  # the animation path: one inserted row at a time
        view.step_forward(1)
    m = view.ledger_model
    assert m.index(100, 1).data() == "-2.589837474e+13"
    assert m.index(100, 1).data(Qt.ItemDataRole.FontRole).bold()  # the current row is still bold
    assert ledger.columnWidth(1) > x0_width
    assert_text_fits(ledger)
    # and back to narrow numbers: a new run fits the columns again
    view.lr_field.type_text("0.1")
    view.reset()
    view.step_forward(20)
    assert ledger.columnWidth(1) == x0_width
    assert_text_fits(ledger)


def test_columns_fit_a_larger_font(panel):
    ledger = panel.descent.ledger
    panel.descent.step_forward(20)
    normal = ledger.columnWidth(1)
    big = QFont(ledger.font())
    big.setPointSizeF(big.pointSizeF() * 1.5)
    ledger.setFont(big)
    assert ledger.columnWidth(1) > 1.3 * normal
    assert_text_fits(ledger)
    ledger.setFont(QFont())
    assert ledger.columnWidth(1) == normal


def test_a_width_set_by_hand_stays_until_fit_column_widths(panel):
    view = panel.descent
    ledger = view.ledger
    view.step_forward(20)
    fitted = ledger.columnWidth(3)
    ledger.horizontalHeader().resizeSection(3, 250)  # as a drag of the header divider does
    view.reset()  # back to step 0 and forward again: model resets, the same numbers
    view.step_forward(20)
    assert ledger.columnWidth(3) == 250
    fit = next(a for a in ledger.column_menu().actions() if a.text() == "Fit column widths")
    fit.trigger()
    assert ledger.columnWidth(3) == fitted


# ----------------------------------------------------------------------------- choosing the columns
def test_header_menu_hides_and_shows_columns_and_remembers(panel, qtbot, tmp_settings):
    ledger = panel.descent.ledger
    names = ledger.column_names()
    menu = ledger.column_menu()
    entries = [a for a in menu.actions() if a.isCheckable()]
    assert [a.data() for a in entries] == names
    assert all(a.isChecked() for a in entries)  # every column by default
    assert [a.text() for a in entries[:4]] == KEY_NAMES
    assert "Show all columns" in [a.text() for a in menu.actions()]
    assert ledger.horizontalHeader().contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu

    menu_action(ledger, "x1").trigger()
    menu_action(ledger, "∂f/∂x0 analytic").trigger()
    assert ledger.isColumnHidden(2) and ledger.isColumnHidden(names.index("∂f/∂x0 analytic"))
    assert not menu_action(ledger, "x1").isChecked()
    assert sorted(make_settings().value(HIDDEN_COLUMNS_KEY, [], type=list)) == ["x1", "∂f/∂x0 analytic"]
    assert any(tmp_settings.rglob("*.ini"))
    # with x1 hidden, f(x) moves left and the next gradient column now fits too
    panel.descent.step_forward(20)
    pump()
    assert fully_visible(ledger, 3)

    # a new panel (a new session) starts with the same choice
    other = make_panel(qtbot)
    try:
        hidden = [n for c, n in enumerate(names) if other.descent.ledger.isColumnHidden(c)]
        assert hidden == ["x1", "∂f/∂x0 analytic"]
    finally:
        other.shutdown()

    menu_action(ledger, "x1").trigger()
    assert not ledger.isColumnHidden(2)
    next(a for a in ledger.column_menu().actions() if a.text() == "Show all columns").trigger()
    assert not any(ledger.isColumnHidden(c) for c in range(len(names)))
    assert make_settings().value(HIDDEN_COLUMNS_KEY, [], type=list) == []


def test_the_last_shown_column_cannot_be_hidden(panel):
    ledger = panel.descent.ledger
    names = ledger.column_names()
    for name in names[1:]:
        ledger.set_column_shown(name, False)
    assert [c for c in range(len(names)) if not ledger.isColumnHidden(c)] == [0]
    assert not menu_action(ledger, "k").isEnabled()
    ledger.set_column_shown("k", False)
    assert not ledger.isColumnHidden(0)


def test_hidden_state_columns_stay_hidden_across_runs_and_optimizers(panel):
    view = panel.descent
    view.optimizer_combo.setCurrentIndex(view.optimizer_combo.findData("momentum"))
    view.step_forward(5)
    ledger = view.ledger
    assert "v[0]" in ledger.column_names()
    ledger.set_column_shown("v[0]", False)
    view.optimizer_combo.setCurrentIndex(view.optimizer_combo.findData("sgd"))
    view.step_forward(3)
    assert "v[0]" not in ledger.column_names()
    assert not any(ledger.isColumnHidden(c) for c in range(ledger.model().columnCount()))
    view.optimizer_combo.setCurrentIndex(view.optimizer_combo.findData("momentum"))
    view.step_forward(3)
    names = ledger.column_names()
    assert ledger.isColumnHidden(names.index("v[0]")) and not ledger.isColumnHidden(names.index("v[1]"))
    assert_text_fits(ledger)


# ----------------------------------------------------------------------------- copy and CSV keep every column
def test_copy_and_csv_keep_hidden_columns_at_full_precision(panel):
    view = panel.descent
    view.optimizer_combo.setCurrentIndex(view.optimizer_combo.findData("momentum"))
    view.step_forward(20)
    ledger, m = view.ledger, view.ledger_model
    for name in ("x1", "step x0", "v[1]"):
        ledger.set_column_shown(name, False)
    table = view.ledger_csv()
    assert table.header == m.headers() and len(table.header) == m.columnCount() == 12
    assert len(table.rows) == 21
    assert table.rows[20][2] == float(view.steps[20].x[1])

    ledger.selectAll()
    lines = ledger.selected_text().split("\n")
    assert len(lines) == 21 and all(len(line.split("\t")) == m.columnCount() for line in lines)
    cells = lines[20].split("\t")
    assert cells[2] == repr(float(view.steps[20].x[1]))  # hidden, still copied
    assert float(cells[3]) == view.steps[20].value and cells[3] != m.index(20, 3).data()
    assert np.isclose(float(lines[5].split("\t")[-1]), view.steps[5].state["v"][1])
