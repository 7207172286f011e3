"""The context briefing read back: labels on every page, every chosen category with its notes and
the scenario's must-haves, the outline and table of contents, metadata, fonts, rendering."""

from __future__ import annotations

import gc
import getpass
import re
import socket
from dataclasses import replace
from pathlib import Path

import pytest

from pimdesk.domain.briefing_input import BuiltDocument, Paper
from pimdesk.domain.content import Priority
from pimdesk.domain.export_progress import ExportCancelled, Progress, ProgressReporter
from pimdesk.domain.sensitivity import Sensitivity
from pimdesk.services.container import Services
from pimdesk.services.export_inputs import reader_may_not_know
from tests.briefing.pdf_tools import (
    ReadPdf,
    assert_furniture,
    assert_page_size,
    flatten,
    fonts_of,
    ink_of_first_page,
    qpdf_check,
    read_pdf,
)
from tests.briefing.sample import (
    CATEGORY_NOTES,
    CONTEXT_NOTES,
    EXPORT_DATE,
    NEEDS,
    options,
    sample_selection,
    small_selection,
)

SELECTION = sample_selection()
SMALL = small_selection()


@pytest.fixture(scope="module", params=[Paper.A4, Paper.LETTER], ids=["a4", "letter"])
def briefing(request: pytest.FixtureRequest, services: Services) -> tuple[Paper, BuiltDocument]:
    paper: Paper = request.param
    return paper, services.exports.briefing(SELECTION.id, options(paper))


@pytest.fixture(scope="module")
def read(briefing: tuple[Paper, BuiltDocument]) -> ReadPdf:
    return read_pdf(briefing[1].data)


def test_every_page_carries_the_label_page_number_version_and_date(
    read: ReadPdf, services: Services
) -> None:
    assert len(read.pages) > 10
    version = services.reference.info.version
    assert_furniture(read, "RESTRICTED", version, EXPORT_DATE.isoformat())


def test_the_page_size_matches_the_paper(
    briefing: tuple[Paper, BuiltDocument], read: ReadPdf
) -> None:
    assert_page_size(read, briefing[0])
    assert briefing[1].pages == len(read.pages)


def test_every_selected_category_its_notes_and_the_scenario_must_haves_appear(
    read: ReadPdf, services: Services
) -> None:
    text = read.flat_text
    scenario = services.reference.scenario(SELECTION.scenario)
    for choice in SELECTION.choices:
        assert services.reference.category(choice.category).name in text
    for notes in CATEGORY_NOTES.values():
        assert flatten(notes) in text  # accents, « » and ñ read back exactly
    assert flatten(CONTEXT_NOTES) in text
    for item in scenario.items_with(Priority.MUST_HAVE):
        assert flatten(item.text) in text
    for need in NEEDS:
        assert need.text in text


def test_the_cover_names_the_context(read: ReadPdf, services: Services) -> None:
    cover = flatten(read.pages[0])
    for value in (SELECTION.name, SELECTION.place, SELECTION.organisation, "2026-11-20"):
        assert value in cover
    assert services.reference.scenario(SELECTION.scenario).name in cover
    assert "This document is classified RESTRICTED." in cover


def test_each_category_section_shows_status_definition_and_conditions(
    read: ReadPdf, services: Services
) -> None:
    text = read.flat_text
    for choice in SELECTION.choices:
        category = services.reference.category(choice.category)
        assert flatten(category.definition)[:80] in text  # (it may run onto the next page)
        if not category.status.definition_agreed:  # a working description says so
            assert category.status.label in text
    assert "Definition not agreed: read it as a working description." in text
    # PIM Desk's own definitions of the first-meeting categories say so, with the section
    assert "PIM Desk's illustration — not from the source; related: PIM WM2 2015 §7" in text
    conditions = services.reference.conditions
    assert f"{conditions['anonymised'].label}: {conditions['anonymised'].description}" in text


