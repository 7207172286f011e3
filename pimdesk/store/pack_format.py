"""The content-pack format: its layout, its limits and its manifest, read strictly.

A pack is a zip holding `manifest.json`, an optional `manifest.sig` and the content sources in
the layout of `resources/content`: `meta.toml` and one file per kind at the top, translations in
two-letter language folders. Everything outside that layout is refused, which also refuses
`..`, absolute paths, drive letters and backslashes; the messages still name those attacks.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Callable
from typing import Any, NoReturn

from pimdesk.content.schema import CONTENT_FILES
from pimdesk.content.sources import KNOWN_LANGUAGES, MAX_SOURCE_FILE_BYTES, TERMBASE_FILE
from pimdesk.domain import strict_json
from pimdesk.domain.content_packs import VERSION_PATTERN, PackFile, PackManifest
from pimdesk.domain.errors import ContentError
from pimdesk.domain.strict_json import StrictJsonError

FORMAT_NAME = "pimdesk-content-pack"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"

TRANSLATABLE_FILES = tuple(name for name in CONTENT_FILES if name != "meta.toml")
# Files a pack may carry beside the content: the termbase, whose allowed English the checks of
# translations read.
OPTIONAL_FILES = (TERMBASE_FILE,)
# The layout allows this many names at most: both manifest files, the top-level sources, and
# per language a folder entry plus its translations. A zip with more entries is not a pack.
MAX_ENTRIES = (
    2
    + len(CONTENT_FILES)
    + len(OPTIONAL_FILES)
    + len(KNOWN_LANGUAGES) * (1 + len(TRANSLATABLE_FILES))
)
MAX_FILE_BYTES = MAX_SOURCE_FILE_BYTES
MAX_MANIFEST_BYTES = 256 * 1024
MAX_SIGNATURE_BYTES = 4 * 1024
MAX_TOTAL_BYTES = 64 * 1024 * 1024
MAX_PACK_BYTES = 64 * 1024 * 1024
# Text compresses 3 to 10 times; deflate's ceiling is about 1,030. Small files are exempt
# because headers dominate their ratio and the size caps bound them anyway.
MAX_COMPRESSION_RATIO = 100
RATIO_EXEMPT_BYTES = 64 * 1024

_DRIVE = re.compile(r"^[A-Za-z]:")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_MANIFEST_KEYS = {
    "format",
    "format_version",
    "content_version",
    "content_date",
    "title",
    "languages",
    "files",
}


def refuse(pack_name: str, problem: str) -> NoReturn:
    """Every refusal reads the same way: the pack, then the one thing wrong with it."""
    raise ContentError(f"The content pack {pack_name} is refused: {problem}.")


def shown(name: str, limit: int = 80) -> str:
    """An entry name made safe to print on one line: control characters escaped, shortened."""
    text = "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in name[:limit])
    return f"'{text}{'...' if len(name) > limit else ''}'"


def is_layout_file(name: str) -> bool:
    if name in CONTENT_FILES or name in OPTIONAL_FILES:
        return True
    language, _, file = name.partition("/")
    return language in KNOWN_LANGUAGES and file in TRANSLATABLE_FILES


def is_layout_folder(name: str) -> bool:
    return name.endswith("/") and name[:-1] in KNOWN_LANGUAGES


_NAME_RULES: tuple[tuple[Callable[[str], bool], str], ...] = (
    (lambda name: "\\" in name, "uses backslashes in its path"),
    (lambda name: name.startswith("/"), "is an absolute path"),
    (lambda name: bool(_DRIVE.match(name)), "starts with a drive letter"),
    (lambda name: ".." in name.split("/"), "climbs out of the pack with '..'"),
)


def entry_name_problem(raw_name: str, name: str) -> str | None:
    """Why an entry name is not acceptable, or None. `raw_name` is the name as stored in the
    zip, before Python's zipfile cut it at a NUL or turned backslashes into slashes."""
    entry = f"the entry {shown(raw_name)}"
    if "\x00" in raw_name:
        return f"{entry} has a NUL character in its name"
    for breaks_rule, problem in _NAME_RULES:
        if breaks_rule(raw_name):
            return f"{entry} {problem}"
    if raw_name != name:
        return f"{entry} has a name that zipfile alters"
    if raw_name in (MANIFEST, SIGNATURE) or is_layout_file(raw_name) or is_layout_folder(raw_name):
        return None
    return f"{entry} is not part of a content pack's layout"


# ---------------------------------------------------------------------------- strict JSON


_JSON_PROBLEMS = {
    "duplicate": "the key '{detail}' appears twice",
    "constant": "{detail} is not a number JSON allows",
    "syntax": "{detail}",
    "number": "the number {detail} is longer than any a pack holds",
    "text": "the text {detail} holds a broken character",
}


