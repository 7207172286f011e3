"""The user's own data: saved selections, bookmarks, history and preferences.

Every write is one `BEGIN IMMEDIATE` transaction. Plain `sqlite3` rather than sqlite-utils here:
the user database is opened at every start, and importing sqlite-utils would cost more start-up
time than the whole bare window (see bench/); the schema itself is built by sqlite-utils
migrations (`migrations.py`).

Several writers may share one data file (a window and a command in a terminal; two windows only
if the single-instance lock is bypassed), so every save is checked, inside its transaction,
against what is stored: a selection carries the revision it was read at, and a save whose base
revision is no longer the stored one, or whose selection went to the trash meanwhile, is refused
with a `ConflictError` instead of overwriting. A data file that a restore set aside under this
connection (the path now names another file) is noticed at the next read or write: the
connection is reopened on the restored file, and a write is refused.
"""

from __future__ import annotations

import datetime
import sqlite3
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple, TypeVar

from pimdesk.domain.errors import ConflictError, InvalidInputError, NotFoundError, UserDataError
from pimdesk.domain.listing import ListQuery, fold
from pimdesk.domain.records import record
from pimdesk.domain.selection import (
    CategoryChoice,
    Constraint,
    DataNeed,
    Decision,
    NeedSource,
    PimSystem,
    RunStatus,
    Selection,
    SystemStatus,
    TeamPriority,
    now,
)
from pimdesk.store.sqlite_tools import connect, explain, transaction

HISTORY_LIMIT = 500
_CLOSED = "Your data is being repaired or restored; it shows again when that is done."
T = TypeVar("T")


class SelectionSummary(NamedTuple):
    """One line of the list of selections.

    A named tuple made straight from the database row, its times parsed only when read: the
    list of 10,000 selections must show within 100 ms (see bench/).
    """

    id: str
    name: str
    scenario: str
    place: str
    modified_utc: str
    deleted_utc: str | None
    accepted: int

    @property
    def modified(self) -> datetime.datetime:
        return _required_time(self.modified_utc)

    @property
    def deleted(self) -> datetime.datetime | None:
        return _time(self.deleted_utc)


# The list's own order (newest change first, then name, then id), in which its covering index
# `selections_in_list_order` holds the rows. Every other order ends in it: rows that tie keep one
# place, so a page read later joins the one before it.
_LIST_ORDER = "modified DESC, name, id"
_LIST_COLUMNS = "id, name, scenario, place, modified, deleted, accepted"


def _folded(column: str) -> str:
    """SQL for `fold(column)`: SQLite's lower() where the text is ASCII (it folds ASCII as
    `str.casefold` does), Python's fold only for text beyond ASCII (more bytes than characters).
    The list's covering index holds the name and the place, so neither sorting nor filtering by
    them reads the table's rows, and Python is called only for the rows that need it."""
    beyond_ascii = f"length(CAST({column} AS BLOB)) != length({column})"
    return f"(CASE WHEN {beyond_ascii} THEN pimdesk_fold({column}) ELSE lower({column}) END)"


# What the list of selections may be sorted by (`ListQuery.order`), as SQL.
_ORDER_BY = {
    "name": _folded("name"),
    "place": _folded("place"),
    "accepted": "accepted",
    "deleted": "coalesce(deleted, '')",
}


def _where(query: ListQuery) -> tuple[str, list[object]]:
    sql = f"deleted IS {'NOT ' if query.deleted else ''}NULL"
    parameters: list[object] = []
    for word, scenarios in zip(query.words, query.word_scenarios, strict=True):
        marks = ", ".join("?" * len(scenarios))
        sql += (
            f" AND (scenario IN ({marks}) OR instr({_folded('name')}, ?) > 0"
            f" OR instr({_folded('place')}, ?) > 0)"
        )
        parameters += [*scenarios, word, word]
    return sql, parameters


def _order_by(query: ListQuery) -> tuple[str, list[object]]:
    if not query.order or (query.order == "modified" and query.descending):
        return _LIST_ORDER, []
    if query.order == "modified":  # the list's own order backwards: its index read backwards
        return "modified, name DESC, id DESC", []
    direction = " DESC" if query.descending else ""
    if query.order == "scenario":
        parameters: list[object] = []
        for rank, scenario in enumerate(query.scenario_order):
            parameters += [scenario, rank]
        by_id = f"scenario{direction}, {_LIST_ORDER}"  # scenarios the content does not name
        if not parameters:
            return by_id, []
        cases = " ".join("WHEN ? THEN ?" for _ in query.scenario_order)
        ranked = f"CASE scenario {cases} ELSE {len(query.scenario_order)} END"
        return f"{ranked}{direction}, {by_id}", parameters
    return f"{_ORDER_BY[query.order]}{direction}, {_LIST_ORDER}", []


