"""Read a content pack as hostile input: every check passes before a single byte is extracted.

The pack is read into memory once (it is capped), so what is checked is exactly what is later
written. In order: the zip's directory (entry count, names, links, flags, declared sizes and
ratios), the manifest, the signature, then every file streamed with its size and ratio capped
and its SHA-256 compared with the manifest. Only then may the caller unpack the files.
"""

from __future__ import annotations

import hashlib
import io
import stat
import struct
import zipfile
import zlib
from collections.abc import Mapping
from pathlib import Path

from pimdesk.content.schema import CONTENT_FILES
from pimdesk.domain.content_packs import PackManifest, SignatureCheck, SignatureStatus
from pimdesk.domain.errors import ContentError
from pimdesk.domain.records import record
from pimdesk.store.pack_format import (
    MANIFEST,
    MAX_COMPRESSION_RATIO,
    MAX_ENTRIES,
    MAX_FILE_BYTES,
    MAX_MANIFEST_BYTES,
    MAX_PACK_BYTES,
    MAX_SIGNATURE_BYTES,
    MAX_TOTAL_BYTES,
    RATIO_EXEMPT_BYTES,
    SIGNATURE,
    entry_name_problem,
    is_layout_folder,
    parse_manifest,
    refuse,
    shown,
)
from pimdesk.store.pack_signing import TrustedKeyMaterial, check_signature

CHUNK_BYTES = 64 * 1024
_ALLOWED_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
_ENCRYPTED_FLAG = 0x1
# What zipfile raises on damaged archives besides BadZipFile: a truncated or lying directory
# can surface as any of these, and each means the same to the user.
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    EOFError,
    OSError,
    ValueError,
    struct.error,
    zlib.error,
    NotImplementedError,
    RuntimeError,
    UnicodeDecodeError,
)


@record
class OpenedPack:
    """A pack whose every file matched its manifest; `files` maps names to their bytes."""

    path: Path
    manifest: PackManifest
    signature: SignatureCheck
    files: Mapping[str, bytes]


def read_pack(
    path: Path, trusted_keys: list[TrustedKeyMaterial], allow_unsigned: bool = False
) -> OpenedPack:
    """Check the pack at `path` whole; raise ContentError naming the first problem found.

    An unsigned pack, or one whose signature cannot be verified, is refused unless
    `allow_unsigned`; the check comes before any content file is even decompressed.
    """
    name = path.name
    data = _read_bytes(path)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = _checked_entries(archive, name)
            manifest_data = _read_entry(archive, entries[MANIFEST], name, MAX_MANIFEST_BYTES)
            manifest = parse_manifest(manifest_data, name)
            _check_listing(manifest, entries, name)
            signature_entry = entries.get(SIGNATURE)
            signature_data = (
                _read_entry(archive, signature_entry, name, MAX_SIGNATURE_BYTES)
                if signature_entry is not None
                else None
            )
            signature = check_signature(manifest_data, signature_data, trusted_keys, name)
            _require_trusted(signature, name, allow_unsigned)
            files = _verified_files(archive, manifest, entries, name)
    except _ZIP_ERRORS as error:
        refuse(name, f"it is not a readable zip file ({_reason(error)})")
    return OpenedPack(path, manifest, signature, files)


def _require_trusted(signature: SignatureCheck, pack: str, allow_unsigned: bool) -> None:
    """An unsigned or unverifiable pack needs the administrator's explicit consent."""
    if signature.status.trusted or allow_unsigned:
        return
    consent = "or accept it anyway with --allow-unsigned"
    if signature.status is SignatureStatus.UNSIGNED:
        refuse(pack, f"it is not signed; ask its maker for a signed pack, {consent}")
    if signature.status is SignatureStatus.UNKNOWN_KEY:
        refuse(
            pack,
            f"it is signed with an unknown key ({signature.key_id}); install its maker's "
            f"public key in the trusted keys, {consent}",
        )
    refuse(
        pack,
        f"its signature is bad: {MANIFEST} does not verify with the trusted key "
        f"{signature.key_name} ({signature.key_id}), so it was changed after signing or signed "
        f"by another key; {consent}",
    )


