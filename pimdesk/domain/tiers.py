"""Sort every category of a context into three tiers: start here, add when …, not needed now.

The rules (documented for content editors in `docs/context-rules.md`) run in this order, each a
function below that takes the decisions so far and returns new ones:

1. `scenario_weight`: the scenario's data items weigh on the categories that produce them; the
   heaviest few start here, the others are added when their condition holds, the rest are not
   needed now (the ranking is PIM Desk's judgement over the scenario items, §11).
2. `risk_analysis_first`: a category that comes before the others (`precedes`, §7.1: a contextual
   risk analysis is often a precondition) starts here.
3. `team_needs`: a category that answers a data need the team picked starts here.
4. `works_with`: a category not needed now that complements one that starts here (§10.3:
   categories combine to answer a question) is added when that one runs.
5. `systems_running`: a category with a system operating is not needed now (use that system);
   with one planned, it is added if the plan falls through.
6. `access_limited`, `personal_data_unprotected`, `capacity_limited`: the team's stated limits
   move categories down, each saying what would move them back.

Every reason carries the source and origin of what it rests on; its mark comes from
`pimdesk.domain.provenance`, never from here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from enum import Enum

from pimdesk.domain.content import Priority, Scenario
from pimdesk.domain.provenance import ENGLISH_WORDS, Provenance, ProvenanceWords, provenance_of
from pimdesk.domain.records import record
from pimdesk.domain.selection import Constraint, NeedSource, Selection, SystemStatus
from pimdesk.domain.suggestions import SuggestionContent

# How many categories the scenario alone puts in "start here", besides the ones that come first.
SCENARIO_START = 3
# With limited capacity, how many of the scenario's categories stay in "start here".
CAPACITY_START = 1
NICE_TO_HAVE_WEIGHT = 0.5
# A category the scenario leans on no more than this (half of one must-have, or less) is not
# needed now unless another rule adds it.
LIGHT_WEIGHT = 0.5
EDITORIAL = "editorial"
# Categories whose work needs regular presence where people are (PIM Desk's judgement).
FIELD_CATEGORIES = ("protection_monitoring", "protection_needs_assessment", "case_management")
# Categories that hold personal data of individuals (the source says so of case management).
PERSONAL_DATA_CATEGORIES = {"case_management": "PIM WM2 2015 §10.4"}
# The condition that makes each category worth adding (PIM Desk's judgement, related sections).
ADD_CONDITIONS: dict[str, tuple[str, str]] = {
    "protection_needs_assessment": (
        "a picture of protection needs at one point in time is needed to plan the response",
        "PIM WM2 2015 §9.2",
    ),
    "protection_monitoring": (
        "access allows regular visits, so that trends in violations can be followed",
        "PIM WM2 2015 §9.3",
    ),
    "case_management": (
        "a referral pathway exists and personal data can be protected",
        "PIM WM2 2015 §9.4, §10.4",
    ),
    "population_data": (
        "estimates are no longer enough and figures by age, sex and location are needed",
        "PIM WM2 2015 §9.1",
    ),
    "protection_response_me": (
        "a protection response is running whose results must be followed",
        "PIM WM2 2015 §9.5",
    ),
    "communicating_with_in_affected_communities": (
        "people need information from, or a channel to, the responders",
        "PIM WM2 2015 §9.8",
    ),
    "security_situational_awareness": (
        "the security situation or access changes",
        "PIM WM2 2015 §7.1",
    ),
    "sectoral_system_other": (
        "other sectors' data can answer a protection question",
        "PIM WM2 2015 §7.3",
    ),
}
DEFAULT_CONDITION = ("your data needs call for it", "")


class Tier(str, Enum):
    START_HERE = "start_here"
    ADD_WHEN = "add_when"
    NOT_NEEDED_NOW = "not_needed_now"

    @property
    def label(self) -> str:
        return {
            "start_here": "Start here",
            "add_when": "Add when …",
            "not_needed_now": "Not needed now",
        }[self.value]


class TierRule(str, Enum):
    SCENARIO = "scenario"
    RISK_ANALYSIS_FIRST = "risk_analysis_first"
    TEAM_NEED = "team_need"
    WORKS_WITH = "works_with"
    SYSTEM_RUNNING = "system_running"
    ACCESS = "access"
    PERSONAL_DATA = "personal_data"
    CAPACITY = "capacity"


@record
class TierReason:
    """Why a category is in its tier, and what the reason rests on."""

    rule: TierRule
    text: str
    source: str  # a section such as "PIM WM2 2015 §7.1", or "editorial"
    origin: str  # "source", "note" or "editorial": with `source`, it decides the mark

    def provenance(self, words: ProvenanceWords = ENGLISH_WORDS) -> Provenance:
        return provenance_of(self.origin, self.source, words=words)


@record
class TierDecision:
    """One category's tier, the condition that would add it (for "add when"), and why."""

    category: str
    tier: Tier
    condition: str = ""
    reasons: tuple[TierReason, ...] = ()

    def moved(self, tier: Tier, reason: TierReason, condition: str = "") -> TierDecision:
        return replace(self, tier=tier, condition=condition, reasons=(*self.reasons, reason))

    def noted(self, reason: TierReason) -> TierDecision:
        return replace(self, reasons=(*self.reasons, reason))


