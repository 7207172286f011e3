"""The page of one glossary term: definitions with their sources, related terms, categories."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pimdesk.services.reference import ReferenceService
from pimdesk.ui.browse.category_pages import category_link
from pimdesk.ui.widgets.page_html import (
    RenderedPage,
    anchor,
    bullet_list,
    english_suffix,
    heading,
    linked,
    paragraph,
    provenance_mark,
    source_note,
    text,
)

translate = QCoreApplication.translate


def term_page(reference: ReferenceService, term_id: str) -> RenderedPage:
    term = reference.term(term_id)
    parts = [f"<h1>{text(term.term)}{english_suffix(term.fallback)}</h1>"]
    if term.aliases:
        # Each name isolated (FSI…PDI): an English abbreviation among Arabic names keeps its
        # place in the list instead of being reordered with its neighbours (review P7).
        names = "; ".join(f"\u2068{alias}\u2069" for alias in term.aliases)
        also = translate("Pages", "Also: {names}").format(names=names)
        parts.append(paragraph(text(also), "muted"))
    title = translate("Pages", "Definition") if len(term.definitions) == 1 else None
    parts.append(heading(2, title or translate("Pages", "Definitions")))
    for definition in term.definitions:
        body = linked(reference, definition.text, exclude=term.id)
        parts.append(paragraph(body + provenance_mark(reference, definition.attribution)))
        parts.append(source_note(reference, definition.attribution))
    if term.related:
        parts.append(heading(2, translate("Pages", "Related terms")))
        parts.append(bullet_list([anchor("term", r, reference.term(r).term) for r in term.related]))
    if term.categories:
        parts.append(heading(2, translate("Pages", "Categories")))
        parts.append(bullet_list([category_link(reference.category(c)) for c in term.categories]))
    return RenderedPage(term.term, "".join(parts))
