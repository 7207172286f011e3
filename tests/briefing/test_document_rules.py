"""The rules every document keeps, read back from the PDFs: the sensitivity marking top and
bottom of each page with its handling instruction, levels apart in greyscale, no text under
the minimum size, bookmarks shown on opening, the language of untranslated passages, French
typography and the metadata."""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator
from itertools import pairwise
from pathlib import Path

import pytest
from pypdf import PdfReader

from pimdesk.domain.briefing_input import BuiltDocument, Paper, PosterPaper
from pimdesk.domain.document_labels import ENGLISH_LABELS
from pimdesk.domain.sensitivity import Sensitivity
from pimdesk.paths import AppPaths
from pimdesk.services.container import Services
from tests.briefing.pdf_tools import (
    assert_marked_top_and_bottom,
    banner_darkness,
    body_lines,
    lang_spans,
    page_mode,
    read_pdf,
    smallest_text,
)
from tests.briefing.sample import MEETING_ID, meeting_selection, options, sample_selection
from tests.translation_fixtures import names_only_db

__all__ = ["names_only_db"]  # the fixture, imported for the tests below

MINIMUM_BODY = 8.5
MINIMUM_POSTER = 7.0

Build = Callable[[Services], BuiltDocument]
DOCUMENTS: dict[str, tuple[Build, Sensitivity]] = {
    "briefing": (lambda s: s.exports.briefing(MEETING_ID, options()), Sensitivity.RESTRICTED),
    "sheet": (
        lambda s: s.exports.category_sheet("sectoral_system_other", options(Paper.LETTER)),
        Sensitivity.PUBLIC,
    ),
    "glossary": (lambda s: s.exports.glossary(options()), Sensitivity.PUBLIC),
    "matrix": (lambda s: s.exports.matrix(None, options()), Sensitivity.PUBLIC),
}


@pytest.fixture(scope="module", params=list(DOCUMENTS))
def document(request: pytest.FixtureRequest, services: Services) -> tuple[str, BuiltDocument]:
    build, _ = DOCUMENTS[request.param]
    return request.param, build(services)


def test_every_page_is_marked_top_and_bottom_with_its_handling(
    document: tuple[str, BuiltDocument],
) -> None:
    name, built = document
    level = DOCUMENTS[name][1]
    pdf = read_pdf(built.data)
    label = ENGLISH_LABELS.sensitivity_label(level)
    assert_marked_top_and_bottom(pdf, label, ENGLISH_LABELS.handling(level))


def test_no_text_is_set_under_the_minimum(document: tuple[str, BuiltDocument]) -> None:
    name, built = document
    minimum = MINIMUM_POSTER if name == "matrix" else MINIMUM_BODY
    assert smallest_text(read_pdf(built.data)) >= minimum - 0.01


def test_the_bookmarks_show_when_the_file_opens(document: tuple[str, BuiltDocument]) -> None:
    assert page_mode(document[1].data) == "/UseOutlines"


def test_a_public_document_does_not_ask_to_share_only_as_its_level_allows(
    services: Services,
) -> None:
    public = services.exports.briefing(MEETING_ID, options(sensitivity=Sensitivity.PUBLIC))
    text = read_pdf(public.data).flat_text
    assert "only as that level allows" not in text
    assert "This document is PUBLIC: it may be shared freely." in text
    restricted = read_pdf(services.exports.briefing(MEETING_ID, options()).data).flat_text
    assert "This document is classified RESTRICTED." in restricted


def test_the_four_levels_print_apart_in_greyscale(services: Services, tmp_path: Path) -> None:
    darkness = {}
    for level in Sensitivity:
        built = services.exports.glossary(options(sensitivity=level))
        path = tmp_path / f"{level.value}.pdf"
        path.write_bytes(built.data)
        darkness[level] = banner_darkness(path, tmp_path)
    ordered = [darkness[level] for level in Sensitivity]
    assert ordered == sorted(ordered), darkness  # darker as the level rises
    assert all(b - a > 0.04 for a, b in pairwise(ordered)), darkness


def test_the_glossary_s_title_says_its_name_once(services: Services) -> None:
    metadata = read_pdf(services.exports.glossary(options()).data).reader.metadata
    assert metadata is not None
    assert metadata.title == ENGLISH_LABELS.glossary
    assert "PIM Desk's glossary" in (metadata.subject or "")


