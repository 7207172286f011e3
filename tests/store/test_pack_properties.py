"""R8: over a thousand generated malformed content packs, every one refused with a message that
names its problem, on one line, and the active content exactly as it was (same files, same
hashes) after each.

The base is a valid, signed pack of the tiny content at a newer version than the one installed,
so that each example is refused for its mutation alone. Mutations cover the zip (truncated,
hostile names, links, duplicates, too many entries, bombs, encryption, other compression), the
manifest (damaged JSON, wrong types, wrong hashes, missing and unlisted files), the signature,
and the content (unknown IDs, duplicates, dangling links, wrong types, missing fields, bad
encodings, invalid TOML, missing files, versions that are not newer).
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
import stat
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from pimdesk.content.schema import CONTENT_FILES, RECORD_SPECS, Field, FieldType
from pimdesk.content.values import ID_PATTERN
from pimdesk.domain.errors import ContentError
from pimdesk.paths import AppPaths
from pimdesk.store.content_packs import DATABASE, LOCK, ContentLibrary
from pimdesk.store.content_records import POINTER
from pimdesk.store.pack_format import MAX_ENTRIES, is_layout_file, is_layout_folder
from pimdesk.store.pack_signing import TrustedKeys, sign
from tests.store.pack_fixtures import (
    Document,
    RawEntry,
    Signer,
    build_pack,
    content_files,
    entries_of,
    manifest_for,
    mini_content,
    raw_zip,
    rezip,
    toml_text,
    zero_bomb,
)

INSTALLED, NEWER = "2.0.0", "3.0.0"
UNKNOWN_PREFIX = "zz_unknown_"


@dataclass(frozen=True)
class Malformed:
    """A pack, what its refusal must mention (a regular expression), and whether unsigned packs
    are allowed (so that signature checks do not hide the mutation)."""

    kind: str
    pack: bytes
    expected: str
    allow_unsigned: bool = False


@dataclass
class Installed:
    library: ContentLibrary
    signer: Signer
    content: dict[str, Document]
    files: dict[str, bytes]
    pack: bytes
    bombs: dict[int, tuple[bytes, int]]


@pytest.fixture(scope="module")
def installed(mini_bundled: Path) -> Iterator[Installed]:
    """A data folder with the tiny content imported at 2.0.0, and a valid 3.0.0 pack."""
    with tempfile.TemporaryDirectory(prefix="pimdesk-r8-") as folder:
        paths = AppPaths(Path(folder) / "data", mini_bundled)
        signer = Signer()
        signer.trust(paths.trusted_keys_dir)
        library = ContentLibrary(
            paths.content_dir, mini_bundled, TrustedKeys(paths.trusted_keys_dir)
        )
        first = Path(folder) / "installed.zip"
        first.write_bytes(build_pack(content_files(mini_content(INSTALLED)), signer.key, INSTALLED))
        library.import_pack(first)
        content = mini_content(NEWER)
        files = content_files(content)
        yield Installed(
            library,
            signer,
            content,
            files,
            build_pack(files, signer.key, NEWER),
            {size: zero_bomb(size) for size in (1, 2, 3)},
        )


def snapshot(folder: Path) -> tuple[dict[str, tuple[int, int]], str, str]:
    """The installed content as it stands: every file's size and time stamp (the empty lock file
    aside), and the SHA-256 of the pointer and of the active reference database."""
    files = {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != LOCK
    }
    pointer = folder / POINTER
    active = json.loads(pointer.read_bytes())["active"]
    database = folder / "versions" / active / DATABASE
    return files, _sha256(pointer), _sha256(database)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ---------------------------------------------------------------------------- where fields are


@dataclass(frozen=True)
class Site:
    """One field of one record in the base content: file, array key, index, child key/index."""

    file: str
    key: str
    index: int
    field: Field
    child: tuple[str, int] | None = None

    def record(self, content: dict[str, Document]) -> dict[str, Any]:
        record: dict[str, Any] = content[self.file][self.key][self.index]
        if self.child is not None:
            child_key, child_index = self.child
            record = record[child_key][child_index]
        return record


def _sites() -> list[Site]:
    content = mini_content(NEWER)
    sites = []
    for spec in RECORD_SPECS:
        for index, record in enumerate(content[spec.file][spec.key]):
            sites += [Site(spec.file, spec.key, index, f) for f in spec.fields]
            for child in spec.children:
                for child_index, _ in enumerate(record.get(child.key, [])):
                    sites += [
                        Site(spec.file, spec.key, index, f, (child.key, child_index))
                        for f in child.fields
                    ]
    return sites


SITES = _sites()
REF_SITES = [s for s in SITES if s.field.ref is not None]
REQUIRED_SITES = [
    s for s in SITES if s.field.required and s.field.name in s.record(mini_content(NEWER))
]
TEXT_TYPES = (FieldType.TEXT, FieldType.LABEL, FieldType.SOURCE)


def _wrong_value(field: Field) -> st.SearchStrategy[Any]:
    """Values that can never be valid for `field`."""
    not_text = st.one_of(
        st.integers(),
        st.booleans(),
        st.floats(allow_nan=False),
        st.lists(st.integers(), max_size=3),
        st.dictionaries(st.sampled_from(["a", "b"]), st.integers(), max_size=2),
    )
    if field.type in TEXT_TYPES:
        return st.one_of(not_text, st.sampled_from(["", "   ", "\n"]))
    if field.type in (FieldType.ID, FieldType.REF):
        bad_ids = st.text(max_size=12).filter(lambda t: not ID_PATTERN.match(t))
        return st.one_of(not_text, bad_ids.filter(_writable))
    if field.type is FieldType.INT:
        return st.one_of(
            st.integers(max_value=-1), st.text(max_size=5).filter(_writable), st.floats()
        )
    if field.type in (FieldType.CHOICE, FieldType.ORIGIN):
        choices = field.choices or ("source", "editorial")
        words = st.text(max_size=12).filter(lambda t: t not in choices and _writable(t))
        return st.one_of(not_text.filter(lambda v: not isinstance(v, bool)), words)
    return st.one_of(  # lists of texts or of IDs
        st.integers(),
        st.text(max_size=8).filter(_writable),
        st.lists(st.integers(), min_size=1, max_size=3),
    )


def _writable(text: str) -> bool:
    return all(not 0xD800 <= ord(c) <= 0xDFFF for c in text)


# ---------------------------------------------------------------------------- mutations

Draw = Callable[[st.SearchStrategy[Any]], Any]
Mutator = Callable[[Draw, Installed], Malformed]
MUTATORS: list[Mutator] = []


def mutator(function: Mutator) -> Mutator:
    MUTATORS.append(function)
    return function


def _signed(files: dict[str, bytes], base: Installed, version: str = NEWER) -> bytes:
    return build_pack(files, base.signer.key, version)


def _with_document(
    base: Installed, file: str, change: Callable[[Document], None], version: str = NEWER
) -> bytes:
    document = copy.deepcopy(base.content[file])
    change(document)
    return _signed({**base.files, file: toml_text(document).encode("utf-8")}, base, version)


def _content_refusal(problem: str) -> str:
    return r"its content is not valid \(" + problem


@mutator
def truncated(draw: Draw, base: Installed) -> Malformed:
    cut = draw(st.integers(0, len(base.pack) - 1))
    return Malformed("truncated", base.pack[:cut], "is refused: it is not a readable zip file")


HOSTILE_NAMES = [
    "../meta.toml",
    "fr/../../x.toml",
    "/meta.toml",
    "C:/meta.toml",
    "c:meta.toml",
    "fr\\glossary.toml",
    "..\\..\\x",
    "fr/",
    "glossary.toml/",
    "xx/",
    "SCHEMA.md",
    "fr/meta.toml",
    "Glossary.toml",
]


@mutator
def hostile_name(draw: Draw, base: Installed) -> Malformed:
    name = draw(
        st.one_of(
            st.sampled_from(HOSTILE_NAMES),
            st.text(min_size=1, max_size=40).filter(
                lambda n: (
                    _writable(n)
                    and "\x00" not in n
                    and not is_layout_file(n)
                    and not is_layout_folder(n)
                    and n not in ("manifest.json", "manifest.sig")
                )
            ),
        )
    )
    entries = [*entries_of(base.pack), (zipfile.ZipInfo(name), b"x = 1\n")]
    return Malformed("hostile name", rezip(entries), "the entry ")


@mutator
def special_file(draw: Draw, base: Installed) -> Malformed:
    entries = entries_of(base.pack)
    index = draw(st.integers(0, len(entries) - 1))
    kind, problem = draw(
        st.sampled_from(
            [
                (stat.S_IFLNK, "is a symbolic link"),
                (stat.S_IFIFO, "is not a regular file"),
                (stat.S_IFCHR, "is not a regular file"),
                (stat.S_IFSOCK, "is not a regular file"),
                (stat.S_IFDIR, "is a folder where a file belongs"),
            ]
        )
    )
    entries[index][0].external_attr = (kind | 0o644) << 16
    return Malformed("special file", rezip(entries), problem)


def _raw(entries: list[tuple[zipfile.ZipInfo, bytes]], flags: int = 0x800) -> list[RawEntry]:
    return [
        RawEntry(info.filename, data, len(data), zlib.crc32(data), zipfile.ZIP_STORED, flags=flags)
        for info, data in entries
    ]


@mutator
def duplicate_entry(draw: Draw, base: Installed) -> Malformed:
    raw = _raw(entries_of(base.pack))
    twin = draw(st.sampled_from(raw))
    position = draw(st.integers(0, len(raw)))
    raw.insert(position, twin)
    return Malformed("duplicate entry", raw_zip(raw), "appears twice")


@mutator
def too_many_entries(draw: Draw, base: Installed) -> Malformed:
    count = draw(st.integers(MAX_ENTRIES + 1, MAX_ENTRIES + 500))
    raw = _raw(entries_of(base.pack))
    raw += [RawEntry(f"x{n}.toml", b"", 0, 0, zipfile.ZIP_STORED) for n in range(count)]
    return Malformed("too many entries", raw_zip(raw), "entries; a content pack has at most")


@mutator
def bomb(draw: Draw, base: Installed) -> Malformed:
    size = draw(st.sampled_from(sorted(base.bombs)))
    stream, crc = base.bombs[size]
    raw = _raw(entries_of(base.pack))
    index = draw(st.integers(0, len(raw) - 1))
    raw[index] = RawEntry(raw[index].name, stream, size << 20, crc)
    return Malformed("bomb", raw_zip(raw), r"would expand \d+ times")


@mutator
def encrypted(draw: Draw, base: Installed) -> Malformed:
    raw = _raw(entries_of(base.pack))
    index = draw(st.integers(0, len(raw) - 1))
    entry = raw[index]
    raw[index] = RawEntry(entry.name, entry.compressed, entry.file_size, entry.crc, 0, flags=0x801)
    return Malformed("encrypted", raw_zip(raw), "is encrypted")


@mutator
def other_compression(draw: Draw, base: Installed) -> Malformed:
    entries = entries_of(base.pack)
    index = draw(st.integers(0, len(entries) - 1))
    entries[index][0].compress_type = draw(st.sampled_from([zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA]))
    return Malformed("compression", rezip(entries), "compression method other than deflate")


@mutator
def no_manifest(draw: Draw, base: Installed) -> Malformed:
    entries = [e for e in entries_of(base.pack) if e[0].filename != "manifest.json"]
    return Malformed("no manifest", rezip(entries), "it has no manifest.json")


def _manifest_document(base: Installed) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(manifest_for(base.files, NEWER))
    return document


def _with_manifest(base: Installed, manifest: bytes, signed: bool = True) -> bytes:
    return build_pack(base.files, base.signer.key if signed else None, manifest=manifest)


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=6,
)
FIELD_PROBLEMS = {
    "format": "does not say it is a PIM Desk content pack",
    "format_version": "format_version must be a whole number|made for a newer PIM Desk",
    "content_version": "content_version must be a version|gives the content version as",
    "content_date": r"content_date (must be a date|.* is not a real date)|gives the date as",
    "title": "title must be one line|gives the title as",
    "languages": "languages (must be a list|holds|lists a language twice)|gives the languages",
    "files": (
        "files must map|lists .*, which is not a content file|the entry for .* must have"
        "|the sha256 of|the size of|in the pack but not in|missing from the pack|not a complete"
    ),
}


@mutator
def manifest_field(draw: Draw, base: Installed) -> Malformed:
    document = _manifest_document(base)
    name = draw(st.sampled_from(sorted(FIELD_PROBLEMS)))
    value = draw(JSON_VALUES.filter(lambda v: v != document[name] and _writable(repr(v))))
    removed = draw(st.booleans())
    if removed:
        del document[name]
    else:
        document[name] = value
    manifest = json.dumps(document).encode("utf-8")
    return Malformed("manifest field", _with_manifest(base, manifest), FIELD_PROBLEMS[name])


@mutator
def manifest_extra_field(draw: Draw, base: Installed) -> Malformed:
    document = _manifest_document(base)
    name = draw(st.text(min_size=1, max_size=10).filter(lambda n: n not in document))
    document[name] = draw(JSON_VALUES)
    manifest = json.dumps(document).encode("utf-8")
    return Malformed("manifest extra", _with_manifest(base, manifest), "is not a known field")


@mutator
def manifest_damaged(draw: Draw, base: Installed) -> Malformed:
    text = manifest_for(base.files, NEWER).decode("utf-8")
    damage = draw(st.sampled_from(["cut", "duplicate", "nan", "utf16", "not object"]))
    if damage == "cut":
        data = text[: draw(st.integers(0, len(text) - 3))].encode()
        problem = "manifest.json is not valid JSON"
    elif damage == "duplicate":
        data = text.replace('"title"', '"title": "twice", "title"', 1).encode()
        problem = "the key 'title' appears twice"
    elif damage == "nan":
        data = re.sub(r'"format_version": \d+', '"format_version": NaN', text).encode()
        problem = "NaN is not a number JSON allows"
    elif damage == "utf16":
        data = text.encode("utf-16")
        problem = "manifest.json is not UTF-8 text"
    else:
        data = json.dumps(draw(st.lists(st.integers(), max_size=3))).encode()
        problem = "manifest.json must hold a JSON object"
    return Malformed("manifest damaged", _with_manifest(base, data), problem)


@mutator
def wrong_hash(draw: Draw, base: Installed) -> Malformed:
    document = _manifest_document(base)
    name = draw(st.sampled_from(sorted(document["files"])))
    entry = document["files"][name]
    if draw(st.booleans()):
        digit = draw(st.integers(0, 63))
        flipped = "0" if entry["sha256"][digit] != "0" else "1"
        entry["sha256"] = entry["sha256"][:digit] + flipped + entry["sha256"][digit + 1 :]
    else:
        entry["size"] = draw(st.integers(0, 4 * 1024 * 1024).filter(lambda s: s != entry["size"]))
    manifest = json.dumps(document).encode("utf-8")
    expected = f"{re.escape(name)} does not match the SHA-256 in its manifest.json"
    return Malformed("wrong hash", _with_manifest(base, manifest), expected)


@mutator
def listed_but_missing(draw: Draw, base: Installed) -> Malformed:
    name = draw(st.sampled_from(sorted(base.files)))
    files = {k: v for k, v in base.files.items() if k != name}
    pack = build_pack(files, base.signer.key, manifest=manifest_for(base.files, NEWER))
    expected = f"'{re.escape(name)}' is listed in its manifest.json but missing from the pack"
    return Malformed("listed but missing", pack, expected)


@mutator
def present_but_unlisted(draw: Draw, base: Installed) -> Malformed:
    name = draw(st.sampled_from(["fr/principles.toml", "es/glossary.toml", "ar/elements.toml"]))
    files = {**base.files, name: b'language = "fr"\n'}
    pack = build_pack(files, base.signer.key, manifest=manifest_for(base.files, NEWER))
    expected = f"'{re.escape(name)}' is in the pack but not in its manifest.json"
    return Malformed("unlisted", pack, expected)


@mutator
def tampered_file(draw: Draw, base: Installed) -> Malformed:
    entries = entries_of(base.pack)
    content = [i for i, (info, _) in enumerate(entries) if info.filename.endswith(".toml")]
    index = draw(st.sampled_from(content))
    info, data = entries[index]
    position = draw(st.integers(0, len(data)))
    entries[index] = (
        info,
        data[:position] + draw(st.binary(min_size=1, max_size=8)) + data[position:],
    )
    expected = f"{re.escape(info.filename)} does not match the SHA-256"
    return Malformed("tampered", rezip(entries), expected, draw(st.booleans()))


@mutator
def untrusted(draw: Draw, base: Installed) -> Malformed:
    how = draw(st.sampled_from(["unsigned", "unknown key", "bad signature"]))
    if how == "unsigned":
        return Malformed(how, build_pack(base.files, None, NEWER), "it is not signed")
    if how == "unknown key":
        pack = build_pack(base.files, Ed25519PrivateKey.generate(), NEWER)
        return Malformed(how, pack, r"it is signed with an unknown key \([0-9a-f]{16}\)")
    other = manifest_for(base.files, NEWER) + draw(st.binary(min_size=1, max_size=4))
    entries = [e for e in entries_of(base.pack) if e[0].filename != "manifest.sig"]
    entries.append((zipfile.ZipInfo("manifest.sig"), sign(other, base.signer.key)))
    return Malformed(how, rezip(entries), "its signature is bad")


# ---------------------------------------------------------------------------- content mutations


@mutator
def unknown_reference(draw: Draw, base: Installed) -> Malformed:
    site = draw(st.sampled_from(REF_SITES))
    missing = UNKNOWN_PREFIX + draw(st.from_regex(r"[a-z0-9_]{0,8}", fullmatch=True))

    def change(document: Document) -> None:
        record = site.record({site.file: document})
        record[site.field.name] = [missing] if site.field.is_list else missing

    expected = _content_refusal(f".*unknown {site.field.ref} '{missing}'")
    return Malformed("unknown reference", _with_document(base, site.file, change), expected)


@mutator
def duplicate_record(draw: Draw, base: Installed) -> Malformed:
    spec = draw(st.sampled_from(RECORD_SPECS))
    records = base.content[spec.file][spec.key]
    index = draw(st.integers(0, len(records) - 1))

    def change(document: Document) -> None:
        document[spec.key].insert(draw(st.integers(0, len(records))), copy.deepcopy(records[index]))

    expected = _content_refusal(f".*duplicate {spec.kind} ID")
    return Malformed("duplicate record", _with_document(base, spec.file, change), expected)


@mutator
def wrong_type(draw: Draw, base: Installed) -> Malformed:
    site = draw(st.sampled_from(SITES))
    value = draw(_wrong_value(site.field))

    def change(document: Document) -> None:
        site.record({site.file: document})[site.field.name] = value

    expected = _content_refusal(".*(must be|lists an ID twice)")
    return Malformed("wrong type", _with_document(base, site.file, change), expected)


@mutator
def missing_field(draw: Draw, base: Installed) -> Malformed:
    site = draw(st.sampled_from(REQUIRED_SITES))

    def change(document: Document) -> None:
        del site.record({site.file: document})[site.field.name]

    expected = _content_refusal(f".*{site.field.name}: is required")
    return Malformed("missing field", _with_document(base, site.file, change), expected)


@mutator
def unknown_field(draw: Draw, base: Installed) -> Malformed:
    site = draw(st.sampled_from(SITES))
    name = "x_" + draw(st.from_regex(r"[a-z_]{1,10}", fullmatch=True))

    def change(document: Document) -> None:
        site.record({site.file: document})[name] = draw(st.sampled_from(["text", 1, ["a"]]))

    expected = _content_refusal(f".*{name}: is not a known field")
    return Malformed("unknown field", _with_document(base, site.file, change), expected)


@mutator
def bad_encoding(draw: Draw, base: Installed) -> Malformed:
    name = draw(st.sampled_from(sorted(base.files)))
    text = base.files[name].decode("utf-8").replace('"', '"é', 1)
    how = draw(st.sampled_from(["latin-1", "utf-16", "cp1252", "stray bytes"]))
    if how == "stray bytes":
        position = draw(st.integers(0, len(base.files[name])))
        data = base.files[name][:position] + b"\xff\xfe" + base.files[name][position:]
    else:
        data = text.encode(how)
    files = {**base.files, name: data}
    return Malformed("bad encoding", _signed(files, base), f"{re.escape(name)} is not UTF-8 text")


@mutator
def invalid_toml(draw: Draw, base: Installed) -> Malformed:
    name = draw(st.sampled_from(sorted(base.files)))
    broken = draw(st.sampled_from(["x = ", "[[", "= 1", 'a = "open', "key = 1\nkey = 2", "\x01"]))
    files = {**base.files, name: base.files[name] + b"\n" + broken.encode() + b"\n"}
    expected = _content_refusal(f"{re.escape(name)}: is not valid TOML")
    return Malformed("invalid TOML", _signed(files, base), expected)


@mutator
def missing_file(draw: Draw, base: Installed) -> Malformed:
    name = draw(st.sampled_from(CONTENT_FILES))
    files = {k: v for k, v in base.files.items() if k != name}
    expected = f"it is not a complete content set: {re.escape(name)} is missing"
    return Malformed("missing file", _signed(files, base), expected)


@mutator
def broken_rule(draw: Draw, base: Installed) -> Malformed:
    rule = draw(
        st.sampled_from(["self link", "missing cell", "alias clash", "unknown translation"])
    )
    if rule == "self link":
        file, problem = "relationships.toml", "links a category to itself"

        def change(document: Document) -> None:
            document["relationship"][0]["to"] = document["relationship"][0]["from"]

    elif rule == "missing cell":
        file, problem = "matrix.toml", "the matrix has no cell here"

        def change(document: Document) -> None:
            del document["cell"][draw(st.integers(0, len(document["cell"]) - 1))]

    elif rule == "alias clash":
        file, problem = "glossary.toml", "'Data sharing' is also informed_consent"

        def change(document: Document) -> None:
            document["term"][0]["aliases"] = ["Data sharing"]

    else:
        file, problem = "fr/glossary.toml", "no term with this ID"

        def change(document: Document) -> None:
            document["term"][0]["id"] = UNKNOWN_PREFIX + "term"

    return Malformed(rule, _with_document(base, file, change), _content_refusal(f".*{problem}"))


@mutator
def control_characters(draw: Draw, base: Installed) -> Malformed:
    site = draw(st.sampled_from([s for s in SITES if s.field.type in TEXT_TYPES]))
    character = chr(draw(st.sampled_from([*range(0x01, 0x09), 0x0B, 0x0C, 0x1F, 0x7F])))

    def change(document: Document) -> None:
        site.record({site.file: document})[site.field.name] = f"Text{character}here"

    expected = _content_refusal(".*(contains control characters|is neither 'editorial')")
    return Malformed("control characters", _with_document(base, site.file, change), expected)


@mutator
def bad_meta(draw: Draw, base: Installed) -> Malformed:
    field, value, problem = draw(
        st.sampled_from(
            [
                ("version", "3.0", "version: must be a version like 1.2.0"),
                ("version", 3, "version: must be a version like 1.2.0"),
                ("date", "2026-12-01", "date: must be a date like"),
                ("title", "", "title: is missing or empty"),
            ]
        )
    )

    def change(document: Document) -> None:
        document["content"][field] = value

    return Malformed(
        "bad meta", _with_document(base, "meta.toml", change), _content_refusal(f".*{problem}")
    )


@mutator
def not_newer(draw: Draw, base: Installed) -> Malformed:
    major = draw(st.integers(0, 2))
    minor, patch = draw(st.integers(0, 30)), draw(st.integers(0, 30))
    if major == 2:
        minor = patch = 0
    version = f"{major}.{minor}.{patch}"
    files = content_files(mini_content(version))
    expected = f"it holds content {re.escape(version)}, not newer than the installed {INSTALLED}"
    return Malformed("not newer", build_pack(files, base.signer.key, version), expected)


# ---------------------------------------------------------------------------- the property


@st.composite
def malformed_packs(draw: Draw, base: Installed) -> Malformed:
    chosen = draw(st.sampled_from(MUTATORS))
    return chosen(draw, base)


def test_r8_the_installed_content_is_the_one_the_property_watches(installed: Installed) -> None:
    active = installed.library.active()
    assert active.record is not None and active.record.version == INSTALLED
    _, _, database = snapshot(installed.library.content_dir)
    assert database == _sha256(active.database)


def test_r8_the_unmutated_pack_is_accepted(mini_bundled: Path, tmp_path: Path) -> None:
    """The control: without a mutation the same pack imports, so refusals are the mutations'."""
    paths = AppPaths(tmp_path / "data", mini_bundled)
    signer = Signer()
    signer.trust(paths.trusted_keys_dir)
    library = ContentLibrary(paths.content_dir, mini_bundled, TrustedKeys(paths.trusted_keys_dir))
    for version in (INSTALLED, NEWER):
        pack = tmp_path / f"{version}.zip"
        pack.write_bytes(build_pack(content_files(mini_content(version)), signer.key, version))
        assert library.import_pack(pack).to_version == version


@settings(max_examples=1000, deadline=None)
@given(data=st.data())
def test_r8_every_malformed_pack_is_refused_and_changes_nothing(
    installed: Installed, data: st.DataObject
) -> None:
    malformed = data.draw(malformed_packs(installed), label="pack")
    content_dir = installed.library.content_dir
    before = snapshot(content_dir)
    with tempfile.NamedTemporaryFile(suffix=".zip", delete=False) as handle:
        handle.write(malformed.pack)
    pack = Path(handle.name)
    try:
        installed.library.import_pack(pack, allow_unsigned=malformed.allow_unsigned)
    except ContentError as error:
        message = error.message
    else:
        pytest.fail(f"a malformed pack ({malformed.kind}) was imported")
    finally:
        pack.unlink()
    assert message.startswith(f"The content pack {pack.name} is refused: "), message
    assert re.search(malformed.expected, message), (malformed.kind, message)
    assert "\n" not in message
    assert snapshot(content_dir) == before
