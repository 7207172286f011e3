"""The glossary handout: every term of PIM Desk's glossary, A–Z, in two columns."""

from __future__ import annotations

from itertools import groupby
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, FrameBreak, NextPageTemplate, Spacer

from pimdesk.briefing.document_parts import (
    in_language,
    start_document,
    subject,
    term_anchor,
    term_blocks,
    translation_notice,
)
from pimdesk.briefing.flowables import Heading
from pimdesk.briefing.layout import DocumentIdentity, PimDocTemplate
from pimdesk.briefing.styles import Styles
from pimdesk.briefing.text import escape, markup, muted, paragraph
from pimdesk.domain.briefing_input import BuiltDocument, GlossaryInput
from pimdesk.domain.content import Term
from pimdesk.domain.document_labels import DocumentLabels
from pimdesk.domain.export_progress import Reporter
from pimdesk.domain.text import fold

BODY_SIZE = 8.6
COLUMN_GAP = 7 * mm
TITLE_SPACE = 24 * mm  # the title and introduction above the columns of the first page
STEM_LETTERS = 5  # aliases that start like the term are its inflections


def build_glossary(
    glossary: GlossaryInput, fonts_dir: Path, reporter: Reporter | None = None
) -> BuiltDocument:
    """The glossary handout of `glossary` as a PDF."""
    settings = glossary.settings
    labels = settings.labels
    identity = DocumentIdentity(
        labels.glossary, labels.glossary, subject(labels.glossary, settings)
    )
    document, styles = start_document(settings, identity, fonts_dir, BODY_SIZE, reporter)
    _add_templates(document)
    story: list[Flowable] = [
        NextPageTemplate("columns"),
        Heading(labels.glossary, styles.title, "glossary", 0, toc=False),
        paragraph(labels.glossary_intro.format(count=len(glossary.terms)), styles.body),
        *translation_notice(settings, styles, any(term.fallback for term in glossary.terms)),
        FrameBreak(),
    ]
    names = {term.id: term.term for term in glossary.terms}
    for letter, terms in groupby(glossary.terms, key=lambda term: term.letter):
        story.append(Heading(letter, styles.letter, f"letter-{letter}", 0))
        for term in terms:
            story += in_language(_entry(term, names, styles, labels), term.fallback)
    return document.build_pdf(story)


def _add_templates(document: PimDocTemplate) -> None:
    """A first page with the title above two columns; then two columns on every page."""
    title = document.top_band("title", TITLE_SPACE)
    document.addPageTemplates(
        [
            document.page_template("first", [title, *document.columns(2, COLUMN_GAP, TITLE_SPACE)]),
            document.page_template("columns", document.columns(2, COLUMN_GAP)),
        ]
    )


def _entry(
    term: Term, names: dict[str, str], styles: Styles, labels: DocumentLabels
) -> list[Flowable]:
    """A term, its other forms, its definitions and the terms to see also."""
    linked = not labels.right_to_left
    blocks = term_blocks(term, styles, labels.provenance, anchored=linked)
    others = other_names(term)
    if others:
        also = f"{labels.also_called}{labels.label_separator}{labels.list_separator.join(others)}"
        blocks.insert(1, markup(muted(also), styles.muted))
    related = [term_id for term_id in term.related if term_id in names]
    if related:
        entries = [_see_also(term_id, names[term_id], linked) for term_id in related]
        text = f"<i>{escape(labels.see_also)}:</i> {labels.list_separator.join(entries)}"
        blocks.append(markup(text, styles.muted))
    blocks.append(Spacer(1, 1.5))
    return blocks


def _see_also(term_id: str, name: str, linked: bool) -> str:
    """A "See also" entry: a link to the term's entry where links can be drawn."""
    if not linked:
        return escape(name)
    return f'<a href="#{term_anchor(term_id)}">{escape(name)}</a>'


def other_names(term: Term) -> list[str]:
    """The aliases worth printing: not the plurals and spellings kept for linking text
    ('anonymised', 'case-management', 'retention periods'), nor what the term's own name
    already says ('AAP')."""
    own = _plain(term.term)
    kept: list[str] = []
    seen: set[str] = set()
    for alias in term.aliases:
        plain = _plain(alias)
        singular = plain.removesuffix("s")
        if plain in own or singular in own or plain.startswith(own[:STEM_LETTERS]):
            continue
        if plain in seen or singular in seen or f"{plain}s" in seen:
            continue
        seen.add(plain)
        kept.append(alias)
    return kept


def _plain(text: str) -> str:
    return fold(text).replace("-", " ")
