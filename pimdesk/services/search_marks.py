"""Where a search result's text comes from: the mark the page it opens puts on that text.

The domain's `provenance_of` decides the mark (in the content's language, as the PDFs word it);
this module only finds the record, and within a cell or a category the text, that a hit's
snippet shows. The desktop's results list and `pimdesk search` print the same marks.
"""

from __future__ import annotations

from pimdesk.domain.content import Attribution, ItemKind
from pimdesk.domain.document_languages import labels_for
from pimdesk.domain.errors import NotFoundError
from pimdesk.domain.provenance import Provenance, provenance_of
from pimdesk.domain.search import SearchHit
from pimdesk.services.reference import ReferenceService

# The first letters of a snippet, enough to tell which of a record's texts it was cut from.
PROBE = 24


def hit_provenance(reference: ReferenceService, hit: SearchHit) -> tuple[Provenance, ...]:
    """The provenance of the texts a hit shows, each mark once (a cell's snippet may run over
    items of different origins); empty where the snippet cannot be traced to a text."""
    try:
        found = _attributions(reference, hit)
    except (NotFoundError, KeyError, StopIteration):
        return ()  # a record the content no longer has: its page says so
    words = labels_for(reference.language).provenance
    marks = [provenance_of(a.origin, a.source, kind, words) for a, kind in found]
    return tuple({(m.cls, m.mark): m for m in marks}.values())


def marks_text(values: tuple[Provenance, ...]) -> str:
    """The marks after a snippet, as its page puts them: the section in brackets for the
    source's content, PIM Desk's note or illustration in square brackets."""
    return "".join(f" ({v.mark})" if v.is_source else f" [{v.mark}]" for v in values)


def _attributions(
    reference: ReferenceService, hit: SearchHit
) -> list[tuple[Attribution, ItemKind | None]]:
    if hit.kind == "cell":
        category_id, _, element_id = hit.id.partition(".")
        cell = reference.cell(category_id, element_id)
        shown = [i for i in cell.items if _shown_in(i.text, hit.snippet)]
        if not shown and not _is_title(hit):
            # The snippet comes from another language's copy of the cell (the index holds the
            # English too): the cell's marks, each once, as its page shows them.
            shown = list(cell.items)
        return [(i.attribution, i.kind) for i in shown]
    found = _attribution(reference, hit)
    return [found] if found else []


def _is_title(hit: SearchHit) -> bool:
    """Whether the snippet shows the record's title only (no text of it to mark)."""
    return hit.snippet.strip() == hit.title.strip()


def _shown_in(text: str, snippet: str) -> bool:
    """Whether a snippet (cut from several texts joined, '…' at a cut) shows part of `text`."""
    shown = snippet.strip().strip("…").strip()
    return bool(shown) and (
        text[:PROBE].strip() in shown or shown[:PROBE].strip() in text or text[-PROBE:] in shown
    )


def _attribution(
    reference: ReferenceService, hit: SearchHit
) -> tuple[Attribution, ItemKind | None] | None:
    probe = _probe(hit.snippet)
    if hit.kind == "category":
        category = reference.category(hit.id)
        explained = probe and probe in category.explanation and probe not in category.definition
        origin = category.explanation_origin if explained else category.definition_origin
        return Attribution(category.source, origin), None
    if hit.kind == "term":
        term = reference.term(hit.id)
        definition = next((d for d in term.definitions if probe and probe in d.text), None)
        chosen = definition or (term.definitions[0] if term.definitions else None)
        return (chosen.attribution, None) if chosen else None
    return _record_attribution(reference, hit)


def _record_attribution(
    reference: ReferenceService, hit: SearchHit
) -> tuple[Attribution, ItemKind | None] | None:
    """The attribution of a record that has one for all its text."""
    finders = {
        "scenario": lambda: reference.scenario(hit.id).attribution,
        "element": lambda: reference.element(hit.id).attribution,
        "question": lambda: reference.question(hit.id).attribution,
        "principle": lambda: reference.principle(hit.id).attribution,
        "challenge": lambda: reference.challenge(hit.id).attribution,
        "statement": lambda: reference.statement(hit.id).attribution,
        "relationship": lambda: (
            next(r for r in reference.relationships if r.id == hit.id).attribution
        ),
        "merged_category": lambda: (
            next(m for m in reference.merged_categories if m.id == hit.id).attribution
        ),
        "access": lambda: (
            next(d for d in reference.access_dimensions if d.id == hit.id).attribution
        ),
    }
    finder = finders.get(hit.kind)
    return (finder(), None) if finder else None


def _probe(snippet: str) -> str:
    """The snippet's first words, without the ellipsis a cut snippet starts with."""
    return snippet.strip().lstrip("…").strip()[:PROBE].strip()
