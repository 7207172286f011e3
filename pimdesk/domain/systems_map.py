"""The context's systems map read against what it needs: gaps and overlaps.

A *gap* is a category the context needs (it starts here, or the team accepted it) with no system
operating or planned on the map; an *overlap* is two systems or more of the same category that
are operating or planned (two systems doing the same job, to be joined or divided up). The
briefing's gaps section calls `map_findings`.
"""

from __future__ import annotations

from collections.abc import Iterable

from pimdesk.domain.errors import InvalidInputError
from pimdesk.domain.records import record
from pimdesk.domain.selection import (
    MAX_SHORT_TEXT_CHARACTERS,
    Decision,
    PimSystem,
    RunStatus,
    Selection,
    SystemStatus,
    check_text,
)
from pimdesk.domain.tiers import Tier, TierDecision

ACTIVE = (RunStatus.OPERATING, RunStatus.PLANNED)


@record
class Gap:
    """A needed category that no operating or planned system covers."""

    category: str
    why: str  # "start_here" or "accepted"


@record
class Overlap:
    """Systems of one category that are all operating or planned: the same job done twice."""

    category: str
    systems: tuple[PimSystem, ...]


@record
class MapFindings:
    gaps: tuple[Gap, ...]
    overlaps: tuple[Overlap, ...]


def needed_categories(selection: Selection, decisions: Iterable[TierDecision]) -> dict[str, str]:
    """The categories the context needs, and why: the team accepted it, or it starts here."""
    needed = {d.category: "start_here" for d in decisions if d.tier is Tier.START_HERE}
    for choice in selection.choices:
        if choice.decision is Decision.ACCEPTED:
            needed[choice.category] = "accepted"
        elif choice.decision is Decision.REJECTED:
            needed.pop(choice.category, None)  # the team's word outranks the rules
    return needed


def gaps(selection: Selection, decisions: Iterable[TierDecision]) -> tuple[Gap, ...]:
    """Needed categories with no system operating or planned (on the map or, for an older
    selection, in its per-category status)."""
    found = []
    for category, why in needed_categories(selection, decisions).items():
        if selection.system_status(category) not in (SystemStatus.OPERATING, SystemStatus.PLANNED):
            found.append(Gap(category, why))
    return tuple(found)


def overlaps(selection: Selection) -> tuple[Overlap, ...]:
    """Categories with two systems or more operating or planned, in the map's order."""
    by_category: dict[str, list[PimSystem]] = {}
    for system in selection.system_map:
        if system.status in ACTIVE:
            by_category.setdefault(system.category, []).append(system)
    return tuple(Overlap(c, tuple(found)) for c, found in by_category.items() if len(found) > 1)


def map_findings(selection: Selection, decisions: Iterable[TierDecision]) -> MapFindings:
    """The gaps and overlaps of `selection`'s systems map, given its tiers (see `tiers.tiers`)."""
    return MapFindings(gaps(selection, list(decisions)), overlaps(selection))


def check_system(system: PimSystem) -> PimSystem:
    """A system as stored: a name, a category, every text trimmed and within its limit."""
    name = check_text(system.name, "system name", MAX_SHORT_TEXT_CHARACTERS)
    if not name:
        raise InvalidInputError("A PIM system needs a name (for example 'DTM round 3').")
    if not system.category:
        raise InvalidInputError(f"The system '{name}' needs a category.")
    return PimSystem(
        name=name,
        category=system.category,
        status=system.status,
        organisation=check_text(system.organisation, "organisation"),
        shares=check_text(system.shares, "description of what the system shares"),
        frequency=check_text(system.frequency, "sharing frequency"),
        contact=check_text(system.contact, "contact"),
    )
