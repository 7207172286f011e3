"""The briefing's own-flowables floor: its story rebuilt with plain reportlab.

python bench/floor_pdf_story.py STORY.pickle OUT.pdf

The same paragraphs (markup and styles, running text held to the same measure), tables,
spacers, page breaks and page templates as PIM Desk's briefing (recorded by `story_dump.py`),
set in the same six embedded TrueType fonts, laid out in one pass: what reportlab itself costs
for this document, without PIM Desk.
"""

import pickle
import sys
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import CondPageBreak, PageBreak, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.doctemplate import BaseDocTemplate, NextPageTemplate, PageTemplate
from reportlab.platypus.frames import Frame

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"
FILES = {
    "PimDeskArabic": "Amiri-Regular.ttf", "PimDeskArabic-Bold": "Amiri-Bold.ttf",
    "PimDeskSans": "DejaVuSans.ttf", "PimDeskSans-Bold": "DejaVuSans-Bold.ttf",
    "PimDeskSans-Italic": "DejaVuSans-Oblique.ttf",
    "PimDeskSans-BoldItalic": "DejaVuSans-BoldOblique.ttf",
}  # fmt: skip
# PIM Desk's frames have no padding (the page's margins hold the space); reportlab's default
# of 6 points a side would narrow every line and shorten every page.
NO_PADDING = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}


class MeasuredParagraph(Paragraph):
    """A paragraph no wider than its style's measure (about 70 characters a line), as PIM
    Desk sets running text: reportlab's own wrap and split at the narrower width."""

    def _width(self, width):
        measure = getattr(self.style, "measure", None)
        if measure is None:
            return width
        return min(width, measure + self.style.leftIndent + self.style.rightIndent)

    def wrap(self, width, height):
        return Paragraph.wrap(self, self._width(width), height)

    def split(self, width, height):
        return Paragraph.split(self, self._width(width), height)


def flowable(part):
    kind = part[0]
    if kind == "P":
        return MeasuredParagraph(part[1], part[2], bulletText=part[3])
    if kind == "T":
        rows = [[cell(c) for c in row] for row in part[1]]
        options = dict(part[2])
        style = options.pop("style")
        return Table(rows, style=TableStyle(style) if style else None, **options)
    if kind == "S":
        return Spacer(part[1], part[2])
    if kind == "C":
        return CondPageBreak(part[1])
    if kind == "B":
        return PageBreak()
    return NextPageTemplate(part[1])


def cell(value):
    if isinstance(value, list):
        return [flowable(p) for p in value]
    return flowable(value) if isinstance(value, tuple) else value


recorded = pickle.loads(Path(sys.argv[1]).read_bytes())
for name, file_name in FILES.items():
    pdfmetrics.registerFont(TTFont(name, str(FONTS / file_name)))
for family in ("PimDeskSans", "PimDeskArabic"):
    italic = "PimDeskSans-Italic" if family == "PimDeskSans" else family
    bold_italic = "PimDeskSans-BoldItalic" if family == "PimDeskSans" else f"{family}-Bold"
    addMapping(family, 0, 0, family)
    addMapping(family, 1, 0, f"{family}-Bold")
    addMapping(family, 0, 1, italic)
    addMapping(family, 1, 1, bold_italic)
document = BaseDocTemplate(
    sys.argv[2], pagesize=recorded["pagesize"], initialFontName="PimDeskSans"
)
document.addPageTemplates([
    PageTemplate(id=name, frames=[Frame(*geometry, **NO_PADDING) for geometry in frames])
    for name, frames in recorded["templates"]
])  # fmt: skip
document.build([flowable(part) for part in recorded["story"]])
print("done")
