"""Busy is not damaged (F1), damage quick_check misses (F2), backups that are kept (F3, F11,
F14), full and read-only disks (F5, F6) and a foreign WAL (F10), each with its variants."""

from __future__ import annotations

import datetime
import errno
import shutil
import sqlite3
from pathlib import Path

import pytest

from pimdesk.domain.errors import UserDataError
from pimdesk.store import backups as backups_module
from pimdesk.store import sqlite_tools, userdata_open
from pimdesk.store.backups import (
    KEEP_AT_LEAST,
    list_backups,
    needs_automatic_backup,
    newest_good_backup,
    restore_backup,
    rotate,
    take_backup,
)
from pimdesk.store.repair import rebuild, repair
from pimdesk.store.sqlite_tools import error_kind, integrity_problems
from tests.store.damage_tools import (
    add_dangling_key,
    digest,
    held_exclusively,
    write_in_index_page,
    zero_table_leaf,
)
from tests.store.userdata_helpers import contents, make, open_in

NAME = "pimdesk-user.sqlite"


def saved(folder: Path, *names: str) -> dict:  # type: ignore[type-arg]
    store = open_in(folder).store
    for name in names:
        store.save(make(name, notes=f"notes on {name}"))
    found = contents(store)
    store.close()
    return found


def set_aside_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".damaged-" in p.name)


# ---------------------------------------------------------------------------------- error kinds
def real_full_error(tmp_path: Path) -> sqlite3.Error:
    connection = sqlite3.connect(tmp_path / "small.sqlite")
    connection.execute("CREATE TABLE t (x)")
    connection.execute("PRAGMA max_page_count = 2")
    try:
        connection.execute("INSERT INTO t VALUES (zeroblob(100000))")
    except sqlite3.Error as error:
        return error
    finally:
        connection.close()
    raise AssertionError("max_page_count did not fill the database")


def test_sqlite_errors_are_sorted_into_kinds(tmp_path: Path) -> None:
    assert error_kind(real_full_error(tmp_path)) == "full"
    (tmp_path / "text.sqlite").write_bytes(b"x" * 4096)
    with pytest.raises(sqlite3.DatabaseError) as not_a_database:
        sqlite3.connect(tmp_path / "text.sqlite").execute("SELECT * FROM sqlite_master")
    assert error_kind(not_a_database.value) == "corrupt"
    with pytest.raises(sqlite3.OperationalError) as cannot_open:
        sqlite3.connect(tmp_path / "no" / "such" / "folder.sqlite")
    assert error_kind(cannot_open.value) == "cannot open"
    assert error_kind(sqlite3.OperationalError("database is locked")) == "locked"
    assert error_kind(sqlite3.OperationalError("attempt to write a readonly database")) == (
        "read-only"
    )
    assert error_kind(sqlite3.OperationalError("disk I/O error")) == "input/output"
    for number, kind in [
        (errno.ENOSPC, "full"),
        (errno.EROFS, "read-only"),
        (errno.EACCES, "denied"),
        (errno.EIO, "input/output"),
    ]:
        assert error_kind(OSError(number, "x")) == kind
    assert error_kind(ValueError("a bug")) is None
    assert error_kind(sqlite3.ProgrammingError("a bug")) is None


def test_a_locked_database_is_busy_not_damaged(tmp_path: Path) -> None:
    error_of_a_lock = None
    saved(tmp_path, "Kasai")
    with held_exclusively(tmp_path / NAME):
        try:
            integrity_problems(tmp_path / NAME)
        except sqlite3.Error as error:
            error_of_a_lock = error
    assert error_of_a_lock is not None and error_kind(error_of_a_lock) == "locked"


# ---------------------------------------------------------------------------------- F1
def test_f1_a_database_locked_at_start_is_left_alone_with_a_bounded_wait(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlite_tools, "BUSY_TIMEOUT_MS", 300)
    expected = saved(tmp_path, "Kasai", "Ituri")
    take_backup(tmp_path / NAME, tmp_path / "backups", "daily")
    store = open_in(tmp_path).store
    store.save(make("After the backup"))
    store.close()
    before = digest(tmp_path / NAME)
    with held_exclusively(tmp_path / NAME), pytest.raises(UserDataError, match="is busy"):
        open_in(tmp_path)
    assert digest(tmp_path / NAME) == before
    assert set_aside_files(tmp_path) == []
    opened = open_in(tmp_path)
    assert set(contents(opened.store)) == {*expected, "After the backup"}
    assert opened.notices == ()


