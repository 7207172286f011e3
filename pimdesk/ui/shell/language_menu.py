"""View → Language: the interface languages (and any a content pack added), saved for next start.

The whole window is built in one language, so a new choice applies when PIM Desk starts again:
the user may restart at once (the same command, without a `--lang` that would override the
choice) or later.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

from pimdesk.ui.shell.settings import UiSettings
from pimdesk.ui.shell.translations import INTERFACE_LANGUAGES, language_name

translate = QCoreApplication.translate
Restarter = Callable[[], None]


def menu_languages(content_languages: Sequence[str]) -> list[str]:
    """The interface languages, then the languages only the content comes in, each once."""
    return list(dict.fromkeys([*INTERFACE_LANGUAGES, *sorted(content_languages)]))


def restart_command(argv: Sequence[str], executable: str, frozen: bool) -> tuple[str, list[str]]:
    """The program and arguments that start PIM Desk again as it was started, minus `--lang`."""
    arguments: list[str] = []
    skip_value = False
    for argument in argv[1:]:
        if skip_value:
            skip_value = False
        elif argument == "--lang":
            skip_value = True
        elif not argument.startswith("--lang="):
            arguments.append(argument)
    if frozen:
        return executable, arguments
    return executable, [argv[0], *arguments]


def restart_application() -> None:
    """Start a new PIM Desk, then quit this one (its window saves its state as it closes)."""
    program, arguments = restart_command(
        sys.argv, sys.executable, bool(getattr(sys, "frozen", False))
    )
    from PySide6.QtCore import QProcess  # only on a restart: kept off the start-up path

    if QProcess.startDetached(program, arguments)[0]:
        QApplication.closeAllWindows()


class LanguageMenu(QObject):
    """The View → Language submenu of `window`; `current` is the language of this run."""

    def __init__(
        self,
        window: QMainWindow,
        settings: UiSettings,
        current: str,
        content_languages: Sequence[str],
        restart: Restarter = restart_application,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._restart = restart
        self.current = current
        self.menu = QMenu(translate("Language", "&Language"), window)
        self.menu.setObjectName("languageMenu")
        self.group = QActionGroup(self.menu)
        self.group.setExclusive(True)
        for code in menu_languages(content_languages):
            self._add(code)
        self.group.triggered.connect(self._chosen)
        self.question: QMessageBox | None = None

    def _add(self, code: str) -> None:
        action = QAction(language_name(code), self.menu)
        action.setData(code)
        action.setCheckable(True)
        action.setChecked(code == self.current)
        action.setStatusTip(
            translate("Language", "Use PIM Desk in {language}").format(language=language_name(code))
        )
        self.group.addAction(action)
        self.menu.addAction(action)

    def action_for(self, code: str) -> QAction | None:
        return next((a for a in self.group.actions() if a.data() == code), None)

    @Slot(QAction)
    def _chosen(self, action: QAction) -> None:
        code = str(action.data())
        self._settings.set_language(code)
        if code != self.current:
            self.question = self._ask_restart(language_name(code))

    def _ask_restart(self, name: str) -> QMessageBox:
        from PySide6.QtWidgets import QMessageBox  # only on a change: kept off the start-up path

        box = QMessageBox(
            QMessageBox.Icon.Information,
            self._window.windowTitle(),
            translate("Language", "PIM Desk will be in {language} the next time it starts.").format(
                language=name
            ),
            parent=self._window,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(translate("Language", "Restart now? Your work is saved as you go."))
        restart = box.addButton(
            translate("Language", "&Restart now"), QMessageBox.ButtonRole.AcceptRole
        )
        later = box.addButton(translate("Language", "&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(later)

        def answered() -> None:
            box.deleteLater()
            self.question = None
            if box.clickedButton() is restart:
                self._restart()

        box.finished.connect(answered)
        box.open()
        return box


def attach_language_menu(
    window: QMainWindow, settings: UiSettings, current: str, content_languages: Sequence[str]
) -> LanguageMenu:
    """Put View → Language in `window`'s menu bar (at the end of the View menu)."""
    languages = LanguageMenu(window, settings, current, content_languages)
    view_menu = next(
        (
            action.menu()
            for action in window.menuBar().actions()
            if action.menu() is not None and action.menu().objectName() == "viewMenu"
        ),
        None,
    )
    if isinstance(view_menu, QMenu):
        view_menu.addSeparator()
        view_menu.addMenu(languages.menu)
    return languages
