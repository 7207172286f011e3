"""The document template: paper, margins, header and footer on every page, bookmarks, metadata.

Every page carries the sensitivity label at the top and the bottom, "page X of Y", the content
version and the export date (RELIABILITY.md promise 8). The PDF's metadata says what the
document is and how sensitive, and nothing about who made it or on which machine (R21).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from pimdesk.briefing.flowables import Area, Heading, PageTotal
from pimdesk.briefing.fonts import FontSet
from pimdesk.briefing.styles import MUTED, RULE, SENSITIVITY_COLOURS
from pimdesk.briefing.text import fit
from pimdesk.domain.briefing_input import BuiltDocument, DocumentSettings, Paper
from pimdesk.domain.export_progress import Reporter

PAPER_SIZES = {Paper.A4: A4, Paper.LETTER: LETTER}
SIDE_MARGIN = 18 * mm
TOP_MARGIN = 21 * mm
BOTTOM_MARGIN = 21 * mm
FURNITURE_SIZE = 7.5
CREATOR = "PIM Desk"


class PageLimitExceeded(Exception):
    """The story needs more pages than the caller allowed: stop laying it out."""


@dataclass(frozen=True)
class DocumentIdentity:
    """What a document is called: in its header, and in the PDF's metadata."""

    kind: str  # e.g. "Context briefing"
    title: str  # e.g. the selection's name
    subject: str


