"""The window's shortcuts win over a text field's own key bindings: on Linux/X11 a line edit
takes Ctrl+E as "end of line" (Emacs style), so File → Export PDF… did nothing from the search
box or the Place field. Standard editing keys (select all, copy, paste, undo) stay the field's."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QWidget

# What a text field must keep: the editing keys every user expects inside it.
_EDITING = frozenset(
    QKeySequence(key).toString()
    for key in ("Ctrl+A", "Ctrl+C", "Ctrl+V", "Ctrl+X", "Ctrl+Z", "Ctrl+Y", "Ctrl+Shift+Z")
)
_FIELDS = (QLineEdit, QAbstractSpinBox, QComboBox)
_WATCHED = "pimdeskWindowShortcutsFirst"  # a property: each field is watched once


class WindowShortcutsFirst(QObject):
    """Watches each one-line field of `window` as it gets the focus (not every event of the
    application), and lets the window's Ctrl shortcuts through to their actions."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def keys(self) -> frozenset[str]:
        """The window's shortcuts that hold Ctrl, except the fields' editing keys."""
        found = {
            sequence.toString()
            for action in self._window.actions()
            for sequence in action.shortcuts()
            if "Ctrl+" in sequence.toString()
        }
        return frozenset(found - _EDITING)

    @Slot(QWidget, QWidget)
    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not isinstance(new, _FIELDS) or new.window() is not self._window:
            return
        if not new.property(_WATCHED):
            new.setProperty(_WATCHED, True)
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        pressed = QKeySequence(event.keyCombination()).toString()
        # Not accepted and not passed on: the field does not claim the key, so the window's
        # shortcut runs.
        return pressed in self.keys()
