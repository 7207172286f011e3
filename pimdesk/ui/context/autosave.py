"""Save the context being edited as it changes: no Save button to forget.

A choice (a decision, a status, a scenario) is saved at once; typing is saved ~300 ms after the
last keystroke. `flush()` saves whatever is pending now: the editor calls it before it shows
another context, when it is hidden and when the window closes, so nothing acknowledged is lost.
A name the store refuses (already used) never costs the other edits: they are saved under the
last good name and the name is reported.

A save the store refuses as a conflict (the selection was changed elsewhere, moved to the trash,
or the data file was restored under this window) is never retried over the other writer's work:
the edits are held, saving stops, and `conflicted` asks the editor to let the user choose (keep
theirs, or save these edits as a copy). `start()` ends the hold.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from enum import Enum

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from pimdesk.domain.errors import ConflictError, PimDeskError
from pimdesk.domain.selection import Selection

TYPING_DELAY_MS = 300


class SaveState(str, Enum):
    SAVED = "saved"
    PENDING = "pending"
    FAILED = "failed"


class Autosaver(QObject):
    state_changed = Signal(object)  # SaveState
    saved = Signal(object)  # the Selection as stored
    failed = Signal(str)  # why the last save did not happen, one sentence
    name_refused = Signal(str)  # a name the store refused (in use); the rest was saved
    conflicted = Signal(object)  # the ConflictError; the edits are held until start()

    def __init__(
        self,
        save: Callable[[Selection], Selection],
        delay_ms: int = TYPING_DELAY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._stored: Selection | None = None
        self._pending: Selection | None = None
        self._conflict: ConflictError | None = None
        self._state = SaveState.SAVED
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._timer_fired)

    # ------------------------------------------------------------------ state
    def start(self, selection: Selection) -> None:
        """Edit `selection` (as stored) from now on; flush what was pending first."""
        self.flush()
        self._stored, self._pending, self._conflict = selection, None, None
        self._set_state(SaveState.SAVED)

    @property
    def current(self) -> Selection:
        """The selection with every edit so far, saved or not."""
        found = self._pending or self._stored
        assert found is not None, "start() comes first"
        return found

    @property
    def stored(self) -> Selection | None:
        return self._stored

    @property
    def state(self) -> SaveState:
        return self._state

    @property
    def has_pending(self) -> bool:
        return self._pending is not None

    @property
    def conflict(self) -> ConflictError | None:
        """The conflict that stopped saving, until the user chose (see `start`)."""
        return self._conflict

    # ------------------------------------------------------------------ changes
    def change(self, selection: Selection, at_once: bool = False) -> None:
        if self._stored is None:
            return
        self._pending = selection
        if self._conflict is not None:  # held: nothing is saved over the other writer's work
            return
        self._set_state(SaveState.PENDING)
        if at_once:
            self.flush()
        else:
            self._timer.start()

    def flush(self) -> bool:
        """Save what is pending now. True when nothing is left unsaved."""
        self._timer.stop()
        pending, stored = self._pending, self._stored
        if self._conflict is not None:
            return False
        if pending is None or stored is None:
            return True
        try:
            self._store(pending)
        except ConflictError as error:
            self._conflict = error
            self._fail(str(error))
            self.conflicted.emit(error)
            return False
        except PimDeskError as error:
            if pending.name != stored.name and self._saved_under_old_name(pending):
                self.name_refused.emit(pending.name)
                return True
            self._fail(str(error))
            return False
        return True

    def _saved_under_old_name(self, pending: Selection) -> bool:
        """Whether the edits could be saved with the name as it was (the name was the problem)."""
        assert self._stored is not None
        try:
            self._store(replace(pending, name=self._stored.name))
        except PimDeskError:
            return False
        return True

    def _store(self, selection: Selection) -> None:
        self._stored = self._save(selection)
        self._pending = None
        self._set_state(SaveState.SAVED)
        self.saved.emit(self._stored)

    def _fail(self, message: str) -> None:
        self._set_state(SaveState.FAILED)
        self.failed.emit(message)

    @Slot()
    def _timer_fired(self) -> None:
        self.flush()

    def _set_state(self, state: SaveState) -> None:
        if state != self._state:
            self._state = state
            self.state_changed.emit(state)
