"""The command line under `--lang fr|es|ar`: the provenance marks of its text output, and its
headings, in that language, as the PDFs word them; English stays the default."""

from __future__ import annotations

from pathlib import Path

import pytest

from pimdesk.app import main
from pimdesk.domain.document_labels import ENGLISH_LABELS
from pimdesk.domain.document_languages import labels_for

LANGUAGES = ("fr", "es", "ar")
ENGLISH = ENGLISH_LABELS.provenance


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> str:
    code = main(["--data-dir", str(data), *args])
    captured = capsys.readouterr()
    assert (code, captured.err) == (0, ""), captured.err
    return captured.out


def english_marks(out: str) -> list[str]:
    """Any English provenance wording left in `out`."""
    words = ("PIM Desk's illustration", "PIM Desk's note", "not from the source", "Source: ")
    return [w for w in words if w in out]


@pytest.mark.parametrize("language", LANGUAGES)
def test_show_marks_every_text_in_the_language(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, language: str
) -> None:
    labels = labels_for(language)
    words = labels.provenance
    scenario = run(
        capsys, tmp_path, "--lang", language, "show", "scenario", "sudden_onset_emergency"
    )
    assert f"[{words.editorial_mark}]" in scenario
    assert words.editorial_label in scenario
    assert f"[{labels.must_have_short}]" in scenario and "[Must have]" not in scenario
    assert not english_marks(scenario)

    category = run(
        capsys, tmp_path, "--lang", language, "show", "category", "security_situational_awareness"
    )
    lines = category.splitlines()
    for heading in (labels.definition, labels.purpose, labels.explanation):
        assert heading in lines
    assert "Definition" not in lines and "Works with other categories" not in lines
    assert lines[1].startswith(labels.status + labels.label_separator)
    assert words.source_label.format(section="PIM WM2 2015 §6, §7.1, §9.6") in lines
    assert f"[{words.editorial_mark}]" in category
    assert not english_marks(category)

    term = run(capsys, tmp_path, "--lang", language, "show", "term", "informed_consent")
    assert not english_marks(term)


@pytest.mark.parametrize("language", LANGUAGES)
def test_selection_show_gives_tiers_reasons_and_marks_in_the_language(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, language: str
) -> None:
    run(capsys, tmp_path, "selection", "new", "Kasai", "--scenario", "sudden_onset_emergency")
    out = run(capsys, tmp_path, "--lang", language, "selection", "show", "Kasai")
    labels = labels_for(language)
    tiers = labels.tiers
    lines = out.splitlines()
    for heading in (tiers.start_here, tiers.add_when, tiers.not_needed_now):
        assert heading in lines
    assert "Start here" not in out and "add when" not in out and "To decide" not in out
    assert f"({labels.provenance.editorial_mark})" in out
    assert not english_marks(out)
    assert lines[1] == labels.scenario + labels.label_separator + scenario_name(language)


def scenario_name(language: str) -> str:
    return {
        "fr": "Urgence à déclenchement soudain",
        "es": "Emergencia de aparición súbita",
        "ar": "حالة طوارئ مفاجئة",
    }[language]


def test_english_is_the_default(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = run(capsys, tmp_path, "show", "scenario", "sudden_onset_emergency")
    assert f"[{ENGLISH.editorial_mark}]" in out and "[Must have]" in out
    category = run(capsys, tmp_path, "show", "category", "protection_monitoring")
    assert "Definition" in category.splitlines() and "Status: " in category


@pytest.mark.parametrize(("language", "query"), [("fr", "consentement"), ("ar", "الموافقة")])
def test_search_marks_each_snippet_in_the_language(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, language: str, query: str
) -> None:
    out = run(capsys, tmp_path, "--lang", language, "search", query, "--limit", "8")
    words = labels_for(language).provenance
    snippets = out.splitlines()[1::2]  # each hit: its line, then its snippet
    assert snippets and all(line.rstrip().endswith(("]", ")")) for line in snippets)
    assert f"[{words.editorial_mark}]" in out
    assert not english_marks(out) and "PIM Desk's" not in out
