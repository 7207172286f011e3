"""Building blocks the three documents share: numbered bookmarks, the document frame, sources."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from pimdesk.briefing.flowables import Area, Heading, InLanguage, data_table
from pimdesk.briefing.fonts import register_fonts
from pimdesk.briefing.layout import DocumentIdentity, PimDocTemplate
from pimdesk.briefing.styles import MEASURE_CHARACTERS, Styles, make_styles
from pimdesk.briefing.text import escape, labelled, markup, paragraph, provenance_note
from pimdesk.domain.briefing_input import DocumentSettings
from pimdesk.domain.content import Term
from pimdesk.domain.export_progress import ProgressReporter, Reporter
from pimdesk.domain.provenance import ProvenanceWords

BULLET = "•"
CHECKBOX = "☐"  # U+2610, in DejaVu Sans


class Outline:
    """Makes headings with unique bookmark keys, in document order."""

    def __init__(self, styles: Styles) -> None:
        self._styles = styles
        self._count = 0

    def heading(self, text: str, level: int, toc: bool = True, keep: bool = True) -> Heading:
        """A heading of `level` (0 = top); `keep=False` before a long table, which reportlab
        would otherwise push whole onto the next page to keep it with its heading."""
        self._count += 1
        style = (self._styles.heading1, self._styles.heading2, self._styles.heading3)[level]
        if not keep:
            style = ParagraphStyle(f"{style.name}Loose", parent=style, keepWithNext=0)
        return Heading(text, style, f"section{self._count}", level, toc)


def start_document(
    settings: DocumentSettings,
    identity: DocumentIdentity,
    fonts_dir: Path,
    body_size: float,
    reporter: Reporter | None,
    page_limit: int | None = None,
    page_size: tuple[float, float] | None = None,
    measure: int | None = MEASURE_CHARACTERS,
) -> tuple[PimDocTemplate, Styles]:
    """A document template with fonts registered and styles for `body_size` points, running
    text at most `measure` characters a line."""
    fonts = register_fonts(fonts_dir)
    labels = settings.labels
    styles = make_styles(fonts, body_size, labels.right_to_left, labels.language, measure)
    document = PimDocTemplate(
        io.BytesIO(),
        settings,
        identity,
        fonts,
        reporter or ProgressReporter(),
        page_limit,
        page_size,
    )
    return document, styles


def translation_notice(
    settings: DocumentSettings, styles: Styles, fallback: bool = False
) -> list[Flowable]:
    """The first page's word that a translated document is PIM Desk's translation, not an
    official one (nothing in the source's language), and, when `fallback`, that the passages
    not yet translated are printed in English."""
    labels = settings.labels
    notices = [labels.translation_notice] + ([labels.fallback_notice] if fallback else [])
    return [paragraph(notice, styles.muted) for notice in notices if notice]


def in_language(blocks: list[Flowable], fallback: bool, language: str = "en") -> list[Flowable]:
    """`blocks` marked as written in `language` when they are the untranslated text, so that a
    screen reader reads them in the right language."""
    return [InLanguage(block, language) for block in blocks] if fallback else blocks


def subject(kind: str, settings: DocumentSettings) -> str:
    """The metadata subject: what the document is and how sensitive (R21)."""
    labels = settings.labels
    level = labels.sensitivity_label(settings.sensitivity)
    return f"{labels.app_name} · {kind} — {labels.sensitivity}{labels.label_separator}{level}"


def term_anchor(term_id: str) -> str:
    """The name of the link target at a glossary entry ("See also" links point to it)."""
    return f"term-{term_id}"


def term_blocks(
    term: Term, styles: Styles, words: ProvenanceWords, anchored: bool = False
) -> list[Flowable]:
    """One glossary entry: the term in bold, then each definition with where it comes from;
    `anchored` makes the entry a link target (not in right-to-left documents, whose lines
    with links keep reportlab's order)."""
    anchor = f'<a name="{term_anchor(term.id)}"/>' if anchored else ""
    blocks: list[Flowable] = [markup(anchor + escape(term.term), styles.term)]
    numbered = len(term.definitions) > 1
    for number, definition in enumerate(term.definitions, 1):
        attribution = definition.attribution
        mark = provenance_note(words, attribution.origin, attribution.source, full=True)
        text = f"{escape(definition.text)} {mark}"
        blocks.append(markup(f"{number}. {text}" if numbered else text, styles.small))
    return blocks


def sources_blocks(
    settings: DocumentSettings, styles: Styles, outline: Outline, area: Area
) -> list[Flowable]:
    """The content set and documents the document rests on, and what is illustrative."""
    labels = settings.labels
    info = settings.content
    rows = [
        [
            paragraph(labels.content_set, styles.table_label),
            paragraph(info.title, styles.table_cell),
        ],
        [
            paragraph(labels.version, styles.table_label),
            paragraph(f"{info.version} ({info.date.isoformat()})", styles.table_cell),
        ],
        [
            paragraph(labels.content_hash, styles.table_label),
            paragraph(info.content_hash[:16], styles.table_cell),
        ],
    ]
    blocks: list[Flowable] = [
        outline.heading(labels.sources, 0),
        data_table(rows, (area.width * 0.3, area.width * 0.7), area, header_rows=0, banded=False),
        paragraph(labels.documents_cited, styles.heading3),
    ]
    blocks += [
        markup(labelled(document.short, document.title), styles.bullet, BULLET)
        for document in info.documents
    ]
    blocks += [
        paragraph(labels.illustrative_note, styles.body),
        paragraph(labels.personal_data_note, styles.body),
    ]
    return blocks
