"""The step ledger: a table view over :class:`LedgerModel` (``ledger_model.py``), a row per core ``DescentStep``.

Cells show a compact number (scientific notation for huge or tiny values); the tooltip, the
copy action and CSV export give the full ``repr`` precision and every column, shown or hidden.
``Qt.UserRole`` returns the raw float. The view fits its column widths to their text, scrolls
sideways, and lets the learner choose the shown columns from the header's context menu.
"""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSettings,
    QSize,
    Qt,
)
from PySide6.QtGui import QAction, QFont, QFontMetrics, QGuiApplication, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from .ledger_model import _RIGHT, RAW_ROLE, LedgerModel, _tr, format_cell

__all__ = ["HIDDEN_COLUMNS_KEY", "KEY_COLUMNS", "RAW_ROLE", "LedgerDelegate", "LedgerModel", "LedgerView",
           "format_cell"]


HIDDEN_COLUMNS_KEY = "descent/ledger_hidden_columns"
#: Columns that must fit without scrolling: k, x0, x1, f(x).
KEY_COLUMNS = 4
#: A typical number cell (10 significant digits after "-0.0"): the narrowest a number column gets, so that
#: the columns do not jump while a run animates from "-3" to "-0.03458764514".
NUMBER_TEMPLATE = "-0.01234567891"
#: The widest usual number (scientific notation: a run that converges past 1e-4 or diverges): the ledger's
#: size hint shows k, x0, x1 and f(x) this wide.
WIDE_TEMPLATE = "-2.589837474e+13"
#: On a model reset at most this many rows are measured (the first, the last and an even sample between);
#: rows that arrive one by one are always measured.
MEASURED_ROWS = 600


