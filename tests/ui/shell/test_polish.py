"""The polish items of the GUI review (gui.md P3-P8) that the window still showed."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QProxyStyle, QStyle, QTabWidget
from pytestqt.qtbot import QtBot

from pimdesk.ui.context.context_dialogs import TrashDialog
from pimdesk.ui.locations import Location
from pimdesk.ui.shell.main_window import MainWindow
from pimdesk.ui.widgets.style import LIST_ROW_PADDING, PimStyle
from tests.ui.context.context_helpers import selections_page
from tests.ui.helpers import current_view
from tests.ui.shell.language_helpers import WindowIn, use_language, window_in

__all__ = ["use_language", "window_in"]

pytestmark = pytest.mark.gui


def open_context_tab(window: MainWindow, tab: int) -> QTabWidget:
    selection = window.services.selections.create("Kasai", "sudden_onset_emergency")
    window.go(Location("selections", selection.id))
    tabs = selections_page(window).editor.findChild(QTabWidget)
    tabs.setCurrentIndex(tab if tab >= 0 else tabs.count() + tab)
    return tabs


def test_an_empty_trash_says_so(qtbot: QtBot, window: MainWindow) -> None:
    """P5: not an empty table with no message."""
    dialog = TrashDialog(window.services, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty_label.isVisible() and not dialog.table.isVisible()
    assert "trash is empty" in dialog.empty_label.text()
    kasai = window.services.selections.create("Kasai", "sudden_onset_emergency")
    window.services.selections.delete(kasai.id)
    dialog.refresh()
    assert dialog.table.isVisible() and not dialog.empty_label.isVisible()


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_reasons_pane_shows_the_first_category_in_every_language(
    window_in: WindowIn, language: str
) -> None:
    """P5: in Arabic the table selected nothing (QTableView.selectRow misses its column right to
    left) and the reasons pane stayed blank."""
    window = window_in(language)
    open_context_tab(window, -1)
    panel = selections_page(window).editor.suggestions
    assert [i.row() for i in panel.table.selectionModel().selectedRows()] == [0]
    assert panel.reasons_view.toPlainText().strip()
    assert panel.priority_combo.isEnabled()


def test_search_leaves_no_stale_state_behind(qtbot: QtBot, window: MainWindow) -> None:
    """P6: no section highlighted under the results; the query goes once the user goes
    elsewhere; the content version said once (the status line), not on the start page too."""
    window.go(Location("glossary"))
    qtbot.keyClicks(window.search_box, "monitoring")
    assert window.search.active
    assert not window.navigation_view.selectionModel().hasSelection()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.navigation_view.currentIndex().data() == "Glossary"
    qtbot.keyClicks(window.search_box, "monitoring")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)  # opens the first result
    assert not window.search.active and window.search_box.text() == "monitoring"
    assert window.navigation_view.selectionModel().hasSelection()
    window.go(Location("principles"))  # anywhere else: the query is stale
    assert window.search_box.text() == ""
    window.go(Location("home"))
    version = window.services.reference.info.version
    assert version in window.content_label.text()
    assert version not in current_view(window).toPlainText()


def test_an_arabic_term_keeps_its_english_aliases_in_place(window_in: WindowIn) -> None:
    """P7: each alias is isolated, so "CODs; COD" among Arabic names keeps the list's order."""
    window = window_in("ar")
    window.go(Location("term", "common_operational_datasets"))
    html = current_view(window).toHtml()
    aliases = window.services.reference.term("common_operational_datasets").aliases
    assert len(aliases) > 1
    for alias in aliases:
        assert f"\u2068{alias}\u2069" in html


def test_the_status_combos_are_as_wide_as_their_values(window: MainWindow) -> None:
    """P8: four short values in a combo stretched to about 670 px."""
    window.resize(1280, 800)
    open_context_tab(window, 1)
    page = selections_page(window)
    combos = [c for c in page.findChildren(QComboBox) if c.objectName().startswith("system_")]
    assert len(combos) == 8
    for combo in combos:
        assert combo.width() <= combo.sizeHint().width() + 4, (combo.width(), combo.sizeHint())


