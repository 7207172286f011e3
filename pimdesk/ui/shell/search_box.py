"""The global search box: results as you type; arrows move in them, Enter opens, Escape leaves."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from pimdesk.ui.widgets.named_controls import clear_button

translate = QCoreApplication.translate


class SearchBox(QLineEdit):
    """The global search field; arrows move in the results, Enter opens, Escape leaves."""

    moved = Signal(int)  # +1 down, -1 up
    submitted = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(translate("Search", "Search PIM (Ctrl+K)"))
        clear_button(self)
        self.setAccessibleName(translate("Search", "Search"))
        self.setAccessibleDescription(
            translate(
                "Search",
                "Search categories, the matrix, the glossary and every page. Results appear "
                "as you type; use the arrow keys and Enter to open one.",
            )
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.moved.emit(1 if key == Qt.Key.Key_Down else -1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit()
        elif key == Qt.Key.Key_Escape:
            self.cancelled.emit()
        else:
            super().keyPressEvent(event)
