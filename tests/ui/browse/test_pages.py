"""The rich-text pages: what each says, and that every link in every page leads somewhere."""

from __future__ import annotations

import re
from html import unescape

import pytest

from pimdesk.domain.content import Priority
from pimdesk.domain.errors import NotFoundError
from pimdesk.services.reference import ReferenceService
from pimdesk.ui.browse.page_renderer import PageRenderer
from pimdesk.ui.locations import Location
from pimdesk.ui.shell.page_stack import default_page_factories, page_key

pytestmark = pytest.mark.gui  # the renderers use Qt's translation

LINK = re.compile(r'href="([^"]+)"')


@pytest.fixture
def renderer(reference: ReferenceService) -> PageRenderer:
    return PageRenderer(reference, list)


BLOCK_TAG = re.compile(r"<(?:br\s*/?|/?(?:p|h\d|li|ul|td|th|tr|table))[^>]*>")


def plain(html: str) -> str:
    """The text a reader sees: block tags become spaces, inline tags vanish."""
    spaced = re.sub(r"<[^>]+>", "", BLOCK_TAG.sub(" ", html))
    return re.sub(r"\s+", " ", unescape(spaced).replace("\xa0", " "))


def test_every_link_in_every_page_leads_to_a_page(renderer: PageRenderer) -> None:
    """Crawl from the start page and every list page; every `pim:` link must open."""
    factories = default_page_factories()
    start = [
        Location(kind)
        for kind in (
            "home",
            "categories",
            "principles",
            "scenarios",
            "challenges",
            "access",
            "about",
        )
    ]
    queue, seen = list(start), set()
    while queue:
        location = queue.pop()
        if location in seen:
            continue
        seen.add(location)
        key = page_key(location.kind)
        assert key in factories, location
        if key != "document" and location.kind != "term":
            continue
        html = renderer.render(location).html
        for address in LINK.findall(html):
            target = Location.parse(unescape(address))
            assert target is not None, f"{address} in {location.url}"
            queue.append(target)
    kinds = {location.kind for location in seen}
    assert {
        "category",
        "cell",
        "element",
        "term",
        "principle",
        "scenario",
        "challenge",
        "question",
        "need",
        "matrix",
        "glossary",
    } <= kinds
    assert len(seen) > 150


def test_a_category_page_shows_everything_about_the_category(
    renderer: PageRenderer, reference: ReferenceService
) -> None:
    overview = reference.overview("case_management")
    html = renderer.render(Location("category", "case_management")).html
    text = plain(html)
    assert "Status: Agreed and endorsed." in text
    for element, cell in overview.cells:
        if not element.category_field:
            assert element.name in text
            assert f'href="pim:cell/{cell.id}"' in html
    for relation in overview.relationships:
        assert (
            plain(relation.explanation) in re.sub(r"\s+", " ", text)
            or relation.explanation.split()[0] in text
        )
    assert "Scenarios that need it" in text
    for scenario, _item in overview.scenario_items:
        assert f'href="pim:scenario/{scenario.id}"' in html
    assert "Sources" in text and overview.category.source in text
    assert 'href="pim:term/informed_consent"' in html  # a glossary term in the text is a link


def test_examples_and_editorial_text_are_marked_in_words(
    renderer: PageRenderer, reference: ReferenceService
) -> None:
    cell = reference.cell("case_management", "tools")
    assert any(item.is_example for item in cell.items)
    text = plain(renderer.render(Location("cell", cell.id)).html)
    for item in cell.items:
        if item.is_example:
            assert re.search(r"e\.g\.\s+" + re.escape(item.text.split()[0]), text)
    assert "[PIM Desk's illustration]" in text  # the examples are PIM Desk's, not the source's
    assert "PIM Desk's illustration is PIM Desk's own example or common practice" in text


def test_unagreed_categories_carry_a_badge_in_words(
    renderer: PageRenderer, reference: ReferenceService
) -> None:
    unagreed = [c for c in reference.categories if not c.status.definition_agreed]
    assert unagreed
    listing = plain(renderer.render(Location("categories")).html)
    for category in unagreed:
        page = plain(renderer.render(Location("category", category.id)).html)
        assert "[Definition not agreed]" in page
        assert category.status.label in page
        assert f"{category.name} [Definition not agreed]" in listing


def test_the_merged_human_rights_category_is_explained_where_it_went(
    renderer: PageRenderer, reference: ReferenceService
) -> None:
    merged = reference.merged_categories[0]
    html = renderer.render(Location("category", merged.merged_into)).html
    assert f"{merged.name}: merged into this category" in plain(html)
    assert '<a name="merged">' in html


