"""In every language, no two menus, menu commands or controls of one screen claim the same
Alt+letter key (a translation moves the `&` to a letter of its own words)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

import pytest
from PySide6.QtWidgets import QMenu, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from pimdesk.ui.locations import Location
from tests.ui.dialog_checks import repeated_mnemonics
from tests.ui.shell.language_helpers import WindowIn, use_language, window_in

__all__ = ["use_language", "window_in"]  # the fixtures, imported for the tests below

pytestmark = pytest.mark.gui
LANGUAGES = ["en", "fr", "es", "ar"]
_MNEMONIC = re.compile(r"(?<!&)&([^&])")


def repeated(texts: Iterable[str]) -> list[str]:
    letters = Counter(m.group(1).lower() for text in texts for m in _MNEMONIC.finditer(text))
    return sorted(letter for letter, count in letters.items() if count > 1)


@pytest.mark.parametrize("language", LANGUAGES)
def test_menus_and_their_commands_have_keys_of_their_own(
    window_in: WindowIn, language: str
) -> None:
    window = window_in(language)
    menus = [action.menu() for action in window.menuBar().actions()]
    assert repeated(action.text() for action in window.menuBar().actions()) == []
    for menu in menus:
        assert isinstance(menu, QMenu)
        commands = [action.text() for action in menu.actions() if not action.isSeparator()]
        assert repeated(commands) == [], (menu.title(), commands)


@pytest.mark.parametrize("language", LANGUAGES)
def test_screens_and_dialogs_have_keys_of_their_own(
    qtbot: QtBot, window_in: WindowIn, language: str
) -> None:
    window = window_in(language)
    screens: list[QWidget] = []
    for section in ("selections", "matrix", "glossary", "bookmarks"):
        window.go(Location(section))
        screens.append(window.pages.currentWidget())
    window.go(Location("selections"))
    # A context started from a scenario page opens the context builder's editor at once.
    window.go(Location("new-context", "scenario.sudden_onset_emergency"))
    qtbot.waitUntil(lambda: window.pages.currentWidget().findChildren(QTabWidget) != [])
    screens.append(window.pages.currentWidget())
    for screen in screens:
        assert repeated_mnemonics(screen) == [], (type(screen).__name__, language)
    export = window.tool_actions.open_export()
    assert repeated_mnemonics(export) == []
    export.reject()
    content = window.tool_actions.open_content_page()
    assert repeated_mnemonics(content) == []
    content.reject()
    data = window.tool_actions.open_data_dialog()
    qtbot.waitUntil(lambda: data.check_result is not None and not data.busy, timeout=10_000)
    assert repeated_mnemonics(data) == []
    data.reject()
