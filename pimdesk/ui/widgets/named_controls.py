"""Controls made with what a screen reader says about them: a name and what they are for."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton


def named_button(text: str, name: str, description: str) -> QPushButton:
    """A push button labelled `text` (with its mnemonic), read out as `name`: `description`."""
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.setAccessibleDescription(description)
    return button
