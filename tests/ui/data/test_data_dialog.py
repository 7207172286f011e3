"""Help → Check my data: the check, the backups, Back up now, Restore…, and R2 in the GUI."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from pimdesk.paths import AppPaths
from pimdesk.services.container import Services
from pimdesk.ui.data.backups_model import BACKUP_NAME_ROLE, BackupListModel
from pimdesk.ui.data.data_dialog import DataDialog
from pimdesk.ui.locations import Location
from pimdesk.ui.shell.application import open_main_window
from pimdesk.ui.shell.main_window import MainWindow
from tests.ui.dialog_checks import repeated_mnemonics, unnamed, visible_controls

pytestmark = pytest.mark.gui
LEFT = Qt.MouseButton.LeftButton
WORK_TIMEOUT_MS = 20_000


def open_dialog(qtbot: QtBot, window: MainWindow) -> DataDialog:
    """Help → Check my data…, as a person would choose it; waits for the first check."""
    window.tool_actions.check_data.trigger()
    qtbot.waitUntil(lambda: len(window.findChildren(DataDialog)) == 1)
    dialog = window.findChildren(DataDialog)[0]
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.check_result is not None and not dialog.busy)
    return dialog


def answer(qtbot: QtBot, dialog: DataDialog, button_text: str) -> str:
    qtbot.waitUntil(lambda: dialog.question is not None and dialog.question.isVisible())
    box = dialog.question
    assert box is not None
    asked = f"{box.text()}\n{box.informativeText()}"
    if button_text == "Cancel":
        button = box.button(QMessageBox.StandardButton.Cancel)
    else:
        button = next(b for b in box.buttons() if b.text().replace("&", "") == button_text)
    qtbot.mouseClick(button, LEFT)
    return asked


def selection_names(services: Services) -> list[str]:
    return sorted(summary.name for summary in services.selections.summaries())


def listed_selections(window: MainWindow) -> list[str]:
    """The names 'My selections' lists (its model's first column)."""
    window.go(Location("selections"))
    model = window.pages.currentWidget().model
    return sorted(model.index(row, 0).data() for row in range(model.rowCount()))


def listed_bookmarks(window: MainWindow) -> list[str]:
    window.go(Location("bookmarks"))
    model = window.pages.currentWidget().bookmarks_model
    return sorted(model.index(row, 0).data() for row in range(model.rowCount()))


def test_the_dialog_shows_the_check_and_the_backups(
    qtbot: QtBot,
    qtmodeltester,
    window: MainWindow,  # type: ignore[no-untyped-def]
) -> None:
    services = window.services
    services.selections.create("Ituri", "protracted_emergency")
    services.data_safety.backup()
    services.data_safety.backup()
    dialog = open_dialog(qtbot, window)
    check = services.data_safety.check()
    said = dialog.summary_label.text()
    assert "is sound. Saved contexts: 1. Backups: 2; the newest " in said
    # P3: the newest backup is called the same in the summary as in the list.
    assert said.endswith(f"the newest {dialog.model.index(0, 0).data()}.")
    assert "(s)" not in said and "(manual)" not in said
    assert dialog.model.rowCount() == 2
    assert [dialog.model.index(r, 0).data(BACKUP_NAME_ROLE) for r in range(2)] == [
        b.path.name for b in check.backups
    ]
    assert "(taken by you)" in dialog.model.index(0, 0).data()
    assert dialog.backups_view.currentIndex().row() == 0, "the newest is chosen to restore"
    qtmodeltester.check(dialog.model)


def test_back_up_now_adds_a_verified_backup(qtbot: QtBot, window: MainWindow) -> None:
    window.services.selections.create("Ituri", "protracted_emergency")
    dialog = open_dialog(qtbot, window)
    before = dialog.model.rowCount()
    qtbot.mouseClick(dialog.backup_button, LEFT)
    assert not dialog.backup_button.isEnabled() and not dialog.restore_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WORK_TIMEOUT_MS)
    assert dialog.model.rowCount() == before + 1
    assert "A backup was taken and verified" in dialog.panel.status_label.text()
    assert dialog.backup_button.isEnabled() and dialog.restore_button.isEnabled()
    assert len(window.services.data_safety.backups()) == before + 1