def test_the_checklist_asks_footnote_7_s_questions_not_every_principle_and_challenge(
    read: ReadPdf, services: Services
) -> None:
    """Issue 17: a checklist short enough for a meeting replaces the 53 boxes of before."""
    text = read.flat_text
    for check in services.reference.statements("sharing_check"):
        if check.id != "check_scope":
            assert flatten(check.text) in text
    for challenge in services.reference.challenges:
        for mitigation in challenge.mitigations:
            assert flatten(mitigation) not in text


def test_the_glossary_holds_the_terms_the_document_uses(read: ReadPdf, services: Services) -> None:
    start = max(i for i, page in enumerate(read.pages) if "Glossary of the terms used" in page)
    glossary = flatten(" ".join(read.pages[start:]))
    names = services.reference.category_names
    used = services.reference.terms_in([flatten(" ".join(read.pages[:start]))])
    used = tuple(term for term in used if reader_may_not_know(term.id, names))
    assert len(used) > 10
    for term in used:
        assert term.term in glossary, term.id
    assert "Sources and content" in glossary


def test_the_outline_and_the_table_of_contents_agree(read: ReadPdf, services: Services) -> None:
    outline = read.outline_titles()
    names = [services.reference.category(c.category).name for c in SELECTION.choices]
    level_one = [title for level, title, _ in outline if level == 1]
    assert set(names) <= set(level_one)
    assert [t for lvl, t, _ in outline if lvl == 0][:4] == [
        "Decisions to make", "The categories by decision", "Gaps", "What to collect and share",
    ]  # fmt: skip
    contents = flatten(read.pages[0])
    for _, title, page in outline:
        if title in ("Contents", "Decisions to make"):  # on page 1, above the contents
            continue
        # each line: the title, its leader dots, then its page number
        assert re.search(rf"{re.escape(title)} [. ]+ {page}(?!\d)", contents), (title, page)


def test_each_contents_link_says_where_it_goes(read: ReadPdf) -> None:
    """A screen reader announces a link by its /Contents: the heading it opens."""
    links = [a.get_object() for a in read.reader.pages[0].get("/Annots", [])]
    described = [str(link.get("/Contents", "")) for link in links]
    headings = {title for level, title, _ in read.outline_titles()}
    assert described and all(text in headings for text in described), described


def test_the_categories_come_most_urgent_first(read: ReadPdf, services: Services) -> None:
    names = {services.reference.category(c.category).name for c in SELECTION.choices}
    order = [title for level, title, _ in read.outline_titles() if title in names][:4]
    high = {
        services.reference.category(c).name
        for c in ("security_situational_awareness", "protection_monitoring")
    }
    assert set(order[:2]) == high
    # among equal priorities, the category that comes before the others goes first
    assert order[0] == services.reference.category("security_situational_awareness").name


def test_the_metadata_names_the_document_and_its_level_and_nobody(
    briefing: tuple[Paper, BuiltDocument], read: ReadPdf
) -> None:
    metadata = read.reader.metadata
    assert metadata is not None
    assert metadata.title == f"Context briefing: {SELECTION.name}"
    assert "RESTRICTED" in (metadata.subject or "")
    assert metadata.creator == "PIM Desk"
    assert (metadata.author or "") == ""
    assert read.reader.xmp_metadata is None
    values = " ".join(str(value) for value in metadata.values())
    for private in (getpass.getuser(), socket.gethostname(), str(Path.home())):
        if len(private) >= 3:
            assert private not in values
            assert private.encode() not in briefing[1].data


@pytest.fixture(scope="module")
def small(services: Services) -> BuiltDocument:
    """A two-category briefing on Letter, for the checks of options and variants."""
    return services.exports.briefing(SMALL.id, options(Paper.LETTER))


def test_without_notes_no_note_is_printed(services: Services, small: BuiltDocument) -> None:
    with_notes = read_pdf(small.data).flat_text
    built = services.exports.briefing(SMALL.id, options(Paper.LETTER, include_notes=False))
    text = read_pdf(built.data).flat_text
    notes = [flatten(CATEGORY_NOTES["case_management"]), flatten(CONTEXT_NOTES)]
    assert all(note in with_notes for note in notes)
    assert not any(note in text for note in notes)
    assert "The team's notes" not in text
    custom = [need.text for need in NEEDS if need.ref is None]
    assert custom and not any(need in text for need in custom)  # free text, like the notes


