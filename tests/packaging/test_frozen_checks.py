"""The frozen-build checks themselves: they pass a well-behaved app and catch each misbehaviour.

The app under check is tests/packaging/fake_app.py, made executable in a folder of its own.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import sys
from pathlib import Path

import frozen_checks
import frozen_suite
import pytest
from bundle_slimming import GLIBC_LIBRARIES, elf_needed
from frozen_checks import CheckFailed

FAKE_APP = Path(__file__).resolve().parent / "fake_app.py"


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    """A 'build folder' holding the fake app as its `pimdesk` program, and a library file."""
    folder = tmp_path / "pimdesk"
    (folder / "_internal").mkdir(parents=True)
    (folder / "_internal" / "resource.txt").write_text("bundled")
    program = folder / "pimdesk"
    program.write_text(f"#!{sys.executable}\n" + FAKE_APP.read_text(encoding="utf-8"))
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    return folder


def test_a_well_behaved_app_passes_every_check(bundle: Path) -> None:
    passed = frozen_suite.run_suite(bundle, bundle / "pimdesk", "0.0.1")
    assert len(passed) == 6
    assert passed[-1].startswith("the desktop window soaked for 25 s (3 rounds in 25.4 s on Python")
    assert not (bundle / "pimdesk-data").exists()  # portable mode ran on a copy


@pytest.mark.parametrize(
    ("fault", "message"),
    [
        ("write-in-bundle", "the install folder was written to: added cache.tmp"),
        ("stderr", "QFont: a warning nobody asked for"),
        ("forget", "the saved selection came back different"),
    ],
)
def test_the_read_only_check_catches(
    bundle: Path, monkeypatch: pytest.MonkeyPatch, fault: str, message: str
) -> None:
    monkeypatch.setenv("FAKE_MISBEHAVE", fault)
    with pytest.raises(CheckFailed, match=message):
        frozen_suite.check_read_only_install(bundle, bundle / "pimdesk", "0.0.1")


@pytest.mark.parametrize(
    ("fault", "message"),
    [
        ("write-home", r"portable mode wrote outside its folder: \['.config/fake.ini'\]"),
        ("ignore-marker", "portable mode not taken"),
        ("write-in-bundle", "the portable program folder was written to: added cache.tmp"),
    ],
)
def test_the_portable_check_catches(
    bundle: Path, monkeypatch: pytest.MonkeyPatch, fault: str, message: str
) -> None:
    monkeypatch.setenv("FAKE_MISBEHAVE", fault)
    with pytest.raises(CheckFailed, match=message):
        frozen_suite.check_portable_mode(bundle, bundle / "pimdesk")


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or os.geteuid() != 0, reason="mounting needs root"
)
def test_the_read_only_mount_stops_an_app_that_writes_beside_itself(
    bundle: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with frozen_suite.read_only_mount(bundle) as mounted:
        if mounted is None:
            pytest.skip("this system does not allow a read-only bind mount")
        with pytest.raises(OSError, match="Read-only file system"):
            (mounted / "probe").write_text("")
    assert frozen_suite.check_read_only_mount(bundle, bundle / "pimdesk", "0.0.1") is None
    monkeypatch.setenv("FAKE_MISBEHAVE", "write-in-bundle")
    with pytest.raises(CheckFailed, match="Read-only file system"):
        frozen_suite.check_read_only_mount(bundle, bundle / "pimdesk", "0.0.1")
    assert not list(bundle.glob("cache.tmp"))  # the write was refused, not just undone


@pytest.mark.parametrize(
    ("fault", "message"),
    [
        ("soak-leak", "the soak failed: 4000 references to None were lost"),
        ("soak-abort", "exited with 134; stderr:\nFatal Python error: none_dealloc"),
    ],
)
def test_the_soak_check_catches(
    bundle: Path, monkeypatch: pytest.MonkeyPatch, fault: str, message: str
) -> None:
    monkeypatch.setenv("FAKE_MISBEHAVE", fault)
    with pytest.raises(CheckFailed, match=message):
        frozen_suite.check_soak(bundle / "pimdesk")


def test_the_soak_check_names_the_app_s_own_variable() -> None:
    from pimdesk.app import SOAK_VARIABLE

    assert frozen_suite.SOAK_VARIABLE == SOAK_VARIABLE


def test_a_version_mismatch_fails(bundle: Path) -> None:
    with frozen_checks.sandbox() as box, pytest.raises(CheckFailed, match="does not say"):
        frozen_suite.check_commands(bundle / "pimdesk", box, [], "9.9.9")


def test_run_app_refuses_a_failing_exit_and_allows_an_expected_notice(
    bundle: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with frozen_checks.sandbox() as box:
        with pytest.raises(CheckFailed, match="exited with 2"):
            frozen_checks.run_app(bundle / "pimdesk", ["no-such-command"], box)
        monkeypatch.setenv("FAKE_MISBEHAVE", "stderr")
        said = frozen_checks.run_app(
            bundle / "pimdesk", ["--version"], box, allowed_stderr="QFont: .*"
        )
        assert said == "PIM Desk 0.0.1\n"


def test_the_sandbox_hides_the_caller_s_overrides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PIMDESK_DATA_DIR", "/somewhere")
    monkeypatch.setenv("PIMDESK_RESOURCES", "/checkout")
    with frozen_checks.sandbox() as box:
        env = box.environment()
        assert "PIMDESK_DATA_DIR" not in env and "PIMDESK_RESOURCES" not in env
        assert env["HOME"] == str(box.home) and env["QT_QPA_PLATFORM"] == "offscreen"
        (box.home / ".cache" / "fontconfig").mkdir(parents=True)
        (box.home / ".cache" / "fontconfig" / "x.cache").write_bytes(b"")
        assert box.written() == []  # the system's font cache is not the app's doing
        (box.home / "stray.txt").write_text("")
        assert box.written() == ["stray.txt"]


def test_snapshots_see_added_removed_and_modified_files(tmp_path: Path) -> None:
    (tmp_path / "a").write_text("1")
    (tmp_path / "b").write_text("2")
    before = frozen_checks.snapshot(tmp_path)
    (tmp_path / "a").write_text("longer")
    (tmp_path / "b").unlink()
    (tmp_path / "c").write_text("3")
    assert frozen_checks.changes(before, frozen_checks.snapshot(tmp_path)) == [
        "added c", "removed b", "modified a",
    ]  # fmt: skip
    assert frozen_checks.snapshot(tmp_path, ignore=["c"]).keys() == {"a"}


def test_ready_line_is_required() -> None:
    assert frozen_checks.ready_milliseconds("loading\nready 345\n") == 345
    with pytest.raises(CheckFailed, match="no 'ready <ms>' line"):
        frozen_checks.ready_milliseconds("started\n")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF links are Linux's")
def test_the_link_check_names_a_library_nobody_provides(tmp_path: Path) -> None:
    import _sqlite3

    shutil.copy(_sqlite3.__file__, tmp_path / "module.so")
    with pytest.raises(CheckFailed, match=re.escape("'libsqlite3.so.0': 'module.so'")):
        frozen_suite.check_links(tmp_path)
    (tmp_path / "module.so").unlink()
    glibc_only = next(
        path
        for path in Path(_sqlite3.__file__).parent.glob("*.so")
        if set(elf_needed(str(path))) <= GLIBC_LIBRARIES
    )
    shutil.copy(glibc_only, tmp_path)
    frozen_suite.check_links(tmp_path)  # links only glibc: fine
