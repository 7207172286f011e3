"""The context builder's names for the team's choices (system status, decision, priority).

Literal `translate()` calls, so Qt's lupdate finds them; the domain's English labels are for
the command line.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from pimdesk.domain.errors import NotFoundError
from pimdesk.domain.selection import Constraint, Decision, RunStatus, SystemStatus, TeamPriority
from pimdesk.domain.tiers import Tier, TierDecision
from pimdesk.services.reference import ReferenceService

translate = QCoreApplication.translate


def system_status_label(status: SystemStatus) -> str:
    labels = {
        SystemStatus.OPERATING: translate("ContextLabels", "Operating"),
        SystemStatus.PLANNED: translate("ContextLabels", "Planned"),
        SystemStatus.NOT_OPERATING: translate("ContextLabels", "Not operating"),
        SystemStatus.UNKNOWN: translate("ContextLabels", "Unknown"),
    }
    return labels[status]


def tier_label(tier: Tier) -> str:
    labels = {
        Tier.START_HERE: translate("ContextLabels", "Start here"),
        Tier.ADD_WHEN: translate("ContextLabels", "Add when …"),
        Tier.NOT_NEEDED_NOW: translate("ContextLabels", "Not needed now"),
    }
    return labels[tier]


def tier_decision_label(decision: TierDecision) -> str:
    """A category's tier, with the condition that would add it."""
    if decision.tier is Tier.ADD_WHEN:
        return translate("Suggestions", "Add when {condition}").format(condition=decision.condition)
    return tier_label(decision.tier)


def run_status_label(status: RunStatus) -> str:
    labels = {
        RunStatus.OPERATING: translate("ContextLabels", "Operating"),
        RunStatus.PLANNED: translate("ContextLabels", "Planned"),
        RunStatus.STOPPED: translate("ContextLabels", "Stopped"),
    }
    return labels[status]


def constraint_label(constraint: Constraint) -> str:
    labels = {
        Constraint.ACCESS_LIMITED: translate("ContextLabels", "Access is limited"),
        Constraint.CAPACITY_LIMITED: translate("ContextLabels", "Our capacity is limited"),
        Constraint.PERSONAL_DATA_UNPROTECTED: translate(
            "ContextLabels", "Personal data cannot be protected yet"
        ),
    }
    return labels[constraint]


def decision_label(decision: Decision) -> str:
    labels = {
        Decision.SUGGESTED: translate("ContextLabels", "To decide"),
        Decision.ACCEPTED: translate("ContextLabels", "Accepted"),
        Decision.REJECTED: translate("ContextLabels", "Rejected"),
    }
    return labels[decision]


def priority_label(priority: TeamPriority | None) -> str:
    labels = {
        None: translate("ContextLabels", "No priority"),
        TeamPriority.HIGH: translate("ContextLabels", "High"),
        TeamPriority.MEDIUM: translate("ContextLabels", "Medium"),
        TeamPriority.LOW: translate("ContextLabels", "Low"),
    }
    return labels[priority]


def counted(count: int, one: str, many: str) -> str:
    """`one` (already translated) for a count of 1, else `many` with {n} filled in: plain
    English has two forms; a translation can say more in its own `many`."""
    return one if count == 1 else many.format(n=count)


def not_in_content_badge() -> str:
    """The marker of a reference the current content no longer has (kept, never dropped)."""
    return translate("ContextLabels", "[Not in the current content]")


def safe_file_stem(name: str) -> str:
    """A selection name as a file name: the name is data, so characters a folder refuses go."""
    cleaned = "".join("-" if c in '\\/:*?"<>|' or ord(c) < 32 else c for c in name).strip(" .")
    return cleaned[:120] or "selection"


def scenario_namer(reference: ReferenceService) -> Callable[[str], str]:
    """A scenario's name from its ID; the ID itself when the content no longer has it."""

    def scenario_name(scenario_id: str) -> str:
        try:
            return reference.scenario(scenario_id).name
        except NotFoundError:
            return scenario_id

    return scenario_name
