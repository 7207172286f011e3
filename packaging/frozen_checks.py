"""Check a frozen build from outside, as an administrator would: run it headless and watch it.

Each run gets an empty home folder, so the checks also see where the app writes: never inside
its own folder (R6: the install folder may be read-only), user data in the per-user folder by
default, and everything beside the executable in portable mode (R19).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from pimdesk.paths import APP_DIRECTORY_NAME

READY_LINE = re.compile(r"^ready (\d+)$")
# Variables that would point the app elsewhere than a clean install would look.
FOREIGN_VARIABLES = ("PIMDESK_DATA_DIR", "PIMDESK_RESOURCES", "PYTHONPATH", "PYTHONHOME")
TIMEOUT_SECONDS = 120
CHECK_SELECTION = "Frozen build check"
CHECK_SCENARIO = "sudden_onset_emergency"
CHECK_CATEGORY = "case_management"


class CheckFailed(Exception):
    """The frozen build misbehaved; the message says how."""


Snapshot = dict[str, tuple[int, int]]  # relative path -> (size, modification time in ns)


def snapshot(folder: Path, ignore: Sequence[str] = ()) -> Snapshot:
    """Every file and folder under `folder` with its size and modification time."""
    entries: Snapshot = {}
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).as_posix()
        if relative.split("/")[0] in ignore:
            continue
        status = path.lstat()
        entries[relative] = (status.st_size if path.is_file() else 0, status.st_mtime_ns)
    return entries


def changes(before: Snapshot, after: Snapshot) -> list[str]:
    """What was added, removed or modified between two snapshots, one line each."""
    added = [f"added {name}" for name in sorted(after.keys() - before.keys())]
    removed = [f"removed {name}" for name in sorted(before.keys() - after.keys())]
    modified = [
        f"modified {name}"
        for name in sorted(before.keys() & after.keys())
        if before[name] != after[name]
    ]
    return added + removed + modified


@dataclass(frozen=True)
class Sandbox:
    """An empty home for one series of runs: where the app could write outside its data folder."""

    home: Path

    def environment(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in FOREIGN_VARIABLES}
        env.update(
            QT_QPA_PLATFORM="offscreen",
            HOME=str(self.home),
            USERPROFILE=str(self.home),
            XDG_DATA_HOME=str(self.home / ".local" / "share"),
            XDG_CONFIG_HOME=str(self.home / ".config"),
            XDG_CACHE_HOME=str(self.home / ".cache"),
            XDG_STATE_HOME=str(self.home / ".local" / "state"),
        )
        return env

    def written(self) -> list[str]:
        """Files written in the home folder, apart from the system's font cache.

        fontconfig (a system library, not PIM Desk) refreshes its per-user cache when the
        system's is stale; that is the desktop's business, not user data.
        """
        return [
            name
            for name in snapshot(self.home)
            if not name.startswith(".cache") and (self.home / name).is_file()
        ]

    def default_data_folder(self) -> Path:
        """Where platformdirs puts PIM Desk's data under this home (Linux and macOS)."""
        if sys.platform == "darwin":
            return self.home / "Library" / "Application Support" / APP_DIRECTORY_NAME
        return self.home / ".local" / "share" / APP_DIRECTORY_NAME


@contextmanager
def sandbox() -> Iterator[Sandbox]:
    with tempfile.TemporaryDirectory(prefix="pimdesk-frozen-") as folder:
        home = Path(folder) / "home"
        home.mkdir()
        yield Sandbox(home)


def run_app(
    executable: Path,
    arguments: Sequence[str],
    box: Sandbox,
    allowed_stderr: str = "",
    extra_environment: Mapping[str, str] | None = None,
    exit_codes: Sequence[int] = (0,),
) -> str:
    """Run the app; its stdout, or CheckFailed when it fails or says anything on stderr.

    `allowed_stderr` is an expected one-line notice (a regular expression), e.g. the note
    that a damaged data file was restored; anything else on stderr is a failure. `exit_codes`
    are those the caller reads the stdout of (the soak's 1 comes with figures saying why).
    """
    command = [str(executable), *arguments]
    try:
        done = subprocess.run(
            command,
            env={**box.environment(), **(extra_environment or {})},
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=TIMEOUT_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise CheckFailed(f"`{_shown(command)}` did not finish in {TIMEOUT_SECONDS} s") from None
    unexpected = [
        line
        for line in done.stderr.splitlines()
        if line.strip() and not (allowed_stderr and re.fullmatch(allowed_stderr, line))
    ]
    if done.returncode not in exit_codes or unexpected:
        raise CheckFailed(
            f"`{_shown(command)}` exited with {done.returncode}; stderr:\n{done.stderr.strip()}"
        )
    return done.stdout


def _shown(command: Sequence[str]) -> str:
    return " ".join(Path(command[0]).name if i == 0 else part for i, part in enumerate(command))


def ready_milliseconds(stdout: str) -> int:
    """The number in `--smoke`'s 'ready <ms>' line; CheckFailed when the line is not there."""
    for line in stdout.splitlines():
        match = READY_LINE.match(line.strip())
        if match:
            return int(match.group(1))
    raise CheckFailed(f"--smoke printed no 'ready <ms>' line: {stdout.strip()!r}")


def save_and_reload(executable: Path, box: Sandbox, data: Sequence[str] = ()) -> None:
    """Save a selection, quit, start again: the selection must be there (R19)."""
    run_app(
        executable,
        [*data, "selection", "new", CHECK_SELECTION, "--scenario", CHECK_SCENARIO,
         "--category", CHECK_CATEGORY],
        box,
    )  # fmt: skip
    shown = json.loads(
        run_app(executable, [*data, "selection", "show", CHECK_SELECTION, "--json"], box)
    )["selection"]
    picked = [choice["category"] for choice in shown["choices"]]
    if (shown["name"], shown["scenario"], picked) != (
        CHECK_SELECTION,
        CHECK_SCENARIO,
        [CHECK_CATEGORY],
    ):
        raise CheckFailed(f"the saved selection came back different: {shown['name']!r}, {picked}")
