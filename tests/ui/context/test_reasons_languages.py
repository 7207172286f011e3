"""The context builder's reasons pane in French and Arabic: the tier reasons and conditions in
the interface's language with their provenance marks; English still shown for want of a
translation read left to right and marked, never interleaved with the Arabic (gui.md D6)."""

from __future__ import annotations

import dataclasses
import re

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from pimdesk.domain.document_languages import labels_for
from pimdesk.domain.selection import Constraint, PimSystem, RunStatus, Selection
from pimdesk.domain.text import escape_html
from pimdesk.domain.tier_words import ENGLISH_TIER_WORDS, TierWords
from pimdesk.domain.tiers import TierDecision
from pimdesk.ui.context.suggestions_panel import SuggestionsPanel
from pimdesk.ui.locations import Location
from pimdesk.ui.shell.main_window import MainWindow
from tests.translation_fixtures import names_only_db
from tests.ui.context.context_helpers import selections_page
from tests.ui.helpers import current_view
from tests.ui.shell.language_helpers import (
    WindowIn,
    untranslated_window_in,
    use_language,
    window_in,
)

__all__ = ["names_only_db", "untranslated_window_in", "use_language", "window_in"]

LTR, POP = "\u2066", "\u2069"


def english_fragments() -> list[str]:
    """The fixed English words of every tier sentence and condition (up to a placeholder)."""
    found = []
    for field in dataclasses.fields(TierWords):
        value = getattr(ENGLISH_TIER_WORDS, field.name)
        if field.name == "conditions":
            found += [condition for _category, condition in value]
        elif field.name != "language":
            found.append(value.split("{")[0].strip())
    return [f for f in found if len(f) >= 8]


def open_builder(window: MainWindow, selection: Selection) -> SuggestionsPanel:
    """The context's Categories tab, as the editor shows it."""
    window.go(Location("selections", selection.id))
    return selections_page(window).editor.suggestions


def click_category(qtbot: QtBot, panel: SuggestionsPanel, category: str) -> TierDecision:
    """Click the category's row in the table; its tier decision as the row holds it."""
    row = panel.model.row_of(category)
    assert row >= 0, category
    index = panel.model.index(row, 0)
    panel.table.scrollTo(index)
    rect = panel.table.visualRect(index)
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.current_category == category
    decision = panel.model.row(row).tier
    assert decision is not None
    return decision


def block_of(document: QTextDocument, found: str) -> Qt.LayoutDirection:
    """The direction the pane lays out the paragraph holding `found` in."""
    block = document.begin()
    while block.isValid():
        if found in block.text():
            return block.blockFormat().layoutDirection()
        block = block.next()
    raise AssertionError(f"{found!r} is not in the pane")


def plain_spaces(value: str) -> str:
    return value.replace("\xa0", " ").replace("\u202f", " ")


def limited_context(window: MainWindow) -> Selection:
    """A context whose reasons are of many kinds: a running and a planned system, two limits."""
    selections = window.services.selections
    selection = selections.create("Kasai", "sudden_onset_emergency")
    systems = (
        PimSystem("DTM 3", "population_data", RunStatus.OPERATING),
        PimSystem("GBVIMS", "case_management", RunStatus.PLANNED),
    )
    limits = (Constraint.ACCESS_LIMITED, Constraint.PERSONAL_DATA_UNPROTECTED)
    changed = dataclasses.replace(selection, system_map=systems, constraints=limits)
    return selections.save(changed)


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_reasons_pane_gives_every_reason_in_the_interface_language(
    qtbot: QtBot, window_in: WindowIn, language: str
) -> None:
    window = window_in(language)
    selection = limited_context(window)
    panel = open_builder(window, selection)
    words = labels_for(language)
    english = english_fragments()
    shown_rules = set()
    for category in (c.id for c in window.services.reference.categories):
        decision = click_category(qtbot, panel, category)
        document = panel.reasons_view.document()
        # Qt's plain text has plain spaces for no-break ones; the isolates are invisible.
        plain = re.sub("[\u2066-\u2069]", "", document.toPlainText())
        assert not [f for f in english if f in plain], plain
        assert "Tier:" not in plain and "Add it when" not in plain
        for reason in decision.reasons:
            shown_rules.add(reason.rule)
            assert plain_spaces(reason.text) in plain
            if language == "ar":  # an Arabic sentence reads right to left, whole
                assert block_of(document, reason.text) == Qt.LayoutDirection.RightToLeft
            mark = reason.provenance(words.provenance)
            assert (mark.label if mark.is_source else f"[{mark.mark}]") in plain
        if decision.condition:
            assert plain_spaces(decision.condition) in plain
            assert decision.condition == decision.condition.strip() and decision.condition
    assert len(shown_rules) >= 4, shown_rules  # scenario, comes first, systems, limits


