"""The central page area: one widget per kind of page, each built the first time it is needed.

Pages are made by factories, so a later feature can replace one (the context builder takes
over 'My selections') without touching the window. A page is a widget with a
`link_activated(Location)` signal, `show_location(location) -> title` and `focus_widget()`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Protocol, cast

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import QStackedWidget, QWidget

from pimdesk.domain.records import record
from pimdesk.services.container import Services
from pimdesk.services.reference import ReferenceService
from pimdesk.ui.browse.page_renderer import DOCUMENT_KINDS, PageRenderer
from pimdesk.ui.locations import Location
from pimdesk.ui.widgets.tasks import BackgroundTasks


class Page(Protocol):
    link_activated: SignalInstance

    def show_location(self, location: Location) -> str: ...
    def focus_widget(self) -> QWidget: ...


@record
class PageContext:
    """What a page factory may use to build its page."""

    services: Services
    renderer: PageRenderer
    tasks: BackgroundTasks


PageFactory = Callable[[PageContext], QWidget]


def _document(context: PageContext) -> QWidget:
    from pimdesk.ui.browse.document_page import DocumentPage

    return DocumentPage(context.renderer)


def _matrix(context: PageContext) -> QWidget:
    from pimdesk.ui.browse.matrix_page import MatrixPage  # built on first use: start-up stays quick

    return MatrixPage(context.services.reference, context.renderer)


def _glossary(context: PageContext) -> QWidget:
    from pimdesk.ui.browse.glossary_page import GlossaryPage

    return GlossaryPage(context.services.reference, context.renderer)


def _bookmarks(context: PageContext) -> QWidget:
    from pimdesk.ui.browse.bookmarks_page import BookmarksPage
    from pimdesk.ui.browse.visit_titles import titles_now

    return BookmarksPage(context.services.navigation, retitle=titles_now(context.services))


def _selections(context: PageContext) -> QWidget:
    from pimdesk.ui.context.selections_page import SelectionsPage  # the context builder

    return SelectionsPage(context.services)


def default_page_factories() -> dict[str, PageFactory]:
    return {
        "document": _document,
        "matrix": _matrix,
        "glossary": _glossary,
        "bookmarks": _bookmarks,
        "selections": _selections,
    }


def page_key(kind: str) -> str:
    """Which page widget shows a kind of location."""
    if kind in DOCUMENT_KINDS:
        return "document"
    if kind == "new-context":  # the window starts the context; the list is its page
        return "selections"
    return "glossary" if kind in ("glossary", "term") else kind


class PageStack(QStackedWidget):
    link_activated = Signal(object)  # Location, from whichever page
    link_hovered = Signal(str)
    title_changed = Signal(str)  # the page shown now has a new title (a renamed context)

    def __init__(
        self,
        context: PageContext,
        factories: Mapping[str, PageFactory] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._factories = dict(factories or default_page_factories())
        self._pages: dict[str, QWidget] = {}

    def page(self, key: str) -> QWidget:
        """The page widget for `key`, built now if it has not been yet."""
        if key not in self._pages:
            widget = self._factories[key](self._context)
            widget.setObjectName(f"{key}Page")
            page = cast(Page, widget)
            page.link_activated.connect(self.link_activated)
            hovered = getattr(widget, "link_hovered", None)
            if hovered is not None:
                hovered.connect(self.link_hovered)
            retitled = getattr(widget, "title_changed", None)
            if retitled is not None:
                retitled.connect(self._page_retitled)
            self.addWidget(widget)
            self._pages[key] = widget
        return self._pages[key]

    def _page_retitled(self, title: str) -> None:
        if self.sender() is self.currentWidget():
            self.title_changed.emit(title)

    def built(self, key: str) -> bool:
        return key in self._pages

    def rebuild(self, reference: ReferenceService | None = None) -> None:
        """Build every page again when it is next shown, from the services as they are now:
        after a restore of the user's data, or (given the new `reference`) a content update."""
        if reference is not None:
            self._context.renderer.use_reference(reference)
        for widget in self._pages.values():
            self.removeWidget(widget)
            widget.deleteLater()
        self._pages.clear()

    def show_location(self, location: Location) -> str:
        """Show the page for `location`; returns its title. Raises NotFoundError if none."""
        widget = self.page(page_key(location.kind))
        title = cast(Page, widget).show_location(location)
        self.setCurrentWidget(widget)
        return title

    def focus_current(self) -> None:
        current = self.currentWidget()
        if current is not None and hasattr(current, "focus_widget"):
            cast(Page, current).focus_widget().setFocus()
