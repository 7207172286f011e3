"""The PIM Matrix at a glance: the categories across and the elements down, on one landscape
page, each category's status in its header and, for a context, its accepted categories
highlighted and the others dimmed.

A cell shows its first items; where the page is small they are shortened. The layout tries the
roomiest setting first and steps down until the matrix fits one page, never under 7 points.
No word is cut between two letters: a column is widened (the others narrowed) to hold its widest
word, a compound breaks after its slash or hyphen ("Approaches/" + "methods"), and a word is
hyphenated, with the hyphen printed, only when no setting's columns can hold it.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Table, TableStyle

from pimdesk.briefing.document_parts import in_language, start_document, subject
from pimdesk.briefing.fonts import ARABIC_FAMILY, FAMILY
from pimdesk.briefing.layout import DocumentIdentity
from pimdesk.briefing.right_to_left import text_width, typeset
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
from pimdesk.briefing.word_breaks import broken, widest_piece
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
    # Measured, not laid out: trying each setting in a whole layout would cost a build each.
    for legend, table in _layouts(poster, styles, width):
        if _height(legend, width) + _height(table, width) <= room:
            break
    return document.build_pdf([heading, legend, table])


def _layouts(
    poster: MatrixPosterInput, styles: Styles, width: float
) -> Iterator[tuple[Flowable, Table]]:
    """The poster's legend and table in each fit, best first: every fit whose columns can hold
    each word whole (or broken at a slash or hyphen) before any that must hyphenate one."""
    grids: list[tuple[Fit, Grid]] = []
    for fit in FITS[poster.paper]:
        grid = _grid(poster, _cell_styles(styles, fit.size), fit)
        grids.append((fit, grid))
        widths = _column_widths(grid, width)
        if widths is not None:
            yield _legend(poster, styles, fit), _table(poster, grid, widths)
    for fit, grid in grids:  # no fit holds every word whole: equal columns, words hyphenated
        widths = _equal_widths(len(grid[0]), width)
        yield _legend(poster, styles, fit), _table(poster, grid, widths)


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
            # a word is never cut between two letters: the layout breaks the ones too wide
            "splitLongWords": 0,
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


# ---------------------------------------------------------------------- the cells' text
@record
class Entry:
    """One paragraph of a cell as plain text set by its language's typography (the no-break
    spaces that bind French punctuation to its word), before it is broken to its column."""

    text: str
    style: ParagraphStyle
    bullet: str | None = None

    def measure(self, text: str) -> float:
        style = self.style
        arabic = f"{ARABIC_FAMILY}-Bold" if style.fontName.endswith("-Bold") else ARABIC_FAMILY
        return _width(text, style.fontName, arabic, style.fontSize)

    @property
    def indent(self) -> float:
        return float(self.style.leftIndent) + float(self.style.rightIndent)


@record
class Block:
    """A cell's paragraphs, and whether they are the untranslated English text."""

    entries: tuple[Entry, ...]
    fallback: bool = False

    def narrowest(self) -> float:
        """The width its paragraphs need for no word to break but at a slash or hyphen."""
        return max(
            (widest_piece(entry.text, entry.measure) + entry.indent for entry in self.entries),
            default=0.0,
        )


Grid = list[list[Block]]


def _entry(text: str, style: ParagraphStyle, bullet: str | None = None) -> Entry:
    # Set once here, so that a word is measured as it prints; the paragraph sets it again,
    # which changes nothing.
    return Entry(typeset(text, getattr(style, "language", "en")), style, bullet)


@lru_cache(maxsize=1 << 15)
def _width(text: str, font: str, arabic_font: str, size: float) -> float:
    """`text_width`, remembered: the same words recur in every cell and every fit tried."""
    return text_width(text, font, arabic_font, size)


def _grid(poster: MatrixPosterInput, styles: CellStyles, fit: Fit) -> Grid:
    """The matrix as text: the header row, then a row per element."""
    labels = poster.settings.labels
    highlight = bool(poster.selection_name)
    header = [Block((_entry("", styles.label),))]
    for column in poster.categories:
        category = column.content.category
        status = labels.status_label(category.status)
        header.append(Block((_entry(category.name, styles.header), _entry(status, styles.status))))
    rows = [header]
    # each column's cells by element, looked up once rather than rebuilt for every cell
    columns = [(column, {e.id: c for e, c in column.content.rows}) for column in poster.categories]
    for element in poster.elements:
        row = [Block((_entry(element.name, styles.label),))]
        for column, cells in columns:
            dim = highlight and not column.accepted
            cell = cells.get(element.id)
            row.append(_cell(column, element, cell, styles.dimmed if dim else styles.text, fit))
        rows.append(row)
    return rows


