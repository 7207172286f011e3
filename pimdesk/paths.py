"""Where PIM Desk's files are: bundled resources, the reference database, the user's data.

Every location on disk comes from here. User data goes, in order of precedence, to the
`--data-dir` given on the command line, the `PIMDESK_DATA_DIR` environment variable, a folder
beside the executable when a portable-mode marker file sits there, or the per-user data folder
of the operating system. Nothing is ever written inside the install folder otherwise.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path, PurePosixPath

from pimdesk.domain.records import record

APP_DIRECTORY_NAME = "PIM Desk"
PORTABLE_MARKER = "pimdesk-portable.txt"
PORTABLE_DATA_FOLDER = "pimdesk-data"
REFERENCE_DATABASE = "db/pimdesk-reference.sqlite"
FONTS_FOLDER = "resources/fonts"
ICONS_FOLDER = "resources/icons"
STYLE_FOLDER = "resources/style"
TRANSLATIONS_FOLDER = "resources/i18n"
APP_ICON = f"{ICONS_FOLDER}/pimdesk.svg"
CONTENT_SOURCES_FOLDER = "resources/content"
USER_DATABASE = "pimdesk-user.sqlite"

# What the app reads at run time through `resource()`: a frozen build carries exactly these, at
# the same relative paths under its resources root (packaging/pimdesk.spec reads this tuple).
BUNDLED_RESOURCES = (
    REFERENCE_DATABASE,
    FONTS_FOLDER,
    ICONS_FOLDER,
    STYLE_FOLDER,
    TRANSLATIONS_FOLDER,
)
# Read only when building (the content sources are compiled into the reference database).
BUILD_ONLY_RESOURCES = (CONTENT_SOURCES_FOLDER,)


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def resources_root() -> Path:
    """The folder that holds `resources/` and `db/`: the bundle when frozen, else the checkout."""
    override = os.environ.get("PIMDESK_RESOURCES")
    if override:
        return Path(override)
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return Path(__file__).resolve().parent.parent


def executable_folder() -> Path:
    """The folder the user sees the program in: beside the executable, or beside a macOS `.app`."""
    folder = Path(sys.executable).resolve().parent
    if folder.name == "MacOS" and folder.parent.name == "Contents":
        bundle = folder.parent.parent
        if bundle.suffix == ".app":
            return bundle.parent
    return folder


def resource(relative: str) -> Path:
    """A bundled file, by its path relative to the resources root.

    Absolute paths and `..` are refused, so no caller can be tricked into reading outside it.
    """
    pure = PurePosixPath(relative)
    if pure.is_absolute() or ".." in pure.parts or "\\" in relative or ":" in relative:
        raise ValueError(f"not a relative resource path: {relative!r}")
    return resources_root().joinpath(*pure.parts)


def portable_data_folder() -> Path | None:
    """The data folder beside the executable when the portable-mode marker is there."""
    if not is_frozen():
        return None
    folder = executable_folder()
    return folder / PORTABLE_DATA_FOLDER if (folder / PORTABLE_MARKER).exists() else None


def default_data_folder() -> Path:
    import platformdirs  # only needed when no folder was given

    return Path(platformdirs.user_data_dir(APP_DIRECTORY_NAME, appauthor=False, roaming=True))


@record
class AppPaths:
    """The locations one run of PIM Desk uses."""

    data_dir: Path
    bundled_reference_database: Path
    portable: bool = False

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
        chosen = data_dir or os.environ.get("PIMDESK_DATA_DIR") or None
        portable = None if chosen else portable_data_folder()
        folder = Path(chosen) if chosen else portable or default_data_folder()
        return cls(
            data_dir=folder.expanduser().resolve(),
            bundled_reference_database=resource(REFERENCE_DATABASE),
            portable=portable is not None,
        )

    @property
    def user_database(self) -> Path:
        return self.data_dir / USER_DATABASE

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def content_dir(self) -> Path:
        """Content packs the user imported: staged reference databases and the active one."""
        return self.data_dir / "content"

    @property
    def unpacked_dir(self) -> Path:
        """The package's compressed reference database, unpacked (store/packed_reference.py)."""
        return self.data_dir / "unpacked"

    @property
    def trusted_keys_dir(self) -> Path:
        return self.data_dir / "trusted-keys"

    @property
    def settings_file(self) -> Path:
        return self.data_dir / "settings.ini"

    @property
    def fonts_dir(self) -> Path:
        return resource(FONTS_FOLDER)

    @property
    def icons_dir(self) -> Path:
        return resource(ICONS_FOLDER)

    @property
    def app_icon(self) -> Path:
        return resource(APP_ICON)

    @property
    def translations_dir(self) -> Path:
        """The app's compiled translations (`*.qm`), when it ships any."""
        return resource(TRANSLATIONS_FOLDER)
