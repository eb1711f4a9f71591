"""A canvas where the learner draws a digit with the mouse (white ink on black, like MNIST)."""
from __future__ import annotations

import itertools

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

#: Side of the internal canvas in pixels (10x MNIST); the widget scales it to its size.
CANVAS = 280
#: Pen width on the internal canvas (MNIST strokes are ~2-3 px of 28, i.e. ~20-25 of 280).
PEN_WIDTH = 22


class DrawingPad(QWidget):
    """Draw with the left mouse button; right click or :meth:`clear` erases.

    ``changed`` is emitted while drawing (after each stroke segment) and after clearing.
    :meth:`image` returns the canvas as a (280, 280) float32 array in [0, 1], ink = 1.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._canvas = QImage(CANVAS, CANVAS, QImage.Format.Format_Grayscale8)
        self._canvas.fill(0)
        self._last: QPointF | None = None
        self.setMinimumSize(QSize(140, 140))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    # ------------------------------------------------------------------ geometry
    def _side(self) -> int:
        return max(1, min(self.width(), self.height()))

    def _origin(self) -> QPointF:
        s = self._side()
        return QPointF((self.width() - s) / 2, (self.height() - s) / 2)

    def to_canvas(self, pos: QPointF) -> QPointF:
        """Widget coordinates -> canvas coordinates (0..280)."""
        o = self._origin()
        k = CANVAS / self._side()
        return QPointF((pos.x() - o.x()) * k, (pos.y() - o.y()) * k)

    def sizeHint(self) -> QSize:
        return QSize(280, 280)

    # ------------------------------------------------------------------ drawing
    def draw_stroke(self, points: list[tuple[float, float]]) -> None:
        """Draw a polyline given in canvas coordinates (0..280); used by the mouse and by demos."""
        if not points:
            return
        painter = QPainter(self._canvas)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(255, 255, 255), PEN_WIDTH, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                   Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        if len(points) == 1:
            painter.drawPoint(QPointF(*points[0]))
        for a, b in itertools.pairwise(points):
            painter.drawLine(QPointF(*a), QPointF(*b))
        painter.end()
        self.update()
        self.changed.emit()

    def clear(self) -> None:
        self._canvas.fill(0)
        self._last = None
        self.update()
        self.changed.emit()

    def is_empty(self) -> bool:
        return not self.image().any()

    def image(self) -> NDArray[np.float32]:
        """The canvas as (280, 280) float32 in [0, 1] (a copy)."""
        img = self._canvas
        ptr = img.constBits()
        arr = np.frombuffer(ptr, dtype=np.uint8, count=img.bytesPerLine() * img.height())
        arr = arr.reshape(img.height(), img.bytesPerLine())[:, :img.width()]
        return arr.astype(np.float32) / 255.0

    # ------------------------------------------------------------------ events
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.RightButton:
            self.clear()
            return
        if event.button() == Qt.MouseButton.LeftButton:
            p = self.to_canvas(event.position())
            self._last = p
            self.draw_stroke([(p.x(), p.y())])

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._last is not None and event.buttons() & Qt.MouseButton.LeftButton:
            p = self.to_canvas(event.position())
            self.draw_stroke([(self._last.x(), self._last.y()), (p.x(), p.y())])
            self._last = p

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._last = None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(60, 60, 60))
        s = self._side()
        o = self._origin()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(QRectF(o.x(), o.y(), s, s), self._canvas)
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.update()
