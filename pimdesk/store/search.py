"""Full-text search over the reference database: ranked words, prefixes, substrings, spelling.

Three SQLite indexes built by `reference_build`: an FTS5 word index (diacritics folded) for
ranked and prefix matches, an FTS5 trigram index over folded text for matches inside words, and
a vocabulary with one-deletion variants for "did you mean".
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable, Sequence

from pimdesk.domain.search import SEARCH_KINDS, SearchHit, SearchQuery, SearchResults
from pimdesk.domain.text import deletes, edit_distance, fold, words

log = logging.getLogger(__name__)

OPEN, CLOSE = "\x02", "\x03"
SNIPPET_WORDS = 14
SNIPPET_CONTEXT = 70
TITLE_WEIGHT, BODY_WEIGHT = 10.0, 1.0
MIN_SUBSTRING = 3
KIND_ORDER = {kind: index for index, kind in enumerate(SEARCH_KINDS)}


def marked_to_spans(marked: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Turn text with OPEN/CLOSE markers into plain text and the spans they marked."""
    plain: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0
    start = None
    for char in marked:
        if char == OPEN:
            start = length
        elif char == CLOSE:
            if start is not None and length > start:
                spans.append((start, length))
            start = None
        else:
            plain.append(char)
            length += 1
    return "".join(plain).replace("\n", " "), tuple(spans)


class ReferenceSearch:
    """Search the reference database in the active language and the base language."""

    def __init__(
        self, connection: sqlite3.Connection, language: str = "en", base_language: str = "en"
    ) -> None:
        self._connection = connection
        self._languages = (language, base_language)

    def search(
        self, text: str, limit: int = 20, kinds: Sequence[str] | None = None
    ) -> SearchResults:
        query = SearchQuery.parse(text)
        if query.is_empty or limit <= 0:
            return SearchResults(query.text, ())
        hits = self._word_hits(query, limit, kinds)
        if len(hits) < limit:
            hits += self._substring_hits(query, limit - len(hits), kinds, exclude=hits)
        suggestion = self._suggestion(query, kinds) if len(hits) < 3 else None
        return SearchResults(query.text, tuple(hits), suggestion)

    # ------------------------------------------------------------------ queries
    def _execute(self, sql: str, parameters: Sequence[object]) -> list[sqlite3.Row]:
        try:
            cursor = self._connection.execute(sql, tuple(parameters))
            return list(cursor.fetchall())
        except sqlite3.OperationalError as error:
            # The query is built from quoted words only; should FTS5 still refuse one, the
            # user sees no results rather than an error.
            log.warning("search query refused by SQLite: %s", error)
            return []

    def _filters(self, kinds: Sequence[str] | None) -> tuple[str, list[object]]:
        sql = " AND d.language IN (?, ?)"
        parameters: list[object] = list(self._languages)
        if kinds:
            sql += f" AND d.kind IN ({', '.join('?' * len(kinds))})"
            parameters += list(kinds)
        return sql, parameters

    def _word_hits(
        self, query: SearchQuery, limit: int, kinds: Sequence[str] | None
    ) -> list[SearchHit]:
        where, parameters = self._filters(kinds)
        rows = self._execute(
            "SELECT d.kind, d.ref_id, d.language, d.title, d.body, "
            f"highlight(search_fts, 0, char(2), char(3)) AS marked_title, "
            f"snippet(search_fts, 1, char(2), char(3), '…', {SNIPPET_WORDS}) AS marked_body, "
            f"bm25(search_fts, {TITLE_WEIGHT}, {BODY_WEIGHT}) AS rank "
            "FROM search_fts JOIN search_docs AS d ON d.rowid = search_fts.rowid "
            f"WHERE search_fts MATCH ?{where} ORDER BY rank LIMIT ?",
            [query.fts_expression(), *parameters, limit * 3],
        )
        ranked = sorted(rows, key=lambda row: _ranking(row, query))
        hits = []
        for row in self._preferred_language(ranked):
            snippet, spans = marked_to_spans(row["marked_body"])
            if not spans:
                snippet, spans = marked_to_spans(row["marked_title"])
            hits.append(
                SearchHit(row["kind"], row["ref_id"], row["title"], snippet, spans, row["language"])
            )
        return hits[:limit]

    def _substring_hits(
        self,
        query: SearchQuery,
        limit: int,
        kinds: Sequence[str] | None,
        exclude: Iterable[SearchHit],
    ) -> list[SearchHit]:
        long_words = [word for word in query.words if len(word) >= MIN_SUBSTRING]
        if not long_words or limit <= 0:
            return []
        where, parameters = self._filters(kinds)
        seen = {(hit.kind, hit.id) for hit in exclude}
        rows = self._execute(
            "SELECT d.kind, d.ref_id, d.language, d.title, d.body, d.folded_title, "
            "d.folded_body FROM search_trigram JOIN search_docs AS d "
            f"ON d.rowid = search_trigram.rowid WHERE search_trigram MATCH ?{where} "
            "ORDER BY rank LIMIT ?",
            [
                " AND ".join(f'"{word}"' for word in long_words),
                *parameters,
                (limit + len(seen)) * 3,
            ],
        )
        hits = []
        for row in self._preferred_language(rows):
            if (row["kind"], row["ref_id"]) in seen:
                continue
            in_body = any(word in row["folded_body"] for word in long_words)
            text = row["body"] if in_body else row["title"]
            snippet, spans = _substring_snippet(text, long_words)
            hits.append(
                SearchHit(row["kind"], row["ref_id"], row["title"], snippet, spans, row["language"])
            )
        return hits[:limit]

    def _preferred_language(self, rows: Iterable[sqlite3.Row]) -> list[sqlite3.Row]:
        """One row per (kind, id), in the active language where both languages matched."""
        chosen: dict[tuple[str, str], sqlite3.Row] = {}
        order: list[tuple[str, str]] = []
        for row in rows:
            key = (row["kind"], row["ref_id"])
            if key not in chosen:
                chosen[key] = row
                order.append(key)
            elif row["language"] == self._languages[0]:
                chosen[key] = row
        return [chosen[key] for key in order]

    # ------------------------------------------------------------------ spelling
    def _known(self, word: str, prefix: bool) -> bool:
        if prefix:
            row = self._execute(
                "SELECT 1 FROM search_vocabulary WHERE word >= ? AND word < ? LIMIT 1",
                [word, word + "\U0010ffff"],
            )
        else:
            row = self._execute("SELECT 1 FROM search_vocabulary WHERE word = ?", [word])
        return bool(row)

    def _correction(self, word: str) -> str | None:
        variants = sorted(deletes(word) | {word})
        marks = ", ".join("?" * len(variants))
        rows = self._execute(
            f"SELECT v.word, w.count FROM search_variants AS v JOIN search_vocabulary AS w "
            f"ON w.word = v.word WHERE v.variant IN ({marks}) "
            f"UNION SELECT word, count FROM search_vocabulary WHERE word IN ({marks})",
            [*variants, *variants],
        )
        scored = []
        for row in rows:
            distance = edit_distance(word, row["word"], limit=3)
            if distance <= (1 if len(word) <= 4 else 2):
                scored.append((distance, -row["count"], row["word"]))
        return min(scored)[2] if scored else None

    def _suggestion(self, query: SearchQuery, kinds: Sequence[str] | None) -> str | None:
        corrected = []
        changed = False
        for index, word in enumerate(query.words):
            is_last = index == len(query.words) - 1
            if self._known(word, prefix=is_last and query.last_is_prefix):
                corrected.append(word)
                continue
            replacement = self._correction(word)
            if replacement is None:
                return None
            corrected.append(replacement)
            changed = True
        if not changed:
            return None
        candidate = query.with_words(tuple(corrected))
        return candidate.text if self._word_hits(candidate, 1, kinds) else None


