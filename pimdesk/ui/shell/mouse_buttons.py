"""The mouse's back and forward buttons, wherever the pointer is in the window.

Text views pass a press they do not use on to the window; list and table views and text
fields keep it, so those get this small event filter. (A filter on the whole application
would see every event of every object and slow the app down.)
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QWidget


class HistoryButtons(QObject):
    back_pressed = Signal()
    forward_pressed = Signal()

    def watch(self, root: QWidget) -> None:
        """Listen on every list, table and text field inside `root` (and `root` itself)."""
        widgets = [root, *root.findChildren(QWidget)]
        for widget in widgets:
            if isinstance(widget, QAbstractItemView):
                widget.viewport().installEventFilter(self)
            elif isinstance(widget, QLineEdit):
                widget.installEventFilter(self)

    def handle(self, event: QMouseEvent) -> bool:
        """Emit for a back or forward button; True when the press was one of them."""
        if event.button() == Qt.MouseButton.BackButton:
            self.back_pressed.emit()
            return True
        if event.button() == Qt.MouseButton.ForwardButton:
            self.forward_pressed.emit()
            return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            return self.handle(event)
        return False
