"""Check, back up and restore the user's data (`pimdesk db ...`, Help → Check my data)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pimdesk.domain.errors import NotFoundError, UserDataError
from pimdesk.store.backups import Backup, list_backups, restore_backup, take_backup
from pimdesk.store.sqlite_tools import integrity_problems
from pimdesk.store.userdata import UserDataStore


@dataclass(frozen=True)
class DataCheck:
    path: Path
    problems: tuple[str, ...]
    selections: int
    backups: tuple[Backup, ...]

    @property
    def healthy(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        state = "sound" if self.healthy else f"DAMAGED ({'; '.join(self.problems[:3])})"
        newest = self.backups[0].label if self.backups else "none yet"
        return (
            f"Your data file {self.path} is {state}: {self.selections} saved selection(s); "
            f"{len(self.backups)} backup(s), the newest {newest}."
        )


class DataSafetyService:
    """Works on the open user database; `reopen` hands the app a fresh store after a restore."""

    def __init__(
        self, store: UserDataStore, backups_dir: Path, reopen: Callable[[], UserDataStore]
    ) -> None:
        self._store = store
        self._backups_dir = backups_dir
        self._reopen = reopen

    @property
    def store(self) -> UserDataStore:
        return self._store

    def check(self) -> DataCheck:
        self._store.connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
        problems = integrity_problems(self._store.path, quick=False)
        return DataCheck(
            self._store.path,
            tuple(problems),
            self._store.count_selections() if not problems else 0,
            tuple(list_backups(self._backups_dir)),
        )

    def backups(self) -> list[Backup]:
        return list_backups(self._backups_dir)

    def backup(self) -> Backup:
        return take_backup(self._store.connection, self._backups_dir, "manual")

    def restore(self, name: str | None = None) -> tuple[Backup, Path | None]:
        """Replace the user database with a backup (the newest by default).

        The current file is first backed up itself and then set aside, so a restore can be
        undone by restoring again.
        """
        backups = self.backups()
        if not backups:
            raise UserDataError("There is no backup to restore yet.")
        chosen = backups[0] if name is None else _named(backups, name)
        take_backup(self._store.connection, self._backups_dir, "before-restore")
        self._store.close()
        try:
            moved = restore_backup(chosen.path, self._store.path)
        finally:
            self._store = self._reopen()
        return chosen, moved


def _named(backups: list[Backup], name: str) -> Backup:
    for backup in backups:
        if name in (backup.path.name, str(backup.path)):
            return backup
    raise NotFoundError(f"There is no backup named '{name}' (see `pimdesk db backup --list`).")
