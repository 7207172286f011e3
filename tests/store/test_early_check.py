"""The quick check started early on its own thread: damage still found before the first write,
its answer used only when it still stands for the file, and a check that can be stopped."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from pimdesk.store import early_check, sqlite_tools, userdata_open
from pimdesk.store.early_check import EarlyCheck
from pimdesk.store.sqlite_tools import CheckInterrupted, Interruptible, integrity_problems
from pimdesk.store.userdata_open import open_user_data
from tests.store.test_userdata_recovery import damage, saved_with_backup
from tests.store.userdata_helpers import contents, make, open_in

# A statement that runs until it is interrupted: it stands for the check of a huge file.
ENDLESS = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n"


def open_early(folder: Path, early: EarlyCheck) -> userdata_open.OpenedUserData:
    return open_user_data(folder / "pimdesk-user.sqlite", folder / "backups", early)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sound_file(folder: Path) -> Path:
    store = open_in(folder).store
    store.save(make("Kasai"))
    store.close()  # the last connection leaves no -wal
    path = folder / "pimdesk-user.sqlite"
    assert not path.with_name(path.name + "-wal").exists()
    return path


@pytest.mark.parametrize("how", ["truncated", "overwritten", "empty", "directory", "garbage"])
def test_damage_found_by_the_early_check_is_set_aside_and_the_backup_restored(
    tmp_path: Path, how: str
) -> None:
    expected, path = saved_with_backup(tmp_path)
    damage(path, how)
    opened = open_early(tmp_path, EarlyCheck(path).start())
    assert contents(opened.store) == expected
    assert len(opened.notices) == 1 and opened.notices[0].startswith("Your data file was damaged")
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("pimdesk-user.sqlite.damaged-")
             and not p.name.endswith(("-wal", "-shm"))]  # fmt: skip
    assert len(aside) == 1 and aside[0].name in opened.notices[0]
    opened.store.close()


def test_the_early_answer_takes_the_check_off_the_opening(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = sound_file(tmp_path)
    early = EarlyCheck(path).start()
    early._thread.join()  # the check ended while the window was being built

    def not_again(_path: Path, quick: bool = True) -> list[str]:
        raise AssertionError("the file was checked twice")

    monkeypatch.setattr(userdata_open, "integrity_problems", not_again)
    opened = open_early(tmp_path, early)
    assert [s.name for s in opened.store.list_selections()] == ["Kasai"]
    opened.store.close()


def test_a_file_changed_after_the_early_check_is_checked_again(tmp_path: Path) -> None:
    expected, path = saved_with_backup(tmp_path)
    early = EarlyCheck(path).start()
    early._thread.join()
    damage(path, "overwritten")  # after a sound answer: that answer no longer stands
    opened = open_early(tmp_path, early)
    assert contents(opened.store) == expected
    assert opened.notices[0].startswith("Your data file was damaged")
    opened.store.close()


def test_a_file_with_a_wal_is_left_to_the_wal_guard_and_checked_at_opening(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_in(tmp_path).store
    store.save(make("Kasai"))  # the store stays open: its -wal is beside the file
    path = tmp_path / "pimdesk-user.sqlite"
    checked: list[Path] = []
    monkeypatch.setattr(early_check, "integrity_problems", lambda p, **_: checked.append(p) or [])
    early = EarlyCheck(path).start()
    assert early.problems_for(path) is None and checked == []
    store.close()


def test_nothing_is_written_before_the_early_check_passed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = sound_file(tmp_path)
    before = digest(path)
    running, release = threading.Event(), threading.Event()
    real = early_check.integrity_problems

    def slow(checked: Path, **options: object) -> list[str]:
        running.set()
        release.wait(10)
        return real(checked, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(early_check, "integrity_problems", slow)
    early = EarlyCheck(path).start()
    assert running.wait(10)
    opened: list[userdata_open.OpenedUserData] = []
    opening = threading.Thread(target=lambda: opened.append(open_early(tmp_path, early)))
    opening.start()
    time.sleep(0.3)  # the opening waits for the check: no connection, no write, no -wal
    assert opening.is_alive() and not opened
    assert digest(path) == before and not path.with_name(path.name + "-wal").exists()
    release.set()
    opening.join(10)
    assert [s.name for s in opened[0].store.list_selections()] == ["Kasai"]
    opened[0].store.close()


def test_a_stopped_check_ends_at_once_and_proves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = sound_file(tmp_path)
    monkeypatch.setattr(
        sqlite_tools, "_check", lambda connection, quick: connection.execute(ENDLESS).fetchall()
    )
    interruptible = Interruptible()
    outcome: list[BaseException] = []

    def check() -> None:
        try:
            integrity_problems(path, quick=False, interruptible=interruptible)
        except BaseException as error:  # what the thread ended with
            outcome.append(error)

    thread = threading.Thread(target=check)
    thread.start()
    time.sleep(0.2)
    assert thread.is_alive()
    stopped_at = time.perf_counter()
    interruptible.interrupt()
    thread.join(5)
    assert not thread.is_alive() and time.perf_counter() - stopped_at < 2
    assert len(outcome) == 1 and isinstance(outcome[0], CheckInterrupted)
    with pytest.raises(CheckInterrupted):  # and a check started after it stops at once
        integrity_problems(path, quick=False, interruptible=interruptible)
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_an_early_check_cancelled_at_exit_leaves_the_opening_to_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = sound_file(tmp_path)
    monkeypatch.setattr(
        sqlite_tools, "_check", lambda connection, quick: connection.execute(ENDLESS).fetchall()
    )
    early = EarlyCheck(path).start()
    time.sleep(0.2)
    started = time.perf_counter()
    early.cancel()
    assert time.perf_counter() - started < 2
    assert early.problems_for(path) is None
