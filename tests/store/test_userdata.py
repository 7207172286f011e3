"""The user database: selections, names, trash, bookmarks, history, preferences."""

from __future__ import annotations

import datetime
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from pimdesk.domain.errors import InvalidInputError, NotFoundError
from pimdesk.domain.selection import (
    Constraint,
    PimSystem,
    RunStatus,
    SystemStatus,
    check_name,
)
from pimdesk.store import migrations
from pimdesk.store.userdata_schema import LATEST_USER_SCHEMA
from tests.store.userdata_helpers import contents, make, open_in


def test_a_selection_is_stored_and_read_back_whole(tmp_path: Path) -> None:
    store = open_in(tmp_path).store
    original = make("Kasai floods", notes="Notes with « guillemets » and ñ")
    stored = store.save(original)
    assert store.get(original.id) == stored
    assert stored.modified >= original.modified
    store.close()
    reopened = open_in(tmp_path).store
    assert reopened.get(original.id) == stored


def test_the_systems_map_and_stated_limits_round_trip_and_can_be_emptied(tmp_path: Path) -> None:
    store = open_in(tmp_path).store
    dtm = PimSystem(
        "DTM round 3", "population_data", RunStatus.OPERATING, "IOM", "Figures", "Monthly"
    )
    cell = PimSystem("Security cell", "security_situational_awareness", RunStatus.PLANNED)
    original = replace(
        make("Kasai floods"),
        system_map=(dtm, cell),
        constraints=(Constraint.CAPACITY_LIMITED, Constraint.ACCESS_LIMITED),
        systems=(("case_management", SystemStatus.NOT_OPERATING),),
    )
    stored = store.save(original)
    store.close()
    reopened = open_in(tmp_path).store
    assert reopened.get(original.id) == stored
    assert reopened.get(original.id).system_map == (dtm, cell)
    emptied = reopened.save(replace(stored, system_map=(), constraints=()))
    assert reopened.get(original.id).system_map == ()
    assert reopened.get(original.id).constraints == ()
    assert reopened.get(original.id) == emptied


def test_the_database_uses_wal_and_full_synchronous_writes(tmp_path: Path) -> None:
    store = open_in(tmp_path).store
    connection = store.connection
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert connection.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert connection.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    assert connection.execute("PRAGMA user_version").fetchone()[0] == LATEST_USER_SCHEMA


def test_the_schema_version_counts_the_migrations() -> None:
    names = [
        m.name for m in migrations.migrations.pending(migrations.sqlite_utils.Database(memory=True))
    ]
    assert len(names) == LATEST_USER_SCHEMA
    assert names == sorted(names)


def test_names_are_unique_regardless_of_case_and_accents(tmp_path: Path) -> None:
    store = open_in(tmp_path).store
    store.save(make("Café Kasai"))
    with pytest.raises(InvalidInputError, match="already exists"):
        store.save(make("CAFÉ KASAI"))
    assert [s.name for s in store.list_selections()] == ["Café Kasai"]


@pytest.mark.parametrize(
    "name",
    ["Kasai/Tshikapa 2026", 'The "north" \'plan\'', "خطة الحماية", "Plan de réponse — Ñuñoa",
     "Flood\\response", "..", "CON", "名前"],
)  # fmt: skip
def test_names_with_slashes_quotes_and_other_scripts_work(tmp_path: Path, name: str) -> None:
    store = open_in(tmp_path).store
    selection = store.save(make(name))
    assert store.find_id(name) == selection.id
    assert store.get(selection.id).name == name


@pytest.mark.parametrize(
    ("name", "message"),
    [("", "needs a name"), ("   \n\t", "needs a name"), ("x" * 10_000, "at most 200 characters")],
)
def test_empty_and_huge_names_get_a_clear_message(name: str, message: str) -> None:
    with pytest.raises(InvalidInputError, match=message):
        check_name(name)


def test_control_characters_in_names_are_removed() -> None:
    assert check_name("  Kasai\x00 floods\n 2026 ") == "Kasai floods 2026"


def test_trash_restore_and_purge(tmp_path: Path) -> None:
    store = open_in(tmp_path).store
    kept = store.save(make("Kept"))
    binned = store.save(make("Binned"))
    store.move_to_trash(binned.id)
    assert [s.name for s in store.list_selections()] == ["Kept"]
    assert [s.name for s in store.list_selections(deleted=True)] == ["Binned"]
    store.save(make("Binned"))  # the name is free again while the old one is in the trash
    with pytest.raises(InvalidInputError, match="rename it before restoring"):
        store.restore_from_trash(binned.id)
    store.move_to_trash(store.find_id("Binned") or "")
    store.restore_from_trash(binned.id)
    assert store.get(binned.id).name == "Binned"
    assert store.purge_trash(datetime.timedelta(days=30)) == 0
    assert store.purge_trash(datetime.timedelta(seconds=-1)) == 1
    assert {s.id for s in store.list_selections()} == {kept.id, binned.id}
    with pytest.raises(NotFoundError):
        store.move_to_trash("no-such-id")


def test_trash_older_than_thirty_days_is_purged_at_start(tmp_path: Path) -> None:
    store = open_in(tmp_path).store
    old = store.save(make("Old"))
    store.move_to_trash(old.id)
    long_ago = (
        datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(days=31)
    ).isoformat()
    with store.connection:
        store.connection.execute("UPDATE selections SET deleted = ?", (long_ago,))
    store.close()
    assert open_in(tmp_path).store.list_selections(deleted=True) == []


def test_a_failed_save_changes_nothing(tmp_path: Path) -> None:
    store = open_in(tmp_path).store
    first = store.save(make("First"))
    before = contents(store)
    broken = replace(make("Second"), choices=first.choices * 2)  # the same category twice
    with pytest.raises(sqlite3.IntegrityError):
        store.save(broken)
    assert contents(store) == before


def test_bookmarks_history_and_preferences_survive_a_restart(tmp_path: Path) -> None:
    store = open_in(tmp_path).store
    store.set_bookmark("term", "refoulement", "Refoulement", True)
    store.set_bookmark("category", "case_management", "Case Management", True)
    store.set_bookmark("category", "case_management", "Case Management", False)
    for ref in ("a", "b", "a", "c"):
        store.record_visit("term", ref, ref.upper())
    store.set_preference("zoom", "3")
    store.close()
    store = open_in(tmp_path).store
    assert [(b.kind, b.ref_id) for b in store.bookmarks()] == [("term", "refoulement")]
    assert [v.ref_id for v in store.recent()] == ["c", "a", "b"]
    assert store.preference("zoom") == "3"
    assert store.preference("missing", "default") == "default"


def test_history_is_capped(tmp_path: Path) -> None:
    store = open_in(tmp_path).store
    for index in range(520):
        store.record_visit("term", f"t{index}", "T")
    assert store.connection.execute("SELECT count(*) FROM history").fetchone()[0] == 500
