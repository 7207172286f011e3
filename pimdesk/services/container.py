"""The services of one run, opened on first use so a command touches only what it needs."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from pimdesk.paths import AppPaths
from pimdesk.services.reference import ReferenceService
from pimdesk.store.reference import ReferenceStore


class Services:
    """Built once by the composition root (`pimdesk.app`) and handed to the CLI or the GUI."""

    def __init__(self, paths: AppPaths, language: str = "en") -> None:
        self.paths = paths
        self.language = language

    @cached_property
    def reference(self) -> ReferenceService:
        return ReferenceService(ReferenceStore(self.reference_database, self.language))

    @property
    def reference_database(self) -> Path:
        return self.paths.bundled_reference_database

    def close(self) -> None:
        if "reference" in self.__dict__:
            self.reference.close()
