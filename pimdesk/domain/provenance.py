"""Where a text comes from, as every surface shows it: the one place that decides the mark.

Every text PIM Desk shows belongs to exactly one class (CONTENT.md rules 2 and 4):

1. `source`: the source document's content in PIM Desk's words; the mark is its section;
2. `note`: PIM Desk's note around a section that only mentions the subject ("PIM Desk's note on
   §X", never "summarised");
3. `editorial`: PIM Desk's illustration or common practice, not in the source.

Surfaces (pages, the command line, PDFs, exports) call `provenance_of` and print its mark or
label; none of them decides the class itself.
"""

from __future__ import annotations

from enum import Enum

from pimdesk.domain.content import ItemKind
from pimdesk.domain.records import record

NO_SECTION = "editorial"  # the `source` of a text that cites no section


class ProvenanceClass(str, Enum):
    """Whose content a text is: the source's, PIM Desk's note on it, or PIM Desk's own."""

    SOURCE = "source"
    NOTE = "note"
    EDITORIAL = "editorial"


@record
class ProvenanceWords:
    """The words of the marks in one language; `{section}` is the cited section."""

    language: str = "en"
    source_mark: str = "{section}"
    source_label: str = "Source: {section}"
    note_mark: str = "PIM Desk's note on {section}"
    note_alone: str = "PIM Desk note"
    editorial_mark: str = "PIM Desk's illustration"
    editorial_label: str = "PIM Desk's illustration — not from the source"
    editorial_related: str = "PIM Desk's illustration — not from the source; related: {section}"
    group: str = "each: {mark}"  # one mark said once for the texts that follow it


ENGLISH_WORDS = ProvenanceWords()


@record
class Provenance:
    """The class of one text, its short mark (inline, after the text) and its full label."""

    cls: ProvenanceClass
    section: str  # "" when the text cites no section
    mark: str
    label: str
    group: str  # the mark said once above several texts that share it
    kind: ItemKind | None = None

    @property
    def is_source(self) -> bool:
        return self.cls is ProvenanceClass.SOURCE

    def as_json(self) -> dict[str, str]:
        return {
            "class": self.cls.value,
            "section": self.section,
            "mark": self.mark,
            "label": self.label,
        }


def provenance_of(
    origin: str,
    source: str,
    kind: ItemKind | str | None = None,
    words: ProvenanceWords = ENGLISH_WORDS,
) -> Provenance:
    """The provenance of a text from its record's `origin` ('source', 'note', 'editorial'),
    `source` (a section such as 'PIM WM2 2015 §7.1', or 'editorial') and, for a matrix cell
    item, its `kind`, in the language of `words`."""
    item_kind = ItemKind(kind) if kind is not None else None
    section = "" if source.strip() in ("", NO_SECTION) else source.strip()
    cls = _class_of(origin, section, item_kind)
    if cls is ProvenanceClass.SOURCE:
        mark = words.source_mark.format(section=section)
        label = words.source_label.format(section=section)
    elif cls is ProvenanceClass.NOTE:
        mark = words.note_mark.format(section=section) if section else words.note_alone
        label = mark
    else:
        mark = words.editorial_mark
        label = (
            words.editorial_related.format(section=section) if section else words.editorial_label
        )
    return Provenance(cls, section, mark, label, words.group.format(mark=mark), item_kind)


def _class_of(origin: str, section: str, kind: ItemKind | None) -> ProvenanceClass:
    """The class a record's fields put a text in; a claim the fields cannot back falls to the
    more modest class (a 'source' text citing no section is PIM Desk's own)."""
    if origin == "source" and section:
        return ProvenanceClass.SOURCE
    if origin == "note" or (kind is ItemKind.NOTE and origin != "source"):
        return ProvenanceClass.NOTE
    return ProvenanceClass.EDITORIAL
