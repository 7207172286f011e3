"""The shipped .ts files are complete: every message the interface has is in each of them,
translated, finished and with its placeholders; and each compiles to a catalogue."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.i18n.ts_check import LUPDATE, ROOT, file_problems, messages_in_code

TRANSLATIONS = ROOT / "resources" / "i18n"
LANGUAGES = ("fr", "es", "ar")


@pytest.fixture(scope="module")
def in_code() -> set[tuple[str, str, str]]:
    return messages_in_code()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_translation_is_complete_and_keeps_placeholders(
    language: str, in_code: set[tuple[str, str, str]]
) -> None:
    path = TRANSLATIONS / f"pimdesk_{language}.ts"
    assert file_problems(path, in_code) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_translation_compiles(language: str, tmp_path: Path) -> None:
    compiled = tmp_path / f"pimdesk_{language}.qm"
    result = subprocess.run(
        [str(LUPDATE.with_name("pyside6-lrelease")), str(TRANSLATIONS / f"pimdesk_{language}.ts"),
         "-qm", str(compiled)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert "0 unfinished" in result.stdout, result.stdout
    assert compiled.stat().st_size > 10_000
