"""What looks like personal data, in words: the warning while notes are typed, and the one warning
before a context leaves the computer, in a `.pimsel` file (context/) or a PDF (export/)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from pimdesk.domain.sensitivity import find_personal_data
from pimdesk.services.personal_data import PersonalDataWarning, TextPlace

# The messages keep the context they had in context_files.py, so their translations stay.
translate = QCoreApplication.translate
LISTED = 8  # findings listed; the rest are counted


def personal_data_lines(warnings: Sequence[PersonalDataWarning]) -> list[str]:
    """What looks like personal data, one line each, in the user's language."""
    places = {
        TextPlace.NAME: translate("ContextFiles", "the name"),
        TextPlace.PLACE: translate("ContextFiles", "the place"),
        TextPlace.ORGANISATION: translate("ContextFiles", "the organisation"),
        TextPlace.DATA_NEEDS: translate("ContextFiles", "the data needs"),
        TextPlace.CONTEXT_NOTES: translate("ContextFiles", "the notes on the context"),
        TextPlace.CATEGORY_NOTES: translate("ContextFiles", "the notes on {category}"),
    }
    return [
        translate("ContextFiles", "In {where}, {what}: {text}").format(
            where=places[warning.place].format(category=warning.category),
            what=kind_label(warning.finding.kind),
            text=warning.finding.text,
        )
        for warning in warnings
    ]


def kind_label(kind: str) -> str:
    """What a finding looks like, in the user's language ("a phone number")."""
    kinds = {
        "email": translate("ContextFiles", "an e-mail address"),
        "phone": translate("ContextFiles", "a phone number"),
        "id_number": translate("ContextFiles", "an ID number"),
        "case_code": translate("ContextFiles", "a case or registration number"),
        "birth": translate("ContextFiles", "a date or year of birth"),
        "age_sex": translate("ContextFiles", "an age with a sex"),
        "name": translate("ContextFiles", "a person's name"),
    }
    return kinds.get(kind, kind)


class Destination(str, Enum):
    """Where the text would go: the same warning, worded the same way, for each."""

    BRIEFING = "briefing"
    FILE = "file"


def personal_data_question(
    warnings: Sequence[PersonalDataWarning], destination: Destination
) -> tuple[str, str, str]:
    """The one warning before text leaves the computer, for a PDF or a `.pimsel` file alike:
    (what is at stake, the findings as bullets with the advice, the button that goes on)."""
    if destination is Destination.BRIEFING:
        stake = translate("PersonalData", "The briefing would print what looks like personal data.")
    else:
        stake = translate(
            "PersonalData", "The file would carry what looks like personal data to whoever gets it."
        )
    stake += " " + translate(
        "PersonalData", "PIM Desk is not meant to hold personal data of affected people."
    )
    lines = [f"• {line}" for line in personal_data_lines(warnings[:LISTED])]
    if len(warnings) > LISTED:
        more = translate("PersonalData", "… and {count} more.")
        lines.append(more.format(count=len(warnings) - LISTED))
    advice = translate(
        "PersonalData",
        "Go on only if this may leave the computer; otherwise cancel, then edit the text or "
        "leave it out.",
    )
    button = translate("PersonalData", "&Proceed anyway")
    return stake, "\n".join(lines) + "\n\n" + advice, button


TYPING_PAUSE_MS = 600  # check once the user pauses, not on every key


class PersonalDataWatch(QLabel):
    """A line under a notes box that says, while the user types, what in the notes looks like
    personal data. It never interrupts: no dialog, no focus change; it goes when the text does."""

    def __init__(self, edit: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personalDataWatch")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(translate("PersonalData", "Personal data warning"))
        self.hide()
        self._edit = edit
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.check_now)
        edit.textChanged.connect(self._timer.start)

    @Slot()
    def check_now(self) -> None:
        findings = find_personal_data(self._edit.toPlainText())
        if not findings:
            self.clear()
            self.hide()
            return
        shown = "; ".join(
            translate("PersonalData", "{what}: {text}").format(
                what=kind_label(finding.kind), text=finding.text
            )
            for finding in findings[:3]
        )
        more = len(findings) - 3
        if more > 0:
            shown += " " + translate("PersonalData", "… and {count} more.").format(count=more)
        self.setText(
            translate(
                "PersonalData",
                "This looks like personal data ({found}). PIM Desk is not meant to hold personal "
                "data of affected people: consider removing it.",
            ).format(found=shown)
        )
        self.show()
