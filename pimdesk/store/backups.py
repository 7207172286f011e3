"""Automatic backups of the user database: taken online, verified, rotated, restored safely.

A backup is written with SQLite's online backup API to a temporary file in the backups folder,
checked with `integrity_check`, flushed to disk and only then renamed to its final name, so a
half-written backup never looks like a good one. A restore first moves the current file and any
stale `-wal`/`-shm` files aside (never deleting them), then puts a verified copy in place.
"""

from __future__ import annotations

import datetime
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from pimdesk.domain.errors import UserDataError
from pimdesk.store.sqlite_tools import fsync_folder, integrity_problems

KEEP_AT_LEAST = 12
AUTOMATIC_INTERVAL = datetime.timedelta(days=1)
_NAME = re.compile(r"^pimdesk-user-(\d{8}-\d{6}-\d{6})(?:-([a-z0-9-]+))?\.sqlite$")
_STAMP = "%Y%m%d-%H%M%S-%f"
SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: datetime.datetime
    reason: str

    @property
    def label(self) -> str:
        return f"{self.taken.astimezone():%Y-%m-%d %H:%M} ({self.reason})"


def utc_now() -> datetime.datetime:
    return datetime.datetime.now(datetime.timezone.utc)


def list_backups(folder: Path) -> list[Backup]:
    """The backups in `folder`, newest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match and path.is_file():
            taken = datetime.datetime.strptime(match[1], _STAMP).replace(
                tzinfo=datetime.timezone.utc
            )
            found.append(Backup(path, taken, match[2] or "manual"))
    return sorted(found, key=lambda backup: backup.taken, reverse=True)


def take_backup(source: sqlite3.Connection | Path, folder: Path, reason: str) -> Backup:
    """Copy the database online into `folder`, verify the copy, then rotate old backups."""
    folder.mkdir(parents=True, exist_ok=True)
    taken = utc_now()
    final = folder / f"pimdesk-user-{taken.strftime(_STAMP)}-{reason}.sqlite"
    temporary = folder / f".{final.name}.partial"
    try:
        _copy_online(source, temporary)
        problems = integrity_problems(temporary, quick=False)
        if problems:
            raise UserDataError(f"A new backup failed its check ({problems[0]}); it was not kept.")
        temporary.replace(final)
        fsync_folder(folder)
    finally:
        temporary.unlink(missing_ok=True)
    rotate(folder)
    return Backup(final, taken, reason)


def _copy_online(source: sqlite3.Connection | Path, target: Path) -> None:
    owned = isinstance(source, Path)
    connection = (
        sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        if isinstance(source, Path)
        else source
    )
    try:
        destination = sqlite3.connect(target)
        try:
            connection.backup(destination)
            destination.execute("PRAGMA journal_mode = DELETE")
        finally:
            destination.close()
    finally:
        if owned:
            connection.close()
    with target.open("rb") as handle:
        os.fsync(handle.fileno())


def rotate(folder: Path, keep: int = KEEP_AT_LEAST) -> list[Path]:
    """Delete the oldest backups beyond `keep`. Returns what was deleted."""
    removed = []
    for backup in list_backups(folder)[keep:]:
        backup.path.unlink(missing_ok=True)
        removed.append(backup.path)
    return removed


def newest_good_backup(folder: Path) -> Backup | None:
    """The newest backup that passes a full integrity check."""
    for backup in list_backups(folder):
        if not integrity_problems(backup.path, quick=False):
            return backup
    return None


def needs_automatic_backup(folder: Path, now: datetime.datetime | None = None) -> bool:
    backups = list_backups(folder)
    return not backups or (now or utc_now()) - backups[0].taken >= AUTOMATIC_INTERVAL


def set_aside(path: Path, label: str) -> Path | None:
    """Rename `path` (file or folder) and its side files to `<name>.<label>-<time>`; never delete.

    Returns the new name of `path`, or None if there was nothing to move.
    """
    stamp = utc_now().strftime("%Y%m%d-%H%M%S")
    moved = None
    for suffix in ("", *SIDE_FILES):
        current = path.with_name(path.name + suffix)
        if current.exists() or current.is_symlink():
            target = current.with_name(f"{path.name}.{label}-{stamp}{suffix}")
            counter = 1
            while target.exists():
                target = current.with_name(f"{path.name}.{label}-{stamp}-{counter}{suffix}")
                counter += 1
            current.rename(target)
            if suffix == "":
                moved = target
    fsync_folder(path.parent)
    return moved


def restore_backup(backup: Path, database: Path, label: str = "replaced") -> Path | None:
    """Put a verified copy of `backup` in place of `database`. Returns where the old file went.

    The copy is made beside the database and renamed over it, so the database is at every moment
    either the old file or the complete backup. Stale `-wal`/`-shm` files are set aside first:
    left in place, SQLite would replay them onto the restored data.
    """
    problems = integrity_problems(backup, quick=False)
    if problems:
        raise UserDataError(f"The backup {backup.name} is damaged ({problems[0]}); choose another.")
    temporary = database.with_name(f".{database.name}.restoring")
    shutil.copyfile(backup, temporary)
    with temporary.open("rb") as handle:
        os.fsync(handle.fileno())
    moved = set_aside(database, label)
    temporary.replace(database)
    fsync_folder(database.parent)
    return moved
