"""User data at scale: 10,000 and 100,000 saved selections — list, open, save.

The desktop's list counts the selections and reads the page it shows (`list_page`); the full
read of every summary (what the list did before, and what the command line's `list` does) is
measured too, as its own figure.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import replace
from pathlib import Path

from pimdesk.domain.listing import PAGE_ROWS, ListQuery, fold
from pimdesk.domain.selection import CategoryChoice, Decision, Selection, TeamPriority
from pimdesk.store.sqlite_tools import transaction
from pimdesk.store.userdata import UserDataStore
from pimdesk.store.userdata_open import open_user_data

CATEGORIES = ("case_management", "protection_monitoring", "population_data",
              "security_situational_awareness")  # fmt: skip


def fill(folder: Path, count: int = 10_000) -> Path:
    """A data folder holding `count` selections (written in one transaction: setup, not timed)."""
    store = open_user_data(folder / "pimdesk-user.sqlite", folder / "backups").store
    with transaction(store.connection) as connection:
        for number in range(count):
            choices = tuple(
                CategoryChoice(c, Decision.ACCEPTED, TeamPriority.MEDIUM, f"Notes {number}")
                for c in CATEGORIES
            )
            selection = Selection.new(
                f"Context {number:05d}", "protracted_emergency", place="Somewhere",
                choices=choices, notes="n" * 500,
            )  # fmt: skip
            store._write_selection(connection, selection)  # bulk setup in one transaction
    store.close()
    return folder


def _median_ms(action: object, runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()  # type: ignore[operator]
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def _first_page(store: UserDataStore, query: ListQuery) -> None:
    """What the list reads to show: the first page and, when it is full, the count (the scroll
    bar's length), as the desktop's list model does."""
    if len(store.list_page(query, 0, PAGE_ROWS)) == PAGE_ROWS:
        store.count_listed(query)


def edited(selection: Selection) -> Selection:
    return replace(selection, notes=f"edited {selection.revision}")


def measure(folder: Path) -> dict[str, float]:
    opened_at = time.perf_counter()
    store = open_user_data(folder / "pimdesk-user.sqlite", folder / "backups").store
    open_ms = (time.perf_counter() - opened_at) * 1000
    summaries = store.list_selections()
    some = summaries[len(summaries) // 2]
    saved = [store.get(some.id)]  # each save is based on the one before (a stale base conflicts)
    shown, by_name = ListQuery(), ListQuery(order="name")
    filtered = ListQuery(words=(fold("0999"),), word_scenarios=((),))
    count = store.count_listed(shown)
    result = {
        "selections": len(summaries),
        "open_database_ms": open_ms,
        "list_page_ms": _median_ms(lambda: _first_page(store, shown)),
        "list_end_ms": _median_ms(lambda: store.list_page(shown, count - PAGE_ROWS, PAGE_ROWS)),
        "list_by_name_ms": _median_ms(lambda: _first_page(store, by_name)),
        "list_filtered_ms": _median_ms(lambda: _first_page(store, filtered)),
        "list_ms": _median_ms(store.list_selections),
        "open_selection_ms": _median_ms(lambda: store.get(some.id)),
        "save_selection_ms": _median_ms(lambda: saved.append(store.save(edited(saved[-1])))),
        "find_by_name_ms": _median_ms(lambda: store.find_id(some.name)),
    }
    store.close()
    return result
