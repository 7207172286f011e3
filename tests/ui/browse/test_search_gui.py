"""Search as you type, driven through the real search box and results list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pimdesk.ui.browse.search_model import HEADING_ROLE, HTML_ROLE
from pimdesk.ui.shell.main_window import MainWindow
from tests.ui.helpers import page_text

pytestmark = pytest.mark.gui


def results_shown(window: MainWindow) -> list[tuple[bool, str]]:
    model = window.search.page().model
    return [
        (bool(model.index(row, 0).data(HEADING_ROLE)), model.index(row, 0).data())
        for row in range(model.rowCount())
    ]


def test_results_appear_after_each_keystroke_grouped_by_kind(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.actions_.search.trigger()
    assert window.search_box.hasFocus()
    seen_counts = []
    for character in "refoul":
        qtbot.keyClick(window.search_box, character)
        seen_counts.append(window.search.page().model.rowCount())
    assert window.search.active
    assert all(count > 0 for count in seen_counts[2:]), seen_counts  # from 'ref' on
    rows = results_shown(window)
    headings = [label for is_heading, label in rows if is_heading]
    assert any(label.startswith("Glossary (") for label in headings), headings
    assert rows[0][0], "the list starts with a group heading"
    first_hit = next(label for is_heading, label in rows if not is_heading)
    assert first_hit
    # Each group heading is followed by its hits, and no heading stands alone.
    for position, (is_heading, _label) in enumerate(rows):
        if is_heading:
            assert position + 1 < len(rows) and not rows[position + 1][0]


def test_matched_words_are_marked_in_the_snippet(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.search_box, "informed consent")
    model = window.search.page().model
    marked = [
        model.index(row, 0).data(HTML_ROLE)
        for row in range(model.rowCount())
        if not model.index(row, 0).data(HEADING_ROLE)
    ]
    assert marked
    assert any("<b><u" in html and "onsent</u></b>" in html for html in marked), marked[:3]


def test_a_misspelling_shows_the_corrected_results_at_once_and_names_the_word(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.keyClicks(window.search_box, "refulement")
    page = window.search.page()
    assert page.results.isVisible()
    assert "Showing results for “refoulement”" in page.summary.text()
    assert any(
        label == "Refoulement" or label.startswith("Refoulement:")
        for _, label in results_shown(window)
    )
    # "Did you mean" is announced with its word: the accessible name holds the visible label.
    assert page.suggestion_button.isVisible()
    assert page.suggestion_button.accessibleName() == page.suggestion_button.text()
    assert "refoulement" in page.suggestion_button.accessibleName()
    qtbot.mouseClick(page.suggestion_button, Qt.MouseButton.LeftButton)
    assert window.search_box.text() == "refoulement"
    assert page.results.isVisible()
    assert not page.suggestion_button.isVisible()


def test_enter_opens_the_first_corrected_result(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.search_box, "refulement")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.history.current is not None
    assert window.history.current.id == "refoulement"


def test_the_suggestion_sits_under_the_message_when_nothing_is_found(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1000, 700)
    qtbot.keyClicks(window.search_box, "zzqqxx")
    page = window.search.page()
    assert page.summary.height() < 120, "the message does not take the whole page"


def test_arrow_keys_and_enter_open_a_result(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.search_box, "case management")
    page = window.search.page()
    first = page.results.currentIndex()
    assert first.isValid() and not first.data(HEADING_ROLE)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    second = page.results.currentIndex()
    assert second.row() > first.row() and not second.data(HEADING_ROLE)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Up)
    assert page.results.currentIndex().row() == first.row()
    expected = first.data().split(":")[0]
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert not window.search.active
    assert window.current_title == expected
    assert expected in page_text(window)


def test_escape_leaves_the_results_for_the_page_searched_from(
    qtbot: QtBot, window: MainWindow
) -> None:
    before = page_text(window)
    qtbot.keyClicks(window.search_box, "monitoring")
    assert window.search.active
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert not window.search.active
    assert window.search_box.text() == ""
    assert page_text(window) == before


def test_nothing_found_says_so(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.search_box, "zzqqxx")
    page = window.search.page()
    assert page.model.rowCount() == 0
    assert "No results" in page.summary.text()
