"""Two versions of a text compared word by word, so that a reviewer sees what an update changes."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from enum import Enum

from pimdesk.domain.records import record

# A word with the spaces after it is one unit: spaces alone would match across changed words.
_WORDS = re.compile(r"\S+\s*|\s+")


class Mark(str, Enum):
    SAME = "same"
    REMOVED = "removed"
    ADDED = "added"


@record
class Piece:
    mark: Mark
    text: str


def word_diff(before: str, after: str) -> tuple[tuple[Piece, ...], tuple[Piece, ...]]:
    """`before` with the words it loses marked REMOVED, `after` with the words it gains
    marked ADDED; joined, each side's pieces give its text back exactly."""
    old, new = _WORDS.findall(before), _WORDS.findall(after)
    left: list[Piece] = []
    right: list[Piece] = []
    # Matched on the words alone: "agreement" at the end and "agreement " before more are one.
    matcher = SequenceMatcher(
        None, [t.strip() for t in old], [t.strip() for t in new], autojunk=False
    )
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            left.append(Piece(Mark.SAME, "".join(old[i1:i2])))
            right.append(Piece(Mark.SAME, "".join(new[j1:j2])))
            continue
        if i2 > i1:
            left.append(Piece(Mark.REMOVED, "".join(old[i1:i2])))
        if j2 > j1:
            right.append(Piece(Mark.ADDED, "".join(new[j1:j2])))
    return tuple(left), tuple(right)
