"""Each kind of file chooser opens in the folder it last used (review D27)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from pimdesk.ui.data.content_page import PACKS, ContentPage
from pimdesk.ui.locations import Location
from pimdesk.ui.shell.main_window import MainWindow
from pimdesk.ui.widgets.recent_folders import RecentFolders
from tests.ui.context.context_helpers import selections_page

pytestmark = pytest.mark.gui


def when_the_chooser_shows(act: Callable[[QFileDialog], None]) -> list[Path]:
    """Record the folder the modal file chooser opens in, then `act` on it."""
    folders: list[Path] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(10, look)
            return
        folders.append(Path(dialog.directory().absolutePath()))
        act(dialog)

    QTimer.singleShot(0, look)
    return folders


def save_as(target: Path) -> Callable[[QFileDialog], None]:
    def act(dialog: QFileDialog) -> None:
        dialog.selectFile(str(target))
        dialog.accept()

    return act


def test_sharing_and_importing_a_context_open_where_the_last_file_went(
    window: MainWindow, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    selection = window.services.selections.create("Kasai", "sudden_onset_emergency")
    window.go(Location("selections"))
    files = selections_page(window).list_panel.files
    first = when_the_chooser_shows(save_as(usb / "kasai.pimsel"))
    outcome = files.export(selection.id)
    assert outcome is not None and not outcome.failed, outcome
    assert (usb / "kasai.pimsel").is_file()
    assert first == [Path.home()]  # nothing chosen before: the home folder
    again = when_the_chooser_shows(lambda dialog: dialog.reject())
    assert files.export(selection.id) is None
    importing = when_the_chooser_shows(lambda dialog: dialog.reject())
    assert files.import_file() is None
    assert again == [usb] and importing == [usb]


def test_the_content_pack_chooser_opens_where_the_last_pack_was(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    packs = tmp_path / "packs"
    packs.mkdir()
    (packs / "pack.zip").write_bytes(b"not a pack")
    folders = []
    for _ in range(2):
        page = ContentPage(window.services, window.tasks, parent=window)
        qtbot.addWidget(page)
        page.show()
        qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)
        chooser = page.file_dialog
        assert isinstance(chooser, QFileDialog)
        qtbot.waitExposed(chooser)
        folders.append(Path(chooser.directory().absolutePath()))
        chooser.selectFile(str(packs / "pack.zip"))
        chooser.accept()
        qtbot.waitUntil(lambda page=page: not page.busy, timeout=10_000)
        page.close()
    assert folders == [Path.home(), packs]
    # Kept in the settings file, so the next session opens there too (not only Qt's memory).
    assert RecentFolders(window.services.paths.settings_file).folder(PACKS) == packs
