"""The data-safety service: checks that repair, backups off the start path, restores that keep
every backup and always work, whatever state the data file is in."""

from __future__ import annotations

import datetime
import errno
import sqlite3
from pathlib import Path

import pytest

from pimdesk.domain.errors import UserDataError
from pimdesk.paths import AppPaths
from pimdesk.services import data_safety as data_safety_module
from pimdesk.services.container import Services
from pimdesk.store import backups as backups_module
from pimdesk.store.backups import KEEP_AT_LEAST, list_backups, take_backup
from pimdesk.store.sqlite_tools import integrity_problems
from pimdesk.store.userdata_schema import LATEST_USER_SCHEMA
from tests.store.damage_tools import add_dangling_key, digest, write_in_index_page
from tests.store.userdata_helpers import make


@pytest.fixture
def services(tmp_path: Path, reference_db: Path) -> Services:
    return Services(AppPaths(tmp_path / "data", reference_db))


def names(services: Services) -> list[str]:
    return sorted(s.name for s in services.user_store.list_selections())


def age_backups(folder: Path, days: int = 2) -> None:
    """Move every backup's time stamp back: the daily backup is due again."""
    for backup in list_backups(folder):
        earlier = backup.taken - datetime.timedelta(days=days)
        stamp = earlier.strftime("%Y%m%d-%H%M%S-%f")
        old = backup.taken.strftime("%Y%m%d-%H%M%S-%f")
        backup.path.rename(backup.path.with_name(backup.path.name.replace(old, stamp)))


def test_opening_and_reading_take_no_backup_a_change_does(services: Services) -> None:
    assert names(services) == []
    assert services.after_changes() == ()
    assert list_backups(services.paths.backups_dir) == []
    services.user_store.save(make("Kasai"))
    assert services.after_changes() == ()
    assert [b.reason for b in list_backups(services.paths.backups_dir)] == ["daily"]
    services.user_store.save(make("Ituri"))
    services.after_changes()
    assert len(list_backups(services.paths.backups_dir)) == 1  # one a day
    services.close()


def test_a_failing_automatic_backup_is_a_sentence_not_a_failure(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.user_store.save(make("Kasai"))

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backups_module, "_copy_online", full)
    notices = services.after_changes()
    assert len(notices) == 1 and "could not be taken" in notices[0] and "is full" in notices[0]
    assert names(services) == ["Kasai"]
    assert notices[0] in services.notices
    services.close()


def test_the_routine_repairs_hidden_damage_then_backs_up(services: Services) -> None:
    services.user_store.save(make("Precious"))
    services.user_store.save(make("Second"))
    path = services.paths.user_database
    services.close()
    write_in_index_page(path, "selections_live_names", b"precious", b"qrecious")
    fresh = Services(services.paths)
    assert names(fresh) == ["Precious", "Second"]  # the start is not blocked
    notices = fresh.data_safety.routine()
    assert len(notices) == 1 and "damaged index" in notices[0]
    assert integrity_problems(path, quick=False) == []
    assert [b.reason for b in list_backups(fresh.paths.backups_dir)] == ["daily"]
    assert names(fresh) == ["Precious", "Second"]
    fresh.close()


def test_a_backup_finds_a_dangling_key_repairs_it_and_is_kept(services: Services) -> None:
    services.user_store.save(make("Kasai"))
    path = services.paths.user_database
    services.close()
    add_dangling_key(path)
    fresh = Services(services.paths)
    backup = fresh.data_safety.backup()
    assert backup.path.exists() and integrity_problems(backup.path, quick=False) == []
    assert any("rebuilt table by table" in r for r in fresh.data_safety.repairs)
    assert names(fresh) == ["Kasai"]
    fresh.close()


