"""The start page stays the same size however much content there is: it names a few scenarios
and links the list of all of them."""

from __future__ import annotations

import pytest

from pimdesk.services.reference import ReferenceService
from pimdesk.ui.browse import home_page as start
from pimdesk.ui.widgets.page_html import anchor


def test_every_scenario_is_named_while_there_are_few(reference: ReferenceService) -> None:
    html = start.home_page(reference, []).html
    assert len(reference.scenarios) <= start.SCENARIOS_NAMED
    for scenario in reference.scenarios:
        assert anchor("scenario", scenario.id, scenario.name) in html
    assert 'href="pim:scenarios' not in html


def test_past_the_bound_the_rest_are_one_link_to_the_list(
    reference: ReferenceService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(start, "SCENARIOS_NAMED", 2)
    html = start.home_page(reference, []).html
    named = [s for s in reference.scenarios if s.name in html]
    assert [s.id for s in named] == [s.id for s in reference.scenarios[:2]]
    assert anchor("scenarios", "", "Scenarios …") in html
