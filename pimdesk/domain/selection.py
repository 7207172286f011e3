"""A context-specific selection of PIM categories for one operation, and the checks on its names.

Each context needs its own combination of categories (the source's central advice): a selection
records the operation (name, place, date, organisation, scenario), which PIM systems already run
there, the data the team needs, and for each category the team's decision, priority and notes.
"""

from __future__ import annotations

import contextlib
import datetime
import os
import unicodedata
from dataclasses import field, replace
from enum import Enum

from pimdesk.domain.errors import InvalidInputError
from pimdesk.domain.records import record
from pimdesk.domain.text import has_surrogate, remove_control, strip_control

MAX_NAME_CHARACTERS = 200
MAX_SHORT_TEXT_CHARACTERS = 500
MAX_NOTES_CHARACTERS = 20_000


def now() -> datetime.datetime:
    return datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)


def local_time_text(stored: str | None, with_time: bool = True) -> str:
    """A stored ISO time as local `YYYY-MM-DD HH:MM`, for lists.

    Never raises: a time stored by an older PIM Desk before dates were bounded, or damaged, is
    shown in its own zone (near datetime.max the local zone can overflow) or as it is written,
    so one odd row can never stop the list from showing.
    """
    if not stored:
        return ""
    pattern = "%Y-%m-%d %H:%M" if with_time else "%Y-%m-%d"
    try:
        moment = datetime.datetime.fromisoformat(stored)
    except ValueError:
        return stored[:25]
    with contextlib.suppress(OverflowError, ValueError, OSError):
        moment = moment.astimezone()
    return moment.strftime(pattern)


def new_id() -> str:
    return os.urandom(16).hex()  # not uuid: it imports `platform`, 13 ms at every start


class SystemStatus(str, Enum):
    """Whether a PIM system of a category already operates in the context."""

    OPERATING = "operating"
    PLANNED = "planned"
    NOT_OPERATING = "not_operating"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class Decision(str, Enum):
    """What the team decided about a category."""

    SUGGESTED = "suggested"  # not decided yet
    ACCEPTED = "accepted"
    REJECTED = "rejected"

    @property
    def label(self) -> str:
        return {"suggested": "To decide", "accepted": "Accepted", "rejected": "Rejected"}[
            self.value
        ]


class TeamPriority(str, Enum):
    """How urgently the team wants a category in place."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class NeedSource(str, Enum):
    """Where a data need was picked from."""

    SCENARIO_ITEM = "scenario_item"
    QUESTION = "question"
    CUSTOM = "custom"


@record
class DataNeed:
    """Data or information the team needs: a scenario item, a guiding question, or its own words."""

    source: NeedSource
    text: str
    ref: str | None = None  # the content ID of a scenario item or question

    @property
    def key(self) -> str:
        return f"{self.source.value}:{self.ref}" if self.ref else f"custom:{self.text}"


class RunStatus(str, Enum):
    """Where one named PIM system of the context stands."""

    OPERATING = "operating"
    PLANNED = "planned"
    STOPPED = "stopped"

    @property
    def label(self) -> str:
        return self.value.capitalize()


@record
class PimSystem:
    """One actual PIM system of the operation, as the team records it on its systems map."""

    name: str  # e.g. "DTM round 3"
    category: str
    status: RunStatus = RunStatus.OPERATING
    organisation: str = ""
    shares: str = ""  # what it shares, in the team's words
    frequency: str = ""  # how often, in the team's words
    contact: str = ""


class Constraint(str, Enum):
    """A limit the team states about its context; the tier rules read them."""

    ACCESS_LIMITED = "access_limited"
    CAPACITY_LIMITED = "capacity_limited"
    PERSONAL_DATA_UNPROTECTED = "personal_data_unprotected"


@record
class CategoryChoice:
    """The team's decision on one category."""

    category: str
    decision: Decision = Decision.SUGGESTED
    priority: TeamPriority | None = None
    notes: str = ""


