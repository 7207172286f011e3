"""Turning plain text into paragraphs: the one place where text meets reportlab's markup.

Every text the documents print (content, the team's notes, labels) goes through `paragraph` or
`markup`: it is escaped here, so a note with `<`, `&` or control characters prints as typed.
Both return a `ShapedParagraph`, which prints Arabic joined and in right-to-left order, line by
line (see right_to_left.py).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from reportlab.platypus import Paragraph

from pimdesk.briefing.right_to_left import ShapedParagraph, text_width
from pimdesk.briefing.styles import MUTED
from pimdesk.domain.content import ItemKind
from pimdesk.domain.provenance import ProvenanceWords, provenance_of
from pimdesk.domain.text import remove_control

MUTED_HEX = "#" + MUTED.hexval()[2:]
ELLIPSIS = "…"
UNBROKEN_MARK = 32  # characters: a mark this short is never broken across lines


def escape(text: str) -> str:
    """`text` as paragraph markup: `<`, `>`, `&` escaped, control characters dropped, line
    breaks kept as `<br/>`."""
    cleaned = remove_control(unicodedata.normalize("NFC", text), keep="\t\n\r").replace("\t", " ")
    return "<br/>".join(_xml_escape(line) for line in split_lines(cleaned))


def split_lines(text: str) -> list[str]:
    """`text`'s lines, whichever line ends it was typed with (\\n, \\r\\n or \\r)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _xml_escape(text: str) -> str:
    """`&`, `<` and `>` as entities, as `xml.sax.saxutils.escape` does; that module would import
    urllib, http, ssl and email with it (~20 ms of every export's start)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def paragraph(text: str, style: object, bullet: str | None = None) -> Paragraph:
    """A paragraph of plain text."""
    return markup(escape(text), style, bullet)


def markup(text: str, style: object, bullet: str | None = None) -> Paragraph:
    """A paragraph of markup whose plain parts the caller has already escaped."""
    if bullet is not None:
        return ShapedParagraph(text, style, bulletText=bullet)
    return ShapedParagraph(text, style)


def bold(text: str) -> str:
    return f"<b>{escape(text)}</b>"


def italic(text: str) -> str:
    return f"<i>{escape(text)}</i>"


def muted(text: str) -> str:
    """Markup for a side remark (a source, 'example') in the muted colour."""
    return f'<font color="{MUTED_HEX}">{escape(text)}</font>'


def provenance_note(
    words: ProvenanceWords,
    origin: str,
    source: str,
    kind: ItemKind | None = None,
    full: bool = False,
    group: bool = False,
) -> str:
    """Markup for where a text comes from, '(PIM WM2 2015 §7.1)' or '(PIM Desk's
    illustration)', as `provenance_of` decides it; `full` prints the whole label, `group` the
    form said once above several texts ('(each: PIM Desk's illustration)')."""
    value = provenance_of(origin, source, kind, words)
    note = f"({value.group if group else value.label if full else value.mark})"
    if len(note) <= UNBROKEN_MARK:  # a short mark stays whole on one line, with its text
        note = note.replace(" ", "\u00a0")
    return muted(note)


def labelled(label: str, text: str) -> str:
    """'Label: text' with the label in bold, as markup."""
    return f"{bold(label)}: {escape(text)}"


def join_names(names: Iterable[str], conjunction: str = "and") -> str:
    """'A', 'A and B', 'A, B and C'."""
    listed = list(names)
    if len(listed) <= 1:
        return "".join(listed)
    return f"{', '.join(listed[:-1])} {conjunction} {listed[-1]}"


def fit(text: str, width: float, font: str, size: float, arabic_font: str | None = None) -> str:
    """`text` cut with an ellipsis so that it is at most `width` points wide (Arabic measured
    in `arabic_font`, shaped, when it is given)."""

    def measure(candidate: str) -> float:
        return text_width(candidate, font, arabic_font or font, size)

    if measure(text) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if measure(text[:middle].rstrip() + ELLIPSIS) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS
