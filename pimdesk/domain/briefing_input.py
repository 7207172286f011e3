"""What the PDF documents print: plain, immutable records assembled by the services.

The briefing package turns these into PDF bytes and knows nothing of databases; the services
fill them from the reference content and the user's selection.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from enum import Enum

from pimdesk.domain.content import (
    Attribution,
    Category,
    Cell,
    Challenge,
    Condition,
    ContentInfo,
    Element,
    MergedCategory,
    Principle,
    Priority,
    Scenario,
    ScenarioItem,
    Statement,
    Term,
)
from pimdesk.domain.document_labels import ENGLISH_LABELS, DocumentLabels
from pimdesk.domain.records import record
from pimdesk.domain.selection import Decision, Selection, SystemStatus, TeamPriority
from pimdesk.domain.sensitivity import Sensitivity

# The matrix rows a briefing prints under "what to collect and share".
SHARING_ELEMENTS = ("outputs", "shared_data")


class Paper(str, Enum):
    """The paper sizes a document can be laid out for."""

    A4 = "a4"
    LETTER = "letter"

    @property
    def label(self) -> str:
        return "A4" if self is Paper.A4 else "Letter"


class DocumentKind(str, Enum):
    BRIEFING = "briefing"
    CATEGORY_SHEET = "category_sheet"
    GLOSSARY = "glossary"
    MATRIX = "matrix"


class PosterPaper(str, Enum):
    """The landscape papers the matrix poster can be laid out on (A3 by default)."""

    A3 = "a3"
    A4 = "a4"
    LETTER = "letter"


@record
class DocumentSettings:
    """What every document needs besides its content: paper, label, dates, fixed words.

    `invariant` makes the PDF byte-identical run to run (fixed creation date and IDs), for tests.
    """

    paper: Paper
    sensitivity: Sensitivity
    export_date: datetime.date
    content: ContentInfo
    labels: DocumentLabels = ENGLISH_LABELS
    invariant: bool = False


@record
class BuiltDocument:
    """A laid-out PDF: its bytes and how many pages they hold."""

    data: bytes
    pages: int


@record
class RelatedCategory:
    """Another category this one works with, and how, in one line."""

    name: str
    explanation: str
    attribution: Attribution


@record
class CategoryContent:
    """What the framework says about one category: the category and its column of the matrix."""

    category: Category
    rows: tuple[tuple[Element, Cell], ...]
    conditions: tuple[Condition, ...]  # the conditions its shared data carry
    related: tuple[RelatedCategory, ...] = ()
    merged: tuple[MergedCategory, ...] = ()

    def texts(self) -> Iterator[str]:
        """What a briefing prints about the category."""
        category = self.category
        yield from (category.name, category.status_note, category.definition, category.purpose)
        for element, cell in self.rows:
            yield element.name
            yield from (item.text for item in cell.items)
        for condition in self.conditions:
            yield from (condition.label, condition.description)

    def shared_texts(self) -> Iterator[str]:
        """What a briefing prints about the category: its definition, what it produces and
        shares, and the conditions on sharing."""
        category = self.category
        yield from (category.name, category.definition)
        for element, cell in self.sharing_rows():
            yield element.name
            yield from (item.text for item in cell.items)
        for condition in self.conditions:
            yield from (condition.label, condition.description)

    def sharing_rows(self) -> tuple[tuple[Element, Cell], ...]:
        """The matrix rows of what the category produces and shares."""
        return tuple((e, c) for e, c in self.rows if e.id in SHARING_ELEMENTS)


@record
class SelectedCategory:
    """A category the team accepted for its context, with what the briefing says about it."""

    content: CategoryContent
    priority: TeamPriority | None
    system_status: SystemStatus
    reasons: tuple[str, ...]  # why it was chosen, repetitive reasons already grouped
    must_have: tuple[ScenarioItem, ...]
    nice_to_have: tuple[ScenarioItem, ...]
    notes: str = ""  # empty when the notes are left out

    @property
    def name(self) -> str:
        return self.content.category.name


@record
class OpenCategory:
    """A category the team has not accepted: still to decide, or rejected, and why."""

    name: str
    decision: Decision
    reason: str  # the suggestion's one-line reason, or the team's reason for rejecting it
    first: bool = False  # the suggestion ranked first


@record
class ScenarioCoverage:
    """A data item the scenario needs, and which accepted categories produce it."""

    item: ScenarioItem
    covered_by: tuple[str, ...]  # names of the accepted categories that produce it
    producers: tuple[str, ...]  # names of every category that can produce it

    @property
    def covered(self) -> bool:
        return bool(self.covered_by)


@record
class BriefingInput:
    """A context briefing: a selection, its scenario and the categories the team accepted."""

    settings: DocumentSettings
    selection: Selection
    scenario: Scenario
    categories: tuple[SelectedCategory, ...]
    principles: tuple[Principle, ...]
    challenges: tuple[Challenge, ...]  # those that concern the selected categories
    terms: tuple[Term, ...] = ()  # the glossary terms the document uses
    needs: tuple[str, ...] = ()  # the data the team said it needs
    include_notes: bool = True
    open_categories: tuple[OpenCategory, ...] = ()  # still to decide first, then rejected
    coverage: tuple[ScenarioCoverage, ...] = ()  # every item the scenario lists
    without_system: tuple[str, ...] = ()  # accepted categories with no system known here
    checks: tuple[Statement, ...] = ()  # footnote 7's questions, asked before sharing

    @property
    def to_decide(self) -> tuple[OpenCategory, ...]:
        return tuple(c for c in self.open_categories if c.decision is Decision.SUGGESTED)

    @property
    def rejected(self) -> tuple[OpenCategory, ...]:
        return tuple(c for c in self.open_categories if c.decision is Decision.REJECTED)

    @property
    def uncovered(self) -> tuple[ScenarioCoverage, ...]:
        """The scenario's must-have items that no accepted category produces."""
        return tuple(
            c for c in self.coverage if c.item.priority is Priority.MUST_HAVE and not c.covered
        )

    def texts(self) -> Iterator[str]:
        """Every text the briefing prints, to find the glossary terms it uses."""
        selection = self.selection
        yield from (selection.name, selection.place, selection.organisation)
        yield from (self.scenario.name, self.scenario.description)
        yield from self.needs
        if self.include_notes:
            yield self.selection.notes
        for selected in self.categories:
            yield from selected.content.shared_texts()
            yield from selected.reasons
            yield from (item.text for item in (*selected.must_have, *selected.nice_to_have))
            yield selected.notes
        for open_category in self.open_categories:
            yield from (open_category.name, open_category.reason)
        yield from (coverage.item.text for coverage in self.coverage)
        for check in self.checks:
            yield from (check.title, check.text)


@record
class CategorySheetInput:
    """A one- or two-page handout on one category."""

    settings: DocumentSettings
    content: CategoryContent
    scenario_items: tuple[tuple[Scenario, ScenarioItem], ...]
    key_terms: tuple[Term, ...] = ()


@record
class PosterCategory:
    """One column of the matrix poster: a category, its status and its cells."""

    content: CategoryContent
    accepted: bool = False


@record
class MatrixPosterInput:
    """The whole PIM Matrix on one landscape page, optionally with a context's categories."""

    settings: DocumentSettings
    paper: PosterPaper
    elements: tuple[Element, ...]
    categories: tuple[PosterCategory, ...]
    selection_name: str = ""  # empty: no context highlighted


@record
class GlossaryInput:
    """Every glossary term, for the A–Z handout."""

    settings: DocumentSettings
    terms: tuple[Term, ...]
