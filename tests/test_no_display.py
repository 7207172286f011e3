"""Started where there is no display at all, `pimdesk` says so in one line (not Qt's abort)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pimdesk.app import missing_display

ROOT = Path(__file__).resolve().parents[1]
NO_DISPLAY = (
    "pimdesk: no display found (DISPLAY and WAYLAND_DISPLAY are not set); PIM Desk's desktop "
    "window needs one. The command line works without: pimdesk --help"
)
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and Wayland")


def pimdesk_command() -> list[str]:
    """The installed `pimdesk` program beside this Python, as a user runs it."""
    program = Path(sys.executable).with_name("pimdesk")
    return [str(program)] if program.is_file() else [sys.executable, "-m", "pimdesk"]


def run_without_display(arguments: list[str], **extra: str) -> subprocess.CompletedProcess[str]:
    stripped = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "PIMDESK_DATA_DIR")
    environment = {k: v for k, v in os.environ.items() if k not in stripped}
    return subprocess.run(
        [*pimdesk_command(), *arguments],
        cwd=ROOT,
        env={**environment, **extra},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@linux_only
def test_without_a_display_the_app_says_what_is_missing_in_one_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    done = run_without_display(["--data-dir", str(data)])
    assert (done.returncode, done.stdout) == (1, ""), done.stderr
    assert done.stderr.splitlines() == [NO_DISPLAY]
    assert not data.exists()  # said before anything was opened or created


@linux_only
def test_without_a_display_the_command_line_still_works(tmp_path: Path) -> None:
    done = run_without_display(["--data-dir", str(tmp_path / "data"), "search", "consent"])
    assert done.returncode == 0, done.stderr
    assert "informed_consent" in done.stdout


@linux_only
def test_a_platform_named_in_qt_qpa_platform_is_respected(tmp_path: Path) -> None:
    done = run_without_display(
        ["--data-dir", str(tmp_path / "data"), "--smoke"], QT_QPA_PLATFORM="offscreen"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("ready ") and done.stderr == ""


@pytest.mark.parametrize(
    ("environment", "platform", "missing"),
    [
        ({}, "linux", "DISPLAY and WAYLAND_DISPLAY are not set"),
        ({"DISPLAY": ""}, "linux", "DISPLAY and WAYLAND_DISPLAY are not set"),
        ({"DISPLAY": ":0"}, "linux", ""),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", ""),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", ""),
        ({}, "darwin", ""),
        ({}, "win32", ""),
    ],
)
def test_only_linux_without_x11_wayland_or_a_named_platform_lacks_a_display(
    environment: dict[str, str], platform: str, missing: str
) -> None:
    assert missing_display(environment, platform) == missing
