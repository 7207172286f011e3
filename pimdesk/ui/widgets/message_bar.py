"""A banner above the page for what the user must know, e.g. that their data was restored."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

translate = QCoreApplication.translate


class MessageBar(QFrame):
    """Stays until dismissed; says "Note:" in words, so it does not rely on its colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(translate("MessageBar", "Notice"))
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.dismiss_button = QPushButton(translate("MessageBar", "&Dismiss"))
        self.dismiss_button.setAccessibleName(translate("MessageBar", "Dismiss the notice"))
        self.dismiss_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.dismiss_button)
        self.hide()

    def show_messages(self, messages: Sequence[str]) -> None:
        if not messages:
            return
        note = translate("MessageBar", "Note:")
        self.label.setText(f"{note} " + " ".join(messages))
        self.label.setAccessibleName(self.label.text())
        self.show()

    @Slot()
    def dismiss(self) -> None:
        self.hide()
