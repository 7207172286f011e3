"""Hostile content packs (R9) and unverifiable ones (R10): refused whole, with a message that
names the problem, before anything is written under the data folder."""

from __future__ import annotations

import base64
import hashlib
import json
import random
import stat
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from nacl.signing import SigningKey

from pimdesk.domain.content_packs import SignatureStatus
from pimdesk.domain.errors import ContentError
from pimdesk.store.content_packs import LOCK
from pimdesk.store.pack_format import MAX_ENTRIES
from pimdesk.store.pack_signing import sign
from tests.store.pack_fixtures import (
    PackWorld,
    RawEntry,
    build_pack,
    content_files,
    entries_of,
    manifest_for,
    mini_content,
    raw_zip,
    rezip,
    zero_bomb,
)


def tree(folder: Path) -> dict[str, str]:
    """Every file under `folder` with its SHA-256: what a refused import may not change.

    The empty lock file is left out: an import creates it once a pack has passed the checks
    made in memory, and it stays by design (the OS, not the file, holds the lock)."""
    if not folder.exists():
        return {}
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        if p.is_file()
        else ""
        for p in sorted(folder.rglob("*"))
        if p.name != LOCK
    }


def refused(packs: PackWorld, pack: bytes, allow_unsigned: bool = False) -> str:
    """Import `pack`, expect a refusal, check nothing changed, return the message."""
    before = tree(packs.paths.content_dir)
    with pytest.raises(ContentError) as raised:
        packs.library.import_pack(packs.write(pack), allow_unsigned=allow_unsigned)
    assert tree(packs.paths.content_dir) == before
    assert "\n" not in raised.value.message.split(":")[0]
    return raised.value.message


@pytest.fixture
def files() -> dict[str, bytes]:
    return content_files(mini_content("2.0.0"))


def with_entry(pack: bytes, info: zipfile.ZipInfo, data: bytes) -> bytes:
    return rezip([*entries_of(pack), (info, data)])


# ---------------------------------------------------------------------------- R9


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("../evil.toml", "climbs out of the pack with '..'"),
        ("fr/../../evil.toml", "climbs out of the pack with '..'"),
        ("/etc/cron.d/evil", "is an absolute path"),
        ("C:/Windows/evil.toml", "starts with a drive letter"),
        ("C:\\Windows\\evil.toml", "uses backslashes in its path"),
        ("fr\\glossary.toml", "uses backslashes in its path"),
        ("evil.sh", "is not part of a content pack's layout"),
        ("fr/meta.toml", "is not part of a content pack's layout"),
        ("xx/glossary.toml", "is not part of a content pack's layout"),
        ("sub/", "is not part of a content pack's layout"),
    ],
)
def test_r9_entries_outside_the_layout_are_refused_before_extracting(
    packs: PackWorld, files: dict[str, bytes], name: str, problem: str
) -> None:
    pack = with_entry(build_pack(files, packs.signer.key), zipfile.ZipInfo(name), b"x = 1\n")
    message = refused(packs, pack)
    assert problem in message
    assert not packs.paths.content_dir.exists()


def test_r9_a_symbolic_link_is_refused(packs: PackWorld, files: dict[str, bytes]) -> None:
    entries = [(info, data) for info, data in entries_of(build_pack(files, packs.signer.key))]
    link = next(info for info, _ in entries if info.filename == "glossary.toml")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    message = refused(packs, rezip(entries))
    assert "the entry 'glossary.toml' is a symbolic link" in message
    assert not packs.paths.content_dir.exists()


def test_r9_ten_thousand_entries_are_refused(packs: PackWorld) -> None:
    entries = [RawEntry(f"f{n:05}.toml", b"", 0, 0, zipfile.ZIP_STORED) for n in range(10_000)]
    message = refused(packs, raw_zip(entries))
    assert f"it has 10000 entries; a content pack has at most {MAX_ENTRIES}" in message
    assert not packs.paths.content_dir.exists()


@pytest.fixture(scope="module")
def gigabyte_bomb() -> tuple[bytes, int]:
    return zero_bomb(1024)


