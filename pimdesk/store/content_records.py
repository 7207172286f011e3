"""The small files that say which imported content is active and where each version came from.

`content/active.json` names the active version and the one a rollback returns to; each version
folder holds `pack.json` (its version, hash, signer, import time). Both are written atomically
and read strictly: a damaged record is reported, never guessed at, and a name in it can only
ever point inside `content/versions/`.
"""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path
from typing import Any, NoReturn

from pimdesk.domain.content_packs import BUNDLED, SignatureCheck, SignatureStatus
from pimdesk.domain.errors import ContentError
from pimdesk.domain.records import record
from pimdesk.store.files import write_atomically

POINTER = "active.json"
VERSION_RECORD = "pack.json"
POINTER_FORMAT = 1
MAX_RECORD_BYTES = 16 * 1024
VERSION_NAME = re.compile(r"[0-9]{1,6}\.[0-9]{1,6}\.[0-9]{1,6}-[0-9a-f]{12}")


class DamagedRecord(ContentError):
    """A pointer or version record that cannot be read as written."""


@record
class Pointer:
    active: str  # a version folder name, or BUNDLED
    previous: str | None  # what a rollback returns to: a version folder name, BUNDLED or None


@record
class VersionRecord:
    version: str
    date: str
    content_hash: str
    imported_at: str
    pack_name: str
    signature: SignatureCheck


def version_name(version: str, content_hash: str) -> str:
    return f"{version}-{content_hash[:12]}"


def _is_name(value: Any, allow_none: bool) -> bool:
    if value is None:
        return allow_none
    return isinstance(value, str) and (value == BUNDLED or bool(VERSION_NAME.fullmatch(value)))


def _load(path: Path) -> Any:
    def fail(problem: str) -> NoReturn:
        raise DamagedRecord(f"{path} is damaged: {problem}.")

    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_RECORD_BYTES + 1)
    except OSError as error:
        fail(f"it cannot be read ({error.strerror})")
    if len(data) > MAX_RECORD_BYTES:
        fail("it is too large")
    from pimdesk.store.pack_format import parse_json  # its checks load the content schema

    return parse_json(data, path.name, fail)


def read_pointer(content_dir: Path) -> Pointer | None:
    """The pointer, or None when no content was ever imported; DamagedRecord if unreadable."""
    path = content_dir / POINTER
    if not path.exists():
        return None
    document = _load(path)
    if (
        not isinstance(document, dict)
        or set(document) != {"format", "active", "previous"}
        or document["format"] != POINTER_FORMAT
        or not _is_name(document["active"], allow_none=False)
        or not _is_name(document["previous"], allow_none=True)
    ):
        raise DamagedRecord(f"{path} is damaged: it does not name a content version.")
    return Pointer(document["active"], document["previous"])


def write_pointer(content_dir: Path, pointer: Pointer) -> None:
    document = {"format": POINTER_FORMAT, "active": pointer.active, "previous": pointer.previous}
    write_atomically(content_dir / POINTER, _encoded(document))


def read_version_record(folder: Path) -> VersionRecord:
    path = folder / VERSION_RECORD
    document = _load(path)
    try:
        signature = document["signature"]
        return VersionRecord(
            version=str(document["version"]),
            date=str(document["date"]),
            content_hash=str(document["content_hash"]),
            imported_at=str(document["imported_at"]),
            pack_name=str(document["pack"]),
            signature=SignatureCheck(
                SignatureStatus(signature["status"]),
                str(signature["key_id"]),
                str(signature["key_name"]),
            ),
        )
    except (KeyError, TypeError, ValueError):
        raise DamagedRecord(f"{path} is damaged: a field is missing or wrong.") from None


def write_version_record(folder: Path, record: VersionRecord) -> None:
    document = {
        "version": record.version,
        "date": record.date,
        "content_hash": record.content_hash,
        "imported_at": record.imported_at,
        "pack": record.pack_name,
        "signature": {
            "status": record.signature.status.value,
            "key_id": record.signature.key_id,
            "key_name": record.signature.key_name,
        },
    }
    write_atomically(folder / VERSION_RECORD, _encoded(document))


def now_utc() -> str:
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _encoded(document: dict[str, Any]) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
