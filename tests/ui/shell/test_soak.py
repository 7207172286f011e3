"""The soak of issue 12 in `make test`: the real app, started as `pimdesk` starts it, driven for a
minute by real key and mouse events (pimdesk/ui/shell/soak.py), with nothing going wrong.

`make soak` runs the same driver for 30 minutes and the package checks run it in the frozen
build. A short test process never runs out of references to None even with a leaking binding
(it starts with tens of thousands), so the soak checks the count itself, along with Python
exceptions, Qt warnings (also failed by pytest-qt) and the growth of peak memory.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLockFile
from pytestqt.qtbot import QtBot

from pimdesk.app import SOAK_VARIABLE, main, soak_seconds
from pimdesk.ui.data.data_guard import DataGuard
from pimdesk.ui.shell import soak as soak_module
from pimdesk.ui.shell.main_window import MainWindow
from pimdesk.ui.shell.single_instance import LOCK_FILE
from pimdesk.ui.shell.soak import (
    NONE_DROP_BOUND,
    NONE_IS_COUNTED,
    PEAK_GROWTH_BOUND_KB,
    SoakFigures,
    Watch,
)

pytestmark = pytest.mark.gui

SOAK_SECONDS = 60  # with start-up and the first round: about 70 s on a busy 2-core machine
EVERY_PAGE_KIND = {
    "home", "matrix", "cell", "element", "questions", "question", "need", "categories",
    "category", "glossary", "term", "principles", "principle", "scenarios", "scenario",
    "challenges", "challenge", "access", "about", "selections", "bookmarks",
}  # fmt: skip


def soak_figures(printed: str) -> dict[str, Any]:
    lines = [line for line in printed.splitlines() if line.startswith("soak ")]
    assert len(lines) == 1, printed
    figures: dict[str, Any] = json.loads(lines[0].removeprefix("soak "))
    return figures


@pytest.mark.slow
def test_the_app_survives_a_minute_of_ordinary_work(
    qtbot: QtBot,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(SOAK_VARIABLE, str(SOAK_SECONDS))
    code = main(["--data-dir", str(data_dir), "--lang", "en"])
    figures = soak_figures(capsys.readouterr().out)
    assert figures["problems"] == [] and code == 0
    assert figures["wall_seconds"] >= SOAK_SECONDS and figures["rounds"] >= 3
    assert set(figures["pages"]) >= EVERY_PAGE_KIND
    rounds = figures["rounds"]
    actions = figures["actions"]
    assert actions["search"] == actions["context_and_export"] == rounds
    assert actions["exports"] == actions["autosaves"] == rounds
    assert actions["keys"] > 100 * rounds and actions["clicks"] > 20 * rounds
    assert 0 <= figures["peak_growth_kb"] <= PEAK_GROWTH_BOUND_KB
    if NONE_IS_COUNTED:
        assert figures["none_drop"] is not None and figures["none_drop"] <= NONE_DROP_BOUND
    else:
        assert figures["none_drop"] is None


@pytest.mark.qt_no_exception_capture
@pytest.mark.qt_log_ignore("a warning from the soak's own test")
def test_the_watch_records_an_exception_in_a_slot_and_a_qt_warning(qtbot: QtBot) -> None:
    from PySide6.QtCore import QTimer, qWarning

    def failing_slot() -> None:
        raise ValueError("from a slot")

    problems: list[str] = []
    with Watch(problems):
        QTimer.singleShot(0, failing_slot)
        qtbot.wait(50)
        qWarning("a warning from the soak's own test")
    assert problems == [
        "Python exception: ValueError: from a slot",
        "Qt QtWarningMsg: a warning from the soak's own test",
    ]


def test_lost_references_to_none_and_growing_memory_fail_the_soak() -> None:
    figures = SoakFigures(seconds_asked=60, peak_rss_kb_start=100_000, none_refs_start=50_000)
    figures.peak_rss_kb_end = 100_000 + PEAK_GROWTH_BOUND_KB
    figures.none_refs_end = 50_000 - NONE_DROP_BOUND
    figures.judge()
    assert figures.problems == []  # at the bounds
    figures.peak_rss_kb_end += 1
    figures.none_refs_end -= 1
    figures.judge()
    assert len(figures.problems) == 2
    assert "peak memory grew by" in figures.problems[0]
    assert f"{NONE_DROP_BOUND + 1} references to None were lost" in figures.problems[1]


def test_the_soak_length_must_be_a_number_of_seconds(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert soak_seconds("") is None
    assert soak_seconds("25") == 25.0 and soak_seconds("0.5") == 0.5
    for wrong in ("half an hour", "-3", "inf", "nan"):
        with pytest.raises(ValueError):
            soak_seconds(wrong)
    monkeypatch.setenv(SOAK_VARIABLE, "half an hour")
    assert main(["--data-dir", str(data_dir)]) == 1
    assert capsys.readouterr().err == f"pimdesk: {SOAK_VARIABLE} must be a number of seconds\n"


def test_the_soak_starts_as_pimdesk_does_holding_the_data_folder(
    qtbot: QtBot,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The soak drives the window of the real start: the data folder's one-window lock is held
    while it runs (another start cannot take it) and let go after; the data guard runs."""
    seen: dict[str, Any] = {}

    def watch_the_start(window: MainWindow, seconds: float, figures: SoakFigures) -> None:
        other = QLockFile(str(data_dir / LOCK_FILE))
        seen["locked"] = not other.tryLock(0)
        seen["guard"] = window.findChild(DataGuard) is not None
        seen["seconds"] = seconds

    monkeypatch.setattr(soak_module, "soak", watch_the_start)
    monkeypatch.setenv(SOAK_VARIABLE, "5")
    assert main(["--data-dir", str(data_dir), "--lang", "en"]) == 0
    assert soak_figures(capsys.readouterr().out)["problems"] == []
    assert seen == {"locked": True, "guard": True, "seconds": 5.0}
    after = QLockFile(str(data_dir / LOCK_FILE))
    assert after.tryLock(0)  # let go when the soak ends
    after.unlock()


def test_the_soak_does_not_drive_a_second_window_on_a_held_data_folder(
    qtbot: QtBot,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    held = QLockFile(str(data_dir / LOCK_FILE))  # a window that never answers holds the folder
    assert held.tryLock(0)
    driven: list[MainWindow] = []
    monkeypatch.setattr(soak_module, "soak", lambda window, *_: driven.append(window))
    monkeypatch.setenv(SOAK_VARIABLE, "5")
    try:
        code = main(["--data-dir", str(data_dir), "--lang", "en"])
    finally:
        held.unlock()
    printed = capsys.readouterr()
    assert code == 1 and driven == []
    assert soak_figures(printed.out)["problems"] == ["the app did not start (exit 1)"]
    assert f"PIM Desk is already open on {data_dir} but does not answer" in printed.err
