"""Shared fixtures. Qt runs offscreen in every test unless a test says otherwise."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from pimdesk.services.reference import ReferenceService
from pimdesk.store.reference import ReferenceStore

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("PIMDESK_DATA_DIR", None)

# Fixtures of the content-pack tests (`mini_bundled`, `packs`) for store, service and CLI tests.
pytest_plugins = ["tests.store.pack_fixtures"]

ROOT = Path(__file__).resolve().parent.parent
CONTENT_SOURCES = ROOT / "resources" / "content"
BUNDLED_REFERENCE = ROOT / "db" / "pimdesk-reference.sqlite"


def pytest_sessionstart(session: pytest.Session) -> None:
    """The CLI and GUI tests read the bundled reference database, as the app does: build it if
    `make content` has not (a test run on its own, outside `make test`)."""
    newest_source = max(p.stat().st_mtime for p in CONTENT_SOURCES.rglob("*.toml"))
    if not BUNDLED_REFERENCE.exists() or BUNDLED_REFERENCE.stat().st_mtime < newest_source:
        from pimdesk.store.reference_build import build_reference_database

        build_reference_database(CONTENT_SOURCES, BUNDLED_REFERENCE)


@pytest.fixture(scope="session")
def reference_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A reference database built from the real content sources, once per test session."""
    from pimdesk.store.reference_build import build_reference_database

    target = tmp_path_factory.mktemp("reference") / "pimdesk-reference.sqlite"
    build_reference_database(CONTENT_SOURCES, target)
    return target


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A writable copy of the content sources, for tests that break them on purpose."""
    target = tmp_path / "content"
    shutil.copytree(CONTENT_SOURCES, target)
    return target


@pytest.fixture(scope="session")
def reference(reference_db: Path) -> Iterator[ReferenceService]:
    service = ReferenceService(ReferenceStore(reference_db))
    yield service
    service.close()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


_shared: dict[str, ReferenceService] = {}


def shared_reference() -> ReferenceService:
    """A reference service for hypothesis tests, which cannot take function-scoped fixtures."""
    if "service" not in _shared:
        import tempfile

        from pimdesk.store.reference_build import build_reference_database

        folder = Path(tempfile.mkdtemp(prefix="pimdesk-ref-"))
        build_reference_database(CONTENT_SOURCES, folder / "reference.sqlite")
        _shared["service"] = ReferenceService(ReferenceStore(folder / "reference.sqlite"))
    return _shared["service"]


@pytest.fixture
def read_only_mount(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A tmpfs that the test can remount read-only (root only: TOOLCHAIN.md, chmod is no test)."""
    import os
    import shutil
    import subprocess

    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a read-only tmpfs needs root; the patched tests cover the rest")
    mount = tmp_path / "mount"
    mount.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)], check=False
    )
    if made.returncode:
        pytest.skip("this system does not let the test mount a tmpfs")

    def remount(mode: str) -> None:
        subprocess.run(["mount", "-o", f"remount,{mode}", str(mount)], check=True)

    yield mount, remount
    subprocess.run(["umount", str(mount)], check=False)
