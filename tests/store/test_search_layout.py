"""Search documents grouped by language: each language is one rowid range, so the full-text
index filters a language on the rowid; the rowid keeps each document's place by importance."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from pimdesk.domain.highlight import word_spans
from pimdesk.domain.search import SEARCH_KINDS, SearchQuery
from pimdesk.domain.text import fold
from pimdesk.store.reference_build import by_language
from pimdesk.store.reference_schema import SEARCH_LAYOUT_KEY
from pimdesk.store.search import ReferenceSearch

# Words of every language of the content, and parts of words (the substring index).
QUERIES = ("protection", "données", "gestión", "حماية", "monit", "gestion du", "tection", "data ")


@pytest.fixture(scope="module")
def connection(reference_db: Path) -> Iterator[sqlite3.Connection]:
    opened = sqlite3.connect(f"{reference_db.resolve().as_uri()}?mode=ro", uri=True)
    opened.row_factory = sqlite3.Row
    yield opened
    opened.close()


def layout(connection: sqlite3.Connection) -> tuple[int, list[str]]:
    value = connection.execute("SELECT value FROM meta WHERE key = ?", [SEARCH_LAYOUT_KEY])
    found = json.loads(value.fetchone()[0])
    return found["stride"], found["languages"]


def test_each_language_s_documents_fill_one_contiguous_rowid_range(
    connection: sqlite3.Connection,
) -> None:
    stride, languages = layout(connection)
    assert languages[0] == "en" and sorted(languages) == ["ar", "en", "es", "fr"]
    total = connection.execute("SELECT count(*) FROM search_docs").fetchone()[0]
    assert stride > total and stride & (stride - 1) == 0
    for slot, language in enumerate(languages):
        first, last, count = connection.execute(
            "SELECT min(rowid), max(rowid), count(*) FROM search_docs WHERE language = ?",
            [language],
        ).fetchone()
        assert count > 0
        assert slot * stride < first <= last < (slot + 1) * stride
        inside = connection.execute(
            "SELECT DISTINCT language FROM search_docs WHERE rowid BETWEEN ? AND ?",
            [slot * stride + 1, (slot + 1) * stride - 1],
        ).fetchall()
        assert [row[0] for row in inside] == [language]


def test_rowids_keep_each_document_s_place_most_important_first(
    connection: sqlite3.Connection,
) -> None:
    stride, _ = layout(connection)
    rows = connection.execute("SELECT rowid, kind FROM search_docs").fetchall()
    places = sorted((rowid % stride, kind) for rowid, kind in rows)
    assert [place for place, _ in places] == list(range(1, len(rows) + 1))
    kind_order = [SEARCH_KINDS.index(kind) for _, kind in places]
    assert kind_order == sorted(kind_order)


def test_the_layout_numbers_documents_by_language_then_place() -> None:
    documents = [
        {"kind": kind, "ref_id": ref_id, "language": language, "title": title, "body": ""}
        for kind, ref_id, language, title in (
            ("term", "b", "fr", "Bêta"),
            ("category", "a", "en", "Alpha"),
            ("term", "b", "en", "Beta"),
            ("category", "a", "ar", "ألفا"),
            ("category", "a", "fr", "Alpha"),
        )
    ]
    layout, numbered = by_language(documents, "en")
    assert layout == {"stride": 8, "languages": ["en", "ar", "fr"]}
    assert [(rowid, d["language"], d["ref_id"]) for rowid, d in numbered] == [
        (1, "en", "a"),  # the base language first; within it, categories before terms
        (4, "en", "b"),
        (8 + 3, "ar", "a"),  # a document's place among all: "alpha" (en, fr), "ألفا", "beta"
        (16 + 2, "fr", "a"),
        (16 + 5, "fr", "b"),
    ]


@pytest.mark.parametrize("language", ["en", "fr", "es", "ar"])
def test_a_query_in_one_language_never_returns_another_s_documents(
    connection: sqlite3.Connection, language: str
) -> None:
    search = ReferenceSearch(connection, language, "en")
    allowed = {language, "en"}
    found = 0
    for text in QUERIES:
        for kinds in (None, ("term",)):
            hits = search.search(text, kinds=kinds).hits
            found += len(hits)
            assert {hit.language for hit in hits} <= allowed, (language, text)
        # The index's own candidates, before anything else filters them: the rowid range alone
        # keeps the other languages out.
        expression = SearchQuery.parse(text).fts_expression()
        for table in ("search_fts", "search_trigram"):
            rowids = search._rowids(table, expression, 1000)
            marks = ", ".join("?" * len(rowids))
            languages = connection.execute(
                f"SELECT DISTINCT language FROM search_docs WHERE rowid IN ({marks})", rowids
            ).fetchall()
            assert {row[0] for row in languages} <= allowed, (language, text, table)
    assert found > 0


def test_a_database_built_before_the_grouping_is_searched_by_joining(
    reference_db: Path, tmp_path: Path, connection: sqlite3.Connection
) -> None:
    older = tmp_path / "older.sqlite"
    shutil.copy(reference_db, older)
    with sqlite3.connect(older) as writing:
        writing.execute("DELETE FROM meta WHERE key = ?", [SEARCH_LAYOUT_KEY])
    writing.close()
    joined = sqlite3.connect(older)
    joined.row_factory = sqlite3.Row
    try:
        for text in QUERIES:
            english = ReferenceSearch(joined, "en", "en").search(text)
            assert english == ReferenceSearch(connection, "en", "en").search(text), text
            french = ReferenceSearch(joined, "fr", "en").search(text).hits
            assert {hit.language for hit in french} <= {"fr", "en"}
    finally:
        joined.close()


# ---------------------------------------------------------------------------- stored folds


def test_the_stored_fold_is_what_folding_at_query_time_gives(
    connection: sqlite3.Connection,
) -> None:
    rows = connection.execute(
        "SELECT title, body, folded_title, folded_body FROM search_docs"
    ).fetchall()
    stored = 0
    for row in rows:
        for text, folded in (
            (row["title"], row["folded_title"]),
            (row["body"], row["folded_body"]),
        ):
            # Nothing is stored where lower-casing folds the text already.
            assert (folded if folded is not None else text.lower()) == fold(text)
            assert (folded is None) == (fold(text) == text.lower())
            stored += folded is not None
    assert 0 < stored < 2 * len(rows)  # the translations' accents are stored, English is not


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "protéction des données"),
        ("fr", "DONNEES pers"),
        ("es", "gestión de ca"),
        ("ar", "حماية"),
        ("en", "informed consent"),
        ("en", "refoulement "),
    ],
)
def test_search_marks_the_same_words_on_the_stored_fold_as_on_folding_each_result(
    reference_db: Path, tmp_path: Path, connection: sqlite3.Connection, language: str, text: str
) -> None:
    unfolded = tmp_path / "unfolded.sqlite"
    shutil.copy(reference_db, unfolded)
    with sqlite3.connect(unfolded) as writing:
        writing.execute("ALTER TABLE search_docs DROP COLUMN folded_title")
        writing.execute("ALTER TABLE search_docs DROP COLUMN folded_body")
    writing.close()
    older = sqlite3.connect(unfolded)
    older.row_factory = sqlite3.Row
    try:
        expected = ReferenceSearch(older, language, "en")
        found = ReferenceSearch(connection, language, "en")
        assert found.search(text) == expected.search(text)
        # The word index's own hits, which the stored folds mark (a translation's words are
        # found first by its language's index, which marks them by its own rules).
        query = SearchQuery.parse(text)
        hits = found._word_hits(query, 40, None)
        assert hits == expected._word_hits(query, 40, None)
        assert any(hit.language == language and hit.highlights for hit in hits)
    finally:
        older.close()


def test_word_spans_on_a_stored_fold_are_those_of_the_text() -> None:
    text = "Protección de datos: la protección de los DATOS personales, «Protección»"
    query = SearchQuery.parse("proteccion dat")
    assert word_spans(text, query, folded=fold(text)) == word_spans(text, query)
    assert len(word_spans(text, query)) == 5
