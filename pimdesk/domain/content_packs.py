"""Content packs as records: what a pack claims, who signed it, what it changes, what was done.

A content pack carries a complete content set (the same TOML sources as `resources/content`)
with a manifest and, usually, an Ed25519 signature. These records are what the content service
hands to the CLI and the GUI: immutable, Qt-free, printable.
"""

from __future__ import annotations

import datetime
import re
from enum import Enum
from pathlib import Path

from pimdesk.domain.content import TranslationCoverage
from pimdesk.domain.records import record

VERSION_PATTERN = re.compile(r"([0-9]{1,6})\.([0-9]{1,6})\.([0-9]{1,6})")
BUNDLED = "bundled"


def version_key(version: str) -> tuple[int, int, int]:
    """`1.10.0` sorts after `1.9.0`: versions compare as numbers, part by part."""
    match = VERSION_PATTERN.fullmatch(version)
    if match is None:
        raise ValueError(f"not a content version: {version!r}")
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch


def is_newer(candidate: str, installed: str) -> bool:
    return version_key(candidate) > version_key(installed)


class SignatureStatus(str, Enum):
    """What checking a pack's signature against the trusted keys found."""

    VERIFIED = "verified"
    UNSIGNED = "unsigned"
    UNKNOWN_KEY = "unknown_key"
    BAD_SIGNATURE = "bad_signature"

    @property
    def trusted(self) -> bool:
        return self is SignatureStatus.VERIFIED


@record
class SignatureCheck:
    status: SignatureStatus
    key_id: str = ""
    key_name: str = ""  # the trusted key's file name, when the key is known

    def describe(self) -> str:
        """One phrase for a preview or `content info`."""
        if self.status is SignatureStatus.VERIFIED:
            return f"verified: signed with the trusted key {self.key_name} ({self.key_id})"
        if self.status is SignatureStatus.UNSIGNED:
            return "not signed"
        if self.status is SignatureStatus.UNKNOWN_KEY:
            return f"signed with an unknown key ({self.key_id}), not among the trusted keys"
        return f"bad signature: it does not verify with the trusted key {self.key_name}"


@record
class PackFile:
    name: str  # a path inside the pack, such as `glossary.toml` or `fr/glossary.toml`
    sha256: str
    size: int


@record
class PackManifest:
    """What a pack says about itself; every claim is checked before anything is applied."""

    format_version: int
    content_version: str
    content_date: datetime.date
    title: str
    languages: tuple[str, ...]
    files: tuple[PackFile, ...]


@record
class TrustedKey:
    """A public key the administrator installed; `problem` is set when the file is unusable."""

    name: str
    path: Path
    key_id: str = ""
    problem: str = ""

    @property
    def usable(self) -> bool:
        return not self.problem


@record
class RecordChange:
    """One record a pack adds, changes or removes; `fields` names what changed, and `before`
    and `after` hold each changed field's text on either side (in the order of `fields`)."""

    id: str
    language: str
    label: str
    fields: tuple[str, ...] = ()
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()


@record
class KindChanges:
    kind: str  # a content kind: category, element, term, ...
    added: tuple[RecordChange, ...] = ()
    changed: tuple[RecordChange, ...] = ()
    removed: tuple[RecordChange, ...] = ()

    @property
    def count(self) -> int:
        return len(self.added) + len(self.changed) + len(self.removed)


@record
class ContentDiff:
    """What replacing one content set by another changes, kind by kind (only kinds that change)."""

    from_version: str
    to_version: str
    kinds: tuple[KindChanges, ...]

    @property
    def is_empty(self) -> bool:
        return not self.kinds

    def totals(self) -> tuple[int, int, int]:
        """Added, changed and removed records over all kinds."""
        return (
            sum(len(k.added) for k in self.kinds),
            sum(len(k.changed) for k in self.kinds),
            sum(len(k.removed) for k in self.kinds),
        )

    def for_kind(self, kind: str) -> KindChanges:
        return next((k for k in self.kinds if k.kind == kind), KindChanges(kind))


@record
class InstalledContent:
    """The content the app reads now, where it comes from, and what a rollback would return to."""

    version: str
    date: datetime.date
    title: str
    languages: tuple[str, ...]
    content_hash: str
    database: Path
    imported: bool  # False: the content that came with PIM Desk
    signature: SignatureCheck | None = None
    imported_at: str = ""
    previous_version: str | None = None  # None: nothing to roll back to
    notices: tuple[str, ...] = ()
    coverage: tuple[TranslationCoverage, ...] = ()


@record
class PackPreview:
    """A checked pack and what importing it would change; `refusal` says why it would not."""

    pack: Path
    manifest: PackManifest
    signature: SignatureCheck
    installed_version: str
    diff: ContentDiff
    refusal: str = ""

    @property
    def importable(self) -> bool:
        return not self.refusal


@record
class ImportProgress:
    """Step `step` of `steps`, for a progress bar; `message` says what is being done."""

    step: int
    steps: int
    message: str


@record
class ContentSwitch:
    """The result of an import or a rollback: which content was active before and is now."""

    from_version: str
    to_version: str
    signature: SignatureCheck | None = None
    rollback_version: str | None = None  # what `content rollback` would now return to