Decisions = dict[str, TierDecision]


def tiers(selection: Selection, content: SuggestionContent) -> list[TierDecision]:
    """Every category of the content in its tier for `selection`, in the content's order."""
    decisions = scenario_weight(selection, content)
    for rule in RULES:
        decisions = rule(decisions, selection, content)
    return [decisions[c] for c in content.category_order if c in decisions]


def by_tier(decisions: list[TierDecision]) -> dict[Tier, list[TierDecision]]:
    """The decisions grouped by tier, every tier present, in tier order."""
    return {tier: [d for d in decisions if d.tier is tier] for tier in Tier}


def condition_of(category: str) -> tuple[str, str]:
    """The condition that makes `category` worth adding, and the section it relates to."""
    return ADD_CONDITIONS.get(category, DEFAULT_CONDITION)


def _judgement(rule: TierRule, text: str, related: str = "") -> TierReason:
    """A reason that is PIM Desk's own judgement (its mark says so, naming what it relates to)."""
    return TierReason(rule, text, related or EDITORIAL, EDITORIAL)


def _name(content: SuggestionContent, category: str) -> str:
    return content.category_names.get(category, category)


# ---------------------------------------------------------------------------- rule 1: scenario
def scenario_weights(scenario: Scenario | None) -> dict[str, float]:
    """Each category's weight in the scenario: every item counts one (a nice-to-have half),
    shared among the categories that produce it."""
    weights: dict[str, float] = {}
    for item in scenario.items if scenario else ():
        share = 1.0 if item.priority is Priority.MUST_HAVE else NICE_TO_HAVE_WEIGHT
        for category in item.categories:
            weights[category] = weights.get(category, 0.0) + share / len(item.categories)
    return weights


def scenario_weight(selection: Selection, content: SuggestionContent) -> Decisions:
    """The heaviest categories of the scenario start here (after those that come first), the
    others it names are added when their condition holds, the rest are not needed now."""
    scenario = next((s for s in content.scenarios if s.id == selection.scenario), None)
    weights = scenario_weights(scenario)
    first = _preceding(content)
    top = set(ranked_categories(scenario, exclude=first)[:SCENARIO_START])
    name = scenario.name.lower() if scenario else selection.scenario
    decisions: Decisions = {}
    for category in content.category_order:
        weight = weights.get(category, 0.0)
        if category in top:
            text = f"Among the {SCENARIO_START} categories a {name} leans on most."
            reason = _judgement(TierRule.SCENARIO, text, "PIM WM2 2015 §11")
            decisions[category] = TierDecision(category, Tier.START_HERE, "", (reason,))
        elif weight > LIGHT_WEIGHT or (weight and category in first):
            condition, related = condition_of(category)
            text = f"A {name} names data it produces, less than it does for the first ones."
            if category in first:
                text = f"A {name} names data it produces."
            reason = _judgement(TierRule.SCENARIO, text, related or "PIM WM2 2015 §11")
            decisions[category] = TierDecision(category, Tier.ADD_WHEN, condition, (reason,))
        else:
            little = "little" if weight else "no"
            text = f"A {name} names {little} data it produces."
            reason = _judgement(TierRule.SCENARIO, text, "PIM WM2 2015 §11")
            decisions[category] = TierDecision(category, Tier.NOT_NEEDED_NOW, "", (reason,))
    return decisions


