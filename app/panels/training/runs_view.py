"""The runs list and the timeline of the selected run.

:class:`RunsList` shows every kept run (colour, visibility, name, status, final accuracies) and says what
the learner asks for (select, show/hide, rename, delete, save, open) through signals. :class:`Timeline`
scrubs through the selected run's checkpoints and offers "Fork from here". Neither knows the other.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dlfs_studio.app import style
from dlfs_studio.app.panels.training.records import RunRecord

#: Runs the list shows without scrolling (at 1280x720 in normal mode).
ROWS_SHOWN = 5


class RunsList(QWidget):
    """Every run until deleted. Column 0 holds the colour, the visibility check box and the (editable) name."""

    selected = Signal(int)
    visibilityChanged = Signal(int, bool)
    renamed = Signal(int, str)
    deleteRequested = Signal(int)
    saveRequested = Signal()
    openRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []
        self._filling = False
        self.rows_shown = ROWS_SHOWN
        h = QHBoxLayout(self)  # the buttons beside the table: its height goes to the runs
        h.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("run"), self.tr("status"), self.tr("iteration"),
                                              self.tr("train acc"), self.tr("test acc")])
        self.table.setToolTip(self.tr("Every run is kept until you delete it: tick to overlay its curves, click to "
                                      "inspect it, double-click its name to rename it"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.itemSelectionChanged.connect(self._on_selection)
        h.addWidget(self.table, 1)
        buttons = QVBoxLayout()
        self.delete_button = QPushButton(self.tr("Delete run"), self)
        self.delete_button.setToolTip(self.tr("Forget the selected run (asks first when it is not saved)"))
        self.delete_button.clicked.connect(self._on_delete)
        self.save_button = QPushButton(self.tr("Save runs…"), self)
        self.save_button.setToolTip(self.tr("Save the runs (settings, curves, checkpoints) as a session folder"))
        self.save_button.clicked.connect(self.saveRequested)
        self.open_button = QPushButton(self.tr("Open runs…"), self)
        self.open_button.setToolTip(self.tr("Open a session folder saved by the app or by dlfs train --session"))
        self.open_button.clicked.connect(self.openRequested)
        for b in (self.delete_button, self.save_button, self.open_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        h.addLayout(buttons)
        self._fit_rows()

    def _fit_rows(self, fixed: bool = True) -> None:
        """Rows as high as the font needs; the table tall enough for ``rows_shown`` runs under its header
        (``fixed``: and no taller, the rest of the height goes to the views above)."""
        table = self.table
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 6)
        header = table.horizontalHeader()
        height = (header.sizeHint().height() + self.rows_shown * table.verticalHeader().defaultSectionSize()
                  + 2 * table.frameWidth())
        table.setMinimumHeight(height)
        table.setMaximumHeight(height if fixed else 16_777_215)  # QWIDGETSIZE_MAX

    def visible_rows(self) -> float:
        """How many rows the table shows without scrolling (the row height is the font's)."""
        return self.table.viewport().height() / self.table.verticalHeader().defaultSectionSize()

    def set_presentation_mode(self, on: bool) -> None:
        """Bigger texts. In presentation mode the list stands beside the views, as tall as they are: only the
        run (colour, tick, name) and its test accuracy are listed, and the buttons go."""
        f = QFont()
        f.setPointSizeF(style.font_size("body", on))
        for w in (self.table, self.table.horizontalHeader(), self.delete_button, self.save_button, self.open_button):
            w.setFont(f)
        bold = QFont(f)
        bold.setBold(True)
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None:
                item.setFont(bold)
        for col in (1, 2, 3):
            self.table.setColumnHidden(col, on)
        for b in (self.delete_button, self.save_button, self.open_button):
            b.setVisible(not on)
        self._fit_rows(fixed=not on)

    def set_runs(self, runs: list[RunRecord], selected: RunRecord | None) -> None:
        """Show ``runs`` (in order) with ``selected`` highlighted."""
        self._filling = True
        try:
            self._ids = [r.id for r in runs]
            self.table.setRowCount(len(runs))
            for row, r in enumerate(runs):
                name = QTableWidgetItem(r.name)
                name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
                              | Qt.ItemFlag.ItemIsUserCheckable)
                name.setCheckState(Qt.CheckState.Checked if r.visible else Qt.CheckState.Unchecked)
                name.setForeground(QColor(r.color))
                font = QFont(self.table.font())
                font.setBold(True)
                name.setFont(font)
                name.setToolTip(self.tr("Tick to show this run's curves"))
                self.table.setItem(row, 0, name)
                acc = r.final_accuracies()
                cells = [self.status_text(r), f"{r.iteration:,}",
                         f"{acc[0]:.4f}" if acc else "–", f"{acc[1]:.4f}" if acc else "–"]
                for col, text in enumerate(cells, 1):
                    item = QTableWidgetItem(text)
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                    self.table.setItem(row, col, item)
            if selected is not None and selected.id in self._ids:
                self.table.selectRow(self._ids.index(selected.id))
            else:
                self.table.clearSelection()
        finally:
            self._filling = False
        self.delete_button.setEnabled(selected is not None)
        self.save_button.setEnabled(bool(runs))

    def status_text(self, r: RunRecord) -> str:
        texts = {"idle": self.tr("ready"), "running": self.tr("running"), "paused": self.tr("paused"),
                 "finished": self.tr("finished"), "stopped": self.tr("stopped"), "diverged": self.tr("diverged"),
                 "loaded": self.tr("loaded")}
        text = texts.get(r.status, r.status)
        if r.unsaved and r.trained and r.status not in ("running", "paused"):
            text += " *"
        return text

    def row_texts(self) -> list[list[str]]:
        """The table as text, row by row (for tests and the export)."""
        def text(r: int, c: int) -> str:
            item = self.table.item(r, c)
            return item.text() if item is not None else ""

        return [[text(r, c) for c in range(5)] for r in range(self.table.rowCount())]

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 0:
            return
        rid, name = self._ids[item.row()], item.text()
        checked = item.checkState() == Qt.CheckState.Checked
        # each signal may refill the table (the item is gone afterwards): read it first
        self.renamed.emit(rid, name)
        self.visibilityChanged.emit(rid, checked)

    def _on_selection(self) -> None:
        if self._filling:
            return
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.selected.emit(self._ids[rows[0].row()])

    def _on_delete(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.deleteRequested.emit(self._ids[rows[0].row()])


class Timeline(QWidget):
    """A slider over the selected run's checkpoints; ``moved(iteration)`` while dragging, ``forkRequested``."""

    moved = Signal(int)
    forkRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._iterations: list[int] = []
        h = QHBoxLayout(self)
        h.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self.tr("Timeline"), self)
        self.title.setToolTip(self.tr("Drag back through the run: the weights, histograms, errors and the drawing "
                                      "pad show the network at that checkpoint"))
        h.addWidget(self.title)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setToolTip(self.title.toolTip())
        self.slider.setTracking(True)
        self.slider.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.slider.valueChanged.connect(self._on_value)
        h.addWidget(self.slider, 1)
        self.label = QLabel("", self)
        # a fixed width: a new text must not re-lay out (and repaint) the plots above while training
        self.label.setFixedWidth(self.fontMetrics().horizontalAdvance("Iteration 10,000,000 / 10,000,000") + 8)
        self.label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.label.setToolTip(self.tr("The checkpoint shown"))
        h.addWidget(self.label)
        self.fork_button = QPushButton(self.tr("Fork from here…"), self)
        self.fork_button.setToolTip(self.tr("Start a new run from this checkpoint with some settings changed; it "
                                            "shares this run's history up to here"))
        self.fork_button.clicked.connect(lambda: self.forkRequested.emit(self.iteration()))
        h.addWidget(self.fork_button)
        self.set_checkpoints([], None)

    def set_checkpoints(self, iterations: list[int], current: int | None) -> None:
        """The checkpoints' iterations (ascending) and the one shown (None: the latest)."""
        self._iterations = list(iterations)
        self.slider.blockSignals(True)
        self.slider.setRange(0, max(len(iterations) - 1, 0))
        if iterations:
            idx = len(iterations) - 1
            if current is not None:
                idx = max((k for k, it in enumerate(iterations) if it <= current), default=0)
            self.slider.setValue(idx)
        self.slider.blockSignals(False)
        self.slider.setEnabled(len(iterations) > 1)
        self.fork_button.setEnabled(bool(iterations))
        self._show_label()

    def count(self) -> int:
        """Number of checkpoints on the timeline."""
        return len(self._iterations)

    def iteration(self) -> int:
        if not self._iterations:
            return 0
        return self._iterations[min(self.slider.value(), len(self._iterations) - 1)]

    def at_latest(self) -> bool:
        return not self._iterations or self.slider.value() == len(self._iterations) - 1

    def _show_label(self) -> None:
        if not self._iterations:
            self.label.setText(self.tr("no checkpoint yet"))
            return
        self.label.setText(self.tr("Iteration %1 / %2").replace("%1", f"{self.iteration():,}")
                           .replace("%2", f"{self._iterations[-1]:,}"))

    def _on_value(self, _v: int) -> None:
        self._show_label()
        self.moved.emit(self.iteration())

    def set_presentation_mode(self, on: bool) -> None:
        f = QFont()
        f.setPointSizeF(style.font_size("body", on))
        for w in (self.title, self.label, self.fork_button):
            w.setFont(f)
        self.label.setFixedWidth(self.label.fontMetrics().horizontalAdvance("Iteration 10,000,000 / 10,000,000") + 8)
