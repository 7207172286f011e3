"""`pimdesk brief`, `sheet`, `glossary-pdf` and `matrix-pdf` as a user types them: every document
on its papers, the personal-data warning, and one clear line for every problem."""

from __future__ import annotations

import errno
import io
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from pimdesk.app import main
from pimdesk.domain.briefing_input import Paper
from pimdesk.paths import AppPaths
from pimdesk.services.container import Services
from pimdesk.store import files
from tests.briefing.pdf_tools import assert_page_size, flatten, read_pdf
from tests.briefing.sample import CATEGORY_IDS, CATEGORY_NOTES, sample_selection

BRIEF = sample_selection().name
CONTACT = "Ask Mr Kabila, kabila@example.org"


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A data folder holding the sample selection (all eight categories, notes) and one whose
    notes hold contact details."""
    folder = tmp_path_factory.mktemp("cli-data")
    services = Services(AppPaths.resolve(folder))
    selection = sample_selection()
    services.selections.save(selection)
    choices = tuple(replace(c, notes=CONTACT) for c in selection.choices[:2])
    services.selections.save(replace(selection, id="c" * 32, name="Contacts", choices=choices))
    services.close()
    yield folder


@pytest.mark.parametrize("paper", list(Paper), ids=lambda paper: paper.value)
def test_every_document_exports_on_both_papers(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path, paper: Paper
) -> None:
    brief = tmp_path / "brief.pdf"
    code, out, err = run(capsys, data, "brief", BRIEF, "-o", str(brief), "--paper", paper.value)
    assert (code, err) == (0, "")
    assert out.startswith(f"Wrote {brief} (") and out.endswith(" KB).\n")
    pdf = read_pdf(brief.read_bytes())
    assert_page_size(pdf, paper)
    assert all(page.count("RESTRICTED") >= 2 for page in pdf.pages)
    assert f"({len(pdf.pages)} pages," in out
    for note in CATEGORY_NOTES.values():
        assert flatten(note) in pdf.flat_text
    for category in CATEGORY_IDS:
        sheet = tmp_path / f"{category}.pdf"
        code, out, err = run(
            capsys, data, "sheet", category, "-o", str(sheet), "--paper", paper.value
        )
        assert (code, err) == (0, "")
        sheet_pdf = read_pdf(sheet.read_bytes())
        assert len(sheet_pdf.pages) <= 3  # issue 17: a third page, not small type
        assert_page_size(sheet_pdf, paper)
        assert all(page.count("PUBLIC") >= 2 for page in sheet_pdf.pages)
    glossary = tmp_path / "glossary.pdf"
    code, _, err = run(capsys, data, "glossary-pdf", "-o", str(glossary), "--paper", paper.value)
    assert (code, err) == (0, "")
    glossary_pdf = read_pdf(glossary.read_bytes())
    assert_page_size(glossary_pdf, paper)
    assert all(page.count("PUBLIC") >= 2 for page in glossary_pdf.pages)


@pytest.mark.parametrize("paper", ["a3", "a4", "letter"])
def test_the_matrix_prints_on_one_landscape_page(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path, paper: str
) -> None:
    target = tmp_path / "matrix.pdf"
    code, out, err = run(
        capsys, data, "matrix-pdf", "-o", str(target), "--paper", paper, "--selection", BRIEF
    )
    assert (code, err) == (0, "")
    assert out.startswith(f"Wrote {target} (1 page,")
    pdf = read_pdf(target.read_bytes())
    width, height = pdf.page_size(0)
    assert len(pdf.pages) == 1 and width > height
    assert f"Highlighted: the categories accepted in {BRIEF}" in pdf.flat_text
    assert pdf.pages[0].count("RESTRICTED") >= 2
    plain = tmp_path / "plain.pdf"
    code, _, err = run(capsys, data, "--lang", "fr", "matrix-pdf", "-o", str(plain))
    assert (code, err) == (0, "")
    text = read_pdf(plain.read_bytes()).flat_text
    assert "La matrice PIM en un coup d’œil" in text and "Highlighted" not in text
    code, out, err = run(
        capsys, data, "matrix-pdf", "-o", str(plain), "--selection", "No such selection"
    )
    assert (code, out) == (1, "") and "no selection named" in err


def test_the_classification_option_sets_the_label(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    target = tmp_path / "sheet.pdf"
    code, _, _ = run(capsys, data, "sheet", "case_management", "-o", str(target),
                     "--classification", "confidential")  # fmt: skip
    assert code == 0
    assert all("CONFIDENTIAL" in page for page in read_pdf(target.read_bytes()).pages)


def test_notes_that_look_personal_are_refused_without_yes(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    target = tmp_path / "contacts.pdf"
    code, out, err = run(capsys, data, "brief", "Contacts", "-o", str(target))
    assert (code, out) == (1, "")
    lines = err.splitlines()
    assert any("an e-mail address: kabila@example.org" in line for line in lines)
    assert any("a person's name: Mr Kabila" in line for line in lines)
    assert all(line.startswith("pimdesk: warning: ") for line in lines[:-1])
    assert lines[-1].startswith("pimdesk: Nothing was written")
    assert not target.exists()

    code, _, err = run(capsys, data, "brief", "Contacts", "-o", str(target), "--yes")
    assert code == 0
    assert "kabila@example.org" in read_pdf(target.read_bytes()).flat_text

    lean = tmp_path / "lean.pdf"
    code, _, err = run(capsys, data, "brief", "Contacts", "-o", str(lean), "--no-notes")
    assert (code, err) == (0, "")
    assert "kabila@example.org" not in read_pdf(lean.read_bytes()).flat_text


class _Keyboard(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("answer", "code"), [("y\n", 0), ("\n", 1), ("n\n", 1)])
def test_a_person_at_the_terminal_is_asked(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    data: Path,
    tmp_path: Path,
    answer: str,
    code: int,
) -> None:
    monkeypatch.setattr("sys.stdin", _Keyboard(answer))
    target = tmp_path / "asked.pdf"
    result, _, err = run(capsys, data, "brief", "Contacts", "-o", str(target))
    assert result == code
    assert "Proceed? [y/N]" in err
    assert target.exists() == (code == 0)


def test_user_problems_are_one_line_with_exit_1(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    cases = [
        (("brief", "No such selection", "-o", str(tmp_path / "x.pdf")), "no selection named"),
        (("sheet", "no_such_category", "-o", str(tmp_path / "x.pdf")), "no category with the ID"),
        (("glossary-pdf", "-o", str(tmp_path / "missing" / "x.pdf")), "does not exist"),
    ]
    for args, message in cases:
        code, out, err = run(capsys, data, *args)
        assert (code, out) == (1, "")
        assert err.count("\n") == 1 and message in err, err
    assert list(tmp_path.iterdir()) == []


def test_a_full_disk_keeps_the_older_file(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    data: Path,
    tmp_path: Path,
) -> None:
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"older")

    def full(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full)
    code, _, err = run(capsys, data, "sheet", "population_data", "-o", str(target))
    assert code == 1
    assert err == (
        "pimdesk: The disk is full: sheet.pdf was not saved. "
        "Free some space or choose another place.\n"
    )
    assert target.read_bytes() == b"older"
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]


def test_a_wrong_paper_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(
            [
                "--data-dir",
                str(data),
                "glossary-pdf",
                "-o",
                str(tmp_path / "x.pdf"),
                "--paper",
                "a3",
            ]
        )
    assert exited.value.code == 2
    assert "invalid choice: 'a3'" in capsys.readouterr().err
