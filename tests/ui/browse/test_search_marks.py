"""Each search result says where its snippet's text comes from, as the page it opens does, in
the interface's language (PIM Desk's notes and illustrations above all)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pimdesk.domain.document_languages import labels_for
from pimdesk.domain.provenance import ProvenanceClass
from pimdesk.ui.browse.search_model import HEADING_ROLE, HTML_ROLE, ResultRow
from pimdesk.ui.locations import Location
from pimdesk.ui.shell.main_window import MainWindow
from tests.translation_fixtures import names_only_db
from tests.ui.context.context_helpers import type_text
from tests.ui.helpers import page_text
from tests.ui.shell.language_helpers import (
    WindowIn,
    untranslated_window_in,
    use_language,
    window_in,
)

__all__ = ["names_only_db", "untranslated_window_in", "use_language", "window_in"]

pytestmark = pytest.mark.gui

# Queries that reach notes and illustrations of every kind of record (scenarios, terms, cells,
# categories, questions), in each language's own words.
QUERIES = {
    "en": ("consent", "sudden", "monitoring", "referral"),
    "fr": ("consentement", "urgence", "monitoring"),
    "ar": ("الموافقة", "الحماية"),
}


def search(qtbot: QtBot, window: MainWindow, query: str) -> list[tuple[int, ResultRow]]:
    """Type `query` in the search box; the result rows the list shows (headings left out)."""
    window.actions_.search.trigger()
    window.search_box.clear()
    type_text(window.search_box, query)  # any script, key by key
    qtbot.wait(50)
    model = window.search.page().model
    return [
        (n, model.row(n))
        for n in range(model.rowCount())
        if not model.index(n, 0).data(HEADING_ROLE)
    ]


def opened_text(window: MainWindow, location: Location | None) -> str:
    assert location is not None
    window.go(location)
    return page_text(window)


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_each_snippet_carries_the_mark_its_page_shows_in_the_language(
    qtbot: QtBot, window_in: WindowIn, language: str
) -> None:
    window = window_in(language)
    words = labels_for(language).provenance
    model = window.search.page().model
    classes = set()
    checked_pages = 0
    for query in QUERIES[language]:
        for number, row in search(qtbot, window, query):
            assert row.hit is not None
            shown = model.index(number, 0).data(Qt.ItemDataRole.DisplayRole)
            html = model.index(number, 0).data(HTML_ROLE)
            if not row.provenance:
                assert row.hit.snippet == row.hit.title  # no text of the record is shown
                continue
            for mark in row.provenance:
                classes.add(mark.cls)
                expected = f"({mark.mark})" if mark.is_source else f"[{mark.mark}]"
                assert shown.endswith(expected) or expected in shown, shown
                assert expected in html
                if mark.cls is ProvenanceClass.EDITORIAL:
                    assert mark.mark == words.editorial_mark
            # The page the result opens marks the same text the same way (PIM Desk's own).
            own = [m for m in row.provenance if not m.is_source]
            if own and checked_pages < 12 and row.kind in ("scenario", "term", "cell"):
                text = opened_text(window, row.location)
                assert all(f"[{m.mark}]" in text for m in own), (row.kind, row.hit.id)
                checked_pages += 1
    assert {ProvenanceClass.EDITORIAL, ProvenanceClass.SOURCE} <= classes
    assert checked_pages >= 3
    if language != "en":
        assert all("PIM Desk's" not in m for m in (words.editorial_mark, words.note_alone))


def test_an_english_snippet_in_the_arabic_list_reads_left_to_right(
    qtbot: QtBot, untranslated_window_in: WindowIn
) -> None:
    window = untranslated_window_in("ar")
    model = window.search.page().model
    english = [(n, r) for n, r in search(qtbot, window, "consent") if r.in_english]
    assert english
    for number, row in english:
        html = model.index(number, 0).data(HTML_ROLE)
        assert "<br/>\u2066" in html and "\u2069" in html
        assert row.provenance  # still marked, in Arabic
        assert all("PIM Desk's" not in m.mark for m in row.provenance)
