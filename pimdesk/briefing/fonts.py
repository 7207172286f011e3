"""The bundled TrueType fonts, registered with reportlab so every document embeds them.

Only embedded fonts print the same everywhere: no standard PDF font (Helvetica...) is ever used,
not even the canvas's initial one. DejaVu Sans sets Latin text (French and Spanish accents
included); Amiri sets Arabic, whose runs `right_to_left.py` marks out in any document.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from pimdesk.domain.errors import ExportError
from pimdesk.domain.records import record

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


@record
class FontSet:
    """The registered names of one font family's four styles."""

    regular: str = FAMILY
    bold: str = f"{FAMILY}-Bold"
    italic: str = f"{FAMILY}-Italic"
    bold_italic: str = f"{FAMILY}-BoldItalic"
    arabic: str = ARABIC_FAMILY
    arabic_bold: str = f"{ARABIC_FAMILY}-Bold"


# TrueType and OpenType files start with one of these (the self-test checks the same).
FONT_SIGNATURES = (b"\x00\x01\x00\x00", b"true", b"OTTO")

# The bundled fonts named but not yet parsed, by name: an English document uses three of the
# six, and parsing one costs 7-9 ms, so each is read when a document first names it.
_pending: dict[str, Path] = {}


def register_fonts(fonts_dir: Path) -> FontSet:
    """Register the bundled fonts in `fonts_dir` (once per file) and return their names.

    A missing or damaged file is reported here; each font is parsed on first use.
    """
    for name, file_name in FONT_FILES.items():
        path = fonts_dir / file_name
        if _registered_from(name) == str(path) or _pending.get(name) == path:
            continue
        if not path.is_file():
            raise ExportError(
                f"The font file {file_name} is missing from {fonts_dir}; reinstall PIM Desk."
            )
        _check_signature(path)
        _pending[name] = path
        # A font of that name parsed from another folder must not answer for this one.
        pdfmetrics._fonts.pop(name, None)
    _hook_first_use()
    fonts = FontSet()
    _map_families(fonts)
    return fonts


def _map_families(fonts: FontSet) -> None:
    """<b> and <i> in paragraph markup pick the family's styles through this mapping.

    reportlab's `registerFont` maps all four styles of a TrueType font's own name to that font,
    and the regular font's name is the family's: parsing it on first use would make every
    paragraph made afterwards lose its bold. So the mapping is set again after each parse.
    """
    addMapping(FAMILY, 0, 0, fonts.regular)
    addMapping(FAMILY, 1, 0, fonts.bold)
    addMapping(FAMILY, 0, 1, fonts.italic)
    addMapping(FAMILY, 1, 1, fonts.bold_italic)
    # Arabic has no italic of its own: slanted Arabic text is set upright.
    addMapping(ARABIC_FAMILY, 0, 0, fonts.arabic)
    addMapping(ARABIC_FAMILY, 1, 0, fonts.arabic_bold)
    addMapping(ARABIC_FAMILY, 0, 1, fonts.arabic)
    addMapping(ARABIC_FAMILY, 1, 1, fonts.arabic_bold)


def _registered_from(name: str) -> str | None:
    """The file a font of that name was registered from, or None."""
    if name not in pdfmetrics.getRegisteredFontNames():
        return None
    face = getattr(pdfmetrics.getFont(name), "face", None)
    filename = getattr(face, "filename", None)
    return str(filename) if filename is not None else None


def _check_signature(path: Path) -> None:
    """Refuse a file that is not a TrueType font, before any document needs it."""
    try:
        with path.open("rb") as file:
            signature = file.read(4)
    except OSError as error:
        raise ExportError(
            f"The font file {path} cannot be read ({error}); reinstall PIM Desk."
        ) from error
    if signature not in FONT_SIGNATURES:
        raise ExportError(
            f"The font file {path} cannot be read (it is not a TrueType font); reinstall PIM Desk."
        )


def _parsed(name: str, path: Path) -> TTFont:
    """The font parsed from its file and registered under its name."""
    try:
        font = TTFont(name, str(path))
    except Exception as error:  # reportlab raises plain exceptions for a damaged font
        raise ExportError(
            f"The font file {path} cannot be read ({error}); reinstall PIM Desk."
        ) from error
    pdfmetrics.registerFont(font)
    _map_families(FontSet())
    return font


def _hook_first_use() -> None:
    """Make reportlab's lookup of an unknown font name parse a pending bundled font."""
    original = pdfmetrics.findFontAndRegister
    if getattr(original, "pimdesk_hook", False):
        return

    def find_font_and_register(name: str) -> Any:
        path = _pending.pop(name, None)
        return original(name) if path is None else _parsed(name, path)

    find_font_and_register.pimdesk_hook = True  # type: ignore[attr-defined]
    pdfmetrics.findFontAndRegister = find_font_and_register