@pytest.mark.parametrize(
    "error",
    [
        sqlite3.OperationalError("database is locked"),
        sqlite3.OperationalError("unable to open database file"),
        sqlite3.OperationalError("disk I/O error"),
        OSError(errno.EIO, "Input/output error"),
        OSError(errno.EACCES, "Permission denied"),
    ],
    ids=["locked", "cannot-open", "sqlite-io", "os-io", "denied"],
)
def test_f1_no_passing_trouble_ever_sets_the_file_aside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: BaseException
) -> None:
    expected = saved(tmp_path, "Kasai")
    take_backup(tmp_path / NAME, tmp_path / "backups", "daily")

    def failing(path: Path, quick: bool = True) -> list[str]:
        raise error

    monkeypatch.setattr(userdata_open, "integrity_problems", failing)
    try:
        opened = open_in(tmp_path)
    except UserDataError as refused:
        assert "damaged" not in refused.message
    else:  # read-only from a private copy: everything is there, nothing was replaced
        assert contents(opened.store) == expected
        opened.store.close()
    assert set_aside_files(tmp_path) == []
    monkeypatch.undo()
    assert contents(open_in(tmp_path).store) == expected


# ---------------------------------------------------------------------------------- F2
def test_f2_index_damage_passes_quick_check_and_is_repaired_by_reindex(tmp_path: Path) -> None:
    expected = saved(tmp_path, "Precious", "Second")
    write_in_index_page(tmp_path / NAME, "selections_live_names", b"precious", b"qrecious")
    assert integrity_problems(tmp_path / NAME, quick=True) == []
    problems = integrity_problems(tmp_path / NAME, quick=False)
    assert problems and "selections_live_names" in problems[0]
    opened = open_in(tmp_path)  # opening is not blocked
    assert contents(opened.store) == expected
    opened.store.close()
    notice = repair(tmp_path / NAME, tmp_path / "backups", problems)
    assert "damaged index" in notice and "nothing was lost" in notice
    assert integrity_problems(tmp_path / NAME, quick=False) == []
    assert contents(open_in(tmp_path).store) == expected
    assert set_aside_files(tmp_path) == []


def test_f2_a_dangling_foreign_key_is_rebuilt_away_keeping_every_selection(
    tmp_path: Path,
) -> None:
    expected = saved(tmp_path, "Kasai", "Ituri")
    add_dangling_key(tmp_path / NAME)
    assert integrity_problems(tmp_path / NAME, quick=True) == []
    problems = integrity_problems(tmp_path / NAME, quick=False)
    assert problems and problems[0].startswith("foreign key")
    notice = repair(tmp_path / NAME, tmp_path / "backups", problems)
    assert "rebuilt table by table" in notice and "1 row(s) that belonged to nothing" in notice
    assert integrity_problems(tmp_path / NAME, quick=False) == []
    assert contents(open_in(tmp_path).store) == expected
    aside = [p for p in set_aside_files(tmp_path) if not p.endswith(("-wal", "-shm"))]
    assert len(aside) == 1 and aside[0] in notice
    kept = sqlite3.connect(tmp_path / aside[0])  # the orphan is still in the file set aside
    assert kept.execute("SELECT count(*) FROM selection_systems").fetchone()[0] == 1
    kept.close()


def test_f2_a_damaged_table_page_keeps_every_readable_row(tmp_path: Path) -> None:
    expected = saved(tmp_path, "Kasai", "Ituri", "Tanganyika")
    store = open_in(tmp_path).store
    for number in range(400):
        store.record_visit("term", f"term-{number}", f"A long enough title {number} " * 3)
    store.close()
    zero_table_leaf(tmp_path / NAME, "history")
    problems = integrity_problems(tmp_path / NAME, quick=False)
    assert problems
    rebuilt = rebuild(tmp_path / NAME)
    assert rebuilt is not None
    fresh, complete, _orphans = rebuilt
    assert not complete
    copy = sqlite3.connect(fresh)
    visits = copy.execute("SELECT count(*) FROM history").fetchone()[0]
    copy.close()
    assert 0 < visits < 400  # the rows on either side of the damaged page are kept
    fresh.unlink()
    notice = repair(tmp_path / NAME, tmp_path / "backups", problems)
    assert "could not be read, all others were kept" in notice
    assert contents(open_in(tmp_path).store) == expected


