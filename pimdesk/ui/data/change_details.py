"""What changed: one change of a content pack, each field's text before and after, the words
removed struck through and the words added underlined (D19), in a view a reviewer can read."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from pimdesk.domain.content_packs import RecordChange
from pimdesk.domain.word_diff import Mark, Piece, word_diff
from pimdesk.ui.data.content_changes_model import ChangeRow, change_names, kind_name

translate = QCoreApplication.translate


def _marked(pieces: tuple[Piece, ...]) -> str:
    """Struck-through and underlined, not coloured only: the marks survive greyscale."""
    parts = []
    for piece in pieces:
        words = escape(piece.text).replace("\n", "<br>")
        if piece.mark is Mark.REMOVED:
            parts.append(f"<s><b>{words}</b></s>")
        elif piece.mark is Mark.ADDED:
            parts.append(f"<u><b>{words}</b></u>")
        else:
            parts.append(words)
    return "".join(parts)


Triple = tuple[str, str, str]  # a field, its text before, its text after


def _triples(record: RecordChange) -> list[Triple]:
    return list(zip(record.fields, record.before, record.after, strict=False))


def _fields_html(triples: list[Triple]) -> str:
    parts = []
    empty = escape(translate("ChangeDetails", "(nothing)"))
    said_before = escape(translate("ChangeDetails", "Before:"))
    said_after = escape(translate("ChangeDetails", "After:"))
    for field, old, new in triples:
        before, after = word_diff(old, new)
        # Each text is a paragraph of its own, so it takes its own direction: English shown
        # in the Arabic interface reads left to right, its full stop at its end.
        parts.append(
            f"<p><b>{escape(field)}</b></p>"
            f"<p>{said_before}</p><p>{_marked(before) or empty}</p>"
            f"<p>{said_after}</p><p>{_marked(after) or empty}</p>"
        )
    return "".join(parts)


def details_html(row: ChangeRow) -> str:
    """The change in words; a translation's field that changes as the English does is not
    repeated, one that changes its own way is shown under its language."""
    record = row.record
    title = translate("ChangeDetails", "{kind}: {item} ({change})").format(
        kind=kind_name(row.kind), item=record.label or record.id, change=change_names()[row.change]
    )
    languages = translate("ChangeDetails", "Languages: {languages}").format(
        languages=", ".join(row.languages)
    )
    parts = [f"<h3>{escape(title)}</h3>", f"<p>{escape(languages)}</p>"]
    if row.change != "changed":
        return "".join(parts)
    first = _triples(record)
    parts.append(_fields_html(first))
    shown = set(first)
    for other in row.records[1:]:
        own = [triple for triple in _triples(other) if triple not in shown]
        if not own:  # the same edit, carried by the translation
            continue
        shown.update(own)
        heading = translate("ChangeDetails", "In {language}:").format(language=other.language)
        parts.append(f"<h4>{escape(heading)}</h4>{_fields_html(own)}")
    return "".join(parts)


class ChangeDetails(QTextBrowser):
    """The text of the change chosen in the table; empty until one is chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changeDetails")
        self.setOpenLinks(False)
        self.setAccessibleName(translate("ChangeDetails", "What changed, before and after"))
        self.setAccessibleDescription(
            translate(
                "ChangeDetails",
                "The chosen change's text before and after; removed words are struck through, "
                "added words underlined",
            )
        )
        self.show_row(None)

    def show_row(self, row: ChangeRow | None) -> None:
        if row is None:
            hint = translate(
                "ChangeDetails", "Choose a change above to see its text before and after."
            )
            self.setHtml(f"<p>{escape(hint)}</p>")
            return
        self.setHtml(details_html(row))
