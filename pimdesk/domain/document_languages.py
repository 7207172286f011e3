"""The labels of the PDF documents in each language PIM Desk prints: English where it has none."""

from __future__ import annotations

from pimdesk.domain.document_labels import ENGLISH_LABELS, DocumentLabels
from pimdesk.domain.labels_ar import ARABIC_LABELS
from pimdesk.domain.labels_es import SPANISH_LABELS
from pimdesk.domain.labels_fr import FRENCH_LABELS

DOCUMENT_LABELS = {
    labels.language: labels
    for labels in (ENGLISH_LABELS, FRENCH_LABELS, SPANISH_LABELS, ARABIC_LABELS)
}


def labels_for(language: str) -> DocumentLabels:
    """The documents' labels in `language` ('fr', 'ar'...), or English when it has none (a
    language that only a content pack brings prints its content under English labels)."""
    return DOCUMENT_LABELS.get(language, ENGLISH_LABELS)
