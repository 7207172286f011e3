"""The PIM framework's reference content as immutable records.

Every record carries where it comes from (`source`), whose words it is in (`origin`) and its
language; `fallback` is true when the record is shown in English because the active language
has no translation of it.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from enum import Enum
from typing import Literal

from pimdesk.domain.records import record
from pimdesk.domain.text import index_key

# Whose words a text is (CONTENT.md rule 4); the only place these values are defined:
#   source    - the source document's content in PIM Desk's words; `source` cites the section(s)
#               that contain it;
#   note      - PIM Desk's summary or explanation around a section that only mentions the
#               subject; `source` cites that section ("PIM Desk's note on §X");
#   editorial - PIM Desk's illustration or common practice, not in the source; `source` is
#               `editorial` or the best related section.
Origin = Literal["source", "note", "editorial"]
ORIGINS: tuple[Origin, ...] = ("source", "note", "editorial")


class CategoryStatus(str, Enum):
    """How far the working meetings agreed a category (CONTENT.md rule 3)."""

    ENDORSED = "endorsed"
    ENDORSED_FURTHER_WORK = "endorsed_further_work"
    OBJECTIVE_AGREED = "objective_agreed"
    DEFINITION_NOT_AGREED = "definition_not_agreed"
    # Only "the spirit of this category" endorsed, and one of the two categories that §6 does
    # not count as revised, agreed and endorsed (Security and Situational Awareness).
    SPIRIT_ENDORSED = "spirit_endorsed"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]

    @property
    def definition_agreed(self) -> bool:
        return self in (CategoryStatus.ENDORSED, CategoryStatus.ENDORSED_FURTHER_WORK)


_STATUS_LABELS = {
    CategoryStatus.ENDORSED: "Agreed and endorsed",
    CategoryStatus.ENDORSED_FURTHER_WORK: "Agreed, further work needed",
    CategoryStatus.OBJECTIVE_AGREED: "Objective agreed, definition not agreed",
    CategoryStatus.DEFINITION_NOT_AGREED: "Definition not agreed, title and scope under review",
    CategoryStatus.SPIRIT_ENDORSED: "Spirit endorsed, not counted as agreed",
}


class ItemKind(str, Enum):
    """What a matrix cell item is: content of the cell, an illustrative example, or PIM Desk's
    editorial note on the source (e.g. where the source looks misprinted)."""

    ITEM = "item"
    EXAMPLE = "example"
    NOTE = "note"


class Priority(str, Enum):
    """How essential a scenario's data item is."""

    MUST_HAVE = "must_have"
    NICE_TO_HAVE = "nice_to_have"

    @property
    def label(self) -> str:
        return "Must have" if self is Priority.MUST_HAVE else "Nice to have"


@record
class Attribution:
    """Where a record comes from and whose words it is in."""

    source: str
    origin: Origin

    @property
    def is_editorial(self) -> bool:
        return self.origin == "editorial"

    @property
    def is_note(self) -> bool:
        return self.origin == "note"


@record
class Document:
    id: str
    short: str
    title: str


@record
class KindCoverage:
    """Records of one kind that a language translates in full, out of all of them."""

    kind: str
    translated: int
    total: int


@record
class TranslationCoverage:
    """How much of the content one language translates in full (every text of a record, its
    children's included); the rest is shown in the base language, marked as such."""

    language: str
    translated: int
    total: int
    kinds: tuple[KindCoverage, ...]

    @property
    def percent(self) -> int:
        """Rounded down: 100 only when every record is translated."""
        return 100 * self.translated // self.total if self.total else 100

    @classmethod
    def from_counts(cls, language: str, counts: dict[str, list[int]]) -> TranslationCoverage:
        kinds = tuple(KindCoverage(kind, done, total) for kind, (done, total) in counts.items())
        return cls(
            language,
            sum(kind.translated for kind in kinds),
            sum(kind.total for kind in kinds),
            kinds,
        )


@record
class ContentInfo:
    """The identity of one built content set."""

    version: str
    date: datetime.date
    title: str
    content_hash: str
    schema_version: int
    languages: tuple[str, ...]
    documents: tuple[Document, ...]
    coverage: tuple[TranslationCoverage, ...] = ()


# English headings of the statement kinds, for the command line (the GUI translates its own).
STATEMENT_KIND_HEADINGS = {
    "definition": "Definition of PIM",
    "background": "About the source document",
    "agreement": "What was agreed",
    "reading_note": "Reading the source",
    "vision": "Vision",
    "mission": "Mission",
    "objective": "Objectives",
    "result": "Results",
    "matrix_purpose": "The PIM Matrix",
    "why_categories": "Why categories",
    "scenario_insight": "Scenarios",
    "process_step": "The PIM process",
    "next_step": "Next steps",
    "open_question": "Questions the source leaves open",
    "sharing_check": "Before sharing: the footnote 7 checklist",
    "document_not_carried": "Documents referenced but not carried",
}


def in_reading_order(statements: Iterable[Statement]) -> list[Statement]:
    """`statements` grouped by kind in the order a reader meets them (unknown kinds last)."""
    order = {kind: index for index, kind in enumerate(STATEMENT_KIND_HEADINGS)}
    return sorted(statements, key=lambda s: (order.get(s.kind, len(order)), s.kind, s.position))


