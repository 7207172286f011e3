"""Browsing and searching the PIM framework: what the GUI and the CLI ask of the content."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Protocol, TypeVar

from pimdesk.domain.content import (
    AccessDimension,
    Category,
    Cell,
    Challenge,
    Condition,
    ContentInfo,
    Element,
    MergedCategory,
    Principle,
    Question,
    Relationship,
    Scenario,
    ScenarioItem,
    Statement,
    Term,
)
from pimdesk.domain.errors import NotFoundError
from pimdesk.domain.linking import Segment, TermLinker
from pimdesk.domain.records import record as immutable_record
from pimdesk.domain.search import SearchResults
from pimdesk.store.reference import ReferenceStore

if TYPE_CHECKING:
    from pimdesk.store.search import ReferenceSearch


@immutable_record
class CategoryOverview:
    """Everything the app shows about one category on its page."""

    category: Category
    cells: tuple[tuple[Element, Cell], ...]
    relationships: tuple[Relationship, ...]
    scenario_items: tuple[tuple[Scenario, ScenarioItem], ...]
    merged: tuple[MergedCategory, ...]
    terms: tuple[Term, ...]


class ReferenceService:
    """The content of one reference database in one language. Results are cached: it is static."""

    def __init__(self, store: ReferenceStore) -> None:
        self._store = store

    @property
    def language(self) -> str:
        return self._store.language

    @property
    def base_language(self) -> str:
        return self._store.base_language

    @property
    def translated(self) -> bool:
        """Whether the active language is another than the content's base language."""
        return self.language != self.base_language

    @cached_property
    def _untranslated(self) -> frozenset[str]:
        return self._store.untranslated_texts()

    def is_untranslated(self, text: str) -> bool:
        """Whether `text` is a content text shown in the base language for want of a translation
        into the active language (always False in the base language)."""
        return text in self._untranslated

    def close(self) -> None:
        self._store.close()

    @cached_property
    def info(self) -> ContentInfo:
        return self._store.info()

    # ------------------------------------------------------------------ lists
    @cached_property
    def categories(self) -> tuple[Category, ...]:
        return tuple(self._store.categories())

    @cached_property
    def category_names(self) -> dict[str, str]:
        """Each category's name (in the active language), by ID."""
        return {category.id: category.name for category in self.categories}

    @cached_property
    def elements(self) -> tuple[Element, ...]:
        return tuple(self._store.elements())

    @cached_property
    def cells(self) -> dict[tuple[str, str], Cell]:
        return {(cell.category, cell.element): cell for cell in self._store.cells()}

    @cached_property
    def conditions(self) -> dict[str, Condition]:
        return {condition.id: condition for condition in self._store.conditions()}

    @cached_property
    def terms(self) -> tuple[Term, ...]:
        return tuple(self._store.terms())

    @cached_property
    def principles(self) -> tuple[Principle, ...]:
        return tuple(self._store.principles())

    @cached_property
    def scenarios(self) -> tuple[Scenario, ...]:
        return tuple(self._store.scenarios())

    @cached_property
    def questions(self) -> tuple[Question, ...]:
        return tuple(self._store.questions())

    @cached_property
    def challenges(self) -> tuple[Challenge, ...]:
        return tuple(self._store.challenges())

    @cached_property
    def relationships(self) -> tuple[Relationship, ...]:
        return tuple(self._store.relationships())

    @cached_property
    def merged_categories(self) -> tuple[MergedCategory, ...]:
        return tuple(self._store.merged_categories())

    @cached_property
    def access_dimensions(self) -> tuple[AccessDimension, ...]:
        return tuple(self._store.access_dimensions())

    def statements(self, kind: str | None = None) -> tuple[Statement, ...]:
        return tuple(s for s in self._all_statements if kind is None or s.kind == kind)

    @cached_property
    def _all_statements(self) -> tuple[Statement, ...]:
        return tuple(self._store.statements())

    # ------------------------------------------------------------------ lookups
    def category(self, category_id: str) -> Category:
        return _find(self.categories, category_id, "category")

    def element(self, element_id: str) -> Element:
        return _find(self.elements, element_id, "matrix row")

    def term(self, term_id: str) -> Term:
        return _find(self.terms, term_id, "glossary term")

    def principle(self, principle_id: str) -> Principle:
        return _find(self.principles, principle_id, "principle")

    def statement(self, statement_id: str) -> Statement:
        return _find(self._all_statements, statement_id, "statement")

    def scenario(self, scenario_id: str) -> Scenario:
        return _find(self.scenarios, scenario_id, "scenario")

    def challenge(self, challenge_id: str) -> Challenge:
        return _find(self.challenges, challenge_id, "data-sharing challenge")

    def relationship(self, relationship_id: str) -> Relationship:
        return _find(self.relationships, relationship_id, "relationship")

    def question(self, question_id: str) -> Question:
        return _find(self.questions, question_id, "question")

    def cell(self, category_id: str, element_id: str) -> Cell:
        try:
            return self.cells[(category_id, element_id)]
        except KeyError:
            raise NotFoundError(
                f"The matrix has no cell for '{category_id}' and '{element_id}'."
            ) from None

    def row(self, element_id: str) -> list[tuple[Category, Cell]]:
        """One matrix row across every category: "show me every category's outputs"."""
        self.element(element_id)
        return [(c, self.cell(c.id, element_id)) for c in self.categories]

    def scenario_item(self, item_id: str) -> ScenarioItem:
        for scenario in self.scenarios:
            for item in scenario.items:
                if item.id == item_id:
                    return item
        raise NotFoundError(f"There is no scenario data item with the ID '{item_id}'.")

    def overview(self, category_id: str) -> CategoryOverview:
        category = self.category(category_id)
        return CategoryOverview(
            category=category,
            cells=tuple((e, self.cell(category_id, e.id)) for e in self.elements),
            relationships=tuple(
                r for r in self.relationships if category_id in (r.from_category, r.to_category)
            ),
            scenario_items=tuple(
                (scenario, item)
                for scenario in self.scenarios
                for item in scenario.items
                if category_id in item.categories
            ),
            merged=tuple(m for m in self.merged_categories if m.merged_into == category_id),
            terms=tuple(t for t in self.terms if category_id in t.categories),
        )

    def questions_for(self, scenario_id: str | None = None) -> tuple[Question, ...]:
        return tuple(
            q
            for q in self.questions
            if scenario_id is None or not q.scenarios or scenario_id in q.scenarios
        )

    # ------------------------------------------------------------------ search and links
    def search(
        self, text: str, limit: int = 20, kinds: Sequence[str] | None = None
    ) -> SearchResults:
        return self._search.search(text, limit=limit, kinds=kinds)

    @cached_property
    def _search(self) -> ReferenceSearch:
        from pimdesk.store.search import ReferenceSearch  # on the first keystroke, not at start

        store = self._store
        return ReferenceSearch(store.connection, store.language, store.base_language)

    @cached_property
    def _linker(self) -> TermLinker:
        # Texts not yet translated mention terms by their base-language names: link those too.
        base_names = {} if not self.translated else self._store.base_names("terms", "term")
        return TermLinker(self.terms, base_names)

    def link_terms(self, text: str, exclude: str | None = None) -> list[Segment]:
        """`text` cut into segments, each glossary term linked at its first mention."""
        return self._linker.segments(text, exclude=exclude)

    def terms_in(self, texts: Sequence[str]) -> tuple[Term, ...]:
        """The glossary terms mentioned anywhere in `texts`, in A–Z order."""
        found = {term_id for text in texts for term_id in self._linker.term_ids(text)}
        return tuple(term for term in self.terms if term.id in found)


class _Identified(Protocol):
    @property
    def id(self) -> str: ...


_Record = TypeVar("_Record", bound=_Identified)


def _find(records: Sequence[_Record], record_id: str, kind: str) -> _Record:
    for record in records:
        if record.id == record_id:
            return record
    raise NotFoundError(f"There is no {kind} with the ID '{record_id}'.")
