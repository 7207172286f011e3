"""Imported content: check a pack, stage it, switch to it atomically, roll back, choose one.

Layout under the user's `content/` folder:

    active.json                 which version is active, and which a rollback returns to
    versions/<version>-<hash>/  one complete imported version: `sources/` (the pack's files),
                                `pimdesk-reference.sqlite` (built from them), `pack.json`
    .staging-<random>/          an import or a check in progress; removed when it ends or by the
                                next import or check (after a kill -9)
    .lock                       held (by the OS) while an import or a rollback runs

An import checks the whole pack in memory first (`pack_reader`), then unpacks it into a
staging folder, validates it as content, builds its reference database there, renames the
folder into `versions/` and finally rewrites `active.json` atomically. That rewrite is the one
moment the switch happens: a crash at any earlier instant leaves the previous content active,
and the next import sweeps away what the crashed one left behind. Nothing here touches the
user database.
"""

from __future__ import annotations

import secrets
import shutil
import sqlite3
from contextlib import AbstractContextManager
from pathlib import Path

from pimdesk.content.sources import ContentSources
from pimdesk.domain.content_packs import (
    BUNDLED,
    ContentSwitch,
    is_newer,
)
from pimdesk.domain.errors import ContentError, ExportError, ReferenceDatabaseError
from pimdesk.store.active_content import (
    DATABASE,
    VERSIONS,
    ActiveContent,
    find_active,
)
from pimdesk.store.content_records import (
    VERSION_NAME,
    Pointer,
    VersionRecord,
    now_utc,
    read_pointer,
    read_version_record,
    version_name,
    write_pointer,
    write_version_record,
)
from pimdesk.store.content_staging import (
    IMPORT_STEPS,
    Cancelled,
    ImportSteps,
    Progress,
    exclusive_lock,
    unpack_and_validate,
)
from pimdesk.store.content_tables import read_info, soundness_problem
from pimdesk.store.pack_format import refuse
from pimdesk.store.pack_reader import OpenedPack, read_pack
from pimdesk.store.pack_signing import TrustedKeys
from pimdesk.store.reference_build import write_reference_database
from pimdesk.store.sqlite_tools import fsync_folder

SOURCES = "sources"
STAGING_PREFIX = ".staging-"
LOCK = ".lock"


