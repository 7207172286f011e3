"""Each suggestion rule on its own, with content built in the test so every reason is known."""

from __future__ import annotations

from pimdesk.domain.content import (
    Attribution,
    Priority,
    Question,
    Relationship,
    Scenario,
    ScenarioItem,
)
from pimdesk.domain.selection import DataNeed, NeedSource, Selection, SystemStatus
from pimdesk.domain.suggestions import Rule, SuggestionContent, suggest

SOURCE = Attribution("PIM WM2 2015 §11", "editorial")
ORDER = ("assessment", "monitoring", "cases", "population", "security")


def item(item_id: str, priority: Priority, *categories: str) -> ScenarioItem:
    return ScenarioItem(item_id, "sudden", priority, f"Item {item_id}", categories, SOURCE)


def content(
    *relationships: Relationship, items: tuple[ScenarioItem, ...] = ()
) -> SuggestionContent:
    scenario = Scenario("sudden", "Sudden-onset emergency", 1, "", items, SOURCE)
    question = Question("who_how_many", "Who and how many?", ("population",), (), SOURCE)
    return SuggestionContent(
        category_order=ORDER,
        category_names={c: c.title() for c in ORDER},
        scenarios=(scenario,),
        questions=(question,),
        relationships=relationships,
    )


def relation(rid: str, kind: str, a: str, b: str) -> Relationship:
    return Relationship(
        rid, a, b, kind, f"Explanation {rid}", Attribution("PIM WM2 2015 §7.1", "source")
    )


def selection(**details: object) -> Selection:
    return Selection.new("Context", "sudden", **details)


def by_category(result: list) -> dict:  # type: ignore[type-arg]
    return {s.category: s for s in result}


def test_must_have_items_suggest_the_categories_that_produce_them() -> None:
    found = by_category(
        suggest(selection(), content(items=(item("a", Priority.MUST_HAVE, "monitoring"),)))
    )
    reasons = found["monitoring"].reasons_for(Rule.MUST_HAVE)
    assert [r.ref for r in reasons] == ["scenario_item:a"]
    assert reasons[0].text == "Produces a must-have for a sudden-onset emergency: Item a"
    assert reasons[0].source == "PIM WM2 2015 §11"


def test_must_have_outranks_nice_to_have() -> None:
    items = (item("a", Priority.NICE_TO_HAVE, "cases"), item("b", Priority.MUST_HAVE, "population"))
    ranked = [s.category for s in suggest(selection(), content(items=items))]
    assert ranked.index("population") < ranked.index("cases")
    assert by_category(suggest(selection(), content(items=items)))["cases"].reasons_for(
        Rule.NICE_TO_HAVE
    )


def test_the_teams_needs_suggest_the_categories_that_answer_them() -> None:
    needs = (DataNeed(NeedSource.QUESTION, "Who and how many?", "who_how_many"),
             DataNeed(NeedSource.CUSTOM, "Our own words"))  # fmt: skip
    found = by_category(suggest(selection(needs=needs), content()))
    assert list(found) == ["population"]
    reason = found["population"].reasons_for(Rule.TEAM_NEED)[0]
    assert (reason.text, reason.ref) == (
        "Answers your need: Who and how many?",
        "question:who_how_many",
    )


def test_the_risk_analysis_comes_first() -> None:
    items = (
        item("a", Priority.MUST_HAVE, "monitoring"),
        item("b", Priority.MUST_HAVE, "monitoring"),
    )
    result = suggest(
        selection(), content(relation("sec_pm", "precedes", "security", "monitoring"), items=items)
    )
    assert [s.category for s in result] == ["security", "monitoring"]
    assert result[0].first
    assert result[0].reasons_for(Rule.RISK_ANALYSIS_FIRST)[0].ref == "relationship:sec_pm"


def test_precedence_is_only_suggested_for_a_needed_category() -> None:
    result = suggest(selection(), content(relation("sec_pm", "precedes", "security", "monitoring")))
    assert result == []


def test_related_categories_are_suggested_with_the_relationship() -> None:
    items = (item("a", Priority.MUST_HAVE, "monitoring"),)
    found = by_category(
        suggest(
            selection(),
            content(relation("pm_cm", "complements", "monitoring", "cases"), items=items),
        )
    )
    reason = found["cases"].reasons_for(Rule.WORKS_WITH)[0]
    assert reason.text == "Works with Monitoring: Explanation pm_cm"
    assert found["cases"].score < found["monitoring"].score


def test_a_needed_system_that_does_not_operate_is_a_gap() -> None:
    items = (item("a", Priority.MUST_HAVE, "monitoring", "cases"),)
    chosen = selection(
        systems=(("monitoring", SystemStatus.NOT_OPERATING), ("cases", SystemStatus.OPERATING))
    )
    found = by_category(suggest(chosen, content(items=items)))
    assert found["monitoring"].reasons_for(Rule.GAP)
    assert not found["cases"].reasons_for(Rule.GAP)
    assert found["cases"].reasons_for(Rule.OPERATING)
    assert found["monitoring"].score > found["cases"].score


def test_an_unknown_scenario_gives_no_scenario_reasons() -> None:
    other = Selection.new("Context", "no_such_scenario")
    assert suggest(other, content(items=(item("a", Priority.MUST_HAVE, "monitoring"),))) == []


def test_the_real_content_puts_security_first_for_every_scenario(reference) -> None:  # type: ignore[no-untyped-def]
    from pimdesk.services.selections import SelectionService

    service = SelectionService.__new__(SelectionService)
    service._reference = reference
    for scenario in reference.scenarios:
        result = suggest(Selection.new("x", scenario.id), service.suggestion_content())
        assert result[0].category == "security_situational_awareness"
        assert all(reason.source for s in result for reason in s.reasons)


def test_reasons_are_grouped_in_one_order_for_screen_and_paper() -> None:
    items = (
        item("a", Priority.NICE_TO_HAVE, "monitoring"),
        item("b", Priority.MUST_HAVE, "monitoring"),
    )
    chosen = selection(needs=(DataNeed(NeedSource.QUESTION, "Who?", "who_how_many"),))
    relationships = (relation("sec_pm", "precedes", "monitoring", "population"),)
    found = by_category(suggest(chosen, content(*relationships, items=items)))
    groups = [rule for rule, _ in found["monitoring"].by_rule()]
    assert groups == [Rule.RISK_ANALYSIS_FIRST, Rule.MUST_HAVE, Rule.NICE_TO_HAVE, Rule.GAP]
