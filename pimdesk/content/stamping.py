"""Write the missing `en_hash` of translated records into their TOML files, keeping the rest.

Stamping is the translator's statement that a translation matches the current English: it only
fills hashes that are missing and never changes one that is there (a stale hash is fixed by
updating the translation, deleting its `en_hash` line and stamping again).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pimdesk.content.schema import RECORD_SPECS, RecordSpec
from pimdesk.content.translations import HASH_FIELD, english_hash
from pimdesk.domain.errors import ContentError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib


def stamp_language(
    folder: Path, language: str, base: Mapping[str, list[dict[str, Any]]]
) -> list[str]:
    """Stamp every translated record of `folder/language` that has no hash; the records stamped
    ("file: id"). ContentError when a file cannot be read or a record names no English record."""
    stamped: list[str] = []
    for file in dict.fromkeys(spec.file for spec in RECORD_SPECS):
        path = folder / language / file
        if path.is_file():
            specs = [spec for spec in RECORD_SPECS if spec.file == file]
            stamped += [f"{language}/{file}: {ref}" for ref in _stamp_file(path, specs, base)]
    return stamped


def _stamp_file(
    path: Path, specs: list[RecordSpec], base: Mapping[str, list[dict[str, Any]]]
) -> list[str]:
    text = path.read_text(encoding="utf-8")
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ContentError(f"{path} is not valid TOML: {error}") from error
    lines = text.splitlines(keepends=True)
    inserts: dict[int, str] = {}
    stamped: list[str] = []
    for spec in specs:
        english = {record["id"]: record for record in base.get(spec.kind, [])}
        entries = document.get(spec.key, [])
        headers = _headers(lines, spec.key)
        if len(headers) != len(entries):
            raise ContentError(f"{path}: cannot find each [[{spec.key}]] header on its own line")
        for line_number, entry in zip(headers, entries, strict=True):
            if HASH_FIELD in entry:
                continue
            ref = spec.derive_id(entry) if spec.derive_id else str(entry.get("id"))
            if ref not in english:
                raise ContentError(f"{path}: no {spec.kind} '{ref}' in the English content")
            inserts[line_number] = f'{HASH_FIELD} = "{english_hash(spec, english[ref])}"\n'
            stamped.append(ref)
    if inserts:
        result = [
            (line if line.endswith("\n") else line + "\n") + inserts[number]
            if number in inserts
            else line
            for number, line in enumerate(lines)
        ]
        path.write_text("".join(result), encoding="utf-8")
    return stamped


def _headers(lines: list[str], key: str) -> list[int]:
    pattern = re.compile(rf"^\s*\[\[\s*{re.escape(key)}\s*\]\]\s*(#.*)?$")
    return [number for number, line in enumerate(lines) if pattern.match(line.rstrip("\r\n"))]
