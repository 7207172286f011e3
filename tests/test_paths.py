"""Where files are: bundled resources when frozen, portable mode, never data beside the program."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pimdesk import paths
from pimdesk.paths import AppPaths, resource, resources_root
from tests.conftest import ROOT


@pytest.fixture
def frozen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Pretend to be a one-folder frozen build in tmp_path/app; returns the executable."""
    monkeypatch.delenv("PIMDESK_RESOURCES", raising=False)
    monkeypatch.delenv("PIMDESK_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home-data"))
    app = tmp_path / "app"
    (app / "_internal").mkdir(parents=True)
    executable = app / "pimdesk"
    executable.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(app / "_internal"), raising=False)
    monkeypatch.setattr(sys, "executable", str(executable))
    return executable


@pytest.mark.parametrize(
    "bad", ["/etc/passwd", "../secrets", "fonts/../../x", "C:/Windows", "fonts\\..\\x", "a/../b"]
)
def test_resource_refuses_paths_outside_the_resources_root(bad: str) -> None:
    with pytest.raises(ValueError, match="not a relative resource path"):
        resource(bad)


def test_from_a_checkout_resources_are_the_checkout_s(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PIMDESK_RESOURCES", raising=False)
    assert resources_root() == ROOT
    assert AppPaths.resolve("unused").fonts_dir == ROOT / "resources" / "fonts"


def test_frozen_resources_come_from_the_bundle(frozen: Path) -> None:
    bundle = frozen.parent / "_internal"
    assert resources_root() == bundle
    resolved = AppPaths.resolve(frozen.parent / "data")
    assert resolved.bundled_reference_database == bundle / "db" / "pimdesk-reference.sqlite"
    assert resolved.fonts_dir == bundle / "resources" / "fonts"
    assert resolved.app_icon == bundle / "resources" / "icons" / "pimdesk.svg"


def test_frozen_without_marker_keeps_data_in_the_per_user_folder(
    frozen: Path, tmp_path: Path
) -> None:
    resolved = AppPaths.resolve()
    assert not resolved.portable
    assert resolved.data_dir == (tmp_path / "home-data" / "PIM Desk").resolve()
    assert frozen.parent not in resolved.data_dir.parents


def test_portable_marker_puts_data_beside_the_executable(frozen: Path) -> None:
    (frozen.parent / paths.PORTABLE_MARKER).write_text("portable\n")
    resolved = AppPaths.resolve()
    assert resolved.portable
    assert resolved.data_dir == frozen.parent.resolve() / "pimdesk-data"
    assert resolved.user_database.parent == resolved.data_dir


def test_a_data_folder_given_explicitly_beats_portable_mode(
    frozen: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (frozen.parent / paths.PORTABLE_MARKER).write_text("")
    assert AppPaths.resolve(tmp_path / "given").data_dir == (tmp_path / "given").resolve()
    monkeypatch.setenv("PIMDESK_DATA_DIR", str(tmp_path / "from-env"))
    resolved = AppPaths.resolve()
    assert (resolved.data_dir, resolved.portable) == ((tmp_path / "from-env").resolve(), False)


def test_a_marker_beside_the_python_of_a_source_run_is_ignored(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home-data"))
    monkeypatch.delenv("PIMDESK_DATA_DIR", raising=False)
    python = tmp_path / "bin" / "python"
    python.parent.mkdir()
    python.write_bytes(b"")
    (python.parent / paths.PORTABLE_MARKER).write_text("")
    monkeypatch.setattr(sys, "executable", str(python))
    assert not AppPaths.resolve().portable


def test_portable_mode_in_a_macos_app_uses_the_folder_beside_the_app(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    macos = tmp_path / "stick" / "PIM Desk.app" / "Contents" / "MacOS"
    macos.mkdir(parents=True)
    (macos / "pimdesk").write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(macos / "pimdesk"))
    monkeypatch.delenv("PIMDESK_DATA_DIR", raising=False)
    assert paths.executable_folder() == (tmp_path / "stick").resolve()
    (tmp_path / "stick" / paths.PORTABLE_MARKER).write_text("")
    assert AppPaths.resolve().data_dir == (tmp_path / "stick" / "pimdesk-data").resolve()


def test_every_resources_folder_is_either_bundled_or_build_only() -> None:
    declared = {*paths.BUNDLED_RESOURCES, *paths.BUILD_ONLY_RESOURCES}
    present = {f"resources/{entry.name}" for entry in (ROOT / "resources").iterdir()}
    assert present <= declared, "declare new resources/ folders in pimdesk/paths.py"
    assert (ROOT / paths.REFERENCE_DATABASE).is_file()
    assert (ROOT / paths.APP_ICON).is_file()
