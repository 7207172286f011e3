"""Arabic in PDFs: letters joined, lines in right-to-left order one by one, the Arabic font
embedded, right-aligned on the page; proven by rendering with poppler and by text extraction."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

from reportlab.platypus import Frame, PageTemplate
from reportlab.platypus.doctemplate import BaseDocTemplate

from pimdesk.briefing.fonts import register_fonts
from pimdesk.briefing.right_to_left import (
    embed_left_to_right,
    has_right_to_left,
    shape,
    visual_order,
    visual_text,
)
from pimdesk.briefing.styles import make_styles
from pimdesk.briefing.text import paragraph
from tests.briefing.pdf_tools import fonts_of, tool

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"
SHORT = "رصد الحماية"
LONG = (
    "يجمع رصد الحماية المعلومات عن الانتهاكات والحوادث والمخاطر التي يتعرض لها السكان "
    "بصورة منتظمة ومتكررة، ثم يحللها حتى يمكن رؤية التغيرات والاتجاهات والتصرف بحسبها "
    "في الوقت المناسب، مع احترام السرية والموافقة المستنيرة في كل خطوة من خطوات العمل."
)
MIXED = "الوضع: متفق عليها (Security Awareness) منذ 2015."
BIDI_CONTROLS = re.compile(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
ISOLATED_LETTERS = re.compile(r"[\u0621-\u064a]")  # base letters: what unjoined Arabic prints
JOINED_FORMS = re.compile(r"[\ufe70-\ufefc]")


def logical(extracted: str) -> str:
    """Text read back from the PDF as a reader would type it: joined forms back to letters,
    direction marks dropped, spaces collapsed."""
    text = BIDI_CONTROLS.sub("", unicodedata.normalize("NFKC", extracted))
    return re.sub(r"[ \t]+", " ", text).strip()


def build(target: Path, texts: list[str], width: float = 300, height: float = 400) -> Path:
    """A PDF of `width` × `height` points holding `texts` as right-to-left body paragraphs."""
    styles = make_styles(register_fonts(FONTS), 12, right_to_left=True)
    document = BaseDocTemplate(str(target), pagesize=(width, height), invariant=1)
    frame = Frame(20, 20, width - 40, height - 40, id="body", leftPadding=0, rightPadding=0)
    document.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    document.build([paragraph(text, styles.body) for text in texts])
    return target


def pdftotext(path: Path, *options: str) -> str:
    result = subprocess.run(
        [tool("pdftotext"), *options, str(path), "-"], capture_output=True, text=True, check=True
    )
    return result.stdout


def lines_of(path: Path) -> list[str]:
    return [logical(line) for line in pdftotext(path).splitlines() if logical(line)]


def words_of(text: str) -> list[str]:
    """The words and numbers of `text` in order. (pdftotext's guess at the logical order moves
    punctuation next to right-to-left words around; where punctuation prints is checked on the
    page itself, with the positions of the words.)"""
    return re.findall(r"[\u0621-\u064a\u0671-\u06d3]+|[A-Za-z\u00c0-\u024f]+|\d+", logical(text))


def as_typed(word: str) -> str:
    """A word as printed (Arabic letters left to right, in their joined forms) spelt as typed."""
    return logical(word[::-1]) if has_right_to_left(word) else logical(word)


def visual_words(path: Path, *options: str) -> list[str]:
    """The words as printed, left to right, each spelt as typed."""
    words = re.findall(r"<word [^>]*>([^<]+)</word>", pdftotext(path, "-bbox", *options))
    return [as_typed(word) for word in words]


def right_to_left_reading(path: Path, page: int) -> list[str]:
    """The words of a page as an Arabic reader takes them: line by line from the top, each line
    from the right (what pdftotext's own guess gets wrong around punctuation and boxes)."""
    found = re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]+)</word>',
        pdftotext(path, "-bbox", "-f", str(page), "-l", str(page)),
    )
    lines: dict[int, list[tuple[float, str]]] = {}
    for left, top, word in found:
        lines.setdefault(round(float(top)), []).append((float(left), as_typed(word)))
    return [word for top in sorted(lines) for _, word in sorted(lines[top], reverse=True)]


