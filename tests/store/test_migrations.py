"""Upgrades keep everything (R3) and an interrupted migration loses nothing (R16)."""

from __future__ import annotations

import datetime
import json
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
import sqlite_utils
from sqlite_utils.migrations import Migrations

from pimdesk.cli.output import jsonable
from pimdesk.domain.errors import InvalidInputError
from pimdesk.domain.selection import MAX_NAME_CHARACTERS
from pimdesk.store import userdata as userdata_module
from pimdesk.store.backups import list_backups
from pimdesk.store.migrations import apply_pending
from pimdesk.store.selection_names import free_name, renamed_notice, renormalise_names
from pimdesk.store.sqlite_tools import connect, integrity_problems, transaction
from pimdesk.store.userdata import name_key
from pimdesk.store.userdata_schema import LATEST_USER_SCHEMA
from tests.conftest import ROOT
from tests.store.userdata_helpers import open_in

FIXTURES = ROOT / "tests" / "fixtures" / "userdata"


def normalised(selection: dict) -> dict:  # type: ignore[type-arg]
    """The user's data of a selection: its save revision (bookkeeping, from version 3) aside;
    a selection stored before version 4 has no systems map and no stated limits."""
    data = {"system_map": [], "constraints": []}
    data.update((k, v) for k, v in selection.items() if k != "revision")
    return {**data, "systems": sorted(map(tuple, data["systems"]))}


def fixture_versions() -> list[int]:
    return sorted(int(p.stem[1:]) for p in FIXTURES.glob("v*.sqlite"))


def test_there_is_a_fixture_for_every_schema_version() -> None:
    assert fixture_versions() == list(range(1, LATEST_USER_SCHEMA + 1))


@pytest.mark.parametrize("version", fixture_versions())
def test_every_older_database_is_upgraded_with_everything_kept(
    tmp_path: Path, version: int
) -> None:
    shutil.copy(FIXTURES / f"v{version}.sqlite", tmp_path / "pimdesk-user.sqlite")
    expected = json.loads((FIXTURES / f"v{version}.json").read_text(encoding="utf-8"))
    opened = open_in(tmp_path)
    store = opened.store
    assert store.connection.execute("PRAGMA user_version").fetchone()[0] == LATEST_USER_SCHEMA
    stored = [normalised(jsonable(store.get(e["id"]))) for e in expected["selections"]]
    assert stored == [normalised(e) for e in expected["selections"]]
    assert [[b.kind, b.ref_id] for b in store.bookmarks()] == expected["bookmarks"]
    if version < LATEST_USER_SCHEMA:
        assert any("before-upgrade" in b.reason for b in list_backups(tmp_path / "backups"))
        assert opened.notices


def test_a_new_database_gets_the_latest_schema(tmp_path: Path) -> None:
    store = open_in(tmp_path).store
    assert store.connection.execute("PRAGMA user_version").fetchone()[0] == LATEST_USER_SCHEMA
    assert integrity_problems(tmp_path / "pimdesk-user.sqlite", quick=False) == []


def two_step_migrations(fail: bool) -> Migrations:
    steps = Migrations("test-set")

    @steps(name="0001_notes")
    def first(db: sqlite_utils.Database) -> None:
        db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
        db.execute("INSERT INTO notes (text) VALUES ('kept')")

    @steps(name="0002_more")
    def second(db: sqlite_utils.Database) -> None:
        db.execute("ALTER TABLE notes ADD COLUMN tag TEXT")
        db.execute("INSERT INTO notes (text) VALUES ('half-way')")
        if fail:
            raise RuntimeError("the power went out")

    return steps


def test_a_failing_migration_leaves_the_previous_version_whole(tmp_path: Path) -> None:
    connection = connect(tmp_path / "db.sqlite")
    with pytest.raises(RuntimeError):
        apply_pending(connection, two_step_migrations(fail=True))
    assert connection.execute("PRAGMA user_version").fetchone()[0] == 1
    assert [tuple(r) for r in connection.execute("SELECT text FROM notes")] == [("kept",)]
    columns = [row[1] for row in connection.execute("PRAGMA table_info(notes)")]
    assert "tag" not in columns
    assert apply_pending(connection, two_step_migrations(fail=False)) == ["0002_more"]
    assert connection.execute("PRAGMA user_version").fetchone()[0] == 2
    assert apply_pending(connection, two_step_migrations(fail=False)) == []


