"""What looks like personal data, in words: the warnings before a context leaves the computer, in
a `.pimsel` file (context/) or a PDF (export/)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from pimdesk.services.personal_data import PersonalDataWarning, TextPlace

# The messages keep the context they had in context_files.py, so their translations stay.
translate = QCoreApplication.translate


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
    kinds = {
        "email": translate("ContextFiles", "an e-mail address"),
        "phone": translate("ContextFiles", "a phone number"),
        "id_number": translate("ContextFiles", "an ID-like number"),
        "titled_name": translate("ContextFiles", "a name after a title"),
    }
    return [
        translate("ContextFiles", "In {where}, {what}: {text}").format(
            where=places[warning.place].format(category=warning.category),
            what=kinds.get(warning.finding.kind, warning.finding.kind),
            text=warning.finding.text,
        )
        for warning in warnings
    ]
