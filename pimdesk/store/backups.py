"""Automatic backups of the user database: taken online, verified, rotated, restored safely.

A backup is written with SQLite's online backup API to a temporary file in the backups folder,
checked with `integrity_check` and `foreign_key_check`, flushed to disk and only then renamed to
its final name, so a half-written backup never looks like a good one. A restore first checks the
chosen backup (sound, and not from a newer PIM Desk), then moves the current file and any stale
`-wal`/`-shm` files aside (never deleting them), then puts a verified copy in place.

Backups are ordered by a sequence number in their name, not by the clock: a clock set back (a
field laptop's flat CMOS battery) must neither stop the backups nor make the rotation delete the
backup just taken.
"""

from __future__ import annotations

import contextlib
import datetime
import os
import re
import shutil
import sqlite3
import time
from collections.abc import Collection
from pathlib import Path

from pimdesk.domain.errors import UserDataError
from pimdesk.domain.records import record
from pimdesk.store.sqlite_tools import (
    CORRUPT,
    error_kind,
    explained,
    fsync_folder,
    header_user_version,
    integrity_problems,
)
from pimdesk.store.userdata_schema import LATEST_USER_SCHEMA

KEEP_AT_LEAST = 12
AUTOMATIC_INTERVAL = datetime.timedelta(days=1)
# pimdesk-user-<sequence>-<UTC time>-<reason>.sqlite; backups made before the sequence number
# have none and count as older than every numbered one.
_NAME = re.compile(r"^pimdesk-user-(?:(\d{6,9})-)?(\d{8}-\d{6}-\d{6})(?:-([a-z0-9-]+))?\.sqlite$")
_STAMP = "%Y%m%d-%H%M%S-%f"
SIDE_FILES = ("-wal", "-shm", "-journal")
_PARTIAL = ".partial"


class BackupCheckFailed(UserDataError):
    """A new backup failed its full check: the data it was copied from is damaged."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(f"A new backup failed its check ({problems[0]}); it was not kept.")
        self.problems = problems


@record
class Backup:
    path: Path
    taken: datetime.datetime
    reason: str
    sequence: int = -1

    @property
    def label(self) -> str:
        return f"{self.taken.astimezone():%Y-%m-%d %H:%M} ({self.reason})"


def utc_now() -> datetime.datetime:
    return datetime.datetime.now(datetime.timezone.utc)


def list_backups(folder: Path) -> list[Backup]:
    """The backups in `folder`, newest first (by sequence number, then by time)."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match and path.is_file():
            taken = datetime.datetime.strptime(match[2], _STAMP).replace(
                tzinfo=datetime.timezone.utc
            )
            sequence = int(match[1]) if match[1] else -1
            found.append(Backup(path, taken, match[3] or "manual", sequence))
    return sorted(found, key=lambda backup: (backup.sequence, backup.taken), reverse=True)


