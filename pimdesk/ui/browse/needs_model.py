"""'What data do I need?': guiding questions and scenario data needs, as a filterable list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QObject,
    QSortFilterProxyModel,
    Qt,
)

from pimdesk.domain.content import Attribution, Priority, Scenario, ScenarioItem
from pimdesk.domain.records import record
from pimdesk.services.reference import ReferenceService
from pimdesk.ui import labels
from pimdesk.ui.locations import link
from pimdesk.ui.widgets.model_index import GROUP_ROLE, LOCATION_ROLE, ROOT, Index
from pimdesk.ui.widgets.page_html import provenance
from pimdesk.ui.widgets.proxy_tools import refilter_rows

translate = QCoreApplication.translate
SCENARIOS_ROLE = Qt.ItemDataRole.UserRole + 2


@record
class NeedEntry:
    """A question or a data need, the scenarios it belongs to (empty: every scenario)."""

    kind: str  # "question" or "need"
    id: str
    label: str  # the text, with its provenance mark
    description: str
    scenarios: frozenset[str]
    group: str  # the heading it is listed under ("Guiding questions", "Must have: …")
    spoken: str  # the label with its group, for screen readers, which hear no heading

    @property
    def url(self) -> str:
        return link(self.kind, self.id)


def _mark(reference: ReferenceService, attribution: Attribution) -> str:
    """' [PIM Desk's illustration]' after a text that is not the source's, else ''."""
    value = provenance(reference, attribution.origin, attribution.source)
    return "" if value.is_source else f" [{value.mark}]"


def need_entries(reference: ReferenceService) -> list[NeedEntry]:
    """The guiding questions, then each scenario's must-haves and nice-to-haves."""
    question_word = translate("Needs", "Question")
    questions = translate("Needs", "Guiding questions")
    entries = []
    for q in reference.questions:
        label = f"{q.text}{_mark(reference, q.attribution)}"
        entries.append(
            NeedEntry(
                "question",
                q.id,
                label,
                translate("Needs", "A guiding question; opens the categories that answer it"),
                frozenset(q.scenarios),
                questions,
                f"{question_word}: {label}",
            )
        )
    for scenario in reference.scenarios:
        for priority in (Priority.MUST_HAVE, Priority.NICE_TO_HAVE):
            entries += [_need(reference, scenario, item) for item in scenario.items_with(priority)]
    return entries


def _need(reference: ReferenceService, scenario: Scenario, item: ScenarioItem) -> NeedEntry:
    priority = labels.priority_label(item.priority)
    label = f"{item.text}{_mark(reference, item.attribution)}"
    within = translate("Needs", "{priority} in the scenario {scenario}").format(
        priority=priority, scenario=scenario.name
    )
    return NeedEntry(
        "need",
        item.id,
        label,
        within,
        frozenset({scenario.id}),
        translate("Needs", "{priority}: {scenario}").format(
            priority=priority, scenario=scenario.name
        ),
        f"[{priority}] {label}",
    )


class NeedsModel(QAbstractListModel):
    def __init__(self, entries: list[NeedEntry], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries = entries

    def entry(self, row: int) -> NeedEntry:
        return self._entries[row]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == SCENARIOS_ROLE:
            return sorted(entry.scenarios)
        return {
            Qt.ItemDataRole.DisplayRole: entry.label,
            Qt.ItemDataRole.AccessibleTextRole: entry.spoken,
            Qt.ItemDataRole.ToolTipRole: entry.description,
            Qt.ItemDataRole.AccessibleDescriptionRole: entry.description,
            GROUP_ROLE: entry.group,
            LOCATION_ROLE: entry.url,
        }.get(role)


class NeedsFilter(QSortFilterProxyModel):
    """Filters by the words typed and by the scenario chosen ('' for every scenario)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._scenario = ""
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_scenario(self, scenario_id: str) -> None:
        def change() -> None:
            self._scenario = scenario_id

        refilter_rows(self, change)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._scenario:
            index = self.sourceModel().index(source_row, 0, source_parent)
            scenarios = index.data(SCENARIOS_ROLE) or []
            if scenarios and self._scenario not in scenarios:
                return False
        return super().filterAcceptsRow(source_row, source_parent)
