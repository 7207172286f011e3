"""The interface's names for content codes (statuses, priorities, result kinds), translatable.

Every label is a literal `translate()` call so that Qt's lupdate finds it; the domain's English
labels are for the command line.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pimdesk.domain.content import CategoryStatus, Priority
from pimdesk.domain.text import escape_html as escape

translate = QCoreApplication.translate


def status_label(status: CategoryStatus) -> str:
    labels = {
        CategoryStatus.ENDORSED: translate("Labels", "Agreed and endorsed"),
        CategoryStatus.ENDORSED_FURTHER_WORK: translate("Labels", "Agreed, further work needed"),
        CategoryStatus.OBJECTIVE_AGREED: translate(
            "Labels", "Objective agreed, definition not agreed"
        ),
        CategoryStatus.DEFINITION_NOT_AGREED: translate(
            "Labels", "Definition not agreed, title and scope under review"
        ),
        CategoryStatus.SPIRIT_ENDORSED: translate(
            "Labels", "Spirit endorsed, not counted as agreed"
        ),
    }
    return labels[status]


def status_badge(status: CategoryStatus) -> str:
    """The short badge shown beside a category whose definition is not agreed, else ''."""
    if status.definition_agreed:
        return ""
    return translate("Labels", "Definition not agreed")


def priority_label(priority: Priority) -> str:
    if priority is Priority.MUST_HAVE:
        return translate("Labels", "Must have")
    return translate("Labels", "Nice to have")


def kind_label(kind: str) -> str:
    """The heading of a group of search results."""
    labels = {
        "category": translate("Labels", "Categories"),
        "term": translate("Labels", "Glossary"),
        "cell": translate("Labels", "Matrix"),
        "element": translate("Labels", "Matrix rows"),
        "scenario": translate("Labels", "Scenarios"),
        "question": translate("Labels", "Questions"),
        "principle": translate("Labels", "Principles"),
        "challenge": translate("Labels", "Data sharing"),
        "access": translate("Labels", "Access framework"),
        "statement": translate("Labels", "About PIM"),
        "relationship": translate("Labels", "Relationships"),
        "merged_category": translate("Labels", "Merged categories"),
    }
    return labels.get(kind, kind)


def relationship_sentence(kind: str, first: str, second: str) -> str:
    """'A comes before B' and so on; `first` and `second` may be HTML links."""
    sentences = {
        "precedes": translate("Labels", "{first} comes before {second}"),
        "complements": translate("Labels", "{first} complements {second}"),
        "feeds": translate("Labels", "{first} feeds {second}"),
        "overlaps": translate("Labels", "{first} overlaps with {second}"),
    }
    pattern = sentences.get(kind, translate("Labels", "{first} and {second}"))
    return escape(pattern, quote=False).format(first=first, second=second)


def section_label(section: str) -> str:
    """The name of a section of the navigation pane."""
    labels = {
        "home": translate("Labels", "Start"),
        "matrix": translate("Labels", "Matrix"),
        "categories": translate("Labels", "Categories"),
        "glossary": translate("Labels", "Glossary"),
        "principles": translate("Labels", "Principles"),
        "scenarios": translate("Labels", "Scenarios"),
        "challenges": translate("Labels", "Data sharing"),
        "access": translate("Labels", "Access framework"),
        "about": translate("Labels", "About PIM"),
        "selections": translate("Labels", "My contexts"),
        "bookmarks": translate("Labels", "Bookmarks"),
    }
    return labels[section]


def section_description(section: str) -> str:
    """What a section of the navigation pane holds, for tooltips and screen readers."""
    descriptions = {
        "home": translate("Labels", "Where to start, and the pages you viewed last"),
        "matrix": translate(
            "Labels", "The PIM Matrix: categories by elements, by row, or by the data you need"
        ),
        "categories": translate("Labels", "The eight PIM categories and their status"),
        "glossary": translate("Labels", "PIM Desk's glossary, A to Z"),
        "principles": translate("Labels", "The principles that guide all PIM work"),
        "scenarios": translate("Labels", "What data each kind of situation needs"),
        "challenges": translate("Labels", "Data-sharing challenges and how to reduce them"),
        "access": translate("Labels", "The humanitarian access framework"),
        "about": translate("Labels", "What PIM is: its definition, vision, mission and results"),
        "selections": translate(
            "Labels", "Your contexts: your team's selection of PIM categories for an operation"
        ),
        "bookmarks": translate("Labels", "Your bookmarks and the pages you viewed recently"),
    }
    return descriptions[section]


def statement_kind_label(kind: str) -> str:
    labels = {
        "definition": translate("Labels", "Definition of PIM"),
        "vision": translate("Labels", "Vision"),
        "mission": translate("Labels", "Mission"),
        "objective": translate("Labels", "Objectives"),
        "result": translate("Labels", "Results"),
        "matrix_purpose": translate("Labels", "The PIM Matrix"),
        "why_categories": translate("Labels", "Why categories"),
        "scenario_insight": translate("Labels", "Scenarios"),
        "process_step": translate("Labels", "The PIM process"),
        "next_step": translate("Labels", "Next steps"),
        "background": translate("Labels", "About the source document"),
        "agreement": translate("Labels", "What was agreed"),
        "reading_note": translate("Labels", "Reading the source"),
        "open_question": translate("Labels", "Questions the source leaves open"),
        "sharing_check": translate("Labels", "Before sharing: the footnote 7 checklist"),
        "document_not_carried": translate("Labels", "Documents referenced but not carried"),
    }
    return labels.get(kind, kind)


def statement_status_badge(status: str | None) -> str:
    """The badge beside a statement whose status is not plainly agreed, else ''."""
    badges = {
        "under_consideration": translate("Pages", "Under consideration"),
        "partly_agreed": translate("Labels", "Partly agreed"),
        "not_agreed": translate("Labels", "Not agreed"),
    }
    return badges.get(status or "", "")
