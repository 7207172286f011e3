"""The full check and the daily backup run in the background after the window shows; what they
find is said in the banner; the data dialog says every error instead of raising it."""

from __future__ import annotations

import datetime
import errno
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pimdesk.paths import AppPaths
from pimdesk.services.container import Services
from pimdesk.store import sqlite_tools, userdata_open
from pimdesk.store.backups import list_backups
from pimdesk.store.early_check import EarlyCheck
from pimdesk.store.sqlite_tools import integrity_problems
from pimdesk.ui.data.data_dialog import DataDialog
from pimdesk.ui.data.data_guard import DataGuard, start_data_guard
from pimdesk.ui.locations import Location
from pimdesk.ui.shell.application import open_main_window
from pimdesk.ui.shell.main_window import MainWindow
from tests.services.test_data_safety import age_backups
from tests.store.damage_tools import add_dangling_key, write_in_index_page
from tests.store.test_early_check import ENDLESS
from tests.store.test_userdata_recovery import damage, saved_with_backup
from tests.store.userdata_helpers import contents, make
from tests.ui.data.test_data_dialog import open_dialog

pytestmark = pytest.mark.gui
WORK_TIMEOUT_MS = 20_000


def guard_for(window: MainWindow) -> DataGuard:
    return start_data_guard(
        window.services.data_safety,
        window.tasks,
        window.show_notices,
        window.tool_actions.user_data_replaced,
        window,
    )


def shown_window(qtbot: QtBot, services: Services) -> MainWindow:
    window = open_main_window(services)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
    return window


def test_the_window_opens_without_a_backup_and_the_guard_takes_it(
    qtbot: QtBot, data_dir: Path
) -> None:
    services = Services(AppPaths.resolve(data_dir))
    services.user_store.save(make("Kasai"))
    services.close()
    services = Services(AppPaths.resolve(data_dir))
    window = shown_window(qtbot, services)
    assert list_backups(services.paths.backups_dir) == []  # nothing paid for before showing
    guard = guard_for(window)
    qtbot.waitUntil(lambda: guard.runs == 1, timeout=WORK_TIMEOUT_MS)
    assert [b.reason for b in list_backups(services.paths.backups_dir)] == ["daily"]
    assert window.message_bar.isHidden()  # nothing to say
    window.close()
    services.close()


def test_hidden_damage_is_repaired_in_the_background_and_said_in_the_banner(
    qtbot: QtBot, data_dir: Path
) -> None:
    services = Services(AppPaths.resolve(data_dir))
    services.user_store.save(make("Precious"))
    services.user_store.save(make("Second"))
    services.after_changes()
    services.close()
    path = data_dir / "pimdesk-user.sqlite"
    write_in_index_page(path, "selections_live_names", b"precious", b"qrecious")
    age_backups(data_dir / "backups")
    services = Services(AppPaths.resolve(data_dir))
    window = shown_window(qtbot, services)
    guard = guard_for(window)
    qtbot.waitUntil(lambda: guard.runs == 1, timeout=WORK_TIMEOUT_MS)
    assert not window.message_bar.isHidden()
    assert "damaged index" in window.message_bar.label.text()
    assert integrity_problems(path, quick=False) == []
    assert len(list_backups(data_dir / "backups")) == 2
    assert sorted(s.name for s in services.selections.summaries()) == ["Precious", "Second"]
    window.close()
    services.close()


def test_the_data_dialog_says_an_unexpected_error(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog: DataDialog = open_dialog(qtbot, window)

    def broken() -> None:
        raise RuntimeError("something unforeseen")

    monkeypatch.setattr(window.services.data_safety, "backup", broken)
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WORK_TIMEOUT_MS)
    assert "something unforeseen" in dialog.panel.status_label.text()
    assert dialog.backup_button.isEnabled()


