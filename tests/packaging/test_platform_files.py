"""The files each system gets: version information, Info.plist, tar.gz, .desktop, installers."""

from __future__ import annotations

import configparser
import os
import plistlib
import re
import shutil
import stat
import subprocess
import tarfile
from pathlib import Path
from typing import Any

import platform_files
import pytest

from pimdesk import __version__
from tests.conftest import ROOT

PACKAGING = ROOT / "packaging"


@pytest.mark.parametrize(
    ("version", "numbers"),
    [("0.9.0", (0, 9, 0, 0)), ("1.2", (1, 2, 0, 0)), ("2.0.1rc1", (2, 0, 1, 0)),
     ("1.2.3.4.5", (1, 2, 3, 4)), ("3.1.4+local", (3, 1, 4, 0))],
)  # fmt: skip
def test_windows_version_numbers(version: str, numbers: tuple[int, ...]) -> None:
    assert platform_files.version_numbers(version) == numbers


def test_a_version_without_numbers_is_refused() -> None:
    with pytest.raises(ValueError, match="no version number"):
        platform_files.version_numbers("dev")


def evaluate_version_info(text: str) -> dict[str, Any]:
    """Evaluate the version file as PyInstaller does, with recording stand-ins for its classes."""

    def record(kind: str) -> Any:
        return lambda *args, **kwargs: {"kind": kind, "args": args, **kwargs}

    names = ["VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "VarFileInfo",
             "VarStruct"]  # fmt: skip
    namespace = {name: record(name) for name in names}
    namespace["StringStruct"] = lambda key, value: (key, value)
    result: dict[str, Any] = eval(text, namespace)  # our own generated file, as PyInstaller does
    return result


def test_windows_version_information_comes_from_the_package_version(tmp_path: Path) -> None:
    path = platform_files.write_windows_version_info(tmp_path, __version__)
    info = evaluate_version_info(path.read_text(encoding="utf-8"))
    numbers = platform_files.version_numbers(__version__)
    assert info["ffi"]["filevers"] == info["ffi"]["prodvers"] == numbers
    strings = dict(info["kids"][0]["args"][0][0]["args"][1])
    assert strings["ProductVersion"] == strings["FileVersion"] == __version__
    assert (strings["ProductName"], strings["OriginalFilename"]) == ("PIM Desk", "pimdesk.exe")


def test_the_macos_info_plist_is_valid_and_versioned() -> None:
    entries = plistlib.loads(plistlib.dumps(platform_files.macos_info_plist(__version__)))
    assert entries["CFBundleShortVersionString"] == entries["CFBundleVersion"] == __version__
    assert entries["CFBundleDisplayName"] == "PIM Desk"
    assert entries["NSHighResolutionCapable"] is True


def test_the_tarball_holds_the_folder_under_its_own_name(tmp_path: Path) -> None:
    build = tmp_path / "pimdesk"
    (build / "_internal").mkdir(parents=True)
    (build / "pimdesk").write_text("#!/bin/sh\n")
    (build / "pimdesk").chmod(0o755)
    (build / "_internal" / "data.bin").write_bytes(b"\x00" * 100)
    target = platform_files.write_tarball(
        build, tmp_path / "out" / "pimdesk-1.0-linux-x86_64.tar.gz"
    )
    with tarfile.open(target) as archive:
        members = {member.name: member for member in archive.getmembers()}
    top = "pimdesk-1.0-linux-x86_64"
    assert set(members) == {top, f"{top}/pimdesk", f"{top}/_internal", f"{top}/_internal/data.bin"}
    assert members[f"{top}/pimdesk"].mode & stat.S_IXUSR
    assert {(m.uid, m.uname) for m in members.values()} == {(0, "")}
    assert list(target.parent.iterdir()) == [target]  # no partial file left


