"""The category sheet of every category, A4 and Letter: at most three pages (issue 17: a long
category takes a third page rather than shrink its type under 8.5 points), public by default,
with its status, definition, matrix column, conditions and essential data."""

from __future__ import annotations

from pathlib import Path

import pytest

from pimdesk.domain.briefing_input import BuiltDocument, Paper
from pimdesk.domain.sensitivity import Sensitivity
from pimdesk.services.container import Services
from tests.briefing.pdf_tools import (
    ReadPdf,
    assert_furniture,
    assert_page_size,
    flatten,
    fonts_of,
    qpdf_check,
    read_pdf,
    smallest_text,
)
from tests.briefing.sample import CATEGORY_IDS, EXPORT_DATE, options


@pytest.fixture(scope="module")
def sheets(services: Services) -> dict[tuple[str, Paper], tuple[BuiltDocument, ReadPdf]]:
    """Every category's sheet on both papers, built once."""
    built = {}
    for category in CATEGORY_IDS:
        for paper in Paper:
            document = services.exports.category_sheet(category, options(paper))
            built[(category, paper)] = (document, read_pdf(document.data))
    return built


@pytest.mark.parametrize("paper", list(Paper), ids=lambda paper: paper.value)
@pytest.mark.parametrize("category_id", CATEGORY_IDS)
def test_a_sheet_fits_three_pages_in_readable_type_and_carries_its_label_everywhere(
    sheets: dict[tuple[str, Paper], tuple[BuiltDocument, ReadPdf]],
    services: Services,
    category_id: str,
    paper: Paper,
) -> None:
    document, pdf = sheets[(category_id, paper)]
    assert document.pages == len(pdf.pages)
    assert 1 <= len(pdf.pages) <= 3
    assert smallest_text(pdf) >= 8.5 - 0.01
    assert_page_size(pdf, paper)
    assert_furniture(pdf, "PUBLIC", services.reference.info.version, EXPORT_DATE.isoformat())
    category = services.reference.category(category_id)
    assert pdf.reader.metadata is not None
    assert pdf.reader.metadata.title == f"Category sheet: {category.name}"
    assert pdf.outline_titles()[0][1] == category.name


@pytest.mark.parametrize("category_id", CATEGORY_IDS)
def test_a_sheet_shows_the_category_whole(
    sheets: dict[tuple[str, Paper], tuple[BuiltDocument, ReadPdf]],
    services: Services,
    category_id: str,
) -> None:
    _, pdf = sheets[(category_id, Paper.A4)]
    text = pdf.flat_text
    overview = services.reference.overview(category_id)
    category = overview.category
    for part in (
        category.definition,
        category.purpose,
        category.explanation,
        category.status.label,
    ):
        assert flatten(part) in text
    for element, cell in overview.cells:
        if element.category_field is None:
            assert element.name in text
            for item in cell.items:  # a page break may fall inside an item: its start is enough
                assert " ".join(item.text.split()[:6]) in text, item.text
    for _, item in overview.scenario_items:
        assert " ".join(item.text.split()[:6]) in text
    for condition_id in {c for _, cell in overview.cells for i in cell.items for c in i.conditions}:
        assert services.reference.conditions[condition_id].label in text
    if not category.status.definition_agreed:
        assert "Definition not agreed: read it as a working description." in text


def test_a_sheet_can_carry_another_level(services: Services) -> None:
    built = services.exports.category_sheet(
        "case_management", options(sensitivity=Sensitivity.CONFIDENTIAL)
    )
    for page in read_pdf(built.data).pages:
        assert page.count("CONFIDENTIAL") >= 2
        assert "PUBLIC" not in page


def test_the_longest_sheet_passes_qpdf_and_embeds_its_fonts(
    sheets: dict[tuple[str, Paper], tuple[BuiltDocument, ReadPdf]], tmp_path: Path
) -> None:
    document, _ = sheets[("sectoral_system_other", Paper.LETTER)]
    path = tmp_path / "sheet.pdf"
    path.write_bytes(document.data)
    assert qpdf_check(path).returncode == 0
    assert all(font["embedded"] == "yes" for font in fonts_of(path))


def test_a_condition_of_pim_desk_s_own_is_marked_and_the_source_s_is_not() -> None:
    """Every condition the PDFs print says so when it is PIM Desk's (none is today: built here)."""
    from pathlib import Path

    from pimdesk.briefing.category_blocks import condition_blocks
    from pimdesk.briefing.flowables import Area
    from pimdesk.briefing.fonts import register_fonts
    from pimdesk.briefing.styles import make_styles
    from pimdesk.domain.content import Attribution, Condition
    from pimdesk.domain.document_labels import ENGLISH_LABELS

    fonts = Path(__file__).resolve().parents[2] / "resources" / "fonts"
    styles = make_styles(register_fonts(fonts))
    ours = Condition("ours", "Ours", "A rule of thumb.", Attribution("PIM WM2 2015 §10.7", "note"))
    theirs = Condition(
        "theirs", "Theirs", "As printed.", Attribution("PIM WM2 2015 §10.7", "source")
    )
    blocks = condition_blocks((ours, theirs), styles, ENGLISH_LABELS, Area(400, 600))
    texts = [block.getPlainText() for block in blocks[1:]]
    assert texts == [
        "Ours: A rule of thumb. (PIM Desk's note on PIM WM2 2015 §10.7)",
        "Theirs: As printed.",
    ]
