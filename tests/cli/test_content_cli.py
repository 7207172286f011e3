"""`pimdesk content ...`: keys, making packs, verify, import, rollback; every refusal is one line
on stderr with exit code 1 and no traceback."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from pimdesk.app import main
from pimdesk.content.sources import load_sources, read_base_records
from pimdesk.content.stamping import stamp_language
from tests.conftest import CONTENT_SOURCES, ROOT
from tests.store.pack_fixtures import mini_content, write_sources

Run = tuple[int, str, str]
Pimdesk = Callable[..., Run]


@pytest.fixture
def pimdesk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Pimdesk:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # no terminal to ask on

    def run(*args: str) -> Run:
        code = main(["--data-dir", str(tmp_path / "data"), *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    assert lines[0].startswith("pimdesk: ")
    return lines[0]


@pytest.fixture
def keys(pimdesk: Pimdesk, tmp_path: Path) -> Path:
    code, out, err = pimdesk("content", "make-key", "editor", "-o", str(tmp_path / "keys"))
    assert (code, err) == (0, "")
    assert "editor.key" in out and "editor.pem" in out
    return tmp_path / "keys"


def make_pack(pimdesk, tmp_path: Path, keys: Path, version: str, signed: bool = True) -> Path:
    sources = write_sources(mini_content(version), tmp_path / f"sources-{version}")
    target = tmp_path / f"pack-{version}.zip"
    signing = ["--sign-key", str(keys / "editor.key")] if signed else []
    code, out, err = pimdesk("content", "make-pack", str(sources), "-o", str(target), *signing)
    assert (code, err) == (0, "")
    assert f"content {version} of 2026-12-01" in out
    return target


def test_the_whole_round_of_an_administrator(pimdesk: Pimdesk, tmp_path: Path, keys: Path) -> None:
    code, out, _ = pimdesk("content", "info")
    assert code == 0 and "origin: came with PIM Desk" in out
    bundled_version = out.split()[1]
    pack = make_pack(pimdesk, tmp_path, keys, "50.0.0")

    code, _, err = pimdesk("content", "import", str(pack), "--yes")
    assert code == 1
    assert "it is signed with an unknown key" in one_line_error(err)

    code, out, err = pimdesk("content", "trust", str(keys / "editor.pem"))
    assert code == 0 and "are now trusted" in out
    code, out, _ = pimdesk("content", "keys")
    assert out.startswith("editor  ")

    code, out, err = pimdesk("content", "verify", str(pack))
    assert (code, err) == (0, "")
    assert "signature: verified: signed with the trusted key editor" in out
    assert f"installed content: {bundled_version}" in out
    assert "The pack is sound and can be imported." in out

    code, out, err = pimdesk("content", "import", str(pack))
    assert code == 1
    assert "add --yes" in one_line_error(err)

    code, out, err = pimdesk("content", "import", str(pack), "--yes")
    assert code == 0, err
    assert f"Imported content 50.0.0 (was {bundled_version})" in out
    assert [line.split("]")[0] for line in err.splitlines()] == [f"[{n}/6" for n in range(1, 7)]

    code, out, _ = pimdesk("show", "principle", "do_no_harm", "--json")
    assert code == 0 and json.loads(out)["explanation"].startswith("Information work must")

    code, out, _ = pimdesk("content", "info", "--json")
    info = json.loads(out)
    assert (info["version"], info["imported"], info["previous_version"]) == (
        "50.0.0",
        True,
        bundled_version,
    )
    assert info["signature"]["status"] == "verified"

    code, _, err = pimdesk("content", "import", str(pack), "--yes")
    assert code == 1
    assert "not newer than the installed 50.0.0" in one_line_error(err)

    code, out, _ = pimdesk("content", "rollback", "--yes")
    assert code == 0 and f"Rolled back from content 50.0.0 to {bundled_version}" in out
    code, _, err = pimdesk("content", "rollback", "--yes")
    assert code == 1
    assert one_line_error(err) == "pimdesk: There is no earlier content to go back to."


def test_an_unsigned_pack_needs_allow_unsigned(
    pimdesk: Pimdesk, tmp_path: Path, keys: Path
) -> None:
    pack = make_pack(pimdesk, tmp_path, keys, "50.0.0", signed=False)
    code, _, err = pimdesk("content", "verify", str(pack))
    assert code == 1
    assert "it is not signed" in one_line_error(err)
    code, out, err = pimdesk("content", "verify", str(pack), "--allow-unsigned", "--json")
    assert code == 0
    report = json.loads(out)
    assert report["signature"]["status"] == "unsigned"
    assert report["importable"] is True
    assert report["manifest"]["content_version"] == "50.0.0"
    assert set(report["changes"]) == {"from_version", "to_version", "kinds"}


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "it is not a readable zip file"),
        (b"PK\x05\x06" + bytes(18), "it has no manifest.json"),
    ],
)
def test_a_broken_pack_is_one_line_and_exit_1(
    pimdesk: Pimdesk, tmp_path: Path, data: bytes, problem: str
) -> None:
    pack = tmp_path / "broken.zip"
    pack.write_bytes(data)
    for command in ("verify", "import"):
        code, out, err = pimdesk("content", command, str(pack), "--allow-unsigned")
        assert (code, out) == (1, "")
        assert problem in one_line_error(err)


def test_the_preview_lists_what_a_pack_changes(
    pimdesk: Pimdesk, tmp_path: Path, keys: Path
) -> None:
    sources = tmp_path / "content"
    shutil.copytree(CONTENT_SOURCES, sources)
    meta = sources / "meta.toml"
    meta.write_text(meta.read_text(encoding="utf-8").replace('version = "', 'version = "9', 1))
    principles = sources / "principles.toml"
    text = principles.read_text(encoding="utf-8")
    principles.write_text(text.replace('name = "Do no harm"', 'name = "Do No Harm"', 1))
    pack = tmp_path / "real.zip"
    code, _, err = pimdesk("content", "make-pack", str(sources), "-o", str(pack))
    assert code == 1 and "do_no_harm: en_hash: is stale" in err  # translated from the old name
    for language in ("fr", "es", "ar"):  # as a translator would: checked, then stamped again
        path = sources / language / "principles.toml"
        stale = re.sub(r'en_hash = "\w+"\n(id = "do_no_harm")', r"\1", path.read_text("utf-8"))
        path.write_text(stale, encoding="utf-8")
        stamp_language(sources, language, read_base_records(sources))
    code, _, err = pimdesk("content", "make-pack", str(sources), "-o", str(pack))
    assert code == 0, err
    code, out, _ = pimdesk("content", "verify", str(pack), "--allow-unsigned")
    assert code == 0
    assert "changes: 0 added, 1 changed, 0 removed" in out
    assert "    ~ do_no_harm  Do No Harm (name)" in out


def test_a_refused_pack_from_a_real_process_has_no_traceback(tmp_path: Path) -> None:
    pack = tmp_path / "evil.zip"
    with zipfile.ZipFile(pack, "w") as archive:
        archive.writestr("../../evil.toml", "x = 1")
    command = ["content", "import", str(pack), "--yes"]
    result = subprocess.run(
        [sys.executable, "-m", "pimdesk", "--data-dir", str(tmp_path / "data"), *command],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert one_line_error(result.stderr) == (
        "pimdesk: The content pack evil.zip is refused: the entry '../../evil.toml' climbs out "
        "of the pack with '..'."
    )
    assert not (tmp_path / "data" / "content").exists()


def test_info_prints_how_much_of_the_content_each_language_translates(pimdesk: Pimdesk) -> None:
    coverage = load_sources(CONTENT_SOURCES).coverage
    code, out, _ = pimdesk("content", "info")
    assert code == 0
    assert "  translated in full (records; the rest shows in English, marked):" in out
    for language, kinds in coverage.items():
        done, total = sum(k[0] for k in kinds.values()), sum(k[1] for k in kinds.values())
        assert f"    {language}: {done} of {total} ({100 * done // total}%)" in out
        assert f"term {kinds['term'][0]}/{kinds['term'][1]}" in out
    code, out, _ = pimdesk("content", "info", "--json")
    listed = {entry["language"]: entry for entry in json.loads(out)["coverage"]}
    assert sorted(listed) == sorted(coverage) == ["ar", "es", "fr"]
    french = {kind["kind"]: [kind["translated"], kind["total"]] for kind in listed["fr"]["kinds"]}
    assert french == {kind: list(counts) for kind, counts in coverage["fr"].items()}