def parse_json(data: bytes, what: str, fail: Callable[[str], NoReturn]) -> Any:
    """Parse small, UTF-8, duplicate-free JSON; `fail` is called with the problem."""
    try:
        return strict_json.loads(data)
    except StrictJsonError as error:
        if error.problem == "encoding":
            fail(f"{what} is not UTF-8 text (byte {error.detail})")
        if error.problem == "depth":
            fail(f"{what} is nested too deeply")
        detail = _JSON_PROBLEMS[error.problem].format(detail=error.detail)
        fail(f"{what} is not valid JSON ({shown(detail, 120)[1:-1]})")


# ---------------------------------------------------------------------------- the manifest


def parse_manifest(data: bytes, pack_name: str) -> PackManifest:
    def fail(problem: str) -> NoReturn:
        refuse(pack_name, problem)

    document = parse_json(data, MANIFEST, fail)
    if not isinstance(document, dict):
        fail(f"{MANIFEST} must hold a JSON object")
    if document.get("format") != FORMAT_NAME:
        fail(f"{MANIFEST} does not say it is a PIM Desk content pack")
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        fail(f"{MANIFEST}: format_version must be a whole number")
    if version > FORMAT_VERSION:
        fail(
            f"it is in pack format {version}, made for a newer PIM Desk; "
            f"this PIM Desk reads pack format {FORMAT_VERSION} (update PIM Desk first)"
        )
    unknown = sorted(set(document) - _MANIFEST_KEYS)
    if unknown:
        fail(f"{MANIFEST}: '{shown(unknown[0])[1:-1]}' is not a known field")
    return PackManifest(
        format_version=version,
        content_version=_version(document.get("content_version"), fail),
        content_date=_date(document.get("content_date"), fail),
        title=_title(document.get("title"), fail),
        languages=_languages(document.get("languages"), fail),
        files=_files(document.get("files"), fail),
    )


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _version(value: Any, fail: Callable[[str], NoReturn]) -> str:
    if not isinstance(value, str) or not VERSION_PATTERN.fullmatch(value):
        fail(f"{MANIFEST}: content_version must be a version like 1.2.0")
    return value


def _date(value: Any, fail: Callable[[str], NoReturn]) -> datetime.date:
    if not isinstance(value, str) or not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
        fail(f"{MANIFEST}: content_date must be a date like 2026-11-26")
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        fail(f"{MANIFEST}: content_date {shown(value)} is not a real date")


def _title(value: Any, fail: Callable[[str], NoReturn]) -> str:
    if not isinstance(value, str) or not value.strip() or not value.isprintable():
        fail(f"{MANIFEST}: title must be one line of text")
    return value


def _languages(value: Any, fail: Callable[[str], NoReturn]) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        fail(f"{MANIFEST}: languages must be a list of language codes")
    for language in value:
        if not isinstance(language, str) or language not in KNOWN_LANGUAGES:
            fail(f"{MANIFEST}: languages holds {shown(str(language))}, not a known language code")
    if len(set(value)) != len(value):
        fail(f"{MANIFEST}: languages lists a language twice")
    return tuple(value)


def _files(value: Any, fail: Callable[[str], NoReturn]) -> tuple[PackFile, ...]:
    if not isinstance(value, dict) or not value:
        fail(f"{MANIFEST}: files must map each file name to its sha256 and size")
    files = []
    for name, entry in value.items():
        if not is_layout_file(name):
            fail(f"{MANIFEST} lists {shown(name)}, which is not a content file of a pack")
        if not isinstance(entry, dict) or set(entry) != {"sha256", "size"}:
            fail(f"{MANIFEST}: the entry for {name} must have exactly sha256 and size")
        digest, size = entry["sha256"], entry["size"]
        if not isinstance(digest, str) or not _SHA256.fullmatch(digest):
            fail(f"{MANIFEST}: the sha256 of {name} must be 64 lower-case hex digits")
        if not _is_int(size) or not 0 <= size <= MAX_FILE_BYTES:
            fail(f"{MANIFEST}: the size of {name} must be a whole number up to {MAX_FILE_BYTES}")
        files.append(PackFile(name, digest, size))
    return tuple(sorted(files, key=lambda f: f.name))


def manifest_bytes(manifest: PackManifest) -> bytes:
    """The manifest as the pack stores it: canonical JSON, so the same content signs the same."""
    document = {
        "format": FORMAT_NAME,
        "format_version": manifest.format_version,
        "content_version": manifest.content_version,
        "content_date": manifest.content_date.isoformat(),
        "title": manifest.title,
        "languages": list(manifest.languages),
        "files": {f.name: {"sha256": f.sha256, "size": f.size} for f in manifest.files},
    }
    return (json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()
