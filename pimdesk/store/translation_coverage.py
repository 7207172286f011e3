"""Which texts of the reference content a language lacks, so the interface can say so.

A translation may give a record's name and not its texts, which are then copied from the base
language when the database is built: those texts are shown in English too, and count here.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from typing import Any

from pimdesk.content.schema import RECORD_SPECS, FieldType

RowReader = Callable[[str, tuple[Any, ...]], list[sqlite3.Row]]
_LONG_TEXT = (FieldType.TEXT, FieldType.TEXT_LIST)


def _text_columns() -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """(table, its long-text columns, the columns that identify a row across languages)."""
    found: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = []
    for spec in RECORD_SPECS:
        columns = tuple(f.name for f in spec.fields if f.type in _LONG_TEXT)
        if columns:
            found.append((spec.table, columns, ("id",)))
        for child in spec.children:
            child_columns = tuple(f.name for f in child.fields if f.type in _LONG_TEXT)
            if child_columns:
                found.append((child.table, child_columns, (child.parent_column, "position")))
    return found


def _values(row: sqlite3.Row, columns: tuple[str, ...]) -> list[str]:
    values: list[str] = []
    for column in columns:
        value = row[column]
        if isinstance(value, str) and value.startswith("["):
            values += [item for item in json.loads(value) if isinstance(item, str)]
        elif isinstance(value, str) and value:
            values.append(value)
    return values


def untranslated_texts(rows: RowReader, language: str, base_language: str) -> frozenset[str]:
    """The long texts shown in `base_language` because `language` has no translation of them."""
    found: set[str] = set()
    for table, columns, key in _text_columns():
        found |= _untranslated_in(rows, table, columns, key, (language, base_language))
    return frozenset(found)


def _untranslated_in(
    rows: RowReader,
    table: str,
    columns: tuple[str, ...],
    key: tuple[str, ...],
    languages: tuple[str, str],
) -> set[str]:
    base: dict[tuple[Any, ...], list[str]] = {}
    active: dict[tuple[Any, ...], list[str]] = {}
    for row in rows(f"SELECT * FROM {table} WHERE language IN (?, ?)", languages):
        chosen = base if row["language"] == languages[1] else active
        chosen[tuple(row[column] for column in key)] = _values(row, columns)
    base_texts = {text for texts in base.values() for text in texts}
    # What is shown for each record: its translation where there is one, else the base text.
    return {
        text
        for row_key, texts in base.items()
        for text in active.get(row_key, texts)
        if text in base_texts
    }