@pytest.fixture
def opened_entries(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The names of the entries the reader decompresses."""
    opened: list[str] = []
    original = zipfile.ZipFile.open

    def recording(self: zipfile.ZipFile, name: object, *args: object, **kwargs: object) -> object:
        opened.append(name.filename if isinstance(name, zipfile.ZipInfo) else str(name))
        return original(self, name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(zipfile.ZipFile, "open", recording)
    yield opened


def test_r9_a_gigabyte_from_a_megabyte_is_refused_without_expanding_it(
    packs: PackWorld, gigabyte_bomb: tuple[bytes, int], opened_entries: list[str]
) -> None:
    stream, crc = gigabyte_bomb
    assert len(stream) < 1.1 * 1024 * 1024
    message = refused(packs, raw_zip([RawEntry("glossary.toml", stream, 1 << 30, crc)]))
    assert "the entry 'glossary.toml' would expand to 1024.0 MB" in message
    assert "glossary.toml" not in opened_entries
    assert not packs.paths.content_dir.exists()


def test_r9_a_bomb_that_understates_its_size_gets_no_further_than_it_declares(
    packs: PackWorld, files: dict[str, bytes], gigabyte_bomb: tuple[bytes, int]
) -> None:
    stream, crc = gigabyte_bomb
    declared = 3 * 1024 * 1024  # under the per-file limit, and a modest ratio to its stream
    lying = dict(files)
    lying["glossary.toml"] = bytes(declared)  # what the manifest is made to expect
    manifest = manifest_for(lying)
    entries = [RawEntry("manifest.json", manifest, len(manifest), zlib.crc32(manifest), 0)]
    for name, data in sorted(files.items()):
        if name == "glossary.toml":
            entries.append(RawEntry(name, stream, declared, crc))
        else:
            entries.append(RawEntry(name, data, len(data), zlib.crc32(data), 0))
    message = refused(packs, raw_zip(entries), allow_unsigned=True)
    assert "it is not a readable zip file (Bad CRC-32 for file 'glossary.toml')" in message


def test_r9_a_high_compression_ratio_is_refused(packs: PackWorld, files: dict[str, bytes]) -> None:
    stream, crc = zero_bomb(3)
    message = refused(packs, raw_zip([RawEntry("glossary.toml", stream, 3 << 20, crc)]))
    assert "the entry 'glossary.toml' would expand 1010 times" in message


# ---------------------------------------------------------------------------- R10


def test_r10_an_unsigned_pack_is_refused_unless_allowed(
    packs: PackWorld, files: dict[str, bytes]
) -> None:
    pack = build_pack(files, None)
    assert "it is not signed" in refused(packs, pack)
    switch = packs.library.import_pack(packs.write(pack), allow_unsigned=True)
    assert switch.signature is not None
    assert switch.signature.status is SignatureStatus.UNSIGNED


def test_r10_a_pack_signed_with_an_unknown_key_is_refused_unless_allowed(
    packs: PackWorld, files: dict[str, bytes]
) -> None:
    stranger = SigningKey.generate()
    pack = build_pack(files, stranger)
    message = refused(packs, pack)
    assert "it is signed with an unknown key (" in message
    assert "install its maker's public key" in message
    switch = packs.library.import_pack(packs.write(pack), allow_unsigned=True)
    assert switch.signature is not None
    assert switch.signature.status is SignatureStatus.UNKNOWN_KEY


def test_r10_a_manifest_changed_after_signing_has_a_bad_signature(
    packs: PackWorld, files: dict[str, bytes]
) -> None:
    signed = manifest_for(files)
    principles = files["principles.toml"].replace(b"must not put", b"may put")
    altered_files = {**files, "principles.toml": principles}
    altered = manifest_for(altered_files)  # the attacker updates the hash too
    pack = build_pack(altered_files, None, manifest=altered)
    entries = entries_of(pack)
    signature = zipfile.ZipInfo("manifest.sig")
    pack = rezip([*entries, (signature, sign(signed, packs.signer.key))])
    message = refused(packs, pack)
    assert "its signature is bad: manifest.json does not verify with the trusted key editor" in (
        message
    )
    switch = packs.library.import_pack(packs.write(pack), allow_unsigned=True)
    assert switch.signature is not None
    assert switch.signature.status is SignatureStatus.BAD_SIGNATURE


@pytest.mark.parametrize("allow_unsigned", [False, True])
def test_r10_a_file_changed_after_signing_is_named_and_always_refused(
    packs: PackWorld, files: dict[str, bytes], allow_unsigned: bool
) -> None:
    entries = entries_of(build_pack(files, packs.signer.key))
    entries = [
        (
            info,
            data.replace(b"Case files.", b"Case files!")
            if info.filename == "matrix.toml"
            else data,
        )
        for info, data in entries
    ]
    message = refused(packs, rezip(entries), allow_unsigned=allow_unsigned)
    assert "matrix.toml does not match the SHA-256 in its manifest.json" in message
    assert "tampered with or damaged" in message


@pytest.mark.parametrize(
    ("signature", "problem"),
    [
        (b"not json", "manifest.sig is not valid JSON"),
        (b'{"format": "x"}', "manifest.sig must hold exactly"),
        (
            json.dumps(
                {
                    "format": "pimdesk-content-pack-signature",
                    "algorithm": "ed25519",
                    "key_id": "0" * 16,
                    "signature": base64.b64encode(b"short").decode(),
                }
            ).encode(),
            "an Ed25519 signature has 64 bytes, this one 5",
        ),
    ],
)
def test_r10_a_malformed_signature_file_is_refused_even_when_unsigned_is_allowed(
    packs: PackWorld, files: dict[str, bytes], signature: bytes, problem: str
) -> None:
    pack = with_entry(build_pack(files, None), zipfile.ZipInfo("manifest.sig"), signature)
    assert problem in refused(packs, pack, allow_unsigned=True)


def test_an_unusable_trusted_key_file_does_not_hide_the_good_ones(
    packs: PackWorld, files: dict[str, bytes]
) -> None:
    (packs.paths.trusted_keys_dir / "broken.pem").write_text("not a key")
    packs.library.import_pack(packs.write(build_pack(files, packs.signer.key)))
    listed = {key.name: key for key in packs.library.trusted_keys.listed()}
    assert listed["broken"].problem == "the file is not a PEM public key"
    assert listed["editor"].usable


# ---------------------------------------------------------------------------- the manifest


def _with_manifest(files: dict[str, bytes], manifest: bytes) -> bytes:
    return build_pack(files, None, manifest=manifest)


def _edited_manifest(files: dict[str, bytes], changes: dict[str, object]) -> bytes:
    document = json.loads(manifest_for(files))
    document.update(changes)
    return json.dumps(document).encode()


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"format_version": 2}, "it is in pack format 2, made for a newer PIM Desk"),
        ({"format_version": "1"}, "format_version must be a whole number"),
        ({"format_version": True}, "format_version must be a whole number"),
        ({"format": "zip"}, "does not say it is a PIM Desk content pack"),
        ({"content_version": "2.0"}, "content_version must be a version like 1.2.0"),
        ({"content_version": "٢.0.0"}, "content_version must be a version like 1.2.0"),
        ({"content_date": "2026-02-30"}, "is not a real date"),
        ({"languages": ["en", "en"]}, "lists a language twice"),
        ({"languages": ["klingon"]}, "not a known language code"),
        ({"title": "two\nlines"}, "title must be one line of text"),
        ({"extra": 1}, "'extra' is not a known field"),
        ({"files": []}, "files must map each file name"),
        ({"content_version": "3.0.0"}, "gives the content version as '3.0.0'"),
        ({"languages": ["en"]}, "gives the languages as 'en' but meta.toml says 'en, fr'"),
    ],
)
def test_a_manifest_that_is_wrong_is_refused_with_what_is_wrong(
    packs: PackWorld, files: dict[str, bytes], changes: dict[str, object], problem: str
) -> None:
    pack = _with_manifest(files, _edited_manifest(files, changes))
    assert problem in refused(packs, pack, allow_unsigned=True)


@pytest.mark.parametrize(
    ("manifest", "problem"),
    [
        (b'{"format": "a", "format": "b"}', "the key 'format' appears twice"),
        (b'{"format_version": NaN}', "NaN is not a number JSON allows"),
        (b"[" * 30_000 + b"]" * 30_000, "nested too deeply"),  # small: no ratio check
        ("{}".encode("utf-16"), "manifest.json is not UTF-8 text"),
        (random.Random(7).randbytes(300_000), "'manifest.json' is larger than 262144 bytes"),
    ],
)
def test_manifest_json_is_read_strictly(
    packs: PackWorld, files: dict[str, bytes], manifest: bytes, problem: str
) -> None:
    assert problem in refused(packs, _with_manifest(files, manifest), allow_unsigned=True)


def test_every_file_must_be_listed_and_present(packs: PackWorld, files: dict[str, bytes]) -> None:
    unlisted = manifest_for({k: v for k, v in files.items() if k != "fr/glossary.toml"})
    message = refused(packs, _with_manifest(files, unlisted), allow_unsigned=True)
    assert "'fr/glossary.toml' is in the pack but not in its manifest.json" in message
    without = {k: v for k, v in files.items() if k != "principles.toml"}
    message = refused(packs, _with_manifest(without, manifest_for(files)), allow_unsigned=True)
    assert "'principles.toml' is listed in its manifest.json but missing from the pack" in message
    message = refused(packs, build_pack(without, None), allow_unsigned=True)
    assert "it is not a complete content set: principles.toml is missing" in message


# ---------------------------------------------------------------------------- the zip itself


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "it is not a readable zip file"),
        (b"PK\x03\x04 this is not really a zip", "it is not a readable zip file"),
        (b"%PDF-1.7", "it is not a readable zip file"),
    ],
)
def test_what_is_not_a_zip_is_refused(packs: PackWorld, data: bytes, problem: str) -> None:
    assert problem in refused(packs, data)


def test_a_missing_pack_and_a_folder_are_named(packs: PackWorld, tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="There is no content pack"):
        packs.library.import_pack(tmp_path / "nowhere.zip")
    with pytest.raises(ContentError, match="it is not a file"):
        packs.library.import_pack(tmp_path)


def test_encrypted_entries_other_methods_and_duplicates_are_refused(
    packs: PackWorld, files: dict[str, bytes]
) -> None:
    entries = entries_of(build_pack(files, None))
    encrypted = raw_zip(
        [
            RawEntry(i.filename, d, len(d), zlib.crc32(d), zipfile.ZIP_STORED, flags=0x801)
            for i, d in entries
        ]
    )
    assert "the entry 'manifest.json' is encrypted" in refused(packs, encrypted)
    entries = entries_of(build_pack(files, None))
    entries[3][0].compress_type = zipfile.ZIP_BZIP2
    assert "uses a compression method other than deflate" in refused(
        packs, rezip(entries), allow_unsigned=True
    )
    entries = entries_of(build_pack(files, None))
    duplicate = [*entries, (zipfile.ZipInfo("GLOSSARY.toml"), b"")]
    assert "is not part of a content pack's layout" in refused(packs, rezip(duplicate))
    twice = raw_zip(
        [RawEntry(i.filename, d, len(d), zlib.crc32(d), zipfile.ZIP_STORED) for i, d in entries]
        + [RawEntry("glossary.toml", b"", 0, 0, zipfile.ZIP_STORED)]
    )
    assert "the entry 'glossary.toml' appears twice" in refused(packs, twice)


def test_a_file_that_is_not_utf8_is_refused(packs: PackWorld, files: dict[str, bytes]) -> None:
    latin = {**files, "principles.toml": 'name = "Équité"\n'.encode("latin-1")}
    message = refused(packs, build_pack(latin, None), allow_unsigned=True)
    assert "principles.toml is not UTF-8 text (byte 8)" in message
