"""Marking matches and cutting snippets, accent- and case-insensitively."""

from __future__ import annotations

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
