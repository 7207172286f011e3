"""Which reference database the app reads: the imported content when sound, else the bundled one.

Kept apart from `content_packs` (which imports sqlite-utils and nacl to import packs) so
that finding the active content at every start reads two small files and nothing more.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from pimdesk.domain.errors import ReferenceDatabaseError
from pimdesk.domain.records import record

if TYPE_CHECKING:
    from pimdesk.store.content_records import Pointer, VersionRecord

VERSIONS = "versions"
DATABASE = "pimdesk-reference.sqlite"
POINTER = "active.json"  # the same name as content_records.POINTER (a test keeps them equal)


@record
class ActiveContent:
    """Which reference database the app should read, and why (notices say what went wrong)."""

    database: Path
    version_folder: Path | None  # None: the content that came with PIM Desk
    record: VersionRecord | None
    previous: str | None  # the pointer's rollback target: a version folder name, BUNDLED, None
    notices: tuple[str, ...] = ()


def find_active(content_dir: Path, bundled_database: Path) -> ActiveContent:
    """The content to read now. Only reads: never creates or repairs anything."""
    bundled = ActiveContent(bundled_database, None, None, None)
    if not (content_dir / POINTER).exists():
        return bundled  # nothing was ever imported: the common case, decided without imports
    from pimdesk.domain.content_packs import BUNDLED
    from pimdesk.store.content_records import DamagedRecord, read_pointer, read_version_record
    from pimdesk.store.content_tables import soundness_problem

    try:
        pointer = read_pointer(content_dir)
    except DamagedRecord as error:
        return _with_notice(bundled, f"{error.message} {_FALLBACK}")
    if pointer is None or pointer.active == BUNDLED:
        return ActiveContent(bundled_database, None, None, _previous(pointer))
    folder = content_dir / VERSIONS / pointer.active
    problem = soundness_problem(folder / DATABASE)
    if problem is not None:
        return _with_notice(bundled, f"The imported content is unusable: {problem} {_FALLBACK}")
    try:
        record = read_version_record(folder)
    except DamagedRecord as error:
        return _with_notice(bundled, f"{error.message} {_FALLBACK}")
    chosen = ActiveContent(folder / DATABASE, folder, record, pointer.previous)
    return _newer_bundled(chosen, bundled_database) or chosen


def _newer_bundled(imported: ActiveContent, bundled_database: Path) -> ActiveContent | None:
    """After an upgrade of PIM Desk its own content may be newer than the imported one."""
    from pimdesk.domain.content_packs import is_newer
    from pimdesk.store.content_tables import read_info

    assert imported.record is not None
    try:
        bundled_version = read_info(bundled_database).version
    except ReferenceDatabaseError:
        return None
    if not is_newer(bundled_version, imported.record.version):
        return None
    return ActiveContent(
        bundled_database,
        None,
        None,
        None,
        (
            f"The content that came with this PIM Desk ({bundled_version}) is newer than "
            f"the imported content ({imported.record.version}); PIM Desk uses its own.",
        ),
    )


_FALLBACK = "PIM Desk uses the content that came with it; import the content pack again."


def _with_notice(content: ActiveContent, notice: str) -> ActiveContent:
    return ActiveContent(
        content.database, content.version_folder, content.record, content.previous, (notice,)
    )


def _previous(pointer: Pointer | None) -> str | None:
    return pointer.previous if pointer is not None else None