def test_the_marker_legend_quotes_e_g(window: MainWindow) -> None:
    """P4: "e.g. marks an illustrative example" read oddly without its quotation marks."""
    window.go(Location("category", "case_management"))
    assert "“e.g.” marks an illustrative example" in current_view(window).toPlainText()


def test_the_contexts_table_shows_french_scenario_names_whole(window_in: WindowIn) -> None:
    """P1: "Urgence à déclenchemen…" was cut while "Catégories acceptées" took a wide column
    for one digit."""
    window = window_in("fr")
    window.resize(1280, 800)
    window.services.selections.create("Kasaï", "sudden_onset_emergency")
    window.go(Location("selections"))
    panel = selections_page(window).list_panel
    panel.refresh()
    table, model = panel.table, panel.model
    metrics, header = table.fontMetrics(), table.horizontalHeader()
    for scenario in window.services.reference.scenarios:
        width = header.sectionSize(model.column_of("scenario"))
        assert metrics.horizontalAdvance(scenario.name) < width - 8, scenario.name
    accepted = header.sectionSize(model.column_of("accepted"))
    assert accepted < header.sectionSize(model.column_of("name"))
    assert accepted < 2 * metrics.horizontalAdvance("Catégories acceptées")


def test_the_letter_bar_is_an_even_grid(qtbot: QtBot, window: MainWindow) -> None:
    """P2: a narrow "I" above a wide "W" left a gap between I and J."""
    window.resize(1280, 800)
    window.go(Location("glossary"))
    bar = window.pages.currentWidget().letters
    qtbot.waitUntil(lambda: bar.button("A").width() > 0)
    buttons = bar.group.buttons()
    widths = [b.width() for b in buttons]
    assert max(widths) - min(widths) <= 4, widths  # the widest letter's own room, at most
    first_row = sorted((b for b in buttons if b.y() == buttons[0].y()), key=lambda b: b.x())
    gaps = {right.x() - left.geometry().right() for left, right in pairwise(first_row)}
    assert len(gaps) == 1, gaps


class IconsOnDialogButtons(QProxyStyle):
    """Fusion as a desktop theme makes it (X11's generic theme): icons on dialog buttons."""

    def styleHint(self, hint, option=None, widget=None, returnData=None):  # type: ignore[no-untyped-def]
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 1
        return super().styleHint(hint, option, widget, returnData)


def test_dialog_buttons_list_rows_and_tab_pages_have_room(qtbot: QtBot, window: MainWindow) -> None:
    """P11: Close and Cancel alone carried icons; list rows were packed tight; the Categories
    tab's intro touched the tab's frame; "Add a category:" stayed alone with nothing to add."""
    desktop = IconsOnDialogButtons("Fusion")
    hint = QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons
    assert desktop.styleHint(hint) == 1 and PimStyle(desktop).styleHint(hint) == 0
    window.go(Location("glossary"))
    view = window.pages.currentWidget().list_view
    plain = view.visualRect(view.model().index(0, 0)).height()
    pim = PimStyle("Fusion")
    view.setStyle(pim)
    view.doItemsLayout()
    padded = view.visualRect(view.model().index(0, 0)).height()
    assert padded == plain + LIST_ROW_PADDING
    window.navigation_view.setStyle(pim)  # rows with an icon have their room already
    window.navigation_view.doItemsLayout()
    nav = window.navigation_view
    assert nav.visualRect(nav.model().index(0, 0)).height() < plain + 2 * LIST_ROW_PADDING + 16
    open_context_tab(window, -1)
    panel = selections_page(window).editor.suggestions
    intro = next(w for w in panel.findChildren(QLabel) if w.text().startswith("Each context"))
    assert intro.mapTo(panel, intro.rect().topLeft()).x() >= 6
    assert panel.add_label.isVisible() == panel.add_combo.isVisible()
    view.setStyle(None)
    window.navigation_view.setStyle(None)


def test_the_arabic_status_line_keeps_the_iso_date_left_to_right(window_in: WindowIn) -> None:
    """P7: "2026-11-26" read as "26-11-2026" in an Arabic line unless it is set left to right."""
    window = window_in("ar")
    date = window.services.reference.info.date.isoformat()
    said = window.content_label.text()
    assert any(f"{start}{date}{end}" in said for start, end in ("\u202a\u202c", "\u2066\u2069"))
