"""The glossary handout: every term, A–Z under letter headings, in two columns, public."""

from __future__ import annotations

from pathlib import Path

import pytest

from pimdesk.domain.briefing_input import BuiltDocument, Paper
from pimdesk.domain.content import Definition, Term
from pimdesk.services.container import Services
from tests.briefing.pdf_tools import (
    ReadPdf,
    assert_furniture,
    assert_page_size,
    flatten,
    ink_of_first_page,
    qpdf_check,
    read_pdf,
)
from tests.briefing.sample import EXPORT_DATE, options


@pytest.fixture(scope="module", params=list(Paper), ids=lambda paper: paper.value)
def glossary(request: pytest.FixtureRequest, services: Services) -> tuple[Paper, BuiltDocument]:
    return request.param, services.exports.glossary(options(request.param))


@pytest.fixture(scope="module")
def read(glossary: tuple[Paper, BuiltDocument]) -> ReadPdf:
    return read_pdf(glossary[1].data)


def test_every_page_is_labelled_public(
    glossary: tuple[Paper, BuiltDocument], read: ReadPdf, services: Services
) -> None:
    assert_page_size(read, glossary[0])
    assert_furniture(read, "PUBLIC", services.reference.info.version, EXPORT_DATE.isoformat())


def test_every_term_and_definition_is_there_in_order(read: ReadPdf, services: Services) -> None:
    text = read.flat_text
    positions = []
    for term in services.reference.terms:
        first_words = " ".join(term.definitions[0].text.split()[:8])
        position = text.find(f"{term.term} ")
        assert position >= 0, term.term
        assert first_words in text, term.id
        positions.append(text.find(first_words))
    assert positions == sorted(positions)  # A to Z, as the content orders them


def test_the_letters_are_headings_and_bookmarks(read: ReadPdf, services: Services) -> None:
    letters = list(dict.fromkeys(term.letter for term in services.reference.terms))
    bookmarks = [title for level, title, _ in read.outline_titles() if level == 0]
    assert bookmarks == ["PIM Desk's glossary", *letters]
    pages = [page for _, title, page in read.outline_titles()]
    assert pages == sorted(pages)


def test_the_terms_run_in_two_columns(read: ReadPdf) -> None:
    """Text starts both in the left half and in the right half of a full page."""
    page = read.reader.pages[1]
    width = float(page.mediabox.width)
    starts: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: object) -> None:
        if text.strip():  # where the text starts on the page: the text matrix, moved by `cm`
            starts.append(cm[0] * tm[4] + cm[2] * tm[5] + cm[4])

    page.extract_text(visitor_text=visit)
    left = [x for x in starts if x < width / 2 - 20]
    right = [x for x in starts if width / 2 + 5 < x < width * 0.6]  # a column, not the footer
    assert len(left) > 40
    assert len(right) > 40


def test_the_handout_renders_and_passes_qpdf(
    glossary: tuple[Paper, BuiltDocument], tmp_path: Path
) -> None:
    path = tmp_path / "glossary.pdf"
    path.write_bytes(glossary[1].data)
    assert qpdf_check(path).returncode == 0
    assert ink_of_first_page(path, tmp_path) > 0.02


def test_only_the_aliases_that_say_something_new_are_printed() -> None:
    from pimdesk.briefing.glossary_handout import other_names

    def term(name: str, *aliases: str) -> Term:
        return Term("t", name, aliases, (), (), (Definition("d", _attribution()),))

    assert other_names(term("Anonymisation", "anonymization", "anonymised", "anonymous data")) == []
    assert other_names(term("Case management", "case-management")) == []
    assert other_names(term("Accountability to affected populations (AAP)", "AAP")) == []
    assert other_names(term("Data retention", "retention period", "retention periods")) == [
        "retention period"
    ]
    assert other_names(term("Displacement tracking", "DTM")) == ["DTM"]
    assert flatten(" a\n b ") == "a b"


def _attribution() -> object:
    from pimdesk.domain.content import Attribution

    return Attribution("editorial", "editorial")