CHILD = textwrap.dedent(
    """
    import sys, time
    import sqlite_utils
    from sqlite_utils.migrations import Migrations
    from pimdesk.store.migrations import apply_pending
    from pimdesk.store.sqlite_tools import connect

    steps = Migrations("test-set")

    @steps(name="0001_notes")
    def first(db):
        db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
        db.execute("INSERT INTO notes (text) VALUES ('kept')")

    @steps(name="0002_slow")
    def second(db):
        db.execute("ALTER TABLE notes ADD COLUMN tag TEXT")
        for index in range(200):
            db.execute("INSERT INTO notes (text) VALUES ('half-way')")
            if index == 0:
                print("migrating", flush=True)
            time.sleep(0.01)

    connection = connect(sys.argv[1])
    apply_pending(connection, steps)
    print("done", flush=True)
    """
)


def test_a_migration_killed_half_way_is_rolled_back_and_reruns(tmp_path: Path) -> None:
    database = tmp_path / "db.sqlite"
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(database)], stdout=subprocess.PIPE,
                             cwd=ROOT, text=True)  # fmt: skip
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "migrating"
    time.sleep(0.2)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=10)
    child.stdout.close()
    check = sqlite3.connect(database)
    assert check.execute("PRAGMA user_version").fetchone()[0] == 1
    assert check.execute("SELECT text FROM notes").fetchall() == [("kept",)]
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    check.close()
    rerun = subprocess.run([sys.executable, "-c", CHILD, str(database)], capture_output=True,
                           cwd=ROOT, text=True, timeout=60, check=True)  # fmt: skip
    assert rerun.stdout.splitlines()[-1] == "done"
    check = sqlite3.connect(database)
    assert check.execute("PRAGMA user_version").fetchone()[0] == 2
    assert check.execute("SELECT count(*) FROM notes").fetchone()[0] == 201


# ---------------------------------------------------------------------------- names (0005)


def test_names_stored_before_cleaning_are_cleaned_and_told_apart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A data-version-2 file with names as PIM Desk then stored them (invisible characters,
    a direction override, joiners at the edges, a name of nothing visible, two pairs that look
    alike): upgraded, every selection is kept with its decisions and notes, names are cleaned,
    look-alikes are told apart, keys are today's, and the user is told what changed."""
    when = datetime.datetime(2026, 11, 25, tzinfo=datetime.timezone.utc)
    monkeypatch.setattr(userdata_module, "now", lambda: when)  # the trashed one is not purged
    database = tmp_path / "pimdesk-user.sqlite"
    shutil.copy(FIXTURES / "names_v2.sqlite", database)
    expected = json.loads((FIXTURES / "names_v2.json").read_text(encoding="utf-8"))
    opened = open_in(tmp_path)
    store = opened.store
    stored = [normalised(jsonable(store.get(e["id"]))) for e in expected["selections"]]
    assert stored == [normalised(e) for e in expected["selections"]]
    trashed = {s.id for s in store.list_selections(deleted=True)}
    assert trashed == set(expected["deleted"])
    rows = store.connection.execute("SELECT name, name_key, deleted FROM selections").fetchall()
    assert len(rows) == len(expected["selections"])
    assert all(key == name_key(name) for name, key, _ in rows)
    live_keys = [key for _, key, deleted in rows if deleted is None]
    assert len(live_keys) == len(set(live_keys))
    told = [n for n in opened.notices if "cannot be seen" in n]
    assert told == [renamed_notice([tuple(pair) for pair in expected["renamed"]])]
    assert "“Plan\\u200b A” is now “Plan A 3”" in told[0] and "\u202e" not in told[0]
    backup = next(b for b in list_backups(tmp_path / "backups") if "before-upgrade-v2" in b.reason)
    with sqlite3.connect(backup.path) as old:  # the names as they were, kept
        query = "SELECT count(*) FROM selections WHERE name = 'Plan\u200b A'"
        assert old.execute(query).fetchone() == (1,)
    with pytest.raises(InvalidInputError):  # a look-alike of a live name is a clash again
        store.restore_from_trash("b0000000000000000000000000000007")


def test_cleaning_names_again_changes_nothing(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "names_v2.sqlite", tmp_path / "pimdesk-user.sqlite")
    connection = open_in(tmp_path).store.connection
    before = connection.execute("SELECT * FROM selections ORDER BY id").fetchall()
    with transaction(connection):
        assert renormalise_names(connection) == []
    assert connection.execute("SELECT * FROM selections ORDER BY id").fetchall() == before


def test_a_name_told_apart_stays_within_the_length_limit() -> None:
    long = "x" * MAX_NAME_CHARACTERS
    taken = {name_key(long), name_key(long[:-2] + " 2")}
    told = free_name(long, taken)
    assert told == long[:-2] + " 3" and len(told) == MAX_NAME_CHARACTERS
