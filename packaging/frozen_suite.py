"""The checks `make package` runs on the frozen build, each named in the package report.

`bundle` is the folder that holds the build: the one-folder build itself, or the folder with the
one-file program in it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from bundle_slimming import GLIBC_LIBRARIES, LINUX_SYSTEM_LIBRARIES, elf_needed
from frozen_checks import (
    CheckFailed,
    Sandbox,
    changes,
    ready_milliseconds,
    run_app,
    sandbox,
    save_and_reload,
    snapshot,
)

from pimdesk.paths import PORTABLE_DATA_FOLDER, PORTABLE_MARKER, USER_DATABASE

EXPECTED_CATEGORIES = 8
SOAK_VARIABLE = "PIMDESK_SOAK_SECONDS"  # pimdesk.app.SOAK_VARIABLE (the GUI stays out of mypy)
SOAK_SECONDS = 25


def check_soak(executable: Path) -> str:
    """Issue 12: the frozen app drives its own window for SOAK_SECONDS (search, every kind of
    page, the context editor, an export: pimdesk/ui/shell/soak.py) with no abort, exception, Qt
    warning, lost reference to None or runaway memory. Its note says which Python and PySide6
    it ran."""
    with sandbox() as box:
        printed = run_app(
            executable,
            ["--data-dir", str(box.home / "data"), "--lang", "en"],
            box,
            extra_environment={SOAK_VARIABLE: str(SOAK_SECONDS)},
            exit_codes=(0, 1),  # 1: the figures say what went wrong
        )
    lines = [line for line in printed.splitlines() if line.startswith("soak ")]
    if not lines:
        raise CheckFailed(f"the soak printed no figures: {printed.strip()!r}")
    figures = json.loads(lines[-1].removeprefix("soak "))
    if figures["problems"]:
        raise CheckFailed(f"the soak failed: {'; '.join(figures['problems'])}")
    return (
        f"{figures['rounds']} rounds in {figures['wall_seconds']} s on Python "
        f"{figures['python']}, PySide6 {figures['pyside']}; "
        f"peak memory +{figures['peak_growth_kb']} KB"
    )


def check_commands(executable: Path, box: Sandbox, data: list[str], version: str) -> None:
    """--version, list, search, self-test and --smoke: right answers, nothing on stderr."""
    if run_app(executable, ["--version"], box).strip() != f"PIM Desk {version}":
        raise CheckFailed(f"--version does not say PIM Desk {version}")
    categories = json.loads(run_app(executable, [*data, "list", "categories", "--json"], box))
    if len(categories) != EXPECTED_CATEGORIES:
        raise CheckFailed(f"`list categories` gave {len(categories)} categories")
    if "informed_consent" not in run_app(executable, [*data, "search", "consent"], box):
        raise CheckFailed("`search consent` does not find informed consent")
    report = json.loads(run_app(executable, [*data, "self-test", "--json"], box))
    if not (report["ok"] and report["frozen"]):
        raise CheckFailed(f"self-test failed in the frozen build: {report}")
    ready_milliseconds(run_app(executable, [*data, "--smoke"], box))


def check_read_only_install(bundle: Path, executable: Path, version: str) -> None:
    """Running, searching, saving, self-testing and starting the GUI write nothing in the bundle."""
    before = snapshot(bundle)
    with sandbox() as box:
        data = ["--data-dir", str(box.home / "data")]
        check_commands(executable, box, data, version)
        save_and_reload(executable, box, data)
    _refuse_changes(bundle, before, "the install folder")


@contextmanager
def read_only_mount(bundle: Path) -> Iterator[Path | None]:
    """The build bind-mounted read-only (Linux, as root), or None where that cannot be done."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0 or not shutil.which("mount"):
        yield None
        return
    with tempfile.TemporaryDirectory(prefix="pimdesk-read-only-") as folder:
        target = Path(folder) / bundle.name
        target.mkdir()
        if _mount("--bind", str(bundle), str(target)):
            try:
                yield target if _mount("-o", "remount,ro,bind", str(target)) else None
            finally:
                subprocess.run(["umount", str(target)], check=True)
        else:
            yield None


def _mount(*arguments: str) -> bool:
    return subprocess.run(["mount", *arguments], capture_output=True, check=False).returncode == 0


