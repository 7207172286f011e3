"""Files each system wants beside the frozen app: Windows version information, the macOS
Info.plist entries, and the Linux tar.gz — all derived from `pimdesk.__version__`."""

from __future__ import annotations

import platform
import re
import sys
import tarfile
from pathlib import Path

APP_NAME = "PIM Desk"
EXECUTABLE = "pimdesk"
BUNDLE_IDENTIFIER = "org.pimdesk.PIMDesk"
DESCRIPTION = "PIM Desk: the Protection Information Management framework, offline"
COPYRIGHT = "PIM Desk contributors, MIT licence"


def version_numbers(version: str) -> tuple[int, int, int, int]:
    """Windows wants four numbers: '0.9.0' -> (0, 9, 0, 0); a suffix like 'rc1' is left out."""
    leading = re.match(r"\d+(?:\.\d+){0,3}", version)
    if leading is None:
        raise ValueError(f"no version number in {version!r}")
    numbers = [int(part) for part in leading.group().split(".")]
    major, minor, patch, build = [*numbers, 0, 0, 0][:4]
    return major, minor, patch, build


def windows_version_info(version: str, executable: str = EXECUTABLE) -> str:
    """The text of a PyInstaller version file (`EXE(version=...)`): what Explorer shows."""
    numbers = version_numbers(version)
    strings = {
        "CompanyName": f"{APP_NAME} project",
        "FileDescription": APP_NAME,
        "FileVersion": version,
        "InternalName": executable,
        "LegalCopyright": COPYRIGHT,
        "OriginalFilename": f"{executable}.exe",
        "ProductName": APP_NAME,
        "ProductVersion": version,
    }
    table = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""# Generated from pimdesk.__version__ by packaging/platform_files.py; do not edit.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers!r},
    prodvers={numbers!r},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [{table}])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def write_windows_version_info(folder: Path, version: str, executable: str = EXECUTABLE) -> Path:
    target = folder / f"{executable}-version-info.txt"
    folder.mkdir(parents=True, exist_ok=True)
    target.write_text(windows_version_info(version, executable), encoding="utf-8")
    return target


def macos_info_plist(version: str) -> dict[str, object]:
    """What the `.app` bundle's Info.plist adds to PyInstaller's own entries."""
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundleGetInfoString": DESCRIPTION,
        "NSHumanReadableCopyright": COPYRIGHT,
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,  # follow the system's dark mode
        "LSMinimumSystemVersion": "13.0",  # what Qt 6.10 and later support
        "LSApplicationCategoryType": "public.app-category.reference",
    }


def platform_tag() -> str:
    """e.g. 'linux-x86_64', 'windows-amd64', 'macos-arm64': part of the archive's name."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    return f"{system}-{platform.machine().lower()}"


def write_tarball(folder: Path, target: Path) -> Path:
    """A tar.gz of the one-folder build, its top folder named like the archive, owner-neutral."""
    top = target.name.removesuffix(".tar.gz")

    def neutral(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    with tarfile.open(partial, "w:gz", compresslevel=9) as archive:
        archive.add(folder, arcname=top, filter=neutral)
    partial.replace(target)
    return target
