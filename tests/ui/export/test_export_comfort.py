"""The export dialog as the review found it wanting: Enter exports, no stale buttons, the folder
is remembered (gui.md D10, D11)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pimdesk.domain.briefing_input import DocumentKind
from pimdesk.ui.export.export_dialog import ExportDialog
from pimdesk.ui.locations import Location
from pimdesk.ui.shell.main_window import MainWindow
from tests.ui.export.test_export_dialog import EXPORT_TIMEOUT_MS, open_dialog

pytestmark = pytest.mark.gui


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def test_enter_in_the_file_field_exports_and_does_not_open_the_chooser(
    qtbot: QtBot, window: MainWindow, out: Path
) -> None:
    dialog = open_dialog(qtbot, window, out, "category_sheet", category_id="case_management")
    assert dialog.export_button.isDefault()
    assert not dialog.form.choose_button.isDefault()
    edit = dialog.form.file_edit
    edit.setFocus()
    edit.setText(str(out / "typed by hand.pdf"))
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=EXPORT_TIMEOUT_MS)
    assert dialog.written is not None and dialog.written.path == out / "typed by hand.pdf"
    assert getattr(dialog.form, "file_dialog", None) is None  # the chooser never opened


def test_open_show_and_print_go_away_when_the_choices_change(
    qtbot: QtBot, window: MainWindow, out: Path
) -> None:
    dialog = open_dialog(qtbot, window, out, "category_sheet", category_id="case_management")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=EXPORT_TIMEOUT_MS)
    assert dialog.after.isVisible()
    tall = dialog.height()
    dialog.form.set_document(DocumentKind.GLOSSARY, "")
    assert not dialog.after.isVisible()  # they spoke of the category sheet, not of this
    assert dialog.height() <= tall


def test_the_dialog_opens_in_the_folder_of_the_last_export(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "field reports"
    elsewhere.mkdir()
    window.go(Location("category", "protection_monitoring"))
    window.tool_actions.export_pdf.trigger()
    qtbot.waitUntil(lambda: len(window.findChildren(ExportDialog)) == 1)
    dialog = window.findChildren(ExportDialog)[0]
    dialog.form.file_edit.setText(str(elsewhere / "sheet.pdf"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=EXPORT_TIMEOUT_MS)
    dialog.close()
    qtbot.waitUntil(lambda: not window.findChildren(ExportDialog))
    window.go(Location("glossary"))
    window.tool_actions.export_pdf.trigger()
    qtbot.waitUntil(lambda: len(window.findChildren(ExportDialog)) == 1)
    again = window.findChildren(ExportDialog)[0]
    assert Path(again.form.file_edit.text()).parent == elsewhere
    again.close()
