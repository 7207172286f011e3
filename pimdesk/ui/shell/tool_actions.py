"""The window's tools: File → Export PDF… (Ctrl+E), Tools → Update content…, Help → Check my
data…, the pages' own Export buttons, and reading data or content again after they changed.

A page asks for an export with a signal `export_document_requested(document, record_id)`; the
context builder with `export_requested(selection_id)` on its actions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QWidget

from pimdesk.services.container import Services
from pimdesk.ui.locations import History, Location
from pimdesk.ui.shell.page_stack import PageStack
from pimdesk.ui.shell.search_controller import SearchController
from pimdesk.ui.shell.window_actions import WindowActions
from pimdesk.ui.widgets.recent_folders import RecentFolders
from pimdesk.ui.widgets.tasks import BackgroundTasks

if TYPE_CHECKING:
    from pimdesk.domain.briefing_input import DocumentKind
    from pimdesk.ui.data.content_page import ContentPage
    from pimdesk.ui.data.data_dialog import DataDialog
    from pimdesk.ui.export.export_dialog import ExportDialog

translate = QCoreApplication.translate
PDFS = "pdf"  # the recent folder of exported PDFs


class ToolWindow(Protocol):
    """What the tools use of the main window (a QMainWindow), which builds them and passes
    itself: named here so that this module need not import the window."""

    services: Services
    tasks: BackgroundTasks
    history: History
    pages: PageStack
    search: SearchController
    content_label: QLabel
    actions_: WindowActions

    def go(self, location: Location) -> None: ...
    def show_notices(self, notices: tuple[str, ...]) -> None: ...


def document_for(location: Location | None) -> tuple[DocumentKind, str]:
    """Which document Export PDF… starts with on the page the user is reading."""
    from pimdesk.domain.briefing_input import DocumentKind  # the PDF side: not at start-up

    if location is None:
        return DocumentKind.BRIEFING, ""
    if location.kind == "category" and location.id:
        return DocumentKind.CATEGORY_SHEET, location.id
    if location.kind in ("glossary", "term"):
        return DocumentKind.GLOSSARY, ""
    if location.kind == "selections" and location.id:
        return DocumentKind.BRIEFING, location.id
    return DocumentKind.BRIEFING, ""


class ToolActions(QObject):
    def __init__(self, window: ToolWindow) -> None:
        widget = cast(QMainWindow, window)  # the parent of the actions and the dialogs
        super().__init__(widget)
        self._window = window
        self._widget = widget
        self.export_pdf = self._action(
            translate("ToolActions", "&Export PDF…"),
            translate(
                "ToolActions", "Export a briefing, a category sheet or the glossary (Ctrl+E)"
            ),
            "Ctrl+E",
        )
        self.update_content = self._action(
            translate("ToolActions", "&Update content…"),
            translate("ToolActions", "See the installed content, load a content pack, roll back"),
        )
        self.check_data = self._action(
            translate("ToolActions", "&Check my data…"),
            translate("ToolActions", "Check your data file, back it up or restore a backup"),
        )
        self.export_pdf.triggered.connect(self.open_export)
        self.update_content.triggered.connect(self.open_content_page)
        self.check_data.triggered.connect(self.open_data_dialog)
        self._add_to_menus()
        window.pages.widgetAdded.connect(self._page_added)
        context_actions = getattr(window, "context_actions", None)
        if context_actions is not None:  # the context builder's "Export PDF" of its context
            context_actions.export_requested.connect(self.export_briefing)

    def _action(self, text: str, tip: str, key: str = "") -> QAction:
        action = QAction(text, self._widget)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        if key:
            action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self._widget.addAction(action)
        return action

    def _menu_with(self, action: QAction) -> QMenu | None:
        for menu_action in self._widget.menuBar().actions():
            menu = menu_action.menu()
            if isinstance(menu, QMenu) and action in menu.actions():
                return menu
        return None

    def _add_to_menus(self) -> None:
        actions = self._window.actions_
        file_menu = self._menu_with(actions.quit)
        if file_menu is not None:
            file_menu.insertAction(actions.quit, self.export_pdf)
            file_menu.insertSeparator(actions.quit)
        help_menu = self._menu_with(actions.about)
        if help_menu is not None:
            help_menu.insertAction(actions.about, self.check_data)
            help_menu.insertSeparator(actions.about)
            self.tools_menu = QMenu(translate("ToolActions", "&Tools"), self._widget)
            self.tools_menu.addAction(self.update_content)
            self._widget.menuBar().insertMenu(help_menu.menuAction(), self.tools_menu)

    @Slot(int)
    def _page_added(self, index: int) -> None:
        signal = getattr(self._window.pages.widget(index), "export_document_requested", None)
        if signal is not None:
            signal.connect(self.export_document)

    # ------------------------------------------------------------------ export
    @Slot()
    def open_export(self) -> ExportDialog:
        """File → Export PDF…, starting with the document of the page being read."""
        document, record_id = document_for(self._window.history.current)
        return self.export_document(document.value, record_id)

    @Slot(str)
    def export_briefing(self, selection_id: str) -> ExportDialog:
        from pimdesk.domain.briefing_input import DocumentKind

        return self.export_document(DocumentKind.BRIEFING.value, selection_id)

    @Slot(str, str)
    def export_document(self, document: str, record_id: str = "") -> ExportDialog:
        from pimdesk.ui.export.export_dialog import open_export_dialog

        window = self._window
        folders = RecentFolders(window.services.paths.settings_file)
        dialog = open_export_dialog(
            self._widget,
            window.services,
            document,
            selection_id=record_id,
            category_id=record_id,
            tasks=window.tasks,
            folder=folders.last(PDFS),  # where the last PDF went (D11)
        )
        dialog.exported.connect(lambda result: folders.remember(PDFS, result.path))
        return dialog

    # ------------------------------------------------------------------ data and content
    @Slot()
    def open_data_dialog(self) -> DataDialog:
        from pimdesk.ui.data.data_dialog import open_data_dialog

        self._flush_pages()  # pending edits go into the data before it is checked or restored
        window = self._window
        return open_data_dialog(
            self._widget, window.services, window.tasks, self.user_data_replaced
        )

    @Slot()
    def open_content_page(self) -> ContentPage:
        from pimdesk.ui.data.content_page import open_content_page

        window = self._window
        return open_content_page(self._widget, window.services, window.tasks, self.content_replaced)

    def user_data_replaced(self, notice: str) -> None:
        """After a restore: every page reads the user's data again; the banner says why."""
        self._window.pages.rebuild()
        self._window.show_notices((notice,))
        self._show_again()

    def content_replaced(self) -> None:
        """After a content update or rollback: every page, search and the status line read the
        content now in use."""
        window = self._window
        self._flush_pages()
        window.services.reload_content()
        reference = window.services.reference
        window.pages.rebuild(reference)
        window.search.use_reference(reference)
        window.content_label.setText(
            translate("Window", "Content {version} of {date}").format(
                version=reference.info.version, date=reference.info.date.isoformat()
            )
        )
        self._show_again()

    def _show_again(self) -> None:
        window = self._window
        window.go(window.history.current or Location("home"))

    def _flush_pages(self) -> None:
        pages = self._window.pages
        for widget in (pages.widget(i) for i in range(pages.count())):
            flush = getattr(widget, "flush", None)
            if callable(flush) and isinstance(widget, QWidget):
                flush()