# ---------------------------------------------------------------------- the pieces
def test_shaping_joins_the_letters() -> None:
    joined = shape(SHORT)
    assert JOINED_FORMS.search(joined) and not ISOLATED_LETTERS.search(joined)
    assert unicodedata.normalize("NFKC", joined) == SHORT
    assert shape("Data") == "Data"


def test_a_line_is_put_in_visual_order_with_its_style_kept() -> None:
    bold, plain = object(), object()
    ordered = visual_order([("أب ", bold), ("جد", plain)], right_to_left=True)
    assert ordered == [("دج", plain), (" بأ", bold)]
    assert visual_text("abc") == "abc"


def test_latin_stretches_keep_their_brackets_and_full_stop() -> None:
    embedded = embed_left_to_right("<b>الوضع</b>: نص (Security Awareness) هنا. Done.")
    assert "\u202a(Security Awareness)\u202c" in embedded
    assert "\u202aDone.\u202c" in embedded
    assert "<b>الوضع</b>" in embedded  # tags untouched
    assert visual_text(MIXED).index("(Security Awareness)") >= 0


# ---------------------------------------------------------------------- read back from the PDF
def test_arabic_reads_back_in_logical_order_with_its_letters_joined(tmp_path: Path) -> None:
    pdf = build(tmp_path / "arabic.pdf", [SHORT, MIXED])
    raw = pdftotext(pdf)
    assert JOINED_FORMS.search(raw), "the letters were printed unjoined"
    assert not ISOLATED_LETTERS.search(raw)
    assert [words_of(line) for line in lines_of(pdf)] == [words_of(SHORT), words_of(MIXED)]


def test_a_long_paragraph_keeps_its_lines_in_order(tmp_path: Path) -> None:
    pdf = build(tmp_path / "long.pdf", [LONG])
    lines = lines_of(pdf)
    assert len(lines) >= 4  # wrapped: reordering the paragraph whole would reverse the lines
    assert words_of(" ".join(lines)) == words_of(LONG)


def test_a_paragraph_split_across_pages_is_reordered_once(tmp_path: Path) -> None:
    pdf = build(tmp_path / "split.pdf", [LONG, LONG], width=260, height=140)
    pages = int(re.search(r"Pages:\s+(\d+)", _info(pdf)).group(1))  # type: ignore[union-attr]
    assert pages >= 2
    assert words_of(" ".join(lines_of(pdf))) == words_of(f"{LONG} {LONG}")


def test_words_and_punctuation_print_from_right_to_left(tmp_path: Path) -> None:
    pdf = build(tmp_path / "order.pdf", ["أبت، جدد هنا: نعم", MIXED])
    assert visual_words(pdf) == [
        *("نعم", "هنا:", "جدد", "أبت،"),  # the comma and colon follow their word
        *(".2015", "منذ", "(Security", "Awareness)", "عليها", "متفق", "الوضع:"),
    ]


def test_the_arabic_font_is_embedded(tmp_path: Path) -> None:
    pdf = build(tmp_path / "font.pdf", [SHORT])
    embedded = {row["name"].split("+")[-1]: row["embedded"] for row in fonts_of(pdf)}
    assert embedded.get("Amiri-Regular") == "yes"


def test_the_rendered_page_shows_arabic_right_aligned(tmp_path: Path) -> None:
    """Rendered by poppler: the short line's ink starts right of the middle and ends at the
    right edge of the text frame."""
    from PIL import Image, ImageOps

    pdf = build(tmp_path / "render.pdf", [SHORT], width=300, height=100)
    subprocess.run(
        [tool("pdftoppm"), "-r", "72", "-png", str(pdf), str(tmp_path / "page")], check=True
    )
    with Image.open(next(tmp_path.glob("page*.png"))) as image:
        ink = ImageOps.invert(image.convert("L")).point(lambda v: 255 if v > 60 else 0)
        left, _top, right, _bottom = ink.getbbox() or (0, 0, 0, 0)
    assert left > 150, "the Arabic line does not start on the right half"
    assert 275 <= right <= 281, f"the line should end at the frame's right edge (280), not {right}"


def _info(path: Path) -> str:
    return subprocess.run(
        [tool("pdfinfo"), str(path)], capture_output=True, text=True, check=True
    ).stdout


