"""SQLite plumbing for the user database: connections, transactions, checks, error sorting.

Errors are sorted the qutebrowser way: "known" problems of the environment (disk full, locked,
damaged, no permission) become a `UserDataError` with one sentence for the user; anything else
is a bug and propagates.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pimdesk.domain.errors import UserDataError

BUSY_TIMEOUT_MS = 5000
SQLITE_HEADER = b"SQLite format 3\x00"
HEADER_USER_VERSION_OFFSET = 60


def connect(path: Path) -> sqlite3.Connection:
    """Open the user database for reading and writing: WAL, synchronous=FULL, busy timeout.

    `isolation_level=None` leaves transactions to `transaction()`, which takes the write lock
    at the start (BEGIN IMMEDIATE) so two instances never deadlock half-way through a write.
    """
    connection = sqlite3.connect(
        path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
    )
    try:
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("PRAGMA foreign_keys = ON")
    except sqlite3.Error:
        connection.close()
        raise
    connection.row_factory = sqlite3.Row
    return connection


@contextmanager
def transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction: everything inside is committed together or not at all."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


def header_user_version(path: Path) -> int | None:
    """The schema version written in a database file's header, read without opening it.

    Reading the header leaves the file exactly as it was, which matters for a database from a
    newer PIM Desk that must be refused untouched. None when the file is not a SQLite database.
    """
    with path.open("rb") as handle:
        header = handle.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        return None
    return int.from_bytes(
        header[HEADER_USER_VERSION_OFFSET : HEADER_USER_VERSION_OFFSET + 4], "big"
    )


class CheckInterrupted(Exception):
    """A check was stopped before it ended (`Interruptible.interrupt`): nothing was found, and
    nothing may be concluded from it."""


class Interruptible:
    """Lets another thread stop a long check (the full integrity check at closing time).

    `Connection.interrupt()` is safe to call from any thread; a check started after
    `interrupt()` stops at once.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None
        self._interrupted = False

    def interrupt(self) -> None:
        with self._lock:
            self._interrupted = True
            if self._connection is not None:
                self._connection.interrupt()

    @contextmanager
    def running(self, connection: sqlite3.Connection) -> Iterator[None]:
        with self._lock:
            if self._interrupted:
                raise CheckInterrupted
            self._connection = connection
        try:
            yield
        except sqlite3.OperationalError as error:
            if self._interrupted and "interrupt" in str(error).lower():
                raise CheckInterrupted from error
            raise
        finally:
            with self._lock:
                self._connection = None
        if self._interrupted:  # stopped between two statements: the answer is incomplete
            raise CheckInterrupted


def integrity_problems(
    path: Path, quick: bool = True, interruptible: Interruptible | None = None
) -> list[str]:
    """What `quick_check` (or the full `integrity_check` and `foreign_key_check`) find wrong.

    An empty list means the file is a sound database. Only proven damage is listed: a file that
    is no database at all, or a readable database whose check reports problems. A file that is
    busy, locked, unreadable for a moment or on a disk that cannot be written raises the error
    instead (sort it with `error_kind`): such a file is not damaged and must be left alone. A
    check stopped through `interruptible` raises `CheckInterrupted`: it proved nothing.
    """
    if not path.is_file():
        return [f"{path.name} is not a file"]
    if path.stat().st_size == 0:
        return [f"{path.name} is empty"]
    if header_user_version(path) is None:
        return [f"{path.name} is not a SQLite database"]
    connection = sqlite3.connect(
        f"{path.resolve().as_uri()}?mode=ro",
        uri=True,
        timeout=BUSY_TIMEOUT_MS / 1000,
        check_same_thread=False,  # interrupted from another thread
    )
    try:
        if interruptible is None:
            return _check(connection, quick)
        with interruptible.running(connection):
            return _check(connection, quick)
    except sqlite3.Error as error:
        if error_kind(error) == CORRUPT:
            return [str(error)]
        raise
    finally:
        connection.close()


def _check(connection: sqlite3.Connection, quick: bool) -> list[str]:
    pragma = "quick_check" if quick else "integrity_check"
    problems = [row[0] for row in connection.execute(f"PRAGMA {pragma}") if row[0] != "ok"]
    if not quick:
        problems += [
            f"foreign key: {tuple(row)}" for row in connection.execute("PRAGMA foreign_key_check")
        ]
    return problems


SQLITE_FULL = 13  # sqlite3.SQLITE_FULL, named only from Python 3.11

