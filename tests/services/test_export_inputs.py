"""What the documents are given: the accepted categories most urgent first, reasons grouped,
the challenge areas that apply and the glossary terms the briefing uses."""

from __future__ import annotations

import datetime
from dataclasses import replace

import pytest

from pimdesk.domain.briefing_input import DocumentSettings, Paper
from pimdesk.domain.content import Priority
from pimdesk.domain.errors import InvalidInputError
from pimdesk.domain.selection import CategoryChoice, Decision, SystemStatus
from pimdesk.domain.sensitivity import Sensitivity
from pimdesk.domain.suggestions import SuggestionContent, suggest
from pimdesk.services.export_inputs import (
    EVERYDAY_TERMS,
    briefing_input,
    category_content,
    grouped_reasons,
    reader_may_not_know,
)
from pimdesk.services.reference import ReferenceService
from tests.briefing.sample import CATEGORY_IDS, sample_selection


def settings(reference: ReferenceService) -> DocumentSettings:
    return DocumentSettings(
        Paper.A4, Sensitivity.RESTRICTED, datetime.date(2026, 12, 1), reference.info
    )


def suggestions_for(reference: ReferenceService, selection: object) -> list[object]:
    content = SuggestionContent(
        tuple(c.id for c in reference.categories),
        {c.id: c.name for c in reference.categories},
        reference.scenarios,
        reference.questions,
        reference.relationships,
    )
    return suggest(selection, content)  # type: ignore[arg-type]


def test_accepted_categories_come_by_priority_then_in_matrix_order(
    reference: ReferenceService,
) -> None:
    selection = sample_selection()
    rejected = CategoryChoice("protection_needs_assessment", Decision.REJECTED)
    selection = selection.with_choice(rejected)
    briefing = briefing_input(
        reference, selection, suggestions_for(reference, selection), settings(reference)
    )
    ids = [c.content.category.id for c in briefing.categories]
    assert "protection_needs_assessment" not in ids
    # high; among equal priorities the category that comes before the others goes first
    assert ids[:2] == ["security_situational_awareness", "protection_monitoring"]
    assert ids[2:4] == ["case_management", "population_data"]  # medium
    assert ids[4] == "protection_response_me"  # low, then those without a priority
    assert ids[5:] == ["communicating_with_in_affected_communities", "sectoral_system_other"]
    assert briefing.categories[3].system_status is SystemStatus.OPERATING


def test_reasons_are_one_line_per_kind(reference: ReferenceService) -> None:
    selection = sample_selection()
    scenario = reference.scenario(selection.scenario)
    found = {s.category: s for s in suggestions_for(reference, selection)}
    lines = grouped_reasons(
        reference, "case_management", scenario, found["case_management"].reasons
    )
    lines = tuple(line.replace("\u00a0", " ") for line in lines)  # read as the PDF shows it
    assert len(lines) == len(set(lines)) <= 5
    works_with = next(line for line in lines if line.startswith("Works with"))
    for other in ("Protection Monitoring", "Population Data"):
        assert works_with.count(other) == 1  # four relationships with monitoring: named once
    produces = next(line for line in lines if line.startswith("Produces"))
    assert "must-have" in produces
    assert "protracted emergency" in produces
    risk = grouped_reasons(
        reference, "security_situational_awareness", scenario,
        found["security_situational_awareness"].reasons,
    )  # fmt: skip
    assert risk[0].startswith("Comes first")
    team = grouped_reasons(
        reference, "protection_monitoring", scenario, found["protection_monitoring"].reasons
    )
    # a short mark is kept whole on one line: its spaces are no-break ones
    assert any("(PIM\u00a0WM2\u00a02015\u00a0§10.1)" in line for line in team)
    team = tuple(line.replace("\u00a0", " ") for line in team)  # read as the PDF shows it
    # the question is the source's (§10.1): the reason cites its section, as the domain decides
    assert "Answers the team's need: What are the causes of flight? (PIM WM2 2015 §10.1)" in team
    # the scenario's items are PIM Desk's illustration: the line that counts them says so
    assert next(line for line in team if line.startswith("Produces")).endswith(
        "(PIM Desk's illustration)"
    )
    assert grouped_reasons(reference, "case_management", scenario, ()) == ("Chosen by the team.",)