class PimDocTemplate(BaseDocTemplate):  # type: ignore[misc]  # reportlab is untyped
    """A document with PIM Desk's page furniture, bookmarks and multi-pass page count."""

    def __init__(
        self,
        buffer: io.BytesIO,
        settings: DocumentSettings,
        identity: DocumentIdentity,
        fonts: FontSet,
        reporter: Reporter,
        expected_pages: int = 0,
        page_limit: int | None = None,
    ) -> None:
        labels = settings.labels
        level = labels.sensitivity_label(settings.sensitivity)
        super().__init__(
            buffer,
            pagesize=PAPER_SIZES[settings.paper],
            leftMargin=SIDE_MARGIN,
            rightMargin=SIDE_MARGIN,
            topMargin=TOP_MARGIN,
            bottomMargin=BOTTOM_MARGIN,
            title=f"{identity.kind}: {identity.title}",
            subject=identity.subject,
            author="",  # never the user's name (R21)
            creator=CREATOR,
            producer=CREATOR,
            keywords=[f"{labels.sensitivity}: {level}"],
            invariant=1 if settings.invariant else 0,
            initialFontName=fonts.regular,  # else reportlab names Helvetica on every page
            initialFontSize=10,
            lang=labels.language,
            displayDocTitle=1,
        )
        self.settings = settings
        self.identity = identity
        self.fonts = fonts
        self.page_total = PageTotal(expected_pages)
        self._page_limit = page_limit
        self._reporter = reporter
        self._pass = 0
        self._flowables = 1
        self.setProgressCallBack(self._progress)

    # ------------------------------------------------------------------ frames
    @property
    def area(self) -> Area:
        """The size of a full-width frame."""
        return Area(float(self.width), float(self.height))

    def full_frame(self, frame_id: str) -> Frame:
        return _frame(frame_id, self.leftMargin, self.bottomMargin, self.width, self.height)

    def top_band(self, frame_id: str, height: float) -> Frame:
        """A full-width frame `height` points tall at the top of the page."""
        bottom = self.bottomMargin + self.height - height
        return _frame(frame_id, self.leftMargin, bottom, self.width, height)

    def columns(self, count: int, gap: float, top_space: float = 0) -> list[Frame]:
        """`count` side-by-side frames, leaving `top_space` free above them."""
        width = (self.width - gap * (count - 1)) / count
        return [
            _frame(
                f"column{index + 1}",
                self.leftMargin + index * (width + gap),
                self.bottomMargin,
                width,
                self.height - top_space,
            )
            for index in range(count)
        ]

    def page_template(self, template_id: str, frames: Sequence[Frame]) -> PageTemplate:
        return PageTemplate(id=template_id, frames=list(frames), onPage=self._draw_furniture)

    # ------------------------------------------------------------------ building
    def build_pdf(self, story: list[Flowable]) -> BuiltDocument:
        """Lay out `story` in as many passes as the page count and contents need."""
        self.multiBuild([self.page_total, *story])
        self._reporter.report(1.0)
        buffer: io.BytesIO = self.filename
        return BuiltDocument(buffer.getvalue(), self.pages)

    @property
    def pages(self) -> int:
        """The number of pages of the last build."""
        return self.page_total.counted

    def afterPage(self) -> None:
        self.page_total.counted = self.page
        if self._page_limit is not None and self.page > self._page_limit:
            raise PageLimitExceeded(self._page_limit)

    def afterFlowable(self, flowable: Flowable) -> None:
        if not isinstance(flowable, Heading):
            return
        canvas: Canvas = self.canv
        canvas.bookmarkPage(flowable.outline_key)
        canvas.addOutlineEntry(
            flowable.outline_title, flowable.outline_key, flowable.outline_level, closed=False
        )
        if flowable.in_toc:
            self.notify(
                "TOCEntry",
                (flowable.outline_level, flowable.outline_title, self.page, flowable.outline_key),
            )

    def _progress(self, kind: str, value: int) -> None:
        """reportlab's progress events → the reporter's share; a pass is a guess of its share."""
        if kind == "PASS":
            self._pass = value
        elif kind == "SIZE_EST":
            self._flowables = max(1, value)
        elif kind == "PROGRESS":
            done = value / self._flowables
            start, end = {1: (0.0, 0.55), 2: (0.55, 0.9)}.get(self._pass, (0.9, 0.98))
            self._reporter.report(start + (end - start) * done)
        self._reporter.check()

    # ------------------------------------------------------------------ page furniture
    def _draw_furniture(self, canvas: Canvas, document: BaseDocTemplate) -> None:
        canvas.saveState()
        width, height = self.pagesize
        labels = self.settings.labels
        label_width = self._draw_label(canvas, width / 2, height - 11 * mm)
        self._draw_label(canvas, width / 2, 8 * mm)
        side = (width - 2 * SIDE_MARGIN - label_width) / 2 - 4 * mm
        info = self.settings.content
        self._text(
            canvas, SIDE_MARGIN, height - 11 * mm, f"{labels.app_name} · {self.identity.kind}", side
        )
        self._text(
            canvas, width - SIDE_MARGIN, height - 11 * mm, self.identity.title, side, right=True
        )
        version = labels.content_version.format(version=info.version, date=info.date.isoformat())
        exported = labels.exported.format(date=self.settings.export_date.isoformat())
        self._text(canvas, SIDE_MARGIN, 9.6 * mm, version, side)
        self._text(canvas, SIDE_MARGIN, 6.4 * mm, exported, side)
        page = labels.page_of.format(page=document.page, pages=self.page_total.printed or "?")
        self._text(canvas, width - SIDE_MARGIN, 8 * mm, page, side, right=True)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(SIDE_MARGIN, height - 14.5 * mm, width - SIDE_MARGIN, height - 14.5 * mm)
        canvas.line(SIDE_MARGIN, 13.5 * mm, width - SIDE_MARGIN, 13.5 * mm)
        canvas.restoreState()

    def _draw_label(self, canvas: Canvas, centre: float, baseline: float) -> float:
        """The sensitivity label in a frame centred on `centre`; returns the frame's width."""
        label = self.settings.labels.sensitivity_label(self.settings.sensitivity)
        colour = SENSITIVITY_COLOURS[self.settings.sensitivity]
        size = FURNITURE_SIZE + 1
        text_width = canvas.stringWidth(label, self.fonts.bold, size)
        box_width = text_width + 5 * mm
        canvas.setStrokeColor(colour)
        canvas.setFillColor(colour)
        canvas.setLineWidth(1)
        canvas.roundRect(centre - box_width / 2, baseline - 1.6 * mm, box_width, 5 * mm, 1.2 * mm)
        canvas.setFont(self.fonts.bold, size)
        canvas.drawCentredString(centre, baseline, label)
        return float(box_width)

    def _text(
        self, canvas: Canvas, x: float, y: float, text: str, width: float, right: bool = False
    ) -> None:
        canvas.setFont(self.fonts.regular, FURNITURE_SIZE)
        canvas.setFillColor(MUTED)
        shown = fit(text, width, self.fonts.regular, FURNITURE_SIZE)
        if right:
            canvas.drawRightString(x, y, shown)
        else:
            canvas.drawString(x, y, shown)


def _frame(frame_id: str, x: float, y: float, width: float, height: float) -> Frame:
    """A frame without reportlab's default 6-point padding: margins are the page's business."""
    return Frame(
        x,
        y,
        width,
        height,
        id=frame_id,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