def _sample(count: int, limit: int = MEASURED_ROWS) -> Iterable[int]:
    if count <= limit:
        return range(count)
    edge = limit // 3
    between = range(edge, count - edge, max(1, (count - 2 * edge) // edge))
    return sorted({*range(edge), *between, *range(count - edge, count)})


class LedgerDelegate(QStyledItemDelegate):
    """Paints a ledger cell from the model's cached text in one call (the default delegate asks the model for
    seven roles per cell: a thousand Python calls per repaint, the larger part of an animation frame).

    ``needed``: the width each column needs for its widest text; a narrower column (resized by hand) elides."""

    def __init__(self, model: LedgerModel, needed: list[int], pad: int, parent: QAbstractItemView) -> None:
        super().__init__(parent)
        self._model = model
        self._needed = needed
        self._slack = pad  # needed = widest text + pad
        self._view = parent
        self.set_font(parent.font())
        self.set_palette(parent.palette(), parent.isEnabled())

    def set_palette(self, palette: QPalette, enabled: bool = True) -> None:
        """The text colour of unselected cells (from the view's palette, kept: reading it per cell was costly)."""
        group = QPalette.ColorGroup.Active if enabled else QPalette.ColorGroup.Disabled
        self._text_color = palette.color(group, _TEXT)

    def set_font(self, font: QFont) -> None:
        self._font = QFont(font)
        self._bold = QFont(font)
        self._bold.setBold(True)
        self._bold_metrics = QFontMetrics(self._bold)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
              ) -> None:
        # called for every visible cell on each animation frame: C++ calls only, no enum flags or palette copies
        model = self._model
        row, col = index.row(), index.column()
        selection = self._view.selectionModel()
        if selection is not None and selection.hasSelection() and selection.isSelected(index):
            palette = option.palette
            painter.fillRect(option.rect, palette.brush(_HIGHLIGHT))
            painter.setPen(palette.color(_HIGHLIGHTED_TEXT))
        else:
            painter.setPen(self._text_color)
        painter.setFont(self._bold if row == model._count - 1 else self._font)
        rect = option.rect.adjusted(_TEXT_MARGIN, 0, -_TEXT_MARGIN, 0)
        text = model.cell_text(row, col)
        needed = self._needed
        if col >= len(needed) or rect.width() < needed[col] - self._slack:  # narrowed by hand
            text = self._bold_metrics.elidedText(text, _ELIDE, rect.width())
        painter.drawText(rect, _RIGHT, text)


_SELECTED = QStyle.StateFlag.State_Selected.value
_HIGHLIGHT, _HIGHLIGHTED_TEXT, _TEXT = (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText,
                                        QPalette.ColorRole.Text)
_ELIDE = Qt.TextElideMode.ElideRight
#: The delegate's text margin (Qt's PM_FocusFrameHMargin + 1 in the usual styles).
_TEXT_MARGIN = 3


class LedgerView(QTableView):
    """QTableView for the ledger; Ctrl+C copies the selected cells in full precision (tab separated).

    Widths: each column is as wide as its widest text in the bold of the current row (any row can be the
    current one when the learner steps back), at least :data:`NUMBER_TEMPLATE` wide, and at least its header.
    A column the learner resizes keeps that width until "Fit column widths". :meth:`sizeHint` is the width
    that shows k, x0, x1 and f(x) whole even in scientific notation (any run that converges past 1e-4, or
    diverges, gets there); the descent view gives the ledger that width, and everything right of f(x) is
    one horizontal scroll away: at 1280x720 no further column fits beside the map.

    Columns: right-click the header (or a cell, then "Columns") to show or hide any column; the choice is
    kept in QSettings under :data:`HIDDEN_COLUMNS_KEY` by the column's stable name, so it also applies to
    the optimizer-state columns of a later run. By default every column is shown: the gradient box's
    tooltip promises both gradients, and numerical beside analytic is the point of section 4.3, so the
    pair that does not drive the steps is not hidden. Copy and CSV export always give every column.
    """

    def __init__(self, model: LedgerModel, parent: QWidget | None = None,
                 settings: QSettings | None = None) -> None:
        super().__init__(parent)
        if settings is None:
            from dlfs_studio.app.main_window import make_settings
            settings = make_settings()
        self._settings = settings
        stored = settings.value(HIDDEN_COLUMNS_KEY, [], type=list)  # type=list makes it a list
        self._hidden: set[str] = {str(n) for n in stored} if isinstance(stored, list) else set()
        self._needed: list[int] = []
        self._user_widths: dict[str, int] = {}
        self._fitting = False
        self._update_metrics()
        self.setModel(model)
        self._delegate = LedgerDelegate(model, self._needed, self._pad, self)
        self.setItemDelegate(self._delegate)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setAlternatingRowColors(True)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.sectionResized.connect(self._on_section_resized)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_header_menu)
        model.rowsInserted.connect(self._on_rows_inserted)
        self.setToolTip(_tr("Every step: point, value, numerical and exact gradient, step and optimizer "
                            "state; hover a cell for full precision, Ctrl+C copies it exactly."))
        copy = QAction(_tr("Copy with full precision"), self)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy.triggered.connect(self.copy_selection)
        self.addAction(copy)
        self.columns_menu = QMenu(_tr("Columns"), self)
        self.columns_menu.aboutToShow.connect(lambda: self._fill_column_menu(self.columns_menu))
        self.addAction(self.columns_menu.menuAction())
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self._measure_all()

    # ------------------------------------------------------------------ columns shown
    def _model(self) -> LedgerModel:
        return self.model()  # type: ignore[return-value]

    def column_names(self) -> list[str]:
        """The stable (English, CSV) names of the current columns, in model order."""
        return self._model().headers()

    def set_column_shown(self, name: str, on: bool) -> None:
        """Show or hide the column ``name`` (remembered); the last shown column cannot be hidden."""
        if not on and name not in self._hidden:
            shown = [n for n in self.column_names() if n not in self._hidden]
            if shown == [name]:
                return
        if on:
            self._hidden.discard(name)
        else:
            self._hidden.add(name)
        self._save_hidden()
        self._apply_hidden()

    def show_all_columns(self) -> None:
        self._hidden.clear()
        self._save_hidden()
        self._apply_hidden()

    def _save_hidden(self) -> None:
        self._settings.setValue(HIDDEN_COLUMNS_KEY, sorted(self._hidden))
        self._settings.sync()

    def _apply_hidden(self) -> None:
        names = self.column_names()
        hidden = [n in self._hidden for n in names]
        if names and all(hidden):  # e.g. a remembered choice that hid every column of this run
            hidden[0] = False
        self._fitting = True
        try:
            for col, off in enumerate(hidden):
                self.setColumnHidden(col, off)
        finally:
            self._fitting = False

    def column_menu(self) -> QMenu:
        """A new menu with one checkable entry per column, then "Show all columns" and "Fit column widths"."""
        menu = QMenu(self)
        self._fill_column_menu(menu)
        return menu

    def _fill_column_menu(self, menu: QMenu) -> None:
        menu.clear()
        model = self._model()
        names = self.column_names()
        shown = [n for n in names if n not in self._hidden]
        for col, name in enumerate(names):
            action = menu.addAction(str(model.headerData(col, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(name not in self._hidden)
            action.setEnabled(shown != [name])
            action.setData(name)
            action.setToolTip(model.header_tip(col))
            action.toggled.connect(lambda on, n=name: self.set_column_shown(n, on))
        menu.setToolTipsVisible(True)
        menu.addSeparator()
        menu.addAction(_tr("Show all columns"), self.show_all_columns)
        menu.addAction(_tr("Fit column widths"), self.fit_columns)

    def _show_header_menu(self, pos: QPoint) -> None:
        menu = self.column_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.horizontalHeader().mapToGlobal(pos))

    # ------------------------------------------------------------------ widths
    def fit_columns(self) -> None:
        """Forget the widths set by hand and fit every column to its text again."""
        self._user_widths.clear()
        self._measure_all()

    def _update_metrics(self) -> None:
        bold = QFont(self.font())
        bold.setBold(True)  # the current row is bold: size the columns for it
        self._metrics = QFontMetrics(bold)
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1
        self._pad = 2 * margin + 1 + 2  # the delegate's text margins, the grid line, 2 px of air
        self.verticalHeader().setDefaultSectionSize(max(22, self._metrics.height() + 6))

    def _minimum(self, col: int) -> int:
        text = "000" if col == 0 else NUMBER_TEMPLATE
        return max(self._metrics.horizontalAdvance(text) + self._pad, self.horizontalHeader().sectionSizeHint(col))

    def _measure_all(self) -> None:
        model = self._model()
        self._needed[:] = [self._minimum(c) for c in range(model.columnCount())]  # shared with the delegate
        self._measure(_sample(model.rowCount()))
        self._apply_widths()

    def _measure(self, rows: Iterable[int]) -> bool:
        """Widen ``_needed`` for the text of ``rows``; True if any column needs more room."""
        model, grew = self._model(), False
        advance = self._metrics.horizontalAdvance
        for row in rows:
            for col in range(len(self._needed)):
                width = advance(model.display_text(row, col)) + self._pad
                if width > self._needed[col]:
                    self._needed[col], grew = width, True
        return grew

    def _apply_widths(self) -> None:
        self._fitting = True
        try:
            names = self.column_names()
            for col, width in enumerate(self._needed):
                self.setColumnWidth(col, self._user_widths.get(names[col], width))
        finally:
            self._fitting = False

    def _on_section_resized(self, col: int, _old: int, new: int) -> None:
        if not self._fitting and new > 0 and col < len(self.column_names()):
            self._user_widths[self.column_names()[col]] = new

    def _on_rows_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        if self._measure(range(first, last + 1)):
            self._apply_widths()

    def reset(self) -> None:
        self._fitting = True
        try:
            super().reset()
        finally:
            self._fitting = False
        self._apply_hidden()
        self._measure_all()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.EnabledChange):
            self._delegate.set_palette(self.palette(), self.isEnabled())
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._update_metrics()
            self._delegate = LedgerDelegate(self._model(), self._needed, self._pad, self)
            self.setItemDelegate(self._delegate)
            self._measure_all()

    def sizeHint(self) -> QSize:
        """Wide enough for the shown ones of k, x0, x1 and f(x) with numbers up to :data:`WIDE_TEMPLATE` wide,
        and a vertical scroll bar."""
        hint = super().sizeHint()
        names = self.column_names()
        wide = self._metrics.horizontalAdvance(WIDE_TEMPLATE) + self._pad
        width = sum(max(self._needed[c], wide if c else 0) for c in range(min(KEY_COLUMNS, len(self._needed)))
                    if names[c] not in self._hidden)
        width += 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()
        return QSize(width, hint.height())

    def selected_text(self) -> str:
        """The selected cells as tab-separated text with full-precision numbers."""
        indexes = sorted(self.selectionModel().selectedIndexes(), key=lambda i: (i.row(), i.column()))
        if not indexes:
            return ""
        model: LedgerModel = self.model()  # type: ignore[assignment]
        lines: dict[int, list[str]] = {}
        for idx in indexes:
            value = model.raw(idx.row(), idx.column())
            lines.setdefault(idx.row(), []).append("" if value is None else repr(value))
        return "\n".join("\t".join(cells) for _, cells in sorted(lines.items()))

    def copy_selection(self) -> None:
        text = self.selected_text()
        if text:
            QGuiApplication.clipboard().setText(text)
