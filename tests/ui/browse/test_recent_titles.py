"""Issue 20 (D7): recently viewed pages and bookmarks are listed under the names the pages have
now, in the language of the interface now: not as they were stored when viewed."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from pimdesk.paths import AppPaths
from pimdesk.services.container import Services
from pimdesk.ui.browse.bookmarks_page import BookmarksPage
from pimdesk.ui.browse.visit_titles import TitledVisit, current_titles
from pimdesk.ui.locations import Location
from pimdesk.ui.shell.main_window import MainWindow
from tests.ui.helpers import page_text
from tests.ui.shell.language_helpers import WindowIn, use_language, window_in

pytestmark = pytest.mark.gui
__all__ = ["use_language", "window_in"]  # the fixtures, imported for the tests below


def recent_titles(window: MainWindow) -> list[str]:
    window.go(Location("bookmarks"))
    page = window.pages.currentWidget()
    assert isinstance(page, BookmarksPage)
    model = page.recent_model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_a_renamed_context_is_listed_under_its_new_name(window: MainWindow) -> None:
    selections = window.services.selections
    context = selections.create("New context", "protracted_emergency")
    window.go(Location("selections", context.id))
    window.go(Location("home"))
    selections.save(replace(selections.get(context.id), name="Kasai floods"))
    window.go(Location("glossary"))
    window.go(Location("home"))
    assert "Kasai floods" in page_text(window)
    assert "New context" not in page_text(window)
    assert "Kasai floods" in recent_titles(window)


def test_titles_follow_the_language_of_the_interface(
    qtbot: QtBot, window_in: WindowIn, data_dir: Path
) -> None:
    services = Services(AppPaths.resolve(data_dir))
    try:  # viewed in English: stored with English titles
        services.navigation.visited("term", "refugee", "Refugee")
        services.navigation.visited("category", "case_management", "Case Management")
        services.navigation.visited("glossary", "", "Glossary")
    finally:
        services.close()
    window = window_in("fr")
    shown = page_text(window)
    assert "Réfugié" in shown and "Gestion des cas" in shown and "Glossaire" in shown
    assert "Case Management" not in shown
    assert {"Réfugié", "Gestion des cas"} <= set(recent_titles(window))


def test_a_page_the_content_no_longer_has_keeps_its_stored_title(window: MainWindow) -> None:
    class Visit:
        kind, ref_id, title = "term", "no_such_term", "An old term"

    found = current_titles([Visit()], window.services.reference, lambda _ref: "")
    assert found == [TitledVisit("term", "no_such_term", "An old term")]
