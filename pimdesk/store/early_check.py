"""The user database's `quick_check`, started on a worker thread at the very beginning of start-up.

The check reads the whole file (1.4 s for 100,000 selections on a loaded machine), so the
desktop app runs it on its own read-only connection while Qt is imported and the window built
(sqlite3 lets go of the GIL while SQLite steps). Its answer stands in for the check that
`open_user_data` makes before anything is written, and only when nothing can have changed in
between: the file is the same one (device, inode), of the same size and time, with no `-wal`
beside it before and after the check. Anything else (a `-wal` left by a crash, which the WAL
guard must see first; a file replaced; an error; a check cancelled at an exit) and
`open_user_data` checks again, as it always did. A check still running when the data is opened
is waited for, not interrupted. So damage is still found
before the first write, and nothing is written before a check passed.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from pimdesk.store.sqlite_tools import CheckInterrupted, Interruptible, integrity_problems

# What identifies the state of the file the check read: (device, inode, size, mtime in ns).
Signature = tuple[int, int, int, int]


def signature(path: Path) -> Signature | None:
    """The file's identity and state, or None when the check's answer could not stand for it
    (no regular file there, or a non-empty `-wal` beside it)."""
    try:
        found = path.stat()
        wal = path.with_name(path.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            return None
    except OSError:
        return None
    if not path.is_file():
        return None
    return (found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns)


class EarlyCheck:
    """`quick_check` of `path` on a worker thread; `problems_for(path)` hands its answer over."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._interruptible = Interruptible()
        self._signature: Signature | None = None
        self._problems: list[str] | None = None
        self._thread = threading.Thread(target=self._run, name="pimdesk-early-check")

    def start(self) -> EarlyCheck:
        self._thread.start()
        return self

    def _run(self) -> None:
        before = signature(self.path)
        if before is None:
            return
        try:
            problems = integrity_problems(self.path, quick=True, interruptible=self._interruptible)
        except (sqlite3.Error, OSError, CheckInterrupted):
            return  # busy, unreadable or stopped: the check is made again where it is needed
        if signature(self.path) == before:
            self._signature, self._problems = before, problems

    def problems_for(self, path: Path) -> list[str] | None:
        """The problems the check found, when its answer stands for `path` as it is now; None
        when the check must be made again."""
        self._thread.join()
        if path != self.path or self._problems is None:
            return None
        if signature(path) != self._signature:
            return None
        return list(self._problems)

    def cancel(self) -> None:
        """Stop a running check (at an exit before the data is opened) and wait for it."""
        self._interruptible.interrupt()
        if self._thread.is_alive():
            self._thread.join()
