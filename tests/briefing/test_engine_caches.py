"""The PDF engine's shortcuts change nothing but the time: paragraphs remember their wrap per
width, fonts are parsed on first use, and markup is escaped without `xml.sax`."""

from __future__ import annotations

import subprocess
import sys
from xml.sax.saxutils import escape as sax_escape

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from pimdesk.briefing.fonts import FAMILY, register_fonts
from pimdesk.briefing.right_to_left import ShapedParagraph
from pimdesk.briefing.text import escape
from tests.conftest import ROOT

FONTS = ROOT / "resources" / "fonts"
TEXT = "Protection information management <b>needs</b> a shared " * 12


@pytest.fixture
def style() -> ParagraphStyle:
    register_fonts(FONTS)
    return ParagraphStyle("body", fontName=FAMILY, fontSize=9, leading=11)


@pytest.fixture
def line_breaks(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The widths at which reportlab broke a paragraph's lines, in order."""
    widths: list[float] = []
    original = Paragraph.breakLines

    def counted(self: Paragraph, width: object) -> object:
        widths.append(self.width)
        return original(self, width)

    monkeypatch.setattr(Paragraph, "breakLines", counted)
    return widths


def test_a_paragraph_breaks_its_lines_once_per_width(
    style: ParagraphStyle, line_breaks: list[float]
) -> None:
    paragraph = ShapedParagraph(TEXT, style)
    first = paragraph.wrap(200, 1000)
    lines = paragraph.blPara.lines
    assert paragraph.wrap(200, 50) == first
    assert paragraph.wrap(300, 1000) != first
    assert paragraph.wrap(200, 1000) == first
    assert paragraph.blPara.lines is lines
    assert line_breaks == [200, 300]


def test_remembered_sizes_equal_fresh_ones(style: ParagraphStyle) -> None:
    paragraph = ShapedParagraph(TEXT, style, bulletText="•")
    for width in (120, 200, 120, 340, 200):
        fresh = Paragraph(TEXT, style, bulletText="•")
        assert paragraph.wrap(width, 1000) == fresh.wrap(width, 1000)
        assert paragraph._wrapWidths == fresh._wrapWidths
        assert repr(paragraph.blPara.lines) == repr(fresh.blPara.lines)  # no __eq__ of their own


def test_a_paragraph_whose_lines_were_dropped_is_wrapped_again(
    style: ParagraphStyle, line_breaks: list[float]
) -> None:
    paragraph = ShapedParagraph(TEXT, style)
    paragraph.wrap(200, 1000)
    assert paragraph.split(200, 5) == []  # no room: reportlab drops the broken lines
    paragraph.wrap(200, 1000)
    assert line_breaks == [200, 200]
    assert len(paragraph.split(200, 30)) == 2


def test_escape_agrees_with_xml_sax() -> None:
    for text in ["a < b & c > d", "&amp; stays text", "<<>>&&", "quotes \" and ' kept", ""]:
        assert escape(text) == sax_escape(text)


def _run(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return result.stdout.strip()


def test_the_documents_do_not_import_the_network_modules() -> None:
    code = (
        "import sys; import pimdesk.briefing.briefing_document, pimdesk.briefing.text;"
        "print(sorted(set(sys.modules) & {'xml.sax', 'urllib.request', 'ssl', 'email'}))"
    )
    assert _run(code) == "[]"


def test_fonts_are_parsed_when_a_document_first_uses_them() -> None:
    code = (
        "from pathlib import Path\n"
        "from reportlab.pdfbase import pdfmetrics\n"
        "from pimdesk.briefing.fonts import register_fonts\n"
        "fonts = register_fonts(Path('resources/fonts'))\n"
        "bundled = {'PimDeskSans', 'PimDeskSans-Bold', 'PimDeskArabic'}\n"
        "print(sorted(bundled & set(pdfmetrics.getRegisteredFontNames())))\n"
        "print(pdfmetrics.stringWidth('Protection', fonts.bold, 10) > 0)\n"
        "print(sorted(bundled & set(pdfmetrics.getRegisteredFontNames())))\n"
    )
    assert _run(code).splitlines() == ["[]", "True", "['PimDeskSans-Bold']"]
