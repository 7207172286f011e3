"""Errors the user can act on, each carrying one clear sentence.

Anything that is not a `PimDeskError` is a bug in PIM Desk and is allowed to crash loudly.
"""

from __future__ import annotations


class PimDeskError(Exception):
    """A problem with the user's input or environment, explained in one sentence."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ReferenceDatabaseError(PimDeskError):
    """The bundled reference database is missing, damaged or of another version."""


class ContentError(PimDeskError):
    """Content sources or a content pack failed validation."""


class NotFoundError(PimDeskError):
    """An ID or name that does not exist."""


class InvalidInputError(PimDeskError):
    """A value the user typed that PIM Desk cannot accept."""


class UserDataError(PimDeskError):
    """The user database cannot be opened, read or written."""


class ExportError(PimDeskError):
    """A file could not be written."""


class ConflictError(UserDataError):
    """A save refused because the stored selection is no longer the one that was edited.

    `kind` says why: "changed" (saved meanwhile by another window or command), "trashed" (moved
    to the trash meanwhile), "gone" (deleted for good), "replaced" (the data file was restored
    from a backup under this window). Nothing was written; the user chooses what to keep.
    """

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind
