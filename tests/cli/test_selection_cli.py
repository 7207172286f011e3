"""`pimdesk selection ...` and `pimdesk db ...` as a user types them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pimdesk.app import main


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_whole_selection_workflow(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = tmp_path / "data"
    code, out, err = run(capsys, data, "selection", "new", "Kasai floods", "--scenario",
                         "protracted_emergency", "--category", "case_management", "--category",
                         "protection_monitoring", "--note", "Weekly meeting")  # fmt: skip
    assert (code, err) == (0, "")
    assert out == "Created the selection 'Kasai floods'.\n"
    code, out, _ = run(capsys, data, "selection", "list", "--json")
    assert [s["name"] for s in json.loads(out)] == ["Kasai floods"]
    code, out, _ = run(capsys, data, "selection", "show", "kasai floods")
    assert "Case Management: Accepted" in out
    start_here = out.split("\nStart here\n")[1].split("\nAdd when …\n")[0]
    assert "Security and Situational Awareness [To decide]" in start_here
    assert "Case Management [Accepted]" in start_here
    assert "(PIM Desk's note on PIM WM2 2015 §7.1)" in start_here
    code, out, _ = run(
        capsys, data, "selection", "export", "Kasai floods", str(tmp_path / "k.pimsel")
    )
    assert code == 0 and (tmp_path / "k.pimsel").exists()
    code, out, _ = run(
        capsys, tmp_path / "fresh", "selection", "import", str(tmp_path / "k.pimsel")
    )
    assert out == "Imported 'Kasai floods'.\n"
    _, out, _ = run(capsys, tmp_path / "fresh", "selection", "show", "Kasai floods", "--json")
    shown = json.loads(out)["selection"]
    assert shown["notes"] == "Weekly meeting"
    assert [c["category"] for c in shown["choices"]] == ["case_management", "protection_monitoring"]
    code, out, _ = run(capsys, data, "selection", "delete", "Kasai floods")
    assert "Moved 'Kasai floods' to the trash" in out
    code, out, _ = run(capsys, data, "selection", "restore", "Kasai floods")
    assert code == 0


def test_show_json_gives_each_suggestion_its_tier_and_reasons(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    run(capsys, data, "selection", "new", "Kasai", "--scenario", "sudden_onset_emergency")
    _, out, _ = run(capsys, data, "selection", "show", "Kasai", "--json")
    shown = json.loads(out)
    tiers = {t["category"]: t for t in shown["tiers"]}
    assert len(tiers) == 8
    assert sum(t["tier"] == "start_here" for t in tiers.values()) <= 4
    for suggestion in shown["suggestions"]:
        assert suggestion["tier"] == tiers[suggestion["category"]]["tier"]
        assert suggestion["tier_reasons"]
        assert all(r["provenance"]["mark"] for r in suggestion["tier_reasons"])
    first = tiers["security_situational_awareness"]
    assert first["tier"] == "start_here"
    assert first["reasons"][-1]["rule"] == "risk_analysis_first"
    assert first["reasons"][-1]["provenance"]["mark"] == "PIM Desk's note on PIM WM2 2015 §7.1"
    assert tiers["case_management"]["tier"] == "not_needed_now"
    adding = [t for t in tiers.values() if t["tier"] == "add_when"]
    assert adding and all(t["condition"] for t in adding)


def test_systems_are_listed_added_and_removed_and_change_the_tiers(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    run(capsys, data, "selection", "new", "Kasai", "--scenario", "sudden_onset_emergency")
    code, out, _ = run(capsys, data, "selection", "systems", "Kasai")
    assert (code, out) == (0, "No systems on the map of 'Kasai' yet; add one with --add NAME.\n")
    code, out, _ = run(capsys, data, "selection", "systems", "Kasai", "--add", "DTM round 3",
                       "--category", "population_data", "--organisation", "IOM",
                       "--shares", "Site figures", "--frequency", "Monthly",
                       "--contact", "dtm@example.org")  # fmt: skip
    assert out == (
        "DTM round 3 — Population Data — Operating (IOM, Site figures, Monthly, dtm@example.org)\n"
    )
    run(capsys, data, "selection", "systems", "Kasai", "--add", "Registration", "--category",
        "population_data", "--status", "planned")  # fmt: skip
    _, out, _ = run(capsys, data, "selection", "show", "Kasai", "--json")
    shown = json.loads(out)
    tiers = {t["category"]: t["tier"] for t in shown["tiers"]}
    assert tiers["population_data"] == "not_needed_now"
    overlaps = shown["systems_map"]["overlaps"]
    assert [o["category"] for o in overlaps] == ["population_data"]
    assert {"category": "security_situational_awareness", "why": "start_here"} in shown[
        "systems_map"
    ]["gaps"]
    code, out, err = run(capsys, data, "selection", "systems", "Kasai", "--add", "dtm ROUND 3",
                         "--category", "population_data")  # fmt: skip
    assert code == 1 and "already has a system named 'dtm ROUND 3'" in err
    code, out, _ = run(capsys, data, "selection", "systems", "Kasai", "--remove", "DTM round 3")
    assert out == "Registration — Population Data — Planned\n"
    _, out, _ = run(capsys, data, "selection", "show", "Kasai", "--json")
    assert {t["category"]: t["tier"] for t in json.loads(out)["tiers"]}["population_data"] == (
        "add_when"
    )
    code, _, err = run(capsys, data, "selection", "systems", "Kasai", "--remove", "Nothing")
    assert code == 1 and err.strip() == "pimdesk: The map has no system named 'Nothing'."


def test_edit_sets_the_context_and_one_categorys_decision(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    run(capsys, data, "selection", "new", "Kasai", "--scenario", "sudden_onset_emergency")
    code, out, _ = run(capsys, data, "selection", "edit", "Kasai", "--scenario",
                       "protracted_emergency", "--place", "Tshikapa", "--date", "2026-12-01",
                       "--notes", "Weekly on Tuesdays", "--constraint", "access_limited",
                       "--constraint", "capacity_limited", "--category", "case_management",
                       "--decision", "accepted", "--priority", "high",
                       "--category-notes", "Referral pathway exists", "--json")  # fmt: skip
    assert code == 0
    edited = json.loads(out)
    assert (edited["scenario"], edited["place"], edited["date"], edited["notes"]) == (
        "protracted_emergency",
        "Tshikapa",
        "2026-12-01",
        "Weekly on Tuesdays",
    )
    assert edited["constraints"] == ["access_limited", "capacity_limited"]
    assert edited["choices"] == [
        {
            "category": "case_management",
            "decision": "accepted",
            "priority": "high",
            "notes": "Referral pathway exists",
        }
    ]
    run(capsys, data, "selection", "edit", "Kasai", "--category", "case_management",
        "--priority", "none", "--no-constraints")  # fmt: skip
    _, out, _ = run(capsys, data, "selection", "show", "Kasai", "--json")
    again = json.loads(out)["selection"]
    assert again["choices"][0]["priority"] is None
    assert again["choices"][0]["notes"] == "Referral pathway exists"
    assert again["constraints"] == []
    code, _, err = run(capsys, data, "selection", "edit", "Kasai", "--decision", "accepted")
    assert code == 1 and "--category" in err
    code, _, err = run(capsys, data, "selection", "edit", "Kasai", "--scenario", "war")
    assert code == 1 and "There is no scenario 'war'" in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["selection", "new", "", "--scenario", "protracted_emergency"], "needs a name."),
        (["selection", "new", "x" * 10_000, "--scenario", "protracted_emergency"],
         "A selection name can have at most 200 characters (this one has 10000)."),
        (["selection", "new", "Kasai", "--scenario", "war"], "There is no scenario 'war'"),
        (["selection", "new", "Kasai", "--scenario", "protracted_emergency", "--category", "nope"],
         "There is no category 'nope'"),
        (["selection", "show", "Nothing"], "There is no selection named 'Nothing'."),
        (["selection", "import", "/no/such/file.pimsel"], "does not exist"),
    ],
)  # fmt: skip
def test_bad_input_is_one_line_and_exit_one(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, args: list[str], message: str
) -> None:
    code, out, err = run(capsys, tmp_path / "data", *args)
    assert (code, out) == (1, "")
    assert err.startswith("pimdesk: ") and message in err
    assert err.count("\n") == 1


@pytest.mark.parametrize("name", ["Kasai/Tshikapa", 'The "north" plan', "خطة الحماية", "名前 ñ"])
def test_names_with_slashes_quotes_and_other_scripts(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str
) -> None:
    data = tmp_path / "data"
    assert run(capsys, data, "selection", "new", name, "--scenario", "protracted_emergency")[0] == 0
    _, out, _ = run(capsys, data, "selection", "show", name, "--json")
    assert json.loads(out)["selection"]["name"] == name


def test_a_malformed_file_changes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    run(capsys, data, "selection", "new", "Kasai", "--scenario", "protracted_emergency")
    bad = tmp_path / "bad.pimsel"
    bad.write_bytes(b'{"format": "pimdesk-selection", "version": 1, "selection": {"name"')
    code, _, err = run(capsys, data, "selection", "import", str(bad))
    assert code == 1 and "damaged or truncated" in err
    _, out, _ = run(capsys, data, "selection", "list", "--json")
    assert [s["name"] for s in json.loads(out)] == ["Kasai"]


def test_db_check_backup_and_restore(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = tmp_path / "data"
    run(capsys, data, "selection", "new", "Kasai", "--scenario", "protracted_emergency")
    code, out, _ = run(capsys, data, "db", "check", "--json")
    report = json.loads(out)
    assert code == 0 and report["healthy"] and report["selections"] == 1
    code, out, _ = run(capsys, data, "db", "backup")
    assert code == 0 and out.startswith("Backed up your data to ")
    run(capsys, data, "selection", "delete", "Kasai")
    run(capsys, data, "selection", "new", "After", "--scenario", "protracted_emergency")
    code, out, _ = run(capsys, data, "db", "restore")
    assert code == 0 and out.startswith("Restored your data from the backup of ")
    _, out, _ = run(capsys, data, "selection", "list", "--json")
    assert [s["name"] for s in json.loads(out)] == ["Kasai"]
    code, out, _ = run(capsys, data, "db", "restore", "no-such-backup.sqlite")
    assert code == 1


def test_a_damaged_database_is_repaired_and_the_cli_says_so(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    run(capsys, data, "selection", "new", "Kasai", "--scenario", "protracted_emergency")
    run(capsys, data, "db", "backup")
    (data / "pimdesk-user.sqlite").write_bytes(b"\x00" * 5000)
    code, out, err = run(capsys, data, "selection", "list", "--json")
    assert code == 0
    assert [s["name"] for s in json.loads(out)] == ["Kasai"]
    assert err.startswith("pimdesk: note: Your data file was damaged")
