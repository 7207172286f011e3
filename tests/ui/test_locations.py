"""Locations (`pim:` addresses) and the back/forward history, without Qt."""

from __future__ import annotations

import pytest

from pimdesk.ui.locations import History, Location, link


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("pim:term/refoulement", Location("term", "refoulement")),
        ("pim:matrix", Location("matrix")),
        ("pim:cell/case_management.outputs", Location("cell", "case_management.outputs")),
        ("pim:access#restriction_of_movement", Location("access", "", "restriction_of_movement")),
    ],
)
def test_an_address_names_a_location_and_back(address: str, expected: Location) -> None:
    location = Location.parse(address)
    assert location == expected
    assert location is not None and location.anchor == expected.anchor
    assert location.url == address


@pytest.mark.parametrize(
    "address",
    [
        "http://example.org",
        "pim:",
        "pim:nosuchkind/x",
        "pim:term/../../etc",
        "pim:term/a b",
        "file:///etc/passwd",
        "term/refoulement",
        "pim:term/x#<script>",
    ],
)
def test_anything_else_is_not_a_location(address: str) -> None:
    assert Location.parse(address) is None


def test_the_anchor_is_not_part_of_a_pages_identity() -> None:
    assert Location("category", "x", "relationships") == Location("category", "x")
    assert link("category", "x", "merged") == "pim:category/x#merged"


def test_history_goes_back_and_forward_and_a_new_step_drops_the_forward_entries() -> None:
    history = History()
    assert history.current is None and not history.can_go_back
    for name in ("a", "b", "c"):
        history.visit(Location("term", name))
    assert history.back() == Location("term", "b")
    assert history.back() == Location("term", "a")
    assert history.back() is None
    assert history.forward() == Location("term", "b")
    history.visit(Location("term", "d"))
    assert not history.can_go_forward
    assert history.back() == Location("term", "b")


def test_visiting_the_current_page_again_adds_no_step() -> None:
    history = History()
    history.visit(Location("home"))
    history.visit(Location("home"))
    assert not history.can_go_back
    history.visit(Location("about", "", "vision"))
    history.visit(Location("about", "", "mission"))  # another place in the same page is a step
    assert history.back() == Location("about", "", "vision")


def test_history_is_bounded() -> None:
    history = History(limit=5)
    for number in range(20):
        history.visit(Location("term", f"t{number}"))
    steps = 0
    while history.back() is not None:
        steps += 1
    assert steps == 4
    assert history.current == Location("term", "t15")