def test_a_long_session_is_backed_up_every_few_hours_after_changes(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    safety = services.data_safety
    services.user_store.save(make("Kasai"))
    start = datetime.datetime.now(datetime.timezone.utc)
    assert safety.routine(now=start) == ()
    assert len(list_backups(services.paths.backups_dir)) == 1
    later = start + data_safety_module.SESSION_BACKUP_INTERVAL + datetime.timedelta(minutes=1)
    assert safety.routine(now=later) == ()
    assert len(list_backups(services.paths.backups_dir)) == 1  # nothing changed since
    services.user_store.save(make("Ituri"))
    soon = start + datetime.timedelta(minutes=5)
    safety.routine(now=soon)
    assert len(list_backups(services.paths.backups_dir)) == 1  # changed, but too soon
    safety.routine(now=later)
    assert len(list_backups(services.paths.backups_dir)) == 2
    services.close()


@pytest.mark.parametrize("position", [-1, KEEP_AT_LEAST // 2])
def test_f3_restoring_any_backup_keeps_it(services: Services, position: int) -> None:
    store = services.user_store
    store.save(make("Original"))
    for number in range(KEEP_AT_LEAST):
        services.data_safety.backup()
        store.save(make(f"Later {number}"))
    chosen = services.data_safety.backups()[position]
    restored, moved = services.data_safety.restore(chosen.path.name)
    assert restored.path.exists()
    assert moved is not None and moved.exists()
    assert "Original" in names(services)
    assert chosen.path in {b.path for b in services.data_safety.backups()}
    services.close()


def test_f14_a_newer_backup_is_refused_and_the_data_file_is_untouched(services: Services) -> None:
    services.user_store.save(make("Kasai"))
    backup = services.data_safety.backup()
    newer = sqlite3.connect(backup.path)
    newer.execute(f"PRAGMA user_version = {LATEST_USER_SCHEMA + 1}")
    newer.commit()
    newer.close()
    before = digest(services.paths.user_database)
    count = len(services.data_safety.backups())
    with pytest.raises(UserDataError, match="newer PIM Desk"):
        services.data_safety.restore(backup.path.name)
    assert digest(services.paths.user_database) == before
    assert len(services.data_safety.backups()) == count  # not even a before-restore backup
    assert names(services) == ["Kasai"]
    listed = services.data_safety.listed_backups()
    assert listed[0].flag.startswith("CANNOT BE RESTORED: written by a newer PIM Desk")
    services.close()


@pytest.mark.parametrize("state", ["newer", "garbage", "folder"])
def test_restore_works_whatever_state_the_data_file_is_in(services: Services, state: str) -> None:
    services.user_store.save(make("Kasai"))
    services.data_safety.backup()
    path = services.paths.user_database
    services.close()
    if state == "newer":
        connection = sqlite3.connect(path)
        connection.execute(f"PRAGMA user_version = {LATEST_USER_SCHEMA + 1}")
        connection.commit()
        connection.close()
    elif state == "garbage":
        path.write_bytes(b"\x00garbage" * 1000)
    else:
        path.unlink()
        path.mkdir()
    fresh = Services(services.paths)
    assert len(fresh.data_safety.listed_backups()) == 1  # listing never opens the file
    fresh.data_safety.restore()
    assert names(fresh) == ["Kasai"]
    fresh.close()


def test_a_check_of_a_busy_file_says_so_and_is_not_damage(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.user_store.save(make("Kasai"))

    def locked(path: Path, quick: bool = True, interruptible: object = None) -> list[str]:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(data_safety_module, "integrity_problems", locked)
    check = services.data_safety.check()
    assert not check.healthy and check.problems == () and "is busy" in check.unreadable
    assert "not checked" in check.summary() and "DAMAGED" not in check.summary()
    assert names(services) == ["Kasai"]
    services.close()


def test_a_damaged_backup_is_flagged_in_the_list(services: Services) -> None:
    services.user_store.save(make("Kasai"))
    good = take_backup(services.paths.user_database, services.paths.backups_dir, "daily")
    bad = services.data_safety.backup()
    bad.path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    listed = {item.backup.path: item for item in services.data_safety.listed_backups()}
    assert listed[good.path].flag == ""
    assert listed[bad.path].flag.startswith("DAMAGED")
    services.close()
