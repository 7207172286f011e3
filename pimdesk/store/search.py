"""Full-text search over the reference database: ranked words, prefixes, substrings, spelling.

Three SQLite indexes built by `reference_build`: an FTS5 word index (diacritics folded, prefix
indexes for one to three letters) for ranked and prefix matches, an FTS5 trigram index over
folded text for matches inside words, and a vocabulary with one-deletion variants for "did you
mean". Documents are stored most important first (categories, terms, ... matrix cells), so a
query that matches thousands of documents can stop at the first few hundred instead of ranking
them all: that keeps every keystroke within a few milliseconds however large the content grows.
Each language's documents are one range of rowids (store/reference_schema.py), so the indexes
filter a language on the rowid; databases built before are searched with a join instead.
"""

from __future__ import annotations

import heapq
import json
import logging
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from functools import cached_property, lru_cache, partial

from pimdesk.domain.highlight import Span, snippet, substring_spans, word_spans
from pimdesk.domain.language_folding import fold_words, key_spans
from pimdesk.domain.search import (
    KEYWORDS_MARK,
    SearchHit,
    SearchQuery,
    SearchResults,
    body_keywords,
    displayed_body,
)
from pimdesk.domain.search_ranking import (
    Splitter,
    collapse_same_titles,
    kind_order,
    ranking_key,
)
from pimdesk.domain.text import WORD, deletes, edit_distance, fold
from pimdesk.store.reference_schema import SEARCH_LAYOUT_KEY

log = logging.getLogger(__name__)

TITLE_WEIGHT, BODY_WEIGHT = 10.0, 1.0
MIN_SUBSTRING = 3
FULL_RANKING_LIMIT = 200  # rank every match with bm25 up to this many; beyond, the first ones
CANDIDATES = 60
SPELLING_CHOICES = 3  # corrections tried per misspelt word
# The part of a body from its keywords' mark on (domain/search.py): ranking reads a record's
# other names, and SQLite cuts them out, so the ≤200 bodies ranked per keystroke are not read.
_BM25 = f"f.rowid, bm25(search_fts, {TITLE_WEIGHT}, {BODY_WEIGHT})"
_MARK = f"char({ord(KEYWORDS_MARK)})"
_KEYWORDS = (
    f"CASE WHEN instr(body, {_MARK}) > 0 THEN substr(body, instr(body, {_MARK})) ELSE '' END "
    "AS keywords"
)
Range = tuple[int, int]


