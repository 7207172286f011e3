"""The matrix poster read back on every paper and in every language: one page, no text under
7 points, and no word of the content cut across two lines without a hyphen ("Approaches/met"
then "hods"); a word breaks only between words, after the slash or hyphen of a compound, or
with a printed hyphen."""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from pimdesk.briefing.word_breaks import broken, pieces, widest_piece
from pimdesk.domain.briefing_input import DocumentSettings, Paper, PosterPaper
from pimdesk.domain.content import CategoryStatus
from pimdesk.domain.sensitivity import Sensitivity
from pimdesk.paths import AppPaths
from pimdesk.services.container import Services
from pimdesk.services.export_inputs import category_content, matrix_poster_input
from tests.briefing.pdf_tools import read_pdf, smallest_text
from tests.briefing.sample import MEETING_ID, meeting_selection, options

LANGUAGES = ("en", "fr", "es", "ar")
MINIMUM_POSTER = 7.0
# What may stand around a word on a line: punctuation, the provenance marks, the bullet.
_AROUND = ".,;:!?()[]{}«»\"'‘’“”…†‡•—–·\u060c\u061b\u061f\u00a0 "
_COMPOUND = re.compile(r"[/-]")


@pytest.fixture(scope="module")
def language_services(
    reference_db: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, Services]]:
    made = {}
    for language in LANGUAGES:
        services = Services(AppPaths(tmp_path_factory.mktemp(language), reference_db), language)
        services.selections.save(meeting_selection())
        made[language] = services
    yield made
    for services in made.values():
        services.close()


def normal(token: str) -> str:
    """A token as a word to compare: compatibility forms folded (Arabic presentation forms,
    no-break spaces), the punctuation and marks around it dropped, in lower case."""
    return unicodedata.normalize("NFKC", token).strip(_AROUND).casefold()


def content_words(services: Services) -> set[str]:
    """Every word the poster may print in this language: the categories' names, definitions
    and items, the elements' names and the status lines; a compound counts with its parts
    ("approaches/methods", "approaches", "methods")."""
    reference = services.reference
    texts = [element.name for element in reference.elements]
    texts += [services.exports.labels.status_label(status) for status in CategoryStatus]
    for category in reference.categories:
        texts += category_content(reference, category.id).texts()
    words = set()
    for text in texts:
        for token in text.split():
            word = normal(token)
            words.add(word)
            words.update(normal(part) for part in _COMPOUND.split(word))
    words.discard("")
    return words


def split_words(lines: list[str], words: set[str]) -> list[str]:
    """The words of `words` that `lines` cut in two without a hyphen: a line ending in a piece
    that, with the piece the next line starts with, makes one word. Both edges of each line
    are tried, as an Arabic line reads back from either side."""
    found = []
    for before, after in pairwise(line.split() for line in lines):
        if not before or not after:
            continue
        for last, first in ((before[-1], after[0]), (before[0], after[-1])):
            end, start = last.strip(_AROUND), first.strip(_AROUND)
            if end.endswith(("-", "/")):  # a compound's break or a printed hyphen
                continue
            head = normal(_COMPOUND.split(end)[-1])
            tail = normal(_COMPOUND.split(start)[0])
            cut = head and tail and (head not in words or tail not in words)
            if cut and head + tail in words:
                found.append(f"{head}|{tail}")
    return found


def test_split_words_finds_a_word_cut_without_a_hyphen() -> None:
    words = {"approaches/methods", "approaches", "methods", "for", "disaggregated", "data"}
    assert split_words(["• Approaches/met", "hods for"], words) == ["met|hods"]
    assert split_words(["Age- and sex-disag", "gregated data"], words) == ["disag|gregated"]
    assert split_words(["Approaches/", "methods for"], words) == []
    assert split_words(["sex-disag-", "gregated data"], words) == []  # a printed hyphen
    assert split_words(["methods for", "data"], words) == []


