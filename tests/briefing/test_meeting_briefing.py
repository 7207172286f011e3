"""The briefing as a meeting document, read back: page 1 in the team's words with the decisions
to make, every category by decision, the gaps, what to collect and share with the team's notes
first, the short checklist, and a glossary without everyday words."""

from __future__ import annotations

import pytest

from pimdesk.domain.briefing_input import BuiltDocument, Paper
from pimdesk.domain.content import Priority
from pimdesk.services.container import Services
from pimdesk.services.export_inputs import EVERYDAY_TERMS
from tests.briefing.pdf_tools import ReadPdf, flatten, read_pdf
from tests.briefing.sample import (
    CATEGORY_NOTES,
    CONTEXT_NOTES,
    MEETING_ACCEPTED,
    MEETING_ID,
    MEETING_REJECTED,
    MEETING_REJECTED_REASON,
    options,
)


@pytest.fixture(scope="module")
def meeting(services: Services) -> BuiltDocument:
    return services.exports.briefing(MEETING_ID, options(Paper.A4))


@pytest.fixture(scope="module")
def read(meeting: BuiltDocument) -> ReadPdf:
    return read_pdf(meeting.data)


def _names(services: Services, ids: tuple[str, ...] | list[str]) -> list[str]:
    return [services.reference.category(category).name for category in ids]


def _part(read: ReadPdf, start: str, end: str) -> str:
    """The flat text from the heading `start` to the heading `end` (after page 1)."""
    text = flatten(" ".join(read.pages[1:]))
    return text[text.index(start) : text.index(end, text.index(start))]


def test_page_one_holds_the_context_the_team_s_notes_and_the_decisions(
    read: ReadPdf, services: Services
) -> None:
    cover = flatten(read.pages[0])
    assert "Kasai floods" in cover
    assert "Situation as of 2026-11-20" in cover
    assert flatten(CONTEXT_NOTES) in cover
    assert "Decisions to make" in cover
    undecided = [c.id for c in services.reference.categories]
    undecided = [c for c in undecided if c not in (*MEETING_ACCEPTED, MEETING_REJECTED)]
    assert f"Decide on {len(undecided)} categories still open" in cover
    assert "must-have items that no accepted category covers" in cover


def test_every_category_is_listed_under_its_decision(read: ReadPdf, services: Services) -> None:
    accepted = _part(read, "The categories by decision", "Still to decide")
    to_decide = _part(read, "Still to decide", "Rejected")
    rejected = _part(read, "Rejected", "Gaps")
    for name in _names(services, MEETING_ACCEPTED):
        assert name in accepted
    rejected_name = services.reference.category(MEETING_REJECTED).name
    assert f"{rejected_name}: {MEETING_REJECTED_REASON}" in rejected
    open_ids = [
        c.id
        for c in services.reference.categories
        if c.id not in (*MEETING_ACCEPTED, MEETING_REJECTED)
    ]
    assert open_ids
    for name in _names(services, open_ids):
        assert f"{name}" in to_decide, name
    assert f"Decide on {len(open_ids)} categories still open" in flatten(read.pages[0])
    # the suggestion ranked first is there, first, and says so
    first = services.reference.category("security_situational_awareness").name
    assert to_decide.index(first) == min(to_decide.index(n) for n in _names(services, open_ids))
    assert f"{first} (ranked first): Comes first" in to_decide


def test_the_gaps_name_uncovered_must_haves_and_categories_without_a_system(
    read: ReadPdf, services: Services
) -> None:
    gaps = _part(read, "Gaps", "What to collect and share")
    scenario = services.reference.scenario("protracted_emergency")
    uncovered = [
        item
        for item in scenario.items_with(Priority.MUST_HAVE)
        if not set(item.categories) & set(MEETING_ACCEPTED)
    ]
    covered = [i for i in scenario.items_with(Priority.MUST_HAVE) if i not in uncovered]
    assert uncovered and covered
    uncovered_part = gaps[gaps.index("Must-have data that no accepted category produces") :]
    for item in uncovered:
        assert flatten(item.text) in uncovered_part
    coverage = gaps[gaps.index("The scenario's data and the selection") :]
    for item in covered:
        assert flatten(item.text) in coverage
    # the sample context has no system known for protection monitoring (not operating)
    no_system = gaps[: gaps.index("Must-have data that no accepted category produces")]
    assert services.reference.category("protection_monitoring").name in no_system
    assert services.reference.category("population_data").name not in no_system


def test_each_accepted_category_says_what_to_collect_and_share_notes_first(
    read: ReadPdf, services: Services
) -> None:
    part = _part(read, "What to collect and share", "Data-sharing checklist")
    for category in MEETING_ACCEPTED:
        name = services.reference.category(category).name
        section = part[part.index(name) :]
        notes = flatten(CATEGORY_NOTES[category]) if category in CATEGORY_NOTES else ""
        for heading in ("Output (data and information)", "Shared data"):
            assert heading in section
        if notes:  # the team's notes come before the matrix's generic text
            assert section.index(notes) < section.index("Output (data and information)")


def test_the_checklist_is_short_and_starts_with_footnote_7(
    read: ReadPdf, services: Services
) -> None:
    part = _part(read, "Data-sharing checklist", "Sources and content")
    checks = [s for s in services.reference.statements("sharing_check") if s.id != "check_scope"]
    for check in checks:
        assert flatten(check.text) in part
    conditions = part.index("Conditions on the shared data of the accepted categories")
    assert all(part.index(flatten(c.text)) < conditions for c in checks)
    for principle in services.reference.principles:  # the principles are not repeated here
        assert flatten(principle.explanation) not in part
    assert part.count("☐") <= 20


def test_the_glossary_part_leaves_out_everyday_words(read: ReadPdf, services: Services) -> None:
    text = flatten(" ".join(read.pages))
    glossary = text[text.index("Glossary of the terms used") :]
    terms = {t.id: t for t in services.reference.terms}
    for everyday in EVERYDAY_TERMS & set(terms):
        assert f" {terms[everyday].definitions[0].text[:40]}" not in glossary
    listed = [t for t in terms.values() if flatten(t.definitions[0].text)[:60] in glossary]
    assert 0 < len(listed) <= 25


def test_a_briefing_without_priorities_prints_no_column_of_not_set(services: Services) -> None:
    from dataclasses import replace

    from tests.briefing.sample import meeting_selection

    plain = meeting_selection()
    plain = replace(
        plain,
        id="0e0e6b6b4d4f0b1e2a7c0d9e8f715a3c",
        name="Plain",
        systems=(),
        choices=tuple(replace(c, priority=None) for c in plain.choices),
    )
    services.selections.save(plain)
    text = read_pdf(services.exports.briefing(plain.id, options()).data).flat_text
    assert "Not set" not in text
    assert "Unknown" not in text
