"""Controls made with what a screen reader says about them: a name and what they are for."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton


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
