"""Help → Check my data: is the data file sound, which backups exist; back up now, restore.

Checking, backing up and restoring run in the background. A restore first backs up the data as
it is and sets the file aside (the data-safety service does both), so it can itself be undone;
afterwards the window reads the restored data again and says in one sentence what happened.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from pimdesk.domain.errors import PimDeskError
from pimdesk.services.container import Services
from pimdesk.services.data_safety import DataCheck, DataSafetyService
from pimdesk.ui.data.backups_model import BackupLike, BackupListModel, backup_label
from pimdesk.ui.widgets.named_controls import named_button, visible_name
from pimdesk.ui.widgets.questions import ask
from pimdesk.ui.widgets.task_panel import TaskPanel
from pimdesk.ui.widgets.tasks import BackgroundTasks, RunningTask

translate = QCoreApplication.translate
Restored = Callable[[str], None]  # told the sentence saying what a restore did


def restored_sentence(backup: BackupLike, moved: Path | None) -> str:
    label = f"{backup.taken.astimezone():%Y-%m-%d %H:%M}"
    if moved is None:
        return translate("DataDialog", "Your data was restored from the backup of {taken}.").format(
            taken=label
        )
    return translate(
        "DataDialog",
        "Your data was restored from the backup of {taken}; the data it replaced was backed up "
        "and set aside as {aside}.",
    ).format(taken=label, aside=moved.name)


def check_summary(result: DataCheck) -> str:
    """The check in the window's words (review P3: no "backup(s)", no "the newest none yet",
    and a backup called the same here as in the list)."""
    if result.problems:
        state = translate("DataDialog", "Your data file {path} is damaged: {problems}.")
    elif result.unreadable:
        state = translate("DataDialog", "Your data file {path} could not be checked now: {reason}.")
    else:
        state = translate("DataDialog", "Your data file {path} is sound.")
    state = state.format(
        path=result.path, problems="; ".join(result.problems[:3]), reason=result.unreadable
    )
    contexts = translate("DataDialog", "Saved contexts: {count}.").format(count=result.selections)
    if result.backups:
        backups = translate("DataDialog", "Backups: {count}; the newest {newest}.").format(
            count=len(result.backups), newest=backup_label(result.backups[0])
        )
    else:
        backups = translate("DataDialog", "Backups: none yet.")
    parts = (result.repaired, state, contexts, backups, result.read_only)
    return " ".join(part for part in parts if part)


class DataDialog(QDialog):
    def __init__(
        self,
        services: Services,
        tasks: BackgroundTasks,
        on_restored: Restored | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dataDialog")
        self.setWindowTitle(translate("DataDialog", "Check my data"))
        self._data_safety: DataSafetyService = services.data_safety
        self._tasks = tasks
        self._on_restored = on_restored
        self._task: RunningTask | None = None
        self._close_when_done = False
        self.question: QMessageBox | None = None
        self.check_result: DataCheck | None = None
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.summary_label.setAccessibleDescription(
            translate("DataDialog", "The state of your data")
        )
        self.model = BackupListModel(self)
        self.backups_view = self._backups_view()
        self.backup_button = named_button(
            translate("DataDialog", "Back &up now"),
            translate("DataDialog", "Back up now"),
            translate("DataDialog", "Take a verified backup of your data now"),
        )
        self.restore_button = named_button(
            translate("DataDialog", "&Restore…"),
            translate("DataDialog", "Restore the chosen backup"),
            translate("DataDialog", "Replace your data with the backup chosen in the list"),
        )
        self.backup_button.clicked.connect(self.back_up)
        self.restore_button.clicked.connect(self.ask_restore)
        self.panel = TaskPanel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(visible_name(close.text()))  # Qt's own word for it
        close.setAccessibleDescription(translate("DataDialog", "Close the check of your data"))
        self._lay_out()
        self.check()

    def _backups_view(self) -> QListView:
        view = QListView()
        view.setModel(self.model)
        view.setAccessibleName(translate("DataDialog", "Backups"))
        view.setAccessibleDescription(
            translate("DataDialog", "Your backups, newest first; choose one to restore it")
        )
        view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        return view

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        label = QLabel(translate("DataDialog", "&Backups, newest first:"))
        label.setBuddy(self.backups_view)
        layout.addWidget(label)
        layout.addWidget(self.backups_view, 1)
        layout.addWidget(self.panel)
        layout.addWidget(self.buttons)
        self.resize(560, 420)

    # ------------------------------------------------------------------ running work
    @property
    def busy(self) -> bool:
        return self._task is not None

    def _start(
        self, message: str, work: Callable[[Any], Any], on_success: Callable[[Any], None]
    ) -> None:
        """Run `work` (which cannot be cancelled half-way) with the buttons off meanwhile."""
        self._task = self._tasks.run(
            work, on_success=lambda result: self._done(on_success, result), on_failure=self._failed
        )
        self._enable()
        self.panel.begin(message, cancellable=False, measured=False)

    def _done(self, on_success: Callable[[Any], None], result: Any) -> None:
        self._task = None
        self._enable()
        on_success(result)
        self._close_if_asked()

    def _failed(self, error: Exception) -> None:
        self._task = None
        self._enable()
        # Whatever went wrong is said in the dialog: a bare exception here would vanish in Qt's
        # event loop and leave the user with no word at all.
        self.panel.end(
            error.message
            if isinstance(error, PimDeskError)
            else translate("DataDialog", "This could not be finished: {error}").format(error=error)
        )
        self._close_if_asked()

    def _enable(self) -> None:
        idle = not self.busy
        self.backup_button.setEnabled(idle)
        self.restore_button.setEnabled(idle and self.model.rowCount() > 0)

    def _close_if_asked(self) -> None:
        if self._close_when_done and not self.busy:
            super().reject()

    def reject(self) -> None:
        """Close; while a backup or a restore runs, once it has finished."""
        if self.busy:
            self._close_when_done = True
            self.panel.show_status(translate("DataDialog", "Closing once this is finished…"))
            return
        super().reject()

    # ------------------------------------------------------------------ check
    @Slot()
    def check(self, then: str = "") -> None:
        """Check the data file and list the backups; `then` is said after the summary."""
        self._start(
            translate("DataDialog", "Checking your data…"),
            lambda _control: self._data_safety.check(),
            lambda result: self._show_check(result, then),
        )

    def _show_check(self, result: DataCheck, then: str) -> None:
        self.check_result = result
        if result.repaired and self._on_restored is not None:  # the pages read the data again
            self._on_restored(result.repaired)
        self.summary_label.setText(check_summary(result))
        self.model.set_backups(result.backups)
        if result.backups:
            self.backups_view.selectionModel().setCurrentIndex(
                self.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self._enable()
        self.panel.end(then)

    # ------------------------------------------------------------------ back up
    @Slot()
    def back_up(self) -> None:
        if self.busy:
            return
        self._start(
            translate("DataDialog", "Backing up your data…"),
            lambda _control: self._data_safety.backup(),
            self._backed_up,
        )

    def _backed_up(self, backup: BackupLike) -> None:
        taken = f"{backup.taken.astimezone():%Y-%m-%d %H:%M}"
        self.check(
            translate("DataDialog", "A backup was taken and verified ({taken}).").format(
                taken=taken
            )
        )

    # ------------------------------------------------------------------ restore
    def chosen_backup(self) -> BackupLike | None:
        index = self.backups_view.currentIndex()
        return self.model.backup(index.row()) if index.isValid() else None

    @Slot()
    def ask_restore(self) -> None:
        backup = self.chosen_backup()
        if backup is None or self.busy:
            return
        taken = f"{backup.taken.astimezone():%Y-%m-%d %H:%M}"
        self.question = ask(
            self,
            translate("DataDialog", "Replace your data with the backup of {taken}?").format(
                taken=taken
            ),
            translate(
                "DataDialog",
                "Your data as it is now is backed up first and set aside, never deleted: "
                "you can go back to it by restoring again.",
            ),
            translate("DataDialog", "&Restore"),
            on_yes=lambda: self._restore(backup),
        )
        self.question.finished.connect(self._question_closed)

    @Slot()
    def _question_closed(self) -> None:
        self.question = None

    def _restore(self, backup: BackupLike) -> None:
        self._start(
            translate("DataDialog", "Restoring your data…"),
            lambda _control: self._data_safety.restore(backup.path.name),
            self._restored,
        )

    def _restored(self, result: tuple[BackupLike, Path | None]) -> None:
        sentence = restored_sentence(*result)
        if self._on_restored is not None:
            self._on_restored(sentence)
        self.check(sentence)


def open_data_dialog(
    parent: QWidget,
    services: Services,
    tasks: BackgroundTasks,
    on_restored: Restored | None = None,
) -> DataDialog:
    dialog = DataDialog(services, tasks, on_restored, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
