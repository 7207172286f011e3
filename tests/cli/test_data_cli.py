"""`pimdesk db ...` and the reading commands whatever state the data is in: busy, damaged in a
way quick_check misses, on a full or read-only disk."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from pimdesk.app import main
from pimdesk.store import backups as backups_module
from pimdesk.store import sqlite_tools, userdata_open
from tests.services.test_data_safety import age_backups
from tests.store.damage_tools import digest, held_exclusively, write_in_index_page


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def new(capsys: pytest.CaptureFixture[str], data: Path, name: str) -> None:
    assert run(capsys, data, "selection", "new", name, "--scenario", "protracted_emergency")[0] == 0


def test_f2_hidden_damage_never_locks_the_user_out(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    new(capsys, data, "Precious")
    new(capsys, data, "Second")
    write_in_index_page(
        data / "pimdesk-user.sqlite", "selections_live_names", b"precious", b"qrecious"
    )
    age_backups(data / "backups")  # the next day: the daily backup is due
    code, out, err = run(capsys, data, "selection", "list")
    assert code == 0 and "Precious" in out and err == ""
    code, out, _ = run(capsys, data, "db", "backup", "--list")
    assert code == 0 and out.count("pimdesk-user-") == 1
    # (a name found through the damaged index itself is missed until the repair)
    code, out, _ = run(capsys, data, "selection", "export", "Second", str(tmp_path / "s.pimsel"))
    assert code == 0
    code, out, _ = run(capsys, data, "db", "check")
    assert code == 0
    assert "damaged index" in out and "nothing was lost" in out and "is sound" in out
    code, out, _ = run(capsys, data, "db", "restore")
    assert code == 0 and out.startswith("Restored your data")


def test_f2_a_write_on_backup_day_repairs_and_backs_up(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    new(capsys, data, "Precious")
    write_in_index_page(
        data / "pimdesk-user.sqlite", "selections_live_names", b"precious", b"qrecious"
    )
    age_backups(data / "backups")
    code, _, err = run(
        capsys, data, "selection", "new", "Third", "--scenario", "protracted_emergency"
    )
    assert code == 0
    assert "pimdesk: note: Your data file had a damaged index" in err
    assert len(list((data / "backups").glob("pimdesk-user-*daily.sqlite"))) == 2


def test_f1_a_busy_file_is_one_line_and_left_alone(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlite_tools, "BUSY_TIMEOUT_MS", 300)
    data = tmp_path / "data"
    new(capsys, data, "Kasai")
    path = data / "pimdesk-user.sqlite"
    before = digest(path)
    with held_exclusively(path):
        code, out, err = run(capsys, data, "selection", "list")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "is busy" in err and "Traceback" not in err
    assert digest(path) == before
    assert not [p for p in data.iterdir() if ".damaged-" in p.name]
    assert "Kasai" in run(capsys, data, "selection", "list")[1]


@pytest.mark.parametrize("command", [("db", "backup"), ("db", "restore")])
def test_f5_backup_and_restore_on_a_full_disk_are_one_line(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    command: tuple[str, ...],
) -> None:
    data = tmp_path / "data"
    new(capsys, data, "Kasai")

    def full(*args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    def no_space(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backups_module, "_copy_online", full)
    monkeypatch.setattr(backups_module.shutil, "copyfile", no_space)
    code, _, err = run(capsys, data, *command)
    assert code == 1
    assert err.startswith("pimdesk: ") and "is full" in err and "Traceback" not in err
    assert not [p for p in data.rglob("*") if ".partial" in p.name or ".restoring" in p.name]
    monkeypatch.undo()
    assert "Kasai" in run(capsys, data, "selection", "list")[1]


def test_f6_a_read_only_data_folder_reads_and_says_so_once(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    new(capsys, data, "Kasai")

    def read_only(path: Path) -> sqlite3.Connection:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(userdata_open, "connect", read_only)
    code, out, err = run(capsys, data, "selection", "list")
    assert code == 0 and "Kasai" in out
    assert err.count("\n") == 1 and err.startswith("pimdesk: note: ") and "read-only" in err
    code, out, err = run(
        capsys, data, "selection", "new", "New", "--scenario", "protracted_emergency"
    )
    assert code == 1 and "Nothing can be saved" in err and "Traceback" not in err
    code, out, _ = run(capsys, data, "db", "check")
    assert code == 0 and "Nothing can be saved" in out
