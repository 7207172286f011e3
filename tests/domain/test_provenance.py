"""The one decision of where a text comes from: three classes, their marks, in every language."""

from __future__ import annotations

import dataclasses

import pytest

from pimdesk.domain.content import ORIGINS, Attribution, CellItem, ItemKind
from pimdesk.domain.document_languages import DOCUMENT_LABELS, labels_for
from pimdesk.domain.provenance import (
    ENGLISH_WORDS,
    ProvenanceClass,
    ProvenanceWords,
    provenance_of,
)

SECTION = "PIM WM2 2015 §7.1"


def test_the_source_s_content_cites_its_section() -> None:
    value = provenance_of("source", SECTION)
    assert value.cls is ProvenanceClass.SOURCE
    assert (value.section, value.mark, value.label) == (SECTION, SECTION, f"Source: {SECTION}")
    assert value.is_source


def test_a_note_says_pim_desk_s_note_on_the_section_never_summarised() -> None:
    value = provenance_of("note", SECTION)  # no built record has this origin yet: constructed
    assert value.cls is ProvenanceClass.NOTE
    assert value.mark == value.label == f"PIM Desk's note on {SECTION}"
    assert "summar" not in value.label.lower()
    assert not value.is_source


def test_an_illustration_is_marked_not_from_the_source_with_its_related_section() -> None:
    value = provenance_of("editorial", "PIM WM2 2015 §11")
    assert value.cls is ProvenanceClass.EDITORIAL
    assert value.mark == "PIM Desk's illustration"
    assert value.label == (
        "PIM Desk's illustration — not from the source; related: PIM WM2 2015 §11"
    )
    alone = provenance_of("editorial", "editorial")
    assert (alone.section, alone.label) == ("", "PIM Desk's illustration — not from the source")


def test_a_claim_the_record_cannot_back_falls_to_the_more_modest_class() -> None:
    """'source' with no section to cite is PIM Desk's own; a note without a section is a note."""
    assert provenance_of("source", "editorial").cls is ProvenanceClass.EDITORIAL
    assert provenance_of("source", "  ").cls is ProvenanceClass.EDITORIAL
    assert provenance_of("note", "editorial").label == "PIM Desk note"


def test_a_cell_note_is_pim_desk_s_note_and_an_example_keeps_its_origin() -> None:
    """m-17: notes and examples are never the matrix's words; the source's own items are."""
    note = provenance_of("editorial", "editorial", ItemKind.NOTE)
    assert (note.cls, note.mark) == (ProvenanceClass.NOTE, "PIM Desk note")
    assert provenance_of("editorial", SECTION, "note").mark == f"PIM Desk's note on {SECTION}"
    example = provenance_of("editorial", "editorial", ItemKind.EXAMPLE)
    assert (example.cls, example.kind) == (ProvenanceClass.EDITORIAL, ItemKind.EXAMPLE)
    sourced_example = provenance_of("source", "PIM WM2 2015 §9.6", ItemKind.EXAMPLE)
    assert sourced_example.cls is ProvenanceClass.SOURCE
    assert provenance_of("source", SECTION, ItemKind.NOTE).cls is ProvenanceClass.SOURCE


def test_every_origin_the_content_may_use_has_a_class() -> None:
    assert set(ORIGINS) == {"source", "note", "editorial"}
    classes = {provenance_of(origin, SECTION).cls for origin in ORIGINS}
    assert classes == set(ProvenanceClass)


def test_the_value_is_immutable_and_reads_as_json() -> None:
    value = provenance_of("note", SECTION)
    with pytest.raises(dataclasses.FrozenInstanceError):
        value.mark = "summarised"  # type: ignore[misc]
    assert value.as_json() == {
        "class": "note",
        "section": SECTION,
        "mark": f"PIM Desk's note on {SECTION}",
        "label": f"PIM Desk's note on {SECTION}",
    }


@pytest.mark.parametrize("language", sorted(DOCUMENT_LABELS))
def test_every_language_has_its_own_marks_keeping_the_section(language: str) -> None:
    words = labels_for(language).provenance
    assert words.language == language
    for origin in ORIGINS:
        value = provenance_of(origin, SECTION, words=words)
        assert SECTION in value.label  # the section survives translation
        assert value.mark and value.label
    if language != "en":  # translated, not English left in place
        for field in dataclasses.fields(ProvenanceWords):
            if field.name not in ("language", "source_mark"):
                assert getattr(words, field.name) != getattr(ENGLISH_WORDS, field.name)


def test_a_cell_item_and_an_attribution_give_the_same_answer_everywhere() -> None:
    item = CellItem("Census data", ItemKind.EXAMPLE, Attribution("editorial", "editorial"))
    first = provenance_of(item.attribution.origin, item.attribution.source, item.kind)
    again = provenance_of(item.attribution.origin, item.attribution.source, item.kind.value)
    assert first == again
