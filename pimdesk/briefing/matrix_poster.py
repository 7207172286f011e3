"""The PIM Matrix at a glance: the categories across and the elements down, on one landscape
page, each category's status in its header and, for a context, its accepted categories
highlighted and the others dimmed.

A cell shows its first items; where the page is small they are shortened. The layout tries the
roomiest setting first and steps down until the matrix fits one page, never under 7 points.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Table, TableStyle

from pimdesk.briefing.document_parts import in_language, start_document, subject
from pimdesk.briefing.fonts import FAMILY
from pimdesk.briefing.layout import DocumentIdentity
from pimdesk.briefing.styles import (
    HEADING,
    INK,
    MUTED,
    NOTE_BACKGROUND,
    NOTE_BORDER,
    RULE,
    TABLE_HEADER,
    Styles,
)
from pimdesk.briefing.text import ELLIPSIS, escape, markup, paragraph
from pimdesk.domain.briefing_input import (
    BuiltDocument,
    MatrixPosterInput,
    PosterCategory,
    PosterPaper,
)
from pimdesk.domain.content import Cell, CellItem, Element
from pimdesk.domain.export_progress import Reporter
from pimdesk.domain.provenance import ProvenanceClass, provenance_of
from pimdesk.domain.records import record

PAGE_SIZES = {PosterPaper.A3: A3, PosterPaper.A4: A4, PosterPaper.LETTER: LETTER}
MINIMUM_POSTER_SIZE = 7.0  # readable at arm's length
MARKS = {ProvenanceClass.EDITORIAL: "†", ProvenanceClass.NOTE: "‡"}
DIMMED = colors.HexColor("#8A8A8A")


@record
class Fit:
    """One way of filling the cells: type size, items per cell, characters per item (0: all)."""

    size: float
    items: int
    characters: int


# From the roomiest down; the first whose table fits the page is used.
FITS = {
    PosterPaper.A3: (
        Fit(8.5, 4, 0), Fit(8.0, 3, 0), Fit(8.0, 3, 120), Fit(7.5, 3, 110), Fit(7.5, 3, 90),
        Fit(7.0, 3, 80), Fit(7.0, 3, 60), Fit(7.0, 2, 60),
    ),
    PosterPaper.A4: (
        Fit(7.5, 2, 70), Fit(7.0, 2, 60), Fit(7.0, 2, 50), Fit(7.0, 2, 42), Fit(7.0, 2, 34),
        Fit(7.0, 1, 45), Fit(7.0, 1, 30),
    ),
}  # fmt: skip
FITS[PosterPaper.LETTER] = FITS[PosterPaper.A4]


def build_matrix_poster(
    poster: MatrixPosterInput, fonts_dir: Path, reporter: Reporter | None = None
) -> BuiltDocument:
    """The matrix poster of `poster` as a one-page PDF."""
    settings = poster.settings
    labels = settings.labels
    title = labels.matrix_poster
    identity = DocumentIdentity(title, poster.selection_name or title, subject(title, settings))
    size = landscape(PAGE_SIZES[poster.paper])
    document, styles = start_document(settings, identity, fonts_dir, 9.5, reporter, None, size)
    document.addPageTemplates([document.page_template("poster", [document.full_frame("poster")])])
    width, height = float(document.width), float(document.height)
    heading = paragraph(title, styles.heading2)
    room = height - _height(heading, width) - styles.heading2.spaceBefore - 2
    fits = FITS[poster.paper]
    # Measured, not laid out: trying each setting in a whole layout would cost a build each.
    for fit in fits:
        legend = _legend(poster, styles, fit)
        table = _matrix(poster, _cell_styles(styles, fit.size), fit, width)
        if _height(legend, width) + _height(table, width) <= room:
            break
    return document.build_pdf([heading, legend, table])


def _height(flowable: Flowable, width: float) -> float:
    return float(flowable.wrap(width, 10_000)[1]) + float(flowable.getSpaceAfter())


@record
class CellStyles:
    text: ParagraphStyle
    dimmed: ParagraphStyle
    label: ParagraphStyle
    header: ParagraphStyle
    status: ParagraphStyle


def _cell_styles(styles: Styles, size: float) -> CellStyles:
    def derived(name: str, parent: ParagraphStyle, **changes: object) -> ParagraphStyle:
        settings: dict[str, object] = {
            "fontSize": size,
            "leading": size * 1.2,
            "bulletFontSize": size,
            "spaceBefore": 0,
            "spaceAfter": size * 0.2,
        }
        settings.update(changes)
        return ParagraphStyle(name, parent=parent, **settings)

    bullet = styles.table_bullet
    return CellStyles(
        text=derived("PosterText", bullet, leftIndent=size * 1.1),
        dimmed=derived("PosterDimmed", bullet, leftIndent=size * 1.1, textColor=DIMMED),
        label=derived("PosterLabel", styles.table_label, textColor=HEADING),
        header=derived(
            "PosterHeader", styles.table_label, fontSize=size + 1, leading=(size + 1) * 1.2
        ),
        status=derived("PosterStatus", styles.table_cell, textColor=MUTED),
    )


def _legend(poster: MatrixPosterInput, styles: Styles, fit: Fit) -> Flowable:
    """What the highlighting and the marks mean, and that cells show only their first items."""
    labels = poster.settings.labels
    words = labels.provenance
    parts = [labels.matrix_shortened if fit.characters else labels.matrix_full]
    if poster.selection_name:
        parts.append(labels.matrix_accepted_in.format(name=poster.selection_name))
    parts += [f"† {words.editorial_mark}", f"‡ {words.note_alone}"]
    return paragraph(" · ".join(parts), styles.muted)


def _matrix(poster: MatrixPosterInput, styles: CellStyles, fit: Fit, width: float) -> Table:
    labels = poster.settings.labels
    highlight = bool(poster.selection_name)
    header: list[object] = [paragraph("", styles.label)]
    for column in poster.categories:
        category = column.content.category
        header.append(
            [
                paragraph(category.name, styles.header),
                paragraph(labels.status_label(category.status), styles.status),
            ]
        )
    rows: list[list[object]] = [header]
    for element in poster.elements:
        row: list[object] = [paragraph(element.name, styles.label)]
        for column in poster.categories:
            dim = highlight and not column.accepted
            row.append(_cell(column, element, styles.dimmed if dim else styles.text, fit))
        rows.append(row)
    label_width = width * 0.1
    column_width = (width - label_width) / max(1, len(poster.categories))
    table = Table(rows, colWidths=[label_width] + [column_width] * len(poster.categories))
    table.setStyle(TableStyle(_table_commands(poster, highlight)))
    return table


def _table_commands(poster: MatrixPosterInput, highlight: bool) -> list[tuple[object, ...]]:
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FAMILY),  # the default, Helvetica, is never embedded
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), TABLE_HEADER),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
    ]
    if highlight:
        for index, column in enumerate(poster.categories, 1):
            if column.accepted:  # a tinted column in a heavy frame: clear in black and white
                commands += [
                    ("BACKGROUND", (index, 1), (index, -1), NOTE_BACKGROUND),
                    ("BOX", (index, 0), (index, -1), 2, NOTE_BORDER),
                ]
    return commands


def _cell(
    column: PosterCategory, element: Element, style: ParagraphStyle, fit: Fit
) -> list[Flowable]:
    """A cell's first items, shortened to the fit, each marked when it is not the source's;
    the definition row shows the category's definition."""
    content = column.content
    category = content.category
    if element.category_field is not None:
        text = escape(
            _shortened(category.definition, fit.characters * 3 // 2 if fit.characters else 0)
        )
        plain = ParagraphStyle(f"{style.name}Plain", parent=style, leftIndent=0)  # no bullet
        return in_language([markup(text, plain)], category.fallback)
    cell = {e.id: c for e, c in content.rows}.get(element.id)
    if cell is None or not cell.items:
        return [paragraph("—", style)]
    blocks = [_item(item, cell, style, fit) for item in cell.items[: fit.items]]
    hidden = len(cell.items) - fit.items
    if hidden > 0:
        blocks.append(paragraph(f"+{hidden}", style))
    return in_language(blocks, cell.fallback)


def _item(item: CellItem, cell: Cell, style: ParagraphStyle, fit: Fit) -> Flowable:
    attribution = item.attribution
    value = provenance_of(attribution.origin, attribution.source, item.kind)
    mark = MARKS.get(value.cls, "")
    text = escape(_shortened(item.text, fit.characters)) + (f"\u00a0{mark}" if mark else "")
    return markup(text, style, "•")


def _shortened(text: str, characters: int) -> str:
    """`text` cut at a word before `characters` with an ellipsis (0: whole)."""
    if not characters or len(text) <= characters:
        return text
    cut = text[: characters - 1].rsplit(" ", 1)[0].rstrip(" ,;:.")
    return cut + ELLIPSIS