@record
class Selection:
    """One context and the team's choice of PIM categories for it."""

    id: str
    name: str
    scenario: str
    place: str = ""
    date: datetime.date | None = None
    organisation: str = ""
    systems: tuple[tuple[str, SystemStatus], ...] = ()
    needs: tuple[DataNeed, ...] = ()
    choices: tuple[CategoryChoice, ...] = ()
    notes: str = ""
    system_map: tuple[PimSystem, ...] = ()
    constraints: tuple[Constraint, ...] = ()
    created: datetime.datetime = field(default_factory=now)
    modified: datetime.datetime = field(default_factory=now)
    # The stored revision this copy was read at (0: never stored). A save names it as its base,
    # and the store refuses a base that is no longer the stored one: two windows or a window
    # and a command can never silently overwrite each other. Not part of the content: two
    # copies with the same content are equal whatever their revisions.
    revision: int = field(default=0, compare=False)

    @classmethod
    def new(cls, name: str, scenario: str, **details: object) -> Selection:
        return cls(id=new_id(), name=check_name(name), scenario=scenario, **details)  # type: ignore[arg-type]

    def system_status(self, category: str) -> SystemStatus:
        """The category's status: a named system on the map decides it (operating before
        planned); without one, the per-category status of older selections stands."""
        running = {s.status for s in self.system_map if s.category == category}
        if RunStatus.OPERATING in running:
            return SystemStatus.OPERATING
        if RunStatus.PLANNED in running:
            return SystemStatus.PLANNED
        return dict(self.systems).get(category, SystemStatus.UNKNOWN)

    def has_constraint(self, constraint: Constraint) -> bool:
        return constraint in self.constraints

    def choice(self, category: str) -> CategoryChoice | None:
        return next((c for c in self.choices if c.category == category), None)

    @property
    def accepted(self) -> tuple[CategoryChoice, ...]:
        return tuple(c for c in self.choices if c.decision is Decision.ACCEPTED)

    def with_choice(self, choice: CategoryChoice) -> Selection:
        """A copy with `choice` replacing the team's earlier choice on that category."""
        others = tuple(c for c in self.choices if c.category != choice.category)
        return replace(self, choices=(*others, choice))

    def with_system(self, category: str, status: SystemStatus) -> Selection:
        others = tuple((c, s) for c, s in self.systems if c != category)
        return replace(self, systems=(*others, (category, status)))

    def category_ids(self) -> set[str]:
        """Every category the selection refers to, for checks against the content."""
        mapped = {s.category for s in self.system_map}
        return {c.category for c in self.choices} | {c for c, _ in self.systems} | mapped


# Characters that reorder the text around them: "Invoice \u202egnp.exe" shows as "Invoice
# exe.png". In a name they can only hide what it says, so they are refused wherever they are.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Joiners shape Persian, Arabic, Indic scripts and emoji: kept inside a name, trimmed at its edges.
JOINERS = frozenset("\u200c\u200d")
# Invisible but not of the format category (Cf): Hangul fillers, the grapheme joiner.
_INVISIBLE_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u034f")
# Format characters that do show: the Arabic, Syriac and Kaithi number and year signs.
_VISIBLE_FORMAT = frozenset(
    "\u0600\u0601\u0602\u0603\u0604\u0605\u06dd\u070f\u0890\u0891\u08e2\U000110bd\U000110cd"
)


def is_invisible(char: str) -> bool:
    """A character that shows as nothing (zero-width space, word joiner, BOM, direction marks)."""
    if char in _VISIBLE_FORMAT:
        return False
    return unicodedata.category(char) == "Cf" or char in _INVISIBLE_LETTERS


def check_name(name: str) -> str:
    """A selection name as stored: trimmed, one line, not empty, at most 200 characters.

    Any script, quotes and slashes are fine: the name is data, never a file path. What cannot be
    seen is taken out (zero-width spaces anywhere, joiners at the edges), so two names that look
    the same are the same name and clash; what would hide text (direction overrides) is refused.
    """
    if has_surrogate(name):
        raise InvalidInputError(
            "A selection name must be valid text (it holds a broken character); type it again."
        )
    if BIDI_CONTROLS.intersection(name):
        raise InvalidInputError(
            "A selection name cannot hold characters that change the direction of the text: "
            "they can hide what the name says."
        )
    visible = "".join(c for c in name if c in JOINERS or not is_invisible(c))
    cleaned = unicodedata.normalize("NFC", " ".join(strip_control(visible).split()))
    cleaned = _trim_joiners(cleaned)
    if not cleaned:
        if name.strip():
            raise InvalidInputError("A selection name needs a visible character.")
        raise InvalidInputError("A selection needs a name.")
    if len(cleaned) > MAX_NAME_CHARACTERS:
        raise InvalidInputError(
            f"A selection name can have at most {MAX_NAME_CHARACTERS} characters "
            f"(this one has {len(cleaned)})."
        )
    return cleaned


def clean_stored_name(name: str) -> str:
    """A name an older PIM Desk stored, cleaned as `check_name` cleans a new one; "" when
    nothing visible is left. Direction overrides are taken out rather than refused: the name
    is already the user's, and taking them out shows what it says."""
    try:
        return check_name("".join(c for c in name if c not in BIDI_CONTROLS))
    except InvalidInputError:
        return ""


def _trim_joiners(text: str) -> str:
    """Joiners (and the spaces they leave) at either edge of a name show as nothing."""
    joiners = "".join(JOINERS)
    previous = None
    while previous != text:
        previous, text = text, text.strip(joiners).strip()
    return text


def check_text(value: str, what: str, limit: int = MAX_SHORT_TEXT_CHARACTERS) -> str:
    """A free-text field: control characters removed (line breaks kept), length capped.

    Broken text (a lone surrogate, from a damaged file or undecodable bytes) is refused here,
    before it reaches the database, which cannot store it."""
    if has_surrogate(value):
        raise InvalidInputError(f"The {what} must be valid text (it holds a broken character).")
    cleaned = unicodedata.normalize("NFC", remove_control(value, keep="\n\t").strip())
    if len(cleaned) > limit:
        raise InvalidInputError(f"The {what} can have at most {limit} characters.")
    return cleaned
