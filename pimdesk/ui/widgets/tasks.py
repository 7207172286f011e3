"""Run slow work (PDF export, content import, backups) off the GUI thread.

The work is a plain function that receives a `TaskControl`: it reports progress and checks
whether the user cancelled, and never touches a widget. Its result or its error comes back
to the GUI thread through signals, to the callbacks given to `BackgroundTasks.run`.

Cancelling is a request the work answers at its checks: work that stops raises
`TaskCancelled`; work that returns has done its job, and its result is delivered even when the
request came after its last check (a file already renamed into place, content already
switched: "cancelled" would not be true).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class TaskCancelled(Exception):
    """Raised inside the work by `TaskControl.check()` once the user has cancelled."""


class TaskControl:
    """What the work may do with the GUI: report progress, learn it was cancelled."""

    def __init__(self, report: Callable[[int, str], None]) -> None:
        self._cancelled = threading.Event()
        self._report = report

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()

    def check(self) -> None:
        if self.cancelled:
            raise TaskCancelled

    def progress(self, percent: int, message: str = "") -> None:
        self._report(max(0, min(100, percent)), message)


class RunningTask(QObject):
    """One piece of background work: cancel it; its signals arrive in the GUI thread.

    The worker thread only emits; the slots below live in the GUI thread (this object's
    thread), so Qt queues each call and the callbacks run where widgets may be touched.
    """

    progressed = Signal(int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, parent: QObject, callbacks: dict[str, Callable[..., None] | None]) -> None:
        super().__init__(parent)
        self.control = TaskControl(self.progressed.emit)
        self.done = False
        self._callbacks = callbacks
        self.progressed.connect(self._on_progressed)
        self.succeeded.connect(self._on_succeeded)
        self.failed.connect(self._on_failed)
        self.cancelled.connect(self._on_cancelled)
        self.finished.connect(self._on_finished)

    def cancel(self) -> None:
        self.control.cancel()

    def _call(self, name: str, *arguments: Any) -> None:
        callback = self._callbacks.get(name)
        if callback is not None:
            callback(*arguments)

    @Slot(int, str)
    def _on_progressed(self, percent: int, message: str) -> None:
        self._call("progress", percent, message)

    @Slot(object)
    def _on_succeeded(self, result: Any) -> None:
        self._call("success", result)

    @Slot(object)
    def _on_failed(self, error: Exception) -> None:
        self._call("failure", error)

    @Slot()
    def _on_cancelled(self) -> None:
        self._call("cancel")

    @Slot()
    def _on_finished(self) -> None:
        self.done = True


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[TaskControl], Any], task: RunningTask) -> None:
        super().__init__()
        self._work = work
        self._control = task.control
        self._task = task

    def run(self) -> None:
        try:
            result = self._work(self._control)
        except TaskCancelled:
            self._task.cancelled.emit()
        except Exception as error:  # handed to the caller's on_failure, which decides
            self._task.failed.emit(error)
        else:
            self._task.succeeded.emit(result)
        self._task.finished.emit()


class BackgroundTasks(QObject):
    """Owned by the main window; one thread pool for the app's slow operations."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._running: list[RunningTask] = []

    def run(
        self,
        work: Callable[[TaskControl], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[Exception], None] | None = None,
        on_progress: Callable[[int, str], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
    ) -> RunningTask:
        callbacks = {
            "success": on_success,
            "failure": on_failure,
            "progress": on_progress,
            "cancel": on_cancel,
        }
        task = RunningTask(self, callbacks)
        task.finished.connect(self._forget)
        self._running.append(task)
        self._pool.start(_Runnable(work, task))
        return task

    @Slot()
    def _forget(self) -> None:
        for task in [t for t in self._running if t.done]:
            self._running.remove(task)
            task.deleteLater()

    @property
    def active(self) -> int:
        return len(self._running)

    def cancel_all(self) -> None:
        for task in self._running:
            task.cancel()

    def wait(self, milliseconds: int = -1) -> bool:
        """Wait for every task's work to end (at shutdown); their signals arrive afterwards."""
        return bool(self._pool.waitForDone(milliseconds))
