"""The interface language: which one to use, its translators (PIM Desk's and Qt's), its direction.

The language is chosen once, before the window is built: `--lang` on the command line, else the
choice saved in the settings (View → Language), else the system's language when PIM Desk is
translated into it, else English. Changing it takes effect on the next start.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

BASE_LANGUAGE = "en"
# The interface languages, each named in its own language so anyone can find theirs.
INTERFACE_LANGUAGES = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "ar": "العربية",
}
RIGHT_TO_LEFT_LANGUAGES = frozenset({"ar", "fa", "he", "ps", "ur", "yi", "ku", "sd", "ug"})
CATALOGUE_PREFIX = "pimdesk_"
QT_CATALOGUE = "qtbase"
_LANGUAGE_CODE = re.compile(r"^[a-z]{2}$")


def is_language_code(code: str) -> bool:
    """A two-letter ISO 639-1 code in lower case, the form content and catalogues use."""
    return bool(_LANGUAGE_CODE.match(code))


def language_name(code: str) -> str:
    """The language's name in that language ('Français'), for menus."""
    if code in INTERFACE_LANGUAGES:
        return INTERFACE_LANGUAGES[code]
    name = QLocale(code).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


def is_right_to_left(code: str) -> bool:
    return code in RIGHT_TO_LEFT_LANGUAGES


def layout_direction(code: str) -> Qt.LayoutDirection:
    if is_right_to_left(code):
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


def system_language(ui_languages: list[str] | None = None) -> str | None:
    """The first of the system's preferred languages that the interface is translated into."""
    preferred = QLocale.system().uiLanguages() if ui_languages is None else ui_languages
    for tag in preferred:
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in INTERFACE_LANGUAGES:
            return code
    return None


def choose_language(requested: str | None, saved: str | None, system: str | None) -> str:
    """`--lang` wins, then the saved choice, then the system's language, then English."""
    for candidate in (requested, saved, system):
        code = (candidate or "").replace("_", "-").split("-")[0].lower()
        if is_language_code(code):
            return code
    return BASE_LANGUAGE


class Translators:
    """The catalogues installed for one language: PIM Desk's own and Qt's (standard buttons,
    dialogs). Kept alive here: Qt holds only a reference to an installed translator."""

    def __init__(self, language: str, catalogue_dir: Path) -> None:
        self.language = language
        self.catalogue_dir = catalogue_dir
        self.loaded: list[QTranslator] = []

    @property
    def app_catalogue(self) -> Path:
        return self.catalogue_dir / f"{CATALOGUE_PREFIX}{self.language}.qm"

    def install(self, app: QCoreApplication) -> bool:
        """Install what exists for the language; True when PIM Desk's own catalogue was found."""
        if self.language == BASE_LANGUAGE:
            return True
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        self._load(app, f"{QT_CATALOGUE}_{self.language}", qt_folder)
        return self._load(app, self.app_catalogue.stem, str(self.catalogue_dir))

    def _load(self, app: QCoreApplication, name: str, folder: str) -> bool:
        translator = QTranslator(app)
        if not translator.load(name, folder):
            return False
        app.installTranslator(translator)
        self.loaded.append(translator)
        return True

    def remove(self, app: QCoreApplication) -> None:
        for translator in self.loaded:
            app.removeTranslator(translator)
        self.loaded.clear()
