"""The data folder is the user's alone (F17): 0700 folders and 0600 files, whatever the umask,
both when PIM Desk creates them and when it finds them looser."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from pimdesk.paths import AppPaths
from pimdesk.services.container import Services
from pimdesk.store.private_folder import make_private
from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def modes(folder: Path) -> dict[str, int]:
    found = {".": stat.S_IMODE(folder.lstat().st_mode)}
    for path in folder.rglob("*"):
        if not path.is_symlink():
            found[path.relative_to(folder).as_posix()] = stat.S_IMODE(path.lstat().st_mode)
    return found


def all_private(folder: Path) -> None:
    for name, mode in modes(folder).items():
        path = folder / name
        assert mode & 0o077 == 0, f"{name} is {oct(mode)}"
        if path.is_dir():
            assert mode == 0o700, f"{name} is {oct(mode)}"


@pytest.mark.parametrize("umask", [0o000, 0o002, 0o022])
def test_a_command_run_with_any_umask_leaves_only_private_files(tmp_path: Path, umask: int) -> None:
    data = tmp_path / "data"
    env = {k: v for k, v in os.environ.items() if k != "PIMDESK_DATA_DIR"}
    commands = [
        ["selection", "new", "Kasai", "--scenario", "sudden_onset_emergency"],
        ["db", "backup"],
        ["selection", "export", "Kasai", str(data / "k.pimsel")],
    ]
    for command in commands:
        result = subprocess.run(
            [sys.executable, "-c", f"import os, sys; os.umask({umask}); "
             "from pimdesk.app import main; sys.exit(main(sys.argv[1:]))",
             "--data-dir", str(data), *command],
            cwd=ROOT, env=env, capture_output=True, timeout=120, check=False,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
    assert (data / "backups").is_dir() and (data / "pimdesk-user.sqlite").is_file()
    all_private(data)


def test_a_loose_folder_is_tightened_when_opened(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "backups").mkdir(parents=True)
    (data / "content" / "versions" / "1").mkdir(parents=True)
    planted = [
        data / "pimdesk-user.sqlite-wal",
        data / "backups" / "old.sqlite",
        data / "content" / "active.json",
        data / "content" / "versions" / "1" / "x",
    ]
    for path in planted:
        path.write_bytes(b"")
    for path in [data, *data.rglob("*")]:
        path.chmod(0o777 if path.is_dir() else 0o666)
    outside = tmp_path / "elsewhere"
    outside.write_bytes(b"")
    outside.chmod(0o644)
    (data / "link").symlink_to(outside)
    os.mkfifo(data / "pipe", 0o644)
    make_private(data)
    assert stat.S_IMODE((data / "pipe").lstat().st_mode) == 0o644  # not a file of PIM Desk's
    (data / "pipe").unlink()
    all_private(data)
    assert stat.S_IMODE(outside.stat().st_mode) == 0o644  # links are not followed


def test_opening_the_user_data_through_the_services_makes_the_folder_private(
    tmp_path: Path,
) -> None:
    data = tmp_path / "new" / "data"
    previous = os.umask(0)
    try:
        services = Services(AppPaths.resolve(data))
        services.selections.create("Kasai", "sudden_onset_emergency")
        services.close()
    finally:
        os.umask(previous)
    assert stat.S_IMODE(data.stat().st_mode) == 0o700


def test_files_of_other_users_are_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    shared = data / "theirs"
    shared.write_bytes(b"")
    shared.chmod(0o644)
    monkeypatch.setattr(os, "geteuid", lambda: os.getuid() + 12345)
    make_private(data)
    assert stat.S_IMODE(shared.stat().st_mode) == 0o644
