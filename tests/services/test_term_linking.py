"""The glossary linker's pattern (the names as a tree) finds exactly what the plain
alternation of all names, longest first, finds: in every content text of every language."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from pimdesk.domain.linking import TermLinker, name_tree
from pimdesk.services.reference import ReferenceService
from pimdesk.store.reference import ReferenceStore


def _alternation(linker: TermLinker) -> re.Pattern[str]:
    """The pattern as it was before the tree: every name, longest first."""
    names = sorted(linker._owner, key=len, reverse=True)
    alternatives = "|".join(re.escape(name) for name in names)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def _texts(reference_db: Path) -> list[str]:
    with sqlite3.connect(reference_db) as connection:
        rows = connection.execute("SELECT title, body FROM search_docs").fetchall()
    return [text for row in rows for text in row if text]


@pytest.mark.parametrize("language", ["en", "fr", "es", "ar"])
def test_the_tree_finds_what_the_alternation_finds(reference_db: Path, language: str) -> None:
    service = ReferenceService(ReferenceStore(reference_db, language))
    try:
        linker = service._linker
        plain = _alternation(linker)
        texts = _texts(reference_db)
        # every name, also as typed in capitals and inside longer words, must be found alike
        texts += [f"{name}s {name.upper()} x{name} {name}" for name in linker._owner]
        found = 0
        for text in texts:
            expected = [(m.span(), m.group(0)) for m in plain.finditer(text)]
            assert [(m.span(), m.group(0)) for m in linker._pattern.finditer(text)] == expected
            found += len(expected)
        assert found > 1000  # the content mentions its terms: the comparison is not empty
    finally:
        service.close()


def test_a_shorter_name_is_found_where_the_longer_does_not_end_a_word() -> None:
    pattern = re.compile(rf"(?<!\w)(?:{name_tree(['data', 'data sharing'])})(?!\w)")
    assert [m.group(0) for m in pattern.finditer("data sharings and data sharing, data")] == [
        "data",
        "data sharing",
        "data",
    ]
