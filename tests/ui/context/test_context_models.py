"""The context builder's models pass pytest-qt's model tester and show what they should."""

from __future__ import annotations

import datetime
from dataclasses import replace

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from pimdesk.domain.selection import (
    CategoryChoice,
    DataNeed,
    Decision,
    NeedSource,
    Selection,
    TeamPriority,
)
from pimdesk.services.container import Services
from pimdesk.ui.context.compare_dialog import ComparisonModel, DifferencesFilter
from pimdesk.ui.context.context_labels import scenario_namer
from pimdesk.ui.context.context_list_model import (
    ID_ROLE,
    TRASH_COLUMNS,
    SelectionsModel,
)
from pimdesk.ui.context.needs_picker import NeedChoicesModel, need_options
from pimdesk.ui.context.suggestions_model import COLUMNS, SuggestionsModel, category_rows
from pimdesk.ui.widgets.model_index import GROUP_ROLE

pytestmark = pytest.mark.gui
SECURITY = "security_situational_awareness"


def listed(model: object, column: int = 0) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]  # type: ignore[attr-defined]


@pytest.fixture
def three(services: Services) -> list[Selection]:
    """Three contexts changed on three days, the last one last."""
    selections = services.selections
    made = [
        selections.create("Kasai floods", "sudden_onset_emergency", place="Tshikapa"),
        selections.create("Goma camps", "protracted_emergency", place="North Kivu",
                          categories=("case_management", "population_data")),
        selections.create("Returns to Mosul", "comprehensive_solutions", place="Ninewa"),
    ]  # fmt: skip
    day = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
    return [
        services.user_store.save(replace(s, modified=day + datetime.timedelta(days=n)), touch=False)
        for n, s in enumerate(made)
    ]


def test_the_list_model_filters_and_sorts_the_summaries(
    qtmodeltester, services: Services, three: list[Selection]
) -> None:  # type: ignore[no-untyped-def]
    model = SelectionsModel(lambda: services.selections, scenario_namer(services.reference))
    qtmodeltester.check(model)
    model.refresh()
    qtmodeltester.check(model)
    assert listed(model) == ["Returns to Mosul", "Goma camps", "Kasai floods"]  # newest first
    assert listed(model, model.column_of("accepted")) == ["0", "2", "0"]
    assert model.index(1, 1).data() == "Protracted emergency"
    model.set_filter("KIVU")  # the place, in any case
    assert listed(model) == ["Goma camps"] and model.total == 3
    model.set_filter("emergency kasai")  # every word, across name and scenario
    assert listed(model) == ["Kasai floods"]
    model.sort(0, Qt.SortOrder.AscendingOrder)  # a header click: the filter holds
    assert listed(model) == ["Kasai floods"]
    model.set_filter("")
    assert listed(model) == ["Goma camps", "Kasai floods", "Returns to Mosul"]
    model.sort(model.column_of("accepted"), Qt.SortOrder.DescendingOrder)
    assert listed(model)[0] == "Goma camps"
    assert model.index(0, 0).data(ID_ROLE) == three[1].id
    model.refresh()  # a refresh keeps the order chosen
    assert listed(model)[0] == "Goma camps"


def test_a_sort_keeps_the_views_place(services: Services, three: list[Selection]) -> None:
    model = SelectionsModel(lambda: services.selections, scenario_namer(services.reference))
    model.refresh()
    kept = QPersistentModelIndex(model.index(model.row_of(three[0].id), 2))
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert kept.row() == model.row_of(three[0].id) and kept.column() == 2
    assert kept.data() == "Tshikapa"


def test_the_trash_says_until_when_a_context_is_kept(
    qtmodeltester, services: Services, three: list[Selection]
) -> None:  # type: ignore[no-untyped-def]
    services.selections.delete(three[0].id)
    kept_for = services.selections.trash_kept_for
    assert kept_for == datetime.timedelta(days=30)
    model = SelectionsModel(
        lambda: services.selections, scenario_namer(services.reference), TRASH_COLUMNS, kept_for,
        deleted=True,
    )  # fmt: skip
    model.refresh()
    qtmodeltester.check(model)
    deleted = services.selections.trash()[0].deleted
    assert deleted is not None
    until = (deleted + kept_for).astimezone().strftime("%Y-%m-%d")
    assert [model.index(0, c).data() for c in (0, 4)] == ["Kasai floods", until]
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Kept until"


