"""Small dialogs of the list of contexts: rename one, and the trash (restore within 30 days)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
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
from pimdesk.ui.context.context_details import name_problem, name_taken
from pimdesk.ui.context.context_labels import scenario_namer
from pimdesk.ui.context.context_list_controls import name_dialog_buttons
from pimdesk.ui.context.context_list_model import ID_ROLE, TRASH_COLUMNS, SelectionsModel
from pimdesk.ui.widgets.model_index import select_row
from pimdesk.ui.widgets.named_controls import name_corner_button

translate = QCoreApplication.translate


class RenameDialog(QDialog):
    """Asks for a new name; a name that cannot be used is said in the dialog, which stays open."""

    renamed = Signal(object)  # the Selection as stored

    def __init__(self, services: Services, selection: Selection, parent: QWidget) -> None:
        super().__init__(parent)
        self._services = services
        self._selection = selection
        self.setObjectName("renameDialog")
        self.setWindowTitle(
            translate("ContextDialogs", "Rename “{name}”").format(name=selection.name)
        )
        self.name_edit = QLineEdit(selection.name)
        self.name_edit.selectAll()
        # Room for a whole name (D12: the field was about 180 px wide).
        self.name_edit.setMinimumWidth(self.name_edit.fontMetrics().averageCharWidth() * 40)
        self.name_edit.setAccessibleName(translate("ContextDialogs", "New name"))
        self.name_edit.setAccessibleDescription(
            translate("ContextDialogs", "The context's new name, unique among your contexts")
        )
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        name_dialog_buttons(buttons)
        buttons.accepted.connect(self.try_rename)
        buttons.rejected.connect(self.reject)
        label = QLabel(translate("ContextDialogs", "&Name:"))
        label.setBuddy(self.name_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    @Slot()
    def try_rename(self) -> None:
        typed = self.name_edit.text()
        problem = name_problem(typed)
        if not problem:
            try:
                stored = self._services.selections.rename(self._selection.id, typed)
            except PimDeskError as error:
                problem = self._explain(typed, error)
            else:
                self.renamed.emit(stored)
                self.accept()
                return
        self.message.setText(problem)
        self.message.setAccessibleName(problem)
        self.message.show()
        self.adjustSize()  # grow to the whole message, never clip it (D12)
        self.name_edit.setFocus()

    def _explain(self, typed: str, error: PimDeskError) -> str:
        try:
            other = self._services.selections.find(typed)
        except PimDeskError:
            return str(error)
        return name_taken(other.name) if other.id != self._selection.id else str(error)


class TrashDialog(QDialog):
    """The contexts deleted in the last 30 days, which the team can restore."""

    restored = Signal(str)  # the restored selection's ID

    def __init__(self, services: Services, parent: QWidget) -> None:
        super().__init__(parent)
        self._services = services
        self.setObjectName("trashDialog")
        self.setWindowTitle(translate("ContextDialogs", "Trash"))
        self.resize(720, 420)
        selections = services.selections
        self.model = SelectionsModel(
            lambda: services.selections,
            scenario_namer(services.reference),
            TRASH_COLUMNS,
            selections.trash_kept_for,
            deleted=True,
            parent=self,
        )
        self.table = QTableView()
        name_corner_button(self.table)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(translate("ContextDialogs", "Deleted contexts"))
        self.table.setAccessibleDescription(
            translate("ContextDialogs", "Contexts in the trash, with the date each is kept until")
        )
        self.table.activated.connect(lambda _index: self.restore_selected())
        days = selections.trash_kept_for.days
        intro = QLabel(
            translate(
                "ContextDialogs",
                "Deleted contexts are kept for {days} days, then deleted for good. "
                "Restore one to work on it again.",
            ).format(days=days)
        )
        intro.setWordWrap(True)
        # An empty table says nothing (review P5): say that the trash is empty, and why.
        self.empty_label = QLabel(
            translate(
                "ContextDialogs",
                "The trash is empty. A context you delete waits here for {days} days in case "
                "you want it back.",
            ).format(days=days)
        )
        self.empty_label.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.restore_button = QPushButton(translate("ContextDialogs", "&Restore"))
        self.restore_button.setAccessibleName(translate("ContextDialogs", "Restore"))
        self.restore_button.setAccessibleDescription(
            translate("ContextDialogs", "Put the chosen context back in your list")
        )
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        name_dialog_buttons(buttons)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.model.refresh()
        has_rows = self.model.rowCount() > 0
        self.table.setVisible(has_rows)
        self.empty_label.setVisible(not has_rows)
        self.restore_button.setEnabled(has_rows)
        if has_rows:
            select_row(self.table, 0)

    @Slot()
    def restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        selection_id = rows[0].data(ID_ROLE)
        try:
            self._services.selections.restore(selection_id)
        except PimDeskError as error:
            self.message.setText(str(error))
            self.message.show()
            return
        self.message.hide()
        self.refresh()
        self.restored.emit(selection_id)
