"""Flowables the documents share: headings that make bookmarks, the page counter, boxes, tables."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from pimdesk.briefing.fonts import FAMILY
from pimdesk.briefing.styles import RULE, TABLE_BAND, TABLE_HEADER
from pimdesk.briefing.text import escape

# Split inside a row only when splitting between rows would leave a twelfth of the page empty.
WASTE_BEFORE_ROW_SPLIT = 0.08
MINIMUM_ROW_PART = 24  # points: no sliver of a row alone at the bottom or top of a page


@dataclass(frozen=True)
class Area:
    """The size of the frame the flowables go into."""

    width: float
    height: float


class Heading(Paragraph):  # type: ignore[misc]  # reportlab is untyped
    """A heading that becomes a PDF bookmark (and a table-of-contents line when `toc`)."""

    def __init__(self, text: str, style: object, key: str, level: int, toc: bool = True) -> None:
        super().__init__(escape(text), style)
        self.outline_title = text
        self.outline_key = key
        self.outline_level = level
        self.in_toc = toc


class PageTotal(Flowable):  # type: ignore[misc]
    """Takes no space; makes reportlab's multi-pass build repeat until the "of Y" printed on
    every page equals the number of pages."""

    def __init__(self, expected: int = 0) -> None:
        super().__init__()
        self.printed = 0  # the total drawn in the footers during this pass
        # The pages the last pass produced; a right guess beforehand saves a whole pass.
        self.counted = expected

    def isIndexing(self) -> int:
        return 1

    def beforeBuild(self) -> None:
        self.printed = self.counted

    def afterBuild(self) -> None:
        pass

    def notify(self, kind: str, stuff: object) -> None:
        pass  # told of table-of-contents entries like every indexing flowable; not interested

    def isSatisfied(self) -> bool:
        return self.printed == self.counted

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


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
    return _table_class(area.height)(
        [list(row) for row in rows],
        colWidths=list(widths),
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
                ("BACKGROUND", (0, 0), (-1, -1), background),
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, border),
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


def toc_table_style() -> TableStyle:
    """reportlab's table-of-contents layout, in the bundled font."""
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), FAMILY),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ]
    )
