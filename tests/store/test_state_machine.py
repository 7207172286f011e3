"""R20: over any sequence of add, edit, delete, crash, reopen, backup and restore, the database
always equals a plain model of what the user did."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import replace
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from pimdesk.services.data_safety import DataSafetyService
from pimdesk.store.userdata import UserDataStore
from tests.store.userdata_helpers import make, open_in

NAMES = st.sampled_from(["Kasai", "Ituri", "Tanganyika", "Kivu", "Tshopo"])
NOTES = st.text(alphabet="abcé ñ«»", max_size=20)


class UserData(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="pimdesk-r20-"))
        self.store = open_in(self.folder).store
        self.safety = DataSafetyService(
            self.folder / "pimdesk-user.sqlite",
            self.folder / "backups",
            lambda: self.store,
            self._reopen,
            lambda: self.store.close(),  # noqa: PLW0108 (the store of the moment)
        )
        self.model: dict[str, str] = {}
        self.backups: list[dict[str, str]] = []

    def _reopen(self) -> UserDataStore:
        self.store = open_in(self.folder).store
        return self.store

    @rule(name=NAMES, notes=NOTES)
    def add(self, name: str, notes: str) -> None:
        if name in self.model:
            return
        self.store.save(make(name, notes))
        self.model[name] = notes

    @precondition(lambda self: self.model)
    @rule(data=st.data(), notes=NOTES)
    def edit(self, data: st.DataObject, notes: str) -> None:
        name = data.draw(st.sampled_from(sorted(self.model)))
        selection = self.store.get(self.store.find_id(name) or "")
        self.store.save(replace(selection, notes=notes))
        self.model[name] = notes

    @precondition(lambda self: self.model)
    @rule(data=st.data())
    def delete(self, data: st.DataObject) -> None:
        name = data.draw(st.sampled_from(sorted(self.model)))
        self.store.move_to_trash(self.store.find_id(name) or "")
        del self.model[name]

    @rule(name=NAMES)
    def crash_mid_write(self, name: str) -> None:
        """A write that never commits: the process dies inside the transaction."""
        connection = self.store.connection
        connection.execute("BEGIN IMMEDIATE")
        connection.execute(
            "INSERT INTO selections (id, name, name_key, scenario, created, modified) "
            "VALUES ('crashed', ?, 'crashed-key', 'x', '2026-01-01', '2026-01-01')",
            (name,),
        )
        self.store.close()  # closing without COMMIT is what a killed process leaves behind
        self._reopen()

    @rule()
    def reopen(self) -> None:
        self.store.close()
        self._reopen()

    @rule()
    def backup(self) -> None:
        self.safety.backup()
        self.backups.append(dict(self.model))

    @precondition(lambda self: self.backups)
    @rule()
    def restore(self) -> None:
        self.safety.restore()
        before = dict(self.model)
        self.model = self.backups[-1]
        self.backups.append(before)

    @invariant()
    def database_equals_model(self) -> None:
        stored = {s.name: self.store.get(s.id).notes for s in self.store.list_selections()}
        assert stored == self.model

    def teardown(self) -> None:
        self.store.close()
        shutil.rmtree(self.folder, ignore_errors=True)


UserData.TestCase.settings = settings(max_examples=40, stateful_step_count=25, deadline=None)
test_user_data_always_equals_the_model = UserData.TestCase
