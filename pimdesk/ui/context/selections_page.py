"""'My contexts': the context builder. The list of the team's contexts, and the editor of one.

`pim:selections` shows the list, `pim:selections/<id>` one context in the editor, so Back,
bookmarks and recently viewed work as for any page. The editor saves as it goes and flushes
pending typing before the page shows anything else.

For the PDF export dialog: `export_requested(selection_id)` is emitted by the editor's
"Export PDF…" button, after the context's pending edits are saved.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import QStackedWidget, QWidget

from pimdesk.domain.selection import Selection
from pimdesk.services.container import Services
from pimdesk.ui.context.context_editor import ContextEditor
from pimdesk.ui.context.context_list import ContextList
from pimdesk.ui.context.context_list_model import SelectionsModel
from pimdesk.ui.locations import Location

translate = QCoreApplication.translate


class SelectionsPage(QStackedWidget):
    link_activated = Signal(object)  # Location
    link_hovered = Signal(str)
    export_requested = Signal(str)  # a selection's ID, to export as PDF
    title_changed = Signal(str)  # the open context was renamed: the window's title follows

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.list_panel = ContextList(services)
        self.list_panel.open_requested.connect(self._open_requested)
        self.list_panel.context_created.connect(self._created)
        self.addWidget(self.list_panel)
        self._editor: ContextEditor | None = None

    @property
    def model(self) -> SelectionsModel:
        return self.list_panel.model

    @property
    def empty_label(self) -> QWidget:
        return self.list_panel.empty_label

    @property
    def editor(self) -> ContextEditor:
        """The context editor, built the first time a context is opened."""
        if self._editor is None:
            editor = ContextEditor(self._services)
            editor.link_activated.connect(self.link_activated)
            editor.export_requested.connect(self.export_requested)
            editor.share_requested.connect(self._share)
            editor.list_button.clicked.connect(self._back_to_list)
            editor.saved.connect(self._editor_saved)
            self.addWidget(editor)
            self._editor = editor
        return self._editor

    def _editor_saved(self, selection: Selection) -> None:
        if self.currentWidget() is self._editor:
            self.title_changed.emit(selection.name)

    def show_location(self, location: Location) -> str:
        """The list for `pim:selections`, the editor for `pim:selections/<id>`. Raises
        NotFoundError for a context that no longer exists or is in the trash."""
        if location.id and location.kind == "selections":
            selection = self.editor.open(location.id)
            self.setCurrentWidget(self.editor)
            return selection.name
        if self._editor is not None:
            self.editor.flush()
        self.list_panel.refresh()
        self.setCurrentWidget(self.list_panel)
        return translate("Selections", "My contexts")

    @property
    def open_selection_id(self) -> str | None:
        """The context the editor shows now; None while the list is shown."""
        if self._editor is None or self.currentWidget() is not self._editor:
            return None
        selection = self._editor.selection
        return selection.id if selection is not None else None

    def focus_widget(self) -> QWidget:
        if self._editor is not None and self.currentWidget() is self._editor:
            return self.editor.focus_widget()
        return self.list_panel.table

    def flush(self) -> bool:
        """Save the open context's pending edits now (the window calls this before closing)."""
        return self._editor is None or self._editor.flush()

    # ------------------------------------------------------------------ commands
    @Slot()
    def new_context(self) -> None:
        self.list_panel.new_context()

    def start_context(self, origin: str) -> None:
        """A new context with a head start from the page the user was reading."""
        self.list_panel.start_context(origin)

    @Slot(str)
    def _created(self, _selection_id: str) -> None:
        if self.currentWidget() is self.editor:
            self.editor.details.name_edit.setFocus()
            self.editor.details.name_edit.selectAll()

    @Slot()
    def import_selection(self) -> None:
        self.list_panel.import_file()

    @Slot(str)
    def _open_requested(self, selection_id: str) -> None:
        self.link_activated.emit(Location("selections", selection_id))
        if self._editor is not None and self.currentWidget() is self._editor:
            self._editor.focus_widget().setFocus()  # keyboard users go on where they opened it

    @Slot()
    def _back_to_list(self) -> None:
        self.link_activated.emit(Location("selections"))
        if self.currentWidget() is self.list_panel:
            self.list_panel.table.setFocus()

    @Slot(str)
    def _share(self, selection_id: str) -> None:
        outcome = self.list_panel.files.export(selection_id)
        if outcome is not None:
            self.editor.show_notice(outcome.message)
