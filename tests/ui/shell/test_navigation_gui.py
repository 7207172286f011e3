"""Following links, going back and forward, bookmarks and recent pages across a restart."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from pimdesk.paths import AppPaths
from pimdesk.services.container import Services
from pimdesk.ui.browse.bookmarks_page import BookmarksPage
from pimdesk.ui.locations import Location
from pimdesk.ui.shell.application import open_main_window
from pimdesk.ui.shell.main_window import MainWindow
from tests.ui.helpers import click_link, current_view, page_text

pytestmark = pytest.mark.gui


def test_search_open_follow_a_glossary_link_go_back_bookmark_and_find_it_after_a_restart(
    qtbot: QtBot, window: MainWindow, data_dir: Path
) -> None:
    # Type a query, open the category from the results.
    qtbot.keyClicks(window.search_box, "case management")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.history.current == Location("category", "case_management")
    # Follow a glossary term that appears in the category's text.
    click_link(qtbot, current_view(window), "pim:term/informed_consent")
    assert window.history.current == Location("term", "informed_consent")
    assert window.pages.currentWidget().objectName() == "glossaryPage"
    assert "Informed consent" in page_text(window)
    # Back with the keyboard, forward with the mouse's forward button, back with its back button.
    qtbot.keyClick(current_view(window), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.history.current == Location("category", "case_management")
    assert "Case Management" in page_text(window)
    QTest.mouseClick(window.navigation_view.viewport(), Qt.MouseButton.ForwardButton)
    assert window.history.current == Location("term", "informed_consent")
    QTest.mouseClick(current_view(window).viewport(), Qt.MouseButton.BackButton)
    assert window.history.current == Location("category", "case_management")
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.history.current == Location("term", "informed_consent")
    # Bookmark the term page with Ctrl+D.
    assert not window.actions_.bookmark.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.actions_.bookmark.isChecked()
    assert window.actions_.bookmark.text() == "&Bookmarked"
    window.close()
    window.services.close()

    # A new run of the app on the same data folder finds the bookmark and the recent pages.
    again = Services(AppPaths.resolve(data_dir))
    restarted = open_main_window(again)
    qtbot.addWidget(restarted)
    restarted.show()
    try:
        restarted.actions_.show_bookmarks.trigger()
        page = restarted.pages.currentWidget()
        assert isinstance(page, BookmarksPage)
        titles = [
            page.bookmarks_model.index(r, 0).data() for r in range(page.bookmarks_model.rowCount())
        ]
        assert titles == ["Informed consent"]
        recent = [page.recent_model.index(r, 0).data() for r in range(page.recent_model.rowCount())]
        assert recent[:2] == ["Informed consent", "Case Management"]
        # Enter on the bookmark opens it.
        page.bookmarks_view.setFocus()
        qtbot.keyClick(page.bookmarks_view, Qt.Key.Key_Return)
        assert restarted.history.current == Location("term", "informed_consent")
        assert restarted.actions_.bookmark.isChecked()
    finally:
        restarted.close()
        again.close()


def test_removing_a_bookmark(qtbot: QtBot, window: MainWindow) -> None:
    window.go(Location("principles"))
    window.actions_.bookmark.trigger()
    window.go(Location("bookmarks"))
    page = window.pages.currentWidget()
    assert isinstance(page, BookmarksPage)
    assert page.bookmarks_model.rowCount() == 1
    page.bookmarks_view.setFocus()
    qtbot.keyClick(page.bookmarks_view, Qt.Key.Key_Delete)
    assert page.bookmarks_model.rowCount() == 0
    assert page.empty_label.isVisible()
    assert window.services.navigation.bookmarks() == []
    window.go(Location("principles"))
    assert not window.actions_.bookmark.isChecked()


def test_back_and_forward_are_disabled_at_the_ends_of_the_history(window: MainWindow) -> None:
    assert not window.actions_.back.isEnabled()
    window.go(Location("glossary"))
    assert window.actions_.back.isEnabled() and not window.actions_.forward.isEnabled()
    window.back()
    assert window.history.current == Location("home")
    assert window.actions_.forward.isEnabled() and not window.actions_.back.isEnabled()


def test_the_navigation_pane_opens_each_section_and_follows_the_page(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.navigation_view
    model = view.model()
    titles = {}
    for row in range(model.rowCount()):
        view.setFocus()
        view.setCurrentIndex(model.index(row, 0))
        qtbot.keyClick(view, Qt.Key.Key_Return)
        titles[model.index(row, 0).data()] = window.current_title
    assert titles["Matrix"] == "PIM Matrix"
    assert titles["Data sharing"].startswith("Data sharing")
    assert titles["My contexts"] == "My contexts"
    assert titles["Access framework"] == "Humanitarian access framework"
    window.go(Location("term", "refoulement"))
    assert view.currentIndex().data() == "Glossary"


def test_a_bookmark_of_a_page_that_no_longer_exists_says_so(window: MainWindow) -> None:
    window.go(Location("term", "retired_term"))
    assert window.current_title == "Page not found"
    assert "no glossary term" in page_text(window)
