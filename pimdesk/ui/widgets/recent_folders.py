"""The folder each kind of file chooser last used (context files, content packs), kept in the
settings file of the data folder, so that a chooser opens where the user last went (D27)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings


class RecentFolders:
    """Read and keep the last folder of each kind of file ("context-export", "pack"...)."""

    def __init__(self, settings_file: Path) -> None:
        self._settings = QSettings(str(settings_file), QSettings.Format.IniFormat)

    def last(self, kind: str) -> Path | None:
        """The folder last used for `kind` while it still exists; None otherwise."""
        value = self._settings.value(f"folders/{kind}")
        folder = Path(value) if isinstance(value, str) and value else None
        return folder if folder is not None and folder.is_dir() else None

    def folder(self, kind: str) -> Path:
        """The folder last used for `kind` while it still exists; the home folder otherwise."""
        return self.last(kind) or Path.home()

    def remember(self, kind: str, chosen: Path) -> None:
        """Keep the folder of the file chosen for `kind`."""
        self._settings.setValue(f"folders/{kind}", str(chosen.parent))
        self._settings.sync()
