"""SQLite plumbing for the user database: connections, transactions, checks, error sorting.

Errors are sorted the qutebrowser way: "known" problems of the environment (disk full, locked,
damaged, no permission) become a `UserDataError` with one sentence for the user; anything else
is a bug and propagates.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Callable, Iterator
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


def integrity_problems(path: Path, quick: bool = True) -> list[str]:
    """What `quick_check` (or the full `integrity_check` and `foreign_key_check`) find wrong.

    An empty list means the file is a sound database.
    """
    if not path.is_file():
        return [f"{path.name} is not a file"]
    if path.stat().st_size == 0:
        return [f"{path.name} is empty"]
    if header_user_version(path) is None:
        return [f"{path.name} is not a SQLite database"]
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        return [str(error)]
    try:
        pragma = "quick_check" if quick else "integrity_check"
        problems = [row[0] for row in connection.execute(f"PRAGMA {pragma}") if row[0] != "ok"]
        if not quick:
            problems += [
                f"foreign key: {row}" for row in connection.execute("PRAGMA foreign_key_check")
            ]
        return problems
    except sqlite3.Error as error:
        return [str(error)]
    finally:
        connection.close()


SQLITE_FULL = 13  # sqlite3.SQLITE_FULL, named only from Python 3.11


def explain(error: BaseException, path: Path) -> UserDataError | None:
    """One sentence for a known problem with the user database, or None for a bug."""
    kind = _known_kind(error)
    if kind is None:
        return None
    return UserDataError(
        {
            "full": f"The disk holding {path} is full: free some space and try again.",
            "locked": f"{path.name} is busy in another PIM Desk window; wait a moment and try "
            "again.",
            "denied": f"PIM Desk may not write to {path}; check the folder's permissions.",
            "damaged": f"Your data file {path} is damaged; restart PIM Desk to restore it from a "
            "backup.",
        }[kind]
    )


def _is_database_error(*words: str) -> Callable[[BaseException, str], bool]:
    return lambda error, text: (
        isinstance(error, sqlite3.DatabaseError) and any(word in text for word in words)
    )


_KNOWN_ERRORS: tuple[tuple[str, Callable[[BaseException, str], bool]], ...] = (
    ("full", lambda error, text: getattr(error, "sqlite_errorcode", None) == SQLITE_FULL),
    ("full", lambda error, text: isinstance(error, OSError) and error.errno == errno.ENOSPC),
    ("full", _is_database_error("disk is full")),
    ("denied", lambda error, text: isinstance(error, PermissionError)),
    ("locked", _is_database_error("locked", "busy")),
    ("denied", _is_database_error("readonly", "unable to open")),
    ("damaged", _is_database_error("malformed", "not a database", "corrupt")),
)


def _known_kind(error: BaseException) -> str | None:
    text = str(error).lower()
    return next((kind for kind, matches in _KNOWN_ERRORS if matches(error, text)), None)


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
