"""The desktop defects of the GUI review this branch fixes (gui.md D16, D18, D20, D25, D24)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from pimdesk.ui.browse.matrix_page import MatrixPage
from pimdesk.ui.context.context_files import ClashChoice
from pimdesk.ui.context.selections_page import SelectionsPage
from pimdesk.ui.locations import Location
from pimdesk.ui.shell.main_window import MainWindow
from pimdesk.ui.widgets.named_controls import visible_name
from tests.translation_fixtures import names_only_db
from tests.ui.context.context_helpers import retype, selections_page
from tests.ui.context.test_context_list import choose_rows
from tests.ui.helpers import current_view
from tests.ui.shell.language_helpers import (
    WindowIn,
    untranslated_window_in,
    use_language,
    window_in,
)

__all__ = ["names_only_db", "untranslated_window_in", "use_language", "window_in"]


def open_context(window: MainWindow, name: str = "New context") -> SelectionsPage:
    selection = window.services.selections.create(name, "sudden_onset_emergency")
    window.go(Location("selections", selection.id))
    return selections_page(window)


def test_tab_follows_the_context_form_as_it_is_shown(qtbot: QtBot, window: MainWindow) -> None:
    details = open_context(window).editor.details
    details.name_edit.setFocus()
    qtbot.waitUntil(details.name_edit.hasFocus)
    expected = [
        details.place_edit,
        details.dated_check,
        details.date_edit,
        details.organisation_edit,
        details.scenario_combo,
        details.notes_edit,
    ]
    walked: list[QWidget] = []
    for _ in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        # A date edit's focus lands on its line edit; the widget that holds it is the field.
        while focus is not None and focus not in expected:
            focus = focus.parentWidget()
        walked.append(focus)  # type: ignore[arg-type]
    if not details.date_edit.isEnabled():  # a disabled date is skipped, as it should be
        expected.remove(details.date_edit)
        walked = walked[: len(expected)]
    assert walked == expected


def test_the_window_title_follows_a_rename_in_the_editor(qtbot: QtBot, window: MainWindow) -> None:
    page = open_context(window)
    assert window.windowTitle().startswith("New context — ")
    retype(qtbot, page.editor.details.name_edit, "Kasai floods")
    page.editor.flush()
    qtbot.waitUntil(lambda: window.windowTitle().startswith("Kasai floods — "))
    assert window.current_title == "Kasai floods"


def test_names_made_by_the_app_are_in_the_interface_language(
    qtbot: QtBot, window_in: WindowIn, tmp_path: Path
) -> None:
    window = window_in("fr")
    window.services.selections.create("Kasai", "sudden_onset_emergency")
    window.go(Location("selections"))
    panel = selections_page(window).list_panel
    choose_rows(panel, "Kasai")
    qtbot.mouseClick(panel.buttons["duplicate"], Qt.MouseButton.LeftButton)
    assert window.services.selections.find("Kasai (copie)") is not None
    shared = tmp_path / "kasai.pimsel"
    window.services.selections.export(window.services.selections.find("Kasai").id, shared)
    panel.files.ask_about_clash = lambda _parent, _name: ClashChoice.COPY
    result = panel.files.import_file(shared)
    assert result is not None and not result.failed
    assert window.services.selections.find("Kasai (importé)") is not None
    # The clash said once, in French, with one quote style (D20).
    assert result.message == (
        "Importé sous le nom « Kasai (importé) » : un contexte nommé « Kasai » existe déjà."
    )
    editor = open_context(window, "Goma").editor
    editor.save_mine_as_copy(navigate=False)  # what "Save mine as a copy" does on a conflict
    copy = window.services.selections.find("Goma (ma copie)")
    assert editor.selection == copy and "« Goma (ma copie) »" in editor.notice_label.text()


def every_button(root: QWidget) -> list[QAbstractButton]:
    """The buttons labelled in words (a lone "#" or arrow is a symbol, not a label to speak)."""
    return [
        b
        for b in root.findChildren(QAbstractButton)
        if any(c.isalpha() for c in b.text()) and b.accessibleName()
    ]


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_accessible_names_contain_the_visible_label(window_in: WindowIn, language: str) -> None:
    window = window_in(language)
    page = open_context(window)
    for tabs in page.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
    for location in (Location("matrix"), Location("glossary"), Location("selections")):
        window.go(location)
    wrong = {
        (visible_name(b.text()), b.accessibleName())
        for b in every_button(window)
        if visible_name(b.text()).casefold() not in b.accessibleName().casefold()
    }
    assert not wrong, wrong


def test_english_shown_in_the_arabic_matrix_reads_left_to_right_and_is_marked(
    untranslated_window_in: WindowIn, window_in: WindowIn
) -> None:
    window = untranslated_window_in("ar")  # names-only translations: the cells show English
    window.go(Location("matrix"))
    page = window.pages.currentWidget()
    assert isinstance(page, MatrixPage)
    model = page.model
    state = model.state
    found = [
        (row, column)
        for row in range(model.rowCount())
        for column in range(model.columnCount())
        if state.cell(row, column).fallback
    ]
    assert found, "the Arabic content has no English fallback left to test with"
    row, column = found[0]
    shown = model.index(row, column).data()
    marker, *lines = shown.split("\n")
    assert marker == f"[{QCoreApplication.translate('Pages', 'English')}]" and marker != "[English]"
    assert all(line.startswith("\u2066") and line.endswith("\u2069") for line in lines)
    alignment = Qt.AlignmentFlag(model.index(row, column).data(Qt.ItemDataRole.TextAlignmentRole))
    assert alignment & Qt.AlignmentFlag.AlignAbsolute  # left even in the mirrored grid
    # Names-only content translates no cell, not even the definition row: its definitions are
    # English too. The real Arabic content shows its cells without isolates.
    assert all(state.cell(0, c).fallback for c in range(model.columnCount()))
    window = window_in("ar")
    window.go(Location("matrix"))
    page = window.pages.currentWidget()
    assert isinstance(page, MatrixPage)
    translated = page.model
    assert not translated.state.cell(0, 0).fallback
    assert "\u2066" not in translated.index(0, 0).data()


def test_the_notice_neither_moves_the_list_nor_outlives_a_rename(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.services.selections.create("Kasai", "sudden_onset_emergency")
    window.go(Location("selections"))
    panel = selections_page(window).list_panel
    qtbot.waitUntil(panel.table.isVisible)
    before = {name: b.mapTo(panel, b.rect().topLeft()) for name, b in panel.buttons.items()}
    table_top = panel.table.mapTo(panel, panel.table.rect().topLeft())
    choose_rows(panel, "Kasai")
    qtbot.mouseClick(panel.buttons["duplicate"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(panel.notice.isVisible)
    QApplication.processEvents()
    after = {name: b.mapTo(panel, b.rect().topLeft()) for name, b in panel.buttons.items()}
    assert after == before  # nothing jumps under the pointer
    assert panel.table.mapTo(panel, panel.table.rect().topLeft()) == table_top
    choose_rows(panel, "Kasai (copy)")
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    dialog = panel.rename_dialog
    retype(qtbot, dialog.name_edit, "plan B")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert not panel.notice.isVisible()  # "Duplicated as 'Kasai (copy)'" is no longer true


def test_the_rename_message_is_shown_whole(qtbot: QtBot, window: MainWindow) -> None:
    for name in ("Kasai floods", "Goma"):
        window.services.selections.create(name, "sudden_onset_emergency")
    window.go(Location("selections"))
    panel = selections_page(window).list_panel
    choose_rows(panel, "Goma")
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    dialog = panel.rename_dialog
    assert dialog.name_edit.width() >= dialog.name_edit.fontMetrics().averageCharWidth() * 40
    retype(qtbot, dialog.name_edit, "Kasai floods")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    message = dialog.message
    qtbot.waitUntil(message.isVisible)
    assert "Kasai floods" in message.text()
    assert message.height() >= message.heightForWidth(message.width())  # not cut off
    dialog.reject()


def test_the_toolbar_shows_icons_and_keeps_its_width_when_a_page_is_bookmarked(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.go(Location("category", "case_management"))
    button = window.toolbar.widgetForAction(window.actions_.bookmark)
    box_width = window.search_box.width()
    assert not window.actions_.bookmark.icon().isNull()
    for action in (window.actions_.back, window.actions_.forward, window.actions_.home):
        assert not action.icon().isNull()
        assert window.toolbar.widgetForAction(action).accessibleName()
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.actions_.bookmark.isChecked)
    QApplication.processEvents()
    assert window.search_box.width() == box_width  # D24: "Bookmarked" resized the search box
    assert visible_name(window.actions_.bookmark.text()) in button.accessibleName()


def test_the_category_to_add_has_a_visible_label(window: MainWindow) -> None:
    combo = open_context(window).editor.suggestions.add_combo
    labels = [
        label
        for label in combo.parentWidget().findChildren(QLabel)
        if label.buddy() is combo and label.text()
    ]
    assert labels  # read out as the combo's name even while it is empty (D25)


def test_the_start_page_leads_to_building_a_context(qtbot: QtBot, window: MainWindow) -> None:
    window.go(Location("home"))
    page = current_view(window).page
    assert page is not None
    assert 'href="pim:selections"' in page.html and "Build a context" in page.html