def test_a_long_session_is_backed_up_after_changes_by_the_half_hourly_run(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pimdesk.services import data_safety as data_safety_module

    services = Services(AppPaths.resolve(data_dir))
    services.user_store.save(make("Kasai"))
    window = shown_window(qtbot, services)
    guard = guard_for(window)
    qtbot.waitUntil(lambda: guard.runs == 1, timeout=WORK_TIMEOUT_MS)
    assert len(list_backups(services.paths.backups_dir)) == 1
    guard.run()  # the next half-hourly run, nothing changed
    qtbot.waitUntil(lambda: guard.runs == 2, timeout=WORK_TIMEOUT_MS)
    assert len(list_backups(services.paths.backups_dir)) == 1
    services.user_store.save(make("Ituri"))
    monkeypatch.setattr(data_safety_module, "SESSION_BACKUP_INTERVAL", datetime.timedelta(0))
    guard.run()
    qtbot.waitUntil(lambda: guard.runs == 3, timeout=WORK_TIMEOUT_MS)
    assert len(list_backups(services.paths.backups_dir)) == 2
    window.close()
    services.close()


def test_damage_that_needs_a_new_file_is_repaired_in_the_gui_thread(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = Services(AppPaths.resolve(data_dir))
    services.user_store.save(make("Kasai"))
    services.close()
    add_dangling_key(data_dir / "pimdesk-user.sqlite")
    services = Services(AppPaths.resolve(data_dir))
    window = shown_window(qtbot, services)
    closed_in: list[bool] = []
    close = services._close_user_data
    monkeypatch.setattr(
        services.data_safety,
        "_close_store",
        lambda: (closed_in.append(threading.current_thread() is threading.main_thread()), close()),
    )
    guard = guard_for(window)
    qtbot.waitUntil(lambda: guard.runs == 1, timeout=WORK_TIMEOUT_MS)
    assert closed_in == [True]  # the store was closed and replaced in the GUI thread only
    assert "rebuilt table by table" in window.message_bar.label.text()
    assert integrity_problems(data_dir / "pimdesk-user.sqlite", quick=False) == []
    assert [s.name for s in services.selections.summaries()] == ["Kasai"]
    assert len(list_backups(data_dir / "backups")) == 1  # and backed up after the repair
    window.close()
    services.close()


def test_data_that_cannot_be_written_opens_read_only_with_one_banner(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = Services(AppPaths.resolve(data_dir))
    services.user_store.save(make("Kasai"))
    services.close()

    def read_only(path: Path) -> sqlite3.Connection:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(userdata_open, "connect", read_only)
    services = Services(AppPaths.resolve(data_dir))
    window = shown_window(qtbot, services)
    guard = guard_for(window)
    qtbot.waitUntil(lambda: guard.runs == 1, timeout=WORK_TIMEOUT_MS)
    text = window.message_bar.label.text()
    assert text.count("PIM Desk shows your data read-only") == 1
    assert "nothing you change can be saved" in text
    assert [s.name for s in services.selections.summaries()] == ["Kasai"]
    window.go(Location("glossary"))  # browsing says nothing more: the banner has said it
    assert "Nothing can be saved" not in window.statusBar().currentMessage()
    assert list_backups(data_dir / "backups") == []  # nothing written
    window.close()
    services.close()


def test_a_first_short_session_is_backed_up_when_the_window_closes(
    qtbot: QtBot, data_dir: Path
) -> None:
    services = Services(AppPaths.resolve(data_dir))
    window = shown_window(qtbot, services)
    guard = guard_for(window)
    qtbot.waitUntil(lambda: guard.runs == 1, timeout=WORK_TIMEOUT_MS)
    assert list_backups(data_dir / "backups") == []  # nothing saved yet: nothing to back up
    services.user_store.save(make("The first work"))
    window.close()
    qtbot.waitUntil(lambda: guard.runs == 2, timeout=WORK_TIMEOUT_MS)
    assert [b.reason for b in list_backups(data_dir / "backups")] == ["daily"]
    services.close()


def test_a_repair_found_by_check_my_data_makes_the_window_read_the_data_again(
    qtbot: QtBot, data_dir: Path
) -> None:
    services = Services(AppPaths.resolve(data_dir))
    services.user_store.save(make("Kasai"))
    services.close()
    add_dangling_key(data_dir / "pimdesk-user.sqlite")
    services = Services(AppPaths.resolve(data_dir))
    window = shown_window(qtbot, services)
    window.go(Location("selections"))
    dialog = open_dialog(qtbot, window)
    assert "rebuilt table by table" in dialog.summary_label.text()
    assert "rebuilt table by table" in window.message_bar.label.text()
    dialog.reject()
    window.go(Location("selections"))
    model = window.pages.currentWidget().model
    assert [model.index(row, 0).data() for row in range(model.rowCount())] == ["Kasai"]
    window.close()
    services.close()


def endless_full_checks(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """From now on the user database's full check runs until it is stopped (a huge file); the
    event is set when one starts. Quick checks and the checks of backups run as they are."""
    checking = threading.Event()
    real_check = sqlite_tools._check

    def endless_full_check(connection: sqlite3.Connection, quick: bool) -> list[str]:
        checked = Path(connection.execute("PRAGMA database_list").fetchone()[2])
        if quick or checked.name != "pimdesk-user.sqlite":
            return real_check(connection, quick)
        checking.set()
        return connection.execute(ENDLESS).fetchall()

    monkeypatch.setattr(sqlite_tools, "_check", endless_full_check)
    return checking


@pytest.mark.parametrize("changed", [False, True])
def test_closing_during_the_full_check_stops_it_and_leaves_the_data_intact(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch, changed: bool
) -> None:
    services = Services(AppPaths.resolve(data_dir))
    services.user_store.save(make("Kasai"))
    services.close()
    checking = endless_full_checks(monkeypatch)
    services = Services(AppPaths.resolve(data_dir))
    window = shown_window(qtbot, services)
    guard = guard_for(window)
    qtbot.waitUntil(checking.is_set, timeout=WORK_TIMEOUT_MS)
    if changed:  # this session's work is backed up even so
        services.selections.create("Ituri", "protracted_emergency")
    started = time.perf_counter()
    window.close()
    assert time.perf_counter() - started < 3  # it waited 5 s for background work at most
    qtbot.waitUntil(lambda: guard.task is None, timeout=WORK_TIMEOUT_MS)
    assert window.message_bar.isHidden()  # a stopped check is no failure to report
    reasons = [b.reason for b in list_backups(services.paths.backups_dir)]
    assert reasons == (["daily"] if changed else [])
    services.close()
    monkeypatch.undo()
    path = data_dir / "pimdesk-user.sqlite"
    assert integrity_problems(path, quick=False) == []
    reopened = Services(AppPaths.resolve(data_dir))
    expected = ["Ituri", "Kasai"] if changed else ["Kasai"]
    assert sorted(s.name for s in reopened.selections.summaries()) == expected
    reopened.close()


@pytest.mark.parametrize("how", ["truncated", "overwritten", "empty", "directory"])
def test_damage_found_by_the_check_begun_before_qt_is_repaired_and_said_in_one_sentence(
    qtbot: QtBot, data_dir: Path, how: str
) -> None:
    expected, path = saved_with_backup(data_dir)
    damage(path, how)
    early = EarlyCheck(path).start()  # as `pimdesk` starts it, before the window is built
    services = Services(AppPaths.resolve(data_dir), "en", early)
    window = shown_window(qtbot, services)
    assert contents(services.user_store) == expected
    said = window.message_bar.label.text()
    assert said.startswith("Note: Your data file was damaged") and said.count(". ") <= 1
    assert any(p.name.startswith("pimdesk-user.sqlite.damaged-") for p in data_dir.iterdir())
    window.close()
    services.close()


def test_closing_before_the_first_routine_never_starts_the_full_check(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = Services(AppPaths.resolve(data_dir))
    services.user_store.save(make("Kasai"))
    checking = endless_full_checks(monkeypatch)
    window = shown_window(qtbot, services)
    guard = DataGuard(
        services.data_safety, window.tasks, window.show_notices, lambda _n: None, window
    )
    window.installEventFilter(guard)  # watching the window, its first routine not yet run
    started = time.perf_counter()
    window.close()  # the closing routine: the backup that is due, no full check
    assert time.perf_counter() - started < 3 and not checking.is_set()
    qtbot.waitUntil(lambda: guard.runs == 1, timeout=WORK_TIMEOUT_MS)
    assert [b.reason for b in list_backups(services.paths.backups_dir)] == ["daily"]
    services.close()
