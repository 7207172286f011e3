"""'My selections' lists the team's saved selections, read from the user database."""

from __future__ import annotations

import pytest

from pimdesk.ui.context.selections_page import SelectionsPage
from pimdesk.ui.locations import Location
from pimdesk.ui.shell.main_window import MainWindow
from pimdesk.ui.shell.page_stack import PageContext, default_page_factories

pytestmark = pytest.mark.gui


def test_saved_selections_are_listed_with_their_scenario_and_place(window: MainWindow) -> None:
    window.go(Location("selections"))
    page = window.pages.currentWidget()
    assert isinstance(page, SelectionsPage)
    assert page.model.rowCount() == 0 and page.empty_label.isVisible()
    window.services.selections.create("North Kivu response", "protracted_emergency", place="Goma")
    window.go(Location("home"))
    window.go(Location("selections"))
    assert page.model.rowCount() == 1
    assert not page.empty_label.isVisible()
    row = [page.model.index(0, column).data() for column in range(3)]
    assert row == ["North Kivu response", "Protracted emergency", "Goma"]


def test_the_selections_page_can_be_replaced_without_touching_the_window(
    qtbot,
    services,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtCore import Signal
    from PySide6.QtWidgets import QLabel

    from pimdesk.ui.shell.settings import UiSettings

    class Builder(QLabel):
        link_activated = Signal(object)

        def show_location(self, location: Location) -> str:
            return "Context builder"

        def focus_widget(self) -> QLabel:
            return self

    def build(_context: PageContext) -> Builder:
        return Builder("the context builder")

    factories = {**default_page_factories(), "selections": build}
    window = MainWindow(services, UiSettings(services.paths.settings_file), factories)
    qtbot.addWidget(window)
    window.go(Location("selections"))
    assert isinstance(window.pages.currentWidget(), Builder)
    assert window.current_title == "Context builder"
