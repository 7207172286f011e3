"""The context builder's place in the window: File → New context (Ctrl+N) and Import context
(Ctrl+O), pending edits saved when the window closes, and the hook for the PDF export dialog.

`ContextActions.export_requested(selection_id)` is emitted when the team asks for a PDF of the
context open in the editor (its pending edits already saved): the export dialog connects there.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from pimdesk.ui.locations import Location
from pimdesk.ui.shell.page_stack import PageStack

translate = QCoreApplication.translate
PAGE_KEY = "selections"


class ContextActions(QObject):
    export_requested = Signal(str)  # a selection's ID: open the PDF export dialog on it

    def __init__(
        self,
        window: QMainWindow,
        pages: PageStack,
        go: Callable[[Location], None],
        quit_action: QAction,
    ) -> None:
        """Add the actions to `window`, in its File menu above `quit_action`; `go` opens a page."""
        super().__init__(window)
        self._window = window
        self._pages = pages
        self._go = go
        self._quit_action = quit_action
        self.new_context = self._action(
            translate("ContextActions", "&New context"),
            translate("ContextActions", "Build a new context (Ctrl+N)"),
            QKeySequence.StandardKey.New,
        )
        self.import_selection = self._action(
            translate("ContextActions", "&Import context…"),
            translate("ContextActions", "Import a context from a .pimsel file (Ctrl+O)"),
            QKeySequence.StandardKey.Open,
        )
        self.new_context.triggered.connect(self._new_context)
        self.import_selection.triggered.connect(self._import_selection)
        self._add_to_file_menu()
        pages.widgetAdded.connect(self._page_added)
        window.installEventFilter(self)

    def _action(self, text: str, tip: str, key: QKeySequence.StandardKey) -> QAction:
        action = QAction(text, self._window)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.setShortcuts(QKeySequence.keyBindings(key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self._window.addAction(action)
        return action

    def _add_to_file_menu(self) -> None:
        quit_action = self._quit_action
        for menu_action in self._window.menuBar().actions():
            menu = menu_action.menu()
            if menu is not None and quit_action in menu.actions():
                menu.insertAction(quit_action, self.new_context)
                menu.insertAction(quit_action, self.import_selection)
                menu.insertSeparator(quit_action)
                return

    def _page(self) -> QObject:
        self._go(Location(PAGE_KEY))
        return self._pages.page(PAGE_KEY)

    @Slot()
    def _new_context(self) -> None:
        page = self._page()
        if hasattr(page, "new_context"):  # the page may be replaced through its factory
            page.new_context()

    @Slot()
    def _import_selection(self) -> None:
        page = self._page()
        if hasattr(page, "import_selection"):
            page.import_selection()

    @Slot(int)
    def _page_added(self, index: int) -> None:
        signal = getattr(self._pages.widget(index), "export_requested", None)
        if signal is not None:
            signal.connect(self.export_requested)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Close:
            self.flush()
        return False

    def flush(self) -> None:
        """Save the open context's pending edits now: closing the window loses nothing."""
        if self._pages.built(PAGE_KEY):
            page = self._pages.page(PAGE_KEY)
            if hasattr(page, "flush"):
                page.flush()
