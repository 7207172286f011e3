"""Look after the user's data while the window is open, off the GUI thread.

Once the window is shown, the data-safety service's routine runs in the background: the full
integrity and foreign-key check (repairing damage it finds), and a backup when the daily one is
due. Then every half hour and when the window closes: a backup when one is due or when a long
session has changed something since the last (each backup is itself checked in full).
Nothing of this delays the first window, nor its closing: closing stops a full check still
running (it reads the whole file, seconds for 100,000 selections), which is then made again at
the next start; the backup a changed session is due is still taken.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Slot

from pimdesk.domain.errors import PimDeskError
from pimdesk.services.data_safety import DataSafetyService
from pimdesk.ui.widgets.tasks import BackgroundTasks, RunningTask

translate = QCoreApplication.translate
ROUTINE_EVERY_MS = 30 * 60 * 1000
Tell = Callable[[tuple[str, ...]], None]


class DataGuard(QObject):
    """Runs the routine now and then; says what it found through `tell`, and calls `replaced`
    after a repair (the pages must read the repaired data again)."""

    def __init__(
        self,
        data_safety: DataSafetyService,
        tasks: BackgroundTasks,
        tell: Tell,
        replaced: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._data_safety = data_safety
        self._tasks = tasks
        self._tell = tell
        self._replaced = replaced
        self.task: RunningTask | None = None
        self.checking = False  # whether the running routine makes the full check
        self.runs = 0  # how many routines have finished (for tests and diagnostics)
        self.timer = QTimer(self)
        self.timer.setInterval(ROUTINE_EVERY_MS)
        self.timer.timeout.connect(self.run)

    def start(self) -> None:
        """The first routine as soon as the event loop is idle, then every half hour, and a
        last one when the window closes (so a first short session's work is backed up)."""
        QTimer.singleShot(0, self.run)
        self.timer.start()
        parent = self.parent()
        if parent is not None:
            parent.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Close:
            self.timer.stop()
            if self.task is not None and self.checking:
                # The full check reads the whole file (seconds for 100,000 selections): closing
                # stops it rather than wait; it is made again at the next start.
                self._data_safety.interrupt_check()
            self.run(closing=True)  # the window waits for background work before it closes
        return False

    @Slot()
    def run(self, closing: bool = False) -> None:
        if self.task is not None:
            return
        repairs = len(self._data_safety.repairs)
        # In full once a session, never at closing (the next start makes it); each backup
        # checks itself.
        full_check = self.runs == 0 and not closing
        self.checking = full_check
        self.task = self._tasks.run(
            lambda _control: self._data_safety.routine(full_check=full_check, in_background=True),
            on_success=lambda notices: self._done(notices, repairs),
            on_failure=self._failed,
        )

    def _done(self, notices: tuple[str, ...], repairs_before: int) -> None:
        self.task = None
        self.checking = False
        self.runs += 1
        if self._data_safety.pending_repair:  # here, in the thread that owns the store
            try:
                notices = (self._data_safety.repair_pending(),)
            except PimDeskError as error:
                notices = (error.message,)
        if len(self._data_safety.repairs) > repairs_before:
            self._replaced(" ".join(notices))
        elif notices:
            self._tell(notices)

    def _failed(self, error: Exception) -> None:
        self.task = None
        self.checking = False
        self.runs += 1
        message = (
            error.message
            if isinstance(error, PimDeskError)
            else translate("DataGuard", "Your data could not be checked: {error}").format(
                error=error
            )
        )
        self._tell((message,))


def start_data_guard(
    data_safety: DataSafetyService,
    tasks: BackgroundTasks,
    tell: Tell,
    replaced: Callable[[str], None],
    parent: QObject,
) -> DataGuard:
    guard = DataGuard(data_safety, tasks, tell, replaced, parent)
    guard.start()
    return guard
