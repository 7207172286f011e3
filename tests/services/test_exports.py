"""Exporting a document: atomic writes under faults (R7), progress and cancel for the GUI's
background thread, the personal-data check before notes are printed (R13)."""

from __future__ import annotations

import datetime
import errno
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from pimdesk.domain.briefing_input import DocumentKind
from pimdesk.domain.errors import ExportError, NotFoundError
from pimdesk.domain.export_progress import ExportCancelled, Progress
from pimdesk.domain.selection import new_id
from pimdesk.domain.sensitivity import Sensitivity
from pimdesk.services.container import Services
from pimdesk.services.exports import (
    PersonalDataFound,
    default_sensitivity,
    suggested_file_name,
)
from pimdesk.store import files
from tests.briefing.pdf_tools import read_pdf
from tests.briefing.sample import SMALL_ID, options, sample_services, small_selection

OLD = b"%PDF-1.4 the older export, which must survive"


@pytest.fixture(scope="module")
def services(reference_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    built = sample_services(tmp_path_factory.mktemp("data"), reference_db)
    yield built
    built.close()


def export_sheet(services: Services, target: Path, **kwargs: object) -> object:
    return services.exports.export_category_sheet("case_management", target, options(), **kwargs)  # type: ignore[arg-type]


def others_in(folder: Path, target: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p != target)


# ---------------------------------------------------------------------- R7: faults while writing
class _FailingFile:
    """The temporary file whose writes fail, as on a full disk."""

    def __init__(self, descriptor: int, error: OSError) -> None:
        self._descriptor = descriptor
        self._error = error

    def __enter__(self) -> _FailingFile:
        return self

    def __exit__(self, *exc: object) -> None:
        os.close(self._descriptor)

    def write(self, data: bytes) -> int:
        raise self._error


def _fail_at(step: str, error: OSError, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object, **kwargs: object) -> object:
        raise error

    if step == "create":  # a read-only folder: root ignores chmod, so the refusal is simulated
        monkeypatch.setattr(files.tempfile, "mkstemp", fail)
    elif step == "write":
        monkeypatch.setattr(files.os, "fdopen", lambda fd, mode: _FailingFile(fd, error))
    elif step == "fsync":
        monkeypatch.setattr(files.os, "fsync", fail)
    else:
        monkeypatch.setattr(Path, "replace", fail)


@pytest.mark.parametrize("step", ["create", "write", "fsync", "replace"])
@pytest.mark.parametrize(
    ("error", "message"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "The disk is full"),
        (PermissionError(errno.EACCES, "Permission denied"), "may not write to"),
        (OSError(errno.EROFS, "Read-only file system"), "may not write to"),
    ],
    ids=["full-disk", "denied", "read-only"],
)
def test_a_fault_gives_one_sentence_and_keeps_the_older_file(
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    step: str,
    error: OSError,
    message: str,
) -> None:
    target = tmp_path / "sheet.pdf"
    target.write_bytes(OLD)
    _fail_at(step, error, monkeypatch)
    with pytest.raises(ExportError) as raised:
        export_sheet(services, target)
    assert message in raised.value.message
    assert "\n" not in raised.value.message
    assert raised.value.message.endswith(".")
    assert target.read_bytes() == OLD
    assert others_in(tmp_path, target) == []


def test_a_missing_folder_is_one_sentence_and_creates_nothing(
    services: Services, tmp_path: Path
) -> None:
    target = tmp_path / "gone" / "sheet.pdf"
    seen: list[Progress] = []
    with pytest.raises(ExportError) as raised:
        export_sheet(services, target, on_progress=seen.append)
    assert seen == []  # said before any layout work
    assert raised.value.message == (
        f"The folder {target.parent} does not exist; choose another place to save."
    )
    assert list(tmp_path.iterdir()) == []


def test_a_folder_as_target_is_refused(services: Services, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="is a folder"):
        export_sheet(services, tmp_path)


def test_an_export_replaces_an_older_file_whole(services: Services, tmp_path: Path) -> None:
    target = tmp_path / "sheet.pdf"
    target.write_bytes(OLD)
    result = export_sheet(services, target)
    written = target.read_bytes()
    assert written.startswith(b"%PDF") and written.rstrip().endswith(b"%%EOF")
    assert result.size == len(written)  # type: ignore[attr-defined]
    assert result.pages == len(read_pdf(written).pages)  # type: ignore[attr-defined]
    assert others_in(tmp_path, target) == []


# ---------------------------------------------------------------------- progress and cancel
def test_progress_runs_from_collecting_to_saved(services: Services, tmp_path: Path) -> None:
    seen: list[Progress] = []
    services.exports.export_glossary(tmp_path / "g.pdf", options(), on_progress=seen.append)
    fractions = [progress.fraction for progress in seen]
    assert fractions == sorted(fractions)
    assert (seen[0].fraction, seen[0].step) == (0.0, "Collecting the content")
    assert (seen[-1].fraction, seen[-1].step) == (1.0, "Saved")
    steps = list(dict.fromkeys(progress.step for progress in seen))
    assert steps == ["Collecting the content", "Laying out the pages", "Saving the file", "Saved"]
    assert sum(1 for p in seen if p.step == "Laying out the pages") > 20  # a moving bar


def _cancel_after(calls: int) -> Callable[[], bool]:
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        return asked > calls

    return cancelled


@pytest.mark.parametrize("calls", [0, 3, 40, 200])
def test_cancel_at_any_moment_writes_nothing(
    services: Services, tmp_path: Path, calls: int
) -> None:
    target = tmp_path / "glossary.pdf"
    target.write_bytes(OLD)
    with pytest.raises(ExportCancelled) as raised:
        services.exports.export_glossary(target, options(), cancelled=_cancel_after(calls))
    assert raised.value.message == "The export was cancelled; nothing was written."
    assert target.read_bytes() == OLD
    assert others_in(tmp_path, target) == []