def take_backup(
    source: sqlite3.Connection | Path,
    folder: Path,
    reason: str,
    keep_also: Collection[Path] = (),
) -> Backup:
    """Copy the database online into `folder`, verify the copy, then rotate old backups.

    The rotation never deletes the backup just taken nor any file in `keep_also` (the backup
    being restored). A known problem (disk full, read-only) becomes one sentence.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
        remove_partial_files(folder)
        taken = utc_now()
        sequence = _next_sequence(folder)
        final = folder / f"pimdesk-user-{sequence:06d}-{taken.strftime(_STAMP)}-{reason}.sqlite"
        temporary = folder / f".{final.name}{_PARTIAL}"
        try:
            _copy_online(source, temporary)
            problems = integrity_problems(temporary, quick=False)
            if problems:
                raise BackupCheckFailed(problems)
            temporary.replace(final)
            fsync_folder(folder)
        finally:
            _remove_with_side_files(temporary)
    except (sqlite3.Error, OSError) as error:
        if error_kind(error) == CORRUPT:  # the data being copied is damaged, not the backup
            raise BackupCheckFailed([str(error)]) from error
        raise explained(error, folder) from error
    rotate(folder, protect={final, *keep_also})
    return Backup(final, taken, reason, sequence)


def _next_sequence(folder: Path) -> int:
    backups = list_backups(folder)
    return max(0, backups[0].sequence + 1) if backups else 0


def _copy_online(source: sqlite3.Connection | Path, target: Path) -> None:
    owned = isinstance(source, Path)
    connection = (
        sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
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


def _remove_with_side_files(path: Path) -> None:
    """Remove a temporary database and whatever journal SQLite made for it."""
    for suffix in ("", *SIDE_FILES):
        with contextlib.suppress(OSError):  # on a read-only disk there is nothing to clean
            path.with_name(path.name + suffix).unlink(missing_ok=True)


def remove_partial_files(folder: Path, older_than: float = 600.0) -> None:
    """Half-written backups a killed run left behind (never a finished backup).

    Only those older than `older_than` seconds: a younger one may be another window's backup
    being written right now.
    """
    for path in folder.glob(f".pimdesk-user-*{_PARTIAL}*"):
        try:
            stale = time.time() - path.stat().st_mtime > older_than
        except OSError:
            continue
        if stale:
            _remove_with_side_files(path.with_name(path.name.split(_PARTIAL)[0] + _PARTIAL))


def rotate(folder: Path, keep: int = KEEP_AT_LEAST, protect: Collection[Path] = ()) -> list[Path]:
    """Delete the oldest backups beyond `keep`, never one in `protect`. Returns what went."""
    removed = []
    for backup in list_backups(folder)[keep:]:
        if backup.path in protect:
            continue
        try:
            backup.path.unlink(missing_ok=True)
        except OSError:
            continue  # a backup that cannot be deleted now is deleted at the next rotation
        removed.append(backup.path)
    return removed


def backup_problems(backup: Path) -> list[str]:
    """Why `backup` cannot be restored (damaged, unreadable, from a newer PIM Desk), or []."""
    try:
        version = header_user_version(backup) if backup.is_file() else None
        if version is not None and version > LATEST_USER_SCHEMA:
            return [
                f"written by a newer PIM Desk (data version {version}); this PIM Desk reads up "
                f"to version {LATEST_USER_SCHEMA}"
            ]
        return integrity_problems(backup, quick=False)
    except (sqlite3.Error, OSError) as error:
        return [f"it cannot be read now ({error_kind(error) or error})"]


def newest_good_backup(folder: Path) -> Backup | None:
    """The newest backup that passes a full check and that this PIM Desk can read."""
    for backup in list_backups(folder):
        if not backup_problems(backup.path):
            return backup
    return None


def needs_automatic_backup(folder: Path, now: datetime.datetime | None = None) -> bool:
    """Whether the newest backup is a day away from now, either way.

    "Either way": a newest backup dated in the future means the clock went back; waiting for
    the clock to catch up could mean no backup for months.
    """
    backups = list_backups(folder)
    return not backups or abs((now or utc_now()) - backups[0].taken) >= AUTOMATIC_INTERVAL


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
            while target.exists() or target.is_symlink():
                target = current.with_name(f"{path.name}.{label}-{stamp}-{counter}{suffix}")
                counter += 1
            current.rename(target)
            if suffix == "":
                moved = target
    fsync_folder(path.parent)
    return moved


def check_restorable(backup: Path) -> None:
    """Refuse a backup that cannot be restored, before anything is touched."""
    problems = backup_problems(backup)
    if problems:
        raise UserDataError(
            f"The backup {backup.name} cannot be restored ({problems[0]}); your data was left "
            "as it was: choose another backup."
        )


def put_back(moved: Path | None, database: Path) -> None:
    """Undo `set_aside`: the file and its side files back under their own names."""
    if moved is None:
        return
    for suffix in ("", *SIDE_FILES):
        aside = moved.with_name(moved.name + suffix)
        if aside.exists() and not database.with_name(database.name + suffix).exists():
            aside.rename(database.with_name(database.name + suffix))


def restore_backup(backup: Path, database: Path, label: str = "replaced") -> Path | None:
    """Put a verified copy of `backup` in place of `database`. Returns where the old file went.

    The copy is made beside the database and renamed over it, so the database is at every moment
    either the old file or the complete backup. Stale `-wal`/`-shm` files are set aside first:
    left in place, SQLite would replay them onto the restored data.
    """
    check_restorable(backup)
    temporary = database.with_name(f".{database.name}.restoring")
    try:
        try:
            shutil.copyfile(backup, temporary)
            with temporary.open("rb") as handle:
                os.fsync(handle.fileno())
            moved = set_aside(database, label)
            try:
                temporary.replace(database)
            except OSError:
                put_back(moved, database)  # never leave the user with no data file at all
                raise
            fsync_folder(database.parent)
        finally:
            _remove_with_side_files(temporary)
    except OSError as error:
        raise explained(error, database) from error
    return moved
