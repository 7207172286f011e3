"""R16: a content import killed at any moment leaves a usable content set (the previous one,
or the new one once the switch happened), and running the import again succeeds.

A child process imports; it is either stopped dead (`os._exit`, no clean-up runs) at each step
in turn, or killed with SIGKILL at random moments.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pimdesk.paths import AppPaths
from pimdesk.store.content_packs import ContentLibrary
from pimdesk.store.content_tables import soundness_problem
from pimdesk.store.pack_signing import TrustedKeys
from tests.conftest import ROOT
from tests.store.pack_fixtures import Signer, build_pack, content_files, mini_content

pytestmark = pytest.mark.skipif(os.name != "posix", reason="kills child processes with signals")

CHILD = """
import os, sys, time
from pathlib import Path
from pimdesk.store.content_packs import ContentLibrary
from pimdesk.store.pack_signing import TrustedKeys
import pimdesk.store.content_packs as packs
import pimdesk.store.files as files

data, bundled, pack, crash = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]

def die(*args, **kwargs):
    os._exit(137)

if crash == "before-pointer":
    packs._switch = die
elif crash == "writing-pointer":
    files._replace = die
elif crash == "pruning":
    packs.ContentLibrary._prune = die

def progress(report):
    if crash == f"step-{report.step}":
        os._exit(137)

library = ContentLibrary(data / "content", bundled, TrustedKeys(data / "trusted-keys"))
print("ready", flush=True)
started = time.monotonic()
library.import_pack(pack, progress=progress)
print(f"done {time.monotonic() - started:.4f}", flush=True)
"""

CRASH_POINTS = [f"step-{n}" for n in range(1, 7)] + ["before-pointer", "writing-pointer", "pruning"]
SWITCHED = {"step-6", "pruning"}  # crash points after the new content became active


def child(data: Path, bundled: Path, pack: Path, crash: str = "none") -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data), str(bundled), str(pack), crash],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


class Setup:
    """A data folder with content 2.0.0 imported, and a signed 3.0.0 pack to import."""

    def __init__(self, folder: Path, bundled: Path) -> None:
        self.folder = folder
        self.bundled = bundled
        self.base = folder / "base"
        signer = Signer()
        signer.trust(self.base / "trusted-keys")
        self.installed_pack = folder / "installed.zip"
        self.installed_pack.write_bytes(
            build_pack(content_files(mini_content("2.0.0")), signer.key, "2.0.0")
        )
        self.library(self.base).import_pack(self.installed_pack)
        self.pack = folder / "new.zip"
        self.pack.write_bytes(build_pack(content_files(mini_content("3.0.0")), signer.key, "3.0.0"))

    def library(self, data: Path) -> ContentLibrary:
        paths = AppPaths(data, self.bundled)
        return ContentLibrary(paths.content_dir, self.bundled, TrustedKeys(paths.trusted_keys_dir))

    def trial(self, name: str) -> Path:
        data = self.folder / name
        shutil.copytree(self.base, data)
        return data


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory, mini_bundled: Path) -> Setup:
    return Setup(tmp_path_factory.mktemp("r16"), mini_bundled)


def assert_usable(library: ContentLibrary, allowed: set[str]) -> str:
    """The active content is sound, without notices, and one of `allowed`; its version."""
    active = library.active()
    assert active.notices == ()
    assert active.record is not None
    assert soundness_problem(active.database) is None
    assert active.record.version in allowed
    return active.record.version


def rerun_succeeds(library: ContentLibrary, pack: Path, version: str) -> None:
    if version == "2.0.0":
        assert library.import_pack(pack).to_version == "3.0.0"
    assert assert_usable(library, {"3.0.0"}) == "3.0.0"
    assert not list(library.content_dir.glob(".staging-*"))
    assert library.rollback().to_version == "2.0.0"  # the previous content is still there
    assert_usable(library, {"2.0.0"})


def test_r16_an_import_stopped_dead_at_each_step_can_be_run_again(setup: Setup) -> None:
    children = {
        crash: child(setup.trial(crash), setup.bundled, setup.pack, crash) for crash in CRASH_POINTS
    }
    for crash, process in children.items():  # they ran side by side, each in its own folder
        _, errors = process.communicate(timeout=60)
        assert process.returncode == 137, (crash, errors)
        library = setup.library(setup.folder / crash)
        expected = "3.0.0" if crash in SWITCHED else "2.0.0"
        assert assert_usable(library, {expected}) == expected, crash
        rerun_succeeds(library, setup.pack, expected)


def test_r16_an_import_killed_at_random_moments_never_leaves_broken_content(
    setup: Setup,
) -> None:
    calibration = child(setup.trial("calibration"), setup.bundled, setup.pack)
    out, errors = calibration.communicate(timeout=60)
    assert calibration.returncode == 0, errors
    duration = float(out.split("done ")[1])
    chooser = random.Random()
    outcomes = []
    for trial in range(6):
        data = setup.trial(f"trial-{trial}")
        process = child(data, setup.bundled, setup.pack)
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "ready"
        time.sleep(chooser.uniform(0, duration * 1.2))
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=60)
        library = setup.library(data)
        version = assert_usable(library, {"2.0.0", "3.0.0"})
        outcomes.append((process.returncode, version))
        rerun_succeeds(library, setup.pack, version)
    # a kill after the import ended returns 0; every other one found the import half-way
    assert all(code in (0, -signal.SIGKILL) for code, _ in outcomes)
    print("R16 random kills (exit code, content after):", outcomes, f"import took {duration}s")