def test_a_term_page_shows_definitions_sources_related_terms_and_categories(
    renderer: PageRenderer, reference: ReferenceService
) -> None:
    term = reference.term("refoulement")
    html = renderer.render(Location("term", term.id)).html
    text = plain(html)
    assert term.definitions[0].text.split(",")[0] in text
    # an editorial definition is never "Source: §10.3": §10.3 only mentions refoulement
    section = term.definitions[0].attribution.source
    assert f"PIM Desk's illustration — not from the source; related: {section}" in text
    assert f"Source: {section}" not in text
    for related in term.related:
        assert f'href="pim:term/{related}"' in html
    for category in term.categories:
        assert f'href="pim:category/{category}"' in html
    assert 'href="pim:term/refoulement"' not in html  # a term does not link to itself


def test_a_scenario_page_lists_must_have_and_nice_to_have_by_category(
    renderer: PageRenderer, reference: ReferenceService
) -> None:
    scenario = reference.scenario("sudden_onset_emergency")
    html = renderer.render(Location("scenario", scenario.id)).html
    table = html[html.index("<table") : html.index("</table>")]
    for item in scenario.items:
        for category in item.categories:
            assert f'href="pim:category/{category}"' in table
        assert f'href="pim:need/{item.id}"' in table
    assert "Must have" in plain(table) and "Nice to have" in plain(table)
    must = {c for i in scenario.items_with(Priority.MUST_HAVE) for c in i.categories}
    first_rows = re.findall(r'<tr><td><a href="pim:category/(\w+)"', table)
    assert set(first_rows[: len(must)]) == must  # categories with a must-have come first


def test_principles_challenges_and_access_have_their_own_linked_pages(
    renderer: PageRenderer, reference: ReferenceService
) -> None:
    challenge = reference.challenges[0]
    html = renderer.render(Location("challenge", challenge.id)).html
    assert all(plain(m)[:30] in plain(html) for m in challenge.mitigations)
    for principle in challenge.principles:
        assert f'href="pim:principle/{principle}"' in html
        assert (
            f'href="pim:challenge/{challenge.id}"'
            in renderer.render(Location("principle", principle)).html
        )
    access = renderer.render(Location("access")).html
    for dimension in reference.access_dimensions:
        assert f'<a name="{dimension.id}">' in access
        assert all(v.name in plain(access) for v in dimension.variables)


def test_a_missing_record_is_a_clear_error(renderer: PageRenderer) -> None:
    with pytest.raises(NotFoundError, match="no glossary term"):
        renderer.render(Location("term", "no_such_term"))
    with pytest.raises(NotFoundError):
        renderer.render(Location("category"))


def test_every_kind_of_document_page_has_a_renderer() -> None:
    from pimdesk.ui.browse.page_renderer import LIST_PAGES, RECORD_PAGES, renderer_for

    for address in (*LIST_PAGES.values(), *RECORD_PAGES.values()):
        assert callable(renderer_for(address)), address


def test_the_about_page_shows_every_statement_kind_under_its_heading(
    renderer: PageRenderer, reference: ReferenceService
) -> None:
    text = plain(renderer.render(Location("about")).html)
    headings = ["Definition of PIM", "About the source document", "What was agreed",
                "Reading the source", "Results", "Questions the source leaves open",
                "Before sharing: the footnote 7 checklist",
                "Documents referenced but not carried"]  # fmt: skip
    positions = [text.index(heading) for heading in headings]
    assert positions == sorted(positions)
    sectoral = reference.statement("agreement_sectoral")
    assert f"{sectoral.title} [Not agreed]" in text
    assert "collectively owned by the humanitarian community" in text


ANCHOR = re.compile(r'<a href="([^"]+)"[^>]*>(.*?)</a>', re.S)


def test_the_cell_links_of_a_row_page_say_which_cell(
    renderer: PageRenderer, reference: ReferenceService
) -> None:
    """Screen readers list a page's links by their text: eight "Open this cell" said nothing
    (review D25). Each names its category, and no two cell links read the same."""
    for element in reference.elements:
        html = renderer.render(Location("element", element.id)).html
        cells = {
            plain(label).strip(): address
            for address, label in ANCHOR.findall(html)
            if address.startswith("pim:cell/")
        }
        categories = [category for category, _cell in reference.row(element.id)]
        assert len(cells) == len(categories), (element.id, sorted(cells))
        for category in categories:
            assert f"Open this cell: {category.name}" in cells, (element.id, sorted(cells))
