"""`pimdesk self-test`: every part checked, each problem named, no traceback, exit 1 if any."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import pytest

from pimdesk.app import main
from tests.conftest import BUNDLED_REFERENCE, ROOT


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the program files (reference database and fonts) that a test may damage."""
    root = tmp_path / "install"
    (root / "db").mkdir(parents=True)
    shutil.copy(BUNDLED_REFERENCE, root / "db" / BUNDLED_REFERENCE.name)
    shutil.copytree(ROOT / "resources" / "fonts", root / "resources" / "fonts")
    monkeypatch.setenv("PIMDESK_RESOURCES", str(root))
    return root


@pytest.fixture
def private_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def checks(out: str) -> dict[str, dict[str, object]]:
    return {check["part"]: check for check in json.loads(out)["checks"]}


def test_a_sound_installation_passes_every_check(
    capsys: pytest.CaptureFixture[str], data_dir: Path, install: Path, private_temp: Path
) -> None:
    code, out, err = run(capsys, "--data-dir", str(data_dir), "self-test")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith("PIM Desk ") and lines[-1] == "All checks passed."
    assert [line.split()[0] for line in lines[3:-1]] == ["ok"] * 4
    assert "8 categories" in out and "6 TrueType fonts" in out and "page(s)" in out
    # The PDF went to a temporary folder that is gone again; nothing landed in the user's data.
    assert list(private_temp.iterdir()) == []
    assert not list(data_dir.rglob("*.pdf"))


def test_json_names_the_locations_and_every_part(
    capsys: pytest.CaptureFixture[str], data_dir: Path, install: Path
) -> None:
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "self-test", "--json")
    report = json.loads(out)
    assert code == 0 and report["ok"] is True
    assert (report["resources"], report["data_dir"]) == (str(install), str(data_dir.resolve()))
    assert (report["frozen"], report["portable"]) == (False, False)
    assert list(checks(out)) == ["content", "fonts", "user data", "PDF export"]


def test_a_missing_reference_database_is_named_and_the_other_parts_still_checked(
    capsys: pytest.CaptureFixture[str], data_dir: Path, install: Path
) -> None:
    (install / "db" / BUNDLED_REFERENCE.name).unlink()
    code, out, err = run(capsys, "--data-dir", str(data_dir), "self-test", "--json")
    assert code == 1 and "Traceback" not in err
    found = checks(out)
    assert found["content"]["ok"] is False
    assert "pimdesk-reference.sqlite is missing" in str(found["content"]["detail"])
    assert found["fonts"]["ok"] is True and found["user data"]["ok"] is True
    assert found["PDF export"]["ok"] is False


def test_a_damaged_font_is_named(
    capsys: pytest.CaptureFixture[str], data_dir: Path, install: Path
) -> None:
    (install / "resources" / "fonts" / "DejaVuSans-Bold.ttf").write_bytes(b"<html>oops</html>")
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "self-test")
    assert code == 1
    assert "FAIL  fonts       These font files are damaged: DejaVuSans-Bold.ttf" in out
    assert out.splitlines()[-1].startswith("Problems found: fonts")


def test_missing_fonts_fail_the_fonts_and_the_pdf_checks(
    capsys: pytest.CaptureFixture[str], data_dir: Path, install: Path
) -> None:
    shutil.rmtree(install / "resources" / "fonts")
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "self-test", "--json")
    found = checks(out)
    assert code == 1
    assert "There are no fonts in" in str(found["fonts"]["detail"])
    assert found["PDF export"]["ok"] is False and found["content"]["ok"] is True


def test_a_repaired_user_database_is_reported(
    capsys: pytest.CaptureFixture[str], data_dir: Path, install: Path
) -> None:
    assert run(capsys, "--data-dir", str(data_dir), "db", "backup")[0] == 0
    (data_dir / "pimdesk-user.sqlite").write_bytes(b"\x00garbage" * 500)
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "self-test", "--json")
    detail = str(checks(out)["user data"]["detail"])
    assert code == 0
    assert "is sound" in detail
    assert "was damaged" in detail and "restored from the backup" in detail
