"""Issue 20 (D24): bookmarks by keyboard: Ctrl+Shift+B focuses the list, Delete removes with
Undo, the Bookmarks menu lists them, and the bookmarks page is not a "recently viewed" page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from pimdesk.ui.browse.bookmarks_page import BookmarksPage
from pimdesk.ui.locations import Location
from pimdesk.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def bookmark(window: MainWindow, *locations: Location) -> None:
    for location in locations:
        window.go(location)
        window.actions_.bookmark.trigger()
        assert window.actions_.bookmark.isChecked()


def open_bookmarks_by_keyboard(qtbot: QtBot, window: MainWindow) -> BookmarksPage:
    window.go(Location("home"))
    window.search_box.setFocus()
    qtbot.keyClick(window.search_box, Qt.Key.Key_B, CTRL_SHIFT)
    page = window.pages.currentWidget()
    assert isinstance(page, BookmarksPage)
    return page


def bookmarked(page: BookmarksPage) -> list[str]:
    model = page.bookmarks_model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_ctrl_shift_b_focuses_the_list_so_delete_removes_and_undo_restores(
    qtbot: QtBot, window: MainWindow
) -> None:
    bookmark(window, Location("glossary"), Location("matrix"))
    page = open_bookmarks_by_keyboard(qtbot, window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.bookmarks_view)
    before = bookmarked(page)
    assert len(before) == 2 and not page.undo_button.isVisible()
    page.recent_view.setFocus()
    qtbot.keyClick(page.recent_view, Qt.Key.Key_Delete)  # a page viewed is not a bookmark
    assert bookmarked(page) == before
    page.bookmarks_view.setFocus()
    first = before[0]
    qtbot.keyClick(page.bookmarks_view, Qt.Key.Key_Delete)
    assert bookmarked(page) == before[1:]
    assert page.undo_button.isVisible() and first in page.undo_label.text()
    assert QApplication.focusWidget() is page.bookmarks_view
    qtbot.keyClick(page.bookmarks_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert sorted(bookmarked(page)) == sorted(before)  # nothing lost
    assert not page.undo_button.isVisible()
    qtbot.keyClick(page.bookmarks_view, Qt.Key.Key_Delete)
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert sorted(bookmarked(page)) == sorted(before)


def test_the_bookmarks_menu_lists_the_bookmarks_and_opens_one(
    qtbot: QtBot, window: MainWindow
) -> None:
    menu = window.bookmarks_menu.menu
    assert isinstance(menu, QMenu)
    menu.aboutToShow.emit()
    empty = [a for a in menu.actions() if a.text() == "No bookmarks yet"]
    assert empty and not empty[0].isEnabled()
    bookmark(window, Location("glossary"))
    window.go(Location("home"))
    menu.aboutToShow.emit()
    menu.aboutToShow.emit()  # filled again, not appended to
    entries = [a for a in menu.actions() if not a.isSeparator()]
    texts = [a.text() for a in entries]
    assert texts.count("Glossary") == 1 and "No bookmarks yet" not in texts
    assert texts[:2] == ["&Bookmark this page", "&Show bookmarks"]  # its commands stay first
    entries[texts.index("Glossary")].trigger()
    assert window.history.current == Location("glossary")


def test_recently_viewed_never_lists_the_bookmarks_page(qtbot: QtBot, window: MainWindow) -> None:
    window.go(Location("glossary"))
    window.go(Location("bookmarks"))
    window.go(Location("matrix"))
    window.services.navigation.visited("bookmarks", "", "Bookmarks")  # as older versions did
    page = open_bookmarks_by_keyboard(qtbot, window)
    model = page.recent_model
    recent = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert "Glossary" in recent and "Bookmarks and recently viewed" not in recent
    assert all(model.row(row).location.kind != "bookmarks" for row in range(model.rowCount()))
    assert all(v.kind != "bookmarks" for v in window.services.navigation.recent(50)[1:])
