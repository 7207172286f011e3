"""The three questions a newcomer to PIM brings, each answered through the GUI alone.

"What does Case Management produce?", "What does refoulement mean?" and "Which categories does
a sudden-onset emergency need?" — each is followed from the start page the way a person who has
never seen PIM would: links and lists, the keyboard or the mouse, no search needed.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QListView
from pytestqt.qtbot import QtBot

from pimdesk.domain.content import Priority
from pimdesk.services.reference import ReferenceService
from pimdesk.ui.browse.glossary_page import GlossaryPage
from pimdesk.ui.browse.matrix_page import MatrixPage
from pimdesk.ui.locations import Location
from pimdesk.ui.shell.main_window import MainWindow
from pimdesk.ui.widgets.group_delegate import heading_of
from tests.ui.helpers import click_link, current_view, page_text

pytestmark = pytest.mark.gui


def flat(text: str) -> str:
    return " ".join(text.split())


def test_what_case_management_produces_from_the_start_page(
    qtbot: QtBot, window: MainWindow, reference: ReferenceService
) -> None:
    click_link(qtbot, current_view(window), "pim:element/outputs")
    assert window.history.current == Location("element", "outputs")
    shown = flat(page_text(window))
    outputs = reference.cell("case_management", "outputs")
    assert "Case Management" in shown
    for item in outputs.items:
        assert flat(item.text) in shown


def heading(text: str) -> str:
    """A grid header as words: the compact matrix wraps its headers onto several lines."""
    return text.replace("\n", " ")


def test_what_case_management_produces_from_the_matrix_grid(
    qtbot: QtBot, window: MainWindow, reference: ReferenceService
) -> None:
    window.navigation_view.setFocus()
    matrix_row = window.navigation_model.row_of("matrix")
    window.navigation_view.setCurrentIndex(window.navigation_model.index(matrix_row, 0))
    qtbot.keyClick(window.navigation_view, Qt.Key.Key_Return)
    page = window.pages.currentWidget()
    assert isinstance(page, MatrixPage)
    grid = page.grid
    model = grid.model()
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal)
        .replace("\n", " ")
        .startswith("Case Management")
    )
    row = next(
        r
        for r in range(model.rowCount())
        if heading(model.headerData(r, Qt.Orientation.Vertical)).startswith("Output")
    )
    grid.setFocus()
    grid.setCurrentIndex(model.index(row, column))
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert window.history.current == Location("cell", "case_management.outputs")
    shown = flat(page_text(window))
    for item in reference.cell("case_management", "outputs").items:
        assert flat(item.text) in shown


def test_what_refoulement_means_through_the_glossary(
    qtbot: QtBot, window: MainWindow, reference: ReferenceService
) -> None:
    glossary_row = window.navigation_model.row_of("glossary")
    qtbot.mouseClick(
        window.navigation_view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.navigation_view.visualRect(
            window.navigation_model.index(glossary_row, 0)
        ).center(),
    )
    page = window.pages.currentWidget()
    assert isinstance(page, GlossaryPage)
    qtbot.keyClicks(page.filter_edit, "refoul")
    assert page.proxy.rowCount() == 1
    assert page.count_label.text() == f"1 of {len(reference.terms)} terms"
    page.list_view.setFocus()
    qtbot.keyClick(page.list_view, Qt.Key.Key_Down)
    assert window.history.current == Location("term", "refoulement")
    shown = flat(page_text(window))
    definition = reference.term("refoulement").definitions[0]
    assert flat(definition.text) in shown
    assert definition.attribution.source in shown


def test_the_a_to_z_bar_jumps_to_a_letter(qtbot: QtBot, window: MainWindow) -> None:
    window.go(Location("glossary"))
    page = window.pages.currentWidget()
    assert isinstance(page, GlossaryPage)
    qtbot.mouseClick(page.letters.button("R"), Qt.MouseButton.LeftButton)
    current = page.list_view.currentIndex()
    assert current.data().startswith("R")
    assert page.proxy.index(current.row() - 1, 0).data()[0] < "R"
    assert window.history.current is not None and window.history.current.kind == "term"
    assert not page.letters.button("Z").isEnabled() or any(
        t.letter == "Z" for t in window.services.reference.terms
    )


def test_which_categories_a_sudden_onset_emergency_needs(
    qtbot: QtBot, window: MainWindow, reference: ReferenceService
) -> None:
    click_link(qtbot, current_view(window), "pim:scenario/sudden_onset_emergency")
    assert window.history.current == Location("scenario", "sudden_onset_emergency")
    shown = flat(page_text(window))
    assert "Categories this scenario needs" in shown
    scenario = reference.scenario("sudden_onset_emergency")
    needed = {c for item in scenario.items_with(Priority.MUST_HAVE) for c in item.categories}
    assert needed
    for category in reference.categories:
        if category.id in needed:
            assert category.name in shown
    # From the table, a category opens its own page.
    first = sorted(needed)[0]
    click_link(qtbot, current_view(window), f"pim:category/{first}")
    assert window.history.current == Location("category", first)


def test_what_data_do_i_need_leads_to_the_categories_that_produce_it(
    qtbot: QtBot, window: MainWindow, reference: ReferenceService
) -> None:
    click_link(qtbot, current_view(window), "pim:matrix/questions")
    page = window.pages.currentWidget()
    assert isinstance(page, MatrixPage) and page.currentIndex() == 1
    panel = page.needs
    qtbot.keyClicks(panel.filter_edit, "causes of flight")
    assert panel.proxy.rowCount() == 1
    panel.list_view.setFocus()
    qtbot.keyClick(panel.list_view, Qt.Key.Key_Down)
    preview = flat(panel.preview.toPlainText())
    question = reference.question("q_causes_of_flight")
    for category_id in question.categories:
        assert reference.category(category_id).name in preview
    qtbot.keyClick(panel.list_view, Qt.Key.Key_Return)
    assert window.history.current == Location("question", "q_causes_of_flight")


def headings(view: QListView) -> list[str]:
    model = view.model()
    return [h for h in (heading_of(model.index(r, 0)) for r in range(model.rowCount())) if h]


def test_the_needs_are_listed_under_group_headings_not_prefixes(
    qtbot: QtBot, window: MainWindow
) -> None:
    """P9: "What data do I need?" and the context's Data needs tab show each group's heading
    once, drawn above its first item, and no "Question:" or "[Must have]" on every line."""
    window.go(Location("matrix", "questions"))
    panel = window.pages.currentWidget().needs
    panel.scenario_choice.setCurrentIndex(panel.scenario_choice.findData("sudden_onset_emergency"))
    assert headings(panel.list_view) == [
        "Guiding questions",
        "Must have: Sudden-onset emergency",
        "Nice to have: Sudden-onset emergency",
    ]
    shown = [panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())]
    assert not [s for s in shown if s.startswith(("Question", "["))]
    view = panel.list_view
    qtbot.waitUntil(lambda: view.visualRect(panel.proxy.index(0, 0)).height() > 0)
    first, second = (view.visualRect(panel.proxy.index(r, 0)) for r in (0, 1))
    image = view.viewport().grab().toImage()
    band = image.pixelColor(first.left() + 1, first.top() + 2)
    assert band == view.palette().color(QPalette.ColorRole.Window)  # the heading's band
    assert image.pixelColor(second.left() + 1, second.top() + 2) != band
    selection = window.services.selections.create("Kasai", "sudden_onset_emergency")
    window.go(Location("selections", selection.id))
    picker = window.pages.currentWidget().editor.needs
    assert headings(picker.list_view) == ["Must have", "Nice to have", "Guiding questions"]
    texts = [picker.model.index(r).data() for r in range(picker.model.rowCount())]
    assert not [t for t in texts if t.startswith("[")]
    spoken = picker.model.index(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("[Must have] ")
