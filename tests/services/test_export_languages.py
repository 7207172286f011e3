"""Documents in the language of the run: French labels read back, an Arabic briefing with Arabic
notes that prints right to left, the command line's `--lang`, and honest label translations."""

from __future__ import annotations

import dataclasses
import re
import string
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image, ImageOps

from pimdesk.app import main
from pimdesk.domain.document_labels import ENGLISH_LABELS, DocumentLabels
from pimdesk.domain.document_languages import DOCUMENT_LABELS, labels_for
from pimdesk.paths import AppPaths
from pimdesk.services.container import Services
from pimdesk.services.exports import suggested_file_name
from tests.briefing.pdf_tools import flatten, read_pdf, tool
from tests.briefing.sample import (
    EXPORT_DATE,
    SHEET_CATEGORY,
    options,
    sample_selection,
)
from tests.briefing.test_right_to_left import as_typed, pdftotext, right_to_left_reading, words_of

ARABIC_NOTES = "السياق: نزوح متكرر نحو الشرق، ويراجع الفريق الاختيار كل أسبوع."
ARABIC_NAME = "إيتوري — استجابة الحماية 2026"
CATEGORIES = ("security_situational_awareness", "protection_monitoring", "case_management")


def text_fields(labels: DocumentLabels) -> dict[str, str]:
    return {
        field.name: getattr(labels, field.name)
        for field in dataclasses.fields(labels)
        if isinstance(getattr(labels, field.name), str) and field.name != "language"
    }


def placeholders(text: str) -> set[str]:
    """The fields a label fills in; a scenario's name may be given as is or in lower case."""
    found = {name for _, name, _, _ in string.Formatter().parse(text) if name}
    return {"scenario" if name == "scenario_lower" else name for name in found}


@pytest.mark.parametrize("language", ["fr", "es", "ar"])
def test_each_translation_has_every_label_with_its_placeholders(language: str) -> None:
    translated = labels_for(language)
    assert translated.language == language
    assert translated.right_to_left is (language == "ar")
    english = text_fields(ENGLISH_LABELS)
    for name, text in text_fields(translated).items():
        assert text.strip(), name
        assert placeholders(text) == placeholders(english[name]), name
    same = [name for name, text in text_fields(translated).items() if text == english[name]]
    assert len(same) <= 8, same  # a few words are the same in both (Date, Version, PUBLIC...)


def test_a_language_without_labels_prints_english_ones() -> None:
    assert labels_for("pt") is ENGLISH_LABELS
    assert set(DOCUMENT_LABELS) == {"en", "fr", "es", "ar"}


def test_file_names_follow_the_language() -> None:
    from pimdesk.domain.briefing_input import DocumentKind

    name = suggested_file_name(DocumentKind.GLOSSARY, "", EXPORT_DATE, labels_for("fr"))
    assert name == "Glossaire PIM - 2026-12-01.pdf"


@pytest.fixture(scope="module")
def in_language(
    reference_db: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, Services]]:
    """Services in French and in Arabic over one data folder with a selection in Arabic."""
    folder = tmp_path_factory.mktemp("languages")
    selection = dataclasses.replace(
        sample_selection(CATEGORIES, name=ARABIC_NAME),
        notes=ARABIC_NOTES,
        place="بونيا، إيتوري",
        choices=tuple(
            dataclasses.replace(choice, notes="") for choice in sample_selection(CATEGORIES).choices
        ),
    )
    opened = {code: Services(AppPaths(folder, reference_db), code) for code in ("fr", "ar")}
    opened["fr"].selections.save(selection)
    yield opened
    for services in opened.values():
        services.close()


def test_a_french_briefing_prints_french_labels(in_language: dict[str, Services]) -> None:
    services = in_language["fr"]
    selection = services.selections.find(ARABIC_NAME)
    built = services.exports.briefing(selection.id, options())
    pdf = read_pdf(built.data)
    text = pdf.flat_text
    for label in (
        "Note d’information sur le contexte",
        "DIFFUSION RESTREINTE",
        f"Page 1 sur {built.pages}",
        "Les catégories par décision",
        "Quoi collecter et partager",
        "Liste de contrôle du partage des données",
        "Monitoring de protection",  # the content's French name
        "Urgence prolongée",
        "Vient en premier",  # a reason, in French
    ):
        assert label in text, label
    for english in ("The selection at a glance", "Page 1 of", "RESTRICTED", "Chosen by"):
        assert english not in text, english
    assert pdf.reader.metadata is not None
    assert "Note d’information sur le contexte" in str(pdf.reader.metadata.title)


