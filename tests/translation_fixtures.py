"""Content whose translations carry names only: for the tests of how a text without a translation
is shown (in English, and marked), whatever the real translations cover."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

CONTENT_SOURCES = Path(__file__).resolve().parent.parent / "resources" / "content"
# The fields a names-only translation keeps; every other text falls back to English.
NAME_FIELDS = ("id", "name", "term")
HASH = "en_hash"


def names_only(content: Path) -> Path:
    """Cut every translation folder under `content` down to its records' IDs and names."""
    for folder in (path for path in content.iterdir() if path.is_dir()):
        for path in folder.glob("*.toml"):
            path.write_text(_names_only_document(path.read_text("utf-8")), "utf-8")
    return content


def _names_only_document(text: str) -> str:
    document = tomllib.loads(text)
    lines = [f"language = {_quoted(document['language'])}"]
    for key, records in document.items():
        if not isinstance(records, list):
            continue
        for record in records:
            kept = {field: record[field] for field in NAME_FIELDS if field in record}
            # A record without an ID or a name (a matrix cell, a statement) goes. The stamp
            # stays: it names the English the name was translated from.
            if "id" in kept and len(kept) > 1:
                if HASH in record:
                    kept[HASH] = record[HASH]
                lines.append(f"\n[[{key}]]")
                lines.extend(f"{field} = {_quoted(value)}" for field, value in kept.items())
    return "\n".join(lines) + "\n"


def _quoted(text: str) -> str:
    # A JSON string is a valid TOML basic string.
    return json.dumps(text, ensure_ascii=False)


@pytest.fixture(scope="session")
def names_only_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A reference database built from the real content with names-only translations."""
    from pimdesk.store.reference_build import build_reference_database

    content = tmp_path_factory.mktemp("names-only") / "content"
    shutil.copytree(CONTENT_SOURCES, content)
    target = content.parent / "pimdesk-reference.sqlite"
    build_reference_database(names_only(content), target)
    return target