def ranked_categories(
    scenario: Scenario | None, exclude: frozenset[str] | set[str] = frozenset()
) -> list[str]:
    """The scenario's categories, heaviest first; a tie goes to the category named earlier in
    the scenario's list."""
    weights = scenario_weights(scenario)
    named: list[str] = []
    for item in scenario.items if scenario else ():
        named.extend(c for c in item.categories if c not in named)
    ranked = [c for c in named if c not in exclude]
    return sorted(ranked, key=lambda c: -weights[c])  # sorted() is stable: list order breaks ties


def _preceding(content: SuggestionContent) -> set[str]:
    return {r.from_category for r in content.relationships if r.kind == "precedes"}


# ---------------------------------------------------------------------- rule 2: comes first
def risk_analysis_first(
    decisions: Decisions, selection: Selection, content: SuggestionContent
) -> Decisions:
    """A category that comes before one this context needs starts here (§7.1)."""
    wanted = {c for c, d in decisions.items() if d.tier is not Tier.NOT_NEEDED_NOW}
    result = dict(decisions)
    for relationship in content.relationships:
        category = relationship.from_category
        if relationship.kind != "precedes" or relationship.to_category not in wanted:
            continue
        if category not in result or relationship.to_category == category:
            continue
        if any(r.rule is TierRule.RISK_ANALYSIS_FIRST for r in result[category].reasons):
            continue  # said once is enough
        text = f"Comes before the others: {relationship.explanation}"
        attribution = relationship.attribution
        reason = TierReason(
            TierRule.RISK_ANALYSIS_FIRST, text, attribution.source, attribution.origin
        )
        result[category] = result[category].moved(Tier.START_HERE, reason)
    return result


# ------------------------------------------------------------------------ rule 3: team needs
def team_needs(decisions: Decisions, selection: Selection, content: SuggestionContent) -> Decisions:
    """A category that produces a scenario item, or answers a question, the team picked starts
    here."""
    items = {i.id: i for s in content.scenarios for i in s.items}
    questions = {q.id: q for q in content.questions}
    result = dict(decisions)
    for need in selection.needs:
        if need.source is NeedSource.SCENARIO_ITEM and need.ref in items:
            found = items[need.ref]
            categories, attribution = found.categories, found.attribution
        elif need.source is NeedSource.QUESTION and need.ref in questions:
            asked = questions[need.ref]
            categories, attribution = asked.categories, asked.attribution
        else:
            continue  # a need in the team's own words names no category
        for category in categories:
            if category not in result:
                continue
            reason = TierReason(
                TierRule.TEAM_NEED,
                f"Answers your need: {need.text}",
                attribution.source,
                attribution.origin,
            )
            result[category] = result[category].moved(Tier.START_HERE, reason)
    return result


# ------------------------------------------------------------------------ rule 4: works with
def works_with(decisions: Decisions, selection: Selection, content: SuggestionContent) -> Decisions:
    """A category not needed now that combines with one that starts here is added when that one
    runs (§10.3: categories combine to answer a question)."""
    starting = {c for c, d in decisions.items() if d.tier is Tier.START_HERE}
    result = dict(decisions)
    for relationship in content.relationships:
        if relationship.kind != "complements":
            continue  # what feeds or overlaps is no reason to add a category
        pair = (relationship.from_category, relationship.to_category)
        for here, other in (pair, pair[::-1]):
            decision = result.get(other)
            if here not in starting or decision is None or decision.tier is not Tier.NOT_NEEDED_NOW:
                continue
            attribution = relationship.attribution
            text = f"Works with {_name(content, here)}: {relationship.explanation}"
            reason = TierReason(TierRule.WORKS_WITH, text, attribution.source, attribution.origin)
            condition = f"{_name(content, here)} is running and its data call for it"
            result[other] = decision.moved(Tier.ADD_WHEN, reason, condition)
    return result


