"""The content validator: the real sources pass, and each kind of broken source is named."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pimdesk.content.sources import check_sources, load_sources, read_base_records
from pimdesk.content.stamping import stamp_language
from pimdesk.domain.errors import ContentError
from pimdesk.store.reference_build import build_reference_database
from tests.conftest import CONTENT_SOURCES


def messages(folder: Path) -> list[str]:
    return [str(problem) for problem in check_sources(folder)]


def append(folder: Path, file: str, text: str) -> None:
    with (folder / file).open("a", encoding="utf-8") as handle:
        handle.write("\n" + text)


def test_the_shipped_sources_have_no_problem() -> None:
    assert messages(CONTENT_SOURCES) == []


def test_a_term_with_every_kind_of_field_problem_is_reported_field_by_field(
    content_copy: Path,
) -> None:
    append(
        content_copy,
        "glossary.toml",
        """
[[term]]
id = "broken_term"
term = "Broken term"
related = ["no_such_term"]
categories = ["no_such_category"]
colour = "red"
  [[term.definition]]
  text = " "
  source = "PIM WM2 2015 §99"
  origin = "maybe"
""",
    )
    found = messages(content_copy)
    assert "glossary.toml: broken_term: colour: is not a known field" in found
    where = "glossary.toml: broken_term definition #1"
    assert f"{where}: text: must be non-empty text" in found
    assert f"{where}: source: 'PIM WM2 2015 §99' is not a known section" in found
    assert f"{where}: origin: must be one of: source, note, editorial" in found
    assert "glossary.toml: broken_term: related: unknown term 'no_such_term'" in found
    assert "glossary.toml: broken_term: categories: unknown category 'no_such_category'" in found


def test_duplicate_ids_are_reported(content_copy: Path) -> None:
    append(
        content_copy,
        "principles.toml",
        """
[[principle]]
id = "do_no_harm"
name = "Do no harm, again"
position = 99
explanation = "A second record with an ID that is already taken."
source = "editorial"
origin = "editorial"
""",
    )
    assert "principles.toml: do_no_harm: id: duplicate principle ID" in messages(content_copy)


def test_a_missing_required_field_is_reported(content_copy: Path) -> None:
    append(
        content_copy,
        "principles.toml",
        """
[[principle]]
id = "without_explanation"
name = "Without explanation"
position = 100
source = "editorial"
origin = "editorial"
""",
    )
    assert "principles.toml: without_explanation: explanation: is required" in messages(
        content_copy
    )


def test_an_unknown_language_code_is_reported(content_copy: Path) -> None:
    path = content_copy / "challenges.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace('language = "en"', 'language = "xx"', 1)
    )
    assert "challenges.toml: language: 'xx' is not a known language code" in messages(content_copy)


def test_editorial_text_cannot_claim_the_source_as_its_origin(content_copy: Path) -> None:
    append(
        content_copy,
        "framework.toml",
        """
[[statement]]
id = "claims_too_much"
kind = "next_step"
title = "Claims too much"
text = "An editorial statement that says it renders the source."
position = 99
source = "editorial"
origin = "source"
""",
    )
    assert (
        "framework.toml: claims_too_much: origin: must be 'editorial' when source is 'editorial'"
        in messages(content_copy)
    )


def test_a_note_must_cite_the_section_it_is_a_note_on(content_copy: Path) -> None:
    append(
        content_copy,
        "framework.toml",
        """
[[statement]]
id = "note_on_nothing"
kind = "reading_note"
title = "A note on nothing"
text = "PIM Desk's note that names no section of the source."
position = 99
source = "editorial"
origin = "note"
""",
    )
    found = messages(content_copy)
    assert "framework.toml: note_on_nothing: origin: 'note' needs the section it is a note on" in (
        found
    )


def test_a_whole_document_may_be_cited_but_not_a_bare_footnote(content_copy: Path) -> None:
    append(
        content_copy,
        "framework.toml",
        """
[[statement]]
id = "cites_the_first_meeting"
kind = "background"
title = "Cites a whole document"
text = "A statement that cites the first meeting's outcome document as a whole."
position = 98
source = "PIM WM1 2015"
origin = "editorial"

[[statement]]
id = "cites_a_bare_footnote"
kind = "background"
title = "Cites a footnote without its section"
text = "A statement whose citation names a footnote but no section."
position = 99
source = "PIM WM2 2015 fn 7"
origin = "source"
""",
    )
    found = messages(content_copy)
    assert not any("cites_the_first_meeting" in message for message in found)
    assert any(m.startswith("framework.toml: cites_a_bare_footnote: source:") for m in found)


def test_a_new_matrix_row_without_cells_is_reported_for_every_category(content_copy: Path) -> None:
    append(
        content_copy,
        "elements.toml",
        """
