"""Ask the user to confirm, without blocking: the answer arrives through a callback.

A window-modal box opened with `open()` keeps the event loop (and background work reporting
progress) running, and a test can answer it like a person would.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def ask(
    parent: QWidget,
    text: str,
    detail: str,
    yes: str,
    on_yes: Callable[[], None],
    on_no: Callable[[], None] | None = None,
    warning: bool = False,
) -> QMessageBox:
    """Open a question with the buttons `yes` and Cancel; Cancel is the default (Enter, Esc)."""
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Question
    box = QMessageBox(icon, parent.windowTitle(), text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(detail)
    proceed = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    proceed.setAccessibleName(yes.replace("&", ""))
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # the safe choice on Enter

    def answered() -> None:
        box.deleteLater()
        if box.clickedButton() is proceed:
            on_yes()
        elif on_no is not None:
            on_no()

    box.finished.connect(answered)
    box.open()
    return box
