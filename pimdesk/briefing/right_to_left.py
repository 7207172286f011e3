"""Arabic in PDFs: letters joined, runs set in the Arabic font, and each line put in visual order.

reportlab lays text out left to right and does not join Arabic letters. So a paragraph that
holds Arabic is shaped first (`arabic_reshaper` gives each letter its joined form), its Arabic
runs are marked with the Arabic font, reportlab wraps it in logical order, and only when a line
is drawn is it reordered with the Unicode bidirectional algorithm (`python-bidi`), line by line:
reordering a whole paragraph would put its lines in reverse order. Splitting a paragraph across
pages works on the logical lines, so nothing is reordered twice.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from copy import copy
from typing import Any

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph
from reportlab.rl_config import paraFontSizeHeightOffset

from pimdesk.briefing.fonts import ARABIC_FAMILY
from pimdesk.domain.text import french_typography

# Letters of right-to-left scripts (Hebrew, Arabic and its presentation forms).
_RIGHT_TO_LEFT = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_ARABIC = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc"
# A run of Arabic words with the spaces and punctuation between them, never a tag or entity.
# The brackets, quotes and stops at its edges go with it, or they would be set in the Latin font.
_ARABIC_RUN = re.compile(
    rf"[(«/]?[{_ARABIC}](?:[{_ARABIC}\s\u060c\u061b\u061f.,:;!?()«»-]*[{_ARABIC}])?"
    r"[)»/.:\u060c\u061b\u061f]*"
)
_TAG_OR_ENTITY = re.compile(r"(<[^>]*>|&[#a-zA-Z0-9]+;)")
# A stretch of Latin-script text inside a right-to-left paragraph, with the brackets and the
# punctuation that belong to it ('(Security Awareness)', 'is editorial.').
_LATIN = "A-Za-z\u00c0-\u024f"
_LATIN_STRETCH = re.compile(
    rf"[(\[«\"']?[{_LATIN}](?:[^{_ARABIC}\u0590-\u05ff]*[{_LATIN}0-9])?[.?!:;,)\]»\"']*"
)
LEFT_TO_RIGHT_EMBEDDING, POP_DIRECTIONAL_FORMATTING = "\u202a", "\u202c"
_GUILLEMET_SPACE = re.compile(r"« | »")


def has_right_to_left(text: str) -> bool:
    return bool(_RIGHT_TO_LEFT.search(text))


def first_strong_is_right_to_left(text: str, default: bool) -> bool:
    """The direction of the first letter that has one (its paragraph's natural direction)."""
    for character in text:
        kind = unicodedata.bidirectional(character)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return default


def shape(text: str) -> str:
    """`text` with each Arabic letter in its joined form (and lam-alef ligatures)."""
    if not has_right_to_left(text):
        return text
    # Imported here: a document without Arabic never needs it (~5 ms and configparser).
    import arabic_reshaper

    return str(arabic_reshaper.reshape(text))


def with_arabic_font(markup: str, bold: bool = False) -> str:
    """Paragraph markup with every Arabic run set in the Arabic font (tags left untouched);
    `bold` when the style's own font is bold (a face change would drop its weight)."""
    opening, closing = ("<b>", "</b>") if bold else ("", "")
    pieces = _TAG_OR_ENTITY.split(markup)
    for index in range(0, len(pieces), 2):  # even pieces are text, odd ones tags or entities
        pieces[index] = _ARABIC_RUN.sub(
            lambda run: f'<font face="{ARABIC_FAMILY}">{opening}{run.group(0)}{closing}</font>',
            pieces[index],
        )
    return "".join(pieces)


def typeset(markup: str, language: str) -> str:
    """Markup with its plain text set by the typography of `language` (tags untouched). In
    any language a guillemet stays with the word it opens or closes: a text typed with a space
    there (the team's notes) must not leave « alone at the end of a line."""
    if language != "fr":
        return _GUILLEMET_SPACE.sub(lambda found: found.group(0).replace(" ", "\u00a0"), markup)
    pieces = _TAG_OR_ENTITY.split(markup)
    follows_word = False  # whether the text before this piece ended in a printed character
    for index in range(0, len(pieces), 2):
        text = pieces[index]
        if follows_word and text:
            # '<b>Priorité</b>: …': the colon belongs to the word before the tag; a stand-in
            # letter gives the rules that context, and goes again.
            text = french_typography("x" + text)[1:]
        else:
            text = french_typography(text)
        pieces[index] = text
        if text:
            follows_word = not text[-1].isspace()
        if index + 1 < len(pieces) and pieces[index + 1].startswith("&"):
            follows_word = True  # an entity prints a character
        elif index + 1 < len(pieces) and pieces[index + 1].startswith("<br"):
            follows_word = False
    return "".join(pieces)


def embed_left_to_right(markup: str) -> str:
    """Markup of a right-to-left paragraph with each Latin stretch embedded left to right, so
    its brackets and final full stop stay with it rather than move to the paragraph's end (the
    bidirectional algorithm of `python-bidi` predates bracket pairs and isolates)."""
    pieces = _TAG_OR_ENTITY.split(markup)
    for index in range(0, len(pieces), 2):
        pieces[index] = _LATIN_STRETCH.sub(
            lambda stretch: (
                f"{LEFT_TO_RIGHT_EMBEDDING}{stretch.group(0)}{POP_DIRECTIONAL_FORMATTING}"
            ),
            pieces[index],
        )
    return "".join(pieces)


def open_embeddings(text: str) -> int:
    """How many left-to-right embeddings `text` leaves open at its end."""
    count = 0
    for character in text:
        if character == LEFT_TO_RIGHT_EMBEDDING:
            count += 1
        elif character == POP_DIRECTIONAL_FORMATTING and count:
            count -= 1
    return count


def visual_order(pieces: Sequence[tuple[str, Any]], right_to_left: bool) -> list[tuple[str, Any]]:
    """One line as (text, style) pieces in logical order → the same in visual order (left to
    right on the page), each piece's characters keeping their style; brackets mirrored."""
    from bidi import algorithm  # only lines with Arabic come here

    storage = algorithm.get_empty_storage()
    storage["base_level"] = 1 if right_to_left else 0
    storage["base_dir"] = "R" if right_to_left else "L"
    text = "".join(piece for piece, _ in pieces)
    algorithm.get_embedding_levels(text, storage, False, False)
    owners = [style for piece, style in pieces for _ in piece]
    for character, owner in zip(storage["chars"], owners, strict=True):
        character["owner"] = owner
    for step in (
        algorithm.explicit_embed_and_overrides,
        algorithm.resolve_weak_types,
        algorithm.resolve_neutral_types,
        algorithm.resolve_implicit_levels,
        algorithm.reorder_resolved_levels,
        algorithm.apply_mirroring,
    ):
        step(storage, False)
    return _runs((character["ch"], character["owner"]) for character in storage["chars"])


def _runs(characters: Iterable[tuple[str, Any]]) -> list[tuple[str, Any]]:
    runs: list[tuple[str, Any]] = []
    for character, owner in characters:
        if runs and runs[-1][1] is owner:
            runs[-1] = (runs[-1][0] + character, owner)
        else:
            runs.append((character, owner))
    return runs


def visual_text(text: str, right_to_left: bool | None = None) -> str:
    """A single line (a page header, a contents entry) shaped and in visual order."""
    if not has_right_to_left(text):
        return text
    base = first_strong_is_right_to_left(text, True) if right_to_left is None else right_to_left
    return "".join(piece for piece, _ in visual_order([(shape(text), None)], base))


# What reportlab's Paragraph.wrap sets on the paragraph (breakLines included).
_WRAP_STATE = (
    "width", "height", "blPara", "_wrapWidths", "_width_max", "_splitLongWordCount",
    "_hyphenations",
)  # fmt: skip


class ShapedParagraph(Paragraph):  # type: ignore[misc]  # reportlab is untyped
    """A paragraph that prints Arabic correctly, in any document.

    Its base direction is that of its first letter (an English text in an Arabic document reads
    left to right, an Arabic note in an English one right to left), and its alignment follows:
    right for a right-to-left paragraph. A bullet goes before the text, on the reading side.
    Paragraphs without right-to-left letters are plain reportlab paragraphs.
    """

    def __init__(
        self, text: str | None, style: Any, bulletText: str | None = None, **options: Any
    ) -> None:
        right_bullet = None
        if text is not None:
            text = typeset(text, getattr(style, "language", "en"))
        if text is not None and (style.alignment == TA_RIGHT or has_right_to_left(text)):
            # A right-to-left document aligns every paragraph to the right, whatever letter it
            # starts with; the first letter sets only the direction of the words in the line.
            document_right_to_left = style.alignment == TA_RIGHT
            right_to_left = first_strong_is_right_to_left(
                _TAG_OR_ENTITY.sub("", text), document_right_to_left
            )
            style = _aligned(style, right_to_left or document_right_to_left)
            if right_to_left != document_right_to_left:
                style = copy(style)
                style.base_right_to_left = right_to_left  # its lines' direction, not its side
            if (right_to_left or document_right_to_left) and bulletText:
                # reportlab puts bullets on the left only: this paragraph draws its own
                right_bullet, bulletText = bulletText, None
                style = _bullet_on_right(style)
            if right_to_left:
                text = embed_left_to_right(text)
            bold = str(style.fontName).endswith(("-Bold", "-BoldItalic"))
            text = with_arabic_font(shape(text), bold)
        super().__init__(text, style, bulletText=bulletText, **options)
        self.right_bullet: str | None = right_bullet
        # Also true of the pieces reportlab makes when it splits a paragraph across pages: it
        # builds them with this class and the paragraph's (possibly adjusted) style.
        self.right_to_left = getattr(style, "base_right_to_left", style.alignment == TA_RIGHT)
        # A paragraph narrower than its frame (the measure) sits on the document's reading side.
        self.hAlign = "RIGHT" if getattr(style, "document_right_to_left", False) else "LEFT"

    def _measured(self, available_width: float) -> float:
        """`available_width`, or less: the style's measure with the paragraph's indents."""
        measure = getattr(self.style, "measure", None)
        if measure is None:
            return available_width
        limit = float(measure) + float(self.style.leftIndent) + float(self.style.rightIndent)
        return min(available_width, limit)

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        parts: list[Any] = super().split(self._measured(availWidth), availHeight)
        if parts and parts[0] is not self:  # the bullet goes with the first line
            parts[0].right_bullet = self.right_bullet
        return parts

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """reportlab's wrap, remembered per width.

        Table sizing, page splitting and drawing ask most paragraphs their size two to six
        times at one width, and reportlab breaks the lines again each time (~115 ms of a
        26-page briefing). Its result depends on the width alone; a paragraph whose lines
        `split()` has dropped is wrapped afresh.
        """
        availWidth = self._measured(availWidth)
        state = self.__dict__
        remembered: dict[float, dict[str, Any]] = state.setdefault("_wraps", {})
        if "blPara" not in state:
            remembered.clear()
        found = remembered.get(availWidth)
        if found is not None:
            state.update(found)
            self._wrapWidths = list(found["_wrapWidths"])  # reportlab edits it for bullets
            return self.width, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        if "blPara" in state and state.get("width") == availWidth:
            remembered[availWidth] = {key: state[key] for key in _WRAP_STATE if key in state}
            remembered[availWidth]["_wrapWidths"] = list(self._wrapWidths)
        return size

    def draw(self) -> None:
        logical: Any = getattr(self, "blPara")  # noqa: B009  # set by reportlab's wrap()
        if self.right_bullet is not None:
            self._draw_right_bullet(logical)
        if not has_right_to_left(_lines_text(logical)):
            super().draw()
            return
        self.blPara = _visual_lines(logical, self.right_to_left)
        try:
            super().draw()
        finally:
            self.blPara = logical

    def _draw_right_bullet(self, paragraph_lines: Any) -> None:
        """The bullet right of the first line, as reportlab draws one left of it in a
        left-to-right paragraph: the text of every line ends at the same indent (a hanging
        indent on the right)."""
        if not paragraph_lines.lines:
            return
        style = self.style
        first = paragraph_lines if paragraph_lines.kind == 0 else paragraph_lines.lines[0]
        # where reportlab puts the first baseline
        drop = (
            first.fontSize if paraFontSizeHeightOffset else getattr(first, "ascent", first.fontSize)
        )
        baseline = self.height - drop
        size = style.bulletFontSize
        width = stringWidth(self.right_bullet, style.bulletFontName, size)
        canvas = self.canv
        canvas.saveState()
        canvas.setFont(style.bulletFontName, size)
        canvas.setFillColor(getattr(style, "bulletColor", None) or style.textColor)
        canvas.drawString(self.width - style.bullet_edge - width, baseline, self.right_bullet)
        canvas.restoreState()


def _lines_text(paragraph_lines: Any) -> str:
    """All the text of reportlab's broken lines."""
    if paragraph_lines.kind == 0:
        return " ".join(word for _, words in paragraph_lines.lines for word in words)
    return "".join(
        getattr(frag, "text", "") for line in paragraph_lines.lines for frag in line.words
    )


def _aligned(style: Any, right_to_left: bool) -> Any:
    wanted = TA_RIGHT if right_to_left else TA_LEFT
    if style.alignment == wanted or style.alignment not in (TA_LEFT, TA_RIGHT):
        return style
    changed = copy(style)
    changed.alignment = wanted
    return changed


def _bullet_on_right(style: Any) -> Any:
    """The style of a right-to-left bulleted paragraph: the indent that holds the bullet moves
    to the right, and the bullet sits `bullet_edge` points from the right edge."""
    changed = copy(style)
    changed.rightIndent = style.rightIndent + style.leftIndent
    changed.leftIndent, changed.firstLineIndent = 0, 0
    changed.bullet_edge = style.rightIndent + style.bulletIndent
    return changed


def _visual_lines(paragraph_lines: Any, right_to_left: bool) -> Any:
    """A copy of reportlab's broken lines with each line's words in visual order. An embedding
    that a line leaves open goes on into the next line, as it does in the logical text."""
    visual = copy(paragraph_lines)
    carried = 0
    lines = []
    for line in paragraph_lines.lines:
        if paragraph_lines.kind == 0:
            extra, words = line
            text = " ".join(words)
            lines.append((extra, _visual_words(text, carried, right_to_left)))
        else:
            text = "".join(getattr(frag, "text", "") for frag in line.words)
            lines.append(_visual_frag_line(line, carried, right_to_left))
        carried = open_embeddings(LEFT_TO_RIGHT_EMBEDDING * carried + text)
    visual.lines = lines
    return visual


def _visual_words(text: str, carried: int, right_to_left: bool) -> list[str]:
    opened = LEFT_TO_RIGHT_EMBEDDING * carried
    ordered = visual_order([(opened + text, None)], right_to_left)
    return "".join(piece for piece, _ in ordered).split(" ")


def _visual_frag_line(line: Any, carried: int, right_to_left: bool) -> Any:
    frags = line.words
    if not frags or any(hasattr(frag, "cbDefn") for frag in frags):
        return line  # links and images keep reportlab's order
    pieces = [(frag.text, frag) for frag in frags]
    pieces[0] = (LEFT_TO_RIGHT_EMBEDDING * carried + pieces[0][0], pieces[0][1])
    ordered = visual_order(pieces, right_to_left)
    return line.clone(words=[frag.clone(text=text) for text, frag in ordered])


# ---------------------------------------------------------------------- lines drawn on the canvas
def _is_arabic(character: str) -> bool:
    return bool(_RIGHT_TO_LEFT.match(character))


def font_runs(text: str, right_to_left: bool | None = None) -> list[tuple[str, bool]]:
    """A one-line text shaped and in visual order, cut into runs: (text, set in Arabic font)."""
    visual = visual_text(text, right_to_left)
    runs: list[tuple[str, bool]] = []
    for character in visual:
        arabic = _is_arabic(character) or (character == " " and bool(runs) and runs[-1][1])
        if runs and runs[-1][1] == arabic:
            runs[-1] = (runs[-1][0] + character, arabic)
        else:
            runs.append((character, arabic))
    return runs


def text_width(text: str, font: str, arabic_font: str, size: float) -> float:
    """The printed width of a one-line text, Arabic runs measured in the Arabic font."""
    if not has_right_to_left(text):
        return float(stringWidth(text, font, size))
    return sum(
        float(stringWidth(run, arabic_font if arabic else font, size))
        for run, arabic in font_runs(text)
    )


def draw_text(
    canvas: Any,
    x: float,
    y: float,
    text: str,
    fonts: tuple[str, str],
    size: float,
    align: str = "left",
    right_to_left: bool | None = None,
) -> None:
    """Draw a one-line text at (x, y), aligned 'left', 'right' or 'centre' on x; `fonts` are
    the Latin and the Arabic font. Text without Arabic is drawn as reportlab always does."""
    font, arabic_font = fonts
    if not has_right_to_left(text):
        canvas.setFont(font, size)
        draw = {"left": canvas.drawString, "right": canvas.drawRightString}
        draw.get(align, canvas.drawCentredString)(x, y, text)
        return
    runs = font_runs(text, right_to_left)
    width = text_width(text, font, arabic_font, size)
    start = {"left": x, "right": x - width}.get(align, x - width / 2)
    for run, arabic in runs:
        run_font = arabic_font if arabic else font
        canvas.setFont(run_font, size)
        canvas.drawString(start, y, run)
        start += float(stringWidth(run, run_font, size))
