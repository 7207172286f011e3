"""Plain text becomes paragraph markup safely, and header texts are cut to fit."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from pimdesk.briefing.fonts import FONT_FILES, register_fonts
from pimdesk.briefing.text import ELLIPSIS, escape, fit, join_names
from pimdesk.domain.errors import ExportError
from tests.conftest import ROOT

FONTS = ROOT / "resources" / "fonts"


def test_markup_characters_are_escaped_and_line_breaks_kept() -> None:
    assert escape("a < b & c > d") == "a &lt; b &amp; c &gt; d"
    assert escape("one\ntwo\r\nthree") == "one<br/>two<br/>three"
    assert escape("<b>bold</b>") == "&lt;b&gt;bold&lt;/b&gt;"


def test_control_characters_are_dropped_and_text_is_composed() -> None:
    assert escape("a\x00b\x07c\x1bd\ttab") == "abcd tab"
    assert escape("e\u0301te\u0301") == "été"  # decomposed accents print as one glyph


@pytest.mark.parametrize("text", ["short", "Ituri — réponse de protection " * 20, "x" * 500])
def test_fit_keeps_a_text_within_its_width(text: str) -> None:
    fonts = register_fonts(FONTS)
    fitted = fit(text, 150, fonts.regular, 7.5)
    assert stringWidth(fitted, fonts.regular, 7.5) <= 150
    assert fitted == text or (fitted.endswith(ELLIPSIS) and text.startswith(fitted[:-1]))


def test_names_are_joined_as_a_sentence() -> None:
    assert join_names([]) == ""
    assert join_names(["A"]) == "A"
    assert join_names(["A", "B", "C"]) == "A, B and C"


def test_a_missing_font_is_named(tmp_path: Path) -> None:
    for name in list(FONT_FILES.values())[:-1]:
        (tmp_path / name).write_bytes((FONTS / name).read_bytes())
    with pytest.raises(ExportError) as raised:
        register_fonts(tmp_path)
    assert "DejaVuSans-BoldOblique.ttf is missing" in raised.value.message


def test_a_damaged_font_is_reported(tmp_path: Path) -> None:
    for name in FONT_FILES.values():
        (tmp_path / name).write_bytes(b"not a font")
    with pytest.raises(ExportError) as raised:
        register_fonts(tmp_path)
    assert "cannot be read" in raised.value.message
    register_fonts(FONTS)  # the real fonts again, for the tests that follow


def test_the_fonts_and_their_licence_are_bundled() -> None:
    for name in FONT_FILES.values():
        assert (FONTS / name).stat().st_size > 100_000
    licence = (FONTS / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "Bitstream Vera" in licence


def test_a_bold_style_stays_bold_after_its_family_s_font_is_first_parsed() -> None:
    """reportlab maps a parsed font's own name, which is the family's, to the regular face:
    a paragraph made after the first measurement must still be bold."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.platypus import Paragraph

    for name in FONT_FILES:  # as in a fresh process: each font parsed on its first use
        pdfmetrics._fonts.pop(name, None)
    fonts = register_fonts(FONTS)
    stringWidth("parse the regular face", fonts.regular, 10)
    stringWidth("and the bold one", fonts.bold, 10)
    made = Paragraph("Heading <i>slanted</i>", ParagraphStyle("Bold", fontName=fonts.bold))
    assert [frag.fontName for frag in made.frags] == [fonts.bold, fonts.bold_italic]
