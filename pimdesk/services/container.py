"""The services of one run, opened on first use so a command touches only what it needs.

Reading content never creates the user's data folder; the user database is opened (checked,
repaired, migrated, backed up) the first time a service needs it.
"""

from __future__ import annotations

from contextlib import suppress
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from pimdesk.paths import AppPaths
from pimdesk.services.navigation import NavigationService
from pimdesk.services.reference import ReferenceService
from pimdesk.store.active_content import ActiveContent, find_active
from pimdesk.store.early_check import EarlyCheck
from pimdesk.store.private_folder import make_private
from pimdesk.store.reference import ReferenceStore
from pimdesk.store.userdata import UserDataStore
from pimdesk.store.userdata_open import OpenedUserData, open_user_data

if TYPE_CHECKING:  # imported when first used: they pull in sqlite-utils, nacl, reportlab
    from pimdesk.services.content import ContentService
    from pimdesk.services.data_safety import DataSafetyService
    from pimdesk.services.exports import ExportService
    from pimdesk.services.selections import SelectionService
    from pimdesk.store.content_packs import ContentLibrary

_USER_SERVICES = ("_opened", "selections", "navigation", "data_safety")


class Services:
    """Built once by the composition root (`pimdesk.app`) and handed to the CLI or the GUI."""

    def __init__(
        self, paths: AppPaths, language: str = "en", early_check: EarlyCheck | None = None
    ) -> None:
        self.paths = paths
        self.language = language
        # The user database's quick check, started before Qt was imported (desktop only).
        self._early_check = early_check
        self._later_notices: tuple[str, ...] = ()  # e.g. a backup after a command that failed

    @property
    def reference_database(self) -> Path:
        """The imported content when there is a sound one, else the content PIM Desk came with."""
        return self._active_content.database

    @property
    def content_notices(self) -> tuple[str, ...]:
        """Why imported content is not used (damaged, older than PIM Desk's own), if it is not."""
        return self._active_content.notices

    @cached_property
    def _bundled_database(self) -> Path:
        """The content PIM Desk came with (unpacked once in the package: store/packed_reference)."""
        from pimdesk.store.packed_reference import usable_reference

        return usable_reference(self.paths.bundled_reference_database, self.paths.unpacked_dir)

    @cached_property
    def _active_content(self) -> ActiveContent:
        return find_active(self.paths.content_dir, self._bundled_database)

    @cached_property
    def _content_library(self) -> ContentLibrary:
        from pimdesk.store.content_packs import ContentLibrary
        from pimdesk.store.pack_signing import TrustedKeys

        return ContentLibrary(
            self.paths.content_dir,
            self._bundled_database,
            TrustedKeys(self.paths.trusted_keys_dir),
        )

    @cached_property
    def content(self) -> ContentService:
        from pimdesk.services.content import ContentService
        from pimdesk.store.pack_signing import TrustedKeys

        return ContentService(self._content_library, TrustedKeys(self.paths.trusted_keys_dir))

    def reload_content(self) -> None:
        """After a content import or rollback: the next use of `reference` reads the new content."""
        if "reference" in self.__dict__:
            self.reference.close()
        for name in ("_active_content", "reference", "selections"):
            self.__dict__.pop(name, None)

    @cached_property
    def reference(self) -> ReferenceService:
        return ReferenceService(ReferenceStore(self.reference_database, self.language))

    # ------------------------------------------------------------------ user data
    @cached_property
    def _opened(self) -> OpenedUserData:
        with suppress(OSError):  # an unusable folder is said by open_user_data, in its words
            make_private(self.paths.data_dir)
        early, self._early_check = self._early_check, None  # its answer is good once
        return open_user_data(self.paths.user_database, self.paths.backups_dir, early)

    @property
    def user_store(self) -> UserDataStore:
        return self._opened.store

    @property
    def startup_notices(self) -> tuple[str, ...]:
        """What happened to the user's data at start (a repair, an upgrade), one sentence each."""
        return self._opened.notices

    @property
    def notices(self) -> tuple[str, ...]:
        """What the user should be told about the parts opened so far: the content used instead
        of an unusable import, and a repair or upgrade of their data."""
        found: tuple[str, ...] = ()
        if "_active_content" in self.__dict__:
            found += self.content_notices
        if "_opened" in self.__dict__:
            found += self.startup_notices
        return found + self._later_notices

    @cached_property
    def selections(self) -> SelectionService:
        from pimdesk.services.selections import SelectionService

        return SelectionService(self.user_store, self.reference)

    @cached_property
    def navigation(self) -> NavigationService:
        return NavigationService(self.user_store)

    @cached_property
    def data_safety(self) -> DataSafetyService:
        from pimdesk.services.data_safety import DataSafetyService

        return DataSafetyService(
            self.paths.user_database,
            self.paths.backups_dir,
            lambda: self.user_store,
            self._reopen_user_data,
            self._close_user_data,
        )

    def after_changes(self) -> tuple[str, ...]:
        """At the end of a command that changed the user's data: the daily backup if due."""
        if "_opened" not in self.__dict__ or not self.user_store.changes:
            return ()
        notices = self.data_safety.after_changes()
        self._later_notices += notices
        return notices

    def _close_user_data(self) -> None:
        if "_opened" in self.__dict__:
            self.user_store.close()

    @cached_property
    def exports(self) -> ExportService:
        """PDF documents; reportlab is imported only when one is built."""
        from pimdesk.services.exports import ExportService

        return ExportService(lambda: self.reference, lambda: self.selections, self.paths.fonts_dir)

    def _reopen_user_data(self) -> UserDataStore:
        data_safety = self.__dict__.get("data_safety")
        for name in _USER_SERVICES:
            self.__dict__.pop(name, None)
        if data_safety is not None:
            self.__dict__["data_safety"] = data_safety
        return self.user_store

    def close(self) -> None:
        if self._early_check is not None:  # closing before the data was ever opened
            self._early_check.cancel()
            self._early_check = None
        if "reference" in self.__dict__:
            self.reference.close()
        if "_opened" in self.__dict__:
            self.user_store.close()
