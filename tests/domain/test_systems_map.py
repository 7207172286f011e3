"""Gaps and overlaps of a context's systems map, and the checks on a system's fields."""

from __future__ import annotations

import pytest

from pimdesk.domain.errors import InvalidInputError
from pimdesk.domain.selection import (
    CategoryChoice,
    Decision,
    PimSystem,
    RunStatus,
    Selection,
    SystemStatus,
)
from pimdesk.domain.systems_map import Gap, check_system, gaps, map_findings, overlaps
from pimdesk.domain.tiers import Tier, TierDecision

DECISIONS = (
    TierDecision("security", Tier.START_HERE),
    TierDecision("population_data", Tier.START_HERE),
    TierDecision("case_management", Tier.ADD_WHEN, "a referral pathway exists"),
    TierDecision("protection_monitoring", Tier.NOT_NEEDED_NOW),
)


def context(**details: object) -> Selection:
    return Selection.new("Context", "sudden_onset_emergency", **details)


def test_a_needed_category_without_a_running_or_planned_system_is_a_gap() -> None:
    dtm = PimSystem("DTM round 3", "population_data", RunStatus.OPERATING, "IOM")
    assert gaps(context(system_map=(dtm,)), DECISIONS) == (Gap("security", "start_here"),)
    planned = PimSystem("Security cell", "security", RunStatus.PLANNED)
    assert gaps(context(system_map=(dtm, planned)), DECISIONS) == ()
    stopped = PimSystem("Old cell", "security", RunStatus.STOPPED)
    assert gaps(context(system_map=(dtm, stopped)), DECISIONS) == (Gap("security", "start_here"),)


def test_the_teams_decisions_add_and_remove_needed_categories() -> None:
    choices = (
        CategoryChoice("case_management", Decision.ACCEPTED),
        CategoryChoice("population_data", Decision.REJECTED),
    )
    found = gaps(context(choices=choices), DECISIONS)
    assert found == (Gap("security", "start_here"), Gap("case_management", "accepted"))


def test_an_older_selections_per_category_status_still_covers_a_category() -> None:
    systems = (("security", SystemStatus.OPERATING), ("population_data", SystemStatus.PLANNED))
    assert gaps(context(systems=systems), DECISIONS) == ()


def test_two_active_systems_of_one_category_overlap_a_stopped_one_does_not() -> None:
    a = PimSystem("DTM round 3", "population_data", RunStatus.OPERATING, "IOM")
    b = PimSystem("Camp registration", "population_data", RunStatus.PLANNED, "UNHCR")
    c = PimSystem("Old census", "population_data", RunStatus.STOPPED)
    d = PimSystem("Monitoring", "protection_monitoring", RunStatus.OPERATING)
    found = overlaps(context(system_map=(a, c, d, b)))
    assert [(o.category, [s.name for s in o.systems]) for o in found] == [
        ("population_data", ["DTM round 3", "Camp registration"])
    ]
    assert overlaps(context(system_map=(a, c, d))) == ()


def test_map_findings_gathers_both() -> None:
    a = PimSystem("A", "security", RunStatus.OPERATING)
    b = PimSystem("B", "security", RunStatus.OPERATING)
    findings = map_findings(context(system_map=(a, b)), DECISIONS)
    assert findings.gaps == (Gap("population_data", "start_here"),)
    assert [o.category for o in findings.overlaps] == ["security"]


def test_a_system_needs_a_name_and_its_texts_are_cleaned() -> None:
    with pytest.raises(InvalidInputError, match="needs a name"):
        check_system(PimSystem("  ", "security"))
    cleaned = check_system(PimSystem(" DTM\x07 round 3 ", "population_data", contact=" a@b.org "))
    assert (cleaned.name, cleaned.contact) == ("DTM round 3", "a@b.org")
    with pytest.raises(InvalidInputError, match="at most 500"):
        check_system(PimSystem("X", "security", shares="x" * 501))
