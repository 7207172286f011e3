"""Write files atomically: the target is either its old self or complete, never half-written.

The bytes go to a temporary file in the target's folder, are flushed and synced, then renamed
over the target. A full disk, a missing folder or a denied permission gives one `ExportError`
sentence and removes the temporary file; an older file of that name stays intact.

Only a regular file (or nothing) is ever replaced. A device node, a FIFO, a socket or a folder
is refused, checked with `lstat` before writing and again just before the rename, so an export
to `/dev/full` cannot swap the system's device for a file. A symbolic link is never followed:
the rename replaces the link itself and its target is not touched.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
import time
from pathlib import Path

from pimdesk.domain.errors import ExportError
from pimdesk.store.sqlite_tools import fsync_folder

REPLACE_ATTEMPTS = 5
REPLACE_PAUSE_SECONDS = 0.2


def write_atomically(target: Path, data: bytes) -> Path:
    """Write `data` to `target` atomically; returns the absolute target path."""
    target = target.expanduser().absolute()
    folder = target.parent
    temporary: Path | None = None
    try:
        if not folder.is_dir():
            raise ExportError(f"The folder {folder} does not exist; choose another place to save.")
        refuse_special(target)
        descriptor, name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".partial", dir=folder
        )
        temporary = Path(name)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        refuse_special(target)  # again: the target may have been swapped while we wrote
        _replace(temporary, target)
        temporary = None
        fsync_folder(folder)
    except OSError as error:
        raise _explained(error, target) from error
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
    return target


def refuse_special(target: Path) -> None:
    """Refuse a target that exists and is neither a regular file nor a symbolic link."""
    try:
        mode = os.lstat(target).st_mode
    except FileNotFoundError:
        return
    if stat.S_ISDIR(mode):
        raise ExportError(f"{target} is a folder; choose a file name.")
    if not (stat.S_ISREG(mode) or stat.S_ISLNK(mode)):
        raise ExportError(
            f"{target} is not an ordinary file (a device, a pipe or a socket); choose another "
            "file name."
        )


def _replace(source: Path, target: Path) -> None:
    """Rename over the target, retrying briefly while another program (a PDF viewer, an
    antivirus scanner on Windows) holds it open."""
    for attempt in range(REPLACE_ATTEMPTS):
        try:
            source.replace(target)
            return
        except PermissionError:
            if os.name != "nt" or attempt == REPLACE_ATTEMPTS - 1:
                raise
            time.sleep(REPLACE_PAUSE_SECONDS)


def _explained(error: OSError, target: Path) -> ExportError:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return ExportError(
            f"The disk is full: {target.name} was not saved. Free some space or "
            "choose another place."
        )
    if isinstance(error, PermissionError) or error.errno in (
        errno.EACCES,
        errno.EPERM,
        errno.EROFS,
    ):
        return ExportError(
            f"PIM Desk may not write to {target.parent} (or {target.name} is open in another "
            "program); choose another place or close it."
        )
    if error.errno == errno.ENAMETOOLONG:
        return ExportError(
            f"The file name or path of {target.name[:60]}… is too long; choose a shorter one."
        )
    if error.errno in (errno.ENOTDIR, errno.EISDIR):
        return ExportError(f"{target} cannot be a file there; choose another place.")
    if error.errno == errno.ENOENT:
        return ExportError(f"The folder {target.parent} does not exist; choose another place.")
    return ExportError(f"{target.name} could not be saved: {error.strerror or error}.")
