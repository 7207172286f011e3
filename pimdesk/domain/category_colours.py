"""One colour per PIM category, for the desktop and the PDFs alike, with the contrast arithmetic.

The eight accents are spread in lightness (about 6 to 13 L* apart) so that they stay apart in
greyscale and for colour-blind readers; every place that shows a colour also shows the category's
name or number, so colour is never the only cue (WCAG 1.4.1). Text on an accent uses the
`on_accent` colour; text on a tint uses the theme's ordinary text colour. Both are held to 4.5:1
by the tests.
"""

from __future__ import annotations

from pimdesk.domain.records import record

# The themes' page background and text colours the tints are made for (the desktop's palette and
# the PDFs' white page share the light pair).
LIGHT_PAGE = "#ffffff"
LIGHT_TEXT = "#1b1d20"
DARK_PAGE = "#1d1f21"
DARK_TEXT = "#e8eaed"
TINT_LIGHT_SHARE = 0.16  # how much of the accent a light tint carries, over the light page
TINT_DARK_SHARE = 0.30  # ... and a dark tint, over the dark page


@record
class CategoryColour:
    """A category's accent (for bands, swatches and headers) and its two background tints."""

    category_id: str
    number: int
    accent: str
    on_accent: str
    tint_light: str
    tint_dark: str


def _channel(value: int) -> float:
    share = value / 255
    return share / 12.92 if share <= 0.04045 else ((share + 0.055) / 1.055) ** 2.4


def rgb(colour: str) -> tuple[int, int, int]:
    """The red, green and blue of '#rrggbb'."""
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of '#rrggbb', from 0 (black) to 1 (white)."""
    red, green, blue = (_channel(part) for part in rgb(colour))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2 contrast ratio of two colours, from 1 to 21."""
    darker, lighter = sorted((relative_luminance(first), relative_luminance(second)))
    return (lighter + 0.05) / (darker + 0.05)


def lightness(colour: str) -> float:
    """CIE L* (0-100): how light the colour looks, and so how it prints in greyscale."""
    luminance = relative_luminance(colour)
    scaled = (
        luminance ** (1 / 3) if luminance > 216 / 24389 else (24389 / 27 * luminance + 16) / 116
    )
    return 116 * scaled - 16


def mix(colour: str, over: str, share: float) -> str:
    """`share` of `colour` laid over `over`, as '#rrggbb'."""
    parts = (
        round(top * share + bottom * (1 - share))
        for top, bottom in zip(rgb(colour), rgb(over), strict=True)
    )
    return "#" + "".join(f"{part:02x}" for part in parts)


def _readable_on(accent: str) -> str:
    return (
        "#000000"
        if contrast_ratio(accent, "#000000") >= contrast_ratio(accent, "#ffffff")
        else "#ffffff"
    )


# The categories in the order of the PIM Matrix's columns (source §5), each with its accent.
_ACCENTS: tuple[tuple[str, str], ...] = (
    ("protection_needs_assessment", "#17285f"),  # navy, L* 18
    ("protection_monitoring", "#b88000"),  # ochre, L* 58
    ("case_management", "#7a1f4f"),  # wine, L* 29
    ("population_data", "#5cb3e6"),  # sky, L* 70
    ("protection_response_me", "#0f7040"),  # green, L* 41
    ("communicating_with_in_affected_communities", "#f5a3c0"),  # pink, L* 76
    ("security_situational_awareness", "#d43d51"),  # crimson, L* 49
    ("sectoral_system_other", "#ece08a"),  # sand, L* 88
)

CATEGORY_COLOURS: dict[str, CategoryColour] = {
    category_id: CategoryColour(
        category_id=category_id,
        number=number,
        accent=accent,
        on_accent=_readable_on(accent),
        tint_light=mix(accent, LIGHT_PAGE, TINT_LIGHT_SHARE),
        tint_dark=mix(accent, DARK_PAGE, TINT_DARK_SHARE),
    )
    for number, (category_id, accent) in enumerate(_ACCENTS, start=1)
}

NEUTRAL = CategoryColour("", 0, "#6b7280", "#ffffff", "#f3f4f6", "#2c2f33")


def category_colour(category_id: str) -> CategoryColour:
    """The colours of a category; a neutral grey for an id this version does not know."""
    return CATEGORY_COLOURS.get(category_id, NEUTRAL)
