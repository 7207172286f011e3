"""Helpers for the user-database tests: open a store in a folder, make selections."""

from __future__ import annotations

from pathlib import Path

from pimdesk.domain.selection import CategoryChoice, Decision, Selection, TeamPriority
from pimdesk.store.userdata import UserDataStore
from pimdesk.store.userdata_open import OpenedUserData, open_user_data


def open_in(folder: Path) -> OpenedUserData:
    return open_user_data(folder / "pimdesk-user.sqlite", folder / "backups")


def make(name: str, notes: str = "") -> Selection:
    return Selection.new(
        name,
        "protracted_emergency",
        choices=(CategoryChoice("case_management", Decision.ACCEPTED, TeamPriority.HIGH, notes),),
        notes=notes,
    )


def contents(store: UserDataStore) -> dict[str, Selection]:
    """Everything the store holds, by name, for comparisons."""
    return {s.name: store.get(s.id) for s in store.list_selections()}
