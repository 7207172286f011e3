"""A focus frame that is easy to see: two pixels in the palette's highlight colour.

Drawn by a `QFocusFrame` that follows the focused list, table, page or field, rather than by a
style sheet: a style sheet would stop the app's palette (light or dark) and the text zoom from
reaching the widgets it styles. The frame's width, not only its colour, shows the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Slot
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFocusFrame,
    QLineEdit,
    QTextEdit,
    QWidget,
)

RING_WIDTH = 2
FRAMED = (QAbstractItemView, QTextEdit, QLineEdit, QComboBox, QAbstractSpinBox)


class FocusRing(QFocusFrame):
    """Follows the keyboard focus within one window."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.setObjectName("focusRing")
        self.hide()  # shown by setWidget() once a framed widget has the focus
        QApplication.instance().focusChanged.connect(self._focus_changed)

    @Slot(QWidget, QWidget)
    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        framed = new is not None and isinstance(new, FRAMED) and new.window() is self._window
        self.setWidget(new if framed else None)

    def detach(self) -> None:
        QApplication.instance().focusChanged.disconnect(self._focus_changed)
        self.setWidget(None)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        colour = self.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
        painter.setPen(QPen(colour, RING_WIDTH))
        half = RING_WIDTH / 2
        painter.drawRect(QRectF(self.rect()).adjusted(half, half, -half, -half))
        painter.end()