def _cell(
    column: PosterCategory, element: Element, cell: Cell | None, style: ParagraphStyle, fit: Fit
) -> Block:
    """A cell's first items, shortened to the fit, each marked when it is not the source's;
    the definition row shows the category's definition."""
    content = column.content
    category = content.category
    if element.category_field is not None:
        text = _shortened(category.definition, fit.characters * 3 // 2 if fit.characters else 0)
        plain = ParagraphStyle(f"{style.name}Plain", parent=style, leftIndent=0)  # no bullet
        return Block((_entry(text, plain),), category.fallback)
    if cell is None or not cell.items:
        return Block((_entry("—", style),))
    entries = [_entry(_item(item, cell, fit), style, "•") for item in cell.items[: fit.items]]
    hidden = len(cell.items) - fit.items
    if hidden > 0:
        entries.append(_entry(f"+{hidden}", style))
    return Block(tuple(entries), cell.fallback)


def _item(item: CellItem, cell: Cell, fit: Fit) -> str:
    attribution = item.attribution
    value = provenance_of(attribution.origin, attribution.source, item.kind)
    mark = MARKS.get(value.cls, "")
    return _shortened(item.text, fit.characters) + (f"\u00a0{mark}" if mark else "")


def _shortened(text: str, characters: int) -> str:
    """`text` cut at a word before `characters` with an ellipsis (0: whole)."""
    if not characters or len(text) <= characters:
        return text
    cut = text[: characters - 1].rsplit(" ", 1)[0].rstrip(" ,;:.")
    return cut + ELLIPSIS


# ---------------------------------------------------------------------- the table
LABEL_SHARE = 0.1  # of the width, for the elements' names, unless a word of them needs more
PADDING = 3.0
SLACK = 0.5  # points a column keeps beyond its widest word, against rounding in the layout


def _column_widths(grid: Grid, width: float) -> list[float] | None:
    """Columns as equal as the words allow: the label column a tenth of `width`, the others
    sharing the rest, each widened to its widest word and the others narrowed to make room;
    None when the words of all the columns together are wider than the page."""
    columns = zip(*grid, strict=True)
    needs = [max(block.narrowest() for block in column) + 2 * PADDING + SLACK for column in columns]
    label = max(width * LABEL_SHARE, needs[0])
    shared = _shared(needs[1:], width - label)
    return None if shared is None else [label, *shared]


def _shared(needs: list[float], room: float) -> list[float] | None:
    """`room` shared equally between columns, except that each gets at least what it needs."""
    widths: dict[int, float] = {}  # the columns set to what they need
    while len(widths) < len(needs):
        free = [index for index in range(len(needs)) if index not in widths]
        share = (room - sum(widths.values())) / len(free)
        wider = {index: needs[index] for index in free if needs[index] > share}
        if not wider:
            return [widths.get(index, share) for index in range(len(needs))]
        widths.update(wider)
    return None if sum(widths.values()) > room else [widths[index] for index in range(len(needs))]


def _equal_widths(columns: int, width: float) -> list[float]:
    label = width * LABEL_SHARE
    return [label] + [(width - label) / max(1, columns - 1)] * (columns - 1)


def _table(poster: MatrixPosterInput, grid: Grid, widths: list[float]) -> Table:
    rooms = [width - 2 * PADDING - SLACK for width in widths]
    rows = [
        [_flowables(block, room) for block, room in zip(row, rooms, strict=True)] for row in grid
    ]
    table = Table(rows, colWidths=widths)
    table.setStyle(TableStyle(_table_commands(poster, bool(poster.selection_name))))
    return table


def _flowables(block: Block, width: float) -> list[Flowable]:
    """A cell's paragraphs, each word too wide for `width` broken where it may be."""
    paragraphs = [
        markup(
            escape(broken(entry.text, width - entry.indent, entry.measure)),
            entry.style,
            entry.bullet,
        )
        for entry in block.entries
    ]
    return in_language(paragraphs, block.fallback)


def _table_commands(poster: MatrixPosterInput, highlight: bool) -> list[tuple[object, ...]]:
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FAMILY),  # the default, Helvetica, is never embedded
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), TABLE_HEADER),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
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
