"""The background-task helper: work runs off the GUI thread and reports back to it."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject, QThread
from pytestqt.qtbot import QtBot

from pimdesk.ui.widgets.tasks import BackgroundTasks, TaskControl

pytestmark = pytest.mark.gui


@pytest.fixture
def tasks(qtbot: QtBot) -> BackgroundTasks:
    owner = QObject()
    runner = BackgroundTasks(owner)
    yield runner
    runner.cancel_all()
    runner.wait(5000)


def test_work_runs_in_another_thread_and_its_result_arrives_in_the_gui_thread(
    qtbot: QtBot, tasks: BackgroundTasks
) -> None:
    gui_thread = QThread.currentThread()
    worker_threads = []
    received = []

    def work(control: TaskControl) -> int:
        worker_threads.append(threading.get_ident())
        control.progress(50, "half way")
        return 42

    progress = []
    task = tasks.run(
        work,
        on_success=lambda result: received.append((result, QThread.currentThread())),
        on_progress=lambda percent, message: progress.append((percent, message)),
    )
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert received == [(42, gui_thread)]
    assert worker_threads and worker_threads[0] != threading.get_ident()
    assert progress == [(50, "half way")]
    qtbot.waitUntil(lambda: tasks.active == 0)


def test_a_failure_is_handed_to_the_failure_callback(qtbot: QtBot, tasks: BackgroundTasks) -> None:
    errors: list[Exception] = []

    def work(_control: TaskControl) -> None:
        raise OSError("disk full")

    task = tasks.run(work, on_success=lambda _r: pytest.fail("no result"), on_failure=errors.append)
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert [str(e) for e in errors] == ["disk full"]


def test_cancelling_stops_the_work_at_its_next_check(qtbot: QtBot, tasks: BackgroundTasks) -> None:
    started = threading.Event()
    steps = []
    cancelled = []

    def work(control: TaskControl) -> str:
        started.set()
        for step in range(1000):
            control.check()
            steps.append(step)
            threading.Event().wait(0.005)
        return "finished"

    task = tasks.run(
        work,
        on_success=lambda _r: pytest.fail("not cancelled"),
        on_cancel=lambda: cancelled.append(True),
    )
    assert started.wait(5)
    task.cancel()
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert cancelled == [True]
    assert len(steps) < 1000


def test_progress_is_clamped_to_0_100() -> None:
    reported = []
    control = TaskControl(lambda percent, message: reported.append(percent))
    control.progress(-5)
    control.progress(250)
    assert reported == [0, 100]


def test_work_that_finishes_after_a_late_cancel_delivers_its_result(
    qtbot: QtBot, tasks: BackgroundTasks
) -> None:
    """A cancel after the work's last check (the file already written) does not undo it."""
    past_last_check = threading.Event()
    may_return = threading.Event()
    results: list[str] = []

    def work(control: TaskControl) -> str:
        control.check()
        past_last_check.set()
        may_return.wait(5)
        return "written"

    task = tasks.run(work, on_success=results.append, on_cancel=lambda: pytest.fail("it was done"))
    assert past_last_check.wait(5)
    task.cancel()
    may_return.set()
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert results == ["written"]
