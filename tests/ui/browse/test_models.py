"""Every Qt model of the app passes pytest-qt's model tester, and filters what it should."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt

from pimdesk.services.reference import ReferenceService
from pimdesk.ui.browse.glossary_model import LETTER_ROLE, TermFilter, TermListModel
from pimdesk.ui.browse.list_models import NavigationModel, VisitsModel, visit_rows
from pimdesk.ui.browse.matrix_model import MatrixModel, MatrixState
from pimdesk.ui.browse.needs_model import NeedsFilter, NeedsModel, need_entries
from pimdesk.ui.browse.search_model import HEADING_ROLE, SearchResultsModel, result_rows
from pimdesk.ui.context.context_list_model import SelectionsModel
from pimdesk.ui.widgets.model_index import LOCATION_ROLE

pytestmark = pytest.mark.gui


@dataclass(frozen=True)
class FakeVisit:
    kind: str
    ref_id: str
    title: str


@dataclass(frozen=True)
class FakeSummary:
    id: str
    name: str
    scenario: str
    place: str
    modified_utc: str
    deleted_utc: str | None
    accepted: int


class ListedRows:
    """Summaries in a fixed order, served as the list model asks for them (no filter, no sort)."""

    def __init__(self, rows: list[FakeSummary]) -> None:
        self.rows = rows

    def count_listed(self, _query: object) -> int:
        return len(self.rows)

    def list_page(self, _query: object, offset: int, limit: int) -> list[FakeSummary]:
        return self.rows[offset : offset + limit]

    def positions_listed(self, _query: object, ids: set[str]) -> dict[str, int]:
        return {row.id: n for n, row in enumerate(self.rows) if row.id in ids}

    def listed_scenarios(self) -> list[str]:
        return sorted({row.scenario for row in self.rows})


def matrix_state(reference: ReferenceService) -> MatrixState:
    return MatrixState(reference.categories, reference.elements, reference.cells)


def test_matrix_model(qtmodeltester, reference: ReferenceService) -> None:  # type: ignore[no-untyped-def]
    model = MatrixModel(matrix_state(reference))
    qtmodeltester.check(model)
    assert model.rowCount() == len(reference.elements)
    assert model.columnCount() == len(reference.categories)
    outputs_row = [e.id for e in reference.elements].index("outputs")
    case_column = [c.id for c in reference.categories].index("case_management")
    index = model.index(outputs_row, case_column)
    assert index.data(LOCATION_ROLE) == "pim:cell/case_management.outputs"
    assert "Case Management" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_the_matrix_marks_unagreed_definitions_in_words(reference: ReferenceService) -> None:
    model = MatrixModel(matrix_state(reference))
    for column, category in enumerate(reference.categories):
        header = model.headerData(column, Qt.Orientation.Horizontal)
        assert ("[Definition not agreed]" in header) != category.status.definition_agreed
        assert category.status.label in model.headerData(
            column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
        )


def test_an_editorial_definition_under_an_agreed_column_is_marked(
    reference: ReferenceService,
) -> None:
    """M-2: PIM Desk's wording of a first-meeting definition never reads as the agreed text,
    in the grid's preview, the cell's tooltip or the column's tooltip."""
    model = MatrixModel(matrix_state(reference))
    definition_row = next(
        row for row, element in enumerate(reference.elements) if element.category_field
    )
    agreed_editorial = [
        (column, category)
        for column, category in enumerate(reference.categories)
        if category.status.definition_agreed and category.definition_origin == "editorial"
    ]
    assert agreed_editorial, "the content has agreed categories worded by PIM Desk"
    for column, category in agreed_editorial:
        preview = model.index(definition_row, column).data()
        assert f"{category.definition[:40]}" in preview
        assert "[PIM Desk's illustration]" in preview
        tooltip = model.index(definition_row, column).data(Qt.ItemDataRole.ToolTipRole)
        assert "PIM Desk's illustration — not from the source" in tooltip
        header_tip = model.headerData(
            column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
        )
        assert "Definition: PIM Desk's illustration — not from the source" in header_tip
    sourced = [c for c, cat in enumerate(reference.categories) if cat.definition_origin == "source"]
    for column in sourced:  # the source's definitions carry no such mark, but their section
        assert "[PIM Desk" not in model.index(definition_row, column).data()
        tooltip = model.index(definition_row, column).data(Qt.ItemDataRole.ToolTipRole)
        assert "PIM WM2 2015 §" in tooltip


def test_a_long_cell_shows_a_preview_that_says_there_is_more(reference: ReferenceService) -> None:
    state = matrix_state(reference)
    longest = max(
        ((r, c) for r in range(len(state.elements)) for c in range(len(state.categories))),
        key=lambda rc: len(state.cell(*rc).items),
    )
    cell = state.cell(*longest)
    assert len(cell.items) > 4, "the content has a cell longer than the preview"
    preview = state.preview(*longest)
    assert f"and {len(cell.items) - 4} more" in preview
    assert cell.items[0].text in preview
    assert cell.items[-1].text not in preview


def test_needs_model_and_filter(qtmodeltester, reference: ReferenceService) -> None:  # type: ignore[no-untyped-def]
    model = NeedsModel(need_entries(reference))
    proxy = NeedsFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    every = proxy.rowCount()
    assert every == len(reference.questions) + sum(len(s.items) for s in reference.scenarios)
    proxy.set_scenario("sudden_onset_emergency")
    sudden = [proxy.index(row, 0).data() for row in range(proxy.rowCount())]
    scenario = reference.scenario("sudden_onset_emergency")
    assert all(any(item.text in label for label in sudden) for item in scenario.items)
    other = reference.scenario("comprehensive_solutions").items[0].text
    assert not any(other in label for label in sudden)
    proxy.setFilterFixedString("causes of flight")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == [
        "What are the causes of flight?"  # under the heading "Guiding questions" (P9)
    ]
    spoken = proxy.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == "Question: What are the causes of flight?"


