"""Building blocks of the rich-text pages: escaped text, glossary links, badges and sources.

Pages are HTML for `QTextBrowser`. Nothing here says anything by colour alone: a badge is a
word in brackets, an example starts with "e.g.", editorial text says so in words.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QPalette

from pimdesk.domain.content import Attribution
from pimdesk.services.reference import ReferenceService
from pimdesk.ui.locations import link

translate = QCoreApplication.translate


@dataclass(frozen=True)
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
    return "".join(pieces) + english_suffix(reference.is_untranslated(value))


def in_reading_order(cells: list[str]) -> list[str]:
    """A table row's cells from the reading start: Qt lays HTML tables out left to right even in
    a right-to-left interface, so there the first column must come last."""
    return cells[::-1] if QGuiApplication.isRightToLeft() else cells


def badge(label: str) -> str:
    return f'<span class="badge">&nbsp;[{text(label)}]&nbsp;</span>'


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


def editorial_note() -> str:
    """The marker of text that is PIM Desk's own rather than the source document's."""
    return badge(translate("Pages", "editorial"))


def in_english_note() -> str:
    """The marker of content shown in English because it has not been translated yet."""
    return badge(translate("Pages", "English"))


def english_suffix(shown_in_english: bool) -> str:
    """The English marker after a name or text that lacks its translation, else ''."""
    return " " + in_english_note() if shown_in_english else ""


def with_legend(page: RenderedPage) -> RenderedPage:
    """The page with a line explaining each marker it uses ([editorial], [English])."""
    legends = []
    if editorial_note() in page.html:
        legends.append(
            translate(
                "Pages",
                "[editorial] marks PIM Desk's own wording, summaries or examples: it is not the "
                "text of the source document. e.g. marks an illustrative example.",
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


def source_note(attribution: Attribution) -> str:
    """'Source: PIM WM2 2015 §7.2', with editorial text marked in words."""
    if attribution.source == "editorial":
        return paragraph(text(translate("Pages", "Source: PIM Desk editorial text")), "source")
    line = text(translate("Pages", "Source: {source}").format(source=attribution.source))
    if attribution.is_editorial:
        line += " " + text(translate("Pages", "(summarised by PIM Desk)"))
    return paragraph(line, "source")


def origin_suffix(origin: str) -> str:
    """A marker after a text that is PIM Desk's own addition rather than the source's."""
    return " " + editorial_note() if origin == "editorial" else ""


def page_css(palette: QPalette) -> str:
    """The pages' style sheet, in the colours of the current (light or dark) palette."""
    link_colour = palette.color(QPalette.ColorRole.Link).name()
    badge_background = palette.color(QPalette.ColorRole.AlternateBase).name()
    badge_text = palette.color(QPalette.ColorRole.Text).name()
    muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
    return (
        f"a {{ color: {link_colour}; text-decoration: underline; }}"
        f".badge {{ background-color: {badge_background}; color: {badge_text};"
        " font-weight: bold; }"
        f".source {{ color: {muted}; font-size: small; }}"
        f".muted {{ color: {muted}; }}"
        ".example { font-style: italic; }"
        "h1 { font-size: x-large; } h2 { font-size: large; margin-top: 14px; }"
        "h3 { font-size: medium; margin-top: 10px; }"
        "td, th { padding: 4px; vertical-align: top; }"
        "th { text-align: left; }"
    )
