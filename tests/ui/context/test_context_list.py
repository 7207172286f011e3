"""Working with the list of contexts: rename, duplicate, delete with undo, the trash, compare."""

from __future__ import annotations

import datetime
import time
from collections.abc import Sequence
from dataclasses import replace

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from pimdesk.domain.listing import PAGE_ROWS, ListQuery, fold
from pimdesk.domain.selection import (
    DataNeed,
    NeedSource,
    PimSystem,
    Selection,
    SystemStatus,
)
from pimdesk.store.sqlite_tools import transaction
from pimdesk.store.userdata import SelectionSummary
from pimdesk.ui.context.context_dialogs import RenameDialog, TrashDialog
from pimdesk.ui.context.context_list import ContextList
from pimdesk.ui.locations import Location
from pimdesk.ui.shell.main_window import MainWindow
from tests.ui.context.context_helpers import (
    focused,
    retype,
    selections_page,
    type_text,
    unnamed_controls,
)

pytestmark = pytest.mark.gui
OPERATING = SystemStatus.OPERATING


def names(panel: ContextList) -> list[str]:
    return [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())]


def the_list(window: MainWindow, *made: tuple[str, str]) -> ContextList:
    for name, scenario in made:
        window.services.selections.create(name, scenario, place="Somewhere")
    window.go(Location("selections"))
    return selections_page(window).list_panel


def choose_rows(panel: ContextList, *wanted: str) -> None:
    selection = panel.table.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for name in wanted:
        selection.select(panel.model.index(names(panel).index(name), 0), flags)
    panel.table.setFocus()


