"""Open the user database at start-up: refuse a newer one, repair a damaged one, migrate.

The order matters and is the promise of RELIABILITY.md:

1. A file written by a newer PIM Desk is refused, read only through its header: left untouched.
2. A `-wal` that does not belong to the database is set aside before SQLite can replay it.
3. A damaged file (`quick_check` reports problems, empty, not a database, a folder) is moved
   aside with a timestamp, never deleted, and the newest backup that passes a full check is
   restored. A busy, locked or momentarily unreadable file is NOT damaged: it is left alone and
   the user is told in one sentence, after a bounded wait.
4. Before a migration, a backup is taken; each migration is one transaction.
5. Selections in the trash for more than 30 days are deleted.
6. When the file cannot be written (a read-only or full disk, no permission), the data is opened
   read-only from a private copy in memory, and the user is told once.

The desktop app starts the quick check of step 3 on a worker thread before it imports Qt
(`early_check`); its answer is used here when it still stands for the file, and this waits for
it: nothing is written before a check passed.

The daily backup and the full integrity check are not taken here: they run later, off the path
of the first window and of the command line's reading commands (see `DataSafetyService`).
"""

from __future__ import annotations

import datetime
import shutil
import sqlite3
import tempfile
from pathlib import Path

from pimdesk.domain.errors import UserDataError
from pimdesk.domain.records import record
from pimdesk.store.backups import take_backup
from pimdesk.store.early_check import EarlyCheck
from pimdesk.store.repair import recover
from pimdesk.store.sqlite_tools import (
    BUSY_TIMEOUT_MS,
    CANNOT_OPEN,
    DENIED,
    FULL,
    READ_ONLY,
    connect,
    explained,
    header_user_version,
    integrity_problems,
    path_error_kind,
)
from pimdesk.store.userdata import UserDataStore
from pimdesk.store.userdata_schema import LATEST_USER_SCHEMA
from pimdesk.store.wal_guard import IDENTITY_KEY, new_identity, set_aside_foreign_wal

TRASH_KEPT_FOR = datetime.timedelta(days=30)
# What makes a file readable but not writable: then the data is shown read-only.
_CANNOT_WRITE = {READ_ONLY: "its disk is read-only", FULL: "its disk is full",
                 DENIED: "PIM Desk may not write to its folder",
                 CANNOT_OPEN: "its folder cannot be written to"}  # fmt: skip


@record
class OpenedUserData:
    store: UserDataStore
    notices: tuple[str, ...]  # one sentence each, for the user


