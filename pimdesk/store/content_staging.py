"""Staging a content import: unpack a checked pack and validate it, report progress, and hold
the lock that lets one import or rollback run at a time.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from pimdesk.content.sources import ContentSources, load_sources
from pimdesk.domain.content_packs import ImportProgress
from pimdesk.domain.errors import ContentError
from pimdesk.store.pack_format import refuse
from pimdesk.store.pack_reader import OpenedPack

IMPORT_STEPS = 6

Progress = Callable[[ImportProgress], None]
Cancelled = Callable[[], bool]


def unpack_and_validate(
    opened: OpenedPack, folder: Path, steps: ImportSteps | None = None
) -> ContentSources:
    """Write the pack's checked files under `folder` and validate them as content."""
    folder.mkdir(parents=True)
    root = folder.resolve()
    for name, data in sorted(opened.files.items()):
        target = (folder / name).resolve()
        if root not in target.parents:  # pragma: no cover - names were checked on reading
            raise ContentError(f"The content pack {opened.path.name} names a file outside it.")
        target.parent.mkdir(exist_ok=True)
        target.write_bytes(data)
    if steps is not None:
        steps.start(3, "Validating the content")
    try:
        sources = load_sources(folder)
    except ContentError as error:
        # The validator lists one problem per line after a heading; a refusal is one line.
        problems = [line.strip() for line in error.message.splitlines()[1:]] or [error.message]
        more = f"; {len(problems) - 1} more" if len(problems) > 1 else ""
        refuse(opened.path.name, f"its content is not valid ({problems[0]}{more})")
    _check_claims(opened, sources)
    return sources


def _check_claims(opened: OpenedPack, sources: ContentSources) -> None:
    """The manifest must describe the content it carries."""
    manifest, meta = opened.manifest, sources.meta
    claims = (
        ("content version", manifest.content_version, meta.version),
        ("date", manifest.content_date.isoformat(), meta.date.isoformat()),
        ("title", manifest.title, meta.title),
        ("languages", ", ".join(manifest.languages), ", ".join(sources.languages)),
    )
    for what, claimed, actual in claims:
        if claimed != actual:
            refuse(
                opened.path.name,
                f"its manifest gives the {what} as '{claimed}' but meta.toml says '{actual}'",
            )


class ImportSteps:
    """Reports progress and honours a cancel request, up to the switch (which is atomic)."""

    def __init__(self, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self._progress = progress
        self._cancelled = cancelled

    def start(self, step: int, message: str, cancellable: bool = True) -> None:
        if cancellable and self._cancelled is not None and self._cancelled():
            raise ContentError("The import was cancelled; the content was not changed.")
        if self._progress is not None:
            self._progress(ImportProgress(step, IMPORT_STEPS, message))


@contextmanager
def exclusive_lock(path: Path) -> Iterator[None]:
    """Hold `path` locked, or refuse at once when another process holds it. The OS drops the
    lock when its process dies, so a killed import never blocks the next one."""
    with path.open("a+b") as handle:
        try:
            _lock(handle.fileno())
        except OSError:
            raise ContentError(
                "Another content import or rollback is running; try again when it has finished."
            ) from None
        try:
            yield
        finally:
            _unlock(handle.fileno())


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(descriptor: int) -> None:
        os.lseek(descriptor, 0, os.SEEK_SET)
        msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)

    def _unlock(descriptor: int) -> None:
        os.lseek(descriptor, 0, os.SEEK_SET)
        msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_UN)