def test_rename_says_what_is_wrong_with_a_name_and_keeps_the_dialog_open(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = the_list(window, ("Kasai", "sudden_onset_emergency"), ("Goma", "protracted_emergency"))
    choose_rows(panel, "Kasai")
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    dialog = panel.rename_dialog
    assert isinstance(dialog, RenameDialog) and dialog.isVisible()
    for typed, said in (
        ("GOMA", "Another context is already named “Goma”"),
        ("", "A context needs a name"),
        ("x" * 201, "at most 200 characters (this one has 201)"),
    ):
        retype(qtbot, dialog.name_edit, typed)
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
        assert dialog.isVisible() and said in dialog.message.text()
        assert dialog.name_edit.text() == typed  # what was typed is still there to fix
    retype(qtbot, dialog.name_edit, "Kasai / “Tshikapa” — كاساي")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert sorted(names(panel)) == ["Goma", "Kasai / “Tshikapa” — كاساي"]
    assert panel.selected_ids() == [
        window.services.selections.find("kasai / “tshikapa” — كاساي").id
    ]


def test_duplicate_makes_a_copy_under_a_free_name(qtbot: QtBot, window: MainWindow) -> None:
    panel = the_list(window, ("Kasai", "sudden_onset_emergency"))
    window.services.selections.save(
        window.services.selections.find("Kasai").with_system("case_management", OPERATING)
    )
    choose_rows(panel, "Kasai")
    qtbot.mouseClick(panel.buttons["duplicate"], Qt.MouseButton.LeftButton)
    assert sorted(names(panel)) == ["Kasai", "Kasai (copy)"]
    assert "Duplicated as “Kasai (copy)”" in panel.notice.label.text()
    copy = window.services.selections.find("Kasai (copy)")
    assert panel.selected_ids() == [copy.id]
    assert copy.systems == window.services.selections.find("Kasai").systems


def test_delete_moves_to_the_trash_and_ctrl_z_brings_it_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = the_list(window, ("Kasai", "sudden_onset_emergency"), ("Goma", "protracted_emergency"))
    choose_rows(panel, "Kasai", "Goma")
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert names(panel) == [] and panel.empty_label.isVisible()
    assert sorted(s.name for s in window.services.selections.trash()) == ["Goma", "Kasai"]
    assert panel.notice.isVisible() and panel.notice.undo_button.isVisible()
    assert "Moved to the trash (kept 30 days)" in panel.notice.label.text()
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert sorted(names(panel)) == ["Goma", "Kasai"]
    assert window.services.selections.trash() == []
    assert (
        panel.notice.label.text() == "Deletion undone." and not panel.notice.undo_button.isVisible()
    )


def test_the_undo_button_and_the_trash_restore_a_deleted_context(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = the_list(window, ("Kasai", "sudden_onset_emergency"), ("Goma", "protracted_emergency"))
    choose_rows(panel, "Kasai")
    qtbot.mouseClick(panel.buttons["delete"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.notice.undo_button, Qt.MouseButton.LeftButton)
    assert sorted(names(panel)) == ["Goma", "Kasai"]
    choose_rows(panel, "Goma")
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    qtbot.mouseClick(panel.notice.trash_button, Qt.MouseButton.LeftButton)
    trash = panel.trash_dialog
    assert isinstance(trash, TrashDialog) and trash.isVisible()
    assert [trash.model.index(0, c).data() for c in (0, 1)] == ["Goma", "Protracted emergency"]
    qtbot.mouseClick(trash.restore_button, Qt.MouseButton.LeftButton)
    assert trash.model.rowCount() == 0 and not trash.restore_button.isEnabled()
    assert sorted(names(panel)) == ["Goma", "Kasai"]
    assert panel.selected_ids() == [window.services.selections.find("Goma").id]


def test_a_deleted_context_cannot_be_edited_until_it_is_restored(window: MainWindow) -> None:
    panel = the_list(window, ("Kasai", "sudden_onset_emergency"))
    kasai = window.services.selections.find("Kasai")
    window.go(Location("selections", kasai.id))
    window.services.selections.delete(kasai.id)
    window.go(Location("selections", kasai.id))  # e.g. from the history or a bookmark
    assert window.current_title == "Page not found"
    window.services.selections.restore(kasai.id)
    window.go(Location("selections", kasai.id))
    assert window.current_title == "Kasai" and panel.isHidden()


def test_compare_shows_two_contexts_side_by_side(qtbot: QtBot, window: MainWindow) -> None:
    selections = window.services.selections
    kasai = selections.create(
        "Kasai", "protracted_emergency", place="Tshikapa", categories=("case_management",)
    )
    selections.set_choice(kasai.id, "case_management", notes="Referral pathway in place")
    selections.add_system(kasai.id, PimSystem("DTM round 3", "population_data", organisation="IOM"))
    need = DataNeed(NeedSource.CUSTOM, "Where the displaced sleep")
    selections.save(
        replace(selections.get(kasai.id), date=datetime.date(2026, 11, 19), needs=(need,))
    )
    panel = the_list(window, ("Goma", "protracted_emergency"))
    choose_rows(panel, "Kasai")
    assert not panel.buttons["compare"].isEnabled()  # one is not enough
    choose_rows(panel, "Kasai", "Goma")
    assert panel.buttons["compare"].isEnabled() and not panel.buttons["open"].isEnabled()
    qtbot.mouseClick(panel.buttons["compare"], Qt.MouseButton.LeftButton)
    dialog = panel.compare_dialog
    assert dialog.isVisible()
    assert not dialog.table.verticalHeader().isVisible()  # D21: no row numbers
    headings = [dialog.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headings == ["Detail", "Kasai", "Goma", "Same?"]  # rows are not only categories
    dialog.only_differences.setFocus()
    qtbot.keyClick(dialog.only_differences, Qt.Key.Key_Space)
    differing = [
        [dialog.proxy.index(r, c).data() for c in range(4)] for r in range(dialog.proxy.rowCount())
    ]
    assert differing == [
        ["Place", "Tshikapa", "Somewhere", "Different"],
        ["Date", "2026-11-19", "", "Different"],
        ["Case Management", "Accepted", "To decide", "Different"],
        ["Notes: Case Management", "Referral pathway in place", "", "Different"],
        ["Tier: Population Data", "Not needed now", "Add when estimates are no longer enough "
         "and figures by age, sex and location are needed", "Different"],
        ["System: DTM round 3", "Operating — Population Data — IOM", "Not on the map",
         "Different"],
        ["Data need: Where the displaced sleep", "Picked", "Not picked", "Different"],
    ]  # fmt: skip
    first = dialog.proxy.index(0, 1)
    assert first.data(Qt.ItemDataRole.FontRole).bold()
    assert first.data(Qt.ItemDataRole.BackgroundRole) is not None
    qtbot.keyClick(dialog.only_differences, Qt.Key.Key_Space)
    same = [dialog.proxy.index(r, 0).data() for r in range(dialog.proxy.rowCount())]
    assert "Scenario" in same and "Tier: Security and Situational Awareness" in same
    scenario = dialog.proxy.index(same.index("Scenario"), 1)
    assert scenario.data(Qt.ItemDataRole.FontRole) is None


def test_the_filter_box_narrows_the_list_as_you_type(qtbot: QtBot, window: MainWindow) -> None:
    panel = the_list(
        window, ("Kasai floods", "sudden_onset_emergency"), ("Goma camps", "protracted_emergency")
    )
    panel.filter_edit.setFocus()
    type_text(panel.filter_edit, "protracted")
    qtbot.waitUntil(lambda: names(panel) == ["Goma camps"])  # once the typing pauses
    choose_rows(panel, "Goma camps")
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert window.current_title == "Goma camps"
    editor = selections_page(window).editor
    assert focused() is editor.details.name_edit  # the keyboard goes on in the editor
    qtbot.mouseClick(editor.list_button, Qt.MouseButton.LeftButton)
    assert window.history.current == Location("selections") and focused() is panel.table


def test_the_dialogs_name_and_describe_their_controls(qtbot: QtBot, window: MainWindow) -> None:
    panel = the_list(window, ("Kasai", "sudden_onset_emergency"), ("Goma", "protracted_emergency"))
    choose_rows(panel, "Kasai", "Goma")
    qtbot.mouseClick(panel.buttons["compare"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.buttons["delete"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.buttons["trash"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.notice.undo_button, Qt.MouseButton.LeftButton)
    choose_rows(panel, "Goma")
    qtbot.mouseClick(panel.buttons["rename"], Qt.MouseButton.LeftButton)
    dialogs = (panel.compare_dialog, panel.trash_dialog, panel.rename_dialog)
    assert all(dialog.isVisible() for dialog in dialogs)
    assert not unnamed_controls(panel), sorted(unnamed_controls(panel))
    for dialog in dialogs:
        assert not unnamed_controls(dialog), sorted(unnamed_controls(dialog))


def fill(window: MainWindow, count: int) -> None:
    """`count` contexts written in one transaction (setup for the timing, not timed)."""
    store = window.services.user_store
    with transaction(store.connection) as connection:
        for number in range(count):
            name, place = f"Context {number:05d}", f"Place {number % 97}"
            selection = Selection.new(name, "protracted_emergency", place=place)
            store._write_selection(connection, selection)  # bulk setup in one transaction


def test_ten_thousand_contexts_list_and_filter_quickly(qtbot: QtBot, window: MainWindow) -> None:
    fill(window, 10_000)
    started = time.perf_counter()
    window.go(Location("selections"))
    shown_ms = (time.perf_counter() - started) * 1000
    panel = selections_page(window).list_panel
    assert panel.model.rowCount() == 10_000
    panel.filter_edit.setFocus()
    started = time.perf_counter()
    type_text(panel.filter_edit, "0999")
    typed_ms = (time.perf_counter() - started) * 1000 / 4
    started = time.perf_counter()
    qtbot.keyClick(panel.filter_edit, Qt.Key.Key_Return)  # the filter at once, not after a pause
    filtered_ms = (time.perf_counter() - started) * 1000
    shown = names(panel)
    assert len(shown) == 11 and all("0999" in name for name in shown)  # 00999, 09990-09999
    print(
        f"10,000 contexts: list shown in {shown_ms:.0f} ms, {typed_ms:.0f} ms per keystroke, "
        f"filtered in {filtered_ms:.0f} ms"
    )
    assert shown_ms < 500 and typed_ms < 100 and filtered_ms < 100  # measured: ~60, ~1, ~20 ms


def test_typing_quickly_in_the_filter_runs_one_query(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(window, 300)
    window.go(Location("selections"))
    panel = selections_page(window).list_panel
    queries: list[tuple[str, ...]] = []
    listing = window.services.selections.list_page

    def counted(query: ListQuery, offset: int, limit: int) -> Sequence[SelectionSummary]:
        queries.append(query.words)
        return listing(query, offset, limit)

    monkeypatch.setattr(window.services.selections, "list_page", counted)
    panel.filter_edit.setFocus()
    type_text(panel.filter_edit, "place 4")  # seven keys, quicker than the pause
    assert queries == [] and len(names(panel)) == 300
    qtbot.waitUntil(lambda: len(names(panel)) < 300)
    # One filtered read: the first page of "place 4", none for "p", "pl", … (the unfiltered
    # pages the table paints meanwhile are read as before).
    assert [words for words in queries if words] == [("place", "4")]
    expected = {f"Context {n:05d}" for n in range(300) if "4" in f"{n:05d} Place {n % 97}"}
    assert set(names(panel)) == expected


def test_the_list_reads_the_page_it_shows_and_sorts_and_filters_in_the_database(
    qtbot: QtBot, window: MainWindow
) -> None:
    fill(window, 1_500)
    window.go(Location("selections"))
    panel = selections_page(window).list_panel
    model, table = panel.model, panel.table
    assert model.rowCount() == 1_500
    qtbot.waitUntil(lambda: model.pages_read > 0)  # painted: the count and the page it shows
    assert model.pages_read == 1
    table.scrollToBottom()
    qtbot.waitUntil(lambda: model.pages_read > 1)  # painted at the end
    assert table.rowAt(table.viewport().height() - 2) == 1_499
    assert model.pages_read == 2  # the last page, none between
    everything = window.services.selections.summaries()  # the whole list, read at once
    assert model.index(1_499, 0).data() == everything[-1].name
    table.sortByColumn(model.column_of("name"), Qt.SortOrder.AscendingOrder)  # a header click
    shown = names(panel)
    assert shown == sorted(shown, key=fold) and shown[0] == "Context 00000"
    table.sortByColumn(model.column_of("place"), Qt.SortOrder.DescendingOrder)
    places = [model.index(r, model.column_of("place")).data() for r in range(model.rowCount())]
    assert places == sorted(places, key=fold, reverse=True)
    panel.filter_edit.setFocus()
    type_text(panel.filter_edit, "PLACE 96 0149")  # every word, in the name or the place
    qtbot.keyClick(panel.filter_edit, Qt.Key.Key_Return)
    assert names(panel) == ["Context 01496"] and model.total == 1_500
    retype(qtbot, panel.filter_edit, "9")  # more than a page
    qtbot.keyClick(panel.filter_edit, Qt.Key.Key_Return)
    expected = {f"Context {n:05d}" for n in range(1_500) if "9" in f"{n:05d} Place {n % 97}"}
    assert set(names(panel)) == expected and len(expected) > PAGE_ROWS
    places = [model.index(r, model.column_of("place")).data() for r in range(model.rowCount())]
    assert places == sorted(places, key=fold, reverse=True)  # still by place