def test_restore_brings_the_backup_back_and_the_window_shows_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    services = window.services
    services.selections.create("Ituri", "protracted_emergency")
    services.navigation.set_bookmark("term", "refoulement", "Refoulement", True)
    services.data_safety.backup()
    services.selections.create("After the backup", "protracted_emergency")
    services.navigation.set_bookmark("category", "case_management", "Case Management", True)
    assert listed_selections(window) == ["After the backup", "Ituri"]
    assert listed_bookmarks(window) == ["Case Management", "Refoulement"]
    dialog = open_dialog(qtbot, window)

    qtbot.mouseClick(dialog.restore_button, LEFT)
    answer(qtbot, dialog, "Cancel")
    assert selection_names(services) == ["After the backup", "Ituri"] and not dialog.busy

    qtbot.mouseClick(dialog.restore_button, LEFT)
    asked = answer(qtbot, dialog, "Restore")
    assert "backed up first and set aside, never deleted" in asked
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WORK_TIMEOUT_MS)
    said = dialog.panel.status_label.text()
    assert said.startswith("Your data was restored from the backup of")
    assert "set aside as pimdesk-user.sqlite.replaced-" in said
    assert selection_names(services) == ["Ituri"]
    assert window.message_bar.isVisible() and said in window.message_bar.label.text()
    dialog.close()
    assert listed_selections(window) == ["Ituri"], "the page reads the restored data"
    assert listed_bookmarks(window) == ["Refoulement"]
    aside = [p for p in services.paths.data_dir.iterdir() if ".replaced-" in p.name]
    assert aside, "the data it replaced is kept"
    assert any(b.reason == "before-restore" for b in services.data_safety.backups())


def test_without_backups_there_is_nothing_to_restore(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_dialog(qtbot, window)
    assert dialog.model.rowCount() == 0
    assert not dialog.restore_button.isEnabled()
    assert dialog.summary_label.text().endswith("Saved contexts: 0. Backups: none yet.")


def test_every_control_is_named_for_screen_readers(qtbot: QtBot, window: MainWindow) -> None:
    window.services.data_safety.backup()
    dialog = open_dialog(qtbot, window)
    assert len(visible_controls(dialog)) >= 4
    assert unnamed(dialog) == []
    assert repeated_mnemonics(dialog) == []


def test_the_backups_model_is_sound_when_empty_and_full(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = BackupListModel()
    qtmodeltester.check(model)
    assert model.rowCount() == 0


# ---------------------------------------------------------------------------- R2 in the GUI


@pytest.fixture
def damaged_data_dir(data_dir: Path) -> Iterator[Path]:
    """A data folder with saved work and a backup, whose user database was then truncated."""
    services = Services(AppPaths.resolve(data_dir))
    for name in ("Kasai", "Ituri"):
        services.selections.create(name, "protracted_emergency", notes=f"notes on {name}")
    services.data_safety.backup()
    services.close()
    database = data_dir / "pimdesk-user.sqlite"
    data = database.read_bytes()
    database.write_bytes(data[: len(data) // 2])
    yield data_dir


def test_r2_the_window_says_the_data_was_recovered_and_the_data_is_there(
    qtbot: QtBot, damaged_data_dir: Path
) -> None:
    services = Services(AppPaths.resolve(damaged_data_dir))
    try:
        window = open_main_window(services)  # the start-up path of `pimdesk`
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        assert window.message_bar.isVisible()
        notice = window.message_bar.label.text()
        assert notice.startswith("Note: Your data file was damaged")
        assert "restored from the backup of" in notice
        assert listed_selections(window) == ["Ituri", "Kasai"]
        kasai = services.selections.find("Kasai")
        assert kasai.notes == "notes on Kasai"
        aside = [p.name for p in damaged_data_dir.iterdir() if ".damaged-" in p.name]
        assert any(name in notice for name in aside), "the damaged file is kept and named"
        window.close()
    finally:
        services.close()


def test_the_window_says_when_imported_content_cannot_be_used(qtbot: QtBot, data_dir: Path) -> None:
    """A damaged pointer to imported content: the bundled content is read, and the user told."""
    content = data_dir / "content"
    content.mkdir(parents=True)
    (content / "active.json").write_text("{ damaged", encoding="utf-8")
    services = Services(AppPaths.resolve(data_dir))
    try:
        window = open_main_window(services)
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        assert services.reference.categories  # the bundled content
        assert window.message_bar.isVisible()
        assert "PIM Desk uses the content that came with it" in window.message_bar.label.text()
        window.close()
    finally:
        services.close()
