"""Selections through the services: create, edit, duplicate, compare, share, import safely."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from pimdesk.domain.errors import InvalidInputError, NotFoundError
from pimdesk.domain.selection import (
    CategoryChoice,
    DataNeed,
    Decision,
    NeedSource,
    SystemStatus,
    TeamPriority,
)
from pimdesk.paths import AppPaths
from pimdesk.services.container import Services


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    built = Services(AppPaths.resolve(tmp_path / "data"))
    yield built
    built.close()


def test_create_validates_scenario_and_categories(services: Services) -> None:
    with pytest.raises(InvalidInputError, match="There is no scenario 'war'"):
        services.selections.create("Kasai", "war")
    with pytest.raises(InvalidInputError, match="There is no category 'health'"):
        services.selections.create("Kasai", "protracted_emergency", categories=("health",))
    assert services.selections.summaries() == []


def test_create_edit_rename_duplicate_delete_restore(services: Services) -> None:
    selections = services.selections
    created = selections.create("Kasai", "protracted_emergency", categories=("case_management",))
    edited = selections.save(
        created.with_choice(CategoryChoice("protection_monitoring", Decision.ACCEPTED,
                                           TeamPriority.HIGH, "Weekly"))
        .with_system("case_management", SystemStatus.OPERATING)
    )  # fmt: skip
    assert selections.get(created.id) == edited
    renamed = selections.rename(created.id, "Kasai 2026")
    copy = selections.duplicate(created.id)
    assert copy.name == "Kasai 2026 (copy)"
    assert copy.choices == renamed.choices and copy.id != renamed.id
    assert selections.duplicate(created.id).name == "Kasai 2026 (copy) 2"
    selections.delete(created.id)
    assert [s.name for s in selections.trash()] == ["Kasai 2026"]
    with pytest.raises(NotFoundError):
        selections.find("Kasai 2026")
    selections.restore(created.id)
    assert selections.find("kasai 2026").id == created.id


def test_compare_two_selections_side_by_side(services: Services) -> None:
    selections = services.selections
    left = selections.create("Left", "protracted_emergency", categories=("case_management",))
    right = selections.create("Right", "protracted_emergency", categories=("population_data",))
    rows = {row.category: row for row in selections.compare(left.id, right.id)}
    assert len(rows) == 8
    assert rows["case_management"].differs and rows["population_data"].differs
    assert not rows["protection_monitoring"].differs


def test_export_then_import_on_a_fresh_data_folder_gives_an_equal_selection(
    services: Services, tmp_path: Path
) -> None:
    original = services.selections.create(
        "Réponse Kasaï / نزوح", "comprehensive_solutions", place="Tshikapa",
        categories=("population_data", "case_management"), notes="Notes « ok »",
    )  # fmt: skip
    target = services.selections.export(original.id, tmp_path / "kasai.pimsel")
    other = Services(AppPaths.resolve(tmp_path / "elsewhere"))
    try:
        result = other.selections.import_file(target)
        assert result.selection == original
        assert result.report == ()
        assert other.selections.find(original.name) == original
    finally:
        other.close()


def test_an_exported_need_says_where_its_content_text_comes_from(
    services: Services, tmp_path: Path
) -> None:
    """A .pimsel read outside PIM Desk does not pass PIM Desk's illustration off as the
    source's; the team's own words carry no mark; importing gives the same selection back."""
    reference = services.reference
    item = reference.scenario("sudden_onset_emergency").items[0]
    question = reference.questions[0]
    needs = (
        DataNeed(NeedSource.SCENARIO_ITEM, item.text, item.id),
        DataNeed(NeedSource.QUESTION, question.text, question.id),
        DataNeed(NeedSource.CUSTOM, "Who runs the border post now"),
    )
    original = services.selections.save(
        replace(services.selections.create("Needs", "sudden_onset_emergency"), needs=needs)
    )
    target = services.selections.export(original.id, tmp_path / "needs.pimsel")
    written = json.loads(target.read_text("utf-8"))["selection"]["needs"]
    assert written[0]["provenance"]["class"] == "editorial"
    assert written[0]["provenance"]["label"].startswith(
        "PIM Desk's illustration — not from the source"
    )
    assert written[1]["provenance"]["class"] == question.attribution.origin
    assert written[1]["provenance"]["section"] == question.attribution.source
    assert "provenance" not in written[2]
    other = Services(AppPaths.resolve(tmp_path / "elsewhere"))
    try:
        assert other.selections.import_file(target).selection.needs == needs
    finally:
        other.close()


def test_an_import_never_overwrites_silently(services: Services, tmp_path: Path) -> None:
    original = services.selections.create("Kasai", "protracted_emergency")
    target = services.selections.export(original.id, tmp_path / "kasai.pimsel")
    edited = services.selections.save(replace(original, notes="local edits"))
    result = services.selections.import_file(target)
    assert result.selection.name == "Kasai (imported)"
    assert "imported as 'Kasai (imported)'" in result.report[0]
    assert services.selections.find("Kasai").notes == edited.notes
    replaced = services.selections.import_file(target, replace_existing=True)
    assert replaced.selection.name == "Kasai"
    assert [s.name for s in services.selections.trash()] == ["Kasai"]


def test_unknown_categories_are_kept_and_reported(services: Services, tmp_path: Path) -> None:
    original = services.selections.create("Kasai", "protracted_emergency")
    path = services.selections.export(original.id, tmp_path / "kasai.pimsel")
    document = json.loads(path.read_text(encoding="utf-8"))
    document["selection"]["choices"].append(
        {"category": "human_rights_observatory", "decision": "accepted", "priority": None,
         "notes": "from a newer content version"}
    )  # fmt: skip
    document["selection"]["systems"]["legacy_system"] = "operating"
    path.write_text(json.dumps(document), encoding="utf-8")
    services.selections.delete(original.id)
    result = services.selections.import_file(path)
    assert result.report == (
        "kept, but not in this PIM Desk's content: category 'human_rights_observatory', "
        "category 'legacy_system'",
    )
    stored = services.selections.find("Kasai")
    assert stored.choice("human_rights_observatory") is not None
    assert services.selections.unknown_references(stored) == [
        "category 'human_rights_observatory'", "category 'legacy_system'"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"not json", "damaged or truncated"), (b'{"format": "pimdesk-selection", "version": 9}',
      "newer than this PIM Desk reads")],
)  # fmt: skip
def test_a_bad_file_changes_nothing(
    services: Services, tmp_path: Path, content: bytes, message: str
) -> None:
    services.selections.create("Kasai", "protracted_emergency")
    before = services.selections.summaries()
    path = tmp_path / "bad.pimsel"
    path.write_bytes(content)
    with pytest.raises(InvalidInputError, match=message):
        services.selections.import_file(path)
    assert services.selections.summaries() == before


def test_an_unknown_scenario_in_a_file_is_refused(services: Services, tmp_path: Path) -> None:
    original = services.selections.create("Kasai", "protracted_emergency")
    path = services.selections.export(original.id, tmp_path / "kasai.pimsel")
    path.write_text(path.read_text(encoding="utf-8").replace("protracted_emergency", "war"))
    with pytest.raises(InvalidInputError, match="There is no scenario 'war'"):
        services.selections.import_file(path)


def test_reading_content_writes_no_user_data(tmp_path: Path) -> None:
    services = Services(AppPaths.resolve(tmp_path / "data"))
    assert services.reference.categories
    services.close()
    assert not (tmp_path / "data").exists()


def test_the_systems_map_travels_in_a_pimsel_file_and_an_old_file_still_imports(
    services: Services, tmp_path: Path
) -> None:
    from pimdesk.domain.selection import Constraint, PimSystem, RunStatus
    from tests.domain.test_selection_file import VERSION_1_FILE

    selections = services.selections
    kasai = selections.create("Kasai", "sudden_onset_emergency")
    dtm = PimSystem("DTM round 3", "population_data", RunStatus.OPERATING, "IOM", "Figures")
    kasai = selections.add_system(kasai.id, dtm)
    kasai = selections.edit(kasai.id, constraints=(Constraint.ACCESS_LIMITED,))
    target = selections.export(kasai.id, tmp_path / "kasai.pimsel")
    assert json.loads(target.read_bytes())["version"] == 2
    imported = selections.import_file(target).selection
    assert imported.name == "Kasai (imported)"
    assert (imported.system_map, imported.constraints) == ((dtm,), (Constraint.ACCESS_LIMITED,))
    old = tmp_path / "old.pimsel"
    old.write_bytes(VERSION_1_FILE)
    result = selections.import_file(old)
    assert result.selection.system_map == () and result.selection.systems
    assert selections.get(result.selection.id).system_status("protection_monitoring").value == (
        "operating"
    )


def test_systems_and_choices_are_edited_one_at_a_time(services: Services) -> None:
    from pimdesk.domain.selection import Decision, PimSystem, TeamPriority

    selections = services.selections
    kasai = selections.create("Kasai", "sudden_onset_emergency")
    with pytest.raises(InvalidInputError, match="There is no category 'nope'"):
        selections.add_system(kasai.id, PimSystem("X", "nope"))
    with pytest.raises(InvalidInputError, match="needs a name"):
        selections.add_system(kasai.id, PimSystem(" ", "population_data"))
    selections.add_system(kasai.id, PimSystem("DTM", "population_data"))
    with pytest.raises(InvalidInputError, match="already has a system named 'dtm'"):
        selections.add_system(kasai.id, PimSystem("dtm", "case_management"))
    assert selections.map_findings(selections.get(kasai.id)).overlaps == ()
    selections.add_system(kasai.id, PimSystem("Registration", "population_data"))
    findings = selections.map_findings(selections.get(kasai.id))
    assert [o.category for o in findings.overlaps] == ["population_data"]
    selections.remove_system(kasai.id, "registration")
    with pytest.raises(InvalidInputError, match="no system named 'Registration'"):
        selections.remove_system(kasai.id, "Registration")
    edited = selections.set_choice(
        kasai.id, "case_management", decision=Decision.ACCEPTED, priority=TeamPriority.LOW
    )
    edited = selections.set_choice(kasai.id, "case_management", notes="Pathway ready")
    choice = edited.choice("case_management")
    assert choice is not None
    assert (choice.decision, choice.priority, choice.notes) == (
        Decision.ACCEPTED,
        TeamPriority.LOW,
        "Pathway ready",
    )
    edited = selections.edit(kasai.id, place="Tshikapa", notes="Weekly")
    assert (edited.place, edited.notes, edited.scenario) == ("Tshikapa", "Weekly", kasai.scenario)
