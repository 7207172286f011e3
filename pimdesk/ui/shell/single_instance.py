"""One PIM Desk window per data folder: a second start brings the first window forward.

Why one window, not several with conflict detection alone: every save is checked against what
is stored (a stale revision, the trash, a restored file: see store/userdata.py), so two writers
never overwrite each other silently; but two windows on one folder would still ask the user to
settle conflicts that one window never has, and each would run its own start-up checks and
daily backup. Commands in a terminal stay free to run beside the window (they are short, and
the store's checks cover them).

The first instance holds a lock file in the data folder (`QLockFile`: a lock left by a process
that was killed is taken over, since its PID is no longer running). A second instance that
cannot take the lock leaves a request file beside it and waits for the first to take it away
(the first looks for it a few times a second) and exits. A file rather than a local socket:
QtNetwork is kept out of the bundle (size, start time), and a file works the same everywhere.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal, Slot

LOCK_FILE = ".pimdesk-window.lock"
REQUEST_FILE = ".pimdesk-bring-forward"
LOOK_EVERY_MS = 300
ANSWER_WITHIN_SECONDS = 4.0  # the first window may still be starting


class SingleInstance(QObject):
    """The lock of the window on one data folder, and its ear for later starts."""

    bring_forward_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = QLockFile(str(data_dir / LOCK_FILE))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        self._request = data_dir / REQUEST_FILE
        self._timer = QTimer(self)
        self._timer.setInterval(LOOK_EVERY_MS)
        self._timer.timeout.connect(self._look)

    def acquire(self) -> bool:
        """Become the window of this folder; False when another one already is."""
        if not self._lock.tryLock(0):
            # Only a lock that another process holds means another window. Where no lock can be
            # written at all (a read-only or full disk), nobody can save in this folder either:
            # the store opens the data read-only and says so, and this window goes on.
            return self._lock.error() != QLockFile.LockError.LockFailedError
        self._request.unlink(missing_ok=True)  # left by a start that gave up waiting
        self._timer.start()
        return True

    def ask_first_to_come_forward(self, within: float = ANSWER_WITHIN_SECONDS) -> bool:
        """Ask the window that holds the lock to come forward; False when it does not answer."""
        try:
            descriptor = os.open(self._request, os.O_WRONLY | os.O_CREAT, 0o600)
            os.close(descriptor)
        except OSError:
            return False
        deadline = time.monotonic() + within
        while time.monotonic() < deadline:
            if not self._request.exists():
                return True
            time.sleep(0.05)
        self._request.unlink(missing_ok=True)
        return False

    def release(self) -> None:
        self._timer.stop()
        self._lock.unlock()

    @Slot()
    def _look(self) -> None:
        if self._request.exists():
            self._request.unlink(missing_ok=True)
            self.bring_forward_requested.emit()
