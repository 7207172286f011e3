"""The reference database as the package ships it: compressed, and unpacked once per user.

The packaged app is held to a size budget (packaging/package_report.py), and the reference
database, four languages of content with their search indexes, takes under a third of its size
when compressed with xz; unpacking it costs about a fifth of a second, once, at the first start.
A checkout or a source install reads `db/pimdesk-reference.sqlite` itself; the package carries
`db/pimdesk-reference.sqlite.xz` instead (packaging/build.py), and the first start unpacks it
into the user's data folder. Where that folder cannot be written (a read-only or full disk), the
copy goes to a private temporary folder that is removed when the run ends. The install folder is
never written to.
"""

from __future__ import annotations

import atexit
import lzma
import shutil
import tempfile
from pathlib import Path

from pimdesk.store.files import write_atomically

PACKED_SUFFIX = ".xz"
UNPACKED_PREFIX = "pimdesk-reference-"


def packed_path(database: Path) -> Path:
    """Where the package keeps `database` compressed."""
    return database.with_name(database.name + PACKED_SUFFIX)


def pack(database: Path, target: Path) -> Path:
    """Compress `database` into `target` (the package build does this)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    return write_atomically(target, lzma.compress(database.read_bytes(), preset=9))


def usable_reference(database: Path, unpack_into: Path) -> Path:
    """`database` when it is there; else its packed copy unpacked into `unpack_into` (once per
    packed file); else `database` itself, whose absence the reader then reports."""
    packed = packed_path(database)
    if database.is_file() or not packed.is_file():
        return database
    found = packed.stat()
    # The packed file's size and time stamp name its unpacked copy: a new install (a new packed
    # file) unpacks again, and a start with the copy in place costs one stat.
    target = unpack_into / f"{UNPACKED_PREFIX}{found.st_size}-{found.st_mtime_ns}.sqlite"
    if target.is_file():
        return target
    try:
        unpack_into.mkdir(parents=True, exist_ok=True)
        _unpack(packed, target)
    except OSError:
        target = _unpack_for_this_run(packed, database)
    else:
        _remove_older_copies(unpack_into, keep=target)
    return target


def _unpack(packed: Path, target: Path) -> None:
    try:
        data = lzma.decompress(packed.read_bytes())
    except lzma.LZMAError as error:  # a damaged install: the reader says how to reinstall
        raise OSError(f"{packed} is damaged ({error})") from error
    write_atomically(target, data)


def _unpack_for_this_run(packed: Path, database: Path) -> Path:
    folder = Path(tempfile.mkdtemp(prefix=UNPACKED_PREFIX))
    atexit.register(shutil.rmtree, folder, True)
    target = folder / "pimdesk-reference.sqlite"
    try:
        _unpack(packed, target)
    except OSError:
        return database  # nothing usable: the reader reports it missing, with how to reinstall
    return target


def _remove_older_copies(folder: Path, keep: Path) -> None:
    for old in folder.glob(f"{UNPACKED_PREFIX}*.sqlite"):
        if old != keep:
            old.unlink(missing_ok=True)
