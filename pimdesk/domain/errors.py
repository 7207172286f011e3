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
