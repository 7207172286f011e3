"""A context-specific selection of PIM categories for one operation, and the checks on its names.

Each context needs its own combination of categories (the source's central advice): a selection
records the operation (name, place, date, organisation, scenario), which PIM systems already run
there, the data the team needs, and for each category the team's decision, priority and notes.
"""

from __future__ import annotations

import datetime
import os
import unicodedata
from dataclasses import dataclass, field, replace
from enum import Enum

from pimdesk.domain.errors import InvalidInputError
from pimdesk.domain.text import remove_control, strip_control

MAX_NAME_CHARACTERS = 200
MAX_SHORT_TEXT_CHARACTERS = 500
MAX_NOTES_CHARACTERS = 20_000


def now() -> datetime.datetime:
    return datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)


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


@dataclass(frozen=True)
class DataNeed:
    """Data or information the team needs: a scenario item, a guiding question, or its own words."""

    source: NeedSource
    text: str
    ref: str | None = None  # the content ID of a scenario item or question

    @property
    def key(self) -> str:
        return f"{self.source.value}:{self.ref}" if self.ref else f"custom:{self.text}"


@dataclass(frozen=True)
class CategoryChoice:
    """The team's decision on one category."""

    category: str
    decision: Decision = Decision.SUGGESTED
    priority: TeamPriority | None = None
    notes: str = ""


@dataclass(frozen=True)
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
    created: datetime.datetime = field(default_factory=now)
    modified: datetime.datetime = field(default_factory=now)

    @classmethod
    def new(cls, name: str, scenario: str, **details: object) -> Selection:
        return cls(id=new_id(), name=check_name(name), scenario=scenario, **details)  # type: ignore[arg-type]

    def system_status(self, category: str) -> SystemStatus:
        return dict(self.systems).get(category, SystemStatus.UNKNOWN)

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
        return {c.category for c in self.choices} | {c for c, _ in self.systems}


def check_name(name: str) -> str:
    """A selection name as stored: trimmed, one line, not empty, at most 200 characters.

    Any script, quotes and slashes are fine: the name is data, never a file path.
    """
    cleaned = unicodedata.normalize("NFC", " ".join(strip_control(name).split()))
    if not cleaned:
        raise InvalidInputError("A selection needs a name.")
    if len(cleaned) > MAX_NAME_CHARACTERS:
        raise InvalidInputError(
            f"A selection name can have at most {MAX_NAME_CHARACTERS} characters "
            f"(this one has {len(cleaned)})."
        )
    return cleaned


def check_text(value: str, what: str, limit: int = MAX_SHORT_TEXT_CHARACTERS) -> str:
    """A free-text field: control characters removed (line breaks kept), length capped."""
    cleaned = unicodedata.normalize("NFC", remove_control(value, keep="\n\t").strip())
    if len(cleaned) > limit:
        raise InvalidInputError(f"The {what} can have at most {limit} characters.")
    return cleaned
