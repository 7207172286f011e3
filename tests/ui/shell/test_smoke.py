"""`pimdesk --smoke` as a separate process: offscreen, and in a real window under Xvfb."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[3]
READY = re.compile(r"ready \d+\n")
SCREEN = (1280, 800)


def smoke_environment(**changes: str | None) -> dict[str, str]:
    environment = dict(os.environ)
    environment.pop("PIMDESK_DATA_DIR", None)
    for name, value in changes.items():
        if value is None:
            environment.pop(name, None)
        else:
            environment[name] = value
    return environment


@pytest.mark.parametrize("scale", ["1", "2"], ids=["normal", "high-dpi"])
def test_smoke_offscreen_prints_ready_and_nothing_else(tmp_path: Path, scale: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pimdesk", "--smoke", "--data-dir", str(tmp_path / "data")],
        cwd=ROOT,
        env=smoke_environment(QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=scale),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert READY.fullmatch(result.stdout), result.stdout
    assert result.stderr == ""


def test_smoke_leaves_off_the_start_path_what_the_window_does_not_need(tmp_path: Path) -> None:
    """reportlab (PDF export) is not loaded to start, the personal-data patterns (checked only
    before an export) are not compiled, and PySide6's scan of each imported module's source
    keeps none of it in `linecache` (a few MiB of peak memory at start)."""
    script = (
        "import sys, runpy, linecache\n"
        "sys.argv = ['pimdesk', '--smoke', '--data-dir', sys.argv[1]]\n"
        "try:\n"
        "    runpy.run_module('pimdesk', run_name='__main__')\n"
        "except SystemExit as done:\n"
        "    assert done.code == 0, done.code\n"
        "print('loaded', sorted(m for m in ('reportlab',) if m in sys.modules))\n"
        "print('cached', sorted(n for n in linecache.cache if 'pimdesk' in n or 'enum' in n))\n"
        "from pimdesk.domain import sensitivity\n"
        "print('compiled', sensitivity._patterns.cache_info().currsize)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "data")],
        cwd=ROOT,
        env=smoke_environment(QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-3:] == ["loaded []", "cached []", "compiled 0"]


@pytest.mark.xvfb
def test_smoke_in_a_real_window_under_xvfb_with_a_screenshot(tmp_path: Path) -> None:
    xvfb_run = shutil.which("xvfb-run")
    if xvfb_run is None:
        if os.environ.get("CI"):
            pytest.fail("xvfb-run is missing on CI: `make system-deps` installs it")
        pytest.skip("xvfb-run is not installed (`make system-deps` installs it)")
    output = ROOT / "tests" / ".output"
    output.mkdir(parents=True, exist_ok=True)
    screenshot = output / "xvfb-smoke.png"
    screenshot.unlink(missing_ok=True)
    result = subprocess.run(
        [
            xvfb_run,
            "-a",
            "-s",
            f"-screen 0 {SCREEN[0]}x{SCREEN[1]}x24",
            sys.executable,
            "-m",
            "pimdesk",
            "--smoke",
            "--data-dir",
            str(tmp_path / "data"),
        ],
        cwd=ROOT,
        env=smoke_environment(QT_QPA_PLATFORM=None, PIMDESK_SMOKE_SCREENSHOT=str(screenshot)),
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert READY.fullmatch(result.stdout), result.stdout
    assert "Traceback" not in result.stderr
    image = QImage(str(screenshot))
    assert (image.width(), image.height()) == SCREEN  # the whole X screen, as a person sees it
    # A drawn window, not an empty screen: many distinct colours across the top of the screen.
    colours = {image.pixel(x, y) for x in range(0, 1000, 7) for y in (10, 70, 100)}
    assert len(colours) > 5


@pytest.mark.parametrize("how", ["truncated", "empty"])
def test_smoke_on_damaged_data_restores_the_backup_and_exits_0(tmp_path: Path, how: str) -> None:
    """The quick check runs beside Qt's start (pimdesk/store/early_check.py): damage is still
    found, set aside and the backup restored before the window reads anything."""
    from tests.store.test_userdata_recovery import damage, saved_with_backup
    from tests.store.userdata_helpers import contents, open_in

    data = tmp_path / "data"
    data.mkdir()
    expected, path = saved_with_backup(data)
    damage(path, how)
    result = subprocess.run(
        [sys.executable, "-m", "pimdesk", "--smoke", "--data-dir", str(data)],
        cwd=ROOT,
        env=smoke_environment(QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert READY.fullmatch(result.stdout) and result.stderr == ""
    assert any(p.name.startswith("pimdesk-user.sqlite.damaged-") for p in data.iterdir())
    store = open_in(data).store
    assert contents(store) == expected
    store.close()
