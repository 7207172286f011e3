"""Run a test with the interface in another language, and put English back afterwards."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pimdesk.paths import TRANSLATIONS_FOLDER, resource
from pimdesk.ui.application import apply_language
from pimdesk.ui.translations import Translators

UseLanguage = Callable[[str], Translators]


@pytest.fixture
def use_language(qapp: QApplication) -> Iterator[UseLanguage]:
    """`use_language("fr")` installs the French catalogues and direction for this test only."""
    applied: list[Translators] = []

    def use(language: str, catalogue_dir: Path | None = None) -> Translators:
        translators = apply_language(qapp, language, catalogue_dir or resource(TRANSLATIONS_FOLDER))
        applied.append(translators)
        return translators

    yield use
    for translators in applied:
        translators.remove(qapp)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
