"""A small, valid content set as data, a TOML writer for it, content packs made from it, and
the fixtures that give a test a data folder to import them into (`tests/conftest.py` loads
them as a plugin).

The property tests mutate this content thousands of times, so it is kept tiny (validating it
takes milliseconds) while still holding every kind of record, cross-references of each sort
and a translation folder.
"""

from __future__ import annotations

import copy
import datetime
import hashlib
import io
import json
import struct
import tempfile
import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from nacl.signing import SigningKey

from pimdesk.content.sources import load_sources, read_base_records
from pimdesk.content.stamping import stamp_language
from pimdesk.domain.content_packs import PackFile, PackManifest
from pimdesk.domain.errors import ContentError
from pimdesk.paths import AppPaths
from pimdesk.store.content_packs import ContentLibrary
from pimdesk.store.pack_format import FORMAT_VERSION, manifest_bytes
from pimdesk.store.pack_signing import TrustedKeys, public_pem, sign
from pimdesk.store.pack_writer import zip_pack
from pimdesk.store.reference_build import write_reference_database

Document = dict[str, Any]
CITED = "PIM WM2 2015 §1"


def _category(category_id: str, name: str, position: int) -> Document:
    return {
        "id": category_id,
        "name": name,
        "position": position,
        "status": "endorsed",
        "status_note": "Agreed at the working meeting.",
        "definition": f"What {name} is, in a few words of our own.",
        "definition_origin": "editorial",
        "purpose": f"Why {name} is done.",
        "explanation": f"How {name} fits with the rest.",
        "explanation_origin": "editorial",
        "source": CITED,
    }