def test_english_a_reason_quotes_reads_left_to_right_and_is_marked_in_arabic(
    qtbot: QtBot, untranslated_window_in: WindowIn
) -> None:
    """Names-only translations: the relationships' explanations a reason quotes are English."""
    window = untranslated_window_in("ar")
    reference = window.services.reference
    selection = window.services.selections.create("Kasai", "sudden_onset_emergency")
    panel = open_builder(window, selection)
    mark = f"[{QCoreApplication.translate('Pages', 'English')}]"
    assert mark != "[English]"
    checked = 0
    for decision in window.services.selections.tiers(selection):
        english = [p for r in decision.reasons for p in r.pieces if reference.is_untranslated(p)]
        if not english:
            continue
        click_category(qtbot, panel, decision.category)
        page = panel.reasons_view.page
        assert page is not None
        for piece in english:
            shown = escape_html(piece, quote=False)
            # Every time the English is shown, it is isolated left to right and marked after.
            at = [m.start() for m in re.finditer(re.escape(shown), page.html)]
            assert at
            for start in at:
                before, after = page.html[:start], page.html[start + len(shown) :]
                assert re.search(rf"{LTR}(<a [^>]*>)?$", before), before[-80:]
                assert re.match(rf"(</a>)?{POP}", after), after[:80]
                assert mark in after[:200]
            # The Arabic sentence around it keeps its own direction.
            reason = next(r for r in decision.reasons if piece in r.pieces)
            opening = reason.text.split(piece)[0].strip()
            if opening:
                document = panel.reasons_view.document()
                assert block_of(document, opening) == Qt.LayoutDirection.RightToLeft
            checked += 1
    assert checked, "no reason quotes English over names-only content"


def test_an_english_status_line_on_an_arabic_category_page_is_isolated_and_marked(
    untranslated_window_in: WindowIn,
) -> None:
    window = untranslated_window_in("ar")
    reference = window.services.reference
    noted = [c for c in reference.categories if c.status_note]
    assert noted and all(reference.is_untranslated(c.status_note) for c in noted)
    mark = f"[{QCoreApplication.translate('Pages', 'English')}]"
    for category in noted:
        window.go(Location("category", category.id))
        view = current_view(window)
        assert view.page is not None
        html = view.page.html
        note = escape_html(category.status_note, quote=False)
        assert f"{LTR}{note}{POP} " in html
        assert html.index(mark, html.index(note)) - html.index(note) < len(note) + 60
        # The paragraph starts with the Arabic status badge: it reads right to left, the English
        # note inside it left to right (the isolate), its full stop at its own end.
        status = view.document().toPlainText().split(category.status_note)[0].splitlines()[-1]
        opening = status.replace(LTR, "").strip()
        assert block_of(view.document(), opening) == Qt.LayoutDirection.RightToLeft
        # PIM Desk's mark, Arabic words around its name, keeps its order after English text.
        editorial = escape_html(labels_for("ar").provenance.editorial_mark, quote=False)
        assert f"[\u2068{editorial}{POP}]" in html
