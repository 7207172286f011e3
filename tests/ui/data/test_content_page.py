"""Tools → Update content…: what is installed, a pack's preview, refusals, the update and the
rollback, with the window reading the new content afterwards (real packs, real imports)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from pimdesk.domain.errors import PimDeskError
from pimdesk.services.container import Services
from pimdesk.store.pack_signing import public_pem
from pimdesk.ui.data.content_page import ContentPage, desktop_wording
from pimdesk.ui.data.content_view import preview_sentence
from pimdesk.ui.data.service_words import SENTENCES, service_words
from pimdesk.ui.locations import Location
from pimdesk.ui.shell.application import open_main_window
from pimdesk.ui.shell.main_window import MainWindow
from tests.store.pack_fixtures import (
    PackWorld,
    Signer,
    build_pack,
    content_files,
    mini_content,
)
from tests.ui.dialog_checks import repeated_mnemonics, unnamed, visible_controls
from tests.ui.helpers import page_text
from tests.ui.shell.language_helpers import UseLanguage, use_language

pytestmark = pytest.mark.gui
__all__ = ["use_language"]  # the fixture, imported for the tests below
LEFT = Qt.MouseButton.LeftButton
WORK_TIMEOUT_MS = 30_000
OLD_EXPLANATION = "Information work must not put people at risk."
NEW_EXPLANATION = "Weigh every risk to people before collecting anything."


@pytest.fixture
def content_window(qtbot: QtBot, packs: PackWorld) -> Iterator[MainWindow]:
    """The real window on a data folder whose PIM Desk came with the tiny content 1.0.0."""
    services = Services(packs.paths)
    window = open_main_window(services)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    yield window
    window.close()
    services.close()


def changed_pack(packs: PackWorld, signed: bool = True) -> str:
    content = mini_content("2.0.0")
    content["principles.toml"]["principle"][0]["explanation"] = NEW_EXPLANATION
    del content["fr/glossary.toml"]
    return str(packs.pack("2.0.0", content, signed=signed))


def open_page(qtbot: QtBot, window: MainWindow) -> ContentPage:
    """Tools → Update content…"""
    tools = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Tools")
    next(a for a in tools.actions() if a.text() == "&Update content…").trigger()
    qtbot.waitUntil(lambda: len(window.findChildren(ContentPage)) == 1)
    page = window.findChildren(ContentPage)[0]
    qtbot.waitExposed(page)
    return page


def check(qtbot: QtBot, page: ContentPage, pack: str) -> None:
    page.pack_edit.setText(pack)
    qtbot.keyClick(page.pack_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.busy, timeout=WORK_TIMEOUT_MS)


def answer(qtbot: QtBot, page: ContentPage, button_text: str) -> None:
    qtbot.waitUntil(lambda: page.question is not None and page.question.isVisible())
    box = page.question
    assert box is not None
    if button_text == "Cancel":
        button = box.button(QMessageBox.StandardButton.Cancel)
    else:
        button = next(b for b in box.buttons() if b.text().replace("&", "") == button_text)
    qtbot.mouseClick(button, LEFT)


def principle_text(window: MainWindow) -> str:
    window.go(Location("principle", "do_no_harm"))
    return page_text(window)


def test_the_page_shows_the_installed_content(qtbot: QtBot, content_window: MainWindow) -> None:
    page = open_page(qtbot, content_window)
    installed = page.installed
    assert installed.version_label.text() == "1.0.0"
    assert installed.date_label.text() == "2026-12-01"
    assert installed.title_label.text() == "Mini content for tests"
    assert installed.origin_label.text() == "came with PIM Desk"
    assert installed.previous_label.text().startswith("none")
    assert not page.rollback_button.isEnabled() and not page.apply_button.isEnabled()


def test_a_pack_is_previewed_kind_by_kind_before_anything_changes(
    qtbot: QtBot,
    qtmodeltester,  # type: ignore[no-untyped-def]
    content_window: MainWindow,
    packs: PackWorld,
) -> None:
    page = open_page(qtbot, content_window)
    qtbot.mouseClick(page.choose_button, LEFT)
    chooser = page.file_dialog
    assert isinstance(chooser, QFileDialog)
    assert chooser.testOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.waitExposed(chooser)
    chooser.selectFile(changed_pack(packs))
    chooser.accept()
    qtbot.waitUntil(lambda: page.preview is not None, timeout=WORK_TIMEOUT_MS)
    rows = [
        tuple(page.model.index(r, c).data() for c in range(page.model.columnCount()))
        for r in range(page.model.rowCount())
    ]
    assert rows == [
        ("Principle", "changed", "Do no harm", "en", "explanation"),
        ("Glossary term", "removed", "Consentement éclairé", "fr", ""),
    ]
    assert page.model.headerData(4, Qt.Orientation.Horizontal) == "What changed"
    qtmodeltester.check(page.model)
    # The first change is shown before and after, its words marked (D19).
    shown = page.details_view.toPlainText()
    assert f"Before:\n{OLD_EXPLANATION}" in shown and f"After:\n{NEW_EXPLANATION}" in shown
    marks = marked_words(page)
    assert "Weigh every risk to " in marks["added"] and "before collecting" in marks["added"]
    assert "Information work must not put " in marks["removed"]
    assert "people" not in marks["added"] + marks["removed"]  # a word kept is not marked
    page.changes_view.setFocus()
    qtbot.keyClick(page.changes_view, Qt.Key.Key_Down)  # the removed term: nothing to compare
    assert "Consentement éclairé" in page.details_view.toPlainText()
    assert "Before:" not in page.details_view.toPlainText()
    said = page.preview_label.text()
    assert "content 2.0.0 of 2026-12-01" in said and "verified" in said and "1.0.0" in said
    assert "0 added, 1 changed, 1 removed" in page.panel.status_label.text()
    assert page.apply_button.isEnabled()
    assert not packs.paths.content_dir.exists(), "a preview writes nothing"
    assert content_window.services.reference.info.version == "1.0.0"


def marked_words(page: ContentPage) -> dict[str, str]:
    """The words the details view strikes through (removed) and underlines (added)."""
    found = {"added": "", "removed": ""}
    block = page.details_view.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            style = fragment.charFormat()
            if style.fontUnderline():
                found["added"] += fragment.text()
            elif style.fontStrikeOut():
                found["removed"] += fragment.text()
            fragments += 1
        block = block.next()
    return found


def test_a_change_carried_by_every_language_is_one_change_with_its_words_marked(
    qtbot: QtBot, content_window: MainWindow, packs: PackWorld
) -> None:
    content = mini_content("2.0.0")
    term = content["glossary.toml"]["term"][0]
    term["categories"] = ["case_management", "protection_monitoring"]  # the French carries it
    term["definition"][0]["text"] = "Agreement given freely and knowingly."
    page = open_page(qtbot, content_window)
    check(qtbot, page, str(packs.pack("2.0.0", content)))
    rows = [
        tuple(page.model.index(r, c).data() for c in range(page.model.columnCount()))
        for r in range(page.model.rowCount())
    ]
    assert rows == [
        ("Glossary term", "changed", "Informed consent", "en, fr", "categories, definition")
    ]
    assert "0 added, 1 changed, 0 removed" in page.panel.status_label.text()
    shown = page.details_view.toPlainText()
    assert "Languages: en, fr" in shown
    assert shown.count("categories") == 1  # the same edit in French is not repeated
    assert "In fr:" not in shown
    marks = marked_words(page)
    assert "freely and " in marks["added"] and "protection_monitoring" in marks["added"]


def test_applying_updates_the_window_and_roll_back_returns(
    qtbot: QtBot, content_window: MainWindow, packs: PackWorld
) -> None:
    window = content_window
    assert OLD_EXPLANATION in principle_text(window)
    page = open_page(qtbot, window)
    check(qtbot, page, changed_pack(packs))
    steps: list[int] = []
    page.panel.progress_bar.valueChanged.connect(steps.append)
    qtbot.mouseClick(page.apply_button, LEFT)
    qtbot.waitUntil(lambda: not page.busy, timeout=WORK_TIMEOUT_MS)
    assert page.panel.status_label.text() == (
        "PIM Desk now uses content 2.0.0 instead of 1.0.0; Roll back returns to 1.0.0."
    )
    assert steps and steps[-1] == 100 and steps == sorted(steps)
    assert page.installed.version_label.text() == "2.0.0"
    assert page.installed.origin_label.text().startswith("imported on")
    assert page.model.rowCount() == 0 and not page.apply_button.isEnabled()
    assert window.content_label.text() == "Content 2.0.0 of 2026-12-01"
    assert NEW_EXPLANATION in page_text(window), "the page shown was read again"
    window.search_box.setText("collecting")
    qtbot.waitUntil(lambda: window.search.active and window.search.page().model.rowCount() > 0)
    window.search_box.clear()

    assert page.rollback_button.text() == "Roll &back to 1.0.0"
    qtbot.mouseClick(page.rollback_button, LEFT)
    answer(qtbot, page, "Roll back")
    qtbot.waitUntil(lambda: not page.busy, timeout=WORK_TIMEOUT_MS)
    assert "now uses content 1.0.0 instead of 2.0.0" in page.panel.status_label.text()
    assert window.content_label.text() == "Content 1.0.0 of 2026-12-01"
    assert OLD_EXPLANATION in principle_text(window)


def test_an_unsigned_pack_is_refused_unless_explicitly_allowed(
    qtbot: QtBot, content_window: MainWindow, packs: PackWorld
) -> None:
    page = open_page(qtbot, content_window)
    check(qtbot, page, changed_pack(packs, signed=False))
    assert page.preview is None and page.model.rowCount() == 0
    assert "it is not signed" in page.panel.status_label.text()
    # Said in this window's words, not the command line's (gui.md D19).
    assert "--allow-unsigned" not in page.panel.status_label.text()
    assert "“Allow a pack that is unsigned or cannot be verified”" in page.panel.status_label.text()
    assert not page.apply_button.isEnabled()
    assert not page.allow_warning.isVisible()

    page.allow_check.click()  # checks the pack again, now allowed
    assert page.allow_warning.isVisible()
    assert "cannot tell who made such a pack" in page.allow_warning.text()
    qtbot.waitUntil(lambda: not page.busy, timeout=WORK_TIMEOUT_MS)
    assert page.preview is not None and "not signed" in page.preview_label.text()
    qtbot.mouseClick(page.apply_button, LEFT)
    qtbot.waitUntil(lambda: not page.busy, timeout=WORK_TIMEOUT_MS)
    assert content_window.services.reference.info.version == "2.0.0"
    # The consent was for that pack: the next one is checked strictly again (D19).
    assert not page.allow_check.isChecked() and not page.allow_warning.isVisible()


def choose_file(qtbot: QtBot, page: ContentPage, path: Path) -> None:
    chooser = page.file_dialog
    assert isinstance(chooser, QFileDialog)
    qtbot.waitExposed(chooser)
    chooser.selectFile(str(path))
    chooser.accept()


def test_a_key_is_trusted_from_the_window_after_its_id_is_shown(
    qtbot: QtBot, content_window: MainWindow, packs: PackWorld
) -> None:
    partner = Signer("partner")
    public_key = packs.folder / "partner.pem"
    public_key.write_bytes(public_pem(partner.key.verify_key))
    key_id = content_window.services.content.inspect_key(public_key).key_id
    content = mini_content("2.0.0")
    content["principles.toml"]["principle"][0]["explanation"] = NEW_EXPLANATION
    pack = packs.write(build_pack(content_files(content), partner.key, "2.0.0"))
    page = open_page(qtbot, content_window)
    check(qtbot, page, str(pack))
    assert page.preview is None and "unknown key" in page.panel.status_label.text()

    qtbot.mouseClick(page.trust_button, LEFT)
    choose_file(qtbot, page, public_key)
    qtbot.waitUntil(lambda: page.question is not None and page.question.isVisible())
    assert page.question is not None
    assert "“partner”" in page.question.text() and key_id in page.question.informativeText()
    answer(qtbot, page, "Cancel")
    assert not (packs.paths.trusted_keys_dir / "partner.pem").exists()  # nothing on Cancel

    qtbot.mouseClick(page.trust_button, LEFT)
    choose_file(qtbot, page, public_key)
    answer(qtbot, page, "Trust this key")
    installed = packs.paths.trusted_keys_dir / "partner.pem"  # where `content trust` puts it
    assert installed.read_bytes() == public_key.read_bytes()
    qtbot.waitUntil(lambda: not page.busy and page.preview is not None, timeout=WORK_TIMEOUT_MS)
    assert "verified" in page.preview_label.text() and page.apply_button.isEnabled()

    not_a_key = packs.folder / "notes.pem"
    not_a_key.write_text("not a key", encoding="utf-8")
    qtbot.mouseClick(page.trust_button, LEFT)
    choose_file(qtbot, page, not_a_key)
    assert "cannot be trusted" in page.panel.status_label.text() and page.question is None


def test_a_pack_with_stale_translations_is_refused_in_desktop_words(
    qtbot: QtBot, content_window: MainWindow, packs: PackWorld
) -> None:
    content = mini_content("2.0.0")
    content["fr/glossary.toml"]["term"][0]["en_hash"] = "000000000000"
    files = content_files(content, stamp=False)
    pack = packs.write(build_pack(files, packs.signer.key, "2.0.0"))
    page = open_page(qtbot, content_window)
    check(qtbot, page, str(pack))
    said = page.panel.status_label.text()
    assert "is stale" in said and "the pack's maker must update the translation" in said
    assert "`" not in said and "make translations-stamp" not in said  # no command line
    assert page.preview is None and not page.apply_button.isEnabled()


@pytest.mark.parametrize(
    "message",
    [
        "pack.zip cannot be imported: it holds content 1.0.0, not newer than the installed "
        "2.0.0 (`pimdesk content rollback` returns to the previous content).",
        "fr/glossary.toml: x: en_hash: is missing: once it matches the English, run "
        "`make translations-stamp CONTENT_LANG=fr`",
    ],
)
def test_no_refusal_names_a_command(message: str) -> None:
    said = desktop_wording(message)
    assert "`" not in said and "pimdesk content" not in said and "make " not in said
    assert said.startswith(message[:20])


def test_the_page_says_origin_signature_and_refusal_in_the_interface_language(
    qtbot: QtBot, use_language: UseLanguage, content_window: MainWindow, packs: PackWorld
) -> None:
    use_language("fr")
    page = open_page(qtbot, content_window)
    assert page.installed.origin_label.text() == "fourni avec PIM Desk"
    check(qtbot, page, str(packs.pack("1.0.0")))
    said = page.preview_label.text()
    assert "vérifié : signé avec la clé de confiance editor" in said
    assert "qui n'est pas plus récent que le 1.0.0 installé" in said
    assert "verified" not in said and "not newer" not in said


def test_english_before_and_after_read_left_to_right_in_the_arabic_interface(
    qtbot: QtBot, use_language: UseLanguage, content_window: MainWindow, packs: PackWorld
) -> None:
    use_language("ar")
    page = open_page(qtbot, content_window)
    check(qtbot, page, changed_pack(packs))
    directions = {}
    block = page.details_view.document().begin()
    while block.isValid():
        directions[block.text()] = block.textDirection()
        block = block.next()
    left_to_right = Qt.LayoutDirection.LeftToRight
    assert directions[OLD_EXPLANATION] == left_to_right  # its full stop at its end
    assert directions[NEW_EXPLANATION] == left_to_right
    assert directions["قبل:"] == Qt.LayoutDirection.RightToLeft


def test_a_hostile_or_older_pack_is_refused_with_a_message_naming_the_problem(
    qtbot: QtBot, content_window: MainWindow, packs: PackWorld
) -> None:
    page = open_page(qtbot, content_window)
    not_a_zip = packs.write(b"PK\x03\x04 this is not a zip")
    check(qtbot, page, str(not_a_zip))
    assert not_a_zip.name in page.panel.status_label.text()
    assert page.preview is None and not page.apply_button.isEnabled()
    check(qtbot, page, str(packs.pack("1.0.0")))
    assert page.preview is not None and not page.apply_button.isEnabled()
    assert "not newer than the installed 1.0.0" in page.preview_label.text()
    assert content_window.services.reference.info.version == "1.0.0"


def test_cancelling_an_update_changes_nothing(
    qtbot: QtBot, content_window: MainWindow, packs: PackWorld
) -> None:
    page = open_page(qtbot, content_window)
    check(qtbot, page, changed_pack(packs))
    page.panel.progress_bar.valueChanged.connect(
        lambda value: value > 0 and page.panel.cancel_button.click()
    )
    qtbot.mouseClick(page.apply_button, LEFT)
    assert page.panel.cancel_button.isVisible()
    qtbot.waitUntil(lambda: not page.busy, timeout=WORK_TIMEOUT_MS)
    assert page.panel.status_label.text() == (
        "The import was cancelled; the content was not changed."
    )
    assert page.installed.version_label.text() == "1.0.0"
    assert content_window.services.content.info().version == "1.0.0"


def test_every_control_is_named_for_screen_readers(
    qtbot: QtBot, content_window: MainWindow, packs: PackWorld
) -> None:
    page = open_page(qtbot, content_window)
    check(qtbot, page, changed_pack(packs))
    assert len(visible_controls(page)) >= 4
    assert unnamed(page) == []
    assert repeated_mnemonics(page) == []


def partner_pack(packs: PackWorld) -> str:
    """A sound pack signed by a key this data folder does not trust."""
    content = mini_content("2.0.0")
    return str(packs.write(build_pack(content_files(content), Signer("partner").key, "2.0.0")))


def refusal_of(services: Services, pack: Path) -> str:
    with pytest.raises(PimDeskError) as refused:
        services.content.preview(pack)
    return str(refused.value)


def test_the_content_services_sentences_are_each_recognised(packs: PackWorld) -> None:
    """The window words the service's real refusals itself (so it can translate them): each is
    matched by its own sentence, not left to the catch-all."""
    services = Services(packs.paths)
    try:
        not_a_key = packs.folder / "notes.pem"
        not_a_key.write_text("not a key", encoding="utf-8")
        with pytest.raises(PimDeskError) as untrusted:
            services.content.inspect_key(not_a_key)
        with pytest.raises(PimDeskError) as nothing_earlier:
            services.content.rollback()
        said = {
            "_unsigned": refusal_of(services, Path(changed_pack(packs, signed=False))),
            "_unknown_key": refusal_of(services, Path(partner_pack(packs))),
            "_not_zip": refusal_of(services, packs.write(b"PK\x03\x04 this is not a zip")),
            "_no_pack": refusal_of(services, packs.folder / "missing.zip"),
            "_untrusted": str(untrusted.value),
            "_nothing_earlier": str(nothing_earlier.value),
        }
    finally:
        services.close()
    for expected, message in said.items():
        words = next(w for pattern, w in SENTENCES if pattern.fullmatch(message))
        assert words.__name__ == expected, message
        assert "--allow-unsigned" not in service_words(message)


def test_refusals_and_missing_versions_are_said_in_french(
    qtbot: QtBot, use_language: UseLanguage, content_window: MainWindow, packs: PackWorld
) -> None:
    use_language("fr")
    page = open_page(qtbot, content_window)
    check(qtbot, page, changed_pack(packs, signed=False))
    said = page.panel.status_label.text()
    assert "est refusé : il n’est pas signé ; demandez à son auteur un paquet signé" in said
    assert "« Autoriser un paquet non signé ou impossible à vérifier »" in said
    assert "refused" not in said and "--allow-unsigned" not in said
    check(qtbot, page, partner_pack(packs))
    said = page.panel.status_label.text()
    assert "est signé avec une clé inconnue" in said and "unknown key" not in said
    not_a_zip = packs.write(b"PK\x03\x04 this is not a zip")
    check(qtbot, page, str(not_a_zip))
    assert "n’est pas un fichier zip lisible" in page.panel.status_label.text()
    check(qtbot, page, str(packs.folder / "missing.zip"))
    assert "Il n’y a pas de paquet de contenu" in page.panel.status_label.text()
    check(qtbot, page, changed_pack(packs))  # sound: previewed
    assert page.preview is not None
    # With no readable content installed the service says "none": the window says it in French.
    sentence = preview_sentence(replace(page.preview, installed_version="none"))
    assert sentence.endswith("Installé actuellement : aucun.") and "none" not in sentence
