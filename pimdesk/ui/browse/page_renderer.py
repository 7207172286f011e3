"""Which rich-text page shows which location: one renderer per kind of page."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence

from pimdesk.domain.errors import NotFoundError
from pimdesk.services.reference import ReferenceService
from pimdesk.ui.browse.home_page import home_page
from pimdesk.ui.locations import Location, VisitLike
from pimdesk.ui.widgets.page_html import RenderedPage, with_legend

ListPage = Callable[[ReferenceService], RenderedPage]
RecordPage = Callable[[ReferenceService, str], RenderedPage]

# Renderers by kind, as "module:function" in this package (pimdesk.ui.browse): each module is
# imported the first time one of its pages is shown, so the start page alone is loaded at start-up.
LIST_PAGES = {
    "categories": "category_pages:categories_page",
    "principles": "framework_pages:principles_page",
    "scenarios": "scenario_pages:scenarios_page",
    "challenges": "framework_pages:challenges_page",
    "access": "framework_pages:access_page",
    "about": "framework_pages:about_page",
}
RECORD_PAGES = {
    "category": "category_pages:category_page",
    "cell": "category_pages:cell_page",
    "element": "category_pages:element_page",
    "question": "scenario_pages:question_page",
    "need": "scenario_pages:need_page",
    "principle": "framework_pages:principle_page",
    "scenario": "scenario_pages:scenario_page",
    "challenge": "framework_pages:challenge_page",
    "term": "term_page:term_page",
}
DOCUMENT_KINDS = frozenset({"home", *LIST_PAGES, *RECORD_PAGES} - {"term"})


def renderer_for(address: str) -> Callable[..., RenderedPage]:
    module_name, _, function = address.partition(":")
    module = importlib.import_module(f"pimdesk.ui.browse.{module_name}")
    found: Callable[..., RenderedPage] = getattr(module, function)
    return found


class PageRenderer:
    """Turns a location into its title and HTML, from the reference content."""

    def __init__(
        self, reference: ReferenceService, recent: Callable[[], Sequence[VisitLike]]
    ) -> None:
        self._reference = reference
        self._recent = recent

    def use_reference(self, reference: ReferenceService) -> None:
        """Render from this content from now on (after a content update)."""
        self._reference = reference

    def render(self, location: Location) -> RenderedPage:
        return with_legend(self._render(location))

    def _render(self, location: Location) -> RenderedPage:
        if location.kind == "home":
            return home_page(self._reference, self._recent())
        if location.kind in LIST_PAGES:
            return renderer_for(LIST_PAGES[location.kind])(self._reference)
        if location.kind in RECORD_PAGES and location.id:
            return renderer_for(RECORD_PAGES[location.kind])(self._reference, location.id)
        raise NotFoundError(f"PIM Desk has no page at {location.url}.")
