"""Search quality (ranking, prefixes, diacritics, substrings, spelling) and hostile queries."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pimdesk.domain.highlight import word_spans
from pimdesk.domain.search import SearchQuery
from pimdesk.services.reference import ReferenceService


def ids(results: object) -> list[tuple[str, str]]:
    return [(hit.kind, hit.id) for hit in results.hits]  # type: ignore[attr-defined]


def test_consent_finds_the_informed_consent_term_among_the_first_three(
    reference: ReferenceService,
) -> None:
    assert ("term", "informed_consent") in ids(reference.search("consent"))[:3]


def test_an_exact_title_ranks_first(reference: ReferenceService) -> None:
    assert ids(reference.search("refoulement "))[0] == ("term", "refoulement")
    assert ids(reference.search("Case Management "))[0] == ("category", "case_management")


def test_title_matches_come_before_body_matches(reference: ReferenceService) -> None:
    hits = reference.search("monitoring", limit=40).hits
    in_title = [("monitoring" in hit.title.lower()) for hit in hits]
    assert in_title[0]
    assert in_title == sorted(in_title, reverse=True)


def test_the_last_word_is_a_prefix_while_typing(reference: ReferenceService) -> None:
    assert ids(reference.search("refoul"))[0] == ("term", "refoulement")
    assert SearchQuery.parse("data prot").fts_expression() == '"data" "prot"*'
    assert SearchQuery.parse("data prot ").fts_expression() == '"data" "prot"'


def test_fts_syntax_never_reaches_the_index() -> None:
    query = SearchQuery.parse('"NEAR(data* -consent) ^title: OR "')
    assert query.fts_expression() == '"near" "data" "consent" "title" "or"*'


def test_diacritics_are_ignored(reference: ReferenceService) -> None:
    plain = ids(reference.search("protection monitoring"))
    assert ids(reference.search("protéction mönitoring")) == plain
    assert plain


def test_a_word_is_found_inside_a_longer_word(reference: ReferenceService) -> None:
    results = reference.search("foulement")
    assert ("term", "refoulement") in ids(results)
    hit = next(h for h in results.hits if h.id == "refoulement")
    assert any(hit.snippet[a:b].lower() == "foulement" for a, b in hit.highlights)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("confidentality", "confidentiality"), ("refoulment ", "refoulement"),
     ("protection monitorign", "protection monitoring")],
)  # fmt: skip
def test_a_misspelt_query_gets_a_suggestion(
    reference: ReferenceService, typed: str, meant: str
) -> None:
    results = reference.search(typed)
    assert results.suggestion == meant
    assert reference.search(meant).hits


def test_a_correct_query_gets_no_suggestion(reference: ReferenceService) -> None:
    assert reference.search("confidentiality").suggestion is None


def test_every_hit_has_kind_id_title_and_a_marked_snippet(reference: ReferenceService) -> None:
    results = reference.search("population")
    assert results.hits
    for hit in results.hits:
        assert hit.kind and hit.id and hit.title and hit.snippet
        assert hit.highlights
        assert all("population" in hit.snippet[a:b].lower() for a, b in hit.highlights)


def test_results_can_be_limited_to_one_kind(reference: ReferenceService) -> None:
    results = reference.search("data", kinds=["principle"])
    assert results.hits
    assert {hit.kind for hit in results.hits} == {"principle"}


HOSTILE = [
    '"', '""', "'", "*", "* *", "NEAR(", "NEAR(a b", "-", "-data", "^", "^data", "a OR",
    "AND", "(", ")", "{", "data:", "title:data", "x" * 10_000, "حماية البيانات",
    "🙂 data 🙂", "da\x00ta", "\x00", "\u202edata", "protection\nmonitoring", "   ", "",
    "ééééé", "ß", "İ", "🙂" * 500, "data " * 1000,
]  # fmt: skip


@pytest.mark.parametrize("query", HOSTILE)
def test_a_hostile_query_never_raises(reference: ReferenceService, query: str) -> None:
    results = reference.search(query)
    assert isinstance(results.hits, tuple)
    assert len(results.hits) <= 20


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_text_returns_results_or_an_empty_list(text: str) -> None:
    from tests.conftest import shared_reference

    results = shared_reference().search(text, limit=5)
    assert len(results.hits) <= 5


def test_at_ten_times_the_content_a_short_prefix_still_ranks_titles_first(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Large result sets are cut at their most important rows rather than ranked whole."""
    from bench.scale_reference import build
    from pimdesk.store.reference import ReferenceStore

    service = ReferenceService(ReferenceStore(build(10, tmp_path / "reference-10x.sqlite")))
    try:
        for typed in ("c", "ca", "cas", "case m"):
            hits = service.search(typed).hits
            assert len(hits) == 20
            assert all(word_spans(hit.title, SearchQuery.parse(typed)) for hit in hits)
        first = service.search("case management ").hits[0]
        assert (first.kind, first.title) == ("category", "Case Management")
        assert ("term", "refoulement") in ids(service.search("refoulement"))
    finally:
        service.close()
