"""The plot items :class:`~dlfs_studio.app.panels.training.curves.CurvesView` keeps for each run."""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt

from dlfs_studio.app import style
from dlfs_studio.app.growing_path import GrowingPath


class RunItems:
    """The plot items of one run on the loss and accuracy plots (created once, updated with ``setData``)."""

    def __init__(self, loss_plot: pg.PlotWidget, acc_plot: pg.PlotWidget, color: str) -> None:
        self.color = color
        # the curves grow at their end while a run trains: drawn as frozen pieces and a live tail, a redraw
        # repaints the tail's corner of the plot instead of the whole curve and everything under it
        self.ma = GrowingPath([], [], pen=style.pen(color, 2.5), skipFiniteCheck=True)
        self.fork = pg.ScatterPlotItem([], [], symbol="d", size=11, brush=style.brush(color), pen=style.pen(color, 1))
        self.train = GrowingPath([], [], chunk=4, pen=style.pen(color, 2), symbol="o", symbolSize=7,
                                 symbolBrush=style.brush(color))
        self.test = GrowingPath([], [], chunk=4, pen=style.pen(color, 2, style=Qt.PenStyle.DashLine), symbol="s",
                                symbolSize=7, symbolBrush=style.brush(color))
        self.markers: list[pg.InfiniteLine] = []
        loss_plot.addItem(self.ma)
        loss_plot.addItem(self.fork)
        acc_plot.addItem(self.train)
        acc_plot.addItem(self.test)
        self.drawn_events = -1
        #: What was drawn last (symbols are costly to set again): (number of evaluations, fork point).
        self.drawn_evals = -1
        self.drawn_fork: tuple | None = None

    def remove(self, loss_plot: pg.PlotWidget, acc_plot: pg.PlotWidget) -> None:
        for item in (self.ma, self.fork, *self.markers):
            loss_plot.removeItem(item)
        for item in (self.train, self.test):
            acc_plot.removeItem(item)

    def set_visible(self, on: bool) -> None:
        for item in (self.ma, self.fork, self.train, self.test, *self.markers):
            item.setVisible(on)
