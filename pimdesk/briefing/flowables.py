"""Flowables the documents share: headings that make bookmarks, the contents list, boxes, tables."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Table, TableStyle

from pimdesk.briefing.fonts import ARABIC_FAMILY, FAMILY
from pimdesk.briefing.right_to_left import ShapedParagraph, draw_text, text_width
from pimdesk.briefing.styles import RULE, TABLE_BAND, TABLE_HEADER
from pimdesk.briefing.tagging import begin_language, end_marked
from pimdesk.briefing.text import escape, fit
from pimdesk.domain.records import record

# Split inside a row only when splitting between rows would leave a twelfth of the page empty.
WASTE_BEFORE_ROW_SPLIT = 0.08
MINIMUM_ROW_PART = 24  # points: no sliver of a row alone at the bottom or top of a page


@record
class Area:
    """The size of the frame the flowables go into, and which way its document reads."""

    width: float
    height: float
    right_to_left: bool = False


class InLanguage(Flowable):  # type: ignore[misc]
    """A flowable drawn inside a marked-content span that names its language (`/Lang`), for
    the text a translated document prints in English until it is translated."""

    def __init__(self, inner: Flowable, language: str) -> None:
        super().__init__()
        self.inner = inner
        self.language = language

    def __getattr__(self, name: str) -> Any:
        # Layout properties (keepWithNext, spaceBefore...) are the inner flowable's.
        if name == "inner":
            raise AttributeError(name)
        return getattr(self.inner, name)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        width, height = self.inner.wrap(available_width, available_height)
        self.width, self.height = width, height
        return width, height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        parts = self.inner.split(available_width, available_height)
        return [InLanguage(part, self.language) for part in parts]

    def getSpaceBefore(self) -> float:
        return float(self.inner.getSpaceBefore())

    def getSpaceAfter(self) -> float:
        return float(self.inner.getSpaceAfter())

    def draw(self) -> None:
        begin_language(self.canv, self.language)
        self.inner.drawOn(self.canv, 0, 0)
        end_marked(self.canv)


class Heading(ShapedParagraph):
    """A heading that becomes a PDF bookmark (and a table-of-contents line when `toc`)."""

    def __init__(self, text: str, style: object, key: str, level: int, toc: bool = True) -> None:
        super().__init__(escape(text), style)
        self.outline_title = text
        self.outline_key = key
        self.outline_level = level
        self.in_toc = toc


class ContentsList(Flowable):  # type: ignore[misc]
    """The table of contents, laid out in the document's single pass.

    Its entries are the story's headings, known before layout; each page number is a PDF form
    that the document template fills in once the pages are counted, so no second layout pass is
    needed to learn them (that pass cost as much as the first).
    """

    NUMBER_WIDTH = 30.0

    def __init__(self, styles: Sequence[ParagraphStyle]) -> None:
        super().__init__()
        self.styles = list(styles)
        self.entries: list[tuple[int, str, str]] = []  # (level, title, bookmark key)

    def _line(self, level: int) -> tuple[ParagraphStyle, float]:
        style = self.styles[min(level, len(self.styles) - 1)]
        return style, float(style.leading) + float(style.spaceBefore or 0)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = sum(self._line(level)[1] for level, _, _ in self.entries)
        return available_width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return []  # a contents list is short: it moves whole to the next page if need be

    def draw(self) -> None:
        canvas = self.canv
        top = self.height
        for level, title, key in self.entries:
            style, height = self._line(level)
            top -= height
            baseline = top + float(style.leading) - float(style.fontSize)
            canvas.setFont(style.fontName, style.fontSize)
            canvas.setFillColor(style.textColor)
            if style.alignment == TA_RIGHT:
                self._entry_right_to_left(style, title, key, baseline)
            else:
                self._entry(style, title, key, baseline)
            # the link says where it goes, for a screen reader (/Contents)
            canvas.linkRect(title, key, (0, top, self.width, top + height), relative=1)

    def _entry(self, style: ParagraphStyle, title: str, key: str, baseline: float) -> None:
        """Title from the left, dots, the page number at the right."""
        canvas = self.canv
        indent = float(style.leftIndent) + float(style.firstLineIndent)
        text_width = self.width - indent - self.NUMBER_WIDTH - 6
        shown = fit(title, text_width, style.fontName, float(style.fontSize))
        canvas.drawString(indent, baseline, shown)
        end = indent + canvas.stringWidth(shown, style.fontName, style.fontSize) + 4
        dots = " . " * int((self.width - self.NUMBER_WIDTH - end) / canvas.stringWidth(
            " . ", style.fontName, style.fontSize))  # fmt: skip
        canvas.drawRightString(self.width - self.NUMBER_WIDTH - 2, baseline, dots.rstrip())
        canvas.saveState()
        canvas.translate(self.width - self.NUMBER_WIDTH, baseline)
        canvas.doForm(toc_number_form(key))
        canvas.restoreState()

    def _entry_right_to_left(
        self, style: ParagraphStyle, title: str, key: str, baseline: float
    ) -> None:
        """The mirror image: title from the right, dots, the page number at the left."""
        canvas = self.canv
        size = float(style.fontSize)
        fonts = (
            style.fontName,
            ARABIC_FAMILY if style.fontName == FAMILY else f"{ARABIC_FAMILY}-Bold",
        )
        indent = float(style.leftIndent) + float(style.firstLineIndent)
        available = self.width - indent - self.NUMBER_WIDTH - 6
        shown = fit(title, available, style.fontName, size, fonts[1])
        draw_text(canvas, self.width - indent, baseline, shown, fonts, size, "right")
        end = self.width - indent - text_width(shown, *fonts, size) - 4
        dot_width = canvas.stringWidth(" . ", style.fontName, size)
        dots = " . " * int((end - self.NUMBER_WIDTH) / dot_width)
        canvas.setFont(style.fontName, size)
        canvas.drawString(self.NUMBER_WIDTH + 2, baseline, dots.rstrip())
        canvas.saveState()
        canvas.translate(0, baseline)  # the number ends NUMBER_WIDTH from the left edge
        canvas.doForm(toc_number_form(key))
        canvas.restoreState()


def toc_number_form(key: str) -> str:
    """The name of the PDF form that prints the page number of the heading `key`."""
    return f"pimdesk_toc_{key}"


def page_label_form(page: int) -> str:
    """The name of the PDF form that prints "page X of Y" on page `page`."""
    return f"pimdesk_page_{page}"


def headings_for_contents(story: Sequence[Flowable]) -> list[tuple[int, str, str]]:
    """The (level, title, key) of the headings a table of contents lists, in story order."""
    return [
        (flowable.outline_level, flowable.outline_title, flowable.outline_key)
        for flowable in story
        if isinstance(flowable, Heading) and flowable.in_toc
    ]


class DataTable(Table):  # type: ignore[misc]
    """A table that splits between rows, and inside a row where that saves a lot of paper or
    where one row is taller than a whole page.

    Allowed both at once, reportlab splits between rows and then puts the rest, its header
    repeated, in the space left on the same page to split a row there: this class decides
    itself, so a repeated header only ever starts a page.
    """

    frame_height: float = 0.0  # set per document by `data_table`'s subclass

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.splitInRow = 0
        pieces: list[Flowable] = super().split(available_width, available_height)
        left = available_height - (
            pieces[0].wrap(available_width, available_height)[1] if pieces else 0
        )
        at_top = available_height >= self.frame_height - 1
        if left > self.frame_height * WASTE_BEFORE_ROW_SPLIT or (not pieces and at_top):
            self.splitInRow = MINIMUM_ROW_PART
            in_row: list[Flowable] = self._splitRows(available_height, doInRowSplit=True)
            self.splitInRow = 0
            if in_row:
                return in_row
        return pieces


def _table_class(frame_height: float) -> type[DataTable]:
    # reportlab builds the pieces of a split table with `self.__class__(...)`: the frame height
    # travels as a class attribute.
    return type("DataTable", (DataTable,), {"frame_height": frame_height})


def data_table(
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    area: Area,
    header_rows: int = 1,
    banded: bool = True,
    padding: float = 4,
) -> Table:
    """A table that splits between (and inside) rows and repeats its header on every page."""
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FAMILY),  # the default, Helvetica, is never embedded
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), padding),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding),
        ("TOPPADDING", (0, 0), (-1, -1), padding * 0.75),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), TABLE_HEADER),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, RULE),
        ]
    if banded:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, TABLE_BAND]))
    cells, widths = [list(row) for row in rows], list(widths)
    if area.right_to_left:  # the first column on the right, where a right-to-left reader starts
        cells, widths = [row[::-1] for row in cells], widths[::-1]
    return _table_class(area.height)(
        cells,
        colWidths=widths,
        style=TableStyle(commands),
        repeatRows=header_rows,
        splitByRow=1,
        hAlign="LEFT",
    )


def boxed(content: Sequence[Flowable], area: Area, background: object, border: object) -> Table:
    """Flowables inside a tinted box with a coloured left edge (notes, warnings); a box taller
    than the page (long notes) splits across pages."""
    return Table(
        [[list(content)]],
        colWidths=[area.width],
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FAMILY),
                # text narrower than the box (the measure) starts on the reading side
                ("ALIGN", (0, 0), (-1, -1), "RIGHT" if area.right_to_left else "LEFT"),
                ("BACKGROUND", (0, 0), (-1, -1), background),
                ("LINEAFTER" if area.right_to_left else "LINEBEFORE", (0, 0), (0, -1), 2.5, border),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        ),
        splitByRow=1,
        splitInRow=1,
        hAlign="LEFT",
    )
