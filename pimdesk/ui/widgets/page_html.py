"""Building blocks of the rich-text pages: escaped text, glossary links, badges and sources.

Pages are HTML for `QTextBrowser`. Nothing here says anything by colour alone: a badge is a
word in brackets, an example starts with "e.g.", where a text comes from
says so in words (domain/provenance.py decides it).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from pimdesk.domain.category_colours import category_colour
from pimdesk.domain.content import Attribution, ItemKind, Origin
from pimdesk.domain.document_languages import labels_for
from pimdesk.domain.provenance import Provenance, provenance_of
from pimdesk.domain.records import record
from pimdesk.domain.text import escape_html as escape
from pimdesk.services.reference import ReferenceService
from pimdesk.ui.locations import link

translate = QCoreApplication.translate
# Unicode's left-to-right isolate: an English run keeps its own order (its full stop at its end)
# inside a right-to-left paragraph, and does not reorder the words around it.
LTR_ISOLATE = "\u2066{}\u2069"
FIRST_STRONG = "\u2068{}\u2069"  # an isolate that takes the direction of its first letter


@record
class RenderedPage:
    title: str
    html: str


def text(value: str) -> str:
    return escape(value, quote=False)


def fill(template: str, **pieces: str) -> str:
    """A translated sentence, escaped, with HTML pieces (links, badges) put in its places."""
    return text(template).format(**pieces)


def anchor(kind: str, record_id: str, label: str, anchor_name: str = "") -> str:
    return f'<a href="{escape(link(kind, record_id, anchor_name))}">{text(label)}</a>'


def linked(reference: ReferenceService, value: str, exclude: str | None = None) -> str:
    """`value` escaped, with the first mention of each glossary term linked to its page, and
    marked when it is shown in English for want of a translation."""
    pieces = []
    for segment in reference.link_terms(value, exclude=exclude):
        if segment.term_id is None:
            pieces.append(text(segment.text))
        else:
            pieces.append(anchor("term", segment.term_id, segment.text))
    shown = "".join(pieces)
    return in_english(shown) if reference.is_untranslated(value) else shown


def content_text(reference: ReferenceService, value: str) -> str:
    """A content text escaped; one shown in English for want of a translation is read left to
    right and marked, whatever the interface's direction (D6)."""
    return in_english(text(value)) if reference.is_untranslated(value) else text(value)


def in_english(shown_html: str) -> str:
    """An English run in another language's page: isolated left to right, then marked."""
    return LTR_ISOLATE.format(shown_html) + " " + in_english_note()


def in_reading_order(cells: list[str]) -> list[str]:
    """A table row's cells from the reading start: Qt lays HTML tables out left to right even in
    a right-to-left interface, so there the first column must come last."""
    return cells[::-1] if QGuiApplication.isRightToLeft() else cells


def badge(label: str) -> str:
    """A marker in words, in brackets. Words of both directions ("توضيح من PIM Desk") are
    isolated, so that they keep their order after a text of the other direction."""
    shown = FIRST_STRONG.format(text(label)) if mixed_directions(label) else text(label)
    return f'<span class="badge">&nbsp;[{shown}]&nbsp;</span>'


def mixed_directions(value: str) -> bool:
    """Whether `value` has letters written left to right and letters written right to left."""
    kinds = {unicodedata.bidirectional(c) for c in value}
    return "L" in kinds and bool(kinds & {"R", "AL"})


def heading(level: int, value: str, name: str = "") -> str:
    target = f'<a name="{escape(name)}"></a>' if name else ""
    return f"<h{level}>{target}{text(value)}</h{level}>"


def paragraph(content_html: str, css_class: str = "") -> str:
    attribute = f' class="{css_class}"' if css_class else ""
    return f"<p{attribute}>{content_html}</p>"


def bullet_list(items_html: list[str]) -> str:
    if not items_html:
        return ""
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items_html) + "</ul>"


def provenance(
    reference: ReferenceService, origin: str, source: str, kind: ItemKind | None = None
) -> Provenance:
    """Where a text comes from, decided by the domain, in the content's language."""
    return provenance_of(origin, source, kind, labels_for(reference.language).provenance)


def provenance_mark(
    reference: ReferenceService, attribution: Attribution, kind: ItemKind | None = None
) -> str:
    """The mark after a text: its section in small print when it is the source's content, a
    badge in words when it is PIM Desk's note or illustration."""
    value = provenance(reference, attribution.origin, attribution.source, kind)
    if value.is_source:
        return f' <span class="source">({text(value.mark)})</span>'
    return " " + badge(value.mark)


def origin_mark(reference: ReferenceService, origin: Origin, source: str) -> str:
    """`provenance_mark` for a text whose origin is stored apart from its source (a
    category's definition and explanation)."""
    return provenance_mark(reference, Attribution(source=source, origin=origin))


def marked_list(reference: ReferenceService, items: Iterable[str], attribution: Attribution) -> str:
    """A bulleted list of texts of one record: the source's cite their section once below,
    PIM Desk's own carry their mark each."""
    value = provenance(reference, attribution.origin, attribution.source)
    mark = "" if value.is_source else provenance_mark(reference, attribution)
    listed = bullet_list([linked(reference, item) + mark for item in items])
    return listed + (source_note(reference, attribution) if value.is_source else "")


def in_english_note() -> str:
    """The marker of content shown in English because it has not been translated yet."""
    return badge(translate("Pages", "English"))


def english_suffix(shown_in_english: bool) -> str:
    """The English marker after a name or text that lacks its translation, else ''."""
    return " " + in_english_note() if shown_in_english else ""


def with_legend(page: RenderedPage) -> RenderedPage:
    """The page with a line explaining each marker it uses (PIM Desk's marks, [English])."""
    legends = []
    if 'class="badge"' in page.html or 'class="source"' in page.html:
        legends.append(
            translate(
                "Pages",
                "Every text says where it comes from: a section in brackets is the source "
                "document's content in PIM Desk's words; PIM Desk's note on a section is its "
                "explanation around a passage that only mentions the subject; PIM Desk's "
                "illustration is PIM Desk's own example or common practice, not from the source. "
                "“e.g.” marks an illustrative example.",
            )
        )
    if in_english_note() in page.html:
        legends.append(
            translate(
                "Pages",
                "[English] marks content that has not been translated into this language yet: "
                "it is shown in English.",
            )
        )
    if not legends:
        return page
    return RenderedPage(
        page.title, page.html + "".join(paragraph(text(legend), "source") for legend in legends)
    )


def source_note(reference: ReferenceService, attribution: Attribution) -> str:
    """The full label of where the texts above come from: 'Source: PIM WM2 2015 §7.2', 'PIM
    Desk's note on §7.2' or 'PIM Desk's illustration — not from the source'."""
    value = provenance(reference, attribution.origin, attribution.source)
    return paragraph(text(value.label), "source")


def category_mark(category_id: str) -> str:
    """The category's number on its colour, as in the Matrix's column headers (style.py); it
    follows the name, so a heading still starts with (and takes its direction from) the name."""
    number = category_colour(category_id).number
    if not number:
        return ""
    return f'&nbsp;<span class="swatch-{number}">&nbsp;{number}&nbsp;</span>'
