"""Make a content pack from a folder of content sources, optionally signed.

The sources are validated first (a pack that PIM Desk would refuse is never made). The zip is
deterministic: files in a fixed order with the content date as their time stamp, so the same
sources and key give the same pack, byte for byte.
"""

from __future__ import annotations

import datetime
import hashlib
import io
import zipfile
from collections.abc import Mapping
from pathlib import Path

from pimdesk.content.schema import CONTENT_FILES
from pimdesk.content.sources import KNOWN_LANGUAGES, load_sources
from pimdesk.domain.content_packs import PackFile, PackManifest
from pimdesk.store.files import write_atomically
from pimdesk.store.pack_format import (
    FORMAT_VERSION,
    MANIFEST,
    OPTIONAL_FILES,
    SIGNATURE,
    TRANSLATABLE_FILES,
    manifest_bytes,
)
from pimdesk.store.pack_signing import load_signing_key, sign

_FILE_MODE = 0o100644 << 16  # a regular file, rw-r--r--, as Unix zip tools record it
_EARLIEST_ZIP_DATE = datetime.date(1980, 1, 1)


def make_pack(sources_dir: Path, target: Path, signing_key: Path | None = None) -> PackManifest:
    """Validate `sources_dir`, write the pack to `target` atomically, return its manifest."""
    key = load_signing_key(signing_key) if signing_key is not None else None
    sources = load_sources(sources_dir)
    files = pack_files(sources_dir)
    manifest = PackManifest(
        format_version=FORMAT_VERSION,
        content_version=sources.meta.version,
        content_date=sources.meta.date,
        title=sources.meta.title,
        languages=sources.languages,
        files=tuple(
            PackFile(name, hashlib.sha256(data).hexdigest(), len(data))
            for name, data in sorted(files.items())
        ),
    )
    manifest_data = manifest_bytes(manifest)
    signature = sign(manifest_data, key) if key is not None else None
    write_atomically(target, zip_pack(manifest_data, signature, files, manifest.content_date))
    return manifest


def pack_files(sources_dir: Path) -> dict[str, bytes]:
    """The files of the content set, by their name in the pack; other files are left out."""
    files = {name: (sources_dir / name).read_bytes() for name in CONTENT_FILES}
    for name in OPTIONAL_FILES:
        if (sources_dir / name).is_file():
            files[name] = (sources_dir / name).read_bytes()
    for folder in sorted(p for p in sources_dir.iterdir() if p.is_dir()):
        if folder.name not in KNOWN_LANGUAGES:
            continue
        for name in TRANSLATABLE_FILES:
            if (folder / name).is_file():
                files[f"{folder.name}/{name}"] = (folder / name).read_bytes()
    return files


def zip_pack(
    manifest: bytes,
    signature: bytes | None,
    files: Mapping[str, bytes],
    date: datetime.date,
) -> bytes:
    """The pack's bytes: the manifest first, then its signature, then the files by name."""
    stamp = max(date, _EARLIEST_ZIP_DATE)
    entries = [(MANIFEST, manifest)]
    if signature is not None:
        entries.append((SIGNATURE, signature))
    entries += sorted(files.items())
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(stamp.year, stamp.month, stamp.day, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, so the mode in external_attr is read as one
            info.external_attr = _FILE_MODE
            archive.writestr(info, data)
    return buffer.getvalue()
