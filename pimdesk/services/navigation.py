"""Bookmarks and recently viewed pages, kept in the user database across restarts."""

from __future__ import annotations

from pimdesk.store.userdata import UserDataStore, Visit


class NavigationService:
    def __init__(self, store: UserDataStore) -> None:
        self._store = store

    def bookmarks(self) -> list[Visit]:
        return self._store.bookmarks()

    def is_bookmarked(self, kind: str, ref_id: str) -> bool:
        return any(b.kind == kind and b.ref_id == ref_id for b in self._store.bookmarks())

    def set_bookmark(self, kind: str, ref_id: str, title: str, on: bool = True) -> None:
        self._store.set_bookmark(kind, ref_id, title, on)

    def visited(self, kind: str, ref_id: str, title: str) -> None:
        self._store.record_visit(kind, ref_id, title)

    def recent(self, limit: int = 20) -> list[Visit]:
        return self._store.recent(limit)

    def preference(self, key: str, default: str | None = None) -> str | None:
        return self._store.preference(key, default)

    def set_preference(self, key: str, value: str) -> None:
        self._store.set_preference(key, value)