def test_the_chosen_level_is_on_every_page(services: Services) -> None:
    level = Sensitivity.STRICTLY_CONFIDENTIAL
    built = services.exports.briefing(SMALL.id, options(Paper.LETTER, sensitivity=level))
    pdf = read_pdf(built.data)
    for page in pdf.pages:
        assert page.count("STRICTLY CONFIDENTIAL") >= 2
        assert "RESTRICTED" not in page


def test_an_invariant_build_is_byte_identical(services: Services, small: BuiltDocument) -> None:
    assert services.exports.briefing(SMALL.id, options(Paper.LETTER)).data == small.data


def test_qpdf_finds_no_error(briefing: tuple[Paper, BuiltDocument], tmp_path: Path) -> None:
    path = tmp_path / "briefing.pdf"
    path.write_bytes(briefing[1].data)
    checked = qpdf_check(path)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "No syntax or stream encoding errors" in checked.stdout


def test_every_font_is_embedded(briefing: tuple[Paper, BuiltDocument], tmp_path: Path) -> None:
    path = tmp_path / "briefing.pdf"
    path.write_bytes(briefing[1].data)
    fonts = fonts_of(path)
    assert fonts, "pdffonts lists no font"
    assert all(font["embedded"] == "yes" for font in fonts), fonts
    assert all("DejaVuSans" in font["name"] for font in fonts), fonts


def test_the_first_page_renders_with_ink(
    briefing: tuple[Paper, BuiltDocument], tmp_path: Path
) -> None:
    path = tmp_path / "briefing.pdf"
    path.write_bytes(briefing[1].data)
    assert ink_of_first_page(path, tmp_path) > 0.02


# ---------------------------------------------------------------------- robustness
def test_hostile_notes_print_as_typed_or_at_least_do_not_break_the_layout(
    services: Services,
) -> None:
    long_note = "Observación detallada sin saltos de línea " * 500  # ~20,000 characters
    hostile = "Tags <b>bold</b> & <br/> &amp; \x00\x07 control, RTL ملاحظة, emoji 🙂, tab\tend"
    choices = tuple(
        replace(choice, notes=long_note if i == 0 else hostile)
        for i, choice in enumerate(SMALL.choices)
    )
    edited = replace(SMALL, id="f" * 32, name="Hostile notes", choices=choices)
    services.selections.save(edited)
    built = services.exports.briefing(edited.id, options())
    pdf = read_pdf(built.data)
    text = pdf.flat_text
    assert "Tags <b>bold</b> & <br/> &amp;" in text
    # where a page ends inside one repeat, the page's header and footer come between its words
    repeats = text.count("Observación detallada sin saltos de línea")
    assert 500 - len(pdf.pages) <= repeats <= 500


def test_progress_goes_forward_to_the_end_and_cancel_stops_the_build(services: Services) -> None:
    seen: list[Progress] = []
    services.exports.briefing(SMALL.id, options(), ProgressReporter(seen.append))
    fractions = [progress.fraction for progress in seen]
    assert fractions == sorted(fractions)
    assert len(fractions) > 10
    assert fractions[-1] == 1.0

    calls = 0

    def cancel_soon() -> bool:
        nonlocal calls
        calls += 1
        return calls > 25

    with pytest.raises(ExportCancelled):
        services.exports.briefing(SMALL.id, options(), ProgressReporter(None, cancel_soon))


def test_layout_leaves_the_cycle_collector_alone(services: Services) -> None:
    """Freezing the collector during layout saved ~20 ms a briefing, but the desktop exports on
    a worker thread while the window runs: in a 70 s soak peak memory grew 36.9 MB with it
    against 21.3 MB without, since what the window dropped meanwhile waited for the rare full
    collection."""
    frozen_during: list[int] = []
    services.exports.briefing(
        SMALL.id, options(), ProgressReporter(lambda _: frozen_during.append(gc.get_freeze_count()))
    )
    assert frozen_during and max(frozen_during) == 0