def open_user_data(path: Path, backups: Path, early: EarlyCheck | None = None) -> OpenedUserData:
    """Open (creating, repairing or migrating as needed) the user database at `path`.

    `early`: a quick check of `path` started earlier on another thread; its answer is used
    when it still stands for the file (see `early_check`), else the file is checked here.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        notices: list[str] = []
        try:
            store = _open_writable(path, backups, notices, early)
        except (sqlite3.Error, OSError, UserDataError) as error:
            why = _why_not_writable(error, path)
            if why is None or not path.is_file():
                raise
            store = _open_read_only(path, why, error)
            notices = [
                f"Your data file {path} cannot be written to ({why}): PIM Desk shows your data "
                "read-only, and nothing you change can be saved."
            ]
    except (sqlite3.Error, OSError) as error:
        raise explained(error, path) from error
    return OpenedUserData(store, tuple(notices))


def _why_not_writable(error: BaseException, path: Path) -> str | None:
    """Why the data cannot be written, when `error` says so (also through a backup's failure,
    e.g. the one taken before an upgrade on a full disk); None for any other error."""
    cause = error.__cause__ if isinstance(error, UserDataError) else error
    if cause is None:
        return None
    return _CANNOT_WRITE.get(path_error_kind(cause, path) or "")


def _open_writable(
    path: Path, backups: Path, notices: list[str], early: EarlyCheck | None = None
) -> UserDataStore:
    if path.exists() or path.is_symlink():
        refuse_if_newer(path)
        notices += set_aside_foreign_wal(path)
        problems = early.problems_for(path) if early is not None else None
        if problems is None:
            problems = integrity_problems(path, quick=True)  # raises when busy: never "repaired"
        if problems:
            notices.append(recover(path, backups, problems[0]))
    connection = connect(path)
    try:
        notices += migrate(connection, backups)
        store = UserDataStore(connection, path)
        store.purge_trash(TRASH_KEPT_FOR)
        if store.preference(IDENTITY_KEY) is None:  # tells this file's -wal from another's
            store.set_preference(IDENTITY_KEY, new_identity())
        store.count_changes_from_now()
    except BaseException:
        connection.close()
        raise
    return store


def _open_read_only(path: Path, why: str, cause: BaseException) -> UserDataStore:
    """The data as it is on disk, in a private copy in memory that refuses every write."""
    refuse_if_newer(path)
    memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    try:
        _copy_read_only(path, memory)
        problems = [row[0] for row in memory.execute("PRAGMA quick_check") if row[0] != "ok"]
        if problems:
            raise UserDataError(
                f"Your data file {path} is damaged ({problems[0]}) and cannot be repaired: "
                f"{why}. Make room or move the data folder to a disk that can be written."
            )
        migrate(memory, None)  # an older file is upgraded in the copy only
        memory.execute("PRAGMA query_only = ON")
    except BaseException:
        memory.close()
        raise
    memory.row_factory = sqlite3.Row
    return UserDataStore(
        memory,
        path,
        read_only=f"Nothing can be saved: your data file {path} cannot be written to ({why}).",
    )


def _copy_read_only(path: Path, memory: sqlite3.Connection) -> None:
    """Copy the database into `memory`, with what its `-wal` holds, without writing beside it.

    `mode=ro` reads the `-wal` but needs a `-shm` it may create; where it cannot (a read-only
    disk), a non-empty `-wal` is replayed in a temporary folder elsewhere, and a database with
    no `-wal` is read as immutable.
    """
    uri = path.resolve().as_uri()
    try:
        _backup_from(f"{uri}?mode=ro", memory)
        return
    except sqlite3.Error as error:
        if path_error_kind(error, path) not in (CANNOT_OPEN, READ_ONLY, DENIED, FULL):
            raise
    wal = path.with_name(path.name + "-wal")
    if wal.is_file() and wal.stat().st_size > 0:
        with tempfile.TemporaryDirectory(prefix="pimdesk-read-") as folder:
            copy = Path(folder) / path.name
            shutil.copyfile(path, copy)
            shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
            _backup_from(str(copy), memory, uri=False)
        return
    _backup_from(f"{uri}?mode=ro&immutable=1", memory)


def _backup_from(source: str, memory: sqlite3.Connection, uri: bool = True) -> None:
    connection = sqlite3.connect(source, uri=uri, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        connection.backup(memory)
    finally:
        connection.close()


def refuse_if_newer(path: Path) -> None:
    if not path.is_file():
        return
    version = header_user_version(path)
    if version is not None and version > LATEST_USER_SCHEMA:
        raise UserDataError(
            f"Your data file {path} was written by a newer PIM Desk (data version {version}); "
            f"this PIM Desk reads up to version {LATEST_USER_SCHEMA}. Install the newer PIM Desk: "
            "the file was left untouched."
        )


def migrate(connection: sqlite3.Connection, backups: Path | None) -> list[str]:
    """Bring the schema up to date; `backups` None: no backup first (a private copy)."""
    version = int(connection.execute("PRAGMA user_version").fetchone()[0])
    if version > LATEST_USER_SCHEMA:
        raise UserDataError(
            f"Your data file was written by a newer PIM Desk (data version {version}); this "
            f"PIM Desk reads up to version {LATEST_USER_SCHEMA}."
        )
    if version == LATEST_USER_SCHEMA:
        return []
    from pimdesk.store.migrations import apply_pending  # sqlite-utils: only when migrating

    if version > 0 and backups is not None:
        take_backup(connection, backups, f"before-upgrade-v{version}")
    said: list[str] = []
    applied = apply_pending(connection, notices=said)
    if version > 0 and applied and backups is not None:
        upgraded = f"Your data was upgraded to data version {LATEST_USER_SCHEMA}"
        return [f"{upgraded}; a backup was kept.", *said]
    return said
