"""Which rich-text page shows which location: one renderer per kind of page."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from pimdesk.domain.errors import NotFoundError
from pimdesk.services.reference import ReferenceService
from pimdesk.ui import category_pages, framework_pages, scenario_pages
from pimdesk.ui.home_page import home_page
from pimdesk.ui.locations import Location, VisitLike
from pimdesk.ui.page_html import RenderedPage, with_legend
from pimdesk.ui.term_page import term_page

ListPage = Callable[[ReferenceService], RenderedPage]
RecordPage = Callable[[ReferenceService, str], RenderedPage]

LIST_PAGES: dict[str, ListPage] = {
    "categories": category_pages.categories_page,
    "principles": framework_pages.principles_page,
    "scenarios": scenario_pages.scenarios_page,
    "challenges": framework_pages.challenges_page,
    "access": framework_pages.access_page,
    "about": framework_pages.about_page,
}
RECORD_PAGES: dict[str, RecordPage] = {
    "category": category_pages.category_page,
    "cell": category_pages.cell_page,
    "element": category_pages.element_page,
    "question": scenario_pages.question_page,
    "need": scenario_pages.need_page,
    "principle": framework_pages.principle_page,
    "scenario": scenario_pages.scenario_page,
    "challenge": framework_pages.challenge_page,
    "term": term_page,
}
DOCUMENT_KINDS = frozenset({"home", *LIST_PAGES, *RECORD_PAGES} - {"term"})


class PageRenderer:
    """Turns a location into its title and HTML, from the reference content."""

    def __init__(
        self, reference: ReferenceService, recent: Callable[[], Sequence[VisitLike]]
    ) -> None:
        self._reference = reference
        self._recent = recent

    def render(self, location: Location) -> RenderedPage:
        return with_legend(self._render(location))

    def _render(self, location: Location) -> RenderedPage:
        if location.kind == "home":
            return home_page(self._reference, self._recent())
        if location.kind in LIST_PAGES:
            return LIST_PAGES[location.kind](self._reference)
        if location.kind in RECORD_PAGES and location.id:
            return RECORD_PAGES[location.kind](self._reference, location.id)
        raise NotFoundError(f"PIM Desk has no page at {location.url}.")