# ---------------------------------------------------------------------- rule 5: systems running
def systems_running(
    decisions: Decisions, selection: Selection, content: SuggestionContent
) -> Decisions:
    """A category with a system already operating is not needed now: use that system's data
    (§8: discover what systems are or are not operating). One only planned is added when the
    plan falls through."""
    result = dict(decisions)
    for category, decision in decisions.items():
        status = selection.system_status(category)
        names = ", ".join(s.name for s in selection.system_map if s.category == category)
        named = f" ({names})" if names else ""
        if status is SystemStatus.OPERATING:
            text = f"A system of this category already operates here{named}: use its data."
            reason = _judgement(TierRule.SYSTEM_RUNNING, text, "PIM WM2 2015 §8")
            result[category] = decision.moved(Tier.NOT_NEEDED_NOW, reason)
        elif status is SystemStatus.PLANNED and decision.tier is Tier.START_HERE:
            text = f"A system of this category is planned here{named}."
            reason = _judgement(TierRule.SYSTEM_RUNNING, text, "PIM WM2 2015 §8")
            result[category] = decision.moved(
                Tier.ADD_WHEN, reason, "the planned system does not come in time"
            )
    return result


# --------------------------------------------------------------------- rule 6: stated limits
def access_limited(
    decisions: Decisions, selection: Selection, content: SuggestionContent
) -> Decisions:
    """With access limited, categories that need regular presence where people are wait until
    access improves."""
    if not selection.has_constraint(Constraint.ACCESS_LIMITED):
        return decisions
    result = dict(decisions)
    for category in FIELD_CATEGORIES:
        decision = result.get(category)
        if decision is None or decision.tier is not Tier.START_HERE:
            continue
        text = "You said access is limited: this work needs regular presence where people are."
        reason = _judgement(TierRule.ACCESS, text, "PIM WM2 2015 §7.1")
        result[category] = decision.moved(Tier.ADD_WHEN, reason, "access improves")
    return result


def personal_data_unprotected(
    decisions: Decisions, selection: Selection, content: SuggestionContent
) -> Decisions:
    """A category that holds personal data is not needed now when the team says personal data
    cannot be protected: it is added once they can be."""
    if not selection.has_constraint(Constraint.PERSONAL_DATA_UNPROTECTED):
        return decisions
    result = dict(decisions)
    for category, section in PERSONAL_DATA_CATEGORIES.items():
        decision = result.get(category)
        if decision is None or decision.tier is Tier.NOT_NEEDED_NOW:
            continue
        text = (
            "It holds personal data, and you said they cannot be protected here yet: "
            "their exchange depends on consent and agreed procedures."
        )
        reason = _judgement(TierRule.PERSONAL_DATA, text, section)
        result[category] = decision.moved(Tier.ADD_WHEN, reason, "personal data can be protected")
    return result


def capacity_limited(
    decisions: Decisions, selection: Selection, content: SuggestionContent
) -> Decisions:
    """With little capacity, only what comes first, what the team asked for, and the scenario's
    heaviest category start here; the others wait for capacity."""
    if not selection.has_constraint(Constraint.CAPACITY_LIMITED):
        return decisions
    kept_rules = (TierRule.RISK_ANALYSIS_FIRST, TierRule.TEAM_NEED)
    scenario_only = [
        c
        for c in content.category_order
        if c in decisions
        and decisions[c].tier is Tier.START_HERE
        and not any(r.rule in kept_rules for r in decisions[c].reasons)
    ]
    scenario = next((s for s in content.scenarios if s.id == selection.scenario), None)
    rank = {c: i for i, c in enumerate(ranked_categories(scenario))}
    scenario_only.sort(key=lambda c: rank.get(c, len(rank)))
    result = dict(decisions)
    for category in scenario_only[CAPACITY_START:]:
        text = "You said capacity is limited: start with fewer categories."
        reason = _judgement(TierRule.CAPACITY, text)
        result[category] = result[category].moved(Tier.ADD_WHEN, reason, "capacity grows")
    return result


Rule = Callable[[Decisions, Selection, SuggestionContent], Decisions]
RULES: tuple[Rule, ...] = (
    risk_analysis_first,
    team_needs,
    works_with,
    systems_running,
    access_limited,
    personal_data_unprotected,
    capacity_limited,
)


def tier_of(decisions: list[TierDecision]) -> Mapping[str, Tier]:
    """Each category's tier, by category ID."""
    return {d.category: d.tier for d in decisions}
