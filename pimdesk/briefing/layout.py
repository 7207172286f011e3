"""The document template: paper, margins, header and footer on every page, bookmarks, metadata.

Every page carries the sensitivity label at the top and the bottom with its handling instruction,
"page X of Y", the content version and the export date (RELIABILITY.md promise 8). The four
levels differ in more than the word, so that they stay apart in black-and-white print: a thin
frame (public), a heavy frame (restricted), a filled banner (confidential), a filled banner in
a double frame (strictly confidential). The PDF's metadata says what the
document is and how sensitive, and nothing about who made it or on which machine (R21).
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.colors import white
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from pimdesk.briefing.flowables import (
    Area,
    ContentsList,
    Heading,
    headings_for_contents,
    page_label_form,
    toc_number_form,
)
from pimdesk.briefing.fonts import FontSet
from pimdesk.briefing.right_to_left import draw_text, text_width
from pimdesk.briefing.styles import MUTED, RULE, SENSITIVITY_COLOURS
from pimdesk.briefing.tagging import StructureRecorder, TaggedFrame, begin_artifact, end_marked
from pimdesk.briefing.text import fit
from pimdesk.domain.briefing_input import BuiltDocument, DocumentSettings, Paper
from pimdesk.domain.export_progress import Reporter
from pimdesk.domain.records import record
from pimdesk.domain.sensitivity import Sensitivity
from pimdesk.domain.text import french_typography

PAPER_SIZES = {Paper.A4: A4, Paper.LETTER: LETTER}
SIDE_MARGIN = 18 * mm
TOP_MARGIN = 24 * mm
BOTTOM_MARGIN = 21 * mm
FURNITURE_SIZE = 8.5
BANNER_SIZE = 11.0  # the sensitivity marking: bold capitals, as classified documents have it
BANNER_HEIGHT = 6.5 * mm
HEADING_ROOM = 6.0  # points shown above a heading a bookmark opens at
CREATOR = "PIM Desk"


# The banner's frame: thin for public, heavy for restricted (the filled ones need less).
BANNER_LINES = {
    Sensitivity.PUBLIC: 0.75,
    Sensitivity.RESTRICTED: 2.5,
    Sensitivity.CONFIDENTIAL: 1.0,
    Sensitivity.STRICTLY_CONFIDENTIAL: 1.0,
}


class PageLimitExceeded(Exception):
    """The story needs more pages than the caller allowed: stop laying it out."""


@record
class DocumentIdentity:
    """What a document is called: in its header, and in the PDF's metadata."""

    kind: str  # e.g. "Context briefing"
    title: str  # e.g. the selection's name
    subject: str

    @property
    def full_title(self) -> str:
        """'Context briefing: Kasai floods'; a document named by its kind alone says it once."""
        return self.kind if self.title == self.kind else f"{self.kind}: {self.title}"


