"""Checks every dialog of the app should pass: named controls, and Alt+letter keys that are
not taken twice."""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

_MNEMONIC = re.compile(r"(?<!&)&([^&])")


def visible_controls(dialog: QWidget) -> list[QWidget]:
    """The widgets the keyboard can reach in `dialog` as it is shown now."""
    return [
        w
        for w in dialog.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisibleTo(dialog)
    ]


def unnamed(dialog: QWidget) -> list[str]:
    """Controls without an accessible name; fields and views also without a description."""
    problems = []
    for widget in visible_controls(dialog):
        # Qt reads a label by its text unless it is given a name (and then by that name only).
        shown = widget.text() if isinstance(widget, QLabel) else ""
        if not (widget.accessibleName().strip() or shown.strip()):
            problems.append(f"{type(widget).__name__} without a name")
        elif not isinstance(widget, QAbstractButton) and not widget.accessibleDescription():
            problems.append(f"{widget.accessibleName()} without a description")
    return problems


def repeated_mnemonics(dialog: QWidget) -> list[str]:
    """Alt+letter keys that two visible buttons or field labels of `dialog` both claim."""
    texts = [b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisibleTo(dialog)]
    texts += [
        label.text()
        for label in dialog.findChildren(QLabel)
        if label.buddy() is not None and label.isVisibleTo(dialog)
    ]
    letters = Counter(m.group(1).lower() for text in texts for m in _MNEMONIC.finditer(text))
    return sorted(letter for letter, count in letters.items() if count > 1)