def test_the_arabic_font_and_its_licence_are_bundled() -> None:
    for name in ("Amiri-Regular.ttf", "Amiri-Bold.ttf"):
        assert (FONTS / name).stat().st_size > 100_000
    licence = (FONTS / "LICENSE-Amiri.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence


# ---------------------------------------------------------------------- bullets
ENGLISH_LONG = (
    "Protection monitoring collects information on violations and risks that people face, "
    "regularly and over time, and analyses it so that changes and trends can be seen and "
    "acted on in good time, with consent and confidentiality at every step."
)


def bulleted(target: Path, text: str, right_to_left: bool) -> Path:
    """A 300 × 300 point PDF holding `text` as one bulleted paragraph of a document of that
    direction (the text frame runs from x = 20 to x = 280)."""
    styles = make_styles(register_fonts(FONTS), 12, right_to_left=right_to_left)
    document = BaseDocTemplate(str(target), pagesize=(300, 300), invariant=1)
    frame = Frame(20, 20, 260, 260, id="body", leftPadding=0, rightPadding=0)
    document.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    document.build([paragraph(text, styles.bullet, "•")])
    return target


def printed_lines(path: Path) -> list[list[tuple[float, float, str]]]:
    """The words of page 1 as (left, right, text), line by line from the top, left to right."""
    found = re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]+)</word>',
        pdftotext(path, "-bbox"),
    )
    lines: list[tuple[float, list[tuple[float, float, str]]]] = []
    for left, _top, right, bottom, word in sorted(found, key=lambda w: float(w[3])):
        # a word belongs to the line whose bottom is within a few points (a bullet's box is
        # smaller than a letter's)
        if lines and float(bottom) - lines[-1][0] < 5:
            lines[-1][1].append((float(left), float(right), word))
        else:
            lines.append((float(bottom), [(float(left), float(right), word)]))
    return [sorted(words) for _, words in lines]


def test_wrapped_arabic_bullet_lines_align_with_the_text_on_the_right(tmp_path: Path) -> None:
    """A hanging indent mirrored: the bullet at the right edge, every line's text (the first
    and the wrapped ones) ending at the same x, left of the bullet."""
    lines = printed_lines(bulleted(tmp_path / "bullet-ar.pdf", LONG, right_to_left=True))
    assert len(lines) >= 3, "the paragraph should wrap"
    bullet = lines[0][-1]
    assert bullet[2] == "•", "the bullet is the rightmost word of the first line"
    assert 275 <= bullet[1] <= 280, f"the bullet should sit at the right edge, not {bullet[1]}"
    text_edges = [max(right for _, right, word in line if word != "•") for line in lines]
    assert max(text_edges) - min(text_edges) < 1.0, f"lines end at {text_edges}"
    assert text_edges[0] < bullet[0] - 3, "the text should end left of the bullet"
    assert all(word != "•" for line in lines[1:] for *_, word in line)


def test_wrapped_english_bullet_lines_align_with_the_text_on_the_left(tmp_path: Path) -> None:
    lines = printed_lines(bulleted(tmp_path / "bullet-en.pdf", ENGLISH_LONG, right_to_left=False))
    assert len(lines) >= 3, "the paragraph should wrap"
    bullet = lines[0][0]
    assert bullet[2] == "•" and 20 <= bullet[0] <= 25
    text_starts = [min(left for left, _, word in line if word != "•") for line in lines]
    assert max(text_starts) - min(text_starts) < 1.0, f"lines start at {text_starts}"
    assert text_starts[0] > bullet[1] + 3, "the text should start right of the bullet"


def test_an_english_bullet_in_an_arabic_document_hangs_on_the_right(tmp_path: Path) -> None:
    """Untranslated English in an Arabic document keeps the document's side for its bullet."""
    lines = printed_lines(bulleted(tmp_path / "bullet-mixed.pdf", ENGLISH_LONG, True))
    assert len(lines) >= 3 and lines[0][-1][2] == "•"
    text_edges = [max(right for _, right, word in line if word != "•") for line in lines]
    assert max(text_edges) - min(text_edges) < 1.0, f"lines end at {text_edges}"
