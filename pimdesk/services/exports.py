"""Export the PDF documents: check notes for personal data, build with progress, write atomically.

The GUI calls these methods on a background thread: `on_progress` is called on that thread with
a `Progress` (0..1 and the step), and `cancelled` is asked between pieces of work; once it says
yes, the export raises `ExportCancelled` and writes nothing. reportlab is imported only here,
when a document is built, never at start-up.
"""

from __future__ import annotations

import datetime
import re
import time
from collections.abc import Callable
from pathlib import Path

from pimdesk.domain.briefing_input import (
    BuiltDocument,
    DocumentKind,
    DocumentSettings,
    Paper,
    PosterPaper,
)
from pimdesk.domain.document_labels import ENGLISH_LABELS, DocumentLabels
from pimdesk.domain.document_languages import labels_for
from pimdesk.domain.errors import ExportError
from pimdesk.domain.export_progress import (
    ExportCancelled,
    Progress,
    ProgressCallback,
    ProgressReporter,
    Reporter,
)
from pimdesk.domain.records import record
from pimdesk.domain.sensitivity import (
    DEFAULT_BRIEFING_SENSITIVITY,
    DEFAULT_HANDOUT_SENSITIVITY,
    Sensitivity,
)
from pimdesk.services import export_inputs
from pimdesk.services.personal_data import (
    PersonalDataFound,
    PersonalDataWarning,
    personal_data_in,
)
from pimdesk.services.reference import ReferenceService
from pimdesk.services.selections import SelectionService
from pimdesk.store.files import write_atomically

__all__ = [
    "ExportCancelled",
    "ExportOptions",
    "ExportResult",
    "ExportService",
    "PersonalDataFound",
    "PersonalDataWarning",
    "Progress",
]

STEP_COLLECTING = "Collecting the content"
STEP_LAYING_OUT = "Laying out the pages"
STEP_SAVING = "Saving the file"
STEP_DONE = "Saved"
_UNSAFE_IN_FILE_NAMES = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')
MAX_FILE_NAME_CHARACTERS = 120


@record
class ExportOptions:
    """What the user chose in the Export dialog (or on the command line)."""

    paper: Paper = Paper.A4
    sensitivity: Sensitivity | None = None  # None: the document's default level
    include_notes: bool = True
    export_date: datetime.date | None = None  # None: today
    invariant: bool = False  # byte-identical output, for tests and reference files
    labels: DocumentLabels | None = None  # None: in the language of the run (`--lang`)


@record
class ExportResult:
    """A written document: where, how many pages and bytes, and how long it took."""

    path: Path
    pages: int
    size: int
    seconds: float


def default_sensitivity(kind: DocumentKind) -> Sensitivity:
    """Restricted for an operation's briefing; public for handouts of the framework."""
    if kind is DocumentKind.BRIEFING:
        return DEFAULT_BRIEFING_SENSITIVITY
    return DEFAULT_HANDOUT_SENSITIVITY


def suggested_file_name(
    kind: DocumentKind,
    title: str,
    date: datetime.date,
    labels: DocumentLabels = ENGLISH_LABELS,
) -> str:
    """A file name for the Save dialog, e.g. 'PIM briefing - Goma 2026 - 2026-12-01.pdf'."""
    prefix = {
        DocumentKind.BRIEFING: labels.file_briefing,
        DocumentKind.CATEGORY_SHEET: labels.file_category_sheet,
        DocumentKind.GLOSSARY: labels.file_glossary,
        DocumentKind.MATRIX: labels.file_matrix,
    }[kind]
    cleaned = " ".join(_UNSAFE_IN_FILE_NAMES.sub("-", title).split()).strip(" .-")
    stem = f"{prefix} - {cleaned}" if cleaned else prefix
    return f"{stem[:MAX_FILE_NAME_CHARACTERS].rstrip(' .-')} - {date.isoformat()}.pdf"


