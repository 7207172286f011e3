"""The builder's tiers and systems map, driven through the real widgets."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pimdesk.domain.selection import Constraint, RunStatus, Selection
from pimdesk.ui.context.context_editor import ContextEditor
from pimdesk.ui.context.suggestions_model import COLUMNS
from pimdesk.ui.locations import Location
from pimdesk.ui.shell.main_window import MainWindow
from tests.ui.context.context_helpers import choose, selections_page, type_text


@pytest.fixture
def opened(window: MainWindow) -> Iterator[tuple[MainWindow, Selection, ContextEditor]]:
    context = window.services.selections.create("Kasai", "sudden_onset_emergency")
    window.go(Location("selections", context.id))
    yield window, context, selections_page(window).editor


def tiers_shown(editor: ContextEditor) -> dict[str, str]:
    """Each category's tier as the table says it: the tier in the cell, and for "Add when …" the
    condition, which the cell's tooltip (and the reasons beside the table) gives in full."""
    model = editor.suggestions.model
    column = COLUMNS.index("tier")
    shown = {}
    for r in range(model.rowCount()):
        cell = model.index(r, column)
        tip = cell.data(Qt.ItemDataRole.ToolTipRole)
        shown[model.row(r).category] = tip if cell.data() == "Add when …" else cell.data()
    return shown


def test_the_table_shows_every_category_in_its_tier_with_the_reasons_beside(
    opened: tuple[MainWindow, Selection, ContextEditor],
) -> None:
    _window, _context, editor = opened
    shown = tiers_shown(editor)
    assert len(shown) == 8
    assert next(iter(shown.values())) == "Start here"
    assert shown["security_situational_awareness"] == "Start here"
    assert shown["case_management"] == "Not needed now"
    assert editor.suggestions.add_button.isHidden()  # every category is listed
    editor.suggestions.select_category("security_situational_awareness")
    page = editor.suggestions.reasons_view.page
    assert page is not None and "Tier: Start here" in page.html
    assert "PIM Desk&#x27;s note on PIM WM2 2015 §7.1" in page.html or (
        "PIM Desk's note on PIM WM2 2015 §7.1" in page.html
    )


def test_a_system_added_on_the_map_is_saved_and_moves_its_category_out(
    qtbot: QtBot, opened: tuple[MainWindow, Selection, ContextEditor]
) -> None:
    window, context, editor = opened
    assert tiers_shown(editor)["population_data"] == "Start here"
    box = editor.systems.map_box
    box.name_edit.setFocus()
    type_text(box.name_edit, "DTM round 3")
    choose(qtbot, box.category_combo, "population_data")
    box.organisation_edit.setFocus()
    type_text(box.organisation_edit, "IOM")
    box.frequency_edit.setFocus()
    type_text(box.frequency_edit, "Monthly")
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    assert editor.autosaver.flush()
    stored = window.services.selections.get(context.id)
    assert [(s.name, s.category, s.organisation, s.frequency) for s in stored.system_map] == [
        ("DTM round 3", "population_data", "IOM", "Monthly")
    ]
    assert box.table.rowCount() == 1 and box.table.item(0, 0).text() == "DTM round 3"
    assert box.name_edit.text() == ""
    assert tiers_shown(editor)["population_data"] == "Not needed now"
    findings = editor.systems.findings_label.text()
    assert "Gap: Security and Situational Awareness is needed" in findings


def test_a_second_system_of_one_category_is_an_overlap_and_removing_it_ends_it(
    qtbot: QtBot, opened: tuple[MainWindow, Selection, ContextEditor]
) -> None:
    window, context, editor = opened
    box = editor.systems.map_box
    for name, status in (("DTM round 3", RunStatus.OPERATING), ("Registration", RunStatus.PLANNED)):
        box.name_edit.setFocus()
        type_text(box.name_edit, name)
        choose(qtbot, box.category_combo, "population_data")
        choose(qtbot, box.status_combo, status.value)
        qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    assert "Overlap: Population Data is done by DTM round 3, Registration." in (
        editor.systems.findings_label.text()
    )
    box.name_edit.setFocus()
    type_text(box.name_edit, "dtm ROUND 3")
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    assert not box.message.isHidden() and "already has a system named" in box.message.text()
    assert len(window.services.selections.get(context.id).system_map) == 2
    box.table.selectRow(1)
    qtbot.mouseClick(box.remove_button, Qt.MouseButton.LeftButton)
    assert editor.autosaver.flush()
    assert [s.name for s in window.services.selections.get(context.id).system_map] == [
        "DTM round 3"
    ]
    assert "Overlap" not in editor.systems.findings_label.text()


def test_an_empty_name_is_said_and_nothing_is_added(
    qtbot: QtBot, opened: tuple[MainWindow, Selection, ContextEditor]
) -> None:
    window, context, editor = opened
    box = editor.systems.map_box
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    assert "needs a name" in box.message.text()
    assert window.services.selections.get(context.id).system_map == ()


def test_ticking_a_limit_is_saved_and_changes_the_tiers(
    qtbot: QtBot, opened: tuple[MainWindow, Selection, ContextEditor]
) -> None:
    window, context, editor = opened
    assert tiers_shown(editor)["protection_needs_assessment"] == "Start here"
    editor.tabs.setCurrentWidget(editor.systems)
    box = editor.systems.constraints.boxes[Constraint.ACCESS_LIMITED]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert editor.autosaver.flush()
    assert window.services.selections.get(context.id).constraints == (Constraint.ACCESS_LIMITED,)
    assert tiers_shown(editor)["protection_needs_assessment"] == "Add when access improves"
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert editor.autosaver.flush()
    assert window.services.selections.get(context.id).constraints == ()
