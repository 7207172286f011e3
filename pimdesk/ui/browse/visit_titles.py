"""Recently viewed and bookmarked pages under their names of today, in today's language.

A visit stores the title the page had when it was viewed; shown as stored, the start page mixed
Arabic, French and English titles after a change of language, and kept a context's old name
after a rename. The titles are derived again from the content and the contexts each time they
are shown; a page the content no longer names keeps the title it was stored with.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication

from pimdesk.domain.errors import PimDeskError
from pimdesk.domain.records import record
from pimdesk.services.container import Services as ServicesLike
from pimdesk.services.reference import ReferenceService
from pimdesk.ui import labels
from pimdesk.ui.locations import SECTION_OF_KIND, VisitLike

translate = QCoreApplication.translate
ContextName = Callable[[str], str]


@record
class TitledVisit:
    kind: str
    ref_id: str
    title: str


def _cell_title(reference: ReferenceService, cell_id: str) -> str:
    category_id, _, element_id = cell_id.partition(".")
    return translate("Pages", "{category}: {element}").format(
        category=reference.category(category_id).name,
        element=reference.element(element_id).name,
    )


# How each kind of page is named by its record (as the page itself names it).
_TITLES: dict[str, Callable[[ReferenceService, str], str]] = {
    "category": lambda reference, ref: reference.category(ref).name,
    "term": lambda reference, ref: reference.term(ref).term,
    "element": lambda reference, ref: reference.element(ref).name,
    "principle": lambda reference, ref: reference.principle(ref).name,
    "scenario": lambda reference, ref: reference.scenario(ref).name,
    "challenge": lambda reference, ref: reference.challenge(ref).name,
    "question": lambda reference, ref: reference.question(ref).text,
    "about": lambda reference, ref: reference.statement(ref).title,
    "cell": _cell_title,
}


def _record_title(reference: ReferenceService, kind: str, ref_id: str) -> str | None:
    title = _TITLES.get(kind)
    return title(reference, ref_id) if title is not None else None


def current_title(visit: VisitLike, reference: ReferenceService, context_name: ContextName) -> str:
    """The title the visited page has now, or the stored one if it cannot be derived."""
    try:
        if visit.kind == "selections" and visit.ref_id:
            return context_name(visit.ref_id)
        if not visit.ref_id and visit.kind in SECTION_OF_KIND:
            return labels.section_label(SECTION_OF_KIND[visit.kind])
        found = _record_title(reference, visit.kind, visit.ref_id)
    except (PimDeskError, KeyError, LookupError):
        found = None  # no longer in the content, or deleted: the stored title still says what
    return found or visit.title


def current_titles(
    visits: Sequence[VisitLike], reference: ReferenceService, context_name: ContextName
) -> list[TitledVisit]:
    return [
        TitledVisit(visit.kind, visit.ref_id, current_title(visit, reference, context_name))
        for visit in visits
    ]


def titles_now(services: ServicesLike) -> Callable[[Sequence[VisitLike]], list[TitledVisit]]:
    """`current_titles` bound to the content and the contexts in use when it is called."""

    def retitle(visits: Sequence[VisitLike]) -> list[TitledVisit]:
        return current_titles(
            visits, services.reference, lambda ref: services.selections.get(ref).name
        )

    return retitle
