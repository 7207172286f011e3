"""`pimdesk --version`, `search`, `list`, `show`: output, JSON, exit codes, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pimdesk import __version__
from pimdesk.app import main
from tests.store.test_search import HOSTILE


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_version_is_printed(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"PIM Desk {__version__}"


def test_list_categories_json_gives_the_eight_stable_ids(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "list", "categories", "--json")
    assert (code, err) == (0, "")
    assert [c["id"] for c in json.loads(out)] == [
        "protection_needs_assessment", "protection_monitoring", "case_management",
        "population_data", "protection_response_me", "communicating_with_in_affected_communities",
        "security_situational_awareness", "sectoral_system_other",
    ]  # fmt: skip


def test_list_scenarios_and_terms(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "list", "scenarios", "--json")
    assert [s["id"] for s in json.loads(out)] == [
        "sudden_onset_emergency", "protracted_emergency", "protracted_non_emergency",
        "comprehensive_solutions",
    ]  # fmt: skip
    _, out, _ = run(capsys, "list", "terms", "--json")
    assert len(json.loads(out)) >= 80


def test_search_consent_lists_informed_consent_among_the_first_three(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "search", "consent")
    assert code == 0
    first_three = [line.split()[1] for line in out.splitlines() if not line.startswith(" ")][:3]
    assert "informed_consent" in first_three
    code, out, _ = run(capsys, "search", "consent", "--json", "--limit", "3")
    assert "informed_consent" in [r["id"] for r in json.loads(out)["results"]]


def test_search_suggests_a_spelling(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "search", "confidentality", "--json")
    assert json.loads(out)["suggestion"] == "confidentiality"


def test_a_misspelt_search_shows_the_corrected_results_at_once(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, out, _ = run(capsys, "search", "confidentality", "--json")
    found = json.loads(out)
    assert found["corrected"] is True
    assert found["results"][0]["id"] == "confidentiality"
    _, out, _ = run(capsys, "search", "confidentality")
    assert out.splitlines()[0].startswith("Showing results for: confidentiality")
    assert "No results." not in out


@pytest.mark.parametrize("query", HOSTILE[:-3])
def test_any_query_gives_json_and_exit_zero(capsys: pytest.CaptureFixture[str], query: str) -> None:
    code, out, err = run(capsys, "search", "--json", "--", query.replace("\x00", ""))
    assert (code, err) == (0, "")
    assert isinstance(json.loads(out)["results"], list)


def test_show_a_category_in_text_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", "category", "case_management")
    assert code == 0
    assert out.startswith("Case Management\nStatus: Agreed and endorsed")
    assert "Output (data and information)" in out
    _, out, _ = run(capsys, "show", "category", "case_management", "--json")
    shown = json.loads(out)
    assert shown["status"] == "endorsed"
    assert shown["cells"]["outputs"]


def test_show_a_term(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", "term", "refoulement", "--json")
    assert code == 0
    assert json.loads(out)["definitions"][0]["text"]


def test_an_unknown_id_is_one_line_on_stderr_and_exit_one(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "show", "category", "no_such_thing")
    assert (code, out) == (1, "")
    assert err == "pimdesk: There is no category with the ID 'no_such_thing'.\n"


def test_a_usage_error_exits_two(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["list", "everything"])
    assert exited.value.code == 2


def test_the_installed_command_runs_as_a_process(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pimdesk",
            "--data-dir",
            str(tmp_path),
            "search",
            "réfugié",
            "--json",
        ],
        capture_output=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    json.loads(result.stdout.decode("utf-8"))
    assert list(tmp_path.iterdir()) == []  # reading content writes no user data


def test_a_missing_reference_database_is_one_clear_line(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pimdesk", "list", "categories"],
        capture_output=True,
        check=False,
        timeout=60,
        env={"PIMDESK_RESOURCES": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 1
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1
    assert "reference database" in lines[0] and "is missing" in lines[0]
    assert "Traceback" not in lines[0]


def test_the_desktop_path_does_not_load_the_command_line_or_heavy_libraries() -> None:
    """Start-up speed: without a command, only what the desktop app needs is imported."""
    code = (
        "import sys\n"
        "import pimdesk.app as app\n"
        "assert not app.wants_command_line(['--data-dir', 'search', '--lang', 'fr', '--smoke'])\n"
        "assert app.wants_command_line(['--data-dir', 'x', 'search', 'consent'])\n"
        "assert app.wants_command_line(['--help'])\n"
        "import pimdesk.services.container\n"
        "libraries = ('sqlite_utils', 'nacl', 'cryptography', 'reportlab')\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in libraries\n"
        "         or m.startswith('pimdesk.cli.') and m != 'pimdesk.cli.parser']\n"
        "print(heavy)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, timeout=60)  # fmt: skip
    assert result.stdout.strip() == "[]"


def test_list_statements_groups_them_under_their_headings(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "list", "statements")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    for heading in ("What was agreed", "About the source document", "Reading the source",
                    "Questions the source leaves open", "Before sharing: the footnote 7 checklist",
                    "Documents referenced but not carried"):  # fmt: skip
        assert lines.count(heading) == 1, heading
    agreed = lines.index("What was agreed")
    assert lines[0] == "Definition of PIM" and agreed < lines.index("Results")
    assert any("agreement_sectoral" in line and "[Not agreed]" in line for line in lines)
    _, out, _ = run(capsys, "list", "statements", "--json")
    kinds = {s["kind"] for s in json.loads(out)}
    assert {"background", "agreement", "document_not_carried", "sharing_check"} <= kinds


def test_show_statement_prints_its_heading_status_text_and_source(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "show", "statement", "agreement_security")
    assert code == 0
    assert out.splitlines()[:3] == [
        "Security and Situational Awareness (§7.1)",
        "What was agreed",
        "Status: Partly agreed",
    ]
    assert "spirit of this category" in out and "Source: PIM WM2 2015 §6, §7.1, §7.2" in out
    code, _, err = run(capsys, "show", "statement", "no_such_statement")
    assert code != 0 and "no_such_statement" in err


def test_the_glossary_is_pim_desk_s_and_says_the_endorsed_terminology_is_not_carried(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """M-6: never titled as the Common PIM Terminology; each definition says where it is from."""
    _, out, _ = run(capsys, "list", "terms")
    first = out.splitlines()[0]
    assert first.startswith("PIM Desk's glossary: ")
    assert "is a separate document that PIM Desk does not carry" in first
    _, out, _ = run(capsys, "show", "term", "refoulement")
    assert "(PIM Desk's illustration — not from the source; related: PIM WM2 2015 §10.3)" in out
    assert "Source: PIM WM2 2015 §10.3" not in out


def test_show_scenario_marks_every_illustrative_item(capsys: pytest.CaptureFixture[str]) -> None:
    """C-2: the scenario items are PIM Desk's illustration, never the meeting's ranked answers."""
    _, out, _ = run(capsys, "show", "scenario", "sudden_onset_emergency")
    items = [line for line in out.splitlines() if line.lstrip().startswith("[Must have]")]
    assert len(items) >= 4
    assert all("[PIM Desk's illustration]" in line for line in items)
    assert out.rstrip().endswith(
        "PIM Desk's illustration — not from the source; related: PIM WM2 2015 §11"
    )
    _, out, _ = run(capsys, "show", "scenario", "sudden_onset_emergency", "--json")
    item = json.loads(out)["items"][0]["attribution"]
    assert item["provenance"]["class"] == "editorial"
    assert (item["source"], item["origin"]) == ("PIM WM2 2015 §11", "editorial")
