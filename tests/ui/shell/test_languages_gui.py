"""The app in French, Spanish and Arabic: each main page opens, in that language, with English
shown and marked where the content has no translation; Arabic reads right to left."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from pimdesk.domain.document_languages import labels_for
from pimdesk.ui.locations import Location
from tests.translation_fixtures import names_only_db
from tests.ui.helpers import current_view, page_text
from tests.ui.shell.language_helpers import (
    WindowIn,
    untranslated_window_in,
    use_language,
    window_in,
)

# The fixtures, imported for the tests below.
__all__ = ["names_only_db", "untranslated_window_in", "use_language", "window_in"]

pytestmark = pytest.mark.gui


# What each language shows, from the interface's catalogue and from the content's translation.
EXPECTED = {
    "fr": {
        "welcome": "Bienvenue dans PIM Desk",
        "sections": ("Accueil", "Matrice", "Catégories", "Glossaire", "Mes contextes"),
        "menus": ("&Fichier", "Affic&hage", "&Outils", "&Aide"),
        "export": "Exporter en PDF",
        "data": "Vérifier mes données",
        "category": "Monitoring de protection",
        "scenario": "Urgence à déclenchement soudain",
        "principle": "Ne pas nuire",
        "challenge": "Sécurité des données",
        "dimension": "Accès des acteurs humanitaires à la population affectée",
        "term": "Consentement éclairé",
        "element": "Produits (données et informations)",
        "definition": "Collecte et vérification répétées et systématiques",
    },
    "es": {
        "welcome": "Bienvenido a PIM Desk",
        "sections": ("Inicio", "Matriz", "Categorías", "Glosario", "Mis contextos"),
        "menus": ("&Archivo", "&Ver", "&Herramientas", "A&yuda"),
        "export": "Exportar PDF",
        "data": "Comprobar mis datos",
        "category": "Monitoreo de protección",
        "scenario": "Emergencia de aparición súbita",
        "principle": "No causar daño",
        "challenge": "Seguridad de los datos",
        "dimension": "Acceso de los actores humanitarios a la población afectada",
        "term": "Consentimiento informado",
        "element": "Productos (datos e información)",
        "definition": "Recopilación y verificación repetidas y sistemáticas",
    },
    "ar": {
        "welcome": "مرحباً بك في PIM Desk",
        "sections": ("البداية", "المصفوفة", "الفئات", "المسرد", "سياقاتي"),
        "menus": ("&ملف", "&عرض", "&أدوات", "م&ساعدة"),
        "export": "تصدير PDF",
        "data": "فحص بياناتي",
        "category": "رصد الحماية",
        "scenario": "حالة طوارئ مفاجئة",
        "principle": "عدم الإضرار",
        "challenge": "أمن البيانات",
        "dimension": "وصول الجهات الفاعلة الإنسانية إلى السكان المتضررين",
        "term": "الموافقة المستنيرة",
        "element": "المخرجات (البيانات والمعلومات)",
        "definition": "متكرر ومنهجي للمعلومات المتعلقة بانتهاكات الحقوق",
    },
}


@pytest.mark.parametrize("language", ["fr", "es", "ar"])
def test_the_interface_speaks_the_language(
    qtbot: QtBot, window_in: WindowIn, language: str
) -> None:
    window = window_in(language)
    expected = EXPECTED[language]
    assert page_text(window).startswith(expected["welcome"])
    model = window.navigation_view.model()
    sections = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert set(expected["sections"]) <= set(sections), sections
    menus = [action.text() for action in window.menuBar().actions()]
    assert set(expected["menus"]) <= set(menus), menus
    titles = {}
    for row in range(model.rowCount()):  # every section opens, under a translated title
        window.navigation_view.setCurrentIndex(model.index(row, 0))
        qtbot.keyClick(window.navigation_view, Qt.Key.Key_Return)
        titles[sections[row]] = window.current_title
    assert not {"PIM Matrix", "Categories", "Glossary", "My contexts"} & set(titles.values())
    export = window.tool_actions.open_export()
    assert export.windowTitle() == expected["export"]
    export.reject()
    data = window.tool_actions.open_data_dialog()
    assert data.windowTitle() == expected["data"]
    qtbot.waitUntil(lambda: data.check_result is not None and not data.busy, timeout=10_000)
    data.reject()


def english_marker() -> str:
    return f"[{QCoreApplication.translate('Pages', 'English')}]"


def english_legend() -> str:
    return QCoreApplication.translate(
        "Pages",
        "[English] marks content that has not been translated into this language yet: "
        "it is shown in English.",
    )


def assert_all_in_language(text: str) -> None:
    """No text of the page falls back to English: no [English] marker, no legend."""
    assert english_marker() not in text
    assert english_legend() not in text


@pytest.mark.parametrize("language", ["fr", "es", "ar"])
def test_the_main_pages_show_the_content_in_the_language(
    window_in: WindowIn, language: str
) -> None:
    window = window_in(language)
    expected = EXPECTED[language]
    window.go(Location("categories"))
    categories = page_text(window)
    assert expected["category"] in categories
    assert expected["definition"] in categories  # the content is translated, not just names
    assert_all_in_language(categories)
    window.go(Location("category", "protection_monitoring"))
    assert window.current_title == expected["category"]
    category = page_text(window)
    assert expected["element"] in category
    assert expected["definition"] in category
    assert_all_in_language(category)
    window.go(Location("scenarios"))
    assert expected["scenario"] in page_text(window)
    # the provenance marks speak the language too, as the domain's label tables word them
    window.go(Location("scenario", "sudden_onset_emergency"))
    mark = labels_for(language).provenance.editorial_mark
    assert f"[{mark}]" in page_text(window)
    assert "[PIM Desk's illustration]" not in page_text(window)
    window.go(Location("principles"))
    assert expected["principle"] in page_text(window)
    window.go(Location("challenges"))
    assert expected["challenge"] in page_text(window)
    window.go(Location("access"))
    assert expected["dimension"] in page_text(window)
    window.go(Location("glossary"))
    glossary = window.pages.currentWidget()
    names = [glossary.model.index(row, 0).data() for row in range(glossary.model.rowCount())]
    assert expected["term"] in names
    window.go(Location("term", "informed_consent"))
    term_page = page_text(window)
    assert term_page.startswith(expected["term"])
    assert_all_in_language(term_page)


@pytest.mark.parametrize("language", ["fr", "es", "ar"])
def test_texts_without_a_translation_are_shown_in_english_and_marked(
    untranslated_window_in: WindowIn, language: str
) -> None:
    window = untranslated_window_in(language)
    expected = EXPECTED[language]
    window.go(Location("categories"))
    categories = page_text(window)
    assert expected["category"] in categories
    assert english_marker() in categories  # the definitions have no translation here
    assert english_legend() in categories
    window.go(Location("term", "informed_consent"))
    term_page = page_text(window)
    assert term_page.startswith(expected["term"])
    assert english_marker() in term_page


def test_a_search_in_french_finds_french_names_and_english_words(
    qtbot: QtBot, untranslated_window_in: WindowIn
) -> None:
    window = untranslated_window_in("fr")
    for typed in ("monitoring de protection", "protection monitoring"):
        window.search_box.clear()
        qtbot.keyClicks(window.search_box, typed)
        model = window.search.page().model
        titles = [model.index(row, 0).data() or "" for row in range(model.rowCount())]
        assert any(title.startswith("Monitoring de protection") for title in titles), titles
    qtbot.keyClicks(window.search_box, " tracking")  # matches an untranslated text only
    model = window.search.page().model
    rows = [model.index(row, 0).data() or "" for row in range(model.rowCount())]
    assert any(english_marker() in row for row in rows), rows


def test_arabic_pages_read_right_to_left(window_in: WindowIn) -> None:
    window = window_in("ar")
    window.go(Location("category", "protection_monitoring"))
    view = current_view(window)
    heading = view.document().begin()
    assert heading.text().startswith("رصد الحماية")
    assert heading.textDirection() == Qt.LayoutDirection.RightToLeft
    line = heading.layout().lineAt(0).naturalTextRect()
    assert line.left() > view.document().textWidth() / 2  # right-aligned
    definition = next(
        block for block in _blocks(view.document()) if EXPECTED["ar"]["definition"] in block.text()
    )
    assert definition.textDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft() and window.navigation_view.isRightToLeft()
    window.go(Location("scenario", "sudden_onset_emergency"))
    page = current_view(window).page
    assert page is not None
    headers = re.findall(r"<th>(.*?)</th>", page.html)
    assert headers[-1] == QCoreApplication.translate("Pages", "Category")  # read from the right
    window.go(Location("glossary"))
    letters = window.pages.currentWidget().letters
    assert letters.letters.startswith("#ا")  # the Arabic alphabet, not A–Z
    assert letters.button("ح").isEnabled()  # الحماية and the other terms under ح


def _blocks(document: object) -> Iterator[object]:
    block = document.begin()  # type: ignore[attr-defined]
    while block.isValid():
        yield block
        block = block.next()
