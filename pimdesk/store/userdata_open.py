"""Open the user database at start-up: refuse a newer one, repair a damaged one, migrate, back up.

The order matters and is the promise of RELIABILITY.md:

1. A file written by a newer PIM Desk is refused, read only through its header: left untouched.
2. A damaged or unreadable file (`quick_check` fails, empty, not a database, a folder) is moved
   aside with a timestamp, never deleted, and the newest backup that passes a full check is
   restored. The user is told in one sentence what happened and what was lost.
3. Before a migration, a backup is taken; each migration is one transaction.
4. Selections in the trash for more than 30 days are deleted; a daily backup is taken.
"""

from __future__ import annotations

import datetime
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from pimdesk.domain.errors import UserDataError
from pimdesk.store.backups import (
    needs_automatic_backup,
    newest_good_backup,
    restore_backup,
    set_aside,
    take_backup,
)
from pimdesk.store.sqlite_tools import connect, explain, header_user_version, integrity_problems
from pimdesk.store.userdata import UserDataStore
from pimdesk.store.userdata_schema import LATEST_USER_SCHEMA

TRASH_KEPT_FOR = datetime.timedelta(days=30)


@dataclass(frozen=True)
class OpenedUserData:
    store: UserDataStore
    notices: tuple[str, ...]  # one sentence each, for the user


def open_user_data(path: Path, backups: Path, automatic_backup: bool = True) -> OpenedUserData:
    """Open (creating, repairing or migrating as needed) the user database at `path`."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        notices = []
        if path.exists() or path.is_symlink():
            refuse_if_newer(path)
            problems = integrity_problems(path, quick=True)
            if problems:
                notices.append(recover(path, backups, problems[0]))
        connection = connect(path)
        try:
            notices += migrate(connection, backups)
            store = UserDataStore(connection, path)
            store.purge_trash(TRASH_KEPT_FOR)
            if automatic_backup and store.count_selections() and needs_automatic_backup(backups):
                take_backup(connection, backups, "daily")
        except BaseException:
            connection.close()
            raise
    except (sqlite3.Error, OSError) as error:
        known = explain(error, path)
        if known is None:
            raise
        raise known from error
    return OpenedUserData(store, tuple(notices))


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


def recover(path: Path, backups: Path, problem: str) -> str:
    """Set the damaged file aside and restore the newest good backup. Returns what to tell."""
    moved = set_aside(path, "damaged")
    aside = moved.name if moved else path.name
    backup = newest_good_backup(backups)
    if backup is None:
        return (
            f"Your data file was damaged ({problem}); it was set aside as {aside} and, with no "
            "backup to restore, PIM Desk starts with an empty one."
        )
    restore_backup(backup.path, path)
    return (
        f"Your data file was damaged ({problem}); it was set aside as {aside} and your data was "
        f"restored from the backup of {backup.label}: changes made after that were lost."
    )


def migrate(connection: sqlite3.Connection, backups: Path) -> list[str]:
    version = int(connection.execute("PRAGMA user_version").fetchone()[0])
    if version > LATEST_USER_SCHEMA:
        raise UserDataError(
            f"Your data file was written by a newer PIM Desk (data version {version}); this "
            f"PIM Desk reads up to version {LATEST_USER_SCHEMA}."
        )
    if version == LATEST_USER_SCHEMA:
        return []
    from pimdesk.store.migrations import apply_pending  # sqlite-utils: only when migrating

    if version > 0:
        take_backup(connection, backups, f"before-upgrade-v{version}")
    applied = apply_pending(connection)
    if version > 0 and applied:
        return [f"Your data was upgraded to data version {LATEST_USER_SCHEMA}; a backup was kept."]
    return []
