"""The category colours: one per category, readable, and apart in greyscale and colour-blindness."""

from __future__ import annotations

import itertools
import math

import pytest

from pimdesk.domain.category_colours import (
    CATEGORY_COLOURS,
    DARK_PAGE,
    DARK_TEXT,
    LIGHT_PAGE,
    LIGHT_TEXT,
    category_colour,
    contrast_ratio,
    lightness,
    relative_luminance,
    rgb,
)
from pimdesk.services.reference import ReferenceService

# Machado, Oliveira & Fernandes (2009), full severity, on linear RGB.
SIMULATIONS = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}  # fmt: skip


def _linear(value: int) -> float:
    share = value / 255
    return share / 12.92 if share <= 0.04045 else ((share + 0.055) / 1.055) ** 2.4


def _lab(linear: tuple[float, float, float]) -> tuple[float, float, float]:
    r, g, b = (min(1.0, max(0.0, part)) for part in linear)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def _seen(colour: str, simulation: str | None) -> tuple[float, float, float]:
    linear = tuple(_linear(part) for part in rgb(colour))
    if simulation is not None:
        matrix = SIMULATIONS[simulation]
        linear = tuple(sum(m * c for m, c in zip(row, linear, strict=True)) for row in matrix)
    return _lab(linear)  # type: ignore[arg-type]


def test_every_category_of_the_content_has_its_own_colour_and_number(
    reference: ReferenceService,
) -> None:
    categories = [category.id for category in reference.categories]
    assert categories == list(CATEGORY_COLOURS)  # numbered in the Matrix's column order
    accents = [colour.accent for colour in CATEGORY_COLOURS.values()]
    assert len(set(accents)) == len(accents)
    assert [c.number for c in CATEGORY_COLOURS.values()] == list(range(1, len(categories) + 1))
    assert category_colour("no_such_category").number == 0  # neutral, never a wrong colour


def test_contrast_ratio_matches_the_wcag_reference_values() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert relative_luminance("#ffffff") == pytest.approx(1.0)
    assert lightness("#777777") == pytest.approx(50.0, abs=0.5)


@pytest.mark.parametrize("colour", CATEGORY_COLOURS.values(), ids=lambda c: c.category_id)
def test_text_on_every_category_colour_reaches_4_5_to_1(colour: object) -> None:
    assert contrast_ratio(colour.accent, colour.on_accent) >= 4.5  # type: ignore[attr-defined]
    assert contrast_ratio(colour.tint_light, LIGHT_TEXT) >= 4.5  # type: ignore[attr-defined]
    assert contrast_ratio(colour.tint_dark, DARK_TEXT) >= 4.5  # type: ignore[attr-defined]
    # The tints stay close to their page, so the text colour of the theme remains the right one.
    assert contrast_ratio(colour.tint_light, LIGHT_PAGE) < 1.5  # type: ignore[attr-defined]
    assert contrast_ratio(colour.tint_dark, DARK_PAGE) < 2.5  # type: ignore[attr-defined]


def test_the_categories_stay_apart_in_greyscale() -> None:
    levels = sorted(lightness(colour.accent) for colour in CATEGORY_COLOURS.values())
    gaps = [higher - lower for lower, higher in itertools.pairwise(levels)]
    assert min(gaps) >= 6.0, levels


@pytest.mark.parametrize("simulation", [None, *SIMULATIONS])
def test_the_categories_stay_apart_for_colour_blind_readers(simulation: str | None) -> None:
    seen = {c.category_id: _seen(c.accent, simulation) for c in CATEGORY_COLOURS.values()}
    for (first, a), (second, b) in itertools.combinations(seen.items(), 2):
        assert math.dist(a, b) >= 10.0, (simulation, first, second)