class ContentLibrary:
    """The imported content versions in one data folder."""

    def __init__(self, content_dir: Path, bundled_database: Path, trusted_keys: TrustedKeys):
        self.content_dir = content_dir
        self.bundled_database = bundled_database
        self.trusted_keys = trusted_keys

    @property
    def versions_dir(self) -> Path:
        return self.content_dir / VERSIONS

    # ------------------------------------------------------------------ the active content
    def active(self) -> ActiveContent:
        """The content to read now. Only reads: never creates or repairs anything."""
        return find_active(self.content_dir, self.bundled_database)

    def version_of(self, name: str) -> str:
        """The content version of a pointer name (a version folder or BUNDLED)."""
        if name == BUNDLED:
            return read_info(self.bundled_database).version
        return read_version_record(self.versions_dir / name).version

    # ------------------------------------------------------------------ checking a pack
    def open_pack(self, pack: Path, allow_unsigned: bool = False) -> OpenedPack:
        """The pack, checked whole in memory: structure, manifest, signature, every hash."""
        return read_pack(pack, self.trusted_keys.usable(), allow_unsigned)

    def validate(self, opened: OpenedPack) -> ContentSources:
        """Validate the pack's content in a staging folder inside the data folder.

        Inside, not in the system's temporary folder: a check that is killed (or runs out of
        memory) leaves its folder where the next check or import sweeps it away; removed at
        once when it ends, however it ends. A check writes nothing that stays: a content
        folder it had to make is removed again."""
        made = not self.content_dir.exists()
        try:
            with self._locked():
                self._sweep_staging()
                staging = self.content_dir / f"{STAGING_PREFIX}{secrets.token_hex(6)}"
                staging.mkdir()
                try:
                    return unpack_and_validate(opened, staging / SOURCES)
                finally:
                    shutil.rmtree(staging, ignore_errors=True)
        finally:
            if made:
                self._remove_if_only_the_lock()

    def _remove_if_only_the_lock(self) -> None:
        try:
            if [p.name for p in self.content_dir.iterdir()] == [LOCK]:
                (self.content_dir / LOCK).unlink()
                self.content_dir.rmdir()
        except OSError:
            pass  # an import started meanwhile: the folder is its now

    # ------------------------------------------------------------------ importing
    def import_pack(
        self,
        pack: Path,
        allow_unsigned: bool = False,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ContentSwitch:
        """Import a newer content pack and make it the active content, or change nothing."""
        steps = ImportSteps(progress, cancelled)
        steps.start(1, "Checking the pack: its files, manifest and signature")
        opened = self.open_pack(pack, allow_unsigned)
        try:
            with self._locked():
                switch = self._install(opened, steps)
        except ExportError as error:
            raise ContentError(f"{error.message} The content was not changed.") from error
        except (OSError, sqlite3.Error) as error:
            reason = getattr(error, "strerror", None) or str(error)
            raise ContentError(
                f"The content pack {pack.name} could not be imported ({reason}); the content "
                "was not changed."
            ) from error
        steps.start(IMPORT_STEPS, "Done", cancellable=False)
        return switch

    def _install(self, opened: OpenedPack, steps: ImportSteps) -> ContentSwitch:
        before = self.active()
        installed = self._installed_version(before)
        new_version = opened.manifest.content_version
        if installed is not None and not is_newer(new_version, installed):
            refuse(
                opened.path.name,
                f"it holds content {new_version}, not newer than the installed {installed} "
                "(`pimdesk content rollback` returns to the previous content)",
            )
        self._sweep_staging()
        staging = self.content_dir / f"{STAGING_PREFIX}{secrets.token_hex(6)}"
        staging.mkdir()
        try:
            name = self._stage(opened, staging, steps)
            steps.start(5, "Switching to the new content")
            self._move_into_versions(staging, name)
            previous = before.version_folder.name if before.version_folder else BUNDLED
            _switch(self.content_dir, Pointer(name, previous))
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        self._prune(keep={name, previous})
        # What was active before is what a rollback now returns to.
        return ContentSwitch(installed or "unknown", new_version, opened.signature, installed)

    def _installed_version(self, active: ActiveContent) -> str | None:
        """The version now in use; None when even the bundled database cannot be read."""
        if active.record is not None:
            return active.record.version
        try:
            return read_info(active.database).version
        except ReferenceDatabaseError:
            return None

    def _stage(self, opened: OpenedPack, staging: Path, steps: ImportSteps) -> str:
        """Unpack, validate and build in `staging`; return the version folder's name."""
        steps.start(2, "Unpacking the content")
        sources = unpack_and_validate(opened, staging / SOURCES, steps)
        steps.start(4, "Building the reference database")
        database = staging / DATABASE
        write_reference_database(sources, database)
        problem = soundness_problem(database)
        if problem is not None:  # pragma: no cover - the build checks integrity itself
            raise ContentError(f"The new content could not be built: {problem}")
        content_hash = sources.content_hash()
        write_version_record(
            staging,
            VersionRecord(
                version=sources.meta.version,
                date=sources.meta.date.isoformat(),
                content_hash=content_hash,
                imported_at=now_utc(),
                pack_name=opened.path.name,
                signature=opened.signature,
            ),
        )
        fsync_folder(staging)
        return version_name(sources.meta.version, content_hash)

    def _move_into_versions(self, staging: Path, name: str) -> None:
        self.versions_dir.mkdir(exist_ok=True)
        target = self.versions_dir / name
        if target.exists():  # left by an import that crashed before switching, or rolled back
            shutil.rmtree(target)
        staging.rename(target)
        fsync_folder(self.versions_dir)

    # ------------------------------------------------------------------ rolling back
    def rollback(self) -> ContentSwitch:
        """Return to the content that was active before the last import."""
        with self._locked():
            pointer = read_pointer(self.content_dir)
            if pointer is None or pointer.previous is None:
                raise ContentError("There is no earlier content to go back to.")
            current = self.active()
            target = pointer.previous
            if target != BUNDLED:
                problem = soundness_problem(self.versions_dir / target / DATABASE)
                if problem is not None:
                    raise ContentError(f"The earlier content cannot be restored: {problem}")
            from_version = self._installed_version(current) or "unknown"
            to_version = self.version_of(target)
            _switch(self.content_dir, Pointer(target, None))
        return ContentSwitch(from_version, to_version, None, None)

    # ------------------------------------------------------------------ housekeeping
    def _locked(self) -> AbstractContextManager[None]:
        """One import or rollback at a time (creates the content folder, nothing else)."""
        self.content_dir.mkdir(parents=True, exist_ok=True)
        return exclusive_lock(self.content_dir / LOCK)

    def _sweep_staging(self) -> None:
        """Remove what crashed imports left; safe because the lock is held."""
        for leftover in self.content_dir.glob(f"{STAGING_PREFIX}*"):
            shutil.rmtree(leftover, ignore_errors=True)

    def _prune(self, keep: set[str]) -> None:
        """Remove versions that are neither active nor the rollback target. A version another
        running PIM Desk still reads may refuse to go (Windows); the next import retries."""
        for folder in self.versions_dir.iterdir():
            if VERSION_NAME.fullmatch(folder.name) and folder.name not in keep:
                shutil.rmtree(folder, ignore_errors=True)


def _switch(content_dir: Path, pointer: Pointer) -> None:
    try:
        write_pointer(content_dir, pointer)
    except ExportError as error:
        raise ContentError(f"The content could not be switched: {error.message}") from error
