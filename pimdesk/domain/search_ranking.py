"""Order search matches so the obvious answer comes first, and collapse rows that look the same.

The full-text index finds the documents; this step alone decides their order, so the index can
change (per-language groups, stored folded text) without touching how results rank:

1. how the title matches: the title is the query (or one of its parts, such as the acronym in
   "Gender-based violence (GBV)"), the title starts with the query, every word of the query is
   in the title, or the query matched only the body;
2. what the document is: a category, then a glossary term, then any other record with a page
   of its own, then matrix cells and relationships (which only repeat the categories' names);
3. whether the title starts with the query, and how much of the title the query covers
   ("Protection monitoring" before "Protection Response Monitoring and Evaluation");
4. the index's own rank (bm25), then the order of the documents in the index.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from enum import IntEnum
from functools import lru_cache
from typing import TypeVar

from pimdesk.domain.text import words

Splitter = Callable[[str], list[str]]
T = TypeVar("T")

_PARTS = re.compile(r"[()/]")
# Rows that repeat the names of the categories they join: found by their titles only when
# nothing with a page of its own matches as well.
_DERIVED_KINDS = frozenset({"cell", "relationship"})
_KIND_WEIGHT = {"category": 0, "term": 1}
_OTHER_RECORD = 2


class TitleMatch(IntEnum):
    """How a title matches the query, best first."""

    EXACT = 0
    STARTS = 1
    ALL_WORDS = 2
    BODY_ONLY = 3


# The three tests below run on up to 200 titles per keystroke: written as plain comparisons of
# tuples (the last typed word, while it is typed, matches any word it starts).


def _is_query(title_words: tuple[str, ...], typed: tuple[str, ...], last_is_prefix: bool) -> bool:
    """The title's words are the typed ones, one for one."""
    if len(title_words) != len(typed) or not typed:
        return False
    if not last_is_prefix:
        return title_words == typed
    return title_words[:-1] == typed[:-1] and title_words[-1].startswith(typed[-1])


def _contains(title_words: tuple[str, ...], typed: tuple[str, ...], last_is_prefix: bool) -> bool:
    """Every typed word is one of the title's words."""
    last = len(typed) - 1
    for index, query_word in enumerate(typed):
        if last_is_prefix and index == last:
            if not any(word.startswith(query_word) for word in title_words):
                return False
        elif query_word not in title_words:
            return False
    return True


@lru_cache(maxsize=8192)
def _title_words(
    title: str, split: Splitter
) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """The title's words, and the words of each of its parts: remembered, because search ranks
    up to 200 titles per keystroke and the next keystroke ranks mostly the same ones."""
    return tuple(split(title)), tuple(tuple(split(part)) for part in _PARTS.split(title))


def title_match(
    title: str,
    typed: Sequence[str],
    last_is_prefix: bool,
    split: Splitter = words,
    keywords: Sequence[str] = (),
) -> TitleMatch:
    """How `title` matches the typed words (`split` folds a text into words, as the index did;
    it must always give the same words for the same text). A query that is one of the
    record's other names ("DTM", "desk review") matches as its title would."""
    title_words, parts = _title_words(title, split)
    typed = tuple(typed)
    # The title being the query, or starting with it, implies that it holds every typed word.
    contains = bool(typed) and _contains(title_words, typed, last_is_prefix)
    if contains and _is_query(title_words, typed, last_is_prefix):
        return TitleMatch.EXACT
    if any(_is_query(part, typed, last_is_prefix) for part in parts):
        return TitleMatch.EXACT
    # Another name counts only once typed in full: "c" is not yet "CwC".
    if any(split(keyword) == list(typed) for keyword in keywords):
        return TitleMatch.EXACT
    if contains and _is_query(title_words[: len(typed)], typed, last_is_prefix):
        return TitleMatch.STARTS
    if contains:
        return TitleMatch.ALL_WORDS
    return TitleMatch.BODY_ONLY


def _coverage(title: str, typed: Sequence[str], last_is_prefix: bool, split: Splitter) -> float:
    """The share of the title's words that the query matches."""
    title_words = _title_words(title, split)[0]
    if not title_words or not typed:
        return 0.0
    last = typed[-1]
    matched = sum(
        1 for word in title_words if word in typed or (last_is_prefix and word.startswith(last))
    )
    return matched / len(title_words)


def ranking_key(
    kind: str,
    title: str,
    typed: Sequence[str],
    last_is_prefix: bool,
    rank: float = 0.0,
    order: int = 0,
    split: Splitter = words,
    keywords: Sequence[str] = (),
) -> tuple[int, int, int, int, float, float, int]:
    """The sort key of one match: lower sorts first (see the module's docstring)."""
    match = title_match(title, typed, last_is_prefix, split, keywords)
    # A title that starts with the query is better than one that holds it elsewhere, but not
    # better than a category or a term: "Matrix refined" does not come before "PIM Matrix".
    tier = TitleMatch.ALL_WORDS if match == TitleMatch.STARTS else match
    derived, weight = kind_order(kind)
    coverage = _coverage(title, typed, last_is_prefix, split) if match < TitleMatch.BODY_ONLY else 0
    starts = 0 if match <= TitleMatch.STARTS else 1
    return (int(tier), derived, weight, starts, -coverage, rank, order)


def kind_order(kind: str) -> tuple[int, int]:
    """What orders matches the title does not decide: records before derived rows (cells,
    relationships), then categories, terms and the other records."""
    return (1 if kind in _DERIVED_KINDS else 0, _KIND_WEIGHT.get(kind, _OTHER_RECORD))


def collapse_same_titles(items: Iterable[T], identity: Callable[[T], tuple[str, str]]) -> list[T]:
    """The items without those whose (kind, title) an earlier item already shows: three
    relationships "Protection Monitoring → Case Management" are one row, leading to one page."""
    seen: set[tuple[str, str]] = set()
    kept = []
    for item in items:
        key = identity(item)
        if key not in seen:
            seen.add(key)
            kept.append(item)
    return kept
