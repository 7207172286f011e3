"""The team's contexts as a list: new, open, rename, duplicate, delete (with undo), compare, share.

Deleting moves to the trash (kept 30 days); the notice above the list offers Undo (also
Ctrl+Z) and the trash. The list reads only the rows it shows (a page at a time, sorted and
filtered by the database), so it stays quick with 100,000 contexts, and a filter box narrows it
as you type.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelection,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pimdesk.domain.errors import PimDeskError
from pimdesk.domain.selection import Selection
from pimdesk.services.container import Services
from pimdesk.ui.context.context_files import FileOutcome, SelectionFiles
from pimdesk.ui.context.context_labels import scenario_namer
from pimdesk.ui.context.context_list_controls import Notice, list_buttons
from pimdesk.ui.context.context_list_model import ID_ROLE, SelectionsModel
from pimdesk.ui.context.start_context import HeadStart, ask_scenario, head_start
from pimdesk.ui.widgets.flow_layout import flow_row
from pimdesk.ui.widgets.model_index import select_row
from pimdesk.ui.widgets.named_controls import clear_button

translate = QCoreApplication.translate
FILTER_PAUSE_MS = 180  # the pause in typing after which the filter runs


def fit_columns(table: QTableView, model: SelectionsModel, scenarios: Sequence[str]) -> None:
    """Widths from the font and the words of this language, never from the rows (measuring
    10,000 rows would be slow): the longest scenario name shows whole (review P1), the number
    of accepted categories takes the width of its heading, and the name takes the rest."""
    metrics, header = table.fontMetrics(), table.horizontalHeader()
    widest = max(scenarios, key=metrics.horizontalAdvance, default="")
    for column, sample in (
        ("name", "n" * 34),
        ("scenario", f"{widest}  "),
        ("place", "n" * 18),
        ("modified", "0000-00-00 00:00 ▼"),
    ):
        header.resizeSection(model.column_of(column), metrics.horizontalAdvance(sample) + 16)
    accepted = model.column_of("accepted")
    heading = str(model.headerData(accepted, Qt.Orientation.Horizontal))
    header.resizeSection(accepted, metrics.horizontalAdvance(f"{heading} ▼") + 16)


class ContextList(QWidget):
    open_requested = Signal(str)  # a selection's ID
    context_created = Signal(str)  # a new context's ID, once it is open

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._deleted: list[str] = []  # the last deletion, for Undo
        self.files = SelectionFiles(services, self)
        self._scenario_names = [s.name for s in services.reference.scenarios]
        self.model = SelectionsModel(
            lambda: services.selections,  # the service of the moment: a restore replaces it
            scenario_namer(services.reference),
            kept_for=services.selections.trash_kept_for,
            parent=self,
        )
        self.notice = Notice()
        self.notice.undo_button.clicked.connect(self.undo_delete)
        self.notice.trash_button.clicked.connect(self.show_trash)
        self.filter_edit = self._filter_edit()
        self.table = self._table()
        self.empty_label = QLabel(
            translate("ContextList", "You have no contexts yet: press New (Ctrl+N) to build one.")
        )
        self.empty_label.setWordWrap(True)
        self.buttons = self._buttons()
        self._shortcuts()
        self._lay_out()
        self._update_buttons()

    # ------------------------------------------------------------------ building
    def _filter_edit(self) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName("contextFilter")
        clear_button(edit)
        edit.setPlaceholderText(translate("ContextList", "Filter by name, place or scenario"))
        edit.setAccessibleName(translate("ContextList", "Filter contexts"))
        edit.setAccessibleDescription(
            translate(
                "ContextList",
                "Show only the contexts with these words in their name, place or scenario",
            )
        )
        # Each filter is an SQL query (0.1–0.5 s at 100,000 contexts): it runs once the typing
        # pauses, so that the keys stay fluid; Enter applies it at once.
        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_PAUSE_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        edit.textChanged.connect(self._filter_timer.start)
        edit.returnPressed.connect(self.apply_filter)
        return edit

    def _table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("contextTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setTabKeyNavigation(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.model.column_of("name"), QHeaderView.ResizeMode.Stretch)
        fit_columns(table, self.model, self._scenario_names)
        table.installEventFilter(self)  # the text zoom changes the font: the columns follow
        header.setSortIndicator(self.model.column_of("modified"), Qt.SortOrder.DescendingOrder)
        table.setSortingEnabled(True)
        table.setAccessibleName(translate("ContextList", "My contexts"))
        table.setAccessibleDescription(
            translate(
                "ContextList",
                "Your contexts: name, scenario, place, last change, accepted categories. Enter "
                "opens one, F2 renames, Delete moves to the trash; select two to compare",
            )
        )
        table.activated.connect(self._activated)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        return table

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QTableView) and event.type() == QEvent.Type.FontChange:
            fit_columns(watched, self.model, self._scenario_names)
        return super().eventFilter(watched, event)

    def _buttons(self) -> dict[str, QPushButton]:
        slots = {
            "new": self.new_context,
            "open": self.open_selected,
            "rename": self.rename_selected,
            "duplicate": self.duplicate_selected,
            "delete": self.delete_selected,
            "compare": self.compare_selected,
            "export": self.export_selected,
            "import": self.import_file,
            "trash": self.show_trash,
        }
        return list_buttons(slots)

    def _shortcuts(self) -> None:
        keys = (
            (QKeySequence.StandardKey.Delete, self.table, self.delete_selected),
            (QKeySequence("F2"), self.table, self.rename_selected),
            (QKeySequence.StandardKey.Undo, self, self.undo_delete),
        )
        for key, widget, slot in keys:
            shortcut = QShortcut(key, widget)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _lay_out(self) -> None:
        intro = QLabel(
            translate(
                "ContextList",
                "Each context needs its own combination of PIM categories. Build one for your "
                "operation: the scenario, the systems already there, the data you need, and "
                "the categories to use and why. Everything is saved as you go, on this computer.",
            )
        )
        intro.setWordWrap(True)
        filter_label = QLabel(translate("ContextList", "Fi&lter:"))
        filter_label.setBuddy(self.filter_edit)
        filter_row = QHBoxLayout()
        filter_row.addWidget(filter_label)
        filter_row.addWidget(self.filter_edit, 1)
        # The nine buttons wrap onto a second line rather than widen the window (small screens).
        button_row = flow_row(list(self.buttons.values()))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.notice)
        layout.addLayout(filter_row)
        layout.addWidget(button_row)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)

    # ------------------------------------------------------------------ the list
    def refresh(self, select_id: str | None = None) -> None:
        current = select_id or next(iter(self.selected_ids()), None)
        self.model.refresh()
        self.empty_label.setVisible(self.model.total == 0)
        if current:
            self.select(current)
        self._update_buttons()

    def select(self, selection_id: str) -> None:
        row = self.model.row_of(selection_id)
        if row >= 0:
            select_row(self.table, row)
            self.table.scrollTo(self.model.index(row, 0))

    def selected_ids(self) -> list[str]:
        return [index.data(ID_ROLE) for index in self.table.selectionModel().selectedRows()]

    def _single(self) -> str | None:
        chosen = self.selected_ids()
        return chosen[0] if len(chosen) == 1 else None

    @Slot()
    def apply_filter(self) -> None:
        """Narrow the list to the filter box's words now (the pause after typing, or Enter)."""
        self._filter_timer.stop()
        chosen = self.selected_ids()
        self.model.set_filter(self.filter_edit.text())
        for selection_id in chosen[:1]:  # the chosen context stays chosen while it matches
            self.select(selection_id)
        self._update_buttons()

    @Slot(QItemSelection, QItemSelection)
    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        count = len(self.selected_ids())
        for key in ("open", "rename", "duplicate", "export"):
            self.buttons[key].setEnabled(count == 1)
        self.buttons["delete"].setEnabled(count >= 1)
        self.buttons["compare"].setEnabled(count == 2)

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        self.open_requested.emit(index.data(ID_ROLE))

    def _say(self, message: str) -> None:
        self.notice.say(message)

    def _say_outcome(self, outcome: FileOutcome | None) -> None:
        if outcome is None:
            return
        self._say(outcome.message)
        if outcome.selection is not None:
            self.refresh(outcome.selection.id)

    # ------------------------------------------------------------------ commands
    @Slot()
    def new_context(self) -> None:
        """A new context: its scenario is asked, never chosen silently."""
        self.start_context("")

    def start_context(self, origin: str) -> None:
        """A new context with the head start `origin` gives (see `start_context`); the scenario
        is asked unless the origin says it."""
        start = head_start(origin, self._services.reference)
        if start.scenario:
            self._create(start)
            return
        self.scenario_dialog = ask_scenario(
            self._services.reference, self, lambda s: self._create(replace(start, scenario=s))
        )

    def _create(self, start: HeadStart) -> Selection | None:
        selections = self._services.selections
        try:
            name = selections.free_name(translate("ContextList", "New context"))
            created = selections.create(name, start.scenario)
            if start.category or start.need is not None:
                created = selections.save(start.apply(created))
        except PimDeskError as error:
            self._say(str(error))
            return None
        self.open_requested.emit(created.id)
        self.context_created.emit(created.id)
        return created

    @Slot()
    def open_selected(self) -> None:
        chosen = self._single()
        if chosen:
            self.open_requested.emit(chosen)

    @Slot()
    def rename_selected(self) -> None:
        from pimdesk.ui.context.context_dialogs import RenameDialog

        chosen = self._single()
        if not chosen:
            return
        try:
            selection = self._services.selections.get(chosen)
        except PimDeskError as error:
            self._say(str(error))
            return
        dialog = RenameDialog(self._services, selection, self)
        dialog.renamed.connect(lambda stored: self._renamed(stored.id))
        dialog.finished.connect(dialog.deleteLater)
        self.rename_dialog = dialog
        dialog.open()

    def _renamed(self, selection_id: str) -> None:
        self.notice.hide()  # what it said ("Duplicated as …") may name the old name (D17)
        self.refresh(selection_id)

    @Slot()
    def duplicate_selected(self) -> None:
        chosen = self._single()
        if not chosen:
            return
        try:
            selections = self._services.selections
            # The copy's name in the interface's language (D20), free among the contexts.
            wanted = translate("ContextList", "{name} (copy)")
            name = selections.free_name(wanted.replace("{name}", selections.get(chosen).name))
            copy = selections.duplicate(chosen, name)
        except PimDeskError as error:
            self._say(str(error))
            return
        self.refresh(copy.id)
        self._say(translate("ContextList", "Duplicated as “{name}”.").format(name=copy.name))

    @Slot()
    def delete_selected(self) -> None:
        chosen = self.selected_ids()
        if not chosen:
            return
        names = [self.model.summary(self.model.row_of(i)).name for i in chosen]
        try:
            for selection_id in chosen:
                self._services.selections.delete(selection_id)
        except PimDeskError as error:
            self._say(str(error))
        self._deleted = chosen
        self.refresh()
        message = translate("ContextList", "Moved to the trash (kept {days} days): {names}").format(
            days=self._services.selections.trash_kept_for.days,
            names=", ".join(f"“{n}”" for n in names),
        )
        self.notice.say(message, can_undo=True)
        self.table.setFocus()

    @Slot()
    def undo_delete(self) -> None:
        if not self._deleted:
            return
        restored, problems = [], []
        for selection_id in self._deleted:
            try:
                self._services.selections.restore(selection_id)
                restored.append(selection_id)
            except PimDeskError as error:
                problems.append(str(error))
        self._deleted = []
        self.refresh(restored[0] if restored else None)
        self._say(" ".join(problems) or translate("ContextList", "Deletion undone."))

    @Slot()
    def compare_selected(self) -> None:
        from pimdesk.ui.context.compare_dialog import CompareDialog

        chosen = self.selected_ids()
        if len(chosen) != 2:
            self._say(translate("ContextList", "Choose two contexts to compare (Ctrl+click)."))
            return
        try:
            left, right = (self._services.selections.get(i) for i in chosen)
        except PimDeskError as error:
            self._say(str(error))
            return
        dialog = CompareDialog(self._services, left, right, self)
        dialog.finished.connect(dialog.deleteLater)
        self.compare_dialog = dialog
        dialog.open()

    @Slot()
    def export_selected(self) -> None:
        chosen = self._single()
        if chosen:
            self._say_outcome(self.files.export(chosen))

    @Slot()
    def import_file(self) -> None:
        self._say_outcome(self.files.import_file())

    @Slot()
    def show_trash(self) -> None:
        from pimdesk.ui.context.context_dialogs import TrashDialog

        dialog = TrashDialog(self._services, self)
        dialog.restored.connect(self.refresh)
        dialog.finished.connect(dialog.deleteLater)
        self.trash_dialog = dialog
        dialog.open()