def test_cancel_after_the_layout_is_still_in_time(services: Services, tmp_path: Path) -> None:
    """The last chance to cancel is after the pages are laid out, before the file is written."""
    seen: list[Progress] = []
    target = tmp_path / "sheet.pdf"
    with pytest.raises(ExportCancelled):
        export_sheet(
            services,
            target,
            on_progress=seen.append,
            cancelled=lambda: bool(seen) and seen[-1].fraction >= 0.95,
        )
    assert seen[-1].step == "Laying out the pages"
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------------- R13: personal data
@pytest.fixture
def noted(services: Services) -> Iterator[str]:
    """The small selection with an e-mail address and a phone number in its notes."""
    selection = small_selection()
    choices = tuple(
        replace(c, notes="Call focal point +243 812 345 678 or write to focal.point@example.org")
        if c.category == "case_management"
        else c
        for c in selection.choices
    )
    edited = replace(
        selection, id=new_id(), name=f"With contact details {new_id()}", choices=choices
    )
    services.selections.save(edited)
    yield edited.id
    services.selections.delete(edited.id)


def test_personal_data_is_found_where_it_would_print(services: Services, noted: str) -> None:
    warnings = services.exports.personal_data(noted)
    kinds = {(w.where, w.finding.kind) for w in warnings}
    assert kinds == {
        ("the notes on Case Management", "phone"),
        ("the notes on Case Management", "email"),
    }
    assert any("focal.point@example.org" in w.sentence for w in warnings)
    assert services.exports.personal_data(noted, include_notes=False) == ()
    assert services.exports.personal_data(SMALL_ID) == ()


def test_notes_with_personal_data_are_not_printed_unless_confirmed(
    services: Services, noted: str, tmp_path: Path
) -> None:
    target = tmp_path / "briefing.pdf"
    with pytest.raises(PersonalDataFound) as raised:
        services.exports.export_briefing(noted, target, options())
    assert "In the notes on Case Management, something looks like" in raised.value.message
    assert len(raised.value.warnings) == 2
    assert not target.exists()
    result = services.exports.export_briefing(
        noted, target, options(), personal_data_confirmed=True
    )
    assert "focal.point@example.org" in read_pdf(result.path.read_bytes()).flat_text
    leaner = tmp_path / "without-notes.pdf"
    services.exports.export_briefing(noted, leaner, options(include_notes=False))
    assert "focal.point@example.org" not in read_pdf(leaner.read_bytes()).flat_text


# ---------------------------------------------------------------------- the service's edges
def test_defaults_are_restricted_for_a_briefing_and_public_for_handouts() -> None:
    assert default_sensitivity(DocumentKind.BRIEFING) is Sensitivity.RESTRICTED
    assert default_sensitivity(DocumentKind.CATEGORY_SHEET) is Sensitivity.PUBLIC
    assert default_sensitivity(DocumentKind.GLOSSARY) is Sensitivity.PUBLIC


def test_an_unknown_category_or_selection_is_the_users_mistake(
    services: Services, tmp_path: Path
) -> None:
    with pytest.raises(NotFoundError):
        services.exports.export_category_sheet("no_such_category", tmp_path / "x.pdf")
    with pytest.raises(NotFoundError):
        services.exports.export_briefing("0" * 32, tmp_path / "x.pdf")
    assert list(tmp_path.iterdir()) == []


def test_a_suggested_file_name_is_safe_on_every_system() -> None:
    date = datetime.date(2026, 12, 1)
    assert suggested_file_name(DocumentKind.BRIEFING, 'Goma: "north" / 2026?', date) == (
        "PIM briefing - Goma- -north- - 2026 - 2026-12-01.pdf"
    )
    long_name = suggested_file_name(DocumentKind.CATEGORY_SHEET, "x" * 500, date)
    assert len(long_name) < 150
    assert suggested_file_name(DocumentKind.GLOSSARY, "", date) == "PIM glossary - 2026-12-01.pdf"


def test_exports_survive_a_content_reload(services: Services, tmp_path: Path) -> None:
    services.reload_content()
    export_sheet(services, tmp_path / "after-reload.pdf")
    assert (tmp_path / "after-reload.pdf").stat().st_size > 10_000


def test_start_up_and_reading_commands_do_not_import_reportlab(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from pimdesk.app import main\n"
        f"main(['--data-dir', {str(tmp_path)!r}, 'list', 'categories'])\n"
        "assert 'reportlab' not in sys.modules, 'reportlab imported at start-up'\n"
        "from pimdesk.services.container import Services\n"
        "assert 'reportlab' not in sys.modules\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_a_shared_file_is_checked_in_every_note_a_briefing_in_what_it_prints() -> None:
    from pimdesk.domain.selection import CategoryChoice, Decision, Selection
    from pimdesk.services.personal_data import TextPlace, personal_data_in

    selection = Selection.new(
        "Kasai",
        "protracted_emergency",
        choices=(CategoryChoice("case_management", Decision.REJECTED, None, "call 0812345678"),),
    )
    names = {"case_management": "Case Management"}
    assert personal_data_in(selection, names) == ()  # a rejected category is not printed
    found = personal_data_in(selection, names, every_choice=True)
    assert [(w.place, w.category, w.finding.kind) for w in found] == [
        (TextPlace.CATEGORY_NOTES, "Case Management", "phone")
    ]
    assert found[0].where == "the notes on Case Management"
