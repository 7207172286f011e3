"""Damage is detected and repaired, never hidden, never destroyed (R2, R4, R17, backups)."""

from __future__ import annotations

import datetime
import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from pimdesk.domain.errors import UserDataError
from pimdesk.store.backups import (
    KEEP_AT_LEAST,
    list_backups,
    needs_automatic_backup,
    newest_good_backup,
    restore_backup,
    take_backup,
)
from pimdesk.store.sqlite_tools import integrity_problems
from pimdesk.store.userdata_schema import LATEST_USER_SCHEMA
from tests.store.userdata_helpers import contents, make, open_in


def damage(path: Path, how: str) -> None:
    if how == "truncated":
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])
    elif how == "overwritten":
        data = bytearray(path.read_bytes())
        page = 4096
        for start in range(0, len(data), page):  # scribble over every page's b-tree header
            data[start + 100 if start == 0 else start : start + 140] = os.urandom(40)
        path.write_bytes(bytes(data))
    elif how == "empty":
        path.write_bytes(b"")
    elif how == "directory":
        path.unlink()
        path.mkdir()
        (path / "something").write_text("not a database")
    elif how == "garbage":
        path.write_bytes(os.urandom(8192))


def saved_with_backup(folder: Path) -> tuple[dict, Path]:  # type: ignore[type-arg]
    store = open_in(folder).store
    for name in ("Kasai", "Ituri", "Tanganyika"):
        store.save(make(name, notes=f"notes on {name}"))
    expected = contents(store)
    take_backup(store.connection, folder / "backups", "daily")
    store.save(make("After the backup"))
    store.close()
    return expected, folder / "pimdesk-user.sqlite"


@pytest.mark.parametrize("how", ["truncated", "overwritten", "empty", "directory", "garbage"])
def test_a_damaged_file_is_set_aside_and_the_backup_restored(tmp_path: Path, how: str) -> None:
    expected, path = saved_with_backup(tmp_path)
    damage(path, how)
    opened = open_in(tmp_path)
    assert contents(opened.store) == expected
    assert len(opened.notices) == 1
    notice = opened.notices[0]
    assert notice.startswith("Your data file was damaged")
    assert "restored from the backup of" in notice and "changes made after that were lost" in notice
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("pimdesk-user.sqlite.damaged-")
             and not p.name.endswith(("-wal", "-shm"))]  # fmt: skip
    assert len(aside) == 1, "the damaged file must be kept"
    assert aside[0].name in notice


def test_damage_without_a_backup_starts_empty_and_says_so(tmp_path: Path) -> None:
    store = open_in(tmp_path).store
    store.save(make("Kasai"))
    store.close()
    damage(tmp_path / "pimdesk-user.sqlite", "garbage")
    opened = open_in(tmp_path)
    assert opened.store.list_selections() == []
    assert "with no backup to restore, PIM Desk starts with an empty one" in opened.notices[0]
    assert any(".damaged-" in p.name for p in tmp_path.iterdir())


def test_a_damaged_backup_is_skipped_for_an_older_good_one(tmp_path: Path) -> None:
    expected, path = saved_with_backup(tmp_path)
    newer = take_backup(path, tmp_path / "backups", "manual")
    damage(newer.path, "garbage")
    assert newest_good_backup(tmp_path / "backups").path != newer.path
    damage(path, "truncated")
    assert contents(open_in(tmp_path).store) == expected


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    store = open_in(tmp_path).store
    store.save(make("Kasai"))
    store.connection.execute("PRAGMA user_version = 99")
    store.close()
    path = tmp_path / "pimdesk-user.sqlite"
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    names = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(UserDataError) as raised:
        open_in(tmp_path)
    assert "data version 99" in raised.value.message
    assert f"reads up to version {LATEST_USER_SCHEMA}" in raised.value.message
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    assert sorted(p.name for p in tmp_path.iterdir()) == names


def test_backups_are_verified_rotated_and_complete(tmp_path: Path) -> None:
    store = open_in(tmp_path).store
    store.save(make("Kasai"))
    folder = tmp_path / "backups"
    for _ in range(KEEP_AT_LEAST + 3):
        backup = take_backup(store.connection, folder, "manual")
        assert integrity_problems(backup.path, quick=False) == []
    assert len(list_backups(folder)) == KEEP_AT_LEAST >= 10
    assert not [p for p in folder.iterdir() if p.name.endswith(".partial")]
    copy = sqlite3.connect(list_backups(folder)[0].path)
    assert copy.execute("SELECT name FROM selections").fetchall() == [("Kasai",)]
    copy.close()


def test_opening_takes_no_backup_the_daily_one_is_due_a_day_after_the_last(
    tmp_path: Path,
) -> None:
    store = open_in(tmp_path).store
    store.save(make("Kasai"))
    store.close()
    folder = tmp_path / "backups"
    assert needs_automatic_backup(folder)
    open_in(tmp_path).store.close()
    assert list_backups(folder) == []  # off the start path: see the data-safety service
    store = open_in(tmp_path).store
    take_backup(tmp_path / "pimdesk-user.sqlite", folder, "daily")
    store.close()
    assert not needs_automatic_backup(folder)  # not again within a day
    tomorrow = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=1, minutes=1)
    assert needs_automatic_backup(folder, now=tomorrow)


def test_a_restore_sets_stale_wal_and_shm_aside(tmp_path: Path) -> None:
    store = open_in(tmp_path).store
    store.save(make("In the backup"))
    backup = take_backup(store.connection, tmp_path / "backups", "manual")
    expected = contents(store)
    store.close()
    path = tmp_path / "pimdesk-user.sqlite"
    # a crashed writer left a WAL full of later changes beside the database
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE selections SET name = 'changed after the backup'")
    writer.commit()
    shutil.copy(path.with_name(path.name + "-wal"), tmp_path / "stale-wal")
    writer.close()
    shutil.copy(tmp_path / "stale-wal", path.with_name(path.name + "-wal"))
    moved = restore_backup(backup.path, path)
    assert moved is not None and moved.exists()
    assert not path.with_name(path.name + "-wal").exists()
    assert any(p.name.endswith("-wal") and ".replaced-" in p.name for p in tmp_path.iterdir())
    assert contents(open_in(tmp_path).store) == expected


def test_restoring_a_damaged_backup_is_refused(tmp_path: Path) -> None:
    store = open_in(tmp_path).store
    backup = take_backup(store.connection, tmp_path / "backups", "manual")
    store.close()
    backup.path.write_bytes(b"broken")
    with pytest.raises(UserDataError, match="cannot be restored"):
        restore_backup(backup.path, tmp_path / "pimdesk-user.sqlite")
