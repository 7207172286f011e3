"""The build's fingerprint: every input counted, and the same in every process that asks."""

from __future__ import annotations

import subprocess
import sys

import package_inputs

from pimdesk import paths
from tests.conftest import ROOT


def test_the_inputs_are_the_packaging_the_code_and_the_bundled_resources() -> None:
    inputs = {p.relative_to(ROOT).as_posix() for p in package_inputs.build_inputs(
        paths.BUNDLED_RESOURCES)}  # fmt: skip
    assert {"packaging/pimdesk.spec", "packaging/bundle_rules.py", "packaging/icons/pimdesk.ico",
            "pimdesk/app.py", "db/pimdesk-reference.sqlite", "resources/fonts/DejaVuSans.ttf",
            "resources/icons/pimdesk.svg"} <= inputs  # fmt: skip
    assert not [name for name in inputs if name.startswith("resources/content/")]


def test_installed_packages_name_each_once_and_leave_pim_desk_to_its_code() -> None:
    installed = package_inputs.installed_packages()
    names = [entry.split("==")[0].lower() for entry in installed]
    assert len(names) == len(set(names))
    assert "pimdesk" not in names and "pyinstaller" in names


def test_the_fingerprint_does_not_depend_on_the_checkout_being_on_the_path() -> None:
    """build.py puts the checkout on sys.path, a plain script may not: both must agree."""
    script = (
        "import sys\n"
        "sys.path.insert(0, sys.argv[1] + '/packaging')\n"
        "{extra}"
        "import package_inputs\n"
        "print(package_inputs.fingerprint('one-folder', {resources!r}))\n"
    )
    results = set()
    for extra in ("", "sys.path.insert(0, sys.argv[1])\n"):
        code = script.format(extra=extra, resources=paths.BUNDLED_RESOURCES)
        done = subprocess.run(
            [sys.executable, "-c", code, str(ROOT)], capture_output=True, text=True, check=True,
            cwd="/",
        )  # fmt: skip
        results.add(done.stdout.strip())
    assert len(results) == 1
