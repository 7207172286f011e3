"""A focus frame that is easy to see: two pixels in the palette's highlight colour.

A transparent overlay laid over the edge of the focused list, table, page or field, rather than
a style sheet: a style sheet would stop the app's palette (light or dark) and the text zoom
from reaching the widgets it styles. Drawn inside the widget's own rectangle, it stays visible
where a widget fills its whole parent. The frame's width, not only its colour, shows the focus.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRectF, Qt, Slot
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QWidget

RING_WIDTH = 2
# By Qt class name: importing the Python classes would cost start-up time for nothing.
FRAMED = ("QAbstractItemView", "QTextEdit", "QLineEdit", "QComboBox", "QAbstractSpinBox")


class FocusRing(QWidget):
    """Follows the keyboard focus within one window."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._target: QWidget | None = None
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def target(self) -> QWidget | None:
        return self._target

    @Slot(QWidget, QWidget)
    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not shiboken6.isValid(self._window):  # the focus moves while the window is torn down
            return
        if self._target is not None:
            self._target.removeEventFilter(self)
        framed = (
            new is not None
            and any(new.inherits(name) for name in FRAMED)
            and new.window() is self._window
        )
        self._target = new if framed else None
        if self._target is None:
            self.hide()
            self.setParent(self._window)  # never left as the child of a widget that may go
            return
        self.setParent(self._target)
        self.setGeometry(self._target.rect())
        self._target.installEventFilter(self)
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._target and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._target.rect())
        return False

    def detach(self) -> None:
        QApplication.instance().focusChanged.disconnect(self._focus_changed)
        if self._target is not None:
            self._target.removeEventFilter(self)
        self._target = None
        self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        colour = self.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
        painter.setPen(QPen(colour, RING_WIDTH))
        half = RING_WIDTH / 2
        painter.drawRect(QRectF(self.rect()).adjusted(half, half, -half, -half))
        painter.end()
