"""The reference database: deterministic, versioned, read-only, complete."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from pimdesk.content.sources import load_sources
from pimdesk.domain.errors import ReferenceDatabaseError
from pimdesk.store.reference import ReferenceStore
from pimdesk.store.reference_build import build_reference_database
from pimdesk.store.reference_schema import SCHEMA_VERSION
from tests.conftest import CONTENT_SOURCES


def test_the_same_sources_give_the_same_hash_and_the_same_file(tmp_path: Path) -> None:
    first = build_reference_database(CONTENT_SOURCES, tmp_path / "a.sqlite")
    second = build_reference_database(CONTENT_SOURCES, tmp_path / "b.sqlite")
    assert first.content_hash() == second.content_hash()
    digest = [
        hashlib.sha256((tmp_path / n).read_bytes()).hexdigest() for n in ("a.sqlite", "b.sqlite")
    ]
    assert digest[0] == digest[1]


def test_a_changed_text_changes_the_hash(content_copy: Path) -> None:
    before = load_sources(content_copy).content_hash()
    # The content set's title: a text no translation depends on (a changed English record
    # would make its translations stale, and the build would refuse them).
    path = content_copy / "meta.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('title = "', 'title = "New: ', 1))
    assert load_sources(content_copy).content_hash() != before


def test_the_database_is_stamped_with_schema_and_content_version(reference_db: Path) -> None:
    store = ReferenceStore(reference_db)
    info = store.info()
    store.close()
    meta = load_sources(CONTENT_SOURCES).meta
    assert info.schema_version == SCHEMA_VERSION
    assert (info.version, info.date) == (meta.version, meta.date)
    assert len(info.content_hash) == 64
    with sqlite3.connect(reference_db) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_the_store_opens_the_database_read_only(reference_db: Path) -> None:
    store = ReferenceStore(reference_db)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        store.connection.execute("DELETE FROM meta")
    store.close()


def test_a_missing_database_is_named_with_how_to_reinstall(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.sqlite"
    with pytest.raises(ReferenceDatabaseError) as raised:
        ReferenceStore(missing)
    assert str(missing) in raised.value.message
    assert "Reinstall PIM Desk" in raised.value.message


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty", "other_version"])
def test_a_damaged_database_is_named_with_how_to_reinstall(
    reference_db: Path, tmp_path: Path, damage: str
) -> None:
    broken = tmp_path / "broken.sqlite"
    data = reference_db.read_bytes()
    if damage == "garbage":
        broken.write_bytes(b"this is not a database" * 100)
    elif damage == "truncated":
        broken.write_bytes(data[:4096])
    elif damage == "empty":
        broken.write_bytes(b"")
    else:
        broken.write_bytes(data)
        with sqlite3.connect(broken) as connection:
            connection.execute("PRAGMA user_version = 999")
    with pytest.raises(ReferenceDatabaseError) as raised:
        ReferenceStore(broken).categories()
    assert str(broken) in raised.value.message
    assert "Reinstall PIM Desk" in raised.value.message


def test_a_new_matrix_row_loads_without_code_changes(content_copy: Path, tmp_path: Path) -> None:
    cells = "".join(
        f'\n[[cell]]\ncategory = "{c}"\nelement = "output_information"\nsource = "editorial"\n'
        f'  [[cell.item]]\n  text = "Information produced by {c}."\n  kind = "example"\n'
        f'  origin = "editorial"\n'
        for c in dict.fromkeys(r["id"] for r in load_sources(content_copy).tables["categories"])
    )
    with (content_copy / "matrix.toml").open("a", encoding="utf-8") as handle:
        handle.write(cells)
    with (content_copy / "elements.toml").open("a", encoding="utf-8") as handle:
        handle.write(
            '\n[[element]]\nid = "output_information"\nname = "Output – information"\n'
            'position = 55\ndescription = "Information as later matrices split it."\n'
            'source = "editorial"\norigin = "editorial"\n'
        )
    target = tmp_path / "reference.sqlite"
    build_reference_database(content_copy, target)
    store = ReferenceStore(target)
    elements = store.elements()
    cells_found = [c for c in store.cells() if c.element == "output_information"]
    store.close()
    assert elements[-1].name == "Output – information"
    assert len(cells_found) == 8
