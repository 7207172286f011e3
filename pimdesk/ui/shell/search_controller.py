"""Search as you type: ties the search box to the results page shown in the page area.

The results page is not a step in the history: it covers the current page while the user
types, and leaving it (Escape, an empty box, Back) shows that page again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot

from pimdesk.services.reference import ReferenceService
from pimdesk.ui.locations import Location
from pimdesk.ui.shell.page_stack import PageStack
from pimdesk.ui.shell.search_box import SearchBox

if TYPE_CHECKING:
    from pimdesk.ui.browse.search_page import SearchPage


class SearchController(QObject):
    result_opened = Signal(object)  # Location
    search_shown = Signal()

    def __init__(
        self,
        reference: ReferenceService,
        box: SearchBox,
        pages: PageStack,
        show_current_page: Callable[[], None],
    ) -> None:
        super().__init__(box)
        self._reference = reference
        self.box = box
        self._pages = pages
        self._show_current_page = show_current_page
        self._page: SearchPage | None = None
        box.textChanged.connect(self._text_changed)
        box.moved.connect(self._moved)
        box.submitted.connect(self._submitted)
        box.cancelled.connect(self._cancelled)

    def page(self) -> SearchPage:
        """The results page, built the first time the user searches."""
        if self._page is None:
            from pimdesk.ui.browse.search_page import SearchPage

            page = SearchPage(self._reference)
            page.setObjectName("searchPage")
            page.link_activated.connect(self._open)
            page.suggestion_chosen.connect(self.box.setText)
            self._pages.addWidget(page)
            self._page = page
        return self._page

    def use_reference(self, reference: ReferenceService) -> None:
        """Search this content from now on (after a content update): the results page is
        built again when next needed."""
        self._reference = reference
        if self._page is not None:
            self._pages.removeWidget(self._page)
            self._page.deleteLater()
            self._page = None

    @property
    def active(self) -> bool:
        """Whether the results cover the page area now."""
        return self._page is not None and self._pages.currentWidget() is self._page

    def focus(self) -> None:
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def leave(self) -> None:
        if self.active:
            self._show_current_page()

    def _show_results(self) -> None:
        page = self.page()
        page.set_query(self.box.text())
        self._pages.setCurrentWidget(page)
        self.search_shown.emit()

    @Slot(str)
    def _text_changed(self, query: str) -> None:
        if query.strip():
            self._show_results()
        else:
            self.leave()

    @Slot(int)
    def _moved(self, step: int) -> None:
        if self.active:
            self.page().move_selection(step)
        elif self.box.text().strip():
            self._show_results()

    @Slot()
    def _submitted(self) -> None:
        if self.active:
            self.page().open_current()
        elif self.box.text().strip():
            self._show_results()

    @Slot()
    def _cancelled(self) -> None:
        self.box.clear()
        self.leave()
        self._pages.focus_current()

    @Slot(object)
    def _open(self, location: Location) -> None:
        self.result_opened.emit(location)
