"""The tier rules: each on its own with content built here, then the real content's scenarios."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pimdesk.domain.content import (
    Attribution,
    Priority,
    Question,
    Relationship,
    Scenario,
    ScenarioItem,
)
from pimdesk.domain.provenance import ProvenanceClass
from pimdesk.domain.selection import (
    Constraint,
    DataNeed,
    NeedSource,
    PimSystem,
    RunStatus,
    Selection,
    SystemStatus,
)
from pimdesk.domain.suggestions import SuggestionContent
from pimdesk.domain.tiers import (
    Tier,
    TierRule,
    access_limited,
    capacity_limited,
    personal_data_unprotected,
    risk_analysis_first,
    scenario_weight,
    systems_running,
    team_needs,
    tiers,
    works_with,
)
from pimdesk.services.reference import ReferenceService

ITEM_SOURCE = Attribution("PIM WM2 2015 §11", "editorial")
ORDER = (
    "protection_monitoring",
    "case_management",
    "population_data",
    "assessment",
    "extra",
    "security",
)


def item(item_id: str, priority: Priority, *categories: str) -> ScenarioItem:
    return ScenarioItem(item_id, "sudden", priority, f"Item {item_id}", categories, ITEM_SOURCE)


ITEMS = (
    item("a", Priority.MUST_HAVE, "protection_monitoring"),
    item("b", Priority.MUST_HAVE, "case_management"),
    item("c", Priority.MUST_HAVE, "population_data", "security"),
    item("d", Priority.MUST_HAVE, "assessment"),
    item("e", Priority.NICE_TO_HAVE, "population_data"),
)
PRECEDES = Relationship(
    "sec_first",
    "security",
    "protection_monitoring",
    "precedes",
    "A risk analysis comes first.",
    Attribution("PIM WM2 2015 §7.1", "source"),
)
COMPLEMENTS = Relationship(
    "pm_extra",
    "protection_monitoring",
    "extra",
    "complements",
    "Together they show trends.",
    Attribution("PIM WM2 2015 §10.3", "source"),
)


def content(*relationships: Relationship) -> SuggestionContent:
    scenario = Scenario("sudden", "Sudden-onset emergency", 1, "", ITEMS, ITEM_SOURCE)
    question = Question("who", "Who is there?", ("extra",), (), ITEM_SOURCE)
    return SuggestionContent(
        category_order=ORDER,
        category_names={c: c.replace("_", " ").title() for c in ORDER},
        scenarios=(scenario,),
        questions=(question,),
        relationships=relationships,
    )


def context(**details: object) -> Selection:
    return Selection.new("Context", "sudden", **details)


def tier_map(decisions: dict) -> dict[str, Tier]:  # type: ignore[type-arg]
    return {c: d.tier for c, d in decisions.items()}


def test_scenario_weight_starts_the_heaviest_three_and_leaves_the_light_ones_out() -> None:
    # population_data: 0.5 + 0.5 (nice) = 1.0; monitoring, cases, assessment 1.0 each; security
    # 0.5; extra 0. Ties go to the category named earlier in the scenario's list.
    found = tier_map(scenario_weight(context(), content()))
    assert found == {
        "protection_monitoring": Tier.START_HERE,
        "case_management": Tier.START_HERE,
        "population_data": Tier.START_HERE,
        "assessment": Tier.ADD_WHEN,
        "extra": Tier.NOT_NEEDED_NOW,
        "security": Tier.NOT_NEEDED_NOW,
    }


def test_an_add_when_decision_names_its_condition_and_is_marked_as_pim_desks_judgement() -> None:
    decision = scenario_weight(context(), content())["assessment"]
    assert decision.condition == "your data needs call for it"
    reason = decision.reasons[0]
    assert reason.rule is TierRule.SCENARIO
    assert reason.provenance().cls is ProvenanceClass.EDITORIAL
    assert "§11" in reason.provenance().label


def test_a_category_that_comes_first_starts_here_with_the_source_section() -> None:
    base = scenario_weight(context(), content(PRECEDES))
    assert base["security"].tier is Tier.ADD_WHEN  # named by the scenario, not ranked
    found = risk_analysis_first(base, context(), content(PRECEDES))
    assert found["security"].tier is Tier.START_HERE
    reason = found["security"].reasons[-1]
    assert reason.rule is TierRule.RISK_ANALYSIS_FIRST
    assert reason.provenance().mark == "PIM WM2 2015 §7.1"


def test_a_picked_need_moves_its_category_to_start_here() -> None:
    need = DataNeed(NeedSource.QUESTION, "Who is there?", "who")
    before = scenario_weight(context(), content())
    assert before["extra"].tier is Tier.NOT_NEEDED_NOW
    after = team_needs(before, context(needs=(need,)), content())
    assert after["extra"].tier is Tier.START_HERE
    assert after["extra"].reasons[-1].text == "Answers your need: Who is there?"
    custom = DataNeed(NeedSource.CUSTOM, "Roads to the south")
    assert tier_map(team_needs(before, context(needs=(custom,)), content())) == tier_map(before)


def test_a_category_that_complements_one_starting_here_is_added_when_that_one_runs() -> None:
    base = scenario_weight(context(), content(COMPLEMENTS))
    found = works_with(base, context(), content(COMPLEMENTS))
    assert found["extra"].tier is Tier.ADD_WHEN
    assert found["extra"].condition == "Protection Monitoring is running and its data call for it"
    assert found["extra"].reasons[-1].provenance().mark == "PIM WM2 2015 §10.3"


def test_an_operating_system_puts_its_category_out_and_a_planned_one_waits() -> None:
    running = PimSystem("Monitoring network", "protection_monitoring", RunStatus.OPERATING)
    planned = PimSystem("Case database", "case_management", RunStatus.PLANNED)
    selection = context(system_map=(running, planned))
    found = systems_running(scenario_weight(selection, content()), selection, content())
    assert found["protection_monitoring"].tier is Tier.NOT_NEEDED_NOW
    assert "(Monitoring network)" in found["protection_monitoring"].reasons[-1].text
    assert found["case_management"].tier is Tier.ADD_WHEN
    assert found["case_management"].condition == "the planned system does not come in time"


def test_a_stopped_system_is_no_system_and_the_old_per_category_status_still_counts() -> None:
    stopped = PimSystem("Old monitoring", "protection_monitoring", RunStatus.STOPPED)
    selection = context(
        system_map=(stopped,), systems=(("case_management", SystemStatus.OPERATING),)
    )
    found = systems_running(scenario_weight(selection, content()), selection, content())
    assert found["protection_monitoring"].tier is Tier.START_HERE
    assert found["case_management"].tier is Tier.NOT_NEEDED_NOW


def test_limited_access_holds_back_the_field_categories_until_access_improves() -> None:
    selection = context(constraints=(Constraint.ACCESS_LIMITED,))
    base = scenario_weight(selection, content())
    found = access_limited(base, selection, content())
    assert found["protection_monitoring"].tier is Tier.ADD_WHEN
    assert found["protection_monitoring"].condition == "access improves"
    assert found["population_data"].tier is Tier.START_HERE
    assert access_limited(base, context(), content()) == base


def test_unprotected_personal_data_holds_back_case_management() -> None:
    selection = context(constraints=(Constraint.PERSONAL_DATA_UNPROTECTED,))
    found = personal_data_unprotected(scenario_weight(selection, content()), selection, content())
    assert found["case_management"].tier is Tier.ADD_WHEN
    assert found["case_management"].condition == "personal data can be protected"
    assert "§10.4" in found["case_management"].reasons[-1].provenance().label


def test_limited_capacity_keeps_one_scenario_category_and_what_the_team_asked_for() -> None:
    need = DataNeed(NeedSource.SCENARIO_ITEM, "Item b", "b")
    selection = context(constraints=(Constraint.CAPACITY_LIMITED,), needs=(need,))
    base = team_needs(scenario_weight(selection, content()), selection, content())
    found = capacity_limited(base, selection, content())
    starting = [c for c, d in found.items() if d.tier is Tier.START_HERE]
    assert starting == ["protection_monitoring", "case_management"]
    assert found["population_data"].condition == "capacity grows"


# ------------------------------------------------------------------------ the real content
SCENARIOS = (
    "sudden_onset_emergency",
    "protracted_emergency",
    "protracted_non_emergency",
    "comprehensive_solutions",
)


def start_here(reference: ReferenceService, selection: Selection) -> frozenset[str]:
    from pimdesk.services.selections import SelectionService

    found = tiers(selection, SelectionService.content_of(reference))
    return frozenset(d.category for d in found if d.tier is Tier.START_HERE)


def test_each_scenario_alone_starts_with_at_most_four_categories_and_no_two_alike(
    reference: ReferenceService,
) -> None:
    starts = [start_here(reference, Selection.new("C", s)) for s in SCENARIOS]
    assert all(1 <= len(found) <= 4 for found in starts)
    assert len(set(starts)) == len(SCENARIOS)
    assert all("security_situational_awareness" in found for found in starts)  # §7.1


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_every_category_gets_a_tier_and_every_reason_a_mark(
    reference: ReferenceService, scenario: str
) -> None:
    from pimdesk.services.selections import SelectionService

    found = tiers(Selection.new("C", scenario), SelectionService.content_of(reference))
    assert [d.category for d in found] == [c.id for c in reference.categories]
    for decision in found:
        assert decision.reasons
        assert (decision.tier is Tier.ADD_WHEN) == bool(decision.condition)
        assert all(r.provenance().mark for r in decision.reasons)


def test_a_picked_question_and_a_running_system_change_the_real_tiers(
    reference: ReferenceService,
) -> None:
    base = Selection.new("C", "sudden_onset_emergency")
    assert "case_management" not in start_here(reference, base)
    question = next(q for q in reference.questions if "case_management" in q.categories)
    needs = (DataNeed(NeedSource.QUESTION, question.text, question.id),)
    assert "case_management" in start_here(reference, replace(base, needs=needs))
    dtm = PimSystem("DTM round 3", "population_data", RunStatus.OPERATING, "IOM")
    assert "population_data" in start_here(reference, base)
    assert "population_data" not in start_here(reference, replace(base, system_map=(dtm,)))
