"""A long session leaves nothing behind per page: the toolbar's actions do not gather
connections (Qt 6.11 adds one each time an action shown on a tool button changes), and the
buttons still show each action's state."""

from __future__ import annotations

import pytest
from PySide6.QtCore import SIGNAL, Qt
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from pimdesk.ui.locations import Location
from pimdesk.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui

PAGES = [
    Location("category", "case_management"),
    Location("term", "informed_consent"),
    Location("matrix"),
    Location("principles"),
    Location("glossary"),
]


def toolbar_connections(window: MainWindow) -> dict[str, int]:
    actions = window.actions_
    watched = {"back": actions.back, "forward": actions.forward, "bookmark": actions.bookmark}
    return {name: action.receivers(SIGNAL("changed()")) for name, action in watched.items()}


def test_sixty_pages_and_bookmarks_add_no_connection_to_the_toolbar(
    qtbot: QtBot, window: MainWindow
) -> None:
    for location in PAGES:
        window.go(location)
    before = toolbar_connections(window)
    for step in range(60):
        window.go(PAGES[step % len(PAGES)])
        if step % 3 == 0:
            qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
        if step % 4 == 0:
            qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert toolbar_connections(window) == before


def test_the_toolbar_buttons_still_show_their_actions_state(
    qtbot: QtBot, window: MainWindow
) -> None:
    actions = window.actions_
    back = window.toolbar.widgetForAction(actions.back)
    bookmark = window.toolbar.widgetForAction(actions.bookmark)
    assert isinstance(back, QToolButton) and isinstance(bookmark, QToolButton)
    assert not window.history.can_go_back and not back.isEnabled()  # the start page
    window.go(PAGES[0])
    assert back.isEnabled() and actions.back.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert not back.isEnabled() and not actions.back.isEnabled()
    window.go(PAGES[1])
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert bookmark.isChecked() and actions.bookmark.isChecked()
    assert bookmark.toolTip() == actions.bookmark.toolTip()
    assert bookmark.icon().cacheKey() == actions.bookmark.icon().cacheKey()
    qtbot.mouseClick(bookmark, Qt.MouseButton.LeftButton)  # the button still works the action
    assert not actions.bookmark.isChecked() and not bookmark.isChecked()