def _reason(error: BaseException) -> str:
    text = str(error) or type(error).__name__
    return shown(text, 120)[1:-1]


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if not path.is_file():
            refuse(path.name, "it is not a file")
        if size > MAX_PACK_BYTES:
            refuse(path.name, f"it is {_megabytes(size)}, larger than {_megabytes(MAX_PACK_BYTES)}")
        with path.open("rb") as handle:
            data = handle.read(MAX_PACK_BYTES + 1)
    except FileNotFoundError:
        raise ContentError(f"There is no content pack {path}.") from None
    except OSError as error:
        raise ContentError(f"The content pack {path} cannot be read ({error.strerror}).") from None
    if len(data) > MAX_PACK_BYTES:  # it grew while being read
        refuse(path.name, f"it is larger than {_megabytes(MAX_PACK_BYTES)}")
    return data


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def _checked_entries(archive: zipfile.ZipFile, pack: str) -> dict[str, zipfile.ZipInfo]:
    """The entries by name, after checking everything the zip's directory declares."""
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        refuse(pack, f"it has {len(infos)} entries; a content pack has at most {MAX_ENTRIES}")
    entries: dict[str, zipfile.ZipInfo] = {}
    folded: set[str] = set()
    total = 0
    for info in infos:
        _check_entry(info, pack)
        if info.filename.casefold() in folded:
            refuse(pack, f"the entry {shown(info.filename)} appears twice")
        folded.add(info.filename.casefold())
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            refuse(pack, f"it would expand to more than {_megabytes(MAX_TOTAL_BYTES)}")
        if not info.is_dir():
            entries[info.filename] = info
    if MANIFEST not in entries:
        refuse(pack, f"it has no {MANIFEST}")
    return entries


def _check_entry(info: zipfile.ZipInfo, pack: str) -> None:
    problem = entry_name_problem(info.orig_filename, info.filename)
    if problem:
        refuse(pack, problem)
    entry = f"the entry {shown(info.filename)}"
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        refuse(pack, f"{entry} is a symbolic link")
    # Zip tools often record permission bits with no file type at all: that is a plain file.
    kind = stat.S_IFMT(mode)
    if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
        refuse(pack, f"{entry} is not a regular file")
    folder = info.is_dir() or kind == stat.S_IFDIR
    if folder != is_layout_folder(info.filename) or (info.is_dir() and kind == stat.S_IFREG):
        refuse(pack, f"{entry} is a folder where a file belongs, or the other way round")
    if folder and info.file_size:
        refuse(pack, f"{entry} is a folder that carries data")
    if info.flag_bits & _ENCRYPTED_FLAG:
        refuse(pack, f"{entry} is encrypted")
    if info.compress_type not in _ALLOWED_METHODS:
        refuse(pack, f"{entry} uses a compression method other than deflate")
    if info.file_size > MAX_FILE_BYTES:
        refuse(
            pack,
            f"{entry} would expand to {_megabytes(info.file_size)}; the limit is "
            f"{_megabytes(MAX_FILE_BYTES)} per file",
        )
    if _ratio_too_high(info.file_size, info.compress_size):
        refuse(pack, f"{entry} would expand {info.file_size // max(info.compress_size, 1)} times")


def _ratio_too_high(expanded: int, compressed: int) -> bool:
    return expanded > RATIO_EXEMPT_BYTES and expanded > MAX_COMPRESSION_RATIO * max(compressed, 1)


def _read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, pack: str, limit: int) -> bytes:
    """The entry's bytes, streamed so that neither a lying header nor a bomb gets far."""
    entry = f"the entry {shown(info.filename)}"
    if info.file_size > limit:
        refuse(pack, f"{entry} is larger than {limit} bytes")
    chunks: list[bytes] = []
    produced = 0
    with archive.open(info) as stream:
        while chunk := stream.read(CHUNK_BYTES):
            produced += len(chunk)
            if produced > min(limit, info.file_size):
                refuse(pack, f"{entry} expands beyond the size it declares")
            if _ratio_too_high(produced, info.compress_size):
                refuse(pack, f"{entry} expands {produced // max(info.compress_size, 1)} times")
            chunks.append(chunk)
    if produced != info.file_size:
        refuse(pack, f"{entry} is shorter than it declares")
    return b"".join(chunks)


def _check_listing(
    manifest: PackManifest, entries: Mapping[str, zipfile.ZipInfo], pack: str
) -> None:
    listed = {f.name for f in manifest.files}
    present = set(entries) - {MANIFEST, SIGNATURE}
    for name in sorted(present - listed):
        refuse(pack, f"{shown(name)} is in the pack but not in its {MANIFEST}")
    for name in sorted(listed - present):
        refuse(pack, f"{shown(name)} is listed in its {MANIFEST} but missing from the pack")
    for name in CONTENT_FILES:
        if name not in listed:
            refuse(pack, f"it is not a complete content set: {name} is missing")


def _verified_files(
    archive: zipfile.ZipFile,
    manifest: PackManifest,
    entries: Mapping[str, zipfile.ZipInfo],
    pack: str,
) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for listed in manifest.files:
        data = _read_entry(archive, entries[listed.name], pack, MAX_FILE_BYTES)
        if len(data) != listed.size or hashlib.sha256(data).hexdigest() != listed.sha256:
            refuse(
                pack,
                f"{listed.name} does not match the SHA-256 in its {MANIFEST}: the file was "
                "changed (tampered with or damaged) after the pack was made",
            )
        _check_utf8(listed.name, data, pack)
        files[listed.name] = data
    return files


def _check_utf8(name: str, data: bytes, pack: str) -> None:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        refuse(pack, f"{name} is not UTF-8 text (byte {error.start})")