@pytest.mark.parametrize("paper", list(PosterPaper))
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_poster_breaks_no_word_keeps_one_page_and_7_points(
    language_services: dict[str, Services],
    language: str,
    paper: PosterPaper,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services = language_services[language]
    tables = drawn_tables(monkeypatch)
    built = services.exports.matrix(MEETING_ID, options(), paper)
    # reportlab leaves a word too wide for its line whole, sticking out of its cell: none is
    assert tightest_line(tables[-1]) > -OVERFLOW, f"{language} {paper.value}: a word overflows"
    pdf = read_pdf(built.data)
    assert built.pages == len(pdf.pages) == 1
    assert smallest_text(pdf) >= MINIMUM_POSTER - 0.01
    lines = pdf.pages[0].splitlines()
    words = content_words(services)
    assert split_words(lines, words) == [], f"{language} {paper.value}: words cut across lines"
    # the check has something to check: the content's words are what the poster prints
    printed = {normal(token) for line in lines for token in line.split()}
    assert len(printed & words) > 150


OVERFLOW = 1.0  # points a line may reach into its cell's padding (reportlab's own rounding)


def drawn_tables(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The tables the poster lays out, in order (the last is the one printed)."""
    import pimdesk.briefing.matrix_poster as poster_module

    tables: list[Any] = []
    make = poster_module._table

    def recorded(*arguments: Any) -> Any:
        tables.append(make(*arguments))
        return tables[-1]

    monkeypatch.setattr(poster_module, "_table", recorded)
    return tables


def tightest_line(table: Any) -> float:
    """The least room any line of the table's paragraphs has left, as laid out (negative:
    the line is wider than its paragraph)."""
    rooms = []
    for row in table._cellvalues:
        for cell in row:
            for paragraph in cell:
                lines = paragraph.blPara
                rooms += [line[0] if lines.kind == 0 else line.extraSpace for line in lines.lines]
    return min(rooms)


def width(text: str) -> float:
    return float(stringWidth(text, "Helvetica", 10))


def test_a_word_too_wide_breaks_after_its_slash_or_hyphen() -> None:
    assert pieces("Approaches/methods") == ["Approaches/", "methods"]
    assert pieces("Multi-Cluster/Sector") == ["Multi-", "Cluster/", "Sector"]
    assert pieces("(GBV)") == ["(GBV)"]
    room = width("Approaches/") + 1
    assert broken("Approaches/methods for", room, width) == "Approaches/\nmethods for"
    # a word that fits is left whole, wherever the line will end
    assert broken("Approaches/methods", width("Approaches/methods"), width) == (
        "Approaches/methods"
    )
    # the parts go together as long as they fit
    assert broken("Multi-Cluster/Sector", width("Multi-Cluster/") + 1, width) == (
        "Multi-Cluster/\nSector"
    )
    assert widest_piece("Age- and sex-disaggregated data", width) == width("disaggregated")


def test_a_part_still_too_wide_is_hyphenated_and_each_line_fits() -> None:
    room = width("disaggreg-") + 0.5
    lines = broken("sex-disaggregated data", room, width).split("\n")
    assert lines[0] == "sex-"
    assert all(line.endswith("-") for line in lines[:-1])  # every cut is shown
    assert "".join(line.removesuffix("-") for line in lines[1:-1]) + lines[-1] == (
        "disaggregated data"
    )
    for line in lines:
        assert all(width(word) <= room for word in line.split())
    # a column narrower than any two letters overflows rather than loop
    assert broken("word", 1, width).split("\n") == ["wo-", "rd"]


# ---------------------------------------------------------------------- words wider than a column
FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"
LONG = "Informationsverwaltungsverantwortung"  # a test word: wider than an equal column at 7 pt


def poster_with_name(services: Services, name: str, paper: PosterPaper) -> list[str]:
    """The lines of a poster whose first category is called `name`."""
    from pimdesk.briefing.matrix_poster import build_matrix_poster

    reference = services.reference
    settings = DocumentSettings(
        Paper.A4, Sensitivity.PUBLIC, datetime.date(2026, 12, 1), reference.info, invariant=True
    )
    poster = matrix_poster_input(reference, settings, paper)
    first = poster.categories[0]
    renamed = replace(first.content, category=replace(first.content.category, name=name))
    poster = replace(poster, categories=(replace(first, content=renamed), *poster.categories[1:]))
    built = build_matrix_poster(poster, FONTS)
    pdf = read_pdf(built.data)
    assert len(pdf.pages) == 1
    assert smallest_text(pdf) >= MINIMUM_POSTER - 0.01
    return pdf.pages[0].splitlines()


def test_a_column_widens_to_hold_a_long_word_whole(
    language_services: dict[str, Services],
) -> None:
    lines = poster_with_name(language_services["en"], f"The {LONG} category", PosterPaper.A4)
    assert any(LONG in line.split() for line in lines)  # whole, on one line


def test_a_word_no_column_can_hold_is_hyphenated(language_services: dict[str, Services]) -> None:
    name = LONG * 5  # wider than the page: no setting holds it whole
    printed = poster_with_name(language_services["en"], name, PosterPaper.A4)
    lines = [line.strip() for line in printed]
    start = next(
        index
        for index, line in enumerate(lines)
        if line.endswith("-") and name.startswith(line.removesuffix("-"))
    )
    cuts = 0
    joined = ""
    for line in lines[start:]:
        if not line.endswith("-"):
            joined += line
            break
        joined += line.removesuffix("-")  # each cut shown by a printed hyphen
        cuts += 1
    assert joined == name
    assert cuts >= 5
    assert split_words(lines, {name.casefold()}) == []