def test_f2_when_no_rebuild_is_sound_the_newest_good_backup_is_restored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = saved(tmp_path, "Kasai")
    take_backup(tmp_path / NAME, tmp_path / "backups", "daily")
    saved(tmp_path, "After the backup")
    add_dangling_key(tmp_path / NAME)
    monkeypatch.setattr("pimdesk.store.repair.rebuild", lambda path: None)
    notice = repair(tmp_path / NAME, tmp_path / "backups", ["foreign key"])
    assert "restored from the backup of" in notice
    assert contents(open_in(tmp_path).store) == expected
    assert set_aside_files(tmp_path)


# ---------------------------------------------------------------------------------- F3, F11, F14
def twelve_backups(folder: Path) -> list[Path]:
    store = open_in(folder).store
    store.save(make("Original"))
    taken = []
    for number in range(KEEP_AT_LEAST):
        taken.append(take_backup(store.connection, folder / "backups", "manual").path)
        store.save(make(f"Later {number}"))
    store.close()
    return taken


def test_rotation_never_deletes_the_new_backup_nor_a_protected_one(tmp_path: Path) -> None:
    taken = twelve_backups(tmp_path)
    oldest = taken[0]
    newest = take_backup(tmp_path / NAME, tmp_path / "backups", "manual", keep_also={oldest})
    assert oldest.exists() and newest.path.exists()
    assert len(list_backups(tmp_path / "backups")) == KEEP_AT_LEAST + 1
    assert rotate(tmp_path / "backups", keep=1, protect={oldest}) != []
    assert {b.path for b in list_backups(tmp_path / "backups")} == {oldest, newest.path}


@pytest.mark.parametrize("back", [datetime.timedelta(hours=2), datetime.timedelta(days=400)])
def test_f11_a_clock_set_back_neither_deletes_the_new_backup_nor_stops_backups(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, back: datetime.timedelta
) -> None:
    twelve_backups(tmp_path)
    past = datetime.datetime.now(datetime.timezone.utc) - back
    monkeypatch.setattr(backups_module, "utc_now", lambda: past)
    backup = take_backup(tmp_path / NAME, tmp_path / "backups", "manual")
    assert backup.path.exists()
    assert list_backups(tmp_path / "backups")[0].path == backup.path
    # the next day by the (wrong) clock, a backup is due again
    assert needs_automatic_backup(tmp_path / "backups", now=past + datetime.timedelta(days=1))
    later = take_backup(tmp_path / NAME, tmp_path / "backups", "before-restore")
    assert later.path.exists() and backup.path.exists()


def test_f11_a_newest_backup_far_in_the_future_makes_a_backup_due(tmp_path: Path) -> None:
    saved(tmp_path, "Kasai")
    backup = take_backup(tmp_path / NAME, tmp_path / "backups", "daily")
    now = backup.taken - datetime.timedelta(days=30)  # the clock went back a month
    assert needs_automatic_backup(tmp_path / "backups", now=now)
    assert not needs_automatic_backup(tmp_path / "backups", now=backup.taken)


def test_f14_a_backup_from_a_newer_pim_desk_is_refused_before_anything_moves(
    tmp_path: Path,
) -> None:
    saved(tmp_path, "Kasai")
    backup = take_backup(tmp_path / NAME, tmp_path / "backups", "manual").path
    newer = sqlite3.connect(backup)
    newer.execute("PRAGMA user_version = 99")
    newer.commit()
    newer.close()
    before = digest(tmp_path / NAME)
    with pytest.raises(UserDataError, match=r"newer PIM Desk.*left as it was"):
        restore_backup(backup, tmp_path / NAME)
    assert digest(tmp_path / NAME) == before
    assert not [p for p in tmp_path.iterdir() if ".replaced-" in p.name]
    assert newest_good_backup(tmp_path / "backups") is None  # recovery skips it too


# ---------------------------------------------------------------------------------- F5
def litter(folder: Path) -> list[str]:
    return sorted(
        p.name
        for p in folder.rglob("*")
        if p.name.endswith((".partial", "-journal", ".restoring", ".rebuilding"))
        or ".partial-" in p.name
    )


def fail_with(number: int):  # type: ignore[no-untyped-def]
    def failing(*args: object, **kwargs: object) -> None:
        raise OSError(number, "made to fail")

    return failing