def _title_is_query(title: list[str], query: SearchQuery) -> bool:
    """The title is exactly the query, its last word completed while the user types."""
    typed = query.words
    if len(title) != len(typed) or title[:-1] != list(typed[:-1]):
        return False
    return title[-1] == typed[-1] or (query.last_is_prefix and title[-1].startswith(typed[-1]))


def _ranking(row: sqlite3.Row, query: SearchQuery) -> tuple[bool, bool, int, float]:
    """Title matches first; among them an exact title, the main kinds first; then bm25."""
    exact = _title_is_query(words(row["title"]), query)
    kind_rank = KIND_ORDER.get(row["kind"], len(KIND_ORDER)) if exact else 0
    return (OPEN not in row["marked_title"], not exact, kind_rank, row["rank"])


def _substring_snippet(
    text: str, needles: Sequence[str]
) -> tuple[str, tuple[tuple[int, int], ...]]:
    folded = fold(text)
    first = min((i for i in (folded.find(n) for n in needles) if i >= 0), default=0)
    start = max(0, first - SNIPPET_CONTEXT)
    end = min(len(text), first + SNIPPET_CONTEXT * 2)
    window, folded_window = text[start:end], folded[start:end]
    spans = []
    for needle in needles:
        position = folded_window.find(needle)
        while position >= 0:
            spans.append((position, position + len(needle)))
            position = folded_window.find(needle, position + len(needle))
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    shifted = tuple(sorted((a + len(prefix), b + len(prefix)) for a, b in _merge(spans)))
    return f"{prefix}{window}{suffix}".replace("\n", " "), shifted


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