class ReferenceSearch:
    """Search the reference database in the active language and the base language."""

    def __init__(
        self, connection: sqlite3.Connection, language: str = "en", base_language: str = "en"
    ) -> None:
        self._connection = connection
        self._languages = (language, base_language)
        self._stems: bool | None = None  # whether the database has the per-language index
        self._folds: bool | None = None  # whether it stores its folded texts

    def search(
        self, text: str, limit: int = 20, kinds: Sequence[str] | None = None
    ) -> SearchResults:
        query = SearchQuery.parse(text)
        if query.is_empty or limit <= 0:
            return SearchResults(query.text, ())
        hits = self._hits(query, limit, kinds)
        suggestion = self._suggestion(query, kinds) if len(hits) < 3 else None
        if suggestion is None:
            return SearchResults(query.text, tuple(hits))
        # A misspelt word: show what the corrected query finds at once, before the little
        # the typed one found (the user need not press Enter to see an answer).
        corrected = self._hits(SearchQuery.parse(suggestion), limit, kinds)
        shown = {(hit.kind, hit.id) for hit in corrected}
        merged = corrected + [hit for hit in hits if (hit.kind, hit.id) not in shown]
        said = _as_written(suggestion, corrected)
        return SearchResults(query.text, tuple(merged[:limit]), said, corrected=True)

    def _hits(self, query: SearchQuery, limit: int, kinds: Sequence[str] | None) -> list[SearchHit]:
        wanted = limit * 2  # rows of the same title collapse into one below
        hits = self._own_language_hits(query, wanted, kinds)
        if len(hits) < wanted:
            found = {(hit.kind, hit.id) for hit in hits}
            more = self._word_hits(query, wanted, kinds)
            hits += [hit for hit in more if (hit.kind, hit.id) not in found][: wanted - len(hits)]
        if len(hits) < wanted:
            hits += self._substring_hits(query, wanted - len(hits), kinds, exclude=hits)
        named = self._named_in_active(hits)
        return collapse_same_titles(named, lambda hit: (hit.kind, hit.title))[:limit]

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

    def _matching(
        self,
        table: str,
        columns: str,
        expression: str,
        limit: int = -1,
        kinds: Sequence[str] | None = None,
    ) -> list[sqlite3.Row]:
        """Rows (the rowid first) of the documents of the languages searched that `table`
        matches, in the order of their positions, the first `limit` only (-1: all): the most
        important documents, without ranking them all. (Filtering by language here, not later,
        keeps a translation from taking the places of the documents in the languages searched.)"""
        kind_filter = f" AND d.kind IN ({', '.join('?' * len(kinds))})" if kinds else ""
        ranges = self._ranges()
        if ranges is None:  # languages interleaved: join to read each document's language
            return self._execute(
                f"SELECT {columns} FROM {table} AS f JOIN search_docs AS d ON d.rowid = f.rowid "
                f"WHERE {table} MATCH ? AND d.language IN (?, ?){kind_filter} LIMIT ?",
                [expression, *self._languages, *(kinds or ()), limit],
            )
        # Grouped by language: the full-text index filters on the rowid itself, one language
        # at a time, and joins only to filter by kind.
        join = " JOIN search_docs AS d ON d.rowid = f.rowid" if kinds else ""
        found = [
            self._execute(
                f"SELECT {columns} FROM {table} AS f{join} WHERE {table} MATCH ? "
                f"AND f.rowid BETWEEN ? AND ?{kind_filter} ORDER BY f.rowid LIMIT ?",
                [expression, first, last, *(kinds or ()), limit],
            )
            for first, last in ranges
        ]
        if len(found) == 1:
            return found[0]
        merged = list(heapq.merge(*found, key=lambda row: self._position(row[0])))
        return merged[:limit] if limit >= 0 else merged

    def _rowids(self, table: str, expression: str, limit: int) -> list[int]:
        """Matching rowids in the languages searched, most important documents first."""
        return [row[0] for row in self._matching(table, "f.rowid", expression, limit)]

    def _ranked_candidates(self, query: SearchQuery) -> dict[int, float]:
        """rowid → rank (lower is better) of the documents worth showing."""
        expression = query.fts_expression()
        probe = self._rowids("search_fts", expression, FULL_RANKING_LIMIT + 1)
        if len(probe) <= FULL_RANKING_LIMIT:
            rows = self._matching("search_fts", _BM25, expression)
            return {row[0]: row[1] for row in rows}
        in_titles = self._rowids("search_fts", f"{{title}} : {expression}", CANDIDATES)
        return {rowid: float(self._position(rowid)) for rowid in (*in_titles, *probe[:CANDIDATES])}

    def _documents(
        self, rowids: Iterable[int], kinds: Sequence[str] | None, columns: str = "title"
    ) -> list[sqlite3.Row]:
        wanted = list(rowids)
        if not wanted:
            return []
        sql = (
            f"SELECT rowid, kind, ref_id, language, {columns} FROM search_docs "
            f"WHERE rowid IN ({', '.join('?' * len(wanted))}) AND language IN (?, ?)"
        )
        parameters: list[object] = [*wanted, *self._languages]
        if kinds:
            sql += f" AND kind IN ({', '.join('?' * len(kinds))})"
            parameters += list(kinds)
        return self._execute(sql, parameters)

    def _word_hits(
        self, query: SearchQuery, limit: int, kinds: Sequence[str] | None
    ) -> list[SearchHit]:
        ranks = self._ranked_candidates(query) if not kinds else self._kind_candidates(query, kinds)
        documents = self._documents(ranks, kinds, f"title, {_KEYWORDS}")
        rows = sorted(
            documents,
            key=lambda row: ranking_key(
                row["kind"], row["title"], query.words, query.last_is_prefix,
                ranks[row["rowid"]], self._position(row["rowid"]),
                keywords=body_keywords(row["keywords"]),
            ),
        )  # fmt: skip
        rows = self._preferred_language(rows)[:limit]
        columns = "body, folded_title, folded_body" if self._has_folds() else "body"
        found = {
            row["rowid"]: row for row in self._documents([r["rowid"] for r in rows], None, columns)
        }
        hits = []
        for row in rows:
            stored = found[row["rowid"]]
            body = displayed_body(stored["body"])
            folds = self._stored_folds(row["title"], body, stored)
            text, spans = _snippet(
                row["title"], body, partial(_word_marks, query=query, folds=folds)
            )
            hits.append(_hit(row, text, spans))
        return hits

    def _has_folds(self) -> bool:
        """Whether the database stores its folded texts (those built since it does)."""
        if self._folds is None:
            rows = self._execute(
                "SELECT 1 FROM pragma_table_info('search_docs') WHERE name = 'folded_body'", []
            )
            self._folds = bool(rows)
        return self._folds

    def _stored_folds(self, title: str, body: str, stored: sqlite3.Row) -> dict[str, str]:
        """The title and the shown body → their folded texts, as stored: nothing stored means
        that lower-casing folds it (reference_build.stored_fold). Empty for older databases."""
        if not self._has_folds():
            return {}
        folded_title, folded_body = stored["folded_title"], stored["folded_body"]
        # The whole body is folded (the shown part is its start: folding keeps the length).
        whole_body = stored["body"].lower() if folded_body is None else folded_body
        return {
            title: title.lower() if folded_title is None else folded_title,
            body: displayed_body(whole_body),
        }

    def _kind_candidates(self, query: SearchQuery, kinds: Sequence[str]) -> dict[int, float]:
        """With a kind filter, rank within the kind (the matches are few)."""
        expression = query.fts_expression()
        rows = self._matching("search_fts", _BM25, expression, FULL_RANKING_LIMIT, kinds)
        return {row[0]: row[1] for row in rows}

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
        seen = {(hit.kind, hit.id) for hit in exclude}
        expression = " AND ".join(f'"{word}"' for word in long_words)
        rowids = self._rowids("search_trigram", expression, (limit + len(seen)) * 3)
        documents = sorted(
            self._documents(rowids, kinds),
            key=lambda row: _substring_key(row, long_words, self._position(row["rowid"])),
        )
        fresh = [row for row in documents if (row["kind"], row["ref_id"]) not in seen]
        shown = self._preferred_language(fresh)[:limit]
        # The bodies of the shown documents only: the others are ordered by their titles.
        found = self._documents([row["rowid"] for row in shown], None, "body")
        bodies = {row["rowid"]: displayed_body(row["body"]) for row in found}
        hits = []
        for row in shown:
            body = bodies[row["rowid"]]
            text, spans = _snippet(row["title"], body, partial(substring_spans, needles=long_words))
            hits.append(_hit(row, text, spans))
        return hits

    def _preferred_language(self, found: list[sqlite3.Row]) -> list[sqlite3.Row]:
        """One row per (kind, id), in the active language where both languages matched."""
        active = self._languages[0]
        chosen: dict[tuple[str, str], sqlite3.Row] = {}
        for item in found:
            key = (item["kind"], item["ref_id"])
            current = chosen.get(key)
            if current is None or (item["language"] == active and current["language"] != active):
                chosen[key] = item
        order = list(dict.fromkeys((item["kind"], item["ref_id"]) for item in found))
        return [chosen[key] for key in order]

    def _named_in_active(self, hits: list[SearchHit]) -> list[SearchHit]:
        """Hits found in the base language's text of a record the active language names (its
        translation carries the name, not the untranslated text): shown under that name."""
        active, base = self._languages
        found = [hit for hit in hits if hit.language == base and active != base]
        if not found:
            return hits
        grouped = self._language_ranges
        if grouped is not None and active not in grouped:
            return hits
        # Grouped by language, the active language's documents are one range of rowids: read
        # that range, not the whole table.
        in_range = "" if grouped is None else " AND rowid BETWEEN ? AND ?"
        rows = self._execute(
            f"SELECT kind, ref_id, title FROM search_docs WHERE language = ?{in_range} "
            f"AND ref_id IN ({', '.join('?' * len(found))})",
            [active, *(() if grouped is None else grouped[active]), *(hit.id for hit in found)],
        )
        names = {(row["kind"], row["ref_id"]): row["title"] for row in rows}
        return [
            replace(hit, title=names[(hit.kind, hit.id)], language=active)
            if hit.language == base and (hit.kind, hit.id) in names
            else hit
            for hit in hits
        ]

    # ------------------------------------------------------------------ languages
    def _ranges(self) -> list[Range] | None:
        """The rowid range of each language searched that has documents, the active one first;
        None for a database whose languages interleave (built before they were grouped)."""
        grouped = self._language_ranges
        if grouped is None:
            return None
        return [grouped[language] for language in dict.fromkeys(self._languages)
                if language in grouped]  # fmt: skip

    @cached_property
    def _language_ranges(self) -> dict[str, Range] | None:
        """Each language's rowid range; None where languages interleave (a database built
        before search documents were grouped)."""
        layout = self._layout
        if layout is None:
            return None
        stride, languages = layout
        return {
            language: (slot * stride + 1, (slot + 1) * stride - 1)
            for slot, language in enumerate(languages)
        }

    @cached_property
    def _layout(self) -> tuple[int, list[str]] | None:
        """The stride and the languages in the order of their ranges; None when the database
        has no such layout (store/reference_schema.py)."""
        rows = self._execute("SELECT value FROM meta WHERE key = ?", [SEARCH_LAYOUT_KEY])
        if not rows:
            return None
        try:
            layout = json.loads(rows[0][0])
            stride, languages = layout["stride"], layout["languages"]
        except (ValueError, TypeError, KeyError):
            return None
        if not isinstance(stride, int) or stride <= 0 or not isinstance(languages, list):
            return None
        return stride, [str(language) for language in languages]

    def _position(self, rowid: int) -> int:
        """A search document's place among all of them, most important first: its rowid within
        its language's range, or the rowid itself where languages interleave."""
        layout = self._layout
        return rowid if layout is None else rowid % layout[0]

    def _has_stems(self) -> bool:
        """Content imported before the per-language index existed has none: search works
        without it."""
        if self._stems is None:
            rows = self._execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_stems'", []
            )
            self._stems = bool(rows)
        return self._stems

    def _own_language_hits(
        self, query: SearchQuery, limit: int, kinds: Sequence[str] | None
    ) -> list[SearchHit]:
        """Documents of the active language that hold the query's words in any grammatical
        form its rules fold together (articles, plurals, Arabic ال...), best first."""
        language = self._languages[0]
        if language == self._languages[1] or not self._has_stems():
            return []
        keys = fold_words(query.text, language)
        if not keys:
            return []
        prefix = keys[-1] if query.last_is_prefix else ""
        parts = [f'"{key}"' for key in keys]
        if prefix:
            parts[-1] += "*"
        grouped = self._language_ranges
        if grouped is not None and language not in grouped:
            return []
        sql = (
            f"SELECT d.rowid, d.kind, d.ref_id, d.language, d.title, {_KEYWORDS}, "
            f"bm25(search_stems, {TITLE_WEIGHT}, {BODY_WEIGHT}) AS rank "
            "FROM search_stems AS f JOIN search_docs AS d ON d.rowid = f.rowid "
            "WHERE search_stems MATCH ? AND "
            + ("d.language = ?" if grouped is None else "f.rowid BETWEEN ? AND ?")
        )
        parameters: list[object] = [
            " ".join(parts),
            *((language,) if grouped is None else grouped[language]),
        ]
        if kinds:
            sql += f" AND d.kind IN ({', '.join('?' * len(kinds))})"
            parameters += list(kinds)
        rows = self._execute(f"{sql} ORDER BY rank LIMIT ?", [*parameters, FULL_RANKING_LIMIT])
        whole = frozenset(keys[:-1] if prefix else keys)
        split = _splitter(language)
        ranked = sorted(
            rows,
            key=lambda row: ranking_key(
                row["kind"],
                row["title"],
                keys,
                bool(prefix),
                row["rank"],
                self._position(row["rowid"]),
                split,
                body_keywords(row["keywords"]),
            ),
        )[:limit]
        found = self._documents([row["rowid"] for row in ranked], None, "body")
        bodies = {row["rowid"]: displayed_body(row["body"]) for row in found}
        hits = []
        for row in ranked:
            body = bodies[row["rowid"]]
            marks = partial(key_spans, keys=whole, language=language, prefix=prefix)
            text, spans = _snippet(row["title"], body, marks)
            hits.append(_hit(row, text, spans))
        return hits

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

    def _corrections(self, word: str) -> list[str]:
        """Known words close to `word`, nearest and most frequent first."""
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
        return [entry[2] for entry in sorted(scored)[:SPELLING_CHOICES]]

    def _suggestion(self, query: SearchQuery, kinds: Sequence[str] | None) -> str | None:
        choices: list[list[str]] = []
        for index, word in enumerate(query.words):
            is_last = index == len(query.words) - 1
            if self._known(word, prefix=is_last and query.last_is_prefix):
                choices.append([word])
                continue
            replacements = self._corrections(word)
            if not replacements:
                return None
            choices.append(replacements)
        if all(
            len(options) == 1 and options[0] == word
            for options, word in zip(choices, query.words, strict=True)
        ):
            return None
        # The vocabulary holds every language's words: the nearest may be another language's
        # ("désagrégation" for "disagregation"), so the next ones are tried when it finds nothing.
        for rank in range(SPELLING_CHOICES):
            candidate = query.with_words(tuple(o[min(rank, len(o) - 1)] for o in choices))
            if self._word_hits(candidate, 1, kinds):
                return candidate.text
        return None


