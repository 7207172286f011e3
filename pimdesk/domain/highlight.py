"""Mark where a query matches a text, and cut a snippet around the first match."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pimdesk.domain.search import SearchQuery
from pimdesk.domain.text import fold

Span = tuple[int, int]
SNIPPET_BEFORE = 60
SNIPPET_AFTER = 140
_WORD_CHAR = r"[^\W_]"  # a character of `WORD`, the text's words as the index splits them


def word_spans(
    text: str, query: SearchQuery, for_snippet: bool = False, folded: str | None = None
) -> list[Span]:
    """Where the query's words occur in `text` as whole words (the last one as a prefix while
    the user is still typing it), ignoring case and accents, as the full-text index does.
    `for_snippet`: only as far as `snippet` shows around the first (it drops the others).
    `folded`: `fold(text)`, where the database stores it."""
    pattern = _words_pattern(query.words, query.last_is_prefix)
    if pattern is None:
        return []
    found = pattern.finditer(fold(text) if folded is None else folded)
    if not for_snippet:
        return [match.span() for match in found]
    spans: list[Span] = []
    for match in found:
        if spans and match.start() >= spans[0][0] + SNIPPET_AFTER:
            break  # past the end of any snippet around the first match
        spans.append(match.span())
    return spans


@lru_cache(maxsize=64)
def _words_pattern(query_words: tuple[str, ...], last_is_prefix: bool) -> re.Pattern[str] | None:
    """One pattern per query (search runs per keystroke over ~140 texts): a whole word of the
    text (a maximal run of `WORD`'s characters) that is one of the words, or that starts with
    the last one while it is being typed. None when nothing can match."""
    complete = query_words[:-1] if last_is_prefix else query_words
    alternatives = []
    if complete:
        unique = sorted(set(complete), key=lambda word: (-len(word), word))
        alternatives.append(f"(?:{'|'.join(map(re.escape, unique))})(?!{_WORD_CHAR})")
    if last_is_prefix and query_words:
        alternatives.append(f"{re.escape(query_words[-1])}{_WORD_CHAR}*")
    if not alternatives:
        return None
    return re.compile(f"(?<!{_WORD_CHAR})(?:{'|'.join(alternatives)})")


def substring_spans(text: str, needles: Sequence[str]) -> list[Span]:
    """Where any of `needles` (folded) occurs in `text`, inside words too."""
    folded = fold(text)
    spans = []
    for needle in needles:
        position = folded.find(needle)
        while position >= 0:
            spans.append((position, position + len(needle)))
            position = folded.find(needle, position + len(needle))
    return _merged(spans)


def snippet(text: str, spans: Sequence[Span]) -> tuple[str, tuple[Span, ...]]:
    """A one-line excerpt of `text` around its first span, with the spans moved to match."""
    flat = text.replace("\n", " ")
    if not spans:
        end = _word_end(flat, SNIPPET_AFTER)
        return flat[:end] + ("…" if end < len(flat) else ""), ()
    first = min(start for start, _ in spans)
    start = _word_start(flat, max(0, first - SNIPPET_BEFORE))
    end = _word_end(flat, min(len(flat), first + SNIPPET_AFTER))
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(flat) else ""
    shift = len(prefix) - start
    inside = tuple((a + shift, b + shift) for a, b in spans if a >= start and b <= end)
    return f"{prefix}{flat[start:end]}{suffix}", inside


def _word_start(text: str, index: int) -> int:
    """Move `index` forward to the start of a word (never cut a word in two)."""
    if index == 0:
        return 0
    space = text.find(" ", index)
    return space + 1 if 0 <= space < index + 20 else index


def _word_end(text: str, index: int) -> int:
    if index >= len(text):
        return len(text)
    space = text.rfind(" ", 0, index)
    return space if space > index - 20 else index


def _merged(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
