"""The package's compressed reference database: unpacked once per user, never in the install
folder, and still readable when the data folder cannot be written."""

from __future__ import annotations

import lzma
import os
import sqlite3
from pathlib import Path

import pytest

from pimdesk.store.packed_reference import pack, packed_path, usable_reference


def a_database(folder: Path) -> Path:
    database = folder / "install" / "db" / "pimdesk-reference.sqlite"
    database.parent.mkdir(parents=True)
    with sqlite3.connect(database) as connection:
        connection.execute("CREATE TABLE words (word TEXT)")
        connection.executemany("INSERT INTO words VALUES (?)", [(f"w{n}",) for n in range(500)])
    connection.close()
    return database


def packed_only(tmp_path: Path) -> tuple[Path, bytes]:
    """An install folder that carries only the packed copy, as the package does."""
    database = a_database(tmp_path)
    original = database.read_bytes()
    pack(database, packed_path(database))
    database.unlink()
    return database, original


def test_a_checkout_reads_its_database_itself(tmp_path: Path) -> None:
    database = a_database(tmp_path)
    assert usable_reference(database, tmp_path / "data" / "unpacked") == database
    assert not (tmp_path / "data").exists()


def test_the_packed_database_is_unpacked_once_into_the_data_folder(tmp_path: Path) -> None:
    database, original = packed_only(tmp_path)
    unpacked = tmp_path / "data" / "unpacked"
    first = usable_reference(database, unpacked)
    assert first.parent == unpacked and first.read_bytes() == original
    stamp = first.stat().st_mtime_ns
    assert usable_reference(database, unpacked) == first
    assert first.stat().st_mtime_ns == stamp  # not written again
    assert [p.name for p in (tmp_path / "install" / "db").iterdir()] == [
        "pimdesk-reference.sqlite.xz"
    ]  # nothing written beside it
    assert lzma.decompress(packed_path(database).read_bytes()) == original


def test_a_new_install_replaces_the_older_copy(tmp_path: Path) -> None:
    database, _ = packed_only(tmp_path)
    unpacked = tmp_path / "data" / "unpacked"
    first = usable_reference(database, unpacked)
    packed = packed_path(database)
    os.utime(packed, ns=(packed.stat().st_atime_ns, packed.stat().st_mtime_ns + 10**9))
    second = usable_reference(database, unpacked)
    assert second != first and second.is_file() and not first.exists()


def test_a_data_folder_that_cannot_be_written_gets_a_copy_for_this_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database, original = packed_only(tmp_path)
    blocked = tmp_path / "data"
    blocked.write_text("a file where the data folder should be")  # mkdir fails: not a folder
    used = usable_reference(database, blocked / "unpacked")
    assert used.read_bytes() == original and blocked not in used.parents
    with sqlite3.connect(f"{used.as_uri()}?mode=ro", uri=True) as connection:
        assert connection.execute("SELECT count(*) FROM words").fetchone()[0] == 500
    connection.close()


def test_a_damaged_packed_database_is_reported_as_missing_not_raised(tmp_path: Path) -> None:
    database, _ = packed_only(tmp_path)
    packed_path(database).write_bytes(b"not compressed at all")
    used = usable_reference(database, tmp_path / "data" / "unpacked")
    assert used == database and not used.exists()
