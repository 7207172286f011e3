"""The language of a run: how it is chosen, saved from View → Language, and laid out."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from pimdesk.paths import AppPaths
from pimdesk.services.container import Services
from pimdesk.ui.shell.application import interface_language, open_main_window
from pimdesk.ui.shell.language_menu import menu_languages, restart_command
from pimdesk.ui.shell.main_window import MainWindow
from pimdesk.ui.shell.settings import UiSettings
from pimdesk.ui.shell.translations import choose_language, is_right_to_left, system_language
from pimdesk.ui.widgets.page_html import RenderedPage
from pimdesk.ui.widgets.page_view import PageView, starts_left_to_right
from tests.ui.shell.language_helpers import UseLanguage, use_language

__all__ = ["use_language"]  # the fixture, imported for the tests below

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(
    ("requested", "saved", "system", "chosen"),
    [
        ("fr", "es", "ar", "fr"),  # --lang wins
        (None, "es", "ar", "es"),  # then the choice saved in the settings
        (None, None, "ar", "ar"),  # then the system's language
        (None, None, None, "en"),
        ("fr_FR", None, None, "fr"),  # a locale name is reduced to its language
        ("pt-BR", None, None, "pt"),  # a language only a content pack brings is allowed
        ("../x", "es", None, "es"),  # not a language code: ignored
    ],
)
def test_the_language_of_a_run(
    requested: str | None, saved: str | None, system: str | None, chosen: str
) -> None:
    assert choose_language(requested, saved, system) == chosen


def test_the_system_language_counts_only_when_the_interface_has_it() -> None:
    assert system_language(["de-DE", "fr-CA", "en"]) == "fr"
    assert system_language(["de-DE", "nl"]) is None
    assert system_language(["ar_EG"]) == "ar"


def test_the_saved_choice_is_read_before_the_window_exists(tmp_path: Path) -> None:
    paths = AppPaths.resolve(tmp_path)
    assert interface_language("es", paths) == "es"
    UiSettings(paths.settings_file).set_language("ar")
    assert interface_language(None, paths) == "ar"
    assert interface_language("fr", paths) == "fr"


def test_restarting_keeps_the_arguments_but_not_the_language_given_on_them() -> None:
    argv = ["/opt/pimdesk/bin/pimdesk", "--data-dir", "/d", "--lang", "fr", "--lang=es"]
    assert restart_command(argv, "/usr/bin/python3", frozen=False) == (
        "/usr/bin/python3",
        ["/opt/pimdesk/bin/pimdesk", "--data-dir", "/d"],
    )
    assert restart_command(argv, "/opt/pimdesk/pimdesk", frozen=True) == (
        "/opt/pimdesk/pimdesk",
        ["--data-dir", "/d"],
    )


def test_the_menu_lists_the_interface_languages_then_those_of_the_content() -> None:
    assert menu_languages(["en", "pt", "fr"]) == ["en", "fr", "es", "ar", "pt"]


def test_arabic_is_right_to_left_and_the_others_are_not() -> None:
    assert is_right_to_left("ar")
    assert not any(is_right_to_left(code) for code in ("en", "fr", "es", "pt"))


def test_qt_s_own_texts_follow_the_language(use_language: UseLanguage) -> None:
    use_language("fr")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"


def test_arabic_lays_the_application_out_right_to_left(
    qapp: QApplication, use_language: UseLanguage
) -> None:
    use_language("ar")
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "ألغِ"  # Qt's own wording


# ---------------------------------------------------------------------- View → Language
@pytest.fixture
def french_choice(
    qtbot: QtBot, window: MainWindow, services: Services
) -> Iterator[tuple[MainWindow, list[str]]]:
    restarts: list[str] = []
    window.language_menu._restart = lambda: restarts.append("restart")
    action = window.language_menu.action_for("fr")
    assert action is not None
    action.trigger()
    yield window, restarts


def test_view_language_lists_every_language_and_checks_the_current_one(
    window: MainWindow,
) -> None:
    view_menu = window.findChild(type(window.language_menu.menu), "viewMenu")
    assert view_menu is not None
    assert window.language_menu.menu.menuAction() in view_menu.actions()
    names = [action.text() for action in window.language_menu.group.actions()]
    assert names == ["English", "Français", "Español", "العربية"]
    checked = [a.data() for a in window.language_menu.group.actions() if a.isChecked()]
    assert checked == ["en"]


def test_choosing_a_language_saves_it_and_offers_to_restart(
    qtbot: QtBot, french_choice: tuple[MainWindow, list[str]], services: Services
) -> None:
    window, restarts = french_choice
    assert UiSettings(services.paths.settings_file).language == "fr"
    box = window.language_menu.question
    assert isinstance(box, QMessageBox)
    assert "Français" in box.text()
    later = next(b for b in box.buttons() if b.text() == "&Later")
    assert box.defaultButton() is later
    qtbot.mouseClick(later, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.language_menu.question is None)
    assert restarts == []


def test_restart_now_restarts(qtbot: QtBot, french_choice: tuple[MainWindow, list[str]]) -> None:
    window, restarts = french_choice
    box = window.language_menu.question
    assert box is not None
    restart = next(b for b in box.buttons() if b.text() == "&Restart now")
    qtbot.mouseClick(restart, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: restarts == ["restart"])


def test_choosing_the_current_language_asks_nothing(window: MainWindow) -> None:
    action = window.language_menu.action_for("en")
    assert action is not None
    action.trigger()
    assert window.language_menu.question is None


# ---------------------------------------------------------------------- pages right to left
def test_paragraphs_take_the_direction_of_their_script() -> None:
    assert starts_left_to_right("Data is information.")
    assert starts_left_to_right("123 Data")
    assert not starts_left_to_right("البيانات data")
    assert not starts_left_to_right("123 (4)")  # no letters: the interface's direction


def test_a_right_to_left_page_reads_arabic_from_the_right_and_english_from_the_left(
    qtbot: QtBot, qapp: QApplication, use_language: UseLanguage
) -> None:
    use_language("ar")
    view = PageView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    html = "<h1>الفئات</h1><p>Data is information.</p><ul><li>عنصر</li></ul><p>2026</p>"
    view.show_page(RenderedPage("t", html))
    directions = {}
    block = view.document().begin()
    while block.isValid():
        directions[block.text()] = block.textDirection()
        line = block.layout().lineAt(0).naturalTextRect()
        middle = view.document().textWidth() / 2
        if block.textDirection() == Qt.LayoutDirection.RightToLeft:
            assert line.left() > middle, block.text()  # right-aligned
        else:
            assert line.right() < middle, block.text()  # left-aligned
        block = block.next()
    rtl, ltr = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
    assert directions == {"الفئات": rtl, "Data is information.": ltr, "عنصر": rtl, "2026": rtl}


def test_an_arabic_window_is_mirrored(
    qtbot: QtBot, data_dir: Path, use_language: UseLanguage
) -> None:
    use_language("ar")
    services = Services(AppPaths.resolve(data_dir), "ar")
    window = open_main_window(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.isRightToLeft()
    navigation = window.navigation_view.mapTo(window, window.navigation_view.rect().topLeft())
    pages = window.pages.mapTo(window, window.pages.rect().topLeft())
    assert navigation.x() > pages.x()  # the sections are on the right, the page on the left
    window.close()
    services.close()