def mini_content(version: str = "2.0.0") -> dict[str, Document]:
    """Each content file as a TOML document (a dict), keyed by its name in the pack."""
    return {
        "meta.toml": {
            "language": "en",
            "content": {
                "version": version,
                "date": datetime.date(2026, 12, 1),
                "title": "Mini content for tests",
            },
            "document": [
                {
                    "id": "pim_wm2_2015",
                    "short": "PIM WM2 2015",
                    "title": "Outcome document",
                    "sections": ["1", "2"],
                    "footnotes": 1,
                }
            ],
        },
        "framework.toml": {
            "language": "en",
            "statement": [
                {
                    "id": "pim_definition",
                    "kind": "definition",
                    "title": "What PIM is",
                    "text": "Principled, systematic and collaborative information work.",
                    "position": 1,
                    "source": CITED,
                    "origin": "source",
                }
            ],
        },
        "categories.toml": {
            "language": "en",
            "category": [
                _category("protection_monitoring", "Protection Monitoring", 1),
                _category("case_management", "Case Management", 2),
                _category("population_data", "Population Figures", 3),
            ],
            "merged_category": [
                {
                    "id": "old_category",
                    "name": "Old category",
                    "merged_into": "case_management",
                    "explanation": "Folded into case management.",
                    "source": "editorial",
                    "origin": "editorial",
                }
            ],
        },
        "elements.toml": {
            "language": "en",
            "element": [
                {
                    "id": "definition",
                    "name": "Definition",
                    "position": 1,
                    "description": "What the category is.",
                    "category_field": "definition",
                    "source": CITED,
                    "origin": "source",
                },
                {
                    "id": "sources_of_data",
                    "name": "Sources of data",
                    "position": 2,
                    "description": "Where the data comes from.",
                    "source": CITED,
                    "origin": "source",
                },
            ],
        },
        "matrix.toml": {
            "language": "en",
            "condition": [
                {
                    "id": "anonymised",
                    "label": "Anonymised",
                    "description": "Shared only without names.",
                    "source": CITED,
                    "origin": "source",
                }
            ],
            "cell": [
                {
                    "category": "protection_monitoring",
                    "element": "sources_of_data",
                    "source": CITED,
                    "item": [
                        {
                            "text": "Interviews with people in the area.",
                            "kind": "item",
                            "origin": "source",
                            "conditions": ["anonymised"],
                        }
                    ],
                },
                {
                    "category": "case_management",
                    "element": "sources_of_data",
                    "source": CITED,
                    "item": [{"text": "Case files.", "kind": "item", "origin": "source"}],
                },
                {
                    "category": "population_data",
                    "element": "sources_of_data",
                    "source": CITED,
                    "item": [{"text": "Registration.", "kind": "example", "origin": "editorial"}],
                },
            ],
        },
        "relationships.toml": {
            "language": "en",
            "relationship": [
                {
                    "id": "monitoring_feeds_cases",
                    "from": "protection_monitoring",
                    "to": "case_management",
                    "kind": "feeds",
                    "explanation": "Monitoring finds people who need case management.",
                    "source": "editorial",
                    "origin": "editorial",
                }
            ],
        },
        "access.toml": {
            "language": "en",
            "dimension": [
                {
                    "id": "access_of_population_to_aid",
                    "name": "Access of the population to aid",
                    "position": 1,
                    "source": CITED,
                    "origin": "editorial",
                    "variable": [
                        {
                            "id": "denial_of_need",
                            "name": "Denial of need",
                            "description": "Authorities deny that people need help.",
                        }
                    ],
                }
            ],
        },
        "scenarios.toml": {
            "language": "en",
            "scenario": [
                {
                    "id": "sudden_onset_emergency",
                    "name": "Sudden-onset emergency",
                    "position": 1,
                    "description": "A crisis that starts suddenly.",
                    "source": CITED,
                    "origin": "source",
                    "item": [
                        {
                            "id": "people_at_risk",
                            "priority": "must_have",
                            "text": "Where the people most at risk are.",
                            "categories": ["protection_monitoring"],
                            "origin": "source",
                            "source": CITED,
                        }
                    ],
                }
            ],
            "question": [
                {
                    "id": "who_is_at_risk",
                    "text": "Who is at risk, and where?",
                    "categories": ["protection_monitoring", "case_management"],
                    "scenarios": ["sudden_onset_emergency"],
                    "source": "editorial",
                    "origin": "editorial",
                }
            ],
        },
        "challenges.toml": {
            "language": "en",
            "challenge": [
                {
                    "id": "trust",
                    "name": "Trust",
                    "position": 1,
                    "description": "Partners do not trust each other with data.",
                    "mitigations": ["Agree on protocols."],
                    "principles": ["do_no_harm"],
                    "categories": ["case_management"],
                    "source": CITED,
                    "origin": "source",
                }
            ],
        },
        "principles.toml": {
            "language": "en",
            "principle": [
                {
                    "id": "do_no_harm",
                    "name": "Do no harm",
                    "position": 1,
                    "explanation": "Information work must not put people at risk.",
                    "source": CITED,
                    "origin": "source",
                }
            ],
        },
        "glossary.toml": {
            "language": "en",
            "term": [
                {
                    "id": "informed_consent",
                    "term": "Informed consent",
                    "aliases": ["consent"],
                    "related": ["data_sharing"],
                    "categories": ["case_management"],
                    "definition": [
                        {"text": "Agreement given knowingly.", "source": CITED, "origin": "source"}
                    ],
                },
                {
                    "id": "data_sharing",
                    "term": "Data sharing",
                    "definition": [
                        {"text": "Passing data on.", "source": "editorial", "origin": "editorial"}
                    ],
                },
            ],
        },
        "fr/glossary.toml": {
            "language": "fr",
            "term": [
                {
                    "id": "informed_consent",
                    "term": "Consentement éclairé",
                    "definition": [{"text": "Un accord donné en connaissance de cause."}],
                }
            ],
        },
    }


# ---------------------------------------------------------------------------- TOML