def _word_marks(text: str, query: SearchQuery, folds: dict[str, str]) -> list[Span]:
    """The query's words in a result's text, for its snippet, on its stored fold if any."""
    return word_spans(text, query, for_snippet=True, folded=folds.get(text))


@lru_cache(maxsize=8)
def _splitter(language: str) -> Splitter:
    """The words of a text folded by `language`'s rules: one function per language, so the
    ranking remembers titles' words from one keystroke to the next (search_ranking.py)."""

    def split(text: str) -> list[str]:
        return fold_words(text, language)

    return split


def _hit(row: sqlite3.Row, text: str, spans: Sequence[tuple[int, int]]) -> SearchHit:
    return SearchHit(row["kind"], row["ref_id"], row["title"], text, tuple(spans), row["language"])


def _snippet(
    title: str, body: str, spans_in: Callable[[str], Sequence[Span]]
) -> tuple[str, Sequence[Span]]:
    """The words around the first match in the body, else the title with its match marked;
    matched only by a keyword (another name), the start of the body: keywords are not shown.
    (`spans_in` marks a text's matches: the title's are looked for only when the body has none.)"""
    body_spans = spans_in(body)
    if body_spans:
        return snippet(body, body_spans)
    title_spans = spans_in(title)
    if title_spans or not body.strip():
        return title, tuple(title_spans)
    return snippet(body, ())


def _substring_key(
    row: sqlite3.Row, needles: Sequence[str], order: int
) -> tuple[bool, int, int, int]:
    """Matches inside the title before matches inside the body; then as `ranking_key` orders
    what the title does not decide (records before derived rows), then the index's order."""
    in_title = bool(substring_spans(row["title"], needles))
    return (not in_title, *kind_order(row["kind"]), order)


def _as_written(suggestion: str, hits: Sequence[SearchHit]) -> str:
    """The suggested words as the content writes them (the vocabulary is folded: the user is
    shown "confidentialité", not "confidentialite")."""
    written: dict[str, str] = {}
    for hit in hits:
        for match in WORD.finditer(f"{hit.title} {hit.snippet}"):
            written.setdefault(fold(match.group(0)), match.group(0).lower())
    return " ".join(written.get(word, word) for word in suggestion.split())
