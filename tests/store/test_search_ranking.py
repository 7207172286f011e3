"""The obvious answer first: titles of categories and terms before the rows that repeat their
names, one row per title, corrected results at once, and no index keywords in snippets."""

from __future__ import annotations

from pathlib import Path

import pytest

from pimdesk.domain.search import KEYWORDS_MARK, body_keywords, displayed_body
from pimdesk.domain.search_ranking import (
    TitleMatch,
    collapse_same_titles,
    ranking_key,
    title_match,
)
from pimdesk.services.reference import ReferenceService
from pimdesk.store.reference import ReferenceStore


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("monitoring", ("category", "protection_monitoring")),
        ("monit", ("category", "protection_monitoring")),
        ("security", ("category", "security_situational_awareness")),
        ("sectoral", ("category", "sectoral_system_other")),
        ("DTM", ("term", "displacement_tracking")),
        ("matrix", ("term", "pim_matrix")),
    ],
)
def test_a_one_word_query_finds_the_record_it_names_first(
    reference: ReferenceService, query: str, first: tuple[str, str]
) -> None:
    hit = reference.search(query).hits[0]
    assert (hit.kind, hit.id) == first


def test_categories_and_terms_come_before_relationships_and_cells(
    reference: ReferenceService,
) -> None:
    kinds = [hit.kind for hit in reference.search("monitoring").hits]
    last_record = max(i for i, kind in enumerate(kinds) if kind in ("category", "term")
                      and i < 6)  # fmt: skip
    first_derived = min(i for i, kind in enumerate(kinds) if kind in ("relationship", "cell"))
    assert kinds[:2] == ["category", "category"]
    assert last_record < first_derived


def test_rows_with_the_same_title_collapse_into_one(reference: ReferenceService) -> None:
    titles = [(hit.kind, hit.title) for hit in reference.search("monitoring", limit=50).hits]
    assert len(titles) == len(set(titles))
    assert ("relationship", "Protection Monitoring → Case Management") in titles


def test_a_misspelt_query_shows_the_corrected_results_at_once(
    reference: ReferenceService,
) -> None:
    results = reference.search("confidentality")
    assert results.corrected and results.suggestion == "confidentiality"
    assert results.hits[0].id == "confidentiality"
    # The nearest word of another language's vocabulary is passed over when it finds nothing.
    results = reference.search("disagregation")
    assert results.suggestion == "disaggregation"
    assert results.hits[0].id == "disaggregation"


def test_the_correction_is_shown_with_its_accents(reference_db: Path) -> None:
    service = ReferenceService(ReferenceStore(reference_db, "fr"))
    try:
        results = service.search("confidentalité")
        assert results.corrected and results.suggestion == "confidentialité"
        assert results.hits[0].id == "confidentiality"
    finally:
        service.close()


def test_a_correct_query_is_not_corrected(reference: ReferenceService) -> None:
    results = reference.search("refoulement")
    assert not results.corrected and results.suggestion is None


@pytest.mark.parametrize("query", ["returnees", "case-management", "gender based violence", "DTM"])
def test_snippets_never_show_the_index_keywords(reference: ReferenceService, query: str) -> None:
    for hit in reference.search(query).hits:
        assert KEYWORDS_MARK not in hit.snippet
    term = next(hit for hit in reference.search(query).hits if hit.kind == "term")
    assert not term.snippet.rstrip("…").endswith(query.rsplit(maxsplit=1)[-1])


def test_keywords_are_split_from_the_text_shown() -> None:
    body = f"A definition.{KEYWORDS_MARK}DTM\nDisplacement Tracking Matrix"
    assert displayed_body(body) == "A definition."
    assert body_keywords(body) == ["DTM", "Displacement Tracking Matrix"]
    assert body_keywords("No keywords.") == []


def test_how_a_title_matches() -> None:
    assert title_match("Gender-based violence (GBV)", ["gbv"], False) == TitleMatch.EXACT
    assert title_match("3W / 4W / 5W", ["4w"], True) == TitleMatch.EXACT
    assert title_match("Matrix refined", ["matrix"], False) == TitleMatch.STARTS
    assert title_match("PIM Matrix", ["matrix"], False) == TitleMatch.ALL_WORDS
    assert title_match("Refugee", ["stateless"], False) == TitleMatch.BODY_ONLY
    assert title_match("Displacement tracking", ["dtm"], True, keywords=["DTM"]) == (
        TitleMatch.EXACT
    )
    # Another name counts once typed in full, not while its first letters are typed.
    assert title_match("Tracking", ["d"], True, keywords=["DTM"]) == TitleMatch.BODY_ONLY


def test_a_term_outranks_a_statement_that_starts_with_the_word() -> None:
    term = ranking_key("term", "PIM Matrix", ["matrix"], False)
    statement = ranking_key("statement", "Matrix refined", ["matrix"], False)
    relationship = ranking_key("relationship", "Protection Monitoring → X", ["monitoring"], False)
    category = ranking_key("category", "Protection Monitoring", ["monitoring"], False)
    assert term < statement
    assert category < relationship


def test_collapse_keeps_the_first_of_each_title() -> None:
    items = [("r", "A", 1), ("r", "A", 2), ("c", "A", 3), ("r", "B", 4)]
    kept = collapse_same_titles(items, lambda item: (item[0], item[1]))
    assert [item[2] for item in kept] == [1, 3, 4]
