"""Hand-made damage for the store-safety tests: a page written over, a dangling key, a lock."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def checkpoint(path: Path) -> None:
    """Everything committed into the main file, so a page can be found and damaged there."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


def write_in_index_page(path: Path, index: str, old: bytes, new: bytes) -> None:
    """Change `old` to `new` in the root page of `index` only: the table keeps the true value."""
    checkpoint(path)
    connection = sqlite3.connect(path)
    root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (index,))
    page = root.fetchone()[0]
    size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    data = bytearray(path.read_bytes())
    start = (page - 1) * size
    found = data.find(old, start, start + size)
    assert found >= 0, f"{old!r} is not in the page of {index}"
    data[found : found + len(old)] = new
    path.write_bytes(bytes(data))


def zero_table_leaf(path: Path, table: str) -> None:
    """Write zeros over the middle of the last page of `table`'s b-tree (a damaged page)."""
    checkpoint(path)
    connection = sqlite3.connect(path)
    pages = connection.execute(
        "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno", (table,)
    ).fetchall()
    size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    assert pages, f"{table} has no leaf page"
    start = (pages[len(pages) // 2][0] - 1) * size
    data = bytearray(path.read_bytes())
    data[start : start + size] = b"\xff" * size
    path.write_bytes(bytes(data))


def add_dangling_key(path: Path) -> None:
    """A system row whose selection does not exist (written with foreign keys off)."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA foreign_keys = OFF")
    connection.execute(
        "INSERT INTO selection_systems VALUES ('no-such-selection', 'case_management', 'operating')"
    )
    connection.commit()
    connection.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@contextmanager
def held_exclusively(path: Path) -> Iterator[None]:
    """Another program holds the database with an EXCLUSIVE lock until the block ends."""
    ready, release = threading.Event(), threading.Event()

    def hold() -> None:
        connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        connection.execute("PRAGMA locking_mode = EXCLUSIVE")
        connection.execute("BEGIN EXCLUSIVE")
        connection.execute("SELECT count(*) FROM selections").fetchall()
        ready.set()
        release.wait(30)
        connection.execute("COMMIT")
        connection.close()

    thread = threading.Thread(target=hold)
    thread.start()
    assert ready.wait(10)
    try:
        yield
    finally:
        release.set()
        thread.join()