def check_read_only_mount(bundle: Path, executable: Path, version: str) -> str | None:
    """R6 for real: the same runs from a read-only mount of the build. A note when not possible."""
    with read_only_mount(bundle) as mounted:
        if mounted is None:
            return "skipped: needs root and mount on Linux; the snapshot check stands in"
        program = mounted / executable.relative_to(bundle)
        with sandbox() as box:
            data = ["--data-dir", str(box.home / "data")]
            check_commands(program, box, data, version)
            save_and_reload(program, box, data)
    return None


def check_default_data_folder(bundle: Path, executable: Path) -> str | None:
    """Without --data-dir or a marker, user data goes to the per-user folder, not the bundle."""
    if sys.platform == "win32":  # Windows names its folders itself, not from the environment
        return "skipped: the per-user folder cannot be redirected on Windows"
    before = snapshot(bundle)
    with sandbox() as box:
        save_and_reload(executable, box)
        expected = box.default_data_folder() / USER_DATABASE
        if not expected.is_file():
            raise CheckFailed(f"no user database in the per-user folder; home has {box.written()}")
    _refuse_changes(bundle, before, "the install folder")
    return None


def check_portable_mode(bundle: Path, executable: Path) -> None:
    """R19 on a 'USB stick': save, quit, relaunch; all data beside the program, none elsewhere."""
    with sandbox() as box:
        stick = box.home.parent / "stick" / bundle.name
        shutil.copytree(bundle, stick, symlinks=True)
        program = stick / executable.relative_to(bundle)
        (stick / PORTABLE_MARKER).write_text("PIM Desk keeps its data beside this file.\n")
        before = snapshot(stick)
        save_and_reload(program, box)
        ready_milliseconds(run_app(program, ["--smoke"], box))
        report = json.loads(run_app(program, ["self-test", "--json"], box))
        data_folder = stick / PORTABLE_DATA_FOLDER
        if not (report["portable"] and Path(report["data_dir"]) == data_folder.resolve()):
            raise CheckFailed(f"portable mode not taken: {report['data_dir']}")
        if not (data_folder / USER_DATABASE).is_file():
            raise CheckFailed(f"no {USER_DATABASE} in {data_folder}")
        if box.written():
            raise CheckFailed(f"portable mode wrote outside its folder: {box.written()}")
        _refuse_changes(stick, before, "the portable program folder", [PORTABLE_DATA_FOLDER])


def _refuse_changes(
    folder: Path, before: dict[str, tuple[int, int]], what: str, ignore: list[str] | None = None
) -> None:
    found = changes(before, snapshot(folder, ignore or []))
    if found:
        raise CheckFailed(f"{what} was written to: {'; '.join(found[:10])}")


def check_links(bundle: Path) -> None:
    """Every library a bundled binary links is in the bundle, glibc or a listed system package."""
    if not sys.platform.startswith("linux"):
        return
    present = {path.name for path in bundle.rglob("*")}
    provided = present | GLIBC_LIBRARIES | set(LINUX_SYSTEM_LIBRARIES)
    missing: dict[str, str] = {}
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink() and path.read_bytes()[:4] == b"\x7fELF":
            missing.update(
                (name, path.name) for name in elf_needed(str(path)) if name not in provided
            )
    if missing:
        raise CheckFailed(f"linked but neither bundled nor required of the system: {missing}")


def run_suite(bundle: Path, executable: Path, version: str) -> list[str]:
    """Run every check; what passed (with a note when a check could not run here, or the
    soak's figures). The first failure raises CheckFailed."""
    checks: list[tuple[str, Callable[[], str | None]]] = [
        ("links", lambda: check_links(bundle)),
        ("commands, self-test and --smoke; nothing written in the install folder",
         lambda: check_read_only_install(bundle, executable, version)),
        ("the same from a read-only mount",
         lambda: check_read_only_mount(bundle, executable, version)),
        ("user data in the per-user folder", lambda: check_default_data_folder(bundle, executable)),
        ("portable mode (R19)", lambda: check_portable_mode(bundle, executable)),
        (f"the desktop window soaked for {SOAK_SECONDS} s", lambda: check_soak(executable)),
    ]  # fmt: skip
    passed = []
    for name, check in checks:
        print(f"frozen check: {name} ...", flush=True)
        note = check()
        passed.append(f"{name} ({note})" if note else name)
        if note:
            print(f"frozen check: {note}", flush=True)
    return passed