[[element]]
id = "output_information"
name = "Output – information"
position = 7
description = "The information a category produces, as later matrix versions split it."
source = "editorial"
origin = "editorial"
""",
    )
    found = messages(content_copy)
    missing = [m for m in found if m.endswith(".output_information: the matrix has no cell here")]
    assert len(missing) == 8


def test_a_relationship_from_a_category_to_itself_is_reported(content_copy: Path) -> None:
    append(
        content_copy,
        "relationships.toml",
        """
[[relationship]]
id = "self_loop"
from = "case_management"
to = "case_management"
kind = "feeds"
explanation = "A category cannot feed itself."
source = "editorial"
origin = "editorial"
""",
    )
    assert "relationships.toml: self_loop: to: links a category to itself" in messages(content_copy)


def test_an_alias_that_another_term_owns_is_reported(content_copy: Path) -> None:
    append(
        content_copy,
        "glossary.toml",
        """
[[term]]
id = "consent_again"
term = "Consent again"
aliases = ["Informed consent"]
  [[term.definition]]
  text = "A term whose alias is another term's name."
  source = "editorial"
  origin = "editorial"
""",
    )
    assert any(
        m.startswith("glossary.toml: consent_again: aliases: 'Informed consent' is also")
        for m in messages(content_copy)
    )


def test_malformed_toml_and_bad_encoding_name_the_file(content_copy: Path) -> None:
    (content_copy / "challenges.toml").write_text("[[challenge]\nid = ", encoding="utf-8")
    (content_copy / "access.toml").write_bytes(b'language = "en"\n# \xff\xfe\n')
    found = messages(content_copy)
    assert any(m.startswith("challenges.toml: is not valid TOML") for m in found)
    assert "access.toml: is not UTF-8 text (byte 18)" in found


def test_a_missing_file_is_reported(content_copy: Path) -> None:
    (content_copy / "principles.toml").unlink()
    assert "principles.toml: is missing" in messages(content_copy)


def test_the_build_fails_on_any_problem_and_leaves_the_old_database(
    content_copy: Path, tmp_path: Path
) -> None:
    target = tmp_path / "reference.sqlite"
    build_reference_database(content_copy, target)
    before = target.read_bytes()
    append(content_copy, "principles.toml", "[[principle]]\nid = 'Bad ID'\n")
    with pytest.raises(ContentError) as raised:
        build_reference_database(content_copy, target)
    assert "principles.toml: Bad ID: id: must be a snake_case ID" in raised.value.message
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["content", "reference.sqlite"]


def test_a_translation_reuses_ids_and_only_translates_text(content_copy: Path) -> None:
    for bundled in (folder for folder in content_copy.iterdir() if folder.is_dir()):
        shutil.rmtree(bundled)  # the bundled translations: this test brings its own
    portuguese = content_copy / "pt"  # a language PIM Desk does not ship
    portuguese.mkdir()
    (portuguese / "principles.toml").write_text(
        """language = "pt"
[[principle]]
id = "do_no_harm"
name = "Não causar dano"
explanation = "Tradução de demonstração."

[[principle]]
id = "no_such_principle"
name = "Inconnu"

[[principle]]
id = "impartiality"
position = 1
""",
        encoding="utf-8",
    )
    found = messages(content_copy)
    assert "pt/principles.toml: no_such_principle: id: no principle with this ID" in found
    assert "pt/principles.toml: impartiality: position: cannot be translated" in found
    (portuguese / "principles.toml").write_text(
        'language = "pt"\n[[principle]]\nid = "do_no_harm"\nname = "Não causar dano"\n',
        encoding="utf-8",
    )
    assert any(
        "pt/principles.toml: do_no_harm: en_hash: is missing" in m for m in messages(content_copy)
    )
    assert stamp_language(content_copy, "pt", read_base_records(content_copy)) == [
        "pt/principles.toml: do_no_harm"
    ]
    sources = load_sources(content_copy)
    portuguese_rows = [r for r in sources.tables["principles"] if r["language"] == "pt"]
    assert [(r["id"], r["name"]) for r in portuguese_rows] == [("do_no_harm", "Não causar dano")]
    assert portuguese_rows[0]["position"] == 2
    assert sources.languages == ("en", "pt")
