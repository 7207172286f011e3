"""Marking matches and cutting snippets, accent- and case-insensitively."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pimdesk.domain.highlight import snippet, substring_spans, word_spans
from pimdesk.domain.search import SearchQuery


def marked(text: str, spans: list[tuple[int, int]] | tuple[tuple[int, int], ...]) -> list[str]:
    return [text[a:b] for a, b in spans]


def test_whole_words_and_a_prefix_for_the_last_one() -> None:
    text = "Protection monitoring monitors protection risks; Protéction again"
    spans = word_spans(text, SearchQuery.parse("protection monit"))
    assert marked(text, spans) == [
        "Protection",
        "monitoring",
        "monitors",
        "protection",
        "Protéction",
    ]
    finished = word_spans(text, SearchQuery.parse("protection monit "))
    assert marked(text, finished) == ["Protection", "protection", "Protéction"]


def test_substrings_inside_words() -> None:
    text = "Non-refoulement and REFOULEMENT"
    assert marked(text, substring_spans(text, ["foulement"])) == ["foulement", "FOULEMENT"]


def test_a_snippet_keeps_the_spans_on_the_same_words() -> None:
    text = ("word " * 40) + "the informed consent of each person " + ("tail " * 60)
    spans = word_spans(text, SearchQuery.parse("consent "))
    cut, moved = snippet(text, spans)
    assert cut.startswith("…") and cut.endswith("…")
    assert marked(cut, moved) == ["consent"]
    assert len(cut) < 260


def test_a_snippet_without_a_match_is_the_start_of_the_text() -> None:
    cut, moved = snippet("Short text\nwith a line break", [])
    assert (cut, moved) == ("Short text with a line break", ())


def _spans_word_by_word(text: str, query: SearchQuery) -> list[tuple[int, int]]:
    """The definition: every word of the folded text that is a query word, or starts with the
    last one while it is being typed."""
    from pimdesk.domain.text import WORD, fold

    complete = set(query.words[:-1]) if query.last_is_prefix else set(query.words)
    last = query.words[-1] if query.words and query.last_is_prefix else None
    return [
        match.span()
        for match in WORD.finditer(fold(text))
        if match.group(0) in complete or (last is not None and match.group(0).startswith(last))
    ]


def test_the_one_pattern_per_query_finds_what_the_definition_finds(reference_db: Path) -> None:
    with sqlite3.connect(reference_db) as connection:
        texts = [
            t for row in connection.execute("SELECT title, body FROM search_docs") for t in row
        ]
    typed = [
        "informed consent", "protéction monitoring", "data data", "case management outputs",
        "gender-based violence referral", "mines", "who and how many", "a", "de la", "٢ رصد",
        "protection_risk", "consent consentement",
    ]  # fmt: skip
    queries = {SearchQuery.parse(q[:end]) for q in typed for end in range(1, len(q) + 1)}
    queries |= {SearchQuery.parse(q + " ") for q in typed}
    checked = 0
    for query in queries:
        for text in texts[::31]:
            assert word_spans(text, query) == _spans_word_by_word(text, query), (text, query)
            checked += 1
    assert checked > 10_000