def test_a_french_category_sheet_and_glossary(in_language: dict[str, Services]) -> None:
    services = in_language["fr"]
    sheet = read_pdf(services.exports.category_sheet(SHEET_CATEGORY, options()).data)
    assert "Fiche de catégorie" in sheet.flat_text
    assert "Sécurité et connaissance de la situation" in sheet.flat_text
    glossary = read_pdf(services.exports.glossary(options()).data)
    # PIM Desk's own glossary, never titled as the endorsed terminology (M-6), in French
    assert "Glossaire de PIM Desk" in glossary.flat_text
    assert "est un document distinct que PIM Desk ne contient pas" in glossary.flat_text
    assert "Illustration de PIM Desk" in glossary.flat_text
    assert "Consentement éclairé" in glossary.flat_text


def test_a_translated_document_says_once_on_its_first_page_that_it_is_not_official(
    in_language: dict[str, Services],
) -> None:
    services = in_language["fr"]
    notice = labels_for("fr").translation_notice
    assert "pas une traduction officielle" in notice
    selection = services.selections.find(ARABIC_NAME)
    documents = {
        "briefing": services.exports.briefing(selection.id, options()).data,
        "sheet": services.exports.category_sheet(SHEET_CATEGORY, options()).data,
        "glossary": services.exports.glossary(options()).data,
    }
    for name, data in documents.items():
        pages = [flatten(page) for page in read_pdf(data).pages]
        assert notice in pages[0], name
        assert sum(page.count(notice) for page in pages) == 1, name
    assert ENGLISH_LABELS.translation_notice == ""  # the source's language needs no notice


@pytest.fixture(scope="module")
def arabic_briefing(
    in_language: dict[str, Services], tmp_path_factory: pytest.TempPathFactory
) -> Path:
    services = in_language["ar"]
    selection = services.selections.find(ARABIC_NAME)
    target = tmp_path_factory.mktemp("arabic") / "briefing.pdf"
    services.exports.export_briefing(selection.id, target, options(), personal_data_confirmed=True)
    return target


def test_an_arabic_briefing_reads_back_its_arabic_notes_and_labels(arabic_briefing: Path) -> None:
    cover = right_to_left_reading(arabic_briefing, 1)
    summary = right_to_left_reading(arabic_briefing, 2)
    expected = [
        (cover, "موجز السياق"),
        (cover, ARABIC_NAME),
        (cover, "مقيد"),
        (cover, ARABIC_NOTES),  # the team's notes, on page 1 since issue 17
        (summary, "الفئات حسب القرار"),
        (summary, "رصد الحماية"),
    ]
    for page, text in expected:
        wanted = words_of(text)
        read = words_of(" ".join(page))
        found = any(read[i : i + len(wanted)] == wanted for i in range(len(read)))
        assert found, (text, read)


def test_an_arabic_briefing_is_laid_out_from_the_right(
    arabic_briefing: Path, tmp_path: Path
) -> None:
    """On the cover the title ends at the right margin and the page number sits at the left;
    rendered, the title band has its ink on the right."""
    cover = pdftotext(arabic_briefing, "-bbox", "-f", "1", "-l", "1")
    found = re.findall(r'<word xMin="([\d.]+)"[^>]*xMax="([\d.]+)"[^>]*>([^<]+)</word>', cover)
    spelt = [(float(left), float(right), as_typed(word)) for left, right, word in found]
    title_end = max(right for _, right, word in spelt if word == "إيتوري")
    assert title_end > 530, title_end  # the right margin: 595 − 18 mm ≈ 544 points
    page_label = next(left for left, _, word in spelt if word == "الصفحة")
    assert page_label < 200, page_label
    subprocess.run(
        [tool("pdftoppm"), "-r", "50", "-png", "-f", "1", "-l", "1", str(arabic_briefing),
         str(tmp_path / "cover")],
        check=True,
    )  # fmt: skip
    with Image.open(next(tmp_path.glob("cover*.png"))) as image:
        width, height = image.size
        band = image.convert("L").crop((0, height // 10, width, height // 6))  # the title band
        ink = ImageOps.invert(band).point(lambda v: 255 if v > 80 else 0).getbbox()
    assert ink is not None and ink[2] > width * 0.85 and ink[0] > width * 0.3


def test_lang_on_the_command_line_prints_the_briefing_in_french(
    in_language: dict[str, Services], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = in_language["fr"].paths.data_dir
    target = tmp_path / "note.pdf"
    arguments = ["--data-dir", str(folder), "--lang", "fr", "brief", ARABIC_NAME, "--yes"]
    code = main([*arguments, "-o", str(target)])
    assert code == 0, capsys.readouterr().err
    text = flatten(read_pdf(target.read_bytes()).text)
    assert "Note d’information sur le contexte" in text
    assert "Quoi collecter et partager" in text
