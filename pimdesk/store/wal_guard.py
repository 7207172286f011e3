"""Set aside a `-wal` file that does not belong to the user database, before SQLite replays it.

SQLite replays any well-formed `-wal` it finds beside a database: nothing in the WAL format ties
it to one database file (its salts and checksums only chain its own frames). A `-wal` left by
another database (a file copied over `pimdesk-user.sqlite` by hand while a crash had left a
`-wal` beside it, or a `-wal` copied in) would silently replace the user's data.

The test, run only when a non-empty `-wal` is found that no running program holds open (a live
`-wal` of another PIM Desk window is its unfinished work, never touched):

1. Its header must be a WAL header whose page size is the database's: a WAL of another page size
   cannot be this file's.
2. It is replayed in a private copy, never in place, and the copy is compared with the database
   file alone:
   - the copy must pass `quick_check`: a crash never leaves a WAL that damages its own file
     (tested by 500 kills), but frames of another file laid over this one's pages do;
   - each PIM Desk database carries a random identity (a preference written when it is first
     opened); the copy must carry the same one;
   - the saved selections of the file alone must still be there: in PIM Desk a selection leaves
     the database only 30 days after being moved to the trash, so a WAL under which every one
     of them vanishes is another database's.

A `-wal` that fails is renamed aside (never deleted) with its `-shm`, and the user is told.
When the test cannot be run (no room for the private copy), the `-wal` is left as it is.
"""

from __future__ import annotations

import shutil
import sqlite3
import struct
import sys
import tempfile
import uuid
from pathlib import Path

from pimdesk.store.backups import utc_now
from pimdesk.store.sqlite_tools import fsync_folder

IDENTITY_KEY = "database-identity"
_WAL_MAGIC = (0x377F0682, 0x377F0683)
_SHM_DEAD_MAN_SWITCH = 128  # the -shm byte every open connection holds a shared lock on
_LOCK_BYTES = (0x40000000, 512 + 2)  # the database file's lock range (PENDING .. SHARED)


def set_aside_foreign_wal(path: Path) -> list[str]:
    """Move a foreign `-wal` (and its `-shm`) aside. Returns what to tell the user."""
    wal = path.with_name(path.name + "-wal")
    if not path.is_file() or not wal.is_file() or wal.stat().st_size == 0 or in_use(path):
        return []
    reason = foreign_reason(path, wal)
    if reason is None:
        return []
    stamp = utc_now().strftime("%Y%m%d-%H%M%S")
    moved = wal.with_name(f"{path.name}.foreign-{stamp}-wal")
    wal.rename(moved)
    shm = path.with_name(path.name + "-shm")
    if shm.exists():
        shm.rename(moved.with_name(f"{path.name}.foreign-{stamp}-shm"))
    fsync_folder(path.parent)
    return [
        f"A leftover file {wal.name} did not belong to your data file ({reason}); it was set "
        f"aside as {moved.name} and not applied."
    ]


def foreign_reason(path: Path, wal: Path) -> str | None:
    """Why `wal` is not `path`'s own, or None when it is (or when that cannot be told)."""
    with wal.open("rb") as handle:
        header = handle.read(32)
    with path.open("rb") as handle:
        database_header = handle.read(100)
    if len(header) < 32 or int.from_bytes(header[:4], "big") not in _WAL_MAGIC:
        return None  # SQLite ignores a WAL with no valid header: nothing would be replayed
    wal_page = int.from_bytes(header[8:12], "big")
    page = int.from_bytes(database_header[16:18], "big")
    if (65536 if page == 1 else page) != wal_page:
        return f"its page size is {wal_page} bytes, the data file's {page}"
    try:
        return _replayed_reason(path, wal)
    except (OSError, sqlite3.Error):
        return None  # no room for a private copy, or a file that vanished: leave it be


def _replayed_reason(path: Path, wal: Path) -> str | None:
    with tempfile.TemporaryDirectory(prefix="pimdesk-wal-") as folder:
        copy = Path(folder) / "copy.sqlite"
        shutil.copyfile(path, copy)
        alone = _facts(copy)
        shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        try:
            replayed = _facts(copy, check=True)
        except sqlite3.DatabaseError as error:
            return f"applying it fails: {error}"
    if replayed[2]:
        return f"applying it damages the file: {replayed[2]}"
    if alone[0] and replayed[0] and alone[0] != replayed[0]:
        return "it was written for another PIM Desk data file"
    if alone[1] and not alone[1] & replayed[1]:
        return f"applying it would remove all {len(alone[1])} saved selection(s)"
    return None


def _facts(database: Path, check: bool = False) -> tuple[str | None, set[str], str]:
    """The identity, the saved selections' IDs and the first problem of a private copy."""
    connection = sqlite3.connect(database)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        identity = None
        if "preferences" in tables:
            row = connection.execute(
                "SELECT value FROM preferences WHERE key = ?", (IDENTITY_KEY,)
            ).fetchone()
            identity = row[0] if row else None
        live: set[str] = set()
        if "selections" in tables:
            live = {
                row[0]
                for row in connection.execute("SELECT id FROM selections WHERE deleted IS NULL")
            }
        problem = ""
        if check:
            found = [r[0] for r in connection.execute("PRAGMA quick_check") if r[0] != "ok"]
            problem = found[0] if found else ""
        return identity, live, problem
    finally:
        connection.close()


def new_identity() -> str:
    return uuid.uuid4().hex


def in_use(path: Path) -> bool:
    """Whether another program has the database open (so its `-wal` is live, not left over).

    A connection holds a shared lock on the `-shm` file's dead-man-switch byte while it is open,
    and one in exclusive locking mode holds the database file's own lock bytes. Where locks
    cannot be asked about (Windows), the answer is yes: never touch a WAL that may be live.

    Only for a file this process has no connection to (as when the data is being opened): on
    POSIX, closing the probe's descriptor drops every lock this process holds on the file.
    """
    try:
        import fcntl
    except ImportError:
        return True
    shm = path.with_name(path.name + "-shm")
    probes = [(path, *_LOCK_BYTES)]
    if shm.exists():
        probes.append((shm, _SHM_DEAD_MAN_SWITCH, 1))
    for file, start, length in probes:
        try:
            with file.open("rb") as handle:
                lock = struct_flock(fcntl.F_WRLCK, start, length)
                result = fcntl.fcntl(handle.fileno(), fcntl.F_GETLK, lock)
        except OSError:
            return True
        if unpack_lock_type(result) != fcntl.F_UNLCK:
            return True
    return False


# `struct flock` for F_GETLK: (l_type, l_whence, l_start, l_len, l_pid) on Linux; the BSDs and
# macOS order it (l_start, l_len, l_pid, l_type, l_whence).
_FLOCK, _TYPE_AT = ("hhqqi", 0) if sys.platform.startswith("linux") else ("qqihh", 3)


def struct_flock(kind: int, start: int, length: int) -> bytes:
    fields = [kind, 0, start, length, 0] if _TYPE_AT == 0 else [start, length, 0, kind, 0]
    return struct.pack(_FLOCK, *fields)


def unpack_lock_type(data: bytes) -> int:
    return int(struct.unpack(_FLOCK, data)[_TYPE_AT])
