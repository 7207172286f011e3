"""A kill at any moment loses nothing acknowledged (R1); two instances share one database (R14)."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from pimdesk.store.sqlite_tools import integrity_problems
from tests.conftest import ROOT
from tests.store.userdata_helpers import make, open_in

KILLS = 200

SAVER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from pimdesk.domain.selection import CategoryChoice, Decision, Selection
    from pimdesk.store.userdata_open import open_user_data

    folder, start = Path(sys.argv[1]), int(sys.argv[2])
    store = open_user_data(folder / "pimdesk-user.sqlite", folder / "backups").store
    number = start
    while True:
        name = f"selection {number}"
        choices = tuple(CategoryChoice(c, Decision.ACCEPTED, None, "n" * 300) for c in
                        ("case_management", "protection_monitoring", "population_data"))
        store.save(Selection.new(name, "protracted_emergency", choices=choices, notes="x" * 2000))
        existing = store.find_id(f"selection {number - 3}")
        if existing:  # edits and deletes too, not only inserts
            store.move_to_trash(existing)
        print(name, flush=True)  # acknowledged: the transaction has committed
        number += 1
    """
)


@pytest.mark.slow
def test_a_kill_at_random_moments_loses_nothing_acknowledged(tmp_path: Path) -> None:
    generator = random.Random(20261126)
    acknowledged: list[str] = []
    for round_number in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-c", SAVER, str(tmp_path), str(round_number * 1000)],
            stdout=subprocess.PIPE, cwd=ROOT, text=True,
        )  # fmt: skip
        assert child.stdout is not None
        lines: list[str] = []
        reader = threading.Thread(target=lines.extend, args=(child.stdout,))
        reader.start()
        deadline = time.monotonic() + 20
        while not lines and time.monotonic() < deadline:  # wait until it is saving
            time.sleep(0.005)
        time.sleep(generator.uniform(0, 0.05))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=20)
        reader.join(timeout=20)
        child.stdout.close()
        assert lines, "the saving process never acknowledged a save"
        acknowledged += [line.strip() for line in lines]
    database = tmp_path / "pimdesk-user.sqlite"
    assert integrity_problems(database, quick=False) == []
    stored = {row[0] for row in sqlite3.connect(database).execute("SELECT name FROM selections")}
    missing = [name for name in acknowledged if name not in stored]
    assert missing == []
    assert len(acknowledged) >= KILLS


def test_two_instances_write_to_one_database_safely(tmp_path: Path) -> None:
    first = open_in(tmp_path).store
    second = open_in(tmp_path).store
    errors: list[BaseException] = []

    def save_many(store, prefix: str) -> None:  # type: ignore[no-untyped-def]
        try:
            for number in range(60):
                store.save(make(f"{prefix} {number}"))
        except BaseException as error:  # collected and asserted below
            errors.append(error)

    threads = [threading.Thread(target=save_many, args=(first, "first")),
               threading.Thread(target=save_many, args=(second, "second"))]  # fmt: skip
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    assert first.count_selections() == second.count_selections() == 120
    first.close()
    second.close()
    assert integrity_problems(tmp_path / "pimdesk-user.sqlite", quick=False) == []