def test_term_list_model_and_filter(qtmodeltester, reference: ReferenceService) -> None:  # type: ignore[no-untyped-def]
    model = TermListModel(reference.terms)
    proxy = TermFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    proxy.set_text("REFOUL")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Refoulement"]
    proxy.set_text("non-refoulement")  # an alias finds its term
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Refoulement"]
    proxy.set_text("data protection")  # every word, in any order
    found = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert found and all("data" in f.lower() and "protection" in f.lower() for f in found)
    proxy.set_text("")
    assert proxy.rowCount() == len(reference.terms)
    row = proxy.first_row_with_letter("R")
    assert proxy.index(row, 0).data(LETTER_ROLE) == "R"
    assert proxy.index(row - 1, 0).data(LETTER_ROLE) < "R"


def test_search_results_model(qtmodeltester, reference: ReferenceService) -> None:  # type: ignore[no-untyped-def]
    model = SearchResultsModel()
    qtmodeltester.check(model)
    model.set_rows(result_rows(reference, reference.search("case management")))
    qtmodeltester.check(model)
    headings = [r for r in range(model.rowCount()) if model.index(r, 0).data(HEADING_ROLE)]
    assert headings and headings[0] == 0
    for row in headings:  # a heading is not a result: it cannot be selected or opened
        assert not model.flags(model.index(row, 0)) & Qt.ItemFlag.ItemIsSelectable
        assert model.index(row, 0).data(LOCATION_ROLE) is None
    for row in model.hit_rows():
        assert model.index(row, 0).data(LOCATION_ROLE).startswith("pim:")
    model.set_rows([])
    assert model.rowCount() == 0


def test_every_kind_of_search_hit_opens_a_page(reference: ReferenceService) -> None:
    from pimdesk.ui.browse.page_renderer import PageRenderer
    from pimdesk.ui.shell.page_stack import page_key

    renderer = PageRenderer(reference, list)
    kinds_seen = set()
    for query in ("protection", "human rights", "access", "vision", "feeds", "roads", "flight"):
        for row in result_rows(reference, reference.search(query, limit=100)):
            if row.location is None:
                continue
            kinds_seen.add(row.kind)
            if page_key(row.location.kind) == "document" or row.location.kind == "term":
                assert renderer.render(row.location).html
    assert {
        "category",
        "term",
        "cell",
        "relationship",
        "merged_category",
        "statement",
    } <= kinds_seen


def test_navigation_and_visit_models(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    navigation = NavigationModel()
    qtmodeltester.check(navigation)
    labels = [navigation.index(r, 0).data() for r in range(navigation.rowCount())]
    for expected in (
        "Matrix",
        "Categories",
        "Glossary",
        "Principles",
        "Scenarios",
        "Data sharing",
        "My contexts",
        "Bookmarks",
    ):
        assert expected in labels
    visits = VisitsModel()
    qtmodeltester.check(visits)
    rows = visit_rows(
        [
            FakeVisit("term", "refoulement", "Refoulement"),
            FakeVisit("retired", "x", "Old"),
            FakeVisit("matrix", "", "PIM Matrix"),
        ]
    )
    visits.set_rows(rows)
    assert [visits.index(r, 0).data() for r in range(visits.rowCount())] == [
        "Refoulement",
        "PIM Matrix",
    ]
    assert visits.index(0, 0).data(LOCATION_ROLE) == "pim:term/refoulement"


def test_selections_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    source = ListedRows([])
    model = SelectionsModel(lambda: source, lambda s: s.replace("_", " "))
    qtmodeltester.check(model)
    when = datetime.datetime(2026, 3, 1, 9, 30, tzinfo=datetime.timezone.utc)
    source.rows = [
        FakeSummary("a1", "North", "protracted_emergency", "Goma", when.isoformat(), None, 2)
    ]
    model.refresh()
    qtmodeltester.check(model)
    assert [model.index(0, c).data() for c in range(3)] == ["North", "protracted emergency", "Goma"]
    assert model.index(0, 3).data().startswith("2026-03-01")


def test_the_needs_on_offer_mark_pim_desk_s_illustrations(reference: ReferenceService) -> None:
    """C-2: where a team picks a scenario's must-haves, they read as PIM Desk's, not the
    meeting's; the source's questions carry no such mark."""
    from pimdesk.ui.context.needs_picker import NeedChoicesModel, need_options

    entries = {entry.id: entry.label for entry in need_entries(reference)}
    scenario = reference.scenario("sudden_onset_emergency")
    for item in scenario.items:
        assert entries[item.id].endswith(f"{item.text} [PIM Desk's illustration]")
    for question in reference.questions:
        marked = "[PIM Desk" in entries[question.id]
        assert marked == (question.attribution.origin != "source")
    picker = NeedChoicesModel()
    picker.set_options(need_options(reference, scenario.id, ()), ())
    shown = [picker.index(row).data() for row in range(picker.rowCount())]
    illustrative = len(scenario.items) + sum(
        q.attribution.origin == "editorial" for q in reference.questions_for(scenario.id)
    )
    assert sum("[PIM Desk's illustration]" in line for line in shown) == illustrative