class PimDocTemplate(BaseDocTemplate):  # type: ignore[misc]  # reportlab is untyped
    """A document with PIM Desk's page furniture and bookmarks, laid out in one pass.

    "Page X of Y" and the table of contents' page numbers are PDF forms drawn where they belong
    during layout and defined once the pages are counted, just before the file is saved:
    reportlab's usual multi-pass build would lay the whole document out twice to learn them.
    """

    def __init__(
        self,
        buffer: io.BytesIO,
        settings: DocumentSettings,
        identity: DocumentIdentity,
        fonts: FontSet,
        reporter: Reporter,
        page_limit: int | None = None,
        page_size: tuple[float, float] | None = None,
    ) -> None:
        labels = settings.labels
        level = labels.sensitivity_label(settings.sensitivity)
        super().__init__(
            buffer,
            pagesize=page_size or PAPER_SIZES[settings.paper],
            leftMargin=SIDE_MARGIN,
            rightMargin=SIDE_MARGIN,
            topMargin=TOP_MARGIN,
            bottomMargin=BOTTOM_MARGIN,
            title=typeset_plain(identity.full_title, labels.language),
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
        self._page_count = 0
        self._heading_pages: dict[str, int] = {}
        self._heading_levels: dict[str, int] = {}
        self._contents_styles: Sequence[object] = ()
        self._page_limit = page_limit
        self._reporter = reporter
        self._flowables = 1
        self.structure = StructureRecorder()
        self.setProgressCallBack(self._progress)

    # ------------------------------------------------------------------ frames
    @property
    def area(self) -> Area:
        """The size of a full-width frame."""
        return Area(float(self.width), float(self.height), self.settings.labels.right_to_left)

    def full_frame(self, frame_id: str) -> Frame:
        return self._frame(frame_id, self.leftMargin, self.bottomMargin, self.width, self.height)

    def top_band(self, frame_id: str, height: float) -> Frame:
        """A full-width frame `height` points tall at the top of the page."""
        bottom = self.bottomMargin + self.height - height
        return self._frame(frame_id, self.leftMargin, bottom, self.width, height)

    def columns(self, count: int, gap: float, top_space: float = 0) -> list[Frame]:
        """`count` side-by-side frames, leaving `top_space` free above them."""
        width = (self.width - gap * (count - 1)) / count
        frames = [
            self._frame(
                f"column{index + 1}",
                self.leftMargin + index * (width + gap),
                self.bottomMargin,
                width,
                self.height - top_space,
            )
            for index in range(count)
        ]
        # Text flows through the frames in order: from the right column in a right-to-left one.
        return frames[::-1] if self.settings.labels.right_to_left else frames

    def _frame(self, frame_id: str, x: float, y: float, width: float, height: float) -> Frame:
        """A frame without reportlab's default 6-point padding (margins are the page's
        business) whose flowables are tagged."""
        return TaggedFrame(
            x,
            y,
            width,
            height,
            id=frame_id,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            recorder=self.structure,
        )

    def page_template(self, template_id: str, frames: Sequence[Frame]) -> PageTemplate:
        return PageTemplate(id=template_id, frames=list(frames), onPage=self._draw_furniture)

    # ------------------------------------------------------------------ building
    def build_pdf(self, story: list[Flowable]) -> BuiltDocument:
        """Lay out `story` in one pass, then fill in the page numbers and save."""
        entries = headings_for_contents(story)
        for flowable in story:
            if isinstance(flowable, ContentsList):
                flowable.entries = entries
                self._contents_styles = flowable.styles
                self._heading_levels = {key: level for level, _, key in entries}
        self._doSave = 0  # reportlab saves at the end of build(): the forms must come first
        self.build(story)
        self.canv.showOutline()  # the bookmarks are open beside the pages when the file opens
        self._define_late_forms()
        self.structure.write(self.canv, self.settings.labels.language)
        self.canv.save()
        self._reporter.report(1.0)
        buffer: io.BytesIO = self.filename
        return BuiltDocument(buffer.getvalue(), self._page_count)

    @property
    def pages(self) -> int:
        """The number of pages of the last build."""
        return self._page_count

    def afterPage(self) -> None:
        self._page_count = self.page
        if self._page_limit is not None and self.page > self._page_limit:
            raise PageLimitExceeded(self._page_limit)

    def afterFlowable(self, flowable: Flowable) -> None:
        if not isinstance(flowable, Heading):
            return
        canvas: Canvas = self.canv
        # The bookmark and the contents' link open at the heading, not at the whole page.
        top = float(self.frame._y) + float(getattr(flowable, "height", 0)) + HEADING_ROOM
        canvas.bookmarkPage(flowable.outline_key, fit="XYZ", left=0, top=top, zoom=0)
        canvas.addOutlineEntry(
            flowable.outline_title, flowable.outline_key, flowable.outline_level, closed=False
        )
        self._heading_pages[flowable.outline_key] = self.page

    def _define_late_forms(self) -> None:
        """The forms drawn during layout whose text needed the page count: the footers' "page X
        of Y" and the contents' page numbers."""
        canvas: Canvas = self.canv
        labels = self.settings.labels
        # In a right-to-left document the page number sits at the left edge: start there.
        align, box = ("right", (-400, -20, 10, 40))
        if labels.right_to_left:
            align, box = "left", (-10, -20, 400, 40)
        for page in range(1, self._page_count + 1):
            canvas.beginForm(page_label_form(page), *box)
            canvas.setFillColor(MUTED)
            text = labels.page_of.format(page=page, pages=self._page_count)
            draw_text(canvas, 0, 0, text, self._regular, FURNITURE_SIZE, align)
            canvas.endForm()
        number_width = ContentsList.NUMBER_WIDTH
        for key, level in self._heading_levels.items():
            style = self._contents_styles[min(level, len(self._contents_styles) - 1)]
            canvas.beginForm(toc_number_form(key), -10, -20, number_width + 10, 40)
            canvas.setFont(style.fontName, style.fontSize)  # type: ignore[attr-defined]
            canvas.setFillColor(style.textColor)  # type: ignore[attr-defined]
            canvas.drawRightString(number_width, 0, str(self._heading_pages.get(key, "")))
            canvas.endForm()

    def _progress(self, kind: str, value: int) -> None:
        """reportlab's progress events → the reporter's share of the work."""
        if kind == "SIZE_EST":
            self._flowables = max(1, value)
        elif kind == "PROGRESS":
            self._reporter.report(0.95 * value / self._flowables)
        self._reporter.check()

    # ------------------------------------------------------------------ page furniture
    @property
    def _regular(self) -> tuple[str, str]:
        return self.fonts.regular, self.fonts.arabic

    @property
    def _bold(self) -> tuple[str, str]:
        return self.fonts.bold, self.fonts.arabic_bold

    def _draw_furniture(self, canvas: Canvas, document: BaseDocTemplate) -> None:
        begin_artifact(canvas)  # a screen reader skips the running header and footer
        canvas.saveState()
        width, height = self.pagesize
        labels = self.settings.labels
        label_width = self._draw_label(canvas, width / 2, height - 10.5 * mm)
        self._draw_label(canvas, width / 2, 7.5 * mm)
        self._draw_handling(canvas, width / 2, height - 16 * mm, width - 2 * SIDE_MARGIN)
        side = (width - 2 * SIDE_MARGIN - label_width) / 2 - 4 * mm
        info = self.settings.content
        # The reading side (left, or right in a right-to-left document) says what the document
        # is and from which content; the other side names it and numbers the page.
        start, end = SIDE_MARGIN, width - SIDE_MARGIN
        if labels.right_to_left:
            start, end = end, start
        kind = f"{labels.app_name} · {self.identity.kind}"
        self._text(canvas, start, height - 11 * mm, kind, side, right=labels.right_to_left)
        if self.identity.title != self.identity.kind:  # a title the other side does not say
            title = self.identity.title
            self._text(canvas, end, height - 11 * mm, title, side, right=not labels.right_to_left)
        version = labels.content_version.format(version=info.version, date=info.date.isoformat())
        exported = labels.exported.format(date=self.settings.export_date.isoformat())
        self._text(canvas, start, 9.6 * mm, version, side, right=labels.right_to_left)
        self._text(canvas, start, 6.4 * mm, exported, side, right=labels.right_to_left)
        canvas.saveState()
        canvas.translate(end, 8 * mm)
        canvas.doForm(page_label_form(document.page))  # "page X of Y", defined when Y is known
        canvas.restoreState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(SIDE_MARGIN, height - 18 * mm, width - SIDE_MARGIN, height - 18 * mm)
        canvas.line(SIDE_MARGIN, 13.5 * mm, width - SIDE_MARGIN, 13.5 * mm)
        canvas.restoreState()
        end_marked(canvas)

    def _draw_label(self, canvas: Canvas, centre: float, baseline: float) -> float:
        """The sensitivity banner centred on `centre`, drawn as its level's pattern; returns
        its width."""
        level = self.settings.sensitivity
        label = self.settings.labels.sensitivity_label(level)
        colour = SENSITIVITY_COLOURS[level]
        box_width = text_width(label, *self._bold, BANNER_SIZE) + 8 * mm
        left, bottom = centre - box_width / 2, baseline - 2 * mm
        filled = level in (Sensitivity.CONFIDENTIAL, Sensitivity.STRICTLY_CONFIDENTIAL)
        canvas.setStrokeColor(colour)
        canvas.setFillColor(colour)
        canvas.setLineWidth(BANNER_LINES[level])
        canvas.rect(left, bottom, box_width, BANNER_HEIGHT, stroke=1, fill=1 if filled else 0)
        if level is Sensitivity.STRICTLY_CONFIDENTIAL:  # a second frame around the filled one
            gap = 1.2 * mm
            canvas.setLineWidth(1)
            canvas.rect(left - gap, bottom - gap, box_width + 2 * gap, BANNER_HEIGHT + 2 * gap)
        canvas.setFillColor(white if filled else colour)
        draw_text(canvas, centre, baseline, label, self._bold, BANNER_SIZE, "centre")
        return float(box_width)

    def _draw_handling(self, canvas: Canvas, centre: float, baseline: float, width: float) -> None:
        """What to do with a document of this level, under the top banner."""
        text = self.settings.labels.handling(self.settings.sensitivity)
        canvas.setFillColor(SENSITIVITY_COLOURS[self.settings.sensitivity])
        shown = fit(text, width, self.fonts.bold, FURNITURE_SIZE, self.fonts.arabic_bold)
        draw_text(canvas, centre, baseline, shown, self._bold, FURNITURE_SIZE, "centre")

    def _text(
        self, canvas: Canvas, x: float, y: float, text: str, width: float, right: bool = False
    ) -> None:
        canvas.setFillColor(MUTED)
        shown = fit(text, width, self.fonts.regular, FURNITURE_SIZE, self.fonts.arabic)
        draw_text(canvas, x, y, shown, self._regular, FURNITURE_SIZE, "right" if right else "left")


def typeset_plain(text: str, language: str) -> str:
    """A plain text (metadata) set by the typography of `language`."""
    return french_typography(text) if language == "fr" else text
