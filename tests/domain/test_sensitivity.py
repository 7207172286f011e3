"""The check of notes for what looks like personal data (R13)."""

from __future__ import annotations

import pytest

from pimdesk.domain.sensitivity import Sensitivity, find_personal_data


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Contact amina.k@example.org for the list", "email"),
        ("Call +243 81 234 5678 after the meeting", "phone"),
        ("Call 0812345678", "phone"),
        ("Case ID UNH-1234567 was referred", "id_number"),
        ("Registration number AB123456", "id_number"),
        ("Met Mrs Dupont at the site", "titled_name"),
    ],
)
def test_what_looks_like_personal_data_is_found(text: str, kind: str) -> None:
    assert [finding.kind for finding in find_personal_data(text)] == [kind]


@pytest.mark.parametrize(
    "text",
    ["Protection monitoring in 3 districts since 2015", "About 12,000 people in 4 sites",
     "Meeting on 2026-11-26 at 10:00", "See §10.3 and footnote 7", ""],
)  # fmt: skip
def test_ordinary_notes_raise_no_warning(text: str) -> None:
    assert find_personal_data(text) == []


def test_levels_and_labels() -> None:
    assert [s.value for s in Sensitivity] == [
        "public",
        "restricted",
        "confidential",
        "strictly_confidential",
    ]
    assert Sensitivity.STRICTLY_CONFIDENTIAL.label == "STRICTLY CONFIDENTIAL"
