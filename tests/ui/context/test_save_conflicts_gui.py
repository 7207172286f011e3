"""Two writers, one context (F4): the editor never saves over another window's work.

"The other window" is a second set of services on the same data folder, as a second PIM Desk
or a command in a terminal would be. Its save, trash or a restore comes first; then the user
types in the editor. The refused save asks: keep theirs, or save mine as a copy.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from pimdesk.domain.selection import Selection
from pimdesk.paths import AppPaths
from pimdesk.services.container import Services
from pimdesk.ui.context.context_editor import ContextEditor
from pimdesk.ui.locations import Location
from pimdesk.ui.shell.main_window import MainWindow
from tests.ui.context.context_helpers import retype, selections_page

pytestmark = pytest.mark.gui


@pytest.fixture
def other(window: MainWindow) -> Iterator[Services]:
    """Another writer on the same data folder."""
    services = Services(AppPaths.resolve(window.services.paths.data_dir))
    yield services
    services.close()


@pytest.fixture
def editing(window: MainWindow) -> tuple[Selection, ContextEditor]:
    context = window.services.selections.create("Kasai", "protracted_emergency")
    window.go(Location("selections", context.id))
    return context, selections_page(window).editor


def answer(button: str) -> list[str]:
    said: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        said.append(f"{box.text()} {box.informativeText()}")
        [chosen] = [b for b in box.buttons() if b.text() == button]
        chosen.click()

    QTimer.singleShot(0, click)
    return said


def type_and_save(qtbot: QtBot, editor: ContextEditor, place: str) -> bool:
    retype(qtbot, editor.details.place_edit, place)
    return editor.autosaver.flush()


def test_save_mine_as_a_copy_keeps_both(
    qtbot: QtBot, window: MainWindow, other: Services, editing: tuple[Selection, ContextEditor]
) -> None:
    context, editor = editing
    other.selections.save(replace(other.selections.get(context.id), notes="theirs"))
    said = answer("Save mine as a copy")
    assert not type_and_save(qtbot, editor, "Mine: Tshikapa")
    qtbot.waitUntil(lambda: bool(said) and editor.autosaver.conflict is None)
    assert "Your changes to “Kasai” were not saved." in said[0] and "changed elsewhere" in said[0]
    theirs = window.services.selections.get(context.id)
    assert (theirs.notes, theirs.place) == ("theirs", "")
    copy = window.services.selections.find("Kasai (my copy)")
    assert copy.place == "Mine: Tshikapa" and editor.selection == copy
    assert "saved as “Kasai (my copy)”" in editor.notice_label.text()
    assert type_and_save(qtbot, editor, "Mine, later")  # editing the copy goes on saving
    assert window.services.selections.get(copy.id).place == "Mine, later"


def test_keep_theirs_shows_the_stored_version(
    qtbot: QtBot, window: MainWindow, other: Services, editing: tuple[Selection, ContextEditor]
) -> None:
    context, editor = editing
    other.selections.save(replace(other.selections.get(context.id), place="Their place"))
    said = answer("Keep theirs")
    assert not type_and_save(qtbot, editor, "Mine")
    qtbot.waitUntil(lambda: bool(said) and editor.autosaver.conflict is None)
    assert editor.details.place_edit.text() == "Their place"
    assert [s.name for s in window.services.selections.summaries()] == ["Kasai"]
    assert type_and_save(qtbot, editor, "Now mine, on their version")
    assert window.services.selections.get(context.id).place == "Now mine, on their version"


def test_a_context_trashed_elsewhere_is_not_saved_into_the_trash(
    qtbot: QtBot, window: MainWindow, other: Services, editing: tuple[Selection, ContextEditor]
) -> None:
    context, editor = editing
    other.selections.delete(context.id)
    said = answer("Keep theirs")
    assert not type_and_save(qtbot, editor, "typed after it was trashed")
    qtbot.waitUntil(lambda: bool(said) and editor.autosaver.conflict is None)
    assert "moved to the trash" in said[0]
    assert window.services.selections.trash()[0].place == ""
    qtbot.waitUntil(lambda: selections_page(window).currentWidget() is not editor)


def test_leaving_before_answering_saves_mine_as_a_copy(
    qtbot: QtBot, window: MainWindow, other: Services, editing: tuple[Selection, ContextEditor]
) -> None:
    context, editor = editing
    other.selections.save(replace(other.selections.get(context.id), notes="theirs"))
    assert not type_and_save(qtbot, editor, "Mine")
    assert editor.conflict_box is not None
    window.go(Location("home"))
    assert editor.autosaver.conflict is None and editor.conflict_box is None
    names = sorted(s.name for s in window.services.selections.summaries())
    assert names == ["Kasai", "Kasai (my copy)"]
    assert window.services.selections.find("Kasai (my copy)").place == "Mine"
    assert window.services.selections.get(context.id).notes == "theirs"


def test_a_restore_elsewhere_refuses_the_save_and_shows_the_restored_data(
    qtbot: QtBot, window: MainWindow, other: Services, editing: tuple[Selection, ContextEditor],
    tmp_path: Path,
) -> None:  # fmt: skip
    context, editor = editing
    backup = other.data_safety.backup()
    other.selections.create("Made after the backup", "protracted_emergency")
    other.data_safety.restore(backup.path.name)
    said = answer("Keep theirs")
    assert not type_and_save(qtbot, editor, "typed after the restore")
    qtbot.waitUntil(lambda: bool(said) and editor.autosaver.conflict is None)
    assert "restored from a backup" in said[0]
    names = [s.name for s in window.services.selections.summaries()]
    assert names == ["Kasai"]
    assert window.services.selections.get(context.id).place == ""