@pytest.mark.parametrize("step", ["copy", "fsync", "check", "rename", "sqlite-full"])
def test_f5_a_backup_on_a_full_disk_is_one_sentence_and_leaves_no_litter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    saved(tmp_path, "Kasai")
    first = take_backup(tmp_path / NAME, tmp_path / "backups", "daily")
    real_copy = backups_module._copy_online

    def copy_then_fail(source: object, target: Path) -> None:
        real_copy(source, target)  # type: ignore[arg-type]
        target.with_name(target.name + "-journal").write_bytes(b"half a journal")
        raise OSError(errno.ENOSPC, "No space left on device")

    def sqlite_full(source: object, target: Path) -> None:
        target.write_bytes(b"")
        raise real_full_error(tmp_path)

    patches = {
        "copy": ("_copy_online", copy_then_fail),
        "fsync": ("os.fsync", fail_with(errno.ENOSPC)),
        "check": ("integrity_problems", fail_with(errno.ENOSPC)),
        "rename": ("Path.replace", fail_with(errno.ENOSPC)),
        "sqlite-full": ("_copy_online", sqlite_full),
    }
    name, fake = patches[step]
    if name == "os.fsync":
        monkeypatch.setattr(backups_module.os, "fsync", fake)
    elif name == "Path.replace":
        monkeypatch.setattr(Path, "replace", fake)
    else:
        monkeypatch.setattr(backups_module, name, fake)
    with pytest.raises(UserDataError, match="is full"):
        take_backup(tmp_path / NAME, tmp_path / "backups", "manual")
    monkeypatch.undo()
    assert litter(tmp_path) == []
    assert [b.path for b in list_backups(tmp_path / "backups")] == [first.path]


def test_f5_partial_files_a_killed_backup_left_are_cleared(tmp_path: Path) -> None:
    saved(tmp_path, "Kasai")
    folder = tmp_path / "backups"
    folder.mkdir()
    old = folder / ".pimdesk-user-000003-20260101-000000-000000-daily.sqlite.partial-journal"
    old.write_bytes(b"left by a killed run")
    young = folder / ".pimdesk-user-000004-20260101-000000-000000-daily.sqlite.partial"
    young.write_bytes(b"another window's backup being written")
    import os

    os.utime(old, (0, 0))
    take_backup(tmp_path / NAME, folder, "manual")
    assert not old.exists() and young.exists()


@pytest.mark.parametrize("step", ["copyfile", "fsync", "set-aside", "replace"])
def test_f5_a_restore_on_a_full_disk_is_one_sentence_and_keeps_the_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    saved(tmp_path, "In the backup")
    backup = take_backup(tmp_path / NAME, tmp_path / "backups", "manual").path
    expected = saved(tmp_path, "After")
    target = {
        "copyfile": (backups_module.shutil, "copyfile"),
        "fsync": (backups_module.os, "fsync"),
        "set-aside": (backups_module, "set_aside"),
        "replace": (Path, "replace"),
    }[step]
    monkeypatch.setattr(*target, fail_with(errno.ENOSPC))
    monkeypatch.setattr(backups_module, "check_restorable", lambda path: None)  # checked below
    with pytest.raises(UserDataError, match="is full"):
        restore_backup(backup, tmp_path / NAME)
    monkeypatch.undo()
    assert litter(tmp_path) == []
    assert contents(open_in(tmp_path).store) == expected


def test_f5_a_real_sqlite_full_on_save_keeps_the_data(tmp_path: Path) -> None:
    expected = saved(tmp_path, "Kasai")
    store = open_in(tmp_path).store
    pages = store.connection.execute("PRAGMA page_count").fetchone()[0]
    store.connection.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(UserDataError, match="is full"):
        store.save(make("Too much", notes="x" * 19_000))
    assert contents(store) == expected
    store.close()


