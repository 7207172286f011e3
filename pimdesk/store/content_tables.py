"""Read a reference database back as content: its identity, a soundness check, rows per table.

The rows come back in the shape `ContentSources.tables` has (lists decoded from their JSON
columns), so the content a user has now can be compared with the content a pack brings.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from pimdesk.content.schema import RECORD_SPECS, Field
from pimdesk.domain.content import ContentInfo
from pimdesk.domain.errors import ReferenceDatabaseError
from pimdesk.store.reference import REINSTALL_ADVICE, ReferenceStore, open_read_only


def read_info(database: Path) -> ContentInfo:
    """The identity of a reference database; ReferenceDatabaseError when it cannot be read."""
    store = ReferenceStore(database)
    try:
        return store.info()
    except (KeyError, ValueError) as error:  # a meta table without the expected values
        raise ReferenceDatabaseError(
            f"The reference database {database} lacks its identity ({error})."
        ) from error
    finally:
        store.close()


def soundness_problem(database: Path) -> str | None:
    """Why a reference database cannot be used (missing, damaged, another layout), or None."""
    try:
        connection = open_read_only(database)
    except ReferenceDatabaseError as error:
        # Reinstalling PIM Desk does not repair imported content; the caller says what does.
        return error.message.replace(f" {REINSTALL_ADVICE}", "")
    try:
        result = connection.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as error:
        return f"The reference database {database} is damaged ({error})."
    finally:
        connection.close()
    return None if result == "ok" else f"The reference database {database} is damaged ({result})."


def read_tables(database: Path) -> dict[str, list[dict[str, Any]]]:
    """Every content table's rows, lists decoded, as the content sources would give them."""
    connection = open_read_only(database)
    try:
        tables: dict[str, list[dict[str, Any]]] = {}
        for spec in RECORD_SPECS:
            tables[spec.table] = _rows(connection, spec.table, spec.fields)
            for child in spec.children:
                tables[child.table] = _rows(connection, child.table, child.fields)
        return tables
    except sqlite3.DatabaseError as error:
        raise ReferenceDatabaseError(
            f"The reference database {database} cannot be read ({error})."
        ) from error
    finally:
        connection.close()


def _rows(connection: sqlite3.Connection, table: str, fields: tuple[Field, ...]) -> list[Any]:
    lists = {f.name for f in fields if f.is_list}
    rows = []
    for row in connection.execute(f"SELECT * FROM {table}"):
        decoded = dict(row)
        for name in lists & decoded.keys():
            if decoded[name] is not None:
                decoded[name] = json.loads(decoded[name])
        rows.append(decoded)
    return rows