@record
class Visit:
    kind: str
    ref_id: str
    title: str
    when: datetime.datetime


def name_key(name: str) -> str:
    """Names are unique regardless of case, Unicode form and what cannot be seen ('Café' =
    'CAFÉ'; a joiner between two Latin letters does not make another name)."""
    return fold(name)


def _time(text: str | None) -> datetime.datetime | None:
    return datetime.datetime.fromisoformat(text) if text else None


def _required_time(text: str) -> datetime.datetime:
    value = _time(text)
    assert value is not None
    return value


def _identity(path: Path) -> tuple[int, int] | None:
    """Which file `path` names now (device, inode); None when nothing is there."""
    try:
        found = path.stat()
    except OSError:
        return None
    return (found.st_dev, found.st_ino)


def _register_fold(connection: sqlite3.Connection) -> None:
    """The fold the list's filter applies to places (`pimdesk_fold`). Registered once, when a
    connection opens: SQLite refuses to register a function while a statement is running, and
    the window's list and the trash read through one connection."""
    connection.create_function("pimdesk_fold", 1, name_key, deterministic=True)


class UserDataStore:
    """Reads and writes the user database through one connection."""

    def __init__(
        self, connection: sqlite3.Connection, path: Path, read_only: str | None = None
    ) -> None:
        self._connection = connection
        self.path = path
        self._opened = _identity(path)
        # Why the data can only be read (a read-only or full disk), said when a write is tried;
        # None when it can be written.
        self.read_only = read_only
        self._changes_at_open = connection.total_changes
        self._closed = False
        _register_fold(connection)

    def count_changes_from_now(self) -> None:
        """Opening writes a little (trash purge, identity): that is not the user's work."""
        self._changes_at_open = self._connection.total_changes

    @property
    def changes(self) -> int:
        """How many rows this run has changed (a backup is due only after a change)."""
        return self._connection.total_changes - self._changes_at_open

    def _replaced(self) -> bool:
        """Whether the file this connection has open is no longer the one at `path` (a restore
        set it aside); if so, reopen on the file that is there now."""
        current = _identity(self.path)
        if current is None or current == self._opened or self._opened is None:
            return False
        changed = self.changes
        self._connection.close()
        self._connection = connect(self.path)
        _register_fold(self._connection)
        self._opened = current
        self._changes_at_open = self._connection.total_changes - changed
        return True

    @property
    def connection(self) -> sqlite3.Connection:
        return self._connection

    def close(self) -> None:
        self._closed = True  # first: another thread may be reading (see `_known_errors`)
        self._connection.close()

    @contextmanager
    def _known_errors(self) -> Iterator[None]:
        try:
            yield
        except (sqlite3.Error, OSError) as error:
            if self._closed:  # a view repainting while a repair or a restore replaces the file
                raise UserDataError(_CLOSED) from error
            known = explain(error, self.path)
            if known is None:
                raise
            raise known from error

    def _write(self, work: Callable[[sqlite3.Connection], T]) -> T:
        if self.read_only is not None:
            raise UserDataError(self.read_only)
        with self._known_errors():
            if self._replaced():
                raise ConflictError(
                    "Your data was restored from a backup while this was open; this change was "
                    "not saved. PIM Desk now shows the restored data.",
                    "replaced",
                )
            with transaction(self._connection) as connection:
                return work(connection)

    def _read(self, sql: str, parameters: tuple[object, ...] = ()) -> list[sqlite3.Row]:
        with self._known_errors():
            self._replaced()
            return self._connection.execute(sql, parameters).fetchall()

    # ------------------------------------------------------------------ selections
    def list_selections(self, deleted: bool = False) -> list[SelectionSummary]:
        with self._known_errors():
            self._replaced()
            cursor = self._connection.cursor()
            cursor.row_factory = None  # plain tuples: no per-row mapping on a 10,000-row list
            cursor.execute(
                "SELECT id, name, scenario, place, modified, deleted, accepted FROM selections "
                f"WHERE deleted IS {'NOT ' if deleted else ''}NULL ORDER BY modified DESC, name"
            )
            return list(map(SelectionSummary._make, cursor))

    def _listing(self) -> sqlite3.Cursor:
        """A cursor for the list's queries: plain tuples, and the fold of the place filter."""
        if self._closed:
            raise UserDataError(_CLOSED)
        self._replaced()
        cursor = self._connection.cursor()
        cursor.row_factory = None
        return cursor

    def count_listed(self, query: ListQuery) -> int:
        """How many selections `query` lists."""
        where, parameters = _where(query)
        with self._known_errors():
            cursor = self._listing()
            cursor.execute(f"SELECT count(*) FROM selections WHERE {where}", parameters)
            return int(cursor.fetchone()[0])

    def list_page(self, query: ListQuery, offset: int, limit: int) -> list[SelectionSummary]:
        """The selections `query` lists from position `offset`, at most `limit` of them. In the
        list's own order this reads a covering index (`selections_in_list_order`)."""
        where, parameters = _where(query)
        order, order_parameters = _order_by(query)
        with self._known_errors():
            cursor = self._listing()
            cursor.execute(
                f"SELECT {_LIST_COLUMNS} FROM selections WHERE {where} ORDER BY {order} "
                "LIMIT ? OFFSET ?",
                [*parameters, *order_parameters, limit, offset],
            )
            return list(map(SelectionSummary._make, cursor))

    def positions_listed(self, query: ListQuery, ids: Collection[str]) -> dict[str, int]:
        """Where each of `ids` is in what `query` lists (from 0); those not listed are left out.

        One read of the IDs in order, stopped once all are found: the covering index holds
        them, and a window function (`row_number()`) measured twice as slow at 100,000."""
        where, parameters = _where(query)
        order, order_parameters = _order_by(query)
        wanted, found = set(ids), {}
        with self._known_errors():
            cursor = self._listing()
            cursor.execute(
                f"SELECT id FROM selections WHERE {where} ORDER BY {order}",
                [*parameters, *order_parameters],
            )
            try:
                for position, (selection_id,) in enumerate(cursor):
                    if selection_id in wanted:
                        found[selection_id] = position
                        if len(found) == len(wanted):
                            break
            finally:
                cursor.close()  # stopped early: end the statement now, not when collected
        return found

    def listed_scenarios(self) -> list[str]:
        """Every scenario a selection (or one in the trash) is for."""
        with self._known_errors():
            cursor = self._listing()
            cursor.execute("SELECT DISTINCT scenario FROM selections")
            return [row[0] for row in cursor]

    def find_id(self, name: str, deleted: bool = False) -> str | None:
        rows = self._read(
            "SELECT id FROM selections WHERE name_key = ? AND deleted IS "
            f"{'NOT ' if deleted else ''}NULL ORDER BY deleted DESC LIMIT 1",
            (name_key(name),),
        )
        return rows[0]["id"] if rows else None

    def get(self, selection_id: str) -> Selection:
        rows = self._read("SELECT * FROM selections WHERE id = ?", (selection_id,))
        if not rows:
            raise NotFoundError("That selection no longer exists.")
        row = rows[0]
        systems = self._read(
            "SELECT category, status FROM selection_systems WHERE selection_id = ? "
            "ORDER BY category",
            (selection_id,),
        )
        needs = self._read(
            "SELECT source, ref, text FROM selection_needs WHERE selection_id = ? "
            "ORDER BY position",
            (selection_id,),
        )
        choices = self._read(
            "SELECT category, decision, priority, notes FROM selection_choices "
            "WHERE selection_id = ? ORDER BY position, category",
            (selection_id,),
        )
        mapped = self._read(
            "SELECT name, category, status, organisation, shares, frequency, contact "
            "FROM selection_pim_systems WHERE selection_id = ? ORDER BY position",
            (selection_id,),
        )
        return Selection(
            id=row["id"],
            name=row["name"],
            scenario=row["scenario"],
            place=row["place"],
            date=datetime.date.fromisoformat(row["date"]) if row["date"] else None,
            organisation=row["organisation"],
            systems=tuple((r["category"], SystemStatus(r["status"])) for r in systems),
            needs=tuple(DataNeed(NeedSource(r["source"]), r["text"], r["ref"]) for r in needs),
            choices=tuple(
                CategoryChoice(
                    r["category"],
                    Decision(r["decision"]),
                    TeamPriority(r["priority"]) if r["priority"] else None,
                    r["notes"],
                )
                for r in choices
            ),
            notes=row["notes"],
            system_map=tuple(
                PimSystem(
                    r["name"],
                    r["category"],
                    RunStatus(r["status"]),
                    r["organisation"],
                    r["shares"],
                    r["frequency"],
                    r["contact"],
                )
                for r in mapped
            ),
            constraints=tuple(Constraint(value) for value in row["constraints"].split()),
            created=_required_time(row["created"]),
            modified=_required_time(row["modified"]),
            revision=row["revision"],
        )

    def save(self, selection: Selection, touch: bool = True) -> Selection:
        """Insert or replace `selection` whole, in one transaction. Returns what was stored.

        `selection.revision` is the base: 0 for a new selection, else the revision it was read
        at. A stale base, a selection in the trash or one deleted for good is a ConflictError.
        """
        stored = replace(selection, revision=selection.revision + 1)
        if touch:
            stored = replace(stored, modified=now())

        def work(connection: sqlite3.Connection) -> Selection:
            self._check_base(connection, selection)
            self._write_selection(connection, stored)
            return stored

        try:
            return self._write(work)
        except sqlite3.IntegrityError as error:
            if "selections.name_key" in str(error):
                raise InvalidInputError(
                    f"A selection named '{selection.name}' already exists; choose another name."
                ) from error
            raise

    @staticmethod
    def _check_base(connection: sqlite3.Connection, selection: Selection) -> None:
        """Refuse a save that would overwrite what another writer stored since `selection` was
        read (inside the write transaction, so no other writer can come in between)."""
        row = connection.execute(
            "SELECT revision, deleted FROM selections WHERE id = ?", (selection.id,)
        ).fetchone()
        if row is None and selection.revision == 0:
            return
        if row is None:
            raise ConflictError(
                f"'{selection.name}' was deleted for good elsewhere; this change was not saved.",
                "gone",
            )
        if row["deleted"] is not None:
            raise ConflictError(
                f"'{selection.name}' was moved to the trash elsewhere; this change was not saved. "
                "Restore it from the trash to edit it again.",
                "trashed",
            )
        if row["revision"] != selection.revision:
            raise ConflictError(
                f"'{selection.name}' was changed elsewhere (another PIM Desk window or a command) "
                "since it was opened here; this change was not saved over it.",
                "changed",
            )

    def _write_selection(self, connection: sqlite3.Connection, selection: Selection) -> None:
        connection.execute(
            "INSERT INTO selections (id, name, name_key, scenario, place, date, organisation, "
            "notes, constraints, created, modified, deleted, accepted, revision) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, name_key = excluded.name_key, "
            "scenario = excluded.scenario, place = excluded.place, date = excluded.date, "
            "organisation = excluded.organisation, notes = excluded.notes, "
            "constraints = excluded.constraints, modified = excluded.modified, "
            "accepted = excluded.accepted, revision = excluded.revision",
            (
                selection.id,
                selection.name,
                name_key(selection.name),
                selection.scenario,
                selection.place,
                selection.date.isoformat() if selection.date else None,
                selection.organisation,
                selection.notes,
                " ".join(c.value for c in selection.constraints),
                selection.created.isoformat(),
                selection.modified.isoformat(),
                len(selection.accepted),
                selection.revision,
            ),
        )
        tables = (
            "selection_systems",
            "selection_needs",
            "selection_choices",
            "selection_pim_systems",
        )
        for table in tables:
            connection.execute(f"DELETE FROM {table} WHERE selection_id = ?", (selection.id,))
        connection.executemany(
            "INSERT INTO selection_pim_systems (selection_id, position, name, category, status, "
            "organisation, shares, frequency, contact) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (selection.id, position, *_system_row(s))
                for position, s in enumerate(selection.system_map)
            ],
        )
        connection.executemany(
            "INSERT INTO selection_systems (selection_id, category, status) VALUES (?, ?, ?)",
            [(selection.id, category, status.value) for category, status in selection.systems],
        )
        connection.executemany(
            "INSERT INTO selection_needs (selection_id, position, source, ref, text) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (selection.id, position, need.source.value, need.ref, need.text)
                for position, need in enumerate(selection.needs)
            ],
        )
        connection.executemany(
            "INSERT INTO selection_choices (selection_id, category, decision, priority, notes, "
            "position) VALUES (?, ?, ?, ?, ?, ?)",
            [
                (
                    selection.id,
                    choice.category,
                    choice.decision.value,
                    choice.priority.value if choice.priority else None,
                    choice.notes,
                    position,
                )
                for position, choice in enumerate(selection.choices)
            ],
        )

    def move_to_trash(self, selection_id: str) -> None:
        self._write(lambda connection: self._trash(connection, selection_id))

    @staticmethod
    def _trash(connection: sqlite3.Connection, selection_id: str) -> None:
        changed = connection.execute(
            "UPDATE selections SET deleted = ? WHERE id = ? AND deleted IS NULL",
            (now().isoformat(), selection_id),
        ).rowcount
        if not changed:
            raise NotFoundError("That selection no longer exists.")

    def replace_selection(self, existing_id: str, selection: Selection) -> Selection:
        """Move `existing_id` to the trash and store `selection` (as read from a file, not
        touched) in one transaction: if the second step fails, the first never happened."""
        stored = replace(selection, revision=selection.revision + 1)

        def work(connection: sqlite3.Connection) -> Selection:
            self._trash(connection, existing_id)
            self._check_base(connection, selection)
            self._write_selection(connection, stored)
            return stored

        return self._write(work)

    def restore_from_trash(self, selection_id: str) -> None:
        def work(connection: sqlite3.Connection) -> None:
            connection.execute(
                "UPDATE selections SET deleted = NULL WHERE id = ? AND deleted IS NOT NULL",
                (selection_id,),
            )

        try:
            self._write(work)
        except sqlite3.IntegrityError as error:
            raise InvalidInputError(
                "A selection with the same name exists again; rename it before restoring this one."
            ) from error

    def purge_trash(self, older_than: datetime.timedelta) -> int:
        """Delete for good what has been in the trash longer than `older_than`."""
        cutoff = (now() - older_than).isoformat()

        def work(connection: sqlite3.Connection) -> int:
            return connection.execute(
                "DELETE FROM selections WHERE deleted IS NOT NULL AND deleted < ?", (cutoff,)
            ).rowcount

        return self._write(work)

    def count_selections(self) -> int:
        return int(self._read("SELECT count(*) FROM selections WHERE deleted IS NULL")[0][0])

    # ------------------------------------------------------------------ bookmarks and history
    def bookmarks(self) -> list[Visit]:
        rows = self._read("SELECT kind, ref_id, title, created FROM bookmarks ORDER BY created")
        return [
            Visit(r["kind"], r["ref_id"], r["title"], _required_time(r["created"])) for r in rows
        ]

    def set_bookmark(self, kind: str, ref_id: str, title: str, on: bool) -> None:
        def work(connection: sqlite3.Connection) -> None:
            if on:
                connection.execute(
                    "INSERT OR REPLACE INTO bookmarks (kind, ref_id, title, created) "
                    "VALUES (?, ?, ?, ?)",
                    (kind, ref_id, title, now().isoformat()),
                )
            else:
                connection.execute(
                    "DELETE FROM bookmarks WHERE kind = ? AND ref_id = ?", (kind, ref_id)
                )

        self._write(work)

    def record_visit(self, kind: str, ref_id: str, title: str) -> None:
        if self.read_only is not None:
            return  # browsing history is no one's work: read-only data goes without it

        def work(connection: sqlite3.Connection) -> None:
            connection.execute(
                "INSERT INTO history (kind, ref_id, title, visited) VALUES (?, ?, ?, ?)",
                (kind, ref_id, title, now().isoformat()),
            )
            connection.execute(
                "DELETE FROM history WHERE id <= (SELECT max(id) FROM history) - ?",
                (HISTORY_LIMIT,),
            )

        self._write(work)

    def recent(self, limit: int = 20) -> list[Visit]:
        rows = self._read(
            "SELECT kind, ref_id, title, max(visited) AS visited FROM history "
            "GROUP BY kind, ref_id ORDER BY max(id) DESC LIMIT ?",
            (limit,),
        )
        return [
            Visit(r["kind"], r["ref_id"], r["title"], _required_time(r["visited"])) for r in rows
        ]

    # ------------------------------------------------------------------ preferences
    def preference(self, key: str, default: str | None = None) -> str | None:
        rows = self._read("SELECT value FROM preferences WHERE key = ?", (key,))
        return rows[0]["value"] if rows else default

    def set_preference(self, key: str, value: str) -> None:
        self._write(
            lambda connection: connection.execute(
                "INSERT OR REPLACE INTO preferences (key, value) VALUES (?, ?)", (key, value)
            )
        )


def _system_row(system: PimSystem) -> tuple[str, ...]:
    """A mapped system's columns after its selection and position."""
    return (
        system.name,
        system.category,
        system.status.value,
        system.organisation,
        system.shares,
        system.frequency,
        system.contact,
    )
