"""Several writers on one data file (F4, F12): no save overwrites another unseen.

Two connections stand for two windows (or a window and a command); one test uses two real
processes. A save based on a stale revision, into the trash, onto a selection deleted for good,
or into a file a restore set aside is refused whole; `import --replace` is one transaction.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pimdesk.domain.errors import ConflictError
from pimdesk.store import userdata
from pimdesk.store.userdata import UserDataStore
from tests.store.userdata_helpers import make, open_in

ROOT = Path(__file__).resolve().parents[2]


def two_windows(folder: Path) -> tuple[UserDataStore, UserDataStore]:
    return open_in(folder).store, open_in(folder).store


def test_the_second_of_two_saves_from_the_same_base_is_refused(tmp_path: Path) -> None:
    a, b = two_windows(tmp_path)
    original = a.save(make("Kasai floods"))
    in_a, in_b = a.get(original.id), b.get(original.id)
    a.save(replace(in_a, notes="A's notes"))
    with pytest.raises(ConflictError) as refused:
        b.save(replace(in_b, scenario="sudden_onset_emergency"))
    assert refused.value.kind == "changed"
    assert a.get(original.id).notes == "A's notes"
    assert b.get(original.id).scenario == "protracted_emergency"


def test_a_save_into_the_trash_or_after_a_purge_is_refused(tmp_path: Path) -> None:
    a, b = two_windows(tmp_path)
    stored = a.save(make("Kasai floods"))
    b.move_to_trash(stored.id)
    with pytest.raises(ConflictError) as refused:
        a.save(replace(stored, notes="typed after the other window deleted it"))
    assert refused.value.kind == "trashed"
    assert a.list_selections() == [] and b.get(stored.id).notes == ""
    b.connection.execute("DELETE FROM selections")
    with pytest.raises(ConflictError) as gone:
        a.save(replace(stored, notes="again"))
    assert gone.value.kind == "gone"
    assert a.list_selections(deleted=True) == []


def test_a_new_selection_that_already_exists_is_refused(tmp_path: Path) -> None:
    a, b = two_windows(tmp_path)
    selection = make("Kasai floods")
    a.save(selection)
    with pytest.raises(ConflictError):
        b.save(replace(selection, notes="same ID, never read"))


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=st.lists(st.tuples(st.sampled_from("ab"), st.sampled_from(["read", "save"])),
                      max_size=25))  # fmt: skip
def test_whatever_the_interleaving_no_acknowledged_save_is_lost(
    tmp_path_factory: pytest.TempPathFactory, steps: list[tuple[str, str]]
) -> None:
    stores = dict(zip("ab", two_windows(tmp_path_factory.mktemp("two")), strict=True))
    first = stores["a"].save(make("Shared"))
    held = {"a": first, "b": first}  # what each window has in its editor
    last_acknowledged = first.notes
    for counter, (who, action) in enumerate(steps):
        store = stores[who]
        if action == "read":
            held[who] = store.get(first.id)
            continue
        edited = replace(held[who], notes=f"{who}{counter}")
        stored_revision = stores["a"].get(first.id).revision
        try:
            held[who] = store.save(edited)
        except ConflictError:
            assert edited.revision != stored_revision
            continue
        assert edited.revision == stored_revision
        last_acknowledged = edited.notes
        assert stores["b" if who == "a" else "a"].get(first.id).notes == last_acknowledged
    assert stores["a"].get(first.id).notes == last_acknowledged
    for store in stores.values():
        store.close()


def set_aside_and_restore(path: Path, backup: Path) -> None:
    """What `pimdesk db restore` does under an open window: the live file (and its WAL) moved
    aside, the backup put in its place."""
    for suffix in ("", "-wal", "-shm"):
        live = Path(f"{path}{suffix}")
        if live.exists():
            live.rename(f"{path}.replaced-test{suffix}")
    backup.replace(path)


def test_a_save_into_a_file_that_a_restore_set_aside_is_refused_then_reopened(
    tmp_path: Path,
) -> None:
    window = open_in(tmp_path).store
    kept = window.save(make("Before the backup"))
    backup = tmp_path / "backup.sqlite"
    window.connection.execute("VACUUM INTO ?", (str(backup),))
    lost_if_written_aside = window.save(make("After the backup"))
    set_aside_and_restore(window.path, backup)
    with pytest.raises(ConflictError) as refused:
        window.save(replace(lost_if_written_aside, notes="typed after the restore"))
    assert refused.value.kind == "replaced"
    assert [s.name for s in window.list_selections()] == ["Before the backup"]
    again = window.save(replace(window.get(kept.id), notes="typed after, on the restored file"))
    window.close()
    check = sqlite3.connect(tmp_path / "pimdesk-user.sqlite")
    assert check.execute("SELECT notes FROM selections").fetchall() == [(again.notes,)]
    check.close()


def test_reads_follow_the_restored_file(tmp_path: Path) -> None:
    window = open_in(tmp_path).store
    window.save(make("Old"))
    backup = tmp_path / "backup.sqlite"
    window.connection.execute("VACUUM INTO ?", (str(backup),))
    window.save(make("Newer"))
    set_aside_and_restore(window.path, backup)
    assert [s.name for s in window.list_selections()] == ["Old"]


def test_import_replace_is_one_transaction(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = open_in(tmp_path).store
    existing = store.save(make("Kasai floods", notes="the user's work"))
    incoming = make("Kasai floods", notes="from the file")

    def disk_full(*args: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(UserDataStore, "_write_selection", staticmethod(disk_full))
    with pytest.raises(Exception, match="full"):
        store.replace_selection(existing.id, incoming)
    monkeypatch.undo()
    assert [s.name for s in store.list_selections()] == ["Kasai floods"]
    assert store.get(existing.id).notes == "the user's work"
    assert store.list_selections(deleted=True) == []
    store.replace_selection(existing.id, incoming)
    assert store.get(incoming.id).notes == "from the file"
    assert [s.id for s in store.list_selections(deleted=True)] == [existing.id]


def test_import_replace_survives_a_real_full_database(tmp_path: Path) -> None:
    store = open_in(tmp_path).store
    existing = store.save(make("Kasai floods", notes="the user's work"))
    pages = store.connection.execute("PRAGMA page_count").fetchone()[0]
    store.connection.execute(f"PRAGMA max_page_count = {pages}")
    huge = make("Kasai floods", notes="x" * 20_000)
    huge = replace(huge, choices=tuple(
        replace(huge.choices[0], category=f"c{i}", notes="y" * 15_000) for i in range(40)
    ))  # fmt: skip
    with pytest.raises(Exception, match="full"):
        store.replace_selection(existing.id, huge)
    assert [s.id for s in store.list_selections()] == [existing.id]
    assert store.list_selections(deleted=True) == []


WRITER = textwrap.dedent(
    """
    import sys
    from dataclasses import replace
    from pathlib import Path
    from pimdesk.domain.errors import ConflictError
    from pimdesk.store.userdata_open import open_user_data

    folder = Path(sys.argv[1])
    store = open_user_data(folder / "pimdesk-user.sqlite", folder / "backups").store
    held = store.get(sys.argv[2])
    print("read", flush=True)
    sys.stdin.readline()  # wait until told to save
    try:
        store.save(replace(held, notes=sys.argv[3]))
        print("saved", flush=True)
    except ConflictError as error:
        print("refused", error.kind, flush=True)
    """
)


def start_writer(folder: Path, selection_id: str, notes: str) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(folder), selection_id, notes],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert process.stdout is not None and process.stdout.readline() == "read\n"
    return process


def told_to_save(process: subprocess.Popen[str]) -> str:
    output, _ = process.communicate("go\n", timeout=60)
    return output.strip()


def test_two_processes_editing_one_selection_never_lose_an_update(tmp_path: Path) -> None:
    store = open_in(tmp_path).store
    shared = store.save(make("Kasai floods"))
    store.close()
    first = start_writer(tmp_path, shared.id, "written by process A")
    second = start_writer(tmp_path, shared.id, "written by process B")
    assert told_to_save(first) == "saved"
    assert told_to_save(second) == "refused changed"
    assert open_in(tmp_path).store.get(shared.id).notes == "written by process A"


def test_the_file_identity_is_that_of_the_path(tmp_path: Path) -> None:
    target = tmp_path / "a"
    target.write_bytes(b"x")
    assert userdata._identity(target) == (target.stat().st_dev, target.stat().st_ino)
    assert userdata._identity(tmp_path / "missing") is None
