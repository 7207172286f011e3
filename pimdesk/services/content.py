"""Content packs for administrators: what is installed, check and preview a pack, import it with
progress, roll back, the trusted keys, and the tools that make and sign packs.

Nothing here opens the user database: a content update never deletes a user's references to
items it removes; the selections service flags them as unknown instead (`unknown_references`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pimdesk.content.diff import content_diff
from pimdesk.domain.content_packs import (
    ContentSwitch,
    InstalledContent,
    PackManifest,
    PackPreview,
    TrustedKey,
    is_newer,
)
from pimdesk.domain.errors import PimDeskError, ReferenceDatabaseError
from pimdesk.store.active_content import ActiveContent
from pimdesk.store.content_packs import ContentLibrary
from pimdesk.store.content_staging import Cancelled, Progress
from pimdesk.store.content_tables import read_info, read_tables
from pimdesk.store.pack_signing import NewKey, TrustedKeys, create_key_pair
from pimdesk.store.pack_writer import make_pack


class ContentService:
    """Works on one data folder's imported content; call `Services.reload_content()` after an
    import or a rollback so that the app reads the new content."""

    def __init__(self, library: ContentLibrary, trusted_keys: TrustedKeys) -> None:
        self._library = library
        self._trusted_keys = trusted_keys

    # ------------------------------------------------------------------ reading
    def info(self) -> InstalledContent:
        """The content the app reads now, where it comes from and what a rollback returns to."""
        active = self._library.active()
        info = read_info(active.database)
        return InstalledContent(
            version=info.version,
            date=info.date,
            title=info.title,
            languages=info.languages,
            content_hash=info.content_hash,
            database=active.database,
            imported=active.record is not None,
            signature=active.record.signature if active.record else None,
            imported_at=active.record.imported_at if active.record else "",
            previous_version=self._previous_version(active),
            notices=active.notices,
            coverage=info.coverage,
        )

    def _previous_version(self, active: ActiveContent) -> str | None:
        if active.previous is None:
            return None
        try:
            return self._library.version_of(active.previous)
        except PimDeskError:  # a damaged earlier version is reported when rolling back
            return None

    def trusted_keys(self) -> list[TrustedKey]:
        return self._trusted_keys.listed()

    # ------------------------------------------------------------------ checking a pack
    def preview(self, pack: Path, allow_unsigned: bool = False) -> PackPreview:
        """Check `pack` whole and say what importing it would change.

        Raises ContentError when the pack is refused (malformed, unsafe, tampered, unsigned
        without `allow_unsigned`, invalid content). A sound pack that is not newer than the
        installed content comes back with `refusal` set: it can be read, not imported.
        """
        opened = self._library.open_pack(pack, allow_unsigned)
        sources = self._library.validate(opened)
        installed, tables = self._installed_content()
        new_version = sources.meta.version
        diff = content_diff(tables, sources.tables, installed or "none", new_version)
        refusal = ""
        if installed is not None and not is_newer(new_version, installed):
            refusal = f"it holds content {new_version}, not newer than the installed {installed}"
        return PackPreview(
            pack, opened.manifest, opened.signature, installed or "none", diff, refusal
        )

    def _installed_content(self) -> tuple[str | None, dict[str, list[dict[str, Any]]]]:
        """The installed version and rows; none when not even the bundled content is readable
        (an import is then the way to get content back)."""
        database = self._library.active().database
        try:
            return read_info(database).version, read_tables(database)
        except ReferenceDatabaseError:
            return None, {}

    verify = preview

    # ------------------------------------------------------------------ changing the content
    def import_pack(
        self,
        pack: Path,
        allow_unsigned: bool = False,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ContentSwitch:
        """Check, stage and switch to `pack` (newer content only), or change nothing.

        `progress` receives an `ImportProgress` before each step; `cancelled` is asked before
        each step up to the switch. Both are called on the caller's thread.
        """
        return self._library.import_pack(pack, allow_unsigned, progress, cancelled)

    def rollback(self) -> ContentSwitch:
        return self._library.rollback()

    # ------------------------------------------------------------------ making packs
    def make_pack(
        self, sources_dir: Path, target: Path, signing_key: Path | None = None
    ) -> PackManifest:
        return make_pack(sources_dir, target, signing_key)

    def create_signing_key(self, folder: Path, name: str) -> NewKey:
        return create_key_pair(folder, name)

    def inspect_key(self, public_key: Path) -> TrustedKey:
        """The key in a `.pem` file (its ID, to compare with the sender's) without trusting it."""
        return self._trusted_keys.inspect(public_key)

    def trust_key(self, public_key: Path) -> TrustedKey:
        return self._trusted_keys.install(public_key)


def describe_origin(info: InstalledContent) -> str:
    """'imported on 2026-12-01 from pack.zip, verified: ...' or 'came with PIM Desk'."""
    if not info.imported:
        return "came with PIM Desk"
    when = info.imported_at[:10] if info.imported_at else "an unknown date"
    signature = info.signature.describe() if info.signature else "signature unknown"
    return f"imported on {when} ({signature})"