def test_the_suggestions_model_lists_suggested_then_hand_added_then_unknown(
    qtmodeltester, qtbot, services: Services
) -> None:  # type: ignore[no-untyped-def]
    selection = Selection.new("Goma", "protracted_emergency")
    selection = selection.with_choice(
        CategoryChoice(SECURITY, Decision.ACCEPTED, TeamPriority.HIGH, "First  of all\nthis")
    ).with_choice(CategoryChoice("retired_category", Decision.ACCEPTED, None, "kept"))
    names = {c.id: c.name for c in services.reference.categories}
    suggested = services.selections.suggestions(selection)
    suggestions = [s for s in suggested if s.category != "case_management"]
    model = SuggestionsModel()
    qtmodeltester.check(model)
    model.set_rows(category_rows(suggestions, selection, names))
    qtmodeltester.check(model)
    shown = [COLUMNS.index(c) for c in ("category", "decision", "priority", "why", "notes")]
    rows = [[model.index(r, c).data() for c in shown] for r in range(model.rowCount())]
    assert model.index(0, COLUMNS.index("tier")).data() == ""  # no tiers asked for
    assert rows[0] == [
        "Security and Situational Awareness",
        "Accepted",
        "High",
        "Suggested first: risk analysis",
        "First of all this",
    ]
    assert rows[1][1:3] == ["To decide", ""] and rows[1][3].startswith("Suggested (")
    assert rows[-1][:4] == ["retired_category", "Accepted", "", "[Not in the current content]"]
    kept = QPersistentModelIndex(model.index(1, 0))
    rejected = selection.with_choice(CategoryChoice(SECURITY, Decision.REJECTED))
    with qtbot.assertNotEmitted(model.modelReset):  # the same rows repaint: the view keeps its row
        model.set_rows(category_rows(suggestions, rejected, names))
    assert model.index(0, COLUMNS.index("decision")).data() == "Rejected" and kept.row() == 1
    suggestions.append(suggested[-1])  # Case Management comes back: a new list
    with qtbot.waitSignal(model.modelReset, timeout=0):
        model.set_rows(category_rows(suggestions, rejected, names))


def test_with_tiers_every_category_is_listed_start_here_first(
    qtmodeltester, services: Services
) -> None:  # type: ignore[no-untyped-def]
    selection = Selection.new("Goma", "sudden_onset_emergency").with_choice(
        CategoryChoice("retired_category", Decision.ACCEPTED)
    )
    names = {c.id: c.name for c in services.reference.categories}
    tiers = services.selections.tiers(selection)
    model = SuggestionsModel()
    model.set_rows(
        category_rows(services.selections.suggestions(selection), selection, names, tiers)
    )
    qtmodeltester.check(model)
    column = COLUMNS.index("tier")
    shown = [model.index(r, column).data() for r in range(model.rowCount())]
    assert len(shown) == len(names) + 1
    starting = sum(text == "Start here" for text in shown)
    assert 1 <= starting <= 4 and shown[:starting] == ["Start here"] * starting
    assert all(text.startswith("Add when ") for text in shown if "Add" in text)
    assert shown[-2] == "Not needed now" and shown[-1] == ""  # the retired category, kept
    assert model.index(model.rowCount() - 1, 0).data() == "retired_category"


def test_the_needs_model_checks_what_the_team_picked(qtmodeltester, services: Services) -> None:  # type: ignore[no-untyped-def]
    reference = services.reference
    own = DataNeed(NeedSource.CUSTOM, "Where are the checkpoints?")
    gone = DataNeed(NeedSource.QUESTION, "A retired question", "q_retired")
    model = NeedChoicesModel()
    qtmodeltester.check(model)
    options = need_options(reference, "protracted_emergency", (own, gone))
    model.set_options(options, (own, gone))
    qtmodeltester.check(model)
    groups = [o.group for o in options]
    assert groups[0] == "must_have" and groups[-2:] == ["custom", "unknown"]
    assert "question" in groups and "nice_to_have" in groups
    texts = listed(model)
    assert texts[-2:] == ["Where are the checkpoints?", "A retired question"]
    # Each under its group's heading (P9), and said with its group to a screen reader.
    last, before = model.index(len(options) - 1), model.index(len(options) - 2)
    assert [before.data(GROUP_ROLE), last.data(GROUP_ROLE)] == [
        "In your own words",
        "Not in the current content",
    ]
    assert last.data(Qt.ItemDataRole.AccessibleTextRole) == (
        "[Not in the current content] A retired question"
    )
    assert before.data(Qt.ItemDataRole.AccessibleTextRole) == (
        "[Your words] Where are the checkpoints?"
    )
    checked = Qt.CheckState.Checked
    assert model.index(len(options) - 1).data(Qt.ItemDataRole.CheckStateRole) == checked
    assert model.setData(model.index(0), checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.chosen_needs((own, gone)) == (own, gone, options[0].need)  # new picks last
    unchecked = Qt.CheckState.Unchecked.value
    assert model.setData(model.index(len(options) - 2), unchecked, Qt.ItemDataRole.CheckStateRole)
    assert model.chosen_needs((own, gone)) == (gone, options[0].need)


def test_the_comparison_model_marks_differences_in_words(
    qtmodeltester, services: Services, three: list[Selection]
) -> None:  # type: ignore[no-untyped-def]
    selections = services.selections
    left = selections.save(
        three[0].with_choice(CategoryChoice("case_management", Decision.ACCEPTED, TeamPriority.LOW))
    )
    model = ComparisonModel(left.name, three[1].name)
    proxy = DifferencesFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(model)
    model.set_rows(selections.compare(left.id, three[1].id))
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Kasai floods"
    case = listed(model).index("Case Management")
    assert [model.index(case, c).data() for c in (1, 2, 3)] == [
        "Accepted, priority low",
        "Accepted",
        "Different",
    ]
    proxy.set_only_differences(True)
    assert listed(proxy) == ["Case Management", "Population Data"]
