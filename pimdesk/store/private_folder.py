"""Keep the user's data private to the user on POSIX: the data folder and every folder in it
0700, its files 0600, whatever the umask.

The database and its backups hold team notes that a briefing may mark RESTRICTED or
CONFIDENTIAL, and content on disk is trusted without a signature check: another local user
must be able neither to read them nor to plant a "backup" or a content version. The folder is
made private when it is created, and tightened when PIM Desk opens it and finds it looser:
only the folders and regular files the user owns (root's chmod on someone else's files would
be a surprise), never through a symbolic link, never a device, pipe or socket.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600


def make_private(data_dir: Path) -> None:
    """Create `data_dir` (0700) if need be, and tighten it and everything in it."""
    data_dir.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    if os.name != "posix":  # Windows: the per-user profile folder's ACLs already do this
        return
    _tighten(data_dir, PRIVATE_FOLDER)
    for folder, folders, files in os.walk(data_dir):  # does not follow links to folders
        for name in folders:
            _tighten(Path(folder) / name, PRIVATE_FOLDER)
        for name in files:
            _tighten(Path(folder) / name, PRIVATE_FILE)


def _tighten(path: Path, most: int) -> None:
    try:
        found = path.lstat()
        kind = stat.S_IFMT(found.st_mode)
        if kind not in (stat.S_IFREG, stat.S_IFDIR) or found.st_uid != os.geteuid():
            return  # links, devices, pipes and sockets, and others' files: not ours to change
        mode = stat.S_IMODE(found.st_mode)
        if mode & ~most:
            path.chmod(mode & most)
    except OSError:
        pass  # gone meanwhile, or a read-only folder: nothing to tighten there
