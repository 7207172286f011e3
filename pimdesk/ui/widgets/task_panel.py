"""A dialog's strip for slow work: a progress bar, what is happening in words, and Cancel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate


def step_text(message: str) -> str:
    """The services' step names in the user's language (they say them in English)."""
    steps = {
        "Collecting the content": translate("Progress", "Collecting the content"),
        "Laying out the pages": translate("Progress", "Laying out the pages"),
        "Saving the file": translate("Progress", "Saving the file"),
        "Saved": translate("Progress", "Saved"),
        "Checking the pack: its files, manifest and signature": translate(
            "Progress", "Checking the pack: its files, manifest and signature"
        ),
        "Unpacking the content": translate("Progress", "Unpacking the content"),
        "Validating the content": translate("Progress", "Validating the content"),
        "Building the reference database": translate("Progress", "Building the reference database"),
        "Switching to the new content": translate("Progress", "Switching to the new content"),
        "Done": translate("Progress", "Done"),
    }
    return steps.get(message, message)


class TaskPanel(QWidget):
    """Idle: a sentence saying what happened last. Busy: progress, the current step, Cancel."""

    cancel_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.status_label.setAccessibleDescription(translate("TaskPanel", "Status"))
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setAccessibleName(translate("TaskPanel", "Progress"))
        self.progress_bar.setAccessibleDescription(
            translate("TaskPanel", "How far the work has got")
        )
        self.cancel_button = QPushButton(translate("TaskPanel", "Cance&l"))
        self.cancel_button.setAccessibleName(translate("TaskPanel", "Cancel the work"))
        self.cancel_button.setAccessibleDescription(
            translate("TaskPanel", "Stop now; nothing is changed")
        )
        self.cancel_button.clicked.connect(self._cancel_clicked)
        bar_row = QHBoxLayout()
        bar_row.addWidget(self.progress_bar, 1)
        bar_row.addWidget(self.cancel_button)
        # The sentence sits above the bar, so a long one wraps over the whole width.
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.status_label)
        column.addLayout(bar_row)
        self.show_status("")
        self._set_busy(False)

    @property
    def busy(self) -> bool:
        return self.progress_bar.isVisibleTo(self)

    def begin(self, message: str, cancellable: bool = True, measured: bool = True) -> None:
        """Show the work as started; `measured` work reports progress, other work shows a bar
        that only says it is busy."""
        self.progress_bar.setRange(0, 100 if measured else 0)
        self.progress_bar.setValue(0)
        self.cancel_button.setEnabled(True)
        self.show_status(message)
        self._set_busy(True)
        self.cancel_button.setVisible(cancellable)

    @Slot(int, str)
    def advance(self, percent: int, message: str) -> None:
        self.progress_bar.setValue(percent)
        if message:
            self.show_status(step_text(message))

    def end(self, message: str) -> None:
        self._set_busy(False)
        self.show_status(message)

    def show_status(self, message: str) -> None:
        self.status_label.setText(message)
        self.status_label.setAccessibleDescription(message)
        self.status_label.setVisible(bool(message))

    def _set_busy(self, busy: bool) -> None:
        self.progress_bar.setVisible(busy)
        self.cancel_button.setVisible(busy)

    @Slot()
    def _cancel_clicked(self) -> None:
        self.cancel_button.setEnabled(False)
        self.show_status(translate("TaskPanel", "Cancelling…"))
        self.cancel_clicked.emit()
