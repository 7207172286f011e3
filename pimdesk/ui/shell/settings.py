"""The window's settings (geometry, layout, zoom, language), in an INI file in the data folder.

Kept beside the user's data rather than in the system registry, so `--data-dir` and portable
mode keep everything in one folder and tests with a temporary folder never share settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ZOOM_MIN, ZOOM_MAX = -3, 8


class UiSettings:
    def __init__(self, path: Path) -> None:
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def path(self) -> Path:
        return Path(self._settings.fileName())

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    @property
    def splitter_state(self) -> QByteArray | None:
        return self._bytes("window/splitter")

    def save_window(self, geometry: QByteArray, state: QByteArray, splitter: QByteArray) -> None:
        self._settings.setValue("window/geometry", geometry)
        self._settings.setValue("window/state", state)
        self._settings.setValue("window/splitter", splitter)
        self._settings.sync()

    @property
    def zoom(self) -> int:
        """Text zoom in steps from the system's font size, 0 being the system's size."""
        try:
            steps = int(self._settings.value("view/zoom", 0))
        except (TypeError, ValueError):
            return 0
        return max(ZOOM_MIN, min(ZOOM_MAX, steps))

    def set_zoom(self, steps: int) -> None:
        self._settings.setValue("view/zoom", max(ZOOM_MIN, min(ZOOM_MAX, steps)))
        self._settings.sync()

    @property
    def language(self) -> str | None:
        """The interface language chosen in View → Language, or None (never chosen)."""
        value = self._settings.value("view/language")
        return value if isinstance(value, str) and value else None

    def set_language(self, code: str) -> None:
        self._settings.setValue("view/language", code)
        self._settings.sync()
