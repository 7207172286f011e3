"""Fixtures for the desktop app's tests: real services on a temporary data folder, the window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from pimdesk.paths import AppPaths
from pimdesk.services.container import Services
from pimdesk.ui.shell.application import open_main_window
from pimdesk.ui.shell.main_window import MainWindow


@pytest.fixture
def services(data_dir: Path) -> Iterator[Services]:
    opened = Services(AppPaths.resolve(data_dir))
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> Iterator[MainWindow]:
    """The main window on its start page, shown (offscreen) and ready for input."""
    shown = open_main_window(services)
    qtbot.addWidget(shown)
    with qtbot.waitActive(shown):
        shown.show()
        shown.activateWindow()
    yield shown
    shown.close()
