"""Numbered schema migrations of the user database (sqlite-utils `Migrations`).

Each migration, its record in `_sqlite_migrations` and the `user_version` bump are applied in one
transaction, after a backup (see `userdata_open`): a crash half-way leaves the previous version
with all its data, and running again finishes the job. Never edit a released migration: add one.
"""

from __future__ import annotations

import datetime
import sqlite3
from collections.abc import Callable
from typing import cast

import sqlite_utils
from sqlite_utils.migrations import Migrations

from pimdesk.store.selection_names import renamed_notice, renormalise_names
from pimdesk.store.sqlite_tools import transaction

MIGRATION_SET = "pimdesk-user"
Migration = Callable[[sqlite_utils.Database], None]
SpeakingMigration = Callable[[sqlite_utils.Database], object]
migrations = Migrations(MIGRATION_SET)


@migrations(name="0001_initial")
def _initial(db: sqlite_utils.Database) -> None:
    db.execute(
        """CREATE TABLE selections (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            name_key TEXT NOT NULL,
            scenario TEXT NOT NULL,
            place TEXT NOT NULL DEFAULT '',
            date TEXT,
            organisation TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            modified TEXT NOT NULL,
            deleted TEXT
        )"""
    )
    db.execute(
        "CREATE UNIQUE INDEX selections_live_names ON selections (name_key) WHERE deleted IS NULL"
    )
    db.execute("CREATE INDEX selections_by_modified ON selections (deleted, modified)")
    db.execute(
        """CREATE TABLE selection_systems (
            selection_id TEXT NOT NULL REFERENCES selections (id) ON DELETE CASCADE,
            category TEXT NOT NULL,
            status TEXT NOT NULL,
            PRIMARY KEY (selection_id, category)
        )"""
    )
    db.execute(
        """CREATE TABLE selection_needs (
            selection_id TEXT NOT NULL REFERENCES selections (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            source TEXT NOT NULL,
            ref TEXT,
            text TEXT NOT NULL,
            PRIMARY KEY (selection_id, position)
        )"""
    )
    db.execute(
        """CREATE TABLE selection_choices (
            selection_id TEXT NOT NULL REFERENCES selections (id) ON DELETE CASCADE,
            category TEXT NOT NULL,
            decision TEXT NOT NULL,
            priority TEXT,
            notes TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (selection_id, category)
        )"""
    )
    db.execute(
        """CREATE TABLE bookmarks (
            kind TEXT NOT NULL,
            ref_id TEXT NOT NULL,
            title TEXT NOT NULL,
            created TEXT NOT NULL,
            PRIMARY KEY (kind, ref_id)
        )"""
    )
    db.execute(
        """CREATE TABLE history (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,
            ref_id TEXT NOT NULL,
            title TEXT NOT NULL,
            visited TEXT NOT NULL
        )"""
    )
    db.execute("CREATE TABLE preferences (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


@migrations(name="0002_list_order_and_counts")
def _list_order_and_counts(db: sqlite_utils.Database) -> None:
    """The list of 10,000 selections within 100 ms: keep each selection's count of accepted
    categories beside it, and an index in the list's order."""
    db.execute("ALTER TABLE selections ADD COLUMN accepted INTEGER NOT NULL DEFAULT 0")
    db.execute(
        "UPDATE selections SET accepted = (SELECT count(*) FROM selection_choices AS c "
        "WHERE c.selection_id = selections.id AND c.decision = 'accepted')"
    )
    db.execute("DROP INDEX selections_by_modified")
    db.execute(
        "CREATE INDEX selections_in_list_order ON selections "
        "(deleted, modified DESC, name, id, scenario, place, accepted)"
    )


@migrations(name="0003_revisions")
def _revisions(db: sqlite_utils.Database) -> None:
    """Each save names the revision it was based on and the store refuses a stale one, so two
    windows (or a window and a command) cannot overwrite each other's edits unseen."""
    db.execute("ALTER TABLE selections ADD COLUMN revision INTEGER NOT NULL DEFAULT 1")


@migrations(name="0004_systems_map")
def _systems_map(db: sqlite_utils.Database) -> None:
    """The context's named PIM systems (its systems map) and the limits the team states. The
    per-category status of `selection_systems` stays: older selections keep it, and it still
    counts where no named system covers a category."""
    db.execute(
        """CREATE TABLE selection_pim_systems (
            selection_id TEXT NOT NULL REFERENCES selections (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            category TEXT NOT NULL,
            status TEXT NOT NULL,
            organisation TEXT NOT NULL DEFAULT '',
            shares TEXT NOT NULL DEFAULT '',
            frequency TEXT NOT NULL DEFAULT '',
            contact TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (selection_id, position)
        )"""
    )
    # Space-separated constraint values, e.g. "access_limited capacity_limited".
    db.execute("ALTER TABLE selections ADD COLUMN constraints TEXT NOT NULL DEFAULT ''")


def _visible_names(db: sqlite_utils.Database) -> list[str]:
    """Names saved before invisible and direction characters were taken out of new names get
    the same cleaning and their key again, told apart where two become one (see
    selection_names.py). Returns what the user must be told."""
    renamed = renormalise_names(db.conn)
    return [renamed_notice(renamed)] if renamed else []


# sqlite-utils types a migration as returning nothing; ours may return sentences for the user.
migrations(name="0005_visible_names")(cast(Migration, _visible_names))


def applied_version(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def apply_pending(
    connection: sqlite3.Connection,
    migration_set: Migrations = migrations,
    notices: list[str] | None = None,
) -> list[str]:
    """Apply every pending migration, each in its own transaction. Returns their names; what a
    migration says for the user (a list of sentences it returns) is added to `notices`."""
    db = sqlite_utils.Database(connection)
    applied = []
    for migration in migration_set.pending(db):
        version = applied_version(connection) + 1
        with transaction(connection):
            migration_set.ensure_migrations_table(db)
            said = cast(SpeakingMigration, migration.fn)(db)
            db.table(Migrations.migrations_table).insert(
                {
                    "migration_set": migration_set.name,
                    "name": migration.name,
                    "applied_at": datetime.datetime.now(datetime.timezone.utc).isoformat(),
                }
            )
            connection.execute(f"PRAGMA user_version = {version}")
        applied.append(migration.name)
        if notices is not None and isinstance(said, list):
            notices += said
    return applied
