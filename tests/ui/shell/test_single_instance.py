"""One window per data folder (F4): real processes against one data folder.

A second start brings the first window forward and exits; a lock left by a killed window is
taken over; a window that does not answer is said in one sentence.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile

from pimdesk.ui.shell.single_instance import LOCK_FILE, REQUEST_FILE
from tests.ui.shell.test_smoke import READY, ROOT, smoke_environment

pytestmark = pytest.mark.gui


def pimdesk(data: Path, *arguments: str) -> list[str]:
    return [sys.executable, "-m", "pimdesk", "--data-dir", str(data), *arguments]


def run(data: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        pimdesk(data, *arguments), cwd=ROOT, env=smoke_environment(QT_QPA_PLATFORM="offscreen"),
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def wait_until_answering(data: Path, window: subprocess.Popen[str]) -> None:
    """Until the first window holds the lock and takes away a request, as a second start
    would leave one."""
    deadline = time.monotonic() + 90
    while not (data / LOCK_FILE).exists():
        assert window.poll() is None and time.monotonic() < deadline
        time.sleep(0.1)
    (data / REQUEST_FILE).touch()
    while (data / REQUEST_FILE).exists():
        assert window.poll() is None and time.monotonic() < deadline
        time.sleep(0.1)


def test_a_second_start_brings_the_first_forward_and_a_killed_one_is_taken_over(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    first = subprocess.Popen(
        pimdesk(data), cwd=ROOT, env=smoke_environment(QT_QPA_PLATFORM="offscreen"),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        wait_until_answering(data, first)
        second = run(data, "--smoke")
        assert second.returncode == 0, second.stderr
        assert second.stdout == ""  # no second window was opened
        assert second.stderr == (
            f"pimdesk: PIM Desk is already open on {data}; its window was brought forward.\n"
        )
        assert first.poll() is None and not (data / REQUEST_FILE).exists()
    finally:
        os.kill(first.pid, signal.SIGKILL)  # as a crash or a power cut would end it
        first.communicate(timeout=30)
    assert (data / LOCK_FILE).exists()  # left behind by the killed window
    after = run(data, "--smoke")
    assert after.returncode == 0, after.stderr
    assert READY.fullmatch(after.stdout) and after.stderr == ""


def test_a_window_that_does_not_answer_is_said_in_one_sentence(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    held = QLockFile(str(data / LOCK_FILE))  # a live process holds it but never looks
    assert held.tryLock(0)
    try:
        result = run(data, "--smoke")
    finally:
        held.unlock()
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "does not answer" in result.stderr
    assert not (data / REQUEST_FILE).exists()  # the request it left is taken back


def test_a_data_folder_that_is_a_file_is_one_sentence_for_the_window(tmp_path: Path) -> None:
    data = tmp_path / "a file"
    data.write_text("not a folder")
    result = run(data, "--smoke")
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_a_read_only_data_folder_still_opens_its_window(read_only_mount) -> None:  # type: ignore[no-untyped-def]
    """No lock can be written on a read-only disk, and nobody can save there either: the window
    opens, read-only, instead of taking the missing lock for another window."""
    mount, remount = read_only_mount
    data = mount / "data"
    created = subprocess.run(
        pimdesk(data, "selection", "new", "Kasai", "--scenario", "sudden_onset_emergency"),
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert created.returncode == 0, created.stderr
    remount("ro")
    result = run(data, "--smoke")
    assert result.returncode == 0, result.stderr
    assert READY.fullmatch(result.stdout), result.stdout
    assert "does not answer" not in result.stderr and "already open" not in result.stderr
