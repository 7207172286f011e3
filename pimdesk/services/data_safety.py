"""Check, repair, back up and restore the user's data (`pimdesk db ...`, Help → Check my data).

Every command here works whatever state the data file is in: listing the backups never opens
it, a check reports why it cannot be opened rather than failing, and a restore goes ahead even
when the data file cannot be opened or backed up first (it is set aside, never deleted).

The full check and the automatic backups run off the start path: the GUI runs `routine()` on a
worker thread once its window is shown, and again now and then while it runs; the command line
backs up after a command that changed something (`after_changes`), never before a read.
"""

from __future__ import annotations

import contextlib
import datetime
import sqlite3
from collections.abc import Callable
from pathlib import Path

from pimdesk.domain.errors import NotFoundError, PimDeskError, UserDataError
from pimdesk.domain.records import record
from pimdesk.store.backups import (
    Backup,
    BackupCheckFailed,
    backup_problems,
    check_restorable,
    list_backups,
    needs_automatic_backup,
    restore_backup,
    take_backup,
    utc_now,
)
from pimdesk.store.repair import only_index_damage, reindex, repair
from pimdesk.store.sqlite_tools import (
    CheckInterrupted,
    Interruptible,
    explained,
    integrity_problems,
)
from pimdesk.store.userdata import UserDataStore


class RepairPending(UserDataError):
    """Damage that needs the data file replaced was found off the GUI thread: the repair is
    left to the GUI thread (`pending_repair`), which owns the open store."""


# A long session is backed up at most this often, and only after a change.
SESSION_BACKUP_INTERVAL = datetime.timedelta(hours=4)


@record
class DataCheck:
    path: Path
    problems: tuple[str, ...]
    selections: int
    backups: tuple[Backup, ...]
    repaired: str = ""  # what a repair did, when the check found damage and repaired it
    read_only: str = ""  # why the data can only be read, when it can
    unreadable: str = ""  # why the file could not be checked now (busy, full): not damage

    @property
    def healthy(self) -> bool:
        return not self.problems and not self.unreadable

    def summary(self) -> str:
        state = (
            f"DAMAGED ({'; '.join(self.problems[:3])})"
            if self.problems
            else f"not checked ({self.unreadable})"
            if self.unreadable
            else "sound"
        )
        newest = self.backups[0].label if self.backups else "none yet"
        text = (
            f"Your data file {self.path} is {state}: {self.selections} saved context(s); "
            f"{len(self.backups)} backup(s), the newest {newest}."
        )
        return " ".join(part for part in (self.repaired, text, self.read_only) if part)


@record
class ListedBackup:
    backup: Backup
    problems: tuple[str, ...]  # why it cannot be restored; empty for a good one

    @property
    def flag(self) -> str:
        """How `db backup --list` marks a backup that cannot be restored ('' for a good one)."""
        if not self.problems:
            return ""
        problem = self.problems[0]
        if problem.startswith(("written by a newer", "it cannot be read")):
            return f"CANNOT BE RESTORED: {problem}"
        return f"DAMAGED: {problem}"