def toml_value(value: Any) -> str:
    """A TOML value; also writes the odd types the property tests put where they do not belong."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, str):  # JSON escapes are TOML escapes, DEL aside (TOML forbids it raw)
        return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {toml_value(v)}" for k, v in value.items()) + " }"
    raise TypeError(f"cannot write {value!r} as TOML")


def _is_table_array(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def toml_text(document: Mapping[str, Any], prefix: str = "") -> str:
    lines = [
        f"{key} = {toml_value(value)}"
        for key, value in document.items()
        if not _is_table_array(value) and not (isinstance(value, dict) and not prefix)
    ]
    for key, value in document.items():
        if isinstance(value, dict) and not prefix:
            lines.append(f"\n[{key}]")
            lines += [f"{k} = {toml_value(v)}" for k, v in value.items()]
        elif _is_table_array(value):
            for table in value:
                lines.append(f"\n[[{prefix}{key}]]")
                lines.append(toml_text(table, f"{prefix}{key}."))
    return "\n".join(lines) + "\n"


def content_files(content: Mapping[str, Document], stamp: bool = True) -> dict[str, bytes]:
    """The files of `content`; with `stamp`, its translations stamped as the stamp tool would
    (a fixture's translations are meant to match its English, whatever a test changed)."""
    files = {name: toml_text(document).encode("utf-8") for name, document in content.items()}
    return stamped(files) if stamp else files


def stamped(files: Mapping[str, bytes]) -> dict[str, bytes]:
    """`files` with the missing `en_hash` of their translations filled in (unchanged when the
    English files do not validate: the test is about them)."""
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        for name, data in files.items():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_bytes(data)
        try:
            base = read_base_records(folder)
            languages = sorted(p.name for p in folder.iterdir() if p.is_dir())
            for language in languages:
                stamp_language(folder, language, base)
        except ContentError:
            return dict(files)
        return {name: (folder / name).read_bytes() for name in files}


def write_sources(content: Mapping[str, Document], folder: Path) -> Path:
    for name, data in content_files(content).items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    return folder


# ---------------------------------------------------------------------------- packs


def manifest_for(files: Mapping[str, bytes], version: str = "2.0.0", **claims: Any) -> bytes:
    folders = sorted({name.split("/")[0] for name in files if "/" in name})
    languages = claims.pop("languages", ("en", *folders))
    manifest = PackManifest(
        format_version=FORMAT_VERSION,
        content_version=version,
        content_date=claims.pop("content_date", datetime.date(2026, 12, 1)),
        title=claims.pop("title", "Mini content for tests"),
        languages=tuple(languages),
        files=tuple(
            PackFile(name, hashlib.sha256(data).hexdigest(), len(data))
            for name, data in sorted(files.items())
        ),
    )
    return manifest_bytes(manifest)


def build_pack(
    files: Mapping[str, bytes],
    key: SigningKey | None,
    version: str = "2.0.0",
    manifest: bytes | None = None,
) -> bytes:
    """A pack of `files`, with a manifest that matches them (unless one is given) and signed
    with `key` (unless None)."""
    manifest = manifest if manifest is not None else manifest_for(files, version)
    signature = sign(manifest, key) if key is not None else None
    return zip_pack(manifest, signature, files, datetime.date(2026, 12, 1))


def entries_of(pack: bytes) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(io.BytesIO(pack)) as archive:
        return [(info, archive.read(info)) for info in archive.infolist()]


def rezip(entries: list[tuple[zipfile.ZipInfo, bytes]]) -> bytes:
    """The entries written again as they are: names, modes and flags kept."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for info, data in entries:
            archive.writestr(copy.copy(info), data)
    return buffer.getvalue()


class Signer:
    """A signing key and the trusted-keys folder entry that makes its packs verifiable."""

    def __init__(self, name: str = "editor", seed: bytes | None = None) -> None:
        """A new random key, or with `seed` (32 bytes) the same key every time."""
        self.name = name
        self.key = SigningKey.generate() if seed is None else SigningKey(seed)

    def trust(self, trusted_keys_dir: Path) -> None:
        trusted_keys_dir.mkdir(parents=True, exist_ok=True)
        (trusted_keys_dir / f"{self.name}.pem").write_bytes(public_pem(self.key.verify_key))


# ---------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="session")
def mini_bundled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny content set at version 1.0.0, built as the database PIM Desk ships with."""
    folder = tmp_path_factory.mktemp("mini-bundled")
    sources = load_sources(write_sources(mini_content("1.0.0"), folder / "sources"))
    write_reference_database(sources, folder / "pimdesk-reference.sqlite")
    return folder / "pimdesk-reference.sqlite"


@dataclass
class PackWorld:
    """A data folder whose administrator trusts `signer`, with the tiny content bundled."""

    paths: AppPaths
    signer: Signer
    folder: Path

    @property
    def library(self) -> ContentLibrary:
        return ContentLibrary(
            self.paths.content_dir,
            self.paths.bundled_reference_database,
            TrustedKeys(self.paths.trusted_keys_dir),
        )

    def pack(
        self,
        version: str = "2.0.0",
        content: dict[str, Document] | None = None,
        signed: bool = True,
    ) -> Path:
        """A pack of the tiny content at `version` (or of `content`), as a file."""
        files = content_files(content if content is not None else mini_content(version))
        return self.write(build_pack(files, self.signer.key if signed else None, version))

    def write(self, data: bytes) -> Path:
        path = self.folder / f"pack-{len(list(self.folder.glob('pack-*')))}.zip"
        path.write_bytes(data)
        return path


@pytest.fixture
def packs(tmp_path: Path, mini_bundled: Path) -> PackWorld:
    paths = AppPaths(data_dir=tmp_path / "data", bundled_reference_database=mini_bundled)
    signer = Signer()
    signer.trust(paths.trusted_keys_dir)
    return PackWorld(paths, signer, tmp_path)


# ---------------------------------------------------------------------------- hand-made zips


@dataclass(frozen=True)
class RawEntry:
    """A zip entry written byte by byte, so a test can make it lie or carry a bomb."""

    name: str
    compressed: bytes
    file_size: int
    crc: int
    method: int = zipfile.ZIP_DEFLATED
    external_attr: int = 0o100644 << 16
    flags: int = 0x800  # UTF-8 names; 0x1 would say "encrypted"


def raw_zip(entries: list[RawEntry]) -> bytes:
    """A zip of `entries` as given: no compression done here, no size or CRC checked."""
    body, directory = bytearray(), bytearray()
    for entry in entries:
        name = entry.name.encode("utf-8")
        sizes = struct.pack("<III", entry.crc, len(entry.compressed), entry.file_size)
        offset = len(body)
        body += struct.pack("<IHHHHH", 0x04034B50, 20, entry.flags, entry.method, 0, 0x21)
        body += sizes + struct.pack("<HH", len(name), 0) + name + entry.compressed
        directory += struct.pack(
            "<IHHHHHH", 0x02014B50, 0x0314, 20, entry.flags, entry.method, 0, 0x21
        )
        directory += sizes + struct.pack(
            "<HHHHHII", len(name), 0, 0, 0, 0, entry.external_attr, offset
        )
        directory += name
    end = struct.pack(
        "<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(directory), len(body), 0
    )
    return bytes(body + directory + end)


def zero_bomb(megabytes: int) -> tuple[bytes, int]:
    """A raw deflate stream of `megabytes` MB of zeros (about 1 KB per MB) and its CRC-32,
    made without ever holding or writing the expanded bytes."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    megabyte = bytes(1 << 20)
    # After a full flush the compressor starts afresh, so each megabyte compresses the same.
    piece = compressor.compress(megabyte) + compressor.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(megabytes):
        crc = zlib.crc32(megabyte, crc)
    return piece * megabytes + compressor.flush(), crc
