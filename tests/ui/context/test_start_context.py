"""Start a context from anywhere: a new one asks for its scenario; a page gives a head start."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pimdesk.domain.selection import Decision, NeedSource, Selection
from pimdesk.ui.context.start_context import ScenarioDialog
from pimdesk.ui.locations import Location
from pimdesk.ui.shell.main_window import MainWindow
from tests.ui.context.context_helpers import choose, selections_page
from tests.ui.helpers import click_link, current_view, page_text


def scenario_dialog(qtbot: QtBot) -> ScenarioDialog:
    found: list[ScenarioDialog] = []

    def shown() -> bool:
        found[:] = [
            w for w in QApplication.topLevelWidgets()
            if isinstance(w, ScenarioDialog) and w.isVisible()
        ]  # fmt: skip
        return bool(found)

    qtbot.waitUntil(shown, timeout=2000)
    return found[0]


def only_context(window: MainWindow) -> Selection:
    summaries = window.services.selections.summaries()
    assert len(summaries) == 1
    return window.services.selections.get(summaries[0].id)


def test_a_new_context_asks_for_its_scenario_and_chooses_none_itself(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.go(Location("selections"))
    window.context_actions.new_context.trigger()
    dialog = scenario_dialog(qtbot)
    assert dialog.combo.currentData() == "" and not dialog.ok_button.isEnabled()
    assert window.services.selections.summaries() == []  # nothing made before the answer
    choose(qtbot, dialog.combo, "protracted_non_emergency")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    created = only_context(window)
    assert created.scenario == "protracted_non_emergency"
    editor = selections_page(window).editor
    qtbot.waitUntil(lambda: editor.selection is not None and editor.selection.id == created.id)


def test_cancelling_the_question_makes_no_context(qtbot: QtBot, window: MainWindow) -> None:
    window.go(Location("selections"))
    window.context_actions.new_context.trigger()
    dialog = scenario_dialog(qtbot)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert window.services.selections.summaries() == []


def test_a_scenario_page_starts_a_context_in_that_scenario(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.go(Location("scenario", "comprehensive_solutions"))
    assert "Start a context with this scenario" in page_text(window)  # D23: says what it does
    click_link(qtbot, current_view(window), "pim:new-context/scenario.comprehensive_solutions")
    created = only_context(window)
    assert created.scenario == "comprehensive_solutions"
    assert window.history.current != Location("new-context", "scenario.comprehensive_solutions")


@pytest.mark.parametrize(
    "page",
    [Location("category", "case_management"), Location("cell", "case_management.outputs")],
)
def test_a_category_or_cell_asks_the_scenario_and_accepts_the_category(
    qtbot: QtBot, window: MainWindow, page: Location
) -> None:
    window.go(page)
    href = (
        "pim:new-context/category.case_management"
        if page.kind == "category"
        else "pim:new-context/cell.case_management.outputs"
    )
    click_link(qtbot, current_view(window), href)
    dialog = scenario_dialog(qtbot)
    choose(qtbot, dialog.combo, "protracted_emergency")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    created = only_context(window)
    assert created.scenario == "protracted_emergency"
    choice = created.choice("case_management")
    assert choice is not None and choice.decision is Decision.ACCEPTED


def test_a_data_need_answer_starts_a_context_with_the_need_picked(
    qtbot: QtBot, window: MainWindow
) -> None:
    item = window.services.reference.scenario("sudden_onset_emergency").items[1]
    window.go(Location("need", item.id))
    click_link(qtbot, current_view(window), f"pim:new-context/need.{item.id}")
    created = only_context(window)
    assert created.scenario == "sudden_onset_emergency"
    assert [(n.source, n.ref) for n in created.needs] == [(NeedSource.SCENARIO_ITEM, item.id)]


def test_a_what_data_do_i_need_answer_offers_to_start_a_context(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.go(Location("matrix", "questions"))
    panel = window.pages.currentWidget().needs  # type: ignore[attr-defined]
    panel.scenario_choice.setCurrentIndex(panel.scenario_choice.findData("protracted_emergency"))
    panel.list_view.setFocus()
    panel.list_view.setCurrentIndex(panel.proxy.index(0, 0))
    page = panel.preview.page
    assert page is not None
    href = next(h for h in re.findall(r'href="([^"]+)"', page.html) if "new-context" in h)
    click_link(qtbot, panel.preview, href)
    if href.startswith("pim:new-context/question."):  # a question names no scenario: asked
        dialog = scenario_dialog(qtbot)
        choose(qtbot, dialog.combo, "protracted_emergency")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    created = only_context(window)
    assert created.scenario == "protracted_emergency" and len(created.needs) == 1