# ---------------------------------------------------------------------------------- F6
@pytest.mark.parametrize(
    "error",
    [
        OSError(errno.EROFS, "Read-only file system"),
        OSError(errno.EACCES, "Permission denied"),
        OSError(errno.ENOSPC, "No space left on device"),
        sqlite3.OperationalError("attempt to write a readonly database"),
        sqlite3.OperationalError("unable to open database file"),
    ],
    ids=["erofs", "eacces", "enospc", "sqlite-readonly", "sqlite-cantopen"],
)
def test_f6_data_that_cannot_be_written_is_read_only_said_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: BaseException
) -> None:
    expected = saved(tmp_path, "Kasai", "Ituri")

    def refuse(path: Path) -> sqlite3.Connection:
        raise error

    monkeypatch.setattr(userdata_open, "connect", refuse)
    opened = open_in(tmp_path)
    assert contents(opened.store) == expected
    assert len(opened.notices) == 1 and "read-only" in opened.notices[0]
    with pytest.raises(UserDataError, match="Nothing can be saved"):
        opened.store.save(make("New"))
    with pytest.raises(UserDataError, match="Nothing can be saved"):
        opened.store.set_bookmark("term", "x", "X", True)
    opened.store.close()
    monkeypatch.undo()
    assert contents(open_in(tmp_path).store) == expected


def test_f6_an_older_file_on_a_read_only_disk_is_upgraded_in_the_copy_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fixture = Path(__file__).parents[1] / "fixtures" / "userdata"
    older = sorted(fixture.glob("*v1*.sqlite"))
    if not older:
        pytest.skip("no version-1 fixture database")
    shutil.copy(older[0], tmp_path / NAME)
    before = digest(tmp_path / NAME)

    def refuse(path: Path) -> sqlite3.Connection:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(userdata_open, "connect", refuse)
    opened = open_in(tmp_path)
    assert opened.store.list_selections()
    opened.store.close()
    assert digest(tmp_path / NAME) == before


# ---------------------------------------------------------------------------------- F10
def crashed_wal(folder: Path, *names: str) -> Path:
    """A copy of the `-wal` of a database that was killed after saving `names`."""
    return crashed(folder, *names)[1]


def crashed(folder: Path, *names: str) -> tuple[Path, Path]:
    """Copies of the file and the `-wal` of a database killed after saving `names` (the saves
    are in the WAL only)."""
    store = open_in(folder).store
    store.connection.execute("PRAGMA wal_autocheckpoint = 0")
    store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for name in names:
        store.save(make(name))
    database = folder.parent / f"{folder.name}-crashed.sqlite"
    wal = folder.parent / f"{folder.name}-crashed-wal"
    shutil.copy(folder / NAME, database)
    shutil.copy(folder / f"{NAME}-wal", wal)
    store.close()
    return database, wal


def put_crash_in_place(folder: Path, database: Path, wal: Path) -> None:
    shutil.copy(database, folder / NAME)
    shutil.copy(wal, folder / f"{NAME}-wal")
    (folder / f"{NAME}-shm").unlink(missing_ok=True)


def test_f10_a_wal_from_another_database_is_set_aside_before_it_is_replayed(
    tmp_path: Path,
) -> None:
    mine, other = tmp_path / "mine", tmp_path / "other"
    mine.mkdir()
    other.mkdir()
    expected = saved(mine, "Kasai", "Ituri", "Tanganyika")
    foreign = crashed_wal(other, *[f"Other {n}" for n in range(39)])
    shutil.copy(foreign, mine / f"{NAME}-wal")
    opened = open_in(mine)
    assert contents(opened.store) == expected
    assert len(opened.notices) == 1 and "did not belong to your data file" in opened.notices[0]
    kept = [p.name for p in mine.iterdir() if ".foreign-" in p.name]
    assert any(name.endswith("-wal") for name in kept)  # set aside, never deleted


def test_f10_a_wal_with_another_page_size_is_set_aside(tmp_path: Path) -> None:
    mine, other = tmp_path / "mine", tmp_path / "other"
    mine.mkdir()
    other.mkdir()
    expected = saved(mine, "Kasai")
    connection = sqlite3.connect(other / "x.sqlite")
    connection.execute("PRAGMA page_size = 1024")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA wal_autocheckpoint = 0")
    connection.execute("CREATE TABLE t (x)")
    connection.execute("INSERT INTO t VALUES (1)")
    connection.commit()
    shutil.copy(other / "x.sqlite-wal", mine / f"{NAME}-wal")
    connection.close()
    opened = open_in(mine)
    assert contents(opened.store) == expected
    assert "page size" in opened.notices[0]


def contents_of_file_alone(path: Path) -> set[str]:
    """The names in a database file without its WAL (read from a copy)."""
    copy = path.with_name("alone.sqlite")
    shutil.copy(path, copy)
    connection = sqlite3.connect(copy)
    names = {row[0] for row in connection.execute("SELECT name FROM selections")}
    connection.close()
    copy.unlink()
    return names


