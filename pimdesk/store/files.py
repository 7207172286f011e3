"""Write files atomically: the target is either its old self or complete, never half-written.

The bytes go to a temporary file in the target's folder, are flushed and synced, then renamed
over the target. A full disk, a missing folder or a denied permission gives one `ExportError`
sentence and removes the temporary file; an older file of that name stays intact.
"""

from __future__ import annotations

import errno
import os
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
    if not folder.is_dir():
        raise ExportError(f"The folder {folder} does not exist; choose another place to save.")
    if target.is_dir():
        raise ExportError(f"{target} is a folder; choose a file name.")
    temporary: Path | None = None
    try:
        descriptor, name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".partial", dir=folder
        )
        temporary = Path(name)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _replace(temporary, target)
        temporary = None
        fsync_folder(folder)
    except OSError as error:
        raise _explained(error, target) from error
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
    return target


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
    if error.errno == errno.ENOENT:
        return ExportError(f"The folder {target.parent} does not exist; choose another place.")
    return ExportError(f"{target.name} could not be saved: {error.strerror or error}.")
