"""Where the user is: a page of the app as a `pim:` address, and the back/forward history.

Plain Python, no Qt: every link in a page, every bookmark and every history entry is a
`Location`, written as `pim:kind/id#anchor` (for example `pim:term/refoulement`).
"""

from __future__ import annotations

import re
from dataclasses import field
from typing import Protocol

from pimdesk.domain.records import record

SCHEME = "pim"
HISTORY_LIMIT = 200

# The kinds of page the app can show, and the section of the navigation pane each belongs to.
SECTION_OF_KIND = {
    "home": "home",
    "matrix": "matrix",
    "cell": "matrix",
    "element": "matrix",
    "question": "matrix",
    "need": "matrix",
    "categories": "categories",
    "category": "categories",
    "glossary": "glossary",
    "term": "glossary",
    "principles": "principles",
    "principle": "principles",
    "scenarios": "scenarios",
    "scenario": "scenarios",
    "challenges": "challenges",
    "challenge": "challenges",
    "access": "access",
    "about": "about",
    "selections": "selections",
    "new-context": "selections",  # a new context started from a page; never kept in history
    "bookmarks": "bookmarks",
}
_PART = re.compile(r"^[A-Za-z0-9_.\-]*$")


@record
class Location:
    """One page of the app. `anchor` scrolls within the page and is not part of its identity."""

    kind: str
    id: str = ""
    anchor: str = field(default="", compare=False)

    @property
    def section(self) -> str:
        return SECTION_OF_KIND.get(self.kind, "home")

    @property
    def url(self) -> str:
        path = f"{self.kind}/{self.id}" if self.id else self.kind
        return f"{SCHEME}:{path}" + (f"#{self.anchor}" if self.anchor else "")

    @classmethod
    def parse(cls, address: str) -> Location | None:
        """The location an address names, or None when it is not a well-formed `pim:` address."""
        scheme, _, rest = address.partition(":")
        if scheme != SCHEME or not rest:
            return None
        path, _, anchor = rest.partition("#")
        kind, _, record_id = path.partition("/")
        if kind not in SECTION_OF_KIND or not all(_PART.match(p) for p in (record_id, anchor)):
            return None
        return cls(kind, record_id, anchor)


def link(kind: str, record_id: str = "", anchor: str = "") -> str:
    return Location(kind, record_id, anchor).url


class VisitLike(Protocol):
    """A page the user viewed or bookmarked, as the navigation service returns it."""

    @property
    def kind(self) -> str: ...
    @property
    def ref_id(self) -> str: ...
    @property
    def title(self) -> str: ...


def visited_location(visit: VisitLike) -> Location | None:
    """The location a stored visit or bookmark names; None when the app no longer has it."""
    if visit.kind not in SECTION_OF_KIND or not _PART.match(visit.ref_id):
        return None
    return Location(visit.kind, visit.ref_id)


class History:
    """Back and forward, as in a web browser: going somewhere new drops the forward entries."""

    def __init__(self, limit: int = HISTORY_LIMIT) -> None:
        self._entries: list[Location] = []
        self._index = -1
        self._limit = limit

    @property
    def current(self) -> Location | None:
        return self._entries[self._index] if self._entries else None

    @property
    def can_go_back(self) -> bool:
        return self._index > 0

    @property
    def can_go_forward(self) -> bool:
        return self._index < len(self._entries) - 1

    def visit(self, location: Location) -> None:
        current = self.current
        if current is not None and (current, current.anchor) == (location, location.anchor):
            return
        del self._entries[self._index + 1 :]
        self._entries.append(location)
        if len(self._entries) > self._limit:
            del self._entries[0]
        self._index = len(self._entries) - 1

    def back(self) -> Location | None:
        if not self.can_go_back:
            return None
        self._index -= 1
        return self.current

    def forward(self) -> Location | None:
        if not self.can_go_forward:
            return None
        self._index += 1
        return self.current
