"""Repair proven damage to the user database, keeping as much of the data as can be read.

In order, the gentlest first:

1. Damage only in indexes (an index that disagrees with its table): `REINDEX` rebuilds every
   index from the tables; nothing is lost.
2. Other damage (a dangling foreign key, a damaged table page): the database is rebuilt table by
   table into a fresh file, as Firefox does with its bookmarks, keeping every row that can be
   read; rows whose parent no longer exists are left out of the new file. The damaged file is
   set aside, never deleted.
3. When the rebuilt file is not sound either: the newest good backup is restored and the damaged
   file is set aside.

Only call this on proven damage (`integrity_problems` listed something): a busy or locked file
is not damaged.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from pimdesk.store.backups import newest_good_backup, put_back, restore_backup, set_aside
from pimdesk.store.sqlite_tools import connect, error_kind, fsync_folder, integrity_problems

_INDEX_PROBLEMS = ("missing from index", "wrong # of entries in index", "non-unique entry in")


def only_index_damage(problems: list[str]) -> bool:
    return bool(problems) and all(
        any(p in problem for p in _INDEX_PROBLEMS) for problem in problems
    )


def reindex(path: Path) -> bool:
    """Rebuild every index of the database from its tables. True when the file is sound after."""
    connection = connect(path)
    try:
        connection.execute("REINDEX")
    except sqlite3.Error as error:
        if error_kind(error) not in (None, "corrupt"):
            raise  # busy, full, read-only: not something a rebuild would fix
        return False
    finally:
        connection.close()
    return not integrity_problems(path, quick=False)


def repair(path: Path, backups: Path, problems: list[str]) -> str:
    """Repair the damaged database at `path` (no connection to it may be open for steps 2-3).

    Returns the sentence that tells the user what was found and done.
    """
    if only_index_damage(problems) and reindex(path):
        return (
            f"Your data file had a damaged index ({problems[0]}); it was rebuilt and nothing was "
            "lost."
        )
    rebuilt = rebuild(path)
    if rebuilt is not None:
        fresh, complete, orphans = rebuilt
        moved = set_aside(path, "damaged")
        try:
            fresh.replace(path)
        except OSError:
            put_back(moved, path)
            raise
        fsync_folder(path.parent)
        kept = (
            "every row could be read"
            if complete
            else "the rows in the damaged part could not be read, all others were kept"
        )
        left_out = (
            f"; {orphans} row(s) that belonged to nothing were left out of it" if orphans else ""
        )
        aside = moved.name if moved else path.name
        return (
            f"Your data file was damaged ({problems[0]}); it was rebuilt table by table: {kept}"
            f"{left_out}. The damaged file was kept as {aside}."
        )
    return recover(path, backups, problems[0])


def recover(path: Path, backups: Path, problem: str) -> str:
    """Set the damaged file aside and restore the newest good backup. Returns what to tell."""
    moved = set_aside(path, "damaged")
    aside = moved.name if moved else path.name
    backup = newest_good_backup(backups)
    if backup is None:
        return (
            f"Your data file was damaged ({problem}); it was set aside as {aside} and, with no "
            "backup to restore, PIM Desk starts with an empty one."
        )
    restore_backup(backup.path, path)
    return (
        f"Your data file was damaged ({problem}); it was set aside as {aside} and your data was "
        f"restored from the backup of {backup.label}: changes made after that were lost."
    )


def rebuild(path: Path) -> tuple[Path, bool, int] | None:
    """Copy every readable row of `path` into a fresh database beside it.

    Returns (the fresh file, whether every row could be read, how many orphan rows were left
    out), or None when the copy cannot be made sound (then a backup is the way back).
    """
    if not path.is_file():
        return None
    fresh = path.with_name(f".{path.name}.rebuilding")
    _remove(fresh)
    try:
        old = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error:
        return None
    new = sqlite3.connect(fresh, isolation_level=None)
    try:
        complete, orphans = _copy_database(old, new)
        new.execute("PRAGMA journal_mode = WAL")
    except sqlite3.Error as error:
        if error_kind(error) not in (None, "corrupt"):
            raise
        complete = False
        orphans = -1
    finally:
        old.close()
        new.close()
    if orphans < 0 or integrity_problems(fresh, quick=False):
        _remove(fresh)
        return None
    with fresh.open("rb") as handle:
        os.fsync(handle.fileno())
    return fresh, complete, orphans


def _copy_database(old: sqlite3.Connection, new: sqlite3.Connection) -> tuple[bool, int]:
    objects = old.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
    ).fetchall()
    version = int(old.execute("PRAGMA user_version").fetchone()[0])
    # sqlite_sequence (AUTOINCREMENT's counters) is made by SQLite itself; copied last, whole
    tables = [n for kind, n, _sql in objects if kind == "table" and not n.startswith("sqlite_")]
    new.execute("PRAGMA foreign_keys = OFF")  # parents and children arrive in any order
    new.execute("BEGIN")
    for kind, name, sql in objects:
        if kind == "table" and not name.startswith("sqlite_"):
            new.execute(sql)
    complete = True
    for table in tables:
        complete = _copy_rows(old, new, table) and complete
    if any(name == "sqlite_sequence" for _kind, name, _sql in objects):
        new.execute("DELETE FROM sqlite_sequence")
        complete = _copy_rows(old, new, "sqlite_sequence") and complete
    for kind, _name, sql in objects:
        if kind in ("index", "trigger", "view"):
            new.execute(sql)
    orphans = new.execute("PRAGMA foreign_key_check").fetchall()
    for table, rowid, _parent, _key in orphans:
        new.execute(f"DELETE FROM {_quote(table)} WHERE rowid = ?", (rowid,))
    new.execute(f"PRAGMA user_version = {version}")
    new.execute("COMMIT")
    return complete, len(orphans)


def _copy_rows(old: sqlite3.Connection, new: sqlite3.Connection, table: str) -> bool:
    """Copy a table's rows; past a damaged page, read on from the other end. True if whole."""
    name = _quote(table)
    width = len(old.execute(f"PRAGMA table_info({name})").fetchall())
    insert = f"INSERT OR IGNORE INTO {name} VALUES ({', '.join('?' * width)})"
    try:  # NOT INDEXED: read the table itself, never an index that may be the damaged part
        for row in old.execute(f"SELECT * FROM {name} NOT INDEXED"):
            new.execute(insert, row)
        return True
    except sqlite3.DatabaseError:
        pass
    try:
        for row in old.execute(f"SELECT * FROM {name} NOT INDEXED ORDER BY rowid DESC"):
            new.execute(insert, row)
    except sqlite3.DatabaseError:
        pass
    return False


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
