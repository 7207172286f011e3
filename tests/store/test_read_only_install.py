"""R6: the install folder may be read-only; the reference database is never written to."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

from pimdesk.services.reference import ReferenceService
from pimdesk.store.reference import ReferenceStore
from tests.conftest import BUNDLED_REFERENCE, ROOT


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(path.relative_to(folder)): (path.stat().st_size, path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
    }


def read_only_install(tmp_path: Path) -> Path:
    install = tmp_path / "install"
    (install / "db").mkdir(parents=True)
    shutil.copy(BUNDLED_REFERENCE, install / "db" / BUNDLED_REFERENCE.name)
    shutil.copytree(ROOT / "resources", install / "resources")
    for path in [install, *install.rglob("*")]:
        mode = path.stat().st_mode
        path.chmod(mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    return install


def test_reading_and_searching_write_nothing_beside_the_database(tmp_path: Path) -> None:
    install = read_only_install(tmp_path)
    before = snapshot(install)
    service = ReferenceService(ReferenceStore(install / "db" / BUNDLED_REFERENCE.name))
    assert service.search("consent").hits
    assert service.categories and service.terms
    service.close()
    assert snapshot(install) == before


def test_the_app_runs_from_a_read_only_install(tmp_path: Path) -> None:
    install = read_only_install(tmp_path)
    before = snapshot(install)
    environment = {**os.environ, "PIMDESK_RESOURCES": str(install)}
    data = tmp_path / "data"
    commands = (
        ["search", "refoulement", "--json"],
        ["selection", "new", "Kasai", "--scenario", "protracted_emergency"],
        ["selection", "export", "Kasai", str(tmp_path / "kasai.pimsel")],
    )
    for arguments in commands:
        result = subprocess.run(
            [sys.executable, "-m", "pimdesk", "--data-dir", str(data), *arguments],
            capture_output=True, env=environment, timeout=60, check=False, cwd=tmp_path,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert result.stderr == b""
    assert snapshot(install) == before
    assert (tmp_path / "kasai.pimsel").exists()
