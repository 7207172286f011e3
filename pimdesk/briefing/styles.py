"""Paragraph styles and colours shared by the documents, scaled from one body size."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth

from pimdesk.briefing.fonts import FontSet
from pimdesk.briefing.right_to_left import shape
from pimdesk.domain.records import record
from pimdesk.domain.sensitivity import Sensitivity

# No text of a document's body is set smaller than this, however long the document: below it a
# photocopied handout cannot be read.
MINIMUM_TEXT_SIZE = 8.5
# Running text is set to a measure this many average characters wide, however wide the page:
# lines break between words, so a full line then holds about 70 characters. Longer lines are
# hard to follow back to their start. Tables and narrow columns keep their own widths.
MEASURE_CHARACTERS = 75
# Ordinary prose, to learn the average width of a character in the document's script (an
# Arabic letter is about three quarters as wide as a Latin one at the same size).
_SAMPLE_PROSE = (
    "Protection monitoring collects and analyses information on the rights of affected people, "
    "with their consent, to inform the response; partners share it as agreed."
)
_SAMPLE_ARABIC = (
    "يجمع رصد الحماية المعلومات عن حقوق السكان المتضررين ويحللها، بموافقتهم، لتوجيه الاستجابة؛ "
    "ويتقاسمها الشركاء كما اتفقوا."
)

INK = colors.HexColor("#1A1A1A")
HEADING = colors.HexColor("#1F3A5F")
MUTED = colors.HexColor("#5A5A5A")
RULE = colors.HexColor("#B8C2CF")
TABLE_HEADER = colors.HexColor("#DDE4EE")
TABLE_BAND = colors.HexColor("#F4F6F9")
NOTE_BACKGROUND = colors.HexColor("#FFF8E1")
NOTE_BORDER = colors.HexColor("#E0B040")
WARNING = colors.HexColor("#8E2A00")

# Dark enough to read in black-and-white print; the label is always spelt out as well.
SENSITIVITY_COLOURS = {
    Sensitivity.PUBLIC: colors.HexColor("#1B5E20"),
    Sensitivity.RESTRICTED: colors.HexColor("#8A5300"),
    Sensitivity.CONFIDENTIAL: colors.HexColor("#B23600"),
    Sensitivity.STRICTLY_CONFIDENTIAL: colors.HexColor("#8E0000"),
}


@record
class Styles:
    """The paragraph styles of one document."""

    fonts: FontSet
    size: float
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading1: ParagraphStyle
    heading2: ParagraphStyle
    heading3: ParagraphStyle
    body: ParagraphStyle
    body_with_next: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    bullet: ParagraphStyle
    checkbox: ParagraphStyle
    table_header: ParagraphStyle
    table_cell: ParagraphStyle
    table_label: ParagraphStyle
    table_bullet: ParagraphStyle
    note: ParagraphStyle
    warning: ParagraphStyle
    toc_levels: tuple[ParagraphStyle, ...]
    letter: ParagraphStyle
    term: ParagraphStyle
    centred: ParagraphStyle


def make_styles(
    fonts: FontSet,
    size: float = 9.5,
    right_to_left: bool = False,
    language: str = "en",
    measure: int | None = MEASURE_CHARACTERS,
) -> Styles:
    """Styles for body text of `size` points; `right_to_left` aligns text to the right;
    `language` chooses the typography (French spacing before « : ; ? ! »); running text is
    at most `measure` characters a line (None: as wide as its frame)."""
    align = TA_RIGHT if right_to_left else TA_LEFT
    sample, sample_font = (shape(_SAMPLE_ARABIC), fonts.arabic) if right_to_left else (
        _SAMPLE_PROSE, fonts.regular)  # fmt: skip
    character = stringWidth(sample, sample_font, 1) / len(sample)

    def measured(paragraph_style: ParagraphStyle) -> ParagraphStyle:
        """`paragraph_style` with lines no longer than the measure at its own size."""
        if measure is not None:
            paragraph_style.measure = measure * character * paragraph_style.fontSize
        return paragraph_style

    def smaller(scale: float) -> float:
        """A size below the body's, never under the minimum."""
        return max(MINIMUM_TEXT_SIZE, size * scale)

    def style(name: str, **settings: object) -> ParagraphStyle:
        base: dict[str, object] = {
            "fontName": fonts.regular,
            "bulletFontName": fonts.regular,  # reportlab's default is Helvetica (not embedded)
            "bulletFontSize": size,  # reportlab's default is 10 points, whatever the text size
            "fontSize": size,
            "leading": size * 1.3,
            "textColor": INK,
            "alignment": align,
            "language": language,
            # no last line alone at the top of a page, nor a first line alone at the bottom
            "allowWidows": 0,
            "allowOrphans": 0,
        }
        base.update(settings)
        made_style = ParagraphStyle(name, **base)
        made_style.document_right_to_left = right_to_left  # which side a short paragraph sits
        return made_style

    def heading(name: str, scale: float, before: float, after: float) -> ParagraphStyle:
        return style(
            name,
            fontName=fonts.bold,
            fontSize=size * scale,
            leading=size * scale * 1.2,
            textColor=HEADING,
            spaceBefore=before,
            spaceAfter=after,
            keepWithNext=1,
        )

    made = Styles(
        fonts=fonts,
        size=size,
        title=heading("Title", 2.3, 0, size * 0.6),
        subtitle=style("Subtitle", fontSize=size * 1.3, leading=size * 1.7, textColor=MUTED),
        heading1=heading("Heading1", 1.6, size * 0.6, size * 0.7),
        heading2=heading("Heading2", 1.25, size * 1.1, size * 0.4),
        heading3=heading("Heading3", 1.0, size * 0.8, size * 0.25),
        body=style("Body", spaceAfter=size * 0.45),
        body_with_next=style("BodyWithNext", spaceAfter=size * 0.45, keepWithNext=1),
        small=style("Small", fontSize=smaller(0.9), leading=smaller(0.9) * 1.25),
        muted=style("Muted", fontSize=smaller(0.85), leading=smaller(0.85) * 1.25, textColor=MUTED),
        # The text must start after the bullet (its width plus reportlab's 0.6 em gap), or
        # reportlab pushes the first line right of the others.
        bullet=style(
            "Bullet", leftIndent=size * 1.55, bulletIndent=size * 0.3, spaceAfter=size * 0.2
        ),
        checkbox=style(
            "Checkbox", leftIndent=size * 1.85, bulletIndent=size * 0.3, spaceAfter=size * 0.25
        ),
        table_header=style("TableHeader", fontName=fonts.bold, fontSize=smaller(0.92)),
        table_cell=style("TableCell", fontSize=smaller(0.92), leading=smaller(0.92) * 1.25),
        table_label=style(
            "TableLabel", fontName=fonts.bold, fontSize=smaller(0.92), leading=smaller(0.92) * 1.25
        ),
        table_bullet=style(
            "TableBullet",
            fontSize=smaller(0.92),
            leading=smaller(0.92) * 1.25,
            leftIndent=size * 1.25,
            bulletIndent=0,
            bulletFontSize=smaller(0.92),
            spaceAfter=size * 0.15,
        ),
        # the team's notes print as typed, in whatever language they are written
        note=style("Note", language=""),  # one paragraph per line of the notes
        warning=style("Warning", fontName=fonts.bold, textColor=WARNING),
        toc_levels=(
            style("Toc0", fontName=fonts.bold, leftIndent=size, firstLineIndent=-size),
            style("Toc1", leftIndent=size * 2.5, firstLineIndent=-size, spaceBefore=0),
        ),
        letter=heading("Letter", 1.8, size * 0.8, size * 0.3),
        term=style("Term", fontName=fonts.bold, spaceBefore=size * 0.5, keepWithNext=1),
        centred=style("Centred", alignment=TA_CENTER),
    )
    running = (made.title, made.subtitle, made.heading1, made.heading2, made.heading3, made.body,
               made.body_with_next, made.small, made.muted, made.bullet, made.checkbox, made.note,
               made.warning, made.term)  # fmt: skip
    for running_style in running:
        measured(running_style)
    return made
