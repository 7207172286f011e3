"""The context editor: saved as it changes, bad names said in words, nothing lost, links, flags."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pimdesk.domain.selection import (
    CategoryChoice,
    DataNeed,
    Decision,
    NeedSource,
    Selection,
    SystemStatus,
)
from pimdesk.ui.context.context_editor import ContextEditor
from pimdesk.ui.context.suggestions_model import COLUMNS
from pimdesk.ui.context.suggestions_panel import SuggestionsPanel
from pimdesk.ui.locations import Location
from pimdesk.ui.shell.main_window import MainWindow
from tests.ui.context.context_helpers import (
    choose,
    retype,
    selections_page,
    type_text,
    unnamed_controls,
)
from tests.ui.helpers import click_link

pytestmark = pytest.mark.gui


@pytest.fixture
def opened(window: MainWindow) -> Iterator[tuple[MainWindow, Selection, ContextEditor]]:
    """A context open in the editor, with a second context beside it."""
    selections = window.services.selections
    context = selections.create("Kasai", "protracted_emergency", place="Tshikapa")
    selections.create("Goma", "protracted_emergency")
    window.go(Location("selections", context.id))
    yield window, context, selections_page(window).editor


def stored(window: MainWindow, context: Selection) -> Selection:
    return window.services.selections.get(context.id)


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("", "A context needs a name"),
        ("   ", "A context needs a name"),
        ("x" * 201, "at most 200 characters (this one has 201)"),
        ("x" * 10_000, "at most 200 characters (this one has 10000)"),
        ("goma", "Another context is already named “Goma”"),
    ],
)
def test_a_bad_name_is_said_in_words_and_the_other_edits_are_saved(
    qtbot: QtBot, opened: tuple[MainWindow, Selection, ContextEditor], typed: str, said: str
) -> None:
    window, context, editor = opened
    details = editor.details
    details.name_edit.setFocus()
    details.name_edit.selectAll()
    if len(typed) > 300:  # as if pasted: one edit
        details.name_edit.insert(typed)
    else:
        retype(qtbot, details.name_edit, typed)
    retype(qtbot, details.place_edit, "Kananga")
    assert editor.autosaver.flush()
    assert details.name_message.isVisible() and said in details.name_message.text()
    assert details.name_edit.text() == typed  # nothing typed is lost from the field
    assert stored(window, context).name == "Kasai" and stored(window, context).place == "Kananga"
    assert editor.state_label.text() == "Saved"
    retype(qtbot, details.name_edit, "Kasai 2026")
    assert editor.autosaver.flush() and not details.name_message.isVisible()
    assert stored(window, context).name == "Kasai 2026"


def test_typing_is_saved_once_after_a_pause_and_the_state_says_so(
    qtbot: QtBot,
    opened: tuple[MainWindow, Selection, ContextEditor],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, context, editor = opened
    selections = window.services.selections
    saves: list[Selection] = []
    real_save = selections.save
    monkeypatch.setattr(selections, "save", lambda s: saves.append(s) or real_save(s))
    editor.details.organisation_edit.setFocus()
    type_text(editor.details.organisation_edit, "Protection cluster")
    assert editor.state_label.text() == "Saving…" and saves == []
    qtbot.waitUntil(lambda: editor.state_label.text() == "Saved", timeout=2000)
    assert len(saves) == 1 and stored(window, context).organisation == "Protection cluster"
    choose(qtbot, editor.details.scenario_combo, "comprehensive_solutions")  # a choice: at once
    assert not editor.autosaver.has_pending
    assert stored(window, context).scenario == "comprehensive_solutions"


def test_leaving_the_page_saves_what_was_just_typed(
    qtbot: QtBot, opened: tuple[MainWindow, Selection, ContextEditor]
) -> None:
    window, context, editor = opened
    retype(qtbot, editor.details.place_edit, "Mweka")
    assert editor.autosaver.has_pending
    window.go(Location("matrix"))
    assert stored(window, context).place == "Mweka" and not editor.autosaver.has_pending
    window.back()
    assert window.current_title == "Kasai" and editor.details.place_edit.text() == "Mweka"


def test_the_date_can_be_set_and_taken_away(
    qtbot: QtBot, opened: tuple[MainWindow, Selection, ContextEditor]
) -> None:
    window, context, editor = opened
    check = editor.details.dated_check
    assert not check.isChecked() and not editor.details.date_edit.isEnabled()
    check.setFocus()
    qtbot.keyClick(check, Qt.Key.Key_Space)
    assert stored(window, context).date is not None
    qtbot.keyClick(check, Qt.Key.Key_Space)
    assert stored(window, context).date is None


def test_a_reason_links_to_its_source_and_back_returns_to_the_context(
    qtbot: QtBot, opened: tuple[MainWindow, Selection, ContextEditor]
) -> None:
    window, context, editor = opened
    editor.tabs.setCurrentWidget(editor.suggestions)
    editor.suggestions.select_category("protection_monitoring")
    view = editor.suggestions.reasons_view
    click_link(qtbot, view, "pim:need/pe_protection_trends")
    assert window.history.current == Location("need", "pe_protection_trends")
    window.back()
    assert window.history.current == Location("selections", context.id)
    assert editor.tabs.currentWidget() is editor.suggestions  # where the team left off
    click_link(qtbot, view, "pim:category/case_management#relationships")
    assert window.history.current == Location("category", "case_management")


def test_export_pdf_is_requested_with_the_context_saved_first(
    qtbot: QtBot, opened: tuple[MainWindow, Selection, ContextEditor]
) -> None:
    window, context, editor = opened
    retype(qtbot, editor.details.place_edit, "Luiza")
    with qtbot.waitSignal(window.context_actions.export_requested, timeout=1000) as signal:
        qtbot.mouseClick(editor.export_button, Qt.MouseButton.LeftButton)
    assert signal.args == [context.id]
    assert stored(window, context).place == "Luiza"
    page = selections_page(window)
    assert page.open_selection_id == context.id  # e.g. for File → Export PDF
    window.go(Location("selections"))
    assert page.open_selection_id is None


def test_references_the_content_no_longer_has_are_flagged_and_kept(
    qtbot: QtBot, window: MainWindow
) -> None:
    """R18: a content update removed a category and a question this context refers to."""
    selections = window.services.selections
    made = selections.create("Old analysis", "protracted_emergency")
    old = selections.save(
        replace(
            made.with_choice(
                CategoryChoice("retired_category", Decision.ACCEPTED, None, "Ours")
            ).with_system("retired_category", SystemStatus.OPERATING),
            needs=(DataNeed(NeedSource.QUESTION, "A retired question", "q_retired"),),
        )
    )
    window.go(Location("selections", old.id))
    editor = selections_page(window).editor
    assert editor.flags_label.isVisible()
    flags = editor.flags_label.text()
    assert "category 'retired_category'" in flags and "data need 'A retired question'" in flags
    editor.tabs.setCurrentWidget(editor.suggestions)
    model = editor.suggestions.model
    row = model.row_of("retired_category")
    assert model.index(row, COLUMNS.index("why")).data() == "[Not in the current content]"
    editor.suggestions.select_category("retired_category")
    assert "Your decision and notes on it are kept" in editor.suggestions.reasons_view.toPlainText()
    editor.tabs.setCurrentWidget(editor.systems)
    assert "retired_category: Operating" in editor.systems.unknown_label.text()
    editor.tabs.setCurrentWidget(editor.suggestions)
    editor.suggestions.select_category("case_management")
    qtbot.mouseClick(
        editor.suggestions.decision_buttons.button(1), Qt.MouseButton.LeftButton
    )  # an edit of something else...
    kept = selections.get(old.id)  # ...keeps every unknown reference
    assert kept.choice("retired_category") == old.choice("retired_category")
    assert (
        kept.needs == old.needs and kept.system_status("retired_category") is SystemStatus.OPERATING
    )
    assert kept.choice("case_management") == CategoryChoice("case_management", Decision.ACCEPTED)


def test_a_category_can_be_added_by_hand(qtbot: QtBot, window: MainWindow) -> None:
    """The current rules suggest every category for every scenario, so the panel is shown
    only part of them here, as newer content with more categories would leave some out."""
    panel = SuggestionsPanel(window.services.reference)
    qtbot.addWidget(panel)
    selection = Selection.new("Kasai", "sudden_onset_emergency")
    suggestions = window.services.selections.suggestions(selection)[:3]
    panel.show_selection(selection, suggestions)
    assert panel.add_button.isEnabled() and panel.add_combo.count() == 5
    choose(qtbot, panel.add_combo, "case_management")
    with qtbot.waitSignal(panel.changed) as signal:
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    change, at_once = signal.args
    added = change(selection)
    assert at_once and added.choice("case_management") == CategoryChoice(
        "case_management", Decision.ACCEPTED
    )
    panel.show_selection(added, suggestions)
    row = panel.model.row_of("case_management")
    assert panel.model.index(row, COLUMNS.index("why")).data() == "Added by your team"
    assert panel.current_category == "case_management" and panel.add_combo.count() == 4


def test_every_control_of_the_editor_is_named_and_described(
    opened: tuple[MainWindow, Selection, ContextEditor],
) -> None:
    _window, _context, editor = opened
    missing = set()
    for tab in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(tab)
        missing |= unnamed_controls(editor)
    assert not missing, sorted(missing)


def test_personal_data_is_flagged_while_typing_the_notes_without_interrupting(
    qtbot: QtBot, opened: tuple[MainWindow, Selection, ContextEditor]
) -> None:
    """Issue 20: the warning comes while the user types, after a pause, and takes no focus."""
    _window, _context, editor = opened
    details = editor.details
    watch = details.notes_watch
    details.notes_edit.setFocus()
    assert not watch.isVisible()
    type_text(details.notes_edit, "Focal point Ahmed Ali, born 1990")
    assert not watch.isVisible()  # not on every key: once the user pauses
    qtbot.waitUntil(watch.isVisible, timeout=3000)
    said = watch.text()
    assert "a person's name: Focal point Ahmed Ali" in said
    assert "a date or year of birth: born 1990" in said
    assert details.notes_edit.hasFocus() and QApplication.activeModalWidget() is None
    assert details.notes_edit.toPlainText().endswith("born 1990")  # nothing typed is lost
    details.notes_edit.selectAll()
    type_text(details.notes_edit, "Weekly review with the cluster")
    qtbot.waitUntil(lambda: not watch.isVisible(), timeout=3000)


def test_a_stored_note_with_personal_data_is_flagged_when_the_context_opens(
    qtbot: QtBot, window: MainWindow
) -> None:
    context = window.services.selections.create(
        "Goma", "protracted_emergency", notes="Call +243 812 345 678"
    )
    window.go(Location("selections", context.id))
    watch = selections_page(window).editor.details.notes_watch
    assert watch.isVisible() and "a phone number: +243 812 345 678" in watch.text()
