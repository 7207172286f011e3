"""The bundled TrueType fonts, registered with reportlab so every document embeds them.

Only embedded fonts print the same everywhere: no standard PDF font (Helvetica...) is ever used,
not even the canvas's initial one. DejaVu Sans sets Latin text (French and Spanish accents
included); Amiri sets Arabic, whose runs `right_to_left.py` marks out in any document.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from pimdesk.domain.errors import ExportError

FAMILY = "PimDeskSans"
ARABIC_FAMILY = "PimDeskArabic"
FONT_FILES = {
    ARABIC_FAMILY: "Amiri-Regular.ttf",
    f"{ARABIC_FAMILY}-Bold": "Amiri-Bold.ttf",
    FAMILY: "DejaVuSans.ttf",
    f"{FAMILY}-Bold": "DejaVuSans-Bold.ttf",
    f"{FAMILY}-Italic": "DejaVuSans-Oblique.ttf",
    f"{FAMILY}-BoldItalic": "DejaVuSans-BoldOblique.ttf",
}


@dataclass(frozen=True)
class FontSet:
    """The registered names of one font family's four styles."""

    regular: str = FAMILY
    bold: str = f"{FAMILY}-Bold"
    italic: str = f"{FAMILY}-Italic"
    bold_italic: str = f"{FAMILY}-BoldItalic"
    arabic: str = ARABIC_FAMILY
    arabic_bold: str = f"{ARABIC_FAMILY}-Bold"


def register_fonts(fonts_dir: Path) -> FontSet:
    """Register the bundled fonts in `fonts_dir` (once per file) and return their names."""
    for name, file_name in FONT_FILES.items():
        path = fonts_dir / file_name
        if _registered_from(name) == str(path):
            continue
        if not path.is_file():
            raise ExportError(
                f"The font file {file_name} is missing from {fonts_dir}; reinstall PIM Desk."
            )
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except Exception as error:  # reportlab raises plain exceptions for a damaged font
            raise ExportError(
                f"The font file {path} cannot be read ({error}); reinstall PIM Desk."
            ) from error
    fonts = FontSet()
    # <b> and <i> in paragraph markup pick the family's styles through this mapping.
    addMapping(FAMILY, 0, 0, fonts.regular)
    addMapping(FAMILY, 1, 0, fonts.bold)
    addMapping(FAMILY, 0, 1, fonts.italic)
    addMapping(FAMILY, 1, 1, fonts.bold_italic)
    # Arabic has no italic of its own: slanted Arabic text is set upright.
    addMapping(ARABIC_FAMILY, 0, 0, fonts.arabic)
    addMapping(ARABIC_FAMILY, 1, 0, fonts.arabic_bold)
    addMapping(ARABIC_FAMILY, 0, 1, fonts.arabic)
    addMapping(ARABIC_FAMILY, 1, 1, fonts.arabic_bold)
    return fonts


def _registered_from(name: str) -> str | None:
    """The file a font of that name was registered from, or None."""
    if name not in pdfmetrics.getRegisteredFontNames():
        return None
    face = getattr(pdfmetrics.getFont(name), "face", None)
    filename = getattr(face, "filename", None)
    return str(filename) if filename is not None else None
