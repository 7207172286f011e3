"""The controls of the list of contexts: its buttons, and the notice that offers Undo."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

translate = QCoreApplication.translate


def labelled_button(text: str, name: str, description: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.setAccessibleDescription(description)
    return button


def name_dialog_buttons(box: QDialogButtonBox) -> None:
    """Give a dialog's standard buttons (OK, Cancel, Close) names and descriptions."""
    descriptions = {
        QDialogButtonBox.StandardButton.Ok: translate("ContextList", "Use what you typed"),
        QDialogButtonBox.StandardButton.Cancel: translate("ContextList", "Close without changes"),
        QDialogButtonBox.StandardButton.Close: translate("ContextList", "Close this window"),
    }
    for standard, description in descriptions.items():
        button = box.button(standard)
        if button is not None:
            button.setAccessibleName(button.text().replace("&", ""))
            button.setAccessibleDescription(description)


class Notice(QFrame):
    """What just happened above the list, in words, with Undo when a deletion can be undone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contextNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_button = labelled_button(
            translate("ContextList", "Undo"),
            translate("ContextList", "Undo the deletion"),
            translate("ContextList", "Put the deleted contexts back (Ctrl+Z)"),
        )
        self.trash_button = labelled_button(
            translate("ContextList", "Trash…"),
            translate("ContextList", "Open the trash"),
            translate("ContextList", "Contexts deleted in the last 30 days"),
        )
        self.dismiss_button = labelled_button(
            translate("ContextList", "Dismiss"),
            translate("ContextList", "Dismiss the notice"),
            translate("ContextList", "Hide this notice"),
        )
        self.dismiss_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        for button in (self.undo_button, self.trash_button, self.dismiss_button):
            layout.addWidget(button)
        # The notice keeps its place while hidden, so that showing it never moves the buttons
        # and the list under the pointer (D17: a click meant for Delete opened a context).
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.hide()

    def say(self, message: str, can_undo: bool = False) -> None:
        self.label.setText(message)
        self.label.setAccessibleName(message)
        self.undo_button.setVisible(can_undo)
        self.trash_button.setVisible(can_undo)
        self.show()


def list_buttons(slots: Mapping[str, Callable[[], object]]) -> dict[str, QPushButton]:
    """The list's buttons, each with its name and description for screen readers."""
    specs = (
        (
            "new",
            translate("ContextList", "&New"),
            translate("ContextList", "New context"),
            translate("ContextList", "Build a new context (Ctrl+N)"),
        ),
        (
            "open",
            translate("ContextList", "&Open"),
            translate("ContextList", "Open"),
            translate("ContextList", "Open the chosen context (Enter)"),
        ),
        (
            "rename",
            translate("ContextList", "&Rename…"),
            translate("ContextList", "Rename"),
            translate("ContextList", "Give the chosen context another name (F2)"),
        ),
        (
            "duplicate",
            translate("ContextList", "D&uplicate"),
            translate("ContextList", "Duplicate"),
            translate("ContextList", "Make a copy of the chosen context"),
        ),
        (
            "delete",
            translate("ContextList", "&Delete"),
            translate("ContextList", "Delete"),
            translate("ContextList", "Move the chosen contexts to the trash (Delete)"),
        ),
        (
            "compare",
            translate("ContextList", "&Compare"),
            translate("ContextList", "Compare"),
            translate("ContextList", "Compare the two chosen contexts side by side"),
        ),
        (
            "export",
            translate("ContextList", "&Share as file…"),
            translate("ContextList", "Share as file"),
            translate("ContextList", "Save the chosen context as a .pimsel file"),
        ),
        (
            "import",
            translate("ContextList", "&Import…"),
            translate("ContextList", "Import"),
            translate("ContextList", "Import a context from a .pimsel file (Ctrl+O)"),
        ),
        (
            "trash",
            translate("ContextList", "&Trash…"),
            translate("ContextList", "Trash"),
            translate("ContextList", "Contexts deleted in the last 30 days, to restore"),
        ),
    )
    buttons = {}
    for key, text, name, description in specs:
        button = labelled_button(text, name, description)
        button.setObjectName(f"{key}Button")
        button.clicked.connect(slots[key])
        buttons[key] = button
    return buttons
