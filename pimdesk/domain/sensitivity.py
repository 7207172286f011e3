"""Information-sensitivity levels and the check of notes for what looks like personal data."""

from __future__ import annotations

import re
from enum import Enum
from functools import cache

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
    "id_number": "an ID number",
    "case_code": "a case or registration number",
    "birth": "a date or year of birth",
    "age_sex": "an age with a sex",
    "name": "a person's name",
}

# What a protection worker may type about a person. Each pattern is tried in this order and a
# text already taken by one is not reported again, so an ID number is not also a phone number.
_TITLES = r"(?:Mr|Mrs|Ms|Miss|Mme|Mlle|Dr|Sr|Sra|Sheikh|Imam|Pastor)\.?"
_ROLES = (
    r"(?i:focal\s+point|team\s+lead(?:er)?|coordinator|survivor|victim|beneficiary|client|"
    r"informant|witness|case\s*worker|head\s+of\s+household|mother|father|son|daughter|wife|"
    r"husband|interpreter|driver|contact\s+person|chief|leader|teacher|nurse|"
    r"named|called|mr|mrs|ms|miss|mme|dr)"
)
_NAME = r"[A-Z][\w'’-]+(?:[ \t]+(?:(?:bin|ben|ibn|al|el|de|van|von)[ \t]+)?[A-Z][\w'’-]+)*"
_DATE_TEXT = (
    r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2}|"
    r"\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{4}|(?:19|20)\d{2})"
)
_SEX = r"(?i:female|male|girl|boy|woman|man|f|m)"


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Compiled when notes are first checked: compiling them took ~10 ms of every start, where
    only the levels above are needed."""
    return (
        ("email", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)),
        (
            "birth",
            re.compile(
                r"(?i:\bd\.?o\.?b\.?|\bdate\s+of\s+birth|\bborn(?:\s+(?:on|in))?|\bbirth\s*date)"
                rf"\s*[:,]?\s*{_DATE_TEXT}"
            ),
        ),
        (
            "id_number",
            re.compile(
                r"(?i:\b(?:national\s+)?ID(?:\s+card)?|\bidentity\s+card|\bpassport|\bNIN|"
                r"\bration\s+card)\s*(?i:no\.?|number|nr\.?|#)?\s*[:.]?\s*[A-Z]{0,3}\d[\d\s-]{3,}\d"
            ),
        ),
        (
            "case_code",
            re.compile(
                r"(?i:\b(?:case|file|registration|reg\.|progres|household)\s*(?:no\.?|number|nr\.?|"
                r"#|code|ID)?\s*[:.]?\s*)(?=[A-Z0-9/-]*\d)[A-Z0-9][A-Z0-9/-]*\d"
                r"|(?<![\w@.])[A-Z]{2,6}(?:[-/]\d{2,6}){1,3}(?![\w-])"
                r"|(?<!\w)(?=[A-Z0-9-]*\d)[A-Z]{1,4}-?\d{5,}(?!\w)"
            ),
        ),
        ("phone", re.compile(r"(?<![\w+])(?:\+|00)?\d[\d\s().-]{6,}\d(?!\w)")),
        (
            "age_sex",
            re.compile(
                rf"(?i:\bage[d]?\s*[:]?\s*)\d{{1,3}}\b[^.;\n]{{0,25}}?\b{_SEX}\b"
                rf"|\b\d{{1,3}}[\s-]*(?i:years?|yrs?|y/?o)(?i:[\s-]+old)?[,\s]+{_SEX}\b"
                rf"|\b{_SEX}[,\s]+(?i:aged?\s+)?\d{{1,3}}\b(?:\s*(?i:years?|yrs?|y/?o))?"
            ),
        ),
        ("name", re.compile(rf"\b{_TITLES}[ \t]+{_NAME}|\b{_ROLES}\s*[:,]?[ \t]+{_NAME}")),
        ("name", re.compile(rf"\b{_NAME}(?=,?\s+(?i:born|aged?|d\.?o\.?b))")),
    )


# Capitalised words that follow a role word in ordinary notes and are not names.
_NOT_NAMES = frozenset(
    {
        "protection", "monitoring", "management", "data", "information", "assessment",
        "cluster", "team", "unit", "group", "working", "meeting", "office", "officer", "the",
        "a", "an", "and", "of", "for", "in", "on", "with", "pim", "im", "gbv", "unhcr", "ngo",
    }
)  # fmt: skip


_DATE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}$|^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$")


def _looks_like_phone(text: str) -> bool:
    """Eight digits or more, and not a date such as 2026-11-26 or 26.11.2026."""
    return sum(c.isdigit() for c in text) >= 8 and not _DATE.match(text.strip())


def _looks_like_name(text: str) -> bool:
    """The capitalised words after a title or role word, unless they are ordinary words."""
    found = re.findall(r"[A-Z][\w'’-]+", text)
    return bool(found) and found[-1].lower() not in _NOT_NAMES


_CHECKS = {"phone": _looks_like_phone, "name": _looks_like_name}


def find_personal_data(text: str) -> list[PersonalDataFinding]:
    """What in `text` looks like personal data of a person (R13): to warn before exporting.

    A deliberately cautious check: it warns and the user decides; it never blocks.
    """
    findings: list[PersonalDataFinding] = []
    taken: list[range] = []
    for kind, pattern in _patterns():
        for match in pattern.finditer(text):
            if any(match.start() in span or span.start in range(*match.span()) for span in taken):
                continue
            check = _CHECKS.get(kind)
            if check is not None and not check(match.group(0)):
                continue
            findings.append(PersonalDataFinding(kind, match.group(0), match.start()))
            taken.append(range(match.start(), match.end()))
    return sorted(findings, key=lambda finding: finding.start)
