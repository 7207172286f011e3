"""Information-sensitivity levels and the check of notes for what looks like personal data."""

from __future__ import annotations

import re
from enum import Enum

from pimdesk.domain.records import record


class Sensitivity(str, Enum):
    """The four-level information-sensitivity classification of humanitarian data responsibility."""

    PUBLIC = "public"
    RESTRICTED = "restricted"
    CONFIDENTIAL = "confidential"
    STRICTLY_CONFIDENTIAL = "strictly_confidential"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").upper()


# Default for an operation-specific briefing (DESIGN.md); handouts of the framework are public.
DEFAULT_BRIEFING_SENSITIVITY = Sensitivity.RESTRICTED
DEFAULT_HANDOUT_SENSITIVITY = Sensitivity.PUBLIC


@record
class PersonalDataFinding:
    """Something in a text that looks like personal data, and where."""

    kind: str
    text: str
    start: int

    @property
    def label(self) -> str:
        return _KIND_LABELS[self.kind]


_KIND_LABELS = {
    "email": "an e-mail address",
    "phone": "a phone number",
    "id_number": "an ID-like number",
    "titled_name": "a name after a title",
}

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("email", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)),
    ("phone", re.compile(r"(?<![\w+])(?:\+|00)?\d[\d\s().-]{6,}\d(?!\w)")),
    ("id_number", re.compile(r"(?<!\w)(?=[A-Z0-9-]*\d)[A-Z]{1,4}[-]?\d{5,}(?!\w)")),
    ("titled_name", re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w'-]+")),
)


_DATE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}$|^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$")


def _looks_like_phone(text: str) -> bool:
    """Eight digits or more, and not a date such as 2026-11-26 or 26.11.2026."""
    return sum(c.isdigit() for c in text) >= 8 and not _DATE.match(text.strip())


def find_personal_data(text: str) -> list[PersonalDataFinding]:
    """What in `text` looks like personal data of a person (R13): to warn before exporting.

    A deliberately cautious check: it warns and the user decides; it never blocks.
    """
    findings: list[PersonalDataFinding] = []
    taken: list[range] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if any(match.start() in span for span in taken):
                continue
            if kind == "phone" and not _looks_like_phone(match.group(0)):
                continue
            findings.append(PersonalDataFinding(kind, match.group(0), match.start()))
            taken.append(range(match.start(), match.end()))
    return sorted(findings, key=lambda finding: finding.start)