STATEMENT_STATUS_LABELS = {
    "agreed": "Agreed",
    "partly_agreed": "Partly agreed",
    "not_agreed": "Not agreed",
    "under_consideration": "Under consideration",
}


@record
class Statement:
    """A statement about PIM as a whole: its definition, vision, mission, next steps..."""

    id: str
    kind: str
    title: str
    text: str
    position: int
    status: str | None
    attribution: Attribution
    language: str = "en"
    fallback: bool = False

    @property
    def kind_heading(self) -> str:
        return STATEMENT_KIND_HEADINGS.get(self.kind, self.kind)

    @property
    def status_label(self) -> str:
        return STATEMENT_STATUS_LABELS.get(self.status or "", "")


@record
class CategoryList:
    """A list of facts about one category (e.g. the sectors of sectoral data)."""

    id: str
    title: str
    items: tuple[str, ...]
    attribution: Attribution


@record
class Category:
    """A PIM category: one column of the PIM Matrix."""

    id: str
    name: str
    former_names: tuple[str, ...]
    position: int
    status: CategoryStatus
    status_note: str
    definition: str
    definition_origin: Origin
    purpose: str
    explanation: str
    explanation_origin: Origin
    source: str
    lists: tuple[CategoryList, ...] = ()
    language: str = "en"
    fallback: bool = False


@record
class MergedCategory:
    """A former category folded into another one."""

    id: str
    name: str
    merged_into: str
    explanation: str
    attribution: Attribution
    language: str = "en"


@record
class Element:
    """A row of the PIM Matrix."""

    id: str
    name: str
    position: int
    description: str
    later_names: tuple[str, ...]
    category_field: str | None
    attribution: Attribution
    language: str = "en"
    fallback: bool = False


@record
class Condition:
    """A condition attached to sharing data (anonymised, consent, SOPs...)."""

    id: str
    label: str
    description: str
    attribution: Attribution
    language: str = "en"


@record
class CellItem:
    text: str
    kind: ItemKind
    attribution: Attribution
    conditions: tuple[str, ...] = ()

    @property
    def is_example(self) -> bool:
        return self.kind is ItemKind.EXAMPLE

    @property
    def is_note(self) -> bool:
        return self.kind is ItemKind.NOTE


@record
class Cell:
    """What the PIM Matrix says for one category and one element."""

    category: str
    element: str
    items: tuple[CellItem, ...]
    source: str
    language: str = "en"
    fallback: bool = False

    @property
    def id(self) -> str:
        return cell_id(self.category, self.element)


def cell_id(category: str, element: str) -> str:
    return f"{category}.{element}"


@record
class Relationship:
    """How two categories work together, in one line."""

    id: str
    from_category: str
    to_category: str
    kind: str
    explanation: str
    attribution: Attribution
    language: str = "en"

    def partner_of(self, category: str) -> str:
        """The other category of the relationship, seen from `category`."""
        return self.to_category if self.from_category == category else self.from_category


@record
class AccessVariable:
    id: str
    name: str
    description: str


@record
class AccessDimension:
    """A dimension of the humanitarian access framework with its variables."""

    id: str
    name: str
    position: int
    variables: tuple[AccessVariable, ...]
    attribution: Attribution
    language: str = "en"


@record
class ScenarioItem:
    """A data or information need of a scenario and the categories that produce it."""

    id: str
    scenario: str
    priority: Priority
    text: str
    categories: tuple[str, ...]
    attribution: Attribution


@record
class Scenario:
    id: str
    name: str
    position: int
    description: str
    items: tuple[ScenarioItem, ...]
    attribution: Attribution
    language: str = "en"
    fallback: bool = False

    def items_with(self, priority: Priority) -> tuple[ScenarioItem, ...]:
        return tuple(item for item in self.items if item.priority is priority)


@record
class Question:
    """A guiding question: a way into the matrix by asking what data is needed."""

    id: str
    text: str
    categories: tuple[str, ...]
    scenarios: tuple[str, ...]
    attribution: Attribution
    language: str = "en"


@record
class Challenge:
    """A data-sharing challenge area with its mitigations."""

    id: str
    name: str
    position: int
    description: str
    mitigations: tuple[str, ...]
    principles: tuple[str, ...]
    categories: tuple[str, ...]
    attribution: Attribution
    language: str = "en"
    fallback: bool = False


@record
class Principle:
    id: str
    name: str
    later_name: str | None
    position: int
    explanation: str
    attribution: Attribution
    language: str = "en"
    fallback: bool = False


@record
class Definition:
    text: str
    attribution: Attribution


@record
class Term:
    """An entry of PIM Desk's glossary (not the endorsed Common PIM Terminology document)."""

    id: str
    term: str
    aliases: tuple[str, ...]
    related: tuple[str, ...]
    categories: tuple[str, ...]
    definitions: tuple[Definition, ...]
    language: str = "en"
    fallback: bool = False

    @property
    def letter(self) -> str:
        """The A–Z heading the term is listed under ('#' for digits and symbols): 'E' for
        'Évaluation', 'ح' for 'الحماية'."""
        first = index_key(self.term)[:1].upper()
        return first if first.isalpha() else "#"
