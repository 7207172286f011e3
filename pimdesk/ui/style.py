"""The few style rules PIM Desk adds to the system's look: a focus frame that is easy to see."""

from __future__ import annotations


def focus_style_sheet() -> str:
    """A two-pixel frame in the palette's highlight colour around the focused view or field.

    The palette colour keeps it right in light and dark mode; the frame's width, not only its
    colour, shows where the focus is.
    """
    return (
        "QListView:focus, QTableView:focus, QTextBrowser:focus, QLineEdit:focus,"
        " QComboBox:focus { border: 2px solid palette(highlight); }"
    )