def test_every_must_have_of_a_category_is_listed_with_it(reference: ReferenceService) -> None:
    selection = sample_selection()
    briefing = briefing_input(reference, selection, [], settings(reference))
    scenario = reference.scenario(selection.scenario)
    for selected in briefing.categories:
        category_id = selected.content.category.id
        expected = [
            i
            for i in scenario.items
            if category_id in i.categories and i.priority.value == "must_have"
        ]
        assert list(selected.must_have) == expected


def test_the_challenges_are_those_of_the_chosen_categories_or_of_all(
    reference: ReferenceService,
) -> None:
    selection = sample_selection(("communicating_with_in_affected_communities",))
    briefing = briefing_input(reference, selection, [], settings(reference))
    for challenge in reference.challenges:
        applies = not challenge.categories or (
            "communicating_with_in_affected_communities" in challenge.categories
        )
        assert (challenge in briefing.challenges) == applies


def test_the_terms_are_those_the_briefing_prints(reference: ReferenceService) -> None:
    with_notes = briefing_input(reference, sample_selection(), [], settings(reference))
    names = reference.category_names
    used = reference.terms_in(list(with_notes.texts()))
    # issue 17: only the terms a reader may not know, not everyday words nor the categories
    assert with_notes.terms == tuple(t for t in used if reader_may_not_know(t.id, names))
    assert len(with_notes.terms) > 10
    assert not {t.id for t in with_notes.terms} & (EVERYDAY_TERMS | set(names))


def test_without_notes_the_input_holds_none(reference: ReferenceService) -> None:
    briefing = briefing_input(
        reference, sample_selection(), [], settings(reference), include_notes=False
    )
    assert briefing.selection.notes == ""
    assert all(selected.notes == "" for selected in briefing.categories)


def test_a_briefing_needs_an_accepted_category(reference: ReferenceService) -> None:
    selection = replace(sample_selection(), choices=(CategoryChoice("case_management"),))
    with pytest.raises(InvalidInputError, match="no accepted category"):
        briefing_input(reference, selection, [], settings(reference))


def test_a_category_carries_the_conditions_its_shared_data_name(
    reference: ReferenceService,
) -> None:
    for category_id in CATEGORY_IDS:
        content = category_content(reference, category_id)
        named = {c for _, cell in content.rows for item in cell.items for c in item.conditions}
        assert {c.id for c in content.conditions} == named
        assert all(related.name for related in content.related)


def test_every_category_not_accepted_is_open_or_rejected_with_its_reason(
    reference: ReferenceService,
) -> None:
    from tests.briefing.sample import MEETING_ACCEPTED, MEETING_REJECTED, meeting_selection

    selection = meeting_selection()
    briefing = briefing_input(
        reference, selection, suggestions_for(reference, selection), settings(reference)
    )
    names = reference.category_names
    shown = [c.content.category.id for c in briefing.categories]
    assert sorted(shown) == sorted(MEETING_ACCEPTED)
    assert len(shown) + len(briefing.open_categories) == len(reference.categories)
    assert [c.name for c in briefing.rejected] == [names[MEETING_REJECTED]]
    assert briefing.rejected[0].reason
    assert briefing.to_decide[0].first  # the suggestion ranked first leads
    assert all(c.reason for c in briefing.to_decide)  # each with its one-line reason
    uncovered = {c.item.id for c in briefing.uncovered}
    scenario = reference.scenario(selection.scenario)
    for item in scenario.items_with(Priority.MUST_HAVE):
        assert (item.id in uncovered) is not bool(set(item.categories) & set(MEETING_ACCEPTED))
