"""Run a test with the interface in another language, and put English back afterwards."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pimdesk.paths import TRANSLATIONS_FOLDER, AppPaths, resource
from pimdesk.services.container import Services
from pimdesk.ui.shell.application import apply_language, open_main_window
from pimdesk.ui.shell.main_window import MainWindow
from pimdesk.ui.shell.translations import Translators

UseLanguage = Callable[[str], Translators]
WindowIn = Callable[[str], MainWindow]
LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")


def compiled_catalogues(folder: Path) -> Path:
    """`folder` with each .ts compiled to its .qm where that is missing or older, as `make
    translations` does (for a test run on its own, outside `make test`)."""
    for source in folder.glob("pimdesk_*.ts"):
        target = source.with_suffix(".qm")
        if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            subprocess.run(
                [str(LRELEASE), "-silent", str(source), "-qm", str(target)],
                check=True,
                capture_output=True,
            )
    return folder


@pytest.fixture
def use_language(qapp: QApplication) -> Iterator[UseLanguage]:
    """`use_language("fr")` installs the French catalogues and direction for this test only."""
    applied: list[Translators] = []

    def use(language: str, catalogue_dir: Path | None = None) -> Translators:
        folder = catalogue_dir or compiled_catalogues(resource(TRANSLATIONS_FOLDER))
        translators = apply_language(qapp, language, folder)
        applied.append(translators)
        return translators

    yield use
    for translators in applied:
        translators.remove(qapp)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture
def window_in(qtbot: QtBot, data_dir: Path, use_language: UseLanguage) -> Iterator[WindowIn]:
    """`window_in("fr")`: the main window of a run in French, shown and on its start page."""
    opened: list[tuple[MainWindow, Services]] = []

    def open_in(language: str) -> MainWindow:
        use_language(language)
        services = Services(AppPaths.resolve(data_dir), language)
        window = open_main_window(services)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        opened.append((window, services))
        return window

    yield open_in
    for window, services in opened:
        window.close()
        services.close()


@pytest.fixture
def untranslated_window_in(
    qtbot: QtBot, data_dir: Path, use_language: UseLanguage, names_only_db: Path
) -> Iterator[WindowIn]:
    """`untranslated_window_in("fr")`: the main window in French over content whose translations
    carry names only, so that every other text is shown in English."""
    opened: list[tuple[MainWindow, Services]] = []

    def open_in(language: str) -> MainWindow:
        use_language(language)
        services = Services(AppPaths(data_dir, names_only_db), language)
        window = open_main_window(services)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        opened.append((window, services))
        return window

    yield open_in
    for window, services in opened:
        window.close()
        services.close()
