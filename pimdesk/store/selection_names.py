"""Give stored selection names the rules new names follow (a data migration's work).

Names saved before invisible and direction characters were taken out ('Plan\u200b A') keep
them, and their key keeps them too, so a name that looks like another one is not a clash. This
cleans each stored name as a new one is cleaned and gives it its key again. Two live names that
become one are told apart as a copy's is ('Plan A 2'): a name that needed no cleaning keeps it,
else the older selection does. Nothing is deleted: every selection, its decisions and notes stay.
"""

from __future__ import annotations

import sqlite3

from pimdesk.domain.selection import MAX_NAME_CHARACTERS, clean_stored_name, is_invisible
from pimdesk.store.userdata import name_key

UNNAMED = "Unnamed selection"  # a stored name of invisible characters only
LIVE_NAMES_INDEX = (
    "CREATE UNIQUE INDEX selections_live_names ON selections (name_key) WHERE deleted IS NULL"
)


def renormalise_names(connection: sqlite3.Connection) -> list[tuple[str, str]]:
    """Clean every stored name and key (inside the caller's transaction). Returns the live
    selections whose name changed by more than what cannot be seen (to stay apart from
    another, or to show something), as (name as stored, name now)."""
    rows = connection.execute(
        "SELECT id, name, name_key, deleted IS NULL FROM selections ORDER BY created, id"
    ).fetchall()
    cleaned = {row[0]: clean_stored_name(row[1]) or UNNAMED for row in rows}
    live = [row for row in rows if row[3]]
    # First those whose name is already clean: the user's names that need no change keep them.
    live.sort(key=lambda row: cleaned[row[0]] != row[1])
    reserved = {name_key(cleaned[row[0]]) for row in live}
    taken: set[str] = set()
    renamed: list[tuple[str, str]] = []
    for selection_id, stored, _key, _live in live:
        name = cleaned[selection_id]
        if name_key(name) in taken:
            name = cleaned[selection_id] = free_name(name, taken | reserved)
        if name != clean_stored_name(stored):  # more than what cannot be seen: say so
            renamed.append((stored, name))
        taken.add(name_key(name))
    # The index of live names is made again once all are apart: on the way, one row's new key
    # may be another's old one.
    connection.execute("DROP INDEX selections_live_names")
    for selection_id, stored, key, _live in rows:
        name = cleaned[selection_id]
        if (name, name_key(name)) != (stored, key):
            connection.execute(
                "UPDATE selections SET name = ?, name_key = ?, revision = revision + 1 "
                "WHERE id = ?",
                (name, name_key(name), selection_id),
            )
    connection.execute(LIVE_NAMES_INDEX)
    return renamed


def free_name(name: str, taken: set[str]) -> str:
    """`name 2`, `name 3`... the first whose key is not in `taken` (within the length limit)."""
    counter = 2
    while True:
        suffix = f" {counter}"
        candidate = name[: MAX_NAME_CHARACTERS - len(suffix)].rstrip() + suffix
        if name_key(candidate) not in taken:
            return candidate
        counter += 1


def renamed_notice(renamed: list[tuple[str, str]]) -> str:
    """One sentence for the user about the names that changed to stay apart."""
    changes = "; ".join(f"“{shown(stored)}” is now “{name}”" for stored, name in renamed)
    return (
        "Characters that cannot be seen were taken out of selection names; where a name then "
        f"looked like another, or showed nothing, it was changed: {changes}."
    )


def shown(name: str) -> str:
    """`name` with what cannot be seen written out (\\u200b), so that a direction override
    in it cannot turn the sentence around."""
    return "".join(f"\\u{ord(c):04x}" if is_invisible(c) else c for c in name)
