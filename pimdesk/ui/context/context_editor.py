"""The context editor: the context, its systems, its data needs and its categories, in tabs.

Each tab sends changes; the editor applies them to the selection, hands the result to the
autosaver and shows the suggestions that follow. There is no Save button: the header says
"Saved" once a change is stored, and pending typing is saved before anything else happens.

When a save is refused as a conflict (another window or a command changed or trashed the
context, or a restore replaced the data file), the user chooses: keep theirs, or save these
edits as a copy. If the editor is left before the user answers, the edits are saved as a copy:
nothing typed is lost and nothing stored elsewhere is overwritten.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from dataclasses import replace
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal, SignalInstance, Slot
from PySide6.QtGui import QHideEvent, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pimdesk.domain.errors import ConflictError, NotFoundError, PimDeskError
from pimdesk.domain.selection import Selection
from pimdesk.domain.systems_map import map_findings
from pimdesk.services.container import Services
from pimdesk.ui.context.autosave import Autosaver, SaveState
from pimdesk.ui.context.context_details import ContextDetails
from pimdesk.ui.context.needs_picker import NeedsPicker
from pimdesk.ui.context.save_conflict import ask_about_conflict
from pimdesk.ui.context.suggestions_panel import SuggestionsPanel
from pimdesk.ui.context.systems_panel import SystemsPanel
from pimdesk.ui.locations import Location
from pimdesk.ui.widgets.flow_layout import flow_row

translate = QCoreApplication.translate
Change = Callable[[Selection], Selection]


class ContextEditor(QWidget):
    link_activated = Signal(object)  # Location
    export_requested = Signal(str)  # the selection's ID: the PDF export dialog opens on it
    share_requested = Signal(str)  # the selection's ID: save it as a .pimsel file
    saved = Signal(object)  # the Selection as stored

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        reference = services.reference
        self.autosaver = Autosaver(self._store, parent=self)
        self.conflict_box: QMessageBox | None = None
        self.details = ContextDetails(reference)
        self.systems = SystemsPanel(reference.categories)
        self.needs = NeedsPicker(reference)
        self.suggestions = SuggestionsPanel(reference)
        self.title_label = QLabel()
        self.title_label.setObjectName("contextTitle")
        self.title_label.setTextFormat(Qt.TextFormat.RichText)
        self.state_label = QLabel()
        self.state_label.setObjectName("saveState")
        self.state_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # a quiet "Saved"
        self.flags_label = QLabel()
        self.flags_label.setObjectName("unknownReferences")
        self.flags_label.setWordWrap(True)
        self.flags_label.hide()
        self.notice_label = QLabel()
        self.notice_label.setObjectName("editorNotice")
        self.notice_label.setWordWrap(True)
        self.notice_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notice_label.hide()
        self.tabs = self._tabs()
        self.list_button = self._button(
            translate("ContextEditor", "All contexts"),
            translate("ContextEditor", "Back to the list of your contexts"),
        )
        self.share_button = self._button(
            translate("ContextEditor", "Share as file…"),
            translate("ContextEditor", "Save this context as a .pimsel file, e.g. on a USB stick"),
        )
        self.export_button = self._button(
            translate("ContextEditor", "Export PDF…"),
            translate("ContextEditor", "Print this context as PDF briefing sheets"),
        )
        self._connect()
        self._lay_out()

    def _tabs(self) -> QTabWidget:
        tabs = QTabWidget()
        tabs.setObjectName("contextTabs")
        tabs.addTab(self.details, translate("ContextEditor", "C&ontext"))
        tabs.addTab(self.systems, translate("ContextEditor", "S&ystems"))
        tabs.addTab(self.needs, translate("ContextEditor", "Data n&eeds"))
        tabs.addTab(self.suggestions, translate("ContextEditor", "Categor&ies"))
        tabs.setAccessibleName(translate("ContextEditor", "Parts of the context"))
        tabs.setAccessibleDescription(
            translate("ContextEditor", "The context, its systems, its data needs, its categories")
        )
        return tabs

    def _button(self, label: str, description: str) -> QPushButton:
        button = QPushButton(label)
        button.setAccessibleName(label.rstrip("…"))
        button.setAccessibleDescription(description)
        return button

    def _connect(self) -> None:
        for part in (self.details, self.systems, self.needs, self.suggestions):
            part.changed.connect(self.apply)
        self.needs.link_activated.connect(self.link_activated)
        self.suggestions.link_activated.connect(self.link_activated)
        self.autosaver.saved.connect(self._saved)
        self.autosaver.state_changed.connect(self._show_state)
        self.autosaver.failed.connect(self._failed)
        self.autosaver.name_refused.connect(self._name_taken)
        self.autosaver.conflicted.connect(self._conflicted)
        self.details.name_unusable.connect(self._keep_stored_name)
        self.share_button.clicked.connect(lambda: self._request(self.share_requested))
        self.export_button.clicked.connect(lambda: self._request(self.export_requested))

    def _lay_out(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        # The buttons wrap under each other rather than widen the window (small screens).
        header.addWidget(
            flow_row([self.state_label, self.list_button, self.share_button, self.export_button])
        )
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.flags_label)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.tabs, 1)

    # ------------------------------------------------------------------ opening
    def open(self, selection_id: str) -> Selection:
        """Show the context `selection_id`, after saving what the previous one had pending.
        Raises NotFoundError when it no longer exists or is in the trash."""
        self.flush()
        self.settle_conflict()
        selections = self._services.selections
        selection = selections.get(selection_id)
        if any(s.id == selection_id for s in selections.trash()):
            raise NotFoundError(
                translate(
                    "ContextEditor", "“{name}” is in the trash: restore it to open it."
                ).format(name=selection.name)
            )
        stored = self.autosaver.stored
        if stored is not None and selection == stored and selection.revision == stored.revision:
            return selection  # back to it unchanged: keep the tab and row
        self._show(selection)
        return selection

    def _show(self, selection: Selection) -> None:
        self.autosaver.start(selection)
        self.notice_label.hide()
        self.details.show_selection(selection)
        self.systems.show_selection(selection)
        self._show_derived(selection)
        self._show_title(selection)
        self._show_state(SaveState.SAVED)
        self.tabs.setCurrentIndex(0)

    @property
    def selection(self) -> Selection | None:
        return self.autosaver.current if self.autosaver.stored is not None else None

    def flush(self) -> bool:
        return self.autosaver.flush()

    def _store(self, selection: Selection) -> Selection:
        # Looked up each time: the services rebuild the selection service after a content update.
        return self._services.selections.save(selection)

    # ------------------------------------------------------------------ changes
    @Slot(object, bool)
    def apply(self, change: Change, at_once: bool) -> None:
        if self.autosaver.stored is None:
            return
        edited = change(self.autosaver.current)
        self.autosaver.change(edited, at_once)
        self._show_derived(self.autosaver.current)

    def _show_derived(self, selection: Selection) -> None:
        """What follows from the selection: the needs on offer, the suggestions, the flags."""
        selections = self._services.selections
        self.needs.show_selection(selection)
        tiers = selections.tiers(selection)
        self.suggestions.show_selection(selection, selections.suggestions(selection), tiers)
        self.systems.show_selection(selection)
        self.systems.show_findings(map_findings(selection, tiers))
        unknown = selections.unknown_references(selection)
        self.flags_label.setVisible(bool(unknown))
        if unknown:
            message = translate(
                "ContextEditor",
                "Kept, but not in the current content (a content update removed or renamed "
                "them): {items}. Nothing was removed; decide what to keep.",
            ).format(items="; ".join(unknown))
            self.flags_label.setText(message)
            self.flags_label.setAccessibleName(message)

    @Slot()
    def _keep_stored_name(self) -> None:
        """While the name field holds a name that cannot be used, the stored name stays (a
        valid prefix typed on the way to a too-long name is not saved)."""
        stored = self.autosaver.stored
        if stored is not None:
            self.apply(lambda selection: replace(selection, name=stored.name), False)

    @Slot(str)
    def _name_taken(self, name: str) -> None:
        with suppress(PimDeskError):
            name = self._services.selections.find(name).name  # as the other context spells it
        self.details.show_name_taken(name)

    @Slot(object)
    def _saved(self, selection: Selection) -> None:
        self._show_title(selection)
        self.details.name_accepted(selection.name)
        self.saved.emit(selection)

    def _show_title(self, selection: Selection) -> None:
        self.title_label.setText(f"<b>{escape(selection.name, quote=False)}</b>")
        self.title_label.setAccessibleName(selection.name)

    @Slot(object)
    def _show_state(self, state: SaveState) -> None:
        words = {
            SaveState.SAVED: translate("ContextEditor", "Saved"),
            SaveState.PENDING: translate("ContextEditor", "Saving…"),
            SaveState.FAILED: translate("ContextEditor", "Not saved"),
        }
        self.state_label.setText(words[state])
        self.state_label.setAccessibleName(words[state])

    @Slot(str)
    def _failed(self, message: str) -> None:
        text = translate("ContextEditor", "Not saved: {reason}").format(reason=message)
        self.state_label.setText(text)
        self.state_label.setAccessibleName(text)

    # ------------------------------------------------------------------ conflicts
    @Slot(object)
    def _conflicted(self, error: ConflictError) -> None:
        mine = self.autosaver.current
        self.conflict_box = ask_about_conflict(
            self, mine.name, error.message, self.keep_theirs, self.save_mine_as_copy
        )

    def settle_conflict(self) -> None:
        """Leaving the editor with a conflict unanswered: save the edits as a copy."""
        if self.autosaver.conflict is not None:
            self.save_mine_as_copy(navigate=False)

    @Slot()
    def keep_theirs(self) -> None:
        """Show the stored version; when it is in the trash or gone, go back to the list."""
        self._close_conflict_box()
        mine = self.autosaver.current
        selections = self._services.selections
        try:
            theirs = selections.get(mine.id)
            in_trash = any(s.id == mine.id for s in selections.trash())
        except PimDeskError:
            theirs, in_trash = None, True
        if theirs is None or in_trash:
            self.autosaver.start(mine)  # ends the hold; nothing pending
            self.link_activated.emit(Location("selections"))
            return
        self._show(theirs)
        self.saved.emit(theirs)

    def save_mine_as_copy(self, navigate: bool = True) -> None:
        self._close_conflict_box()
        mine = self.autosaver.current
        try:
            # The copy's name in the interface's language (D20).
            copy_name = translate("ContextEditor", "{name} (my copy)")
            copy = self._services.selections.save_as_copy(mine, copy_name)
        except PimDeskError as error:
            self._failed(error.message)
            return
        self._show(copy)
        self.saved.emit(copy)
        self.show_notice(
            translate(
                "ContextEditor",
                "Your changes were saved as “{copy}”; “{name}” keeps the version saved elsewhere.",
            ).format(copy=copy.name, name=mine.name)
        )
        if navigate:  # the address and the list follow the copy now shown
            self.link_activated.emit(Location("selections", copy.id))

    def _close_conflict_box(self) -> None:
        box, self.conflict_box = self.conflict_box, None
        if box is not None and box.isVisible():
            box.finished.disconnect()
            box.close()
            box.deleteLater()

    def show_notice(self, message: str) -> None:
        """What just happened (a file saved...), until another context is opened."""
        self.notice_label.setText(message)
        self.notice_label.setAccessibleName(message)
        self.notice_label.show()

    def _request(self, signal: SignalInstance) -> None:
        selection = self.selection
        if selection is not None and self.flush():
            signal.emit(selection.id)

    # ------------------------------------------------------------------ events
    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()  # switching page or closing the window: what was typed is kept
        if not event.spontaneous():  # not a minimised window: the editor is being left
            self.settle_conflict()
        super().hideEvent(event)

    def focus_widget(self) -> QWidget:
        return self.details.name_edit if self.tabs.currentIndex() == 0 else self.tabs
