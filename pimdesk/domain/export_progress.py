"""Progress and cancellation of a long export, shared by the PDF builder and the services.

The GUI runs an export on a background thread: it passes a callback that receives progress
(called on that thread) and a function that says whether the user pressed Cancel. The builder
asks between pieces of work, so a cancelled export stops within a fraction of a second and
writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from pimdesk.domain.errors import PimDeskError
from pimdesk.domain.records import record


class ExportCancelled(PimDeskError):
    """The user cancelled an export; nothing was written."""

    def __init__(self) -> None:
        super().__init__("The export was cancelled; nothing was written.")


@record
class Progress:
    """How far an export is: a fraction from 0 to 1 and the step it is on."""

    fraction: float
    step: str

    @property
    def percent(self) -> int:
        return round(self.fraction * 100)


ProgressCallback = Callable[[Progress], None]


class Reporter(Protocol):
    """What a piece of export work needs: report progress, and stop when cancelled."""

    def check(self) -> None: ...

    def report(self, fraction: float, step: str | None = None) -> None: ...


def never_cancelled() -> bool:
    return False


class ProgressReporter:
    """Passes progress on, never backwards, and raises `ExportCancelled` once cancel is asked."""

    def __init__(
        self,
        on_progress: ProgressCallback | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> None:
        self._on_progress = on_progress
        self._cancelled = cancelled or never_cancelled
        self._fraction = 0.0
        self._step = ""

    @property
    def fraction(self) -> float:
        return self._fraction

    def check(self) -> None:
        """Stop here if the user has cancelled."""
        if self._cancelled():
            raise ExportCancelled

    def report(self, fraction: float, step: str | None = None) -> None:
        """Tell the listener how far the export is (and stop if cancelled)."""
        self.check()
        fraction = min(1.0, max(self._fraction, fraction))
        step = step or self._step
        if (fraction, step) == (self._fraction, self._step):
            return
        self._fraction, self._step = fraction, step
        if self._on_progress is not None:
            self._on_progress(Progress(fraction, step))

    def finish(self, step: str) -> None:
        """The export is done: report it whole, even if cancel was pressed meanwhile (too late:
        the file is written)."""
        self._fraction, self._step = 1.0, step
        if self._on_progress is not None:
            self._on_progress(Progress(1.0, step))

    def part(self, start: float, end: float) -> PartialReporter:
        """A reporter for one stage that maps its own 0..1 onto `start`..`end` of the whole."""
        return PartialReporter(self, start, end)


class PartialReporter:
    """One stage of an export, reporting into its share of the whole."""

    def __init__(self, whole: ProgressReporter, start: float, end: float) -> None:
        self._whole = whole
        self._start = start
        self._end = end

    def check(self) -> None:
        self._whole.check()

    def report(self, fraction: float, step: str | None = None) -> None:
        share = self._start + (self._end - self._start) * min(1.0, max(0.0, fraction))
        self._whole.report(share, step)