# The kinds of trouble a database file can be in. Only CORRUPT is damage; the others are the
# state of the disk or of another program, and pass.
LOCKED, CANNOT_OPEN, READ_ONLY, IO, FULL, CORRUPT, DENIED = (
    "locked",
    "cannot open",
    "read-only",
    "input/output",
    "full",
    "corrupt",
    "denied",
)
# Primary result codes (the low byte of an extended code), from sqlite3.h.
_SQLITE_CODES = {
    3: DENIED,  # SQLITE_PERM
    5: LOCKED,  # SQLITE_BUSY
    6: LOCKED,  # SQLITE_LOCKED
    8: READ_ONLY,  # SQLITE_READONLY
    10: IO,  # SQLITE_IOERR
    11: CORRUPT,  # SQLITE_CORRUPT
    13: FULL,  # SQLITE_FULL
    14: CANNOT_OPEN,  # SQLITE_CANTOPEN
    23: DENIED,  # SQLITE_AUTH
    26: CORRUPT,  # SQLITE_NOTADB
}
_ERRNOS = {
    errno.ENOSPC: FULL,
    getattr(errno, "EDQUOT", errno.ENOSPC): FULL,  # a quota; not defined on Windows
    errno.EROFS: READ_ONLY,
    errno.EACCES: DENIED,
    errno.EPERM: DENIED,
    errno.EIO: IO,
}
# When a code is missing (errors made by hand, older Pythons), the message says it.
_SQLITE_WORDS = (
    (LOCKED, ("locked", "busy")),
    (FULL, ("disk is full",)),
    (READ_ONLY, ("readonly", "read-only")),
    (CANNOT_OPEN, ("unable to open",)),
    (IO, ("disk i/o",)),
    (CORRUPT, ("malformed", "not a database", "corrupt")),
)


def error_kind(error: BaseException) -> str | None:
    """Which known kind of trouble `error` is (one of the kinds above), or None for a bug."""
    if isinstance(error, OSError):
        return _ERRNOS.get(error.errno or 0)
    if not isinstance(error, sqlite3.Error):
        return None
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int) and (code & 0xFF) in _SQLITE_CODES:
        return _SQLITE_CODES[code & 0xFF]
    text = str(error).lower()
    return next((kind for kind, words in _SQLITE_WORDS if any(w in text for w in words)), None)


def on_read_only_disk(path: Path) -> bool:
    """Whether the file system holding `path` (or its nearest existing folder) is read-only."""
    for folder in (path, *path.parents):
        try:
            return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
        except (OSError, AttributeError):  # not there (try its folder), or no statvfs (Windows)
            if not hasattr(os, "statvfs"):
                return False
    return False


def path_error_kind(error: BaseException, path: Path) -> str | None:
    """`error_kind`, told more exactly with the help of the file system `path` is on.

    SQLite says only "unable to open" when it cannot create a journal on a read-only disk, and
    "disk I/O error" when it cannot grow the `-shm` file on a full one.
    """
    kind = error_kind(error)
    if kind in (CANNOT_OPEN, DENIED) and on_read_only_disk(path):
        return READ_ONLY
    if kind in (IO, CANNOT_OPEN) and _nearly_full(path):
        return FULL
    return kind


NEARLY_FULL_BYTES = 256 * 1024


def _nearly_full(path: Path) -> bool:
    for folder in (path, *path.parents):
        try:
            return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
        except OSError:
            continue
    return False


def explain(error: BaseException, path: Path) -> UserDataError | None:
    """One sentence for a known problem with the user database, or None for a bug."""
    kind = path_error_kind(error, path)
    if kind is None:
        return None
    seconds = BUSY_TIMEOUT_MS // 1000
    return UserDataError(
        {
            FULL: f"The disk holding {path} is full: free some space and try again.",
            LOCKED: f"{path.name} is busy in another PIM Desk window or program (PIM Desk waited "
            f"{seconds} seconds); close it or wait a moment, and try again.",
            DENIED: f"PIM Desk may not write to {path}; check the folder's permissions.",
            READ_ONLY: f"{path} is on a read-only disk or folder: nothing can be saved there.",
            CANNOT_OPEN: f"PIM Desk cannot open {path}; check that its folder exists and can be "
            "read and written.",
            IO: f"The disk holding {path} could not be read or written (an input/output error); "
            "check the disk and try again.",
            CORRUPT: f"Your data file {path} is damaged; run `pimdesk db check` or restart PIM "
            "Desk to repair it.",
        }[kind]
    )


def explained(error: BaseException, path: Path) -> BaseException:
    """`error` as one sentence when it is a known problem, else `error` itself (a bug)."""
    known = explain(error, path)
    return error if known is None else known


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (a no-op where the system cannot open folders)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
