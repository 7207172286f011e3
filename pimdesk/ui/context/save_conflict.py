"""The question a refused save asks: keep the version stored elsewhere, or save these edits as a
copy. Nothing is ever written over the other writer's work, and nothing typed here is lost.

The box is window-modal and opened with `open()`, so the event loop runs on and a test answers
it as a person would.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

translate = QCoreApplication.translate


def ask_about_conflict(
    parent: QWidget,
    name: str,
    reason: str,
    keep_theirs: Callable[[], None],
    save_mine: Callable[[], None],
) -> QMessageBox:
    """Ask what to keep; "Save mine as a copy" is the default, the choice that loses nothing."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        parent.window().windowTitle(),
        translate("SaveConflict", "Your changes to “{name}” were not saved.").format(name=name),
        parent=parent,
    )
    box.setObjectName("saveConflict")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(
        reason
        + " "
        + translate(
            "SaveConflict",
            "Keep theirs shows the stored version and drops your changes; Save mine as a copy "
            "keeps both.",
        )
    )
    theirs = box.addButton(
        translate("SaveConflict", "Keep theirs"), QMessageBox.ButtonRole.RejectRole
    )
    mine = box.addButton(
        translate("SaveConflict", "Save mine as a copy"), QMessageBox.ButtonRole.AcceptRole
    )
    for button in (theirs, mine):
        button.setAccessibleName(button.text())
    box.setDefaultButton(mine)
    box.setEscapeButton(mine)  # Esc must not drop what was typed

    def answered() -> None:
        box.deleteLater()
        (keep_theirs if box.clickedButton() is theirs else save_mine)()

    box.finished.connect(answered)
    box.open()
    return box