def test_f10_the_databases_own_wal_after_a_crash_is_replayed(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    saved(data, "Before")
    put_crash_in_place(data, *crashed(data, "Saved just before the kill"))
    assert "Saved just before the kill" not in contents_of_file_alone(data / NAME)
    opened = open_in(data)
    assert opened.notices == ()
    assert "Saved just before the kill" in contents(opened.store)


def test_f10_the_wal_of_an_open_store_of_the_same_file_is_kept(tmp_path: Path) -> None:
    saved(tmp_path, "Kasai")
    live = open_in(tmp_path).store  # still open, its saves in the WAL only
    live.connection.execute("PRAGMA wal_autocheckpoint = 0")
    live.save(make("Live"))
    opened = open_in(tmp_path)
    assert opened.notices == ()
    assert {"Kasai", "Live"} <= set(contents(opened.store))
    assert not [p for p in tmp_path.iterdir() if ".foreign-" in p.name]
    live.close()


# ---------------------------------------------------------------------------------- a real disk
def test_f6_a_real_read_only_file_system_is_read_only_mode(read_only_mount) -> None:  # type: ignore[no-untyped-def]
    mount, remount = read_only_mount
    data = mount / "data"
    data.mkdir()
    expected = saved(data, "Kasai", "Ituri")
    remount("ro")
    opened = open_in(data)
    assert contents(opened.store) == expected
    assert opened.notices and "its disk is read-only" in opened.notices[0]
    with pytest.raises(UserDataError, match="Nothing can be saved"):
        opened.store.save(make("New"))
    opened.store.close()
    with pytest.raises(UserDataError, match="read-only"):
        take_backup(data / NAME, data / "backups", "manual")


def test_f6_a_crash_then_a_read_only_disk_still_shows_the_last_saves(read_only_mount) -> None:  # type: ignore[no-untyped-def]
    mount, remount = read_only_mount
    data = mount / "data"
    data.mkdir()
    saved(data, "Before")
    put_crash_in_place(data, *crashed(data, "Saved just before the crash"))  # a WAL, no -shm
    remount("ro")
    opened = open_in(data)
    assert "Saved just before the crash" in contents(opened.store)
    opened.store.close()


HOLDER = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
if sys.argv[2] == "exclusive":
    connection.execute("PRAGMA locking_mode = EXCLUSIVE")
connection.execute("PRAGMA wal_autocheckpoint = 0")
connection.execute("BEGIN IMMEDIATE")
connection.execute("INSERT INTO preferences VALUES ('held', 'yes')")
connection.execute("COMMIT")
print("ready", flush=True)
sys.stdin.read()
"""


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="locks are asked about on POSIX")
@pytest.mark.parametrize("mode", ["normal", "exclusive"])
def test_f10_a_database_another_process_has_open_is_in_use(tmp_path: Path, mode: str) -> None:
    import subprocess
    import sys

    from pimdesk.store.wal_guard import in_use

    saved(tmp_path, "Kasai")
    assert not in_use(tmp_path / NAME)
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(tmp_path / NAME), mode],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        assert in_use(tmp_path / NAME)
        if mode == "normal":  # its live WAL is read, never set aside
            opened = open_in(tmp_path)
            assert opened.store.preference("held") == "yes"
            assert not [p for p in tmp_path.iterdir() if ".foreign-" in p.name]
            opened.store.close()
        holder.communicate("", timeout=10)  # closes its stdin: it ends
    assert not in_use(tmp_path / NAME)


def test_f5_an_upgrade_whose_backup_finds_the_disk_full_opens_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    older = Path(__file__).parents[1] / "fixtures" / "userdata" / "v1.sqlite"
    shutil.copy(older, tmp_path / NAME)
    monkeypatch.setattr(backups_module, "_copy_online", fail_with(errno.ENOSPC))
    opened = open_in(tmp_path)
    assert opened.store.list_selections()  # upgraded in the private copy
    assert len(opened.notices) == 1 and "its disk is full" in opened.notices[0]
    opened.store.close()
    on_disk = sqlite3.connect(tmp_path / NAME)
    assert on_disk.execute("PRAGMA user_version").fetchone()[0] == 1  # not upgraded unbacked
    on_disk.close()
    assert litter(tmp_path) == []