@pytest.fixture(scope="module")
def french(reference_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    services = Services(AppPaths(tmp_path_factory.mktemp("french"), reference_db), "fr")
    services.selections.save(meeting_selection())
    yield services
    services.close()


@pytest.fixture(scope="module")
def french_names_only(
    names_only_db: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Services]:
    """French over content whose translations give names only: the rest falls back to English."""
    services = Services(AppPaths(tmp_path_factory.mktemp("french-names"), names_only_db), "fr")
    services.selections.save(meeting_selection())
    yield services
    services.close()


def test_untranslated_text_is_announced_on_page_one_and_tagged_english(
    french_names_only: Services, services: Services
) -> None:
    french = french_names_only
    built = french.exports.briefing(MEETING_ID, options())
    pdf = read_pdf(built.data)
    assert "Les passages qui ne sont pas encore traduits sont imprimés en anglais." in (
        pdf.pages[0].replace("\n", " ")
    )
    spans = lang_spans(built.data)
    assert spans and set(spans) == {"en"}
    checks = french.reference.statements("sharing_check")
    assert any(check.fallback for check in checks)  # what makes the spans: still English
    english = services.exports.briefing(MEETING_ID, options()).data
    assert lang_spans(english) == []  # an English document has nothing to tag
    sheet = french.exports.category_sheet("security_situational_awareness", options())
    assert "sont imprimés en anglais" in read_pdf(sheet.data).pages[0]
    assert lang_spans(sheet.data)


def test_french_is_set_with_french_typography(french: Services) -> None:
    built = french.exports.briefing(MEETING_ID, options())
    text = read_pdf(built.data).text
    lines = [line.strip() for line in text.splitlines()]
    # a no-break space keeps « : ; ? ! » with the word before them: no line starts with one
    assert not [line for line in lines if line[:1] in (":", ";", "?", "!", "»")]
    assert not [line for line in lines if line.endswith("«")]
    assert "Décisions à prendre" in text
    assert "qu’aucune" in text and "qu'aucune" not in text  # typographic apostrophes
    # the team's notes print as typed, whatever the document's language
    assert "Segunda línea: coordinación" in text


def test_french_typography_spaces_and_apostrophes() -> None:
    from pimdesk.domain.text import french_typography

    assert french_typography("Priorité: l'équipe ; « vite » ? 1 élément") == (
        "Priorité\u00a0: l’équipe\u00a0; «\u00a0vite\u00a0»\u00a0? 1\u00a0élément"
    )
    assert french_typography("10:30, §7.1") == "10:30, §7.1"


def test_french_punctuation_after_a_closing_tag_keeps_to_its_word() -> None:
    from pimdesk.briefing.right_to_left import typeset

    assert typeset("<b>Priorité</b>: haute", "fr") == "<b>Priorité</b>\u00a0: haute"
    assert typeset("<b>Qui</b>? <i>l</i>'eau", "fr") == "<b>Qui</b>\u00a0? <i>l</i>’eau"
    # after a line break or a space the punctuation has no word to keep to
    assert typeset("a<br/>: b", "fr") == "a<br/>: b"
    assert typeset("<b>Priorité</b>: haute", "en") == "<b>Priorité</b>: haute"
    # in any language, a guillemet typed with a space keeps to its word
    assert typeset("la « semaine »", "") == "la «\u00a0semaine\u00a0»"


def test_the_french_metadata_title_is_set_with_french_typography(french: Services) -> None:
    built = french.exports.briefing(MEETING_ID, options())
    title = str(read_pdf(built.data).reader.metadata.title)
    assert "\u00a0: " in title and " : " not in title.replace("\u00a0", "~")


@pytest.mark.parametrize("paper", list(PosterPaper))
def test_the_matrix_is_one_landscape_page_with_every_category(
    services: Services, paper: PosterPaper
) -> None:
    built = services.exports.matrix(MEETING_ID, options(), paper)
    pdf = read_pdf(built.data)
    assert built.pages == len(pdf.pages) == 1
    width, height = pdf.page_size(0)
    assert width > height
    text = pdf.flat_text
    for category in services.reference.categories:
        for word in category.name.split()[:1]:
            assert word in text
        assert services.reference.category(category.id).status is not None
    assert "Agreed and endorsed" in text
    assert "Highlighted: the categories accepted in Kasai floods" in text
    assert "RESTRICTED" in text  # a context's decisions are on it
    assert smallest_text(pdf) >= MINIMUM_POSTER - 0.01


def test_see_also_entries_in_the_glossary_are_links(services: Services) -> None:
    pdf = read_pdf(services.exports.glossary(options()).data)
    internal = 0
    for page in pdf.reader.pages:
        for annotation in page.get("/Annots") or []:
            target = annotation.get_object()
            if target.get("/Subtype") == "/Link" and ("/Dest" in target or "/A" in target):
                internal += 1
    related = sum(
        1 for term in services.reference.terms for other in term.related if other != term.id
    )
    assert internal >= related * 0.9  # every "See also" entry (a few name no printed term)


@pytest.mark.parametrize("paper", list(Paper))
def test_no_page_but_the_last_is_nearly_empty(services: Services, paper: Paper) -> None:
    """No forced break leaves a page with a few lines before the next part (issue 17)."""
    for selection in (MEETING_ID, sample_selection().id):
        pdf = read_pdf(services.exports.briefing(selection, options(paper)).data)
        lines = [len(page.splitlines()) for page in pdf.pages]
        assert min(lines[:-1]) >= 30, lines  # the furniture alone is 8 lines


@pytest.fixture(scope="module")
def arabic(reference_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    services = Services(AppPaths(tmp_path_factory.mktemp("arabic"), reference_db), "ar")
    services.selections.save(meeting_selection())
    yield services
    services.close()


def test_arabic_headings_are_set_in_the_arabic_bold_face(arabic: Services) -> None:
    pdf = read_pdf(arabic.exports.briefing(MEETING_ID, options()).data)
    bold_arabic: list[str] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        name = str(font.get("/BaseFont", "")) if isinstance(font, dict) else ""
        y = tm[5] + cm[5]
        if text.strip() and "Amiri-Bold" in name and 60 < y < 760:  # not the banners
            bold_arabic.append(text)

    pdf.reader.pages[1].extract_text(visitor_text=visit)
    assert len(bold_arabic) >= 3, "Arabic headings and labels lost their bold face"


def test_bookmarks_open_at_their_heading_not_the_whole_page(services: Services) -> None:
    pdf = read_pdf(services.exports.briefing(MEETING_ID, options()).data)
    entries = [e for e in pdf.reader.outline if not isinstance(e, list)]
    assert entries
    for entry in entries:
        assert entry["/Type"] == "/XYZ" and float(entry["/Top"]) > 0, entry


def test_arabic_lists_are_separated_by_arabic_punctuation(arabic: Services) -> None:
    sheet = read_pdf(arabic.exports.category_sheet("case_management", options()).data)
    text = sheet.text
    assert "؛" in text  # the key terms, between Arabic names
    glossary = read_pdf(arabic.exports.glossary(options()).data).text
    assert "،" in glossary  # "See also" and other names


def _line_lengths(data: bytes, size: float) -> list[int]:
    return sorted(len(line) for line in body_lines(read_pdf(data), size))


@pytest.mark.parametrize("language", ["en", "ar"])
def test_running_text_keeps_near_70_characters_a_line(
    services: Services, arabic: Services, language: str
) -> None:
    """The briefing's and a sheet's body text (9.5 pt; tables are smaller) is set to a measure
    of about 70 characters, in Arabic too, however wide the page."""
    exporter = services if language == "en" else arabic
    for built in (
        exporter.exports.briefing(MEETING_ID, options()),
        exporter.exports.category_sheet("case_management", options(Paper.LETTER)),
    ):
        lengths = _line_lengths(built.data, 9.5)
        assert len(lengths) > 40
        longest, usual = lengths[-1], lengths[int(0.9 * len(lengths))]
        assert longest <= 85, f"a body line of {longest} characters"
        assert 62 <= usual <= 78, f"nine lines in ten are up to {usual} characters"


def test_tables_keep_the_full_width(services: Services) -> None:
    """Only running text is held to the measure: a table's rows still run across the page."""
    lengths = _line_lengths(services.exports.briefing(MEETING_ID, options()).data, 8.74)
    assert lengths[-1] > 85


def test_the_document_is_tagged_with_a_structure_tree(document: tuple[str, BuiltDocument]) -> None:
    """/MarkInfo says tagged; the structure tree's Document element has one kid per marked
    content of each page, in the pages' order, and the parent tree maps each page's MCIDs
    back to those kids; the running header and footer are artifacts."""
    name, built = document
    reader = PdfReader(io.BytesIO(built.data))
    root = reader.trailer["/Root"]
    assert bool(root["/MarkInfo"]["/Marked"]) is True, name  # a pypdf BooleanObject
    assert root["/Lang"] == "en"
    tree = root["/StructTreeRoot"]
    element = tree["/K"].get_object()
    assert element["/S"] == "/Document"
    kids = [kid.get_object() for kid in element["/K"]]
    assert {"/H1", "/P"} <= {str(kid["/S"]) for kid in kids} or name == "matrix"
    numbers = tree["/ParentTree"]["/Nums"]
    page_numbers = {page.indirect_reference.idnum: i for i, page in enumerate(reader.pages)}
    for index, page in enumerate(reader.pages):
        content = page.get_contents().get_data()
        marked = [int(mcid) for mcid in re.findall(rb"<</MCID (\d+)>> BDC", content)]
        on_page = [kid for kid in kids if page_numbers[kid.raw_get("/Pg").idnum] == index]
        assert marked and marked == list(range(len(marked))), f"{name} page {index + 1}"
        assert [kid["/K"] for kid in on_page] == marked, f"{name} page {index + 1}"
        assert page["/StructParents"] == index and numbers[2 * index] == index
        parents = [parent.get_object() for parent in numbers[2 * index + 1]]
        assert [parent["/K"] for parent in parents] == marked
        assert content.count(b"/Artifact BMC") >= 1, f"{name} page {index + 1}: no artifact"
        # every marked content is closed: as many EMC as BDC and BMC
        assert content.count(b"EMC") == content.count(b"BDC") + content.count(b"BMC")
