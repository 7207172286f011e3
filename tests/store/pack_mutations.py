"""The mutations of R8 to a pack's zip, manifest and signature: each turns a valid signed
content pack into a malformed one and says what its refusal must mention (`content_mutations`
holds those of the content itself; `test_pack_properties.py` draws from both)."""

from __future__ import annotations

import json
import re
import stat
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st
from nacl.signing import SigningKey

from pimdesk.domain.strict_json import MAX_NUMBER_CHARACTERS
from pimdesk.store.content_packs import ContentLibrary
from pimdesk.store.pack_format import MAX_ENTRIES, is_layout_file, is_layout_folder
from pimdesk.store.pack_signing import sign
from tests.store.pack_fixtures import (
    Document,
    RawEntry,
    Signer,
    build_pack,
    entries_of,
    manifest_for,
    raw_zip,
    rezip,
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


def writable(text: str) -> bool:
    return all(not 0xD800 <= ord(c) <= 0xDFFF for c in text)


# ---------------------------------------------------------------------------- mutations

Draw = Callable[[st.SearchStrategy[Any]], Any]
Mutator = Callable[[Draw, Installed], Malformed]
MUTATORS: list[Mutator] = []


def mutator(function: Mutator) -> Mutator:
    MUTATORS.append(function)
    return function


def signed_pack(files: dict[str, bytes], base: Installed, version: str = NEWER) -> bytes:
    return build_pack(files, base.signer.key, version)


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
                    writable(n)
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


# Numbers a manifest may hold: a longer one is refused as too long before anything else is
# read (`manifest_long_number`), so here it would hide the problem the mutation makes.
JSON_INTEGERS = st.integers(
    -(10 ** (MAX_NUMBER_CHARACTERS - 2)), 10 ** (MAX_NUMBER_CHARACTERS - 1) - 1
)
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | JSON_INTEGERS
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
    value = draw(JSON_VALUES.filter(lambda v: v != document[name] and writable(repr(v))))
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
        data = json.dumps(draw(st.lists(JSON_INTEGERS, max_size=3))).encode()
        problem = "manifest.json must hold a JSON object"
    return Malformed("manifest damaged", _with_manifest(base, data), problem)


@mutator
def manifest_long_number(draw: Draw, base: Installed) -> Malformed:
    """A number longer than any a pack holds, in any field or inside the list of files."""
    document = _manifest_document(base)
    digits = draw(st.integers(MAX_NUMBER_CHARACTERS + 1, 400))
    number = draw(st.sampled_from(["", "-"])) + str(draw(st.integers(1, 9))) + "0" * (digits - 1)
    if draw(st.booleans()):
        document[draw(st.sampled_from(sorted(FIELD_PROBLEMS)))] = "NUMBER"
    else:
        entry = document["files"][draw(st.sampled_from(sorted(document["files"])))]
        entry["size"] = "NUMBER"
    manifest = json.dumps(document).replace('"NUMBER"', number).encode("utf-8")
    expected = r"manifest\.json is not valid JSON \(the number -?\d+… \(\d+ digits\) is longer"
    return Malformed("manifest long number", _with_manifest(base, manifest), expected)


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
        pack = build_pack(base.files, SigningKey.generate(), NEWER)
        return Malformed(how, pack, r"it is signed with an unknown key \([0-9a-f]{16}\)")
    other = manifest_for(base.files, NEWER) + draw(st.binary(min_size=1, max_size=4))
    entries = [e for e in entries_of(base.pack) if e[0].filename != "manifest.sig"]
    entries.append((zipfile.ZipInfo("manifest.sig"), sign(other, base.signer.key)))
    return Malformed(how, rezip(entries), "its signature is bad")
