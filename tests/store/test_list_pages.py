"""The list of selections read a page at a time: pages join up into the whole list, in every
order the list offers, with the filter applied by the database."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from pimdesk.domain.listing import ListQuery, fold
from pimdesk.domain.selection import CategoryChoice, Decision, Selection
from pimdesk.store.sqlite_tools import transaction
from pimdesk.store.userdata import SelectionSummary, UserDataStore
from tests.store.userdata_helpers import open_in

SCENARIOS = ("protracted_emergency", "sudden_onset_emergency", "comprehensive_solutions")
DAY = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[UserDataStore]:
    """450 selections: names in mixed case, places with accents, a few sharing one time."""
    opened = open_in(tmp_path).store
    with transaction(opened.connection) as connection:
        for number in range(450):
            selection = Selection.new(
                f"{'Ctx' if number % 2 else 'ctx'} {number:03d}",
                SCENARIOS[number % 3],
                place=("Kasaï", "Goma", "Ninewa", "ÉTÉ")[number % 4],
                choices=tuple(
                    CategoryChoice(f"c{n}", Decision.ACCEPTED) for n in range(number % 5)
                ),
            )
            modified = DAY + datetime.timedelta(hours=number // 3)  # three at each time
            opened._write_selection(connection, replace(selection, modified=modified))
    yield opened
    opened.close()


def read_all(store: UserDataStore, query: ListQuery, page: int = 100) -> list[SelectionSummary]:
    rows: list[SelectionSummary] = []
    while True:
        found = store.list_page(query, len(rows), page)
        rows += found
        if len(found) < page:
            return rows


def test_the_pages_join_into_the_list_in_its_own_order(store: UserDataStore) -> None:
    query = ListQuery()
    assert store.count_listed(query) == 450
    assert read_all(store, query) == store.list_selections()
    assert store.list_page(query, 440, 100) == store.list_selections()[440:]


def test_the_list_s_own_order_reads_its_covering_index(store: UserDataStore) -> None:
    plan = store.connection.execute(
        "EXPLAIN QUERY PLAN SELECT id, name, scenario, place, modified, deleted, accepted "
        "FROM selections WHERE deleted IS NULL ORDER BY modified DESC, name, id LIMIT 200"
    ).fetchall()
    details = " ".join(str(row[-1]) for row in plan)
    assert "COVERING INDEX selections_in_list_order" in details
    assert "TEMP B-TREE" not in details  # no sort: the rows come in the index's order


@pytest.mark.parametrize(
    ("order", "key"),
    [
        ("name", lambda s: fold(s.name)),
        ("place", lambda s: fold(s.place)),
        ("accepted", lambda s: s.accepted),
        ("modified", lambda s: s.modified_utc),
    ],
)
@pytest.mark.parametrize("descending", [False, True])
def test_every_order_is_the_database_s_and_pages_join(
    store: UserDataStore, order: str, key: object, descending: bool
) -> None:
    query = ListQuery(order=order, descending=descending)
    rows = read_all(store, query, page=64)
    assert len({s.id for s in rows}) == 450  # no row twice, none left out
    keys = [key(s) for s in rows]  # type: ignore[operator]
    assert keys == sorted(keys, reverse=descending)


def test_the_scenario_order_follows_the_names_given(store: UserDataStore) -> None:
    shown = ("sudden_onset_emergency", "comprehensive_solutions", "protracted_emergency")
    rows = read_all(store, ListQuery(order="scenario", scenario_order=shown))
    ranks = [shown.index(s.scenario) for s in rows]
    assert ranks == sorted(ranks) and len(rows) == 450
    backwards = read_all(store, ListQuery(order="scenario", descending=True, scenario_order=shown))
    assert [shown.index(s.scenario) for s in backwards] == sorted(ranks, reverse=True)


def test_the_filter_needs_every_word_in_the_name_place_or_scenario(store: UserDataStore) -> None:
    everything = store.list_selections()
    words = (fold("KASAÏ"), fold("ctx 01"))
    query = ListQuery(words=words, word_scenarios=((), ()))
    expected = [s for s in everything if s.place == "Kasaï" and "ctx 01" in fold(s.name)]
    assert read_all(store, query) == expected and store.count_listed(query) == len(expected)
    # a word found only in a scenario's shown name stands for the scenarios it names
    query = ListQuery(words=(fold("été"), "sudden"), word_scenarios=((), (SCENARIOS[1],)))
    expected = [s for s in everything if s.place == "ÉTÉ" and s.scenario == SCENARIOS[1]]
    assert read_all(store, query) == expected and expected


def test_a_position_is_found_in_any_order(store: UserDataStore) -> None:
    for query in (ListQuery(), ListQuery(order="place", descending=True)):
        rows = read_all(store, query)
        wanted = {rows[row].id: row for row in (0, 199, 200, 449)}
        assert store.positions_listed(query, wanted) == wanted
    trashed = store.list_selections()[5].id
    store.move_to_trash(trashed)
    assert store.positions_listed(ListQuery(), {trashed}) == {}
    assert store.positions_listed(ListQuery(deleted=True), {trashed}) == {trashed: 0}
    assert set(store.listed_scenarios()) == set(SCENARIOS)


def test_the_list_reads_on_while_another_statement_is_running(store: UserDataStore) -> None:
    """The window's list and the trash read through one connection: a position search that
    stops early, or any cursor not read to its end, must not stop the next page being read
    (SQLite cannot register the list's fold function while a statement runs)."""
    first = store.list_page(ListQuery(), 0, 1)[0]
    assert store.positions_listed(ListQuery(), {first.id}) == {first.id: 0}  # stops at once
    running = store.connection.execute("SELECT id FROM selections")
    running.fetchone()  # a statement left running, as an unfinished cursor leaves one
    try:
        assert len(store.list_page(ListQuery(deleted=True), 0, 10)) == 0
        assert store.count_listed(ListQuery(words=("goma",), word_scenarios=((),))) == 113
    finally:
        running.close()


def test_names_beyond_ascii_are_folded_as_python_folds_them(tmp_path: Path) -> None:
    store = open_in(tmp_path).store
    assert store.list_page(ListQuery(order="scenario"), 0, 10) == []  # nothing to rank yet
    for name in ("Élan", "élan vital", "Zebra", "ÄRGER", "Straße", "apple"):
        store.save(Selection.new(name, "protracted_emergency", place=name.upper()))
    by_name = [s.name for s in read_all(store, ListQuery(order="name"))]
    assert by_name == sorted(by_name, key=fold)
    for word, expected in (("élan", {"Élan", "élan vital"}), ("strasse", {"Straße"}),
                           ("ärger", {"ÄRGER"}), ("APPLE", {"apple"})):  # fmt: skip
        query = ListQuery(words=(fold(word),), word_scenarios=((),))
        assert {s.name for s in read_all(store, query)} == expected, word
    store.close()
