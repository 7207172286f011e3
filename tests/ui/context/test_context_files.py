"""Sharing a context offline: export to .pimsel, import elsewhere, name clashes, bad files."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from pimdesk.domain.selection import (
    CategoryChoice,
    DataNeed,
    Decision,
    NeedSource,
    Selection,
    SystemStatus,
    TeamPriority,
)
from pimdesk.ui.context.context_list import ContextList
from pimdesk.ui.locations import Location
from pimdesk.ui.shell.main_window import MainWindow
from tests.ui.context.context_helpers import quit_app, selections_page, start_app

pytestmark = pytest.mark.gui
NAME = 'Kasai / "Tshikapa" — كاساي'


def rich_context(window: MainWindow) -> Selection:
    """A context with something in every part: choices, a status, needs, notes, odd name."""
    selections = window.services.selections
    made = selections.create(NAME, "protracted_emergency", place="Tshikapa", notes="Weekly")
    edited = (
        made.with_choice(
            CategoryChoice("case_management", Decision.ACCEPTED, TeamPriority.HIGH, "Referrals")
        )
        .with_choice(CategoryChoice("population_data", Decision.REJECTED, None, "Done by others"))
        .with_system("protection_monitoring", SystemStatus.NOT_OPERATING)
    )
    needs = (
        DataNeed(NeedSource.SCENARIO_ITEM, "Protection trends", "pe_protection_trends"),
        DataNeed(NeedSource.CUSTOM, "Where are the checkpoints?"),
    )
    return selections.save(replace(edited, needs=needs))


def the_list(window: MainWindow) -> ContextList:
    window.go(Location("selections"))
    return selections_page(window).list_panel


def answer_when_asked(button: str) -> list[str]:
    """Click `button` in the question box as soon as it shows; returns what it said."""
    said: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        said.append(f"{box.text()} {box.informativeText()}")
        clicked = [b for b in box.buttons() if b.text().replace("&", "") == button]
        assert clicked, [b.text() for b in box.buttons()]
        clicked[0].click()

    QTimer.singleShot(0, answer)
    return said


def export_from_the_editor(qtbot: QtBot, window: MainWindow, target: Path) -> Selection:
    context = rich_context(window)
    window.go(Location("selections", context.id))
    page = selections_page(window)
    page.list_panel.files.choose_export_path = lambda _parent, _name: target
    qtbot.mouseClick(page.editor.share_button, Qt.MouseButton.LeftButton)
    assert target.is_file() and str(target) in page.editor.notice_label.text()
    return context


def test_export_then_import_on_a_fresh_data_folder_gives_an_equal_selection(
    qtbot: QtBot, tmp_path: Path
) -> None:
    target = tmp_path / "usb stick" / "kasai.pimsel"
    target.parent.mkdir()
    first = start_app(qtbot, tmp_path / "laptop one")
    exported = export_from_the_editor(qtbot, first, target)
    quit_app(first)

    second = start_app(qtbot, tmp_path / "laptop two")
    panel = the_list(second)
    panel.files.choose_import_path = lambda _parent: target
    qtbot.keyClick(second, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)  # File → Import
    assert panel.notice.label.text() == f"Imported “{NAME}”."
    assert second.services.selections.get(exported.id) == exported
    assert panel.selected_ids() == [exported.id]
    quit_app(second)


def test_an_import_never_overwrites_silently(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    target = tmp_path / "kasai.pimsel"
    original = export_from_the_editor(qtbot, window, target)
    panel = the_list(window)
    panel.files.choose_import_path = lambda _parent: target
    selections = window.services.selections

    said = answer_when_asked("Cancel")
    qtbot.mouseClick(panel.buttons["import"], Qt.MouseButton.LeftButton)
    assert said and f"A context named “{NAME}” already exists." in said[0]
    assert [s.name for s in selections.summaries()] == [NAME]

    answer_when_asked("Import as a copy")
    qtbot.mouseClick(panel.buttons["import"], Qt.MouseButton.LeftButton)
    copy_name = f"{NAME} (imported)"
    assert sorted(s.name for s in selections.summaries()) == [NAME, copy_name]
    said_once = f"Imported as “{copy_name}”: a context named “{NAME}” already exists."
    assert panel.notice.label.text() == said_once  # D20: the clash once, one quote style
    assert selections.get(original.id) == original  # untouched
    assert selections.find(copy_name).choices == original.choices

    answer_when_asked("Replace")
    qtbot.mouseClick(panel.buttons["import"], Qt.MouseButton.LeftButton)
    assert panel.notice.label.text() == (
        f"Imported “{NAME}”; the earlier context of that name is in the trash."
    )
    assert [s.name for s in selections.trash()] == [NAME]
    assert selections.find(NAME).choices == original.choices


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b'{"format": "pimdesk-selection", "version": 1, "selection": {', "damaged or truncated"),
        (b"\xff\xfe not text", "UTF-8"),
        (json.dumps({"format": "pimdesk-selection", "version": 99, "selection": {}}).encode(),
         "newer"),
        (b"", "damaged or truncated"),
        (b'{"format": "pimdesk-selection", "version": ' + b"9" * 5000 + b"}", "number"),
        (b'{"format": "pimdesk-selection", "version": 1, "selection": {"name": "\\ud800x"}}',
         "broken text"),
        (json.dumps({"format": "pimdesk-selection", "version": 1, "selection": {
            "id": "abc", "name": "Poison", "scenario": "sudden_onset_emergency",
            "created": "2026-01-01T00:00:00+00:00", "modified": "9999-12-31T23:59:59-14:00"}}
         ).encode(), "not between the years"),
    ],
)  # fmt: skip
def test_a_bad_file_gives_one_clear_message_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, content: bytes, reason: str
) -> None:
    rich_context(window)
    panel = the_list(window)
    before = (window.services.selections.summaries(), window.services.selections.trash())
    bad = tmp_path / "bad.pimsel"
    bad.write_bytes(content)
    panel.files.choose_import_path = lambda _parent: bad
    qtbot.mouseClick(panel.buttons["import"], Qt.MouseButton.LeftButton)
    message = panel.notice.label.text()
    assert message.startswith("Nothing was imported: ") and reason in message, message
    assert message.count(".") <= 3  # one sentence, not a traceback
    assert (window.services.selections.summaries(), window.services.selections.trash()) == before


def test_sharing_notes_that_look_like_personal_data_asks_first(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """R13: a file carries every note; what looks like personal data is said before writing."""
    selections = window.services.selections
    context = rich_context(window)
    note = CategoryChoice(
        "population_data", Decision.REJECTED, None, "Ask Mr Mbuyi, +243 970 000 000"
    )
    selections.save(context.with_choice(note))
    panel = the_list(window)
    panel.select(context.id)
    target = tmp_path / "kasai.pimsel"
    panel.files.choose_export_path = lambda _parent, _name: target

    said = answer_when_asked("Cancel")
    qtbot.mouseClick(panel.buttons["export"], Qt.MouseButton.LeftButton)
    assert not target.exists() and said
    assert "In the notes on Population Data, a phone number: +243 970 000 000" in said[0]
    assert "a person's name: Mr Mbuyi" in said[0]
    # The same warning as before a PDF: bullets, the same advice, the same button.
    assert "• In the notes on Population Data" in said[0]
    assert "Go on only if this may leave the computer" in said[0]

    answer_when_asked("Proceed anyway")
    qtbot.mouseClick(panel.buttons["export"], Qt.MouseButton.LeftButton)
    assert target.is_file() and "saved as" in panel.notice.label.text()


def test_the_import_report_names_what_this_content_does_not_have(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """R11/R18: unknown categories and needs are imported, kept, and reported."""
    target = tmp_path / "from another version.pimsel"
    context = rich_context(window)
    window.services.selections.export(context.id, target)
    window.services.selections.delete(context.id)
    document = json.loads(target.read_text(encoding="utf-8"))
    document["selection"]["choices"].append(
        {"category": "cash_assistance", "decision": "accepted", "priority": None, "notes": "x"}
    )
    target.write_text(json.dumps(document), encoding="utf-8")
    panel = the_list(window)
    panel.files.choose_import_path = lambda _parent: target
    qtbot.mouseClick(panel.buttons["import"], Qt.MouseButton.LeftButton)
    report = panel.notice.label.text()
    assert report.startswith(f"Imported “{NAME}”.")
    assert "Kept, but not in this PIM Desk's content: category 'cash_assistance'" in report
    imported = window.services.selections.find(NAME)
    assert imported.choice("cash_assistance") is not None


def test_the_import_stores_the_bytes_that_were_previewed(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """F12: the file is read once; swapping it while the user answers changes nothing."""
    target = tmp_path / "kasai.pimsel"
    original = export_from_the_editor(qtbot, window, target)
    previewed = target.read_bytes()
    panel = the_list(window)
    panel.files.choose_import_path = lambda _parent: target
    swapped = json.loads(previewed)
    swapped["selection"]["notes"] = "swapped in while the question was open"
    asked = panel.files.ask_about_clash

    def swap_then_ask(parent: object, name: str) -> object:
        target.write_text(json.dumps(swapped), encoding="utf-8")
        return asked(parent, name)  # type: ignore[arg-type]

    panel.files.ask_about_clash = swap_then_ask  # type: ignore[assignment]
    answer_when_asked("Replace")
    qtbot.mouseClick(panel.buttons["import"], Qt.MouseButton.LeftButton)
    imported = window.services.selections.find(NAME)
    assert imported.notes == original.notes != swapped["selection"]["notes"]
    assert [s.name for s in window.services.selections.trash()] == [NAME]


def test_a_poisoned_stored_time_does_not_break_the_list(qtbot: QtBot, window: MainWindow) -> None:
    """F8: a row stored before dates were bounded still shows, with every other row."""
    context = rich_context(window)
    connection = window.services.selections._store.connection
    for stored in ("9999-12-31T23:59:59-14:00", "not a time"):
        connection.execute("UPDATE selections SET modified = ? WHERE id = ?", (stored, context.id))
        panel = the_list(window)
        panel.refresh()
        model = panel.model
        texts = [
            str(model.index(row, column).data())
            for row in range(model.rowCount())
            for column in range(model.columnCount())
        ]
        assert NAME in texts
