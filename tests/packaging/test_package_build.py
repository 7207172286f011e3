"""The Linux one-folder build that `make package` made (and `make test` makes first): its report,
its contents, its tar.gz, and installing it with install.sh.

Skipped when there is no build of the current code (run `make package`); under CI a missing or
stale build fails instead, since `make test` builds it before the tests run.
"""

from __future__ import annotations

import json
import lzma
import os
import re
import subprocess
import sys
import tarfile
from pathlib import Path
from typing import Any

import package_inputs
import package_report
import platform_files
import pytest
from frozen_checks import sandbox

from pimdesk import __version__, paths
from tests.conftest import BUNDLED_REFERENCE, ROOT

BUNDLE = ROOT / "dist" / "pimdesk"
REPORT = package_report.report_path("one-folder")
STAMP = ROOT / "build" / "pyinstaller" / "one-folder.fingerprint"
INTERNAL = BUNDLE / "_internal"

pytestmark = [
    pytest.mark.package,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux build"),
]


@pytest.fixture(scope="module")
def report() -> dict[str, Any]:
    current = package_inputs.fingerprint("one-folder", paths.BUNDLED_RESOURCES)
    if not (BUNDLE.is_dir() and REPORT.is_file() and STAMP.is_file()):
        problem = "there is no package build: run `make package`"
    elif STAMP.read_text() != current:
        problem = "the package build is older than the code: run `make package`"
    else:
        loaded: dict[str, Any] = json.loads(REPORT.read_text(encoding="utf-8"))
        return loaded
    if os.environ.get("CI"):
        pytest.fail(problem)
    pytest.skip(problem)


def test_the_build_passed_its_checks_within_every_budget(report: dict[str, Any]) -> None:
    assert report["version"] == __version__ and report["mode"] == "one-folder"
    assert all(report["within_budget"].values()), report["within_budget"]
    assert set(report["within_budget"]) == {"bundle_mb", "tarball_mb", "startup_ratio"}
    assert len(report["checks_passed"]) == 6
    assert report["checks_passed"][-1].startswith("the desktop window soaked for")
    assert len(report["startup"]["frozen_seconds"]) >= 5


def test_the_resources_are_where_paths_looks_for_them(report: dict[str, Any]) -> None:
    packed = INTERNAL / (paths.REFERENCE_DATABASE + ".xz")  # pimdesk/store/packed_reference.py
    assert lzma.decompress(packed.read_bytes()) == BUNDLED_REFERENCE.read_bytes()
    assert not (INTERNAL / paths.REFERENCE_DATABASE).exists()
    fonts = {path.name for path in (INTERNAL / paths.FONTS_FOLDER).iterdir()}
    assert {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "LICENSE-DejaVu.txt"} <= fonts
    assert {"Amiri-Regular.ttf", "Amiri-Bold.ttf", "LICENSE-Amiri.txt"} <= fonts
    catalogues = {path.name for path in (INTERNAL / paths.TRANSLATIONS_FOLDER).iterdir()}
    assert catalogues == {"pimdesk_fr.qm", "pimdesk_es.qm", "pimdesk_ar.qm"}
    assert (INTERNAL / paths.APP_ICON).read_bytes() == (ROOT / paths.APP_ICON).read_bytes()
    assert not (INTERNAL / paths.CONTENT_SOURCES_FOLDER).exists()


def test_what_pim_desk_does_not_use_is_not_in_the_build(report: dict[str, Any]) -> None:
    names = [path.relative_to(BUNDLE).as_posix() for path in BUNDLE.rglob("*")]
    unwanted = re.compile(
        r"Qt6(Quick|Qml|WebEngine|Multimedia|VirtualKeyboard|3D|Charts|Network|Pdf|Wayland)"
        r"|/plugins/(wayland|egldeviceintegrations|tls|generic|sqldrivers)"
        r"|libqgtk3|libgtk-3|libcairo|libfontconfig|libX11\.so|_ssl\.|libssl|_avif|_webp"
    )
    assert [name for name in names if unwanted.search(name)] == []
    translations = [name.rsplit("/", 1)[1] for name in names if "/translations/" in name]
    # Qt's own catalogues only for the languages PIM Desk ships (its interface's and content's).
    shipped = re.compile(r"qt(base)?_(en|fr|es|ar)\.qm")
    assert all(shipped.fullmatch(name) for name in translations), translations
    assert {"qtbase_fr.qm", "qtbase_es.qm", "qtbase_ar.qm"} <= set(translations)


def test_the_linux_files_sit_beside_the_program(report: dict[str, Any]) -> None:
    assert os.access(BUNDLE / "pimdesk", os.X_OK)
    assert (BUNDLE / "pimdesk.desktop").read_text() == (
        ROOT / "packaging" / "linux" / "pimdesk.desktop"
    ).read_text()
    assert os.access(BUNDLE / "install.sh", os.X_OK)
    assert (BUNDLE / "icons" / "pimdesk-256.png").is_file()


def test_the_tarball_unpacks_to_the_build(report: dict[str, Any]) -> None:
    tarball = Path(report["tarball"]["path"])
    top = tarball.name.removesuffix(".tar.gz")
    assert top == f"pimdesk-{__version__}-{platform_files.platform_tag()}"
    with tarfile.open(tarball) as archive:
        members = {member.name: member for member in archive.getmembers()}
    assert members[f"{top}/pimdesk"].mode & 0o100
    files = {name.removeprefix(f"{top}/") for name, m in members.items() if m.isfile()}
    on_disk = {p.relative_to(BUNDLE).as_posix() for p in BUNDLE.rglob("*") if p.is_file()
               and not p.is_symlink()}  # fmt: skip
    assert files == on_disk


def test_the_installed_build_runs_through_its_command_link(
    report: dict[str, Any], tmp_path: Path
) -> None:
    env = {**os.environ, "PREFIX": str(tmp_path / "opt" / "pimdesk"),
           "BIN_DIR": str(tmp_path / "bin"), "SHARE_DIR": str(tmp_path / "share")}  # fmt: skip
    subprocess.run(["sh", str(BUNDLE / "install.sh")], env=env, check=True, capture_output=True)
    with sandbox() as box:
        done = subprocess.run(
            [str(tmp_path / "bin" / "pimdesk"), "--data-dir", str(tmp_path / "data"),
             "self-test", "--json"],
            env=box.environment(), capture_output=True, text=True, check=False,
        )  # fmt: skip
    assert (done.returncode, done.stderr) == (0, "")
    result = json.loads(done.stdout)
    assert result["frozen"] and result["resources"] == str(
        tmp_path / "opt" / "pimdesk" / "_internal"
    )
    subprocess.run(["sh", str(BUNDLE / "install.sh"), "--uninstall"], env=env, check=True,
                   capture_output=True)  # fmt: skip
    assert (tmp_path / "data" / "pimdesk-user.sqlite").is_file()
    assert not (tmp_path / "opt" / "pimdesk").exists()
