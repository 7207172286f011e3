"""What the list of saved selections shows and in what order, for the store to read a page of."""

from __future__ import annotations

import unicodedata

from pimdesk.domain.records import record
from pimdesk.domain.selection import is_invisible

# The rows the desktop's list reads at a time (bench/userdata_bench.py measures the same).
PAGE_ROWS = 200
# The columns the list may be sorted by, besides "scenario" (see `ListQuery.order`).
SORTABLE = ("modified", "name", "place", "accepted", "deleted")


def fold(text: str) -> str:
    """Text as names are compared: regardless of case, Unicode form and what cannot be seen
    ('Café' = 'CAFÉ'; a joiner between two Latin letters does not make another word)."""
    visible = "".join(c for c in text if not is_invisible(c))
    return unicodedata.normalize("NFC", visible).casefold()


@record
class ListQuery:
    """Which selections the list shows, in what order: all of it done by the database, so the
    list reads only the page the view shows (a 200-row page of 100,000 takes a millisecond).

    `words`: each must be found in the name, the place or the scenario's shown name, folded as
    names are (`name_key`); `word_scenarios` holds, for each word, the scenarios whose shown
    name holds it. `order`: one of SORTABLE, or "scenario" with `scenario_order` the scenarios
    in the order of their shown names; "" is the list's own order (newest change first).
    """

    deleted: bool = False
    words: tuple[str, ...] = ()
    word_scenarios: tuple[tuple[str, ...], ...] = ()
    order: str = ""
    descending: bool = False
    scenario_order: tuple[str, ...] = ()