class ExportService:
    """Builds and writes the three documents from the content and the user's selections."""

    def __init__(
        self,
        reference: Callable[[], ReferenceService],
        selections: Callable[[], SelectionService],
        fonts_dir: Path,
    ) -> None:
        # Asked for on each use: the content can be reloaded after an import, and the user
        # database is opened only when a briefing needs it.
        self._current_reference = reference
        self._selections = selections
        self._fonts_dir = fonts_dir

    @property
    def _reference(self) -> ReferenceService:
        return self._current_reference()

    @property
    def labels(self) -> DocumentLabels:
        """The documents' fixed words in the language of the run (`--lang`, the app's)."""
        return labels_for(self._reference.language)

    # ------------------------------------------------------------------ before exporting
    def personal_data(
        self, selection_id: str, include_notes: bool = True
    ) -> tuple[PersonalDataWarning, ...]:
        """What in the selection's printed text looks like personal data (R13), to warn about."""
        selection = self._selections().get(selection_id)
        return personal_data_in(selection, self._reference.category_names, include_notes)

    # ------------------------------------------------------------------ building
    def briefing(
        self,
        selection_id: str,
        options: ExportOptions = ExportOptions(),
        reporter: Reporter | None = None,
    ) -> BuiltDocument:
        """The context briefing of a selection, built but not written."""
        from pimdesk.briefing.briefing_document import build_briefing

        selections = self._selections()
        selection = selections.get(selection_id)
        settings = self._settings(DocumentKind.BRIEFING, options)
        briefing = export_inputs.briefing_input(
            self._reference,
            selection,
            selections.suggestions(selection),
            settings,
            options.include_notes,
        )
        return build_briefing(briefing, self._fonts_dir, reporter)

    def category_sheet(
        self,
        category_id: str,
        options: ExportOptions = ExportOptions(),
        reporter: Reporter | None = None,
    ) -> BuiltDocument:
        from pimdesk.briefing.category_sheet import build_category_sheet

        settings = self._settings(DocumentKind.CATEGORY_SHEET, options)
        sheet = export_inputs.category_sheet_input(self._reference, category_id, settings)
        return build_category_sheet(sheet, self._fonts_dir, reporter)

    def glossary(
        self, options: ExportOptions = ExportOptions(), reporter: Reporter | None = None
    ) -> BuiltDocument:
        from pimdesk.briefing.glossary_handout import build_glossary

        settings = self._settings(DocumentKind.GLOSSARY, options)
        return build_glossary(
            export_inputs.glossary_input(self._reference, settings), self._fonts_dir, reporter
        )

    def matrix(
        self,
        selection_id: str | None = None,
        options: ExportOptions = ExportOptions(),
        paper: PosterPaper = PosterPaper.A3,
        reporter: Reporter | None = None,
    ) -> BuiltDocument:
        """The PIM Matrix on one landscape page, a selection's accepted categories highlighted
        when one is named; restricted then, as the context's decisions are on it."""
        from pimdesk.briefing.matrix_poster import build_matrix_poster

        selection = self._selections().get(selection_id) if selection_id else None
        kind = DocumentKind.BRIEFING if selection else DocumentKind.MATRIX
        settings = self._settings(kind, options)
        poster = export_inputs.matrix_poster_input(self._reference, settings, paper, selection)
        return build_matrix_poster(poster, self._fonts_dir, reporter)

    # ------------------------------------------------------------------ exporting
    def export_matrix(
        self,
        target: Path,
        selection_id: str | None = None,
        options: ExportOptions = ExportOptions(),
        paper: PosterPaper = PosterPaper.A3,
        *,
        on_progress: ProgressCallback | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ExportResult:
        """Write the matrix poster to `target`."""
        return self._export(
            lambda reporter: self.matrix(selection_id, options, paper, reporter),
            target,
            on_progress,
            cancelled,
        )

    def export_briefing(
        self,
        selection_id: str,
        target: Path,
        options: ExportOptions = ExportOptions(),
        *,
        personal_data_confirmed: bool = False,
        on_progress: ProgressCallback | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ExportResult:
        """Write the context briefing of a selection to `target`.

        Raises `PersonalDataFound` when the printed text looks like personal data and the user
        has not confirmed (`personal_data_confirmed`) that it may be printed.
        """
        if not personal_data_confirmed:
            warnings = self.personal_data(selection_id, options.include_notes)
            if warnings:
                raise PersonalDataFound(warnings)
        return self._export(
            lambda reporter: self.briefing(selection_id, options, reporter),
            target,
            on_progress,
            cancelled,
        )

    def export_category_sheet(
        self,
        category_id: str,
        target: Path,
        options: ExportOptions = ExportOptions(),
        *,
        on_progress: ProgressCallback | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ExportResult:
        self._reference.category(category_id)  # an unknown ID is the user's mistake: say so first
        return self._export(
            lambda reporter: self.category_sheet(category_id, options, reporter),
            target,
            on_progress,
            cancelled,
        )

    def export_glossary(
        self,
        target: Path,
        options: ExportOptions = ExportOptions(),
        *,
        on_progress: ProgressCallback | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ExportResult:
        return self._export(
            lambda reporter: self.glossary(options, reporter), target, on_progress, cancelled
        )

    def _export(
        self,
        build: Callable[[Reporter], BuiltDocument],
        target: Path,
        on_progress: ProgressCallback | None,
        cancelled: Callable[[], bool] | None,
    ) -> ExportResult:
        started = time.perf_counter()
        _check_target(target)
        progress = ProgressReporter(on_progress, cancelled)
        progress.report(0.0, STEP_COLLECTING)
        built = build(_Stage(progress, 0.02, 0.95, STEP_LAYING_OUT))
        progress.report(0.96, STEP_SAVING)  # the last moment to cancel
        written = write_atomically(target, built.data)
        progress.finish(STEP_DONE)
        return ExportResult(written, built.pages, len(built.data), time.perf_counter() - started)

    # ------------------------------------------------------------------ helpers
    def _settings(self, kind: DocumentKind, options: ExportOptions) -> DocumentSettings:
        return DocumentSettings(
            paper=options.paper,
            sensitivity=options.sensitivity or default_sensitivity(kind),
            export_date=options.export_date or datetime.date.today(),
            content=self._reference.info,
            labels=options.labels or self.labels,
            invariant=options.invariant,
        )


def _check_target(target: Path) -> None:
    """Say at once, not after the layout, when the file cannot be written there anyway (the
    same sentences as `write_atomically`, which checks again when it writes)."""
    target = target.expanduser().absolute()
    if not target.parent.is_dir():
        raise ExportError(
            f"The folder {target.parent} does not exist; choose another place to save."
        )
    if target.is_dir():
        raise ExportError(f"{target} is a folder; choose a file name.")


class _Stage:
    """The building stage of an export: its 0..1 maps onto a share of the whole, with its step."""

    def __init__(self, whole: ProgressReporter, start: float, end: float, step: str) -> None:
        self._part = whole.part(start, end)
        self._step = step

    def check(self) -> None:
        self._part.check()

    def report(self, fraction: float, step: str | None = None) -> None:
        self._part.report(fraction, step or self._step)
