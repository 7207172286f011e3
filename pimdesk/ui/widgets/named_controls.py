"""Controls made with what a screen reader says about them: a name and what they are for."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPushButton, QTableView, QToolButton


def named_button(text: str, name: str, description: str) -> QPushButton:
    """A push button labelled `text` (with its mnemonic), read out as `name`: `description`."""
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.setAccessibleDescription(description)
    return button


def visible_name(text: str) -> str:
    """What a control's label says, as speech input users read it: no mnemonic "&", no "…"
    (WCAG 2.5.3: the accessible name must contain the visible label)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def clear_button(edit: QLineEdit) -> None:
    """Give `edit` its clear button, named for screen readers (Qt leaves it nameless)."""
    edit.setClearButtonEnabled(True)
    for button in edit.findChildren(QToolButton):
        button.setAccessibleName(QCoreApplication.translate("Controls", "Clear"))
        button.setAccessibleDescription(QCoreApplication.translate("Controls", "Empty the field"))


def name_corner_button(table: QTableView) -> None:
    """Name the button in a table's corner (it selects every cell); Qt leaves it nameless."""
    for button in table.findChildren(QAbstractButton):
        if not button.text():
            button.setAccessibleName(QCoreApplication.translate("Controls", "Select all"))
