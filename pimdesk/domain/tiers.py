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
`pimdesk.domain.provenance`, never from here. Every sentence comes from the content's
`TierWords` (`tier_words.py`), in the content's language, with the content texts it quotes
listed apart so that a surface can show one still in English as such.
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
from pimdesk.domain.tier_words import ENGLISH_TIER_WORDS, TierWords

# How many categories the scenario alone puts in "start here", besides the ones that come first.
SCENARIO_START = 3
# With limited capacity, how many of the scenario's categories stay in "start here".
CAPACITY_START = 1
NICE_TO_HAVE_WEIGHT = 0.5
# A category the scenario leans on no more than this (half of one must-have, or less) is not
# needed now unless another rule adds it.
LIGHT_WEIGHT = 0.5
EDITORIAL = "editorial"
SCENARIO_SECTION = "PIM WM2 2015 §11"
# Categories whose work needs regular presence where people are (PIM Desk's judgement).
FIELD_CATEGORIES = ("protection_monitoring", "protection_needs_assessment", "case_management")
# Categories that hold personal data of individuals (the source says so of case management).
PERSONAL_DATA_CATEGORIES = {"case_management": "PIM WM2 2015 §10.4"}
# The section each category's "add when" condition relates to (the wording, PIM Desk's
# judgement, is in `tier_words.py`).
ADD_CONDITION_SECTIONS: dict[str, str] = {
    "protection_needs_assessment": "PIM WM2 2015 §9.2",
    "protection_monitoring": "PIM WM2 2015 §9.3",
    "case_management": "PIM WM2 2015 §9.4, §10.4",
    "population_data": "PIM WM2 2015 §9.1",
    "protection_response_me": "PIM WM2 2015 §9.5",
    "communicating_with_in_affected_communities": "PIM WM2 2015 §9.8",
    "security_situational_awareness": "PIM WM2 2015 §7.1",
    "sectoral_system_other": "PIM WM2 2015 §7.3",
}


class Tier(str, Enum):
    START_HERE = "start_here"
    ADD_WHEN = "add_when"
    NOT_NEEDED_NOW = "not_needed_now"

    @property
    def label(self) -> str:
        return ENGLISH_TIER_WORDS.tier_label(self.value)


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
    # The content and team texts the sentence quotes (names, explanations, a need), as they
    # appear in `text`: a surface marks one shown in English for want of a translation.
    pieces: tuple[str, ...] = ()

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


def condition_of(category: str, words: TierWords = ENGLISH_TIER_WORDS) -> tuple[str, str]:
    """The condition that makes `category` worth adding, in the language of `words`, and the
    section it relates to ('' for a category a content pack adds)."""
    return words.condition(category), ADD_CONDITION_SECTIONS.get(category, "")


def _judgement(
    rule: TierRule, text: str, related: str = "", pieces: tuple[str, ...] = ()
) -> TierReason:
    """A reason that is PIM Desk's own judgement (its mark says so, naming what it relates to)."""
    return TierReason(rule, text, related or EDITORIAL, EDITORIAL, pieces)


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
    name = scenario.name if scenario else selection.scenario
    words = content.tier_words

    def said(template: str) -> str:
        return template.format(count=SCENARIO_START, scenario=name, scenario_lower=name.lower())

    decisions: Decisions = {}
    for category in content.category_order:
        weight = weights.get(category, 0.0)
        if category in top:
            reason = _judgement(TierRule.SCENARIO, said(words.scenario_top), SCENARIO_SECTION)
            decisions[category] = TierDecision(category, Tier.START_HERE, "", (reason,))
        elif weight > LIGHT_WEIGHT or (weight and category in first):
            condition, related = condition_of(category, words)
            template = words.scenario_some if category in first else words.scenario_less
            reason = _judgement(TierRule.SCENARIO, said(template), related or SCENARIO_SECTION)
            decisions[category] = TierDecision(category, Tier.ADD_WHEN, condition, (reason,))
        else:
            template = words.scenario_little if weight else words.scenario_none
            reason = _judgement(TierRule.SCENARIO, said(template), SCENARIO_SECTION)
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
        explanation = relationship.explanation
        text = content.tier_words.comes_first.format(explanation=explanation)
        attribution = relationship.attribution
        reason = TierReason(
            TierRule.RISK_ANALYSIS_FIRST,
            text,
            attribution.source,
            attribution.origin,
            (explanation,),
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
            categories, attribution, said = found.categories, found.attribution, found.text
        elif need.source is NeedSource.QUESTION and need.ref in questions:
            asked = questions[need.ref]
            categories, attribution, said = asked.categories, asked.attribution, asked.text
        else:
            continue  # a need in the team's own words names no category
        said = said or need.text  # the content's words, in its language, as the need's page
        for category in categories:
            if category not in result:
                continue
            reason = TierReason(
                TierRule.TEAM_NEED,
                content.tier_words.team_need.format(need=said),
                attribution.source,
                attribution.origin,
                (said,),
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
            name, explanation = _name(content, here), relationship.explanation
            words = content.tier_words
            reason = TierReason(
                TierRule.WORKS_WITH,
                words.works_with.format(name=name, explanation=explanation),
                attribution.source,
                attribution.origin,
                (name, explanation),
            )
            condition = words.condition_works_with.format(name=name)
            result[other] = decision.moved(Tier.ADD_WHEN, reason, condition)
    return result


# ---------------------------------------------------------------------- rule 5: systems running
def systems_running(
    decisions: Decisions, selection: Selection, content: SuggestionContent
) -> Decisions:
    """A category with a system already operating is not needed now: use that system's data
    (§8: discover what systems are or are not operating). One only planned is added when the
    plan falls through."""
    words = content.tier_words
    result = dict(decisions)
    for category, decision in decisions.items():
        status = selection.system_status(category)
        names = ", ".join(s.name for s in selection.system_map if s.category == category)
        if status is SystemStatus.OPERATING:
            template = words.system_operating_named if names else words.system_operating
            reason = _system_reason(template, names)
            result[category] = decision.moved(Tier.NOT_NEEDED_NOW, reason)
        elif status is SystemStatus.PLANNED and decision.tier is Tier.START_HERE:
            template = words.system_planned_named if names else words.system_planned
            reason = _system_reason(template, names)
            result[category] = decision.moved(Tier.ADD_WHEN, reason, words.condition_planned)
    return result


def _system_reason(template: str, names: str) -> TierReason:
    """A reason naming the team's systems of a category (their names are the team's words)."""
    text = template.format(names=names)
    return _judgement(TierRule.SYSTEM_RUNNING, text, "PIM WM2 2015 §8", (names,) if names else ())


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
        words = content.tier_words
        reason = _judgement(TierRule.ACCESS, words.access_limited, "PIM WM2 2015 §7.1")
        result[category] = decision.moved(Tier.ADD_WHEN, reason, words.condition_access)
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
        words = content.tier_words
        reason = _judgement(TierRule.PERSONAL_DATA, words.personal_data_unprotected, section)
        result[category] = decision.moved(Tier.ADD_WHEN, reason, words.condition_personal_data)
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
        words = content.tier_words
        reason = _judgement(TierRule.CAPACITY, words.capacity_limited)
        result[category] = result[category].moved(Tier.ADD_WHEN, reason, words.condition_capacity)
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