def test_the_desktop_entry_launches_pimdesk_with_its_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(PACKAGING / "linux" / "pimdesk.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert (section["Type"], section["Name"], section["Exec"]) == ("Application", "PIM Desk",
                                                                    "pimdesk")  # fmt: skip
    assert section["Icon"] == "pimdesk" and section["Terminal"] == "false"
    assert section["Categories"].endswith(";")


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_the_desktop_entry_passes_desktop_file_validate() -> None:
    done = subprocess.run(
        ["desktop-file-validate", str(PACKAGING / "linux" / "pimdesk.desktop")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert (done.returncode, done.stdout + done.stderr) == (0, "")


def test_the_inno_setup_script_installs_per_machine_and_keeps_user_data() -> None:
    script = (PACKAGING / "windows" / "pimdesk.iss").read_text(encoding="utf-8")
    settings = dict(re.findall(r"^(\w+)=(.*)$", script, re.MULTILINE))
    assert settings["PrivilegesRequired"] == "admin"
    assert settings["DefaultDirName"] == r"{autopf}\{#AppName}"
    assert settings["AppId"].startswith("{{") and settings["OutputBaseFilename"].startswith(
        "pimdesk-{#AppVersion}-windows-setup"
    )
    assert '"{autoprograms}\\{#AppName}"' in script  # the Start-menu entry
    assert "/VERYSILENT" in script
    sections = re.findall(r"^\[(\w+)\]$", script, re.MULTILINE)
    assert "UninstallDelete" not in sections and "UninstallRun" not in sections
    assert "userappdata" not in script.lower() and "{app}\\pimdesk-data" not in script
    assert (PACKAGING / "windows" / settings["SetupIconFile"].replace("\\", "/")).is_file()
    assert re.search(r'^#define AppVersion GetStringFileInfo\(.*"ProductVersion"\)$', script, re.M)


# ------------------------------------------------------------------ install.sh, for real
@pytest.fixture
def unpacked(tmp_path: Path) -> Path:
    """An unpacked tar.gz with a stand-in program that prints its version."""
    folder = tmp_path / "pimdesk-9.9.9-linux-x86_64"
    (folder / "_internal").mkdir(parents=True)
    (folder / "_internal" / "library.so").write_bytes(b"\x7fELF")
    (folder / "pimdesk").write_text('#!/bin/sh\necho "PIM Desk 9.9.9"\n')
    (folder / "pimdesk").chmod(0o755)
    shutil.copy(PACKAGING / "linux" / "pimdesk.desktop", folder)
    shutil.copy(PACKAGING / "linux" / "install.sh", folder)
    (folder / "icons").mkdir()
    shutil.copy(ROOT / "resources" / "icons" / "pimdesk.svg", folder / "icons")
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        shutil.copy(PACKAGING / "icons" / f"pimdesk-{size}.png", folder / "icons")
    return folder


def install_sh(folder: Path, root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PREFIX": str(root / "opt" / "pimdesk"), "BIN_DIR": str(root / "bin"),
           "SHARE_DIR": str(root / "share")}  # fmt: skip
    return subprocess.run(
        ["sh", str(folder / "install.sh"), *args], env=env, capture_output=True, text=True,
        check=False,
    )  # fmt: skip


def test_install_sh_installs_the_program_menu_entry_and_icons(
    unpacked: Path, tmp_path: Path
) -> None:
    root = tmp_path / "system"
    done = install_sh(unpacked, root)
    assert done.returncode == 0, done.stderr
    command = root / "bin" / "pimdesk"
    ran = subprocess.run([str(command)], capture_output=True, text=True, check=True)
    assert ran.stdout == "PIM Desk 9.9.9\n"
    entry = (root / "share" / "applications" / "pimdesk.desktop").read_text()
    assert f"Exec={command}\n" in entry and f"TryExec={command}\n" in entry
    assert (root / "share" / "icons" / "hicolor" / "48x48" / "apps" / "pimdesk.png").is_file()
    assert (root / "share" / "icons" / "hicolor" / "scalable" / "apps" / "pimdesk.svg").is_file()
    assert (root / "opt" / "pimdesk" / "_internal" / "library.so").is_file()


def test_install_sh_upgrades_in_place_and_uninstall_keeps_user_data(
    unpacked: Path, tmp_path: Path
) -> None:
    root = tmp_path / "system"
    assert install_sh(unpacked, root).returncode == 0
    prefix = root / "opt" / "pimdesk"
    (prefix / "_internal" / "left-over-from-an-old-version.so").write_bytes(b"")
    portable_data = prefix / "pimdesk-data"
    portable_data.mkdir()
    (portable_data / "pimdesk-user.sqlite").write_bytes(b"precious")
    assert install_sh(unpacked, root).returncode == 0  # the upgrade
    assert not (prefix / "_internal" / "left-over-from-an-old-version.so").exists()
    done = install_sh(unpacked, root, "--uninstall")
    assert done.returncode == 0, done.stderr
    assert (portable_data / "pimdesk-user.sqlite").read_bytes() == b"precious"
    assert sorted(path.name for path in prefix.iterdir()) == ["pimdesk-data"]
    assert not (root / "bin" / "pimdesk").exists()
    assert not (root / "share" / "applications" / "pimdesk.desktop").exists()
    assert not list((root / "share" / "icons").rglob("pimdesk.*"))


def test_install_sh_refuses_to_install_from_the_installed_copy(
    unpacked: Path, tmp_path: Path
) -> None:
    root = tmp_path / "system"
    assert install_sh(unpacked, root).returncode == 0
    done = install_sh(root / "opt" / "pimdesk", root)
    assert done.returncode == 1 and "installed copy" in done.stderr
    assert (root / "opt" / "pimdesk" / "pimdesk").is_file()
