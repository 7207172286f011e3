"""The list of the user's backups, newest first, for Help → Check my data."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QObject,
    Qt,
)

from pimdesk.ui.widgets.model_index import ROOT, Index

translate = QCoreApplication.translate
BACKUP_NAME_ROLE = Qt.ItemDataRole.UserRole + 1


class BackupLike(Protocol):
    """A backup as the data-safety service lists it."""

    @property
    def path(self) -> Path: ...
    @property
    def taken(self) -> datetime.datetime: ...
    @property
    def reason(self) -> str: ...


def reason_text(reason: str) -> str:
    """Why a backup was taken, in the user's words."""
    reasons = {
        "daily": translate("Backups", "daily"),
        "manual": translate("Backups", "taken by you"),
        "before-restore": translate("Backups", "before a restore"),
    }
    if reason.startswith("before-upgrade"):
        return translate("Backups", "before an upgrade")
    return reasons.get(reason, reason)


class BackupListModel(QAbstractListModel):
    """One row per backup: when and why; the file's name is in BACKUP_NAME_ROLE."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._backups: list[BackupLike] = []

    def set_backups(self, backups: Sequence[BackupLike]) -> None:
        self.beginResetModel()
        self._backups = list(backups)
        self.endResetModel()

    def backup(self, row: int) -> BackupLike:
        return self._backups[row]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._backups)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._backups):
            return None
        backup = self._backups[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._label(backup)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(backup.path)
        if role == BACKUP_NAME_ROLE:
            return backup.path.name
        return None

    @staticmethod
    def _label(backup: BackupLike) -> str:
        return backup_label(backup)


def backup_label(backup: BackupLike) -> str:
    """When and why a backup was taken, in the same words in the list and in the summary."""
    return translate("Backups", "{taken} ({reason})").format(
        taken=f"{backup.taken.astimezone():%Y-%m-%d %H:%M}", reason=reason_text(backup.reason)
    )