class DataSafetyService:
    """Works on the user database; `reopen` hands the app a fresh store after a restore.

    `open_store` opens the store on first use (`db backup --list` and a restore of a file that
    cannot be opened never need it); `close_store` closes the app's store if it is open.
    """

    def __init__(
        self,
        path: Path,
        backups_dir: Path,
        open_store: Callable[[], UserDataStore],
        reopen: Callable[[], UserDataStore],
        close_store: Callable[[], None],
    ) -> None:
        self._path = path
        self._close_store = close_store
        self._backups_dir = backups_dir
        self._open_store = open_store
        self._reopen = reopen
        self._changes_at_backup = 0
        self._last_backup_at: datetime.datetime | None = None
        self.repairs: list[str] = []  # what repairs did in this run, one sentence each
        # Set while `routine` runs in the background: a repair that must replace the file is
        # then left in `pending_repair` for the thread that owns the store.
        self._in_background = False
        self.pending_repair: list[str] = []
        # Lets the window stop a running full check when it closes (`interrupt_check`).
        self._interruptible = Interruptible()

    @property
    def store(self) -> UserDataStore:
        return self._open_store()

    def _store_or_none(self) -> tuple[UserDataStore | None, str]:
        try:
            return self.store, ""
        except UserDataError as error:
            return None, error.message

    # ------------------------------------------------------------------ check and repair
    def check(self, repair_damage: bool = True) -> DataCheck:
        """The full check (integrity and foreign keys); damage found is repaired at once."""
        store, unopenable = self._store_or_none()
        repaired = ""
        problems, unreadable = self._problems(store)
        if problems and repair_damage and store is not None and store.read_only is None:
            try:
                repaired = self.repair(problems)
            except RepairPending:
                repaired = ""
            else:
                store, unopenable = self._store_or_none()
                problems, unreadable = self._problems(store)
        return DataCheck(
            self._path,
            tuple(problems),
            store.count_selections() if store is not None and not problems else 0,
            tuple(list_backups(self._backups_dir)),
            repaired,
            store.read_only or "" if store is not None else "",
            unreadable or ("" if problems else unopenable),
        )

    def _problems(self, store: UserDataStore | None) -> tuple[list[str], str]:
        """The damage found, and why the file could not be checked (when it could not)."""
        if store is not None and store.read_only is None:
            # so the file on disk holds every committed change; when busy, the check reads
            # through the WAL anyway
            with contextlib.suppress(sqlite3.Error):
                store.connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
        try:
            return integrity_problems(
                self._path, quick=False, interruptible=self._interruptible
            ), ""
        except (sqlite3.Error, OSError) as error:
            known = explained(error, self._path)
            if not isinstance(known, PimDeskError):
                raise
        if store is not None and store.read_only:  # the private copy was checked at opening
            return [], ""
        return [], known.message

    def interrupt_check(self) -> None:
        """Stop the full check running on another thread, and any started after (the window is
        closing). A stopped check proves nothing and finds nothing: it is made in full again at
        the next start, and the quick check at every start still comes before any write."""
        self._interruptible.interrupt()

    def repair(self, problems: list[str]) -> str:
        """Repair proven damage (REINDEX, else rebuild, else a backup). Returns what was done.

        What was done is also kept in `repairs`. After a rebuild or a recovery the data file is
        a new one: whoever holds the old store must read the data again.
        """
        done = self._repair(problems)
        self.repairs.append(done)
        return done

    def _repair(self, problems: list[str]) -> str:
        if only_index_damage(problems) and self._reindex():
            return (
                f"Your data file had a damaged index ({problems[0]}); it was rebuilt and nothing "
                "was lost."
            )
        if self._in_background:
            self.pending_repair = problems
            raise RepairPending(f"Your data file is damaged ({problems[0]}).")
        self._close()
        try:
            return repair(self._path, self._backups_dir, problems)
        except (sqlite3.Error, OSError) as error:
            raise explained(error, self._path) from error
        finally:
            self._reopen_or_none()

    def repair_pending(self) -> str:
        """The repair `routine` left for the thread that owns the store; then the backup."""
        problems, self.pending_repair = self.pending_repair, []
        if not problems:
            return ""
        done = self.repair(problems)
        notices = self._automatic_backup() if needs_automatic_backup(self._backups_dir) else ()
        return " ".join((done, *notices))

    def _reindex(self) -> bool:
        try:
            return reindex(self._path)
        except (sqlite3.Error, OSError) as error:
            raise explained(error, self._path) from error

    def _close(self) -> None:
        """Close the app's connection (whoever opened it) before the file is replaced."""
        self._close_store()

    # ------------------------------------------------------------------ backups
    def backups(self) -> list[Backup]:
        return list_backups(self._backups_dir)

    def listed_backups(self) -> list[ListedBackup]:
        """The backups, newest first, each with why it cannot be restored (if it cannot)."""
        return [ListedBackup(b, tuple(backup_problems(b.path))) for b in self.backups()]

    def backup(self, reason: str = "manual") -> Backup:
        """Take a verified backup; when the data turns out damaged, repair it and try again."""
        self._store_or_none()  # a first backup creates the data file; one that cannot open is
        try:  # still copied if it can be read
            backup = take_backup(self._path, self._backups_dir, reason)
        except BackupCheckFailed as failed:
            self.repair(failed.problems)
            backup = take_backup(self._path, self._backups_dir, reason)
        self._backed_up()
        return backup

    def _backed_up(self) -> None:
        self._last_backup_at = utc_now()
        store, _unopenable = self._store_or_none()
        if store is not None:
            self._changes_at_backup = store.changes

    def after_changes(self) -> tuple[str, ...]:
        """At the end of a command: the daily backup, if something changed and one is due."""
        store = self.store
        if store.read_only or not store.changes:
            return ()
        if not needs_automatic_backup(self._backups_dir):
            return ()
        return self._automatic_backup()

    def routine(
        self,
        now: datetime.datetime | None = None,
        full_check: bool = True,
        in_background: bool = False,
    ) -> tuple[str, ...]:
        """The full check (repairing damage) and the backup when due. Off the GUI thread.

        Without `full_check` (the half-hourly runs), only the backup when due: each backup is
        itself checked in full, which finds damage in the data it was copied from. With
        `in_background`, damage that needs the file replaced is not repaired here but left in
        `pending_repair` for `repair_pending()` on the thread that owns the store.
        """
        self._in_background = in_background
        try:
            return self._routine(now or utc_now(), full_check)
        finally:
            self._in_background = False

    def _routine(self, now: datetime.datetime, full_check: bool) -> tuple[str, ...]:
        notices: tuple[str, ...] = ()
        if full_check:
            try:
                check = self.check()
            except CheckInterrupted:  # closing: this session's own changes are still backed up
                store, _unopenable = self._store_or_none()
                if store is None or store.read_only or not store.changes:
                    return notices
                return self._automatic_backup() if self._backup_due(now) else notices
            if self.pending_repair:
                return notices
            notices = (check.repaired,) if check.repaired else ()
            if not check.healthy or check.read_only:
                return notices + ((check.summary(),) if not check.healthy else ())
        store, _unopenable = self._store_or_none()
        if store is None or store.read_only:
            return notices
        if self._backup_due(now) and store.count_selections():
            notices += self._automatic_backup()
        return notices

    def _backup_due(self, now: datetime.datetime) -> bool:
        if needs_automatic_backup(self._backups_dir, now):
            return True
        store, _unopenable = self._store_or_none()
        changed = store is not None and store.changes > self._changes_at_backup
        last = self._last_backup_at
        return changed and (last is None or abs(now - last) >= SESSION_BACKUP_INTERVAL)

    def _automatic_backup(self) -> tuple[str, ...]:
        """A daily backup never stops the work: a failure becomes a sentence."""
        repairs = len(self.repairs)
        try:
            self.backup("daily")
        except RepairPending:
            return tuple(self.repairs[repairs:])  # backed up after the repair
        except PimDeskError as error:
            failed = (f"The automatic backup could not be taken: {error.message}",)
            return tuple(self.repairs[repairs:]) + failed
        return tuple(self.repairs[repairs:])

    # ------------------------------------------------------------------ restore
    def restore(self, name: str | None = None) -> tuple[Backup, Path | None]:
        """Replace the user database with a backup (the newest by default).

        The chosen backup is checked first (sound, not from a newer PIM Desk); then the current
        file is backed up when it can be and set aside in any case, so a restore can be undone
        by restoring again.
        """
        backups = self.backups()
        if not backups:
            raise UserDataError("There is no backup to restore yet.")
        chosen = backups[0] if name is None else _named(backups, name)
        check_restorable(chosen.path)
        self._take_before_restore(chosen.path)
        self._close()
        try:
            moved = restore_backup(chosen.path, self._path)
        finally:
            self._reopen_or_none()
        return chosen, moved

    def _take_before_restore(self, chosen: Path) -> None:
        if not self._path.is_file():
            return
        # a damaged or unreadable file cannot be backed up; it is set aside unchanged anyway
        with contextlib.suppress(PimDeskError):
            take_backup(self._path, self._backups_dir, "before-restore", keep_also={chosen})

    def _reopen_or_none(self) -> UserDataStore | None:
        try:
            return self._reopen()
        except UserDataError:
            return None


def _named(backups: list[Backup], name: str) -> Backup:
    for backup in backups:
        if name in (backup.path.name, str(backup.path)):
            return backup
    raise NotFoundError(f"There is no backup named '{name}' (see `pimdesk db backup --list`).")
