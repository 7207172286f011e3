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
        ("Case ID UNH-1234567 was referred", "case_code"),
        ("Registration number AB123456", "case_code"),
        ("Met Mrs Dupont at the site", "name"),
        ("ID 123456789", "id_number"),
        ("passport no. P1234567", "id_number"),
        ("case code GBV-2024-0012", "case_code"),
        ("referred as GBV-2024-0012 today", "case_code"),
        ("DOB 1990-03-12", "birth"),
        ("date of birth: 12/03/1990", "birth"),
        ("age 14, female, from Goma", "age_sex"),
        ("a 14-year-old girl", "age_sex"),
        ("girl, 12, from Kasai", "age_sex"),
        ("survivor Mariam said", "name"),
        ("Team lead: Fatima Kabila", "name"),
    ],
)
def test_what_looks_like_personal_data_is_found(text: str, kind: str) -> None:
    assert [finding.kind for finding in find_personal_data(text)] == [kind]


def test_names_after_role_words_birth_years_and_contacts_are_told_apart() -> None:
    found = find_personal_data("Focal point Ahmed Ali, born 1990, phone +243 812 345 678")
    assert [(f.kind, f.text) for f in found] == [
        ("name", "Focal point Ahmed Ali"),
        ("birth", "born 1990"),
        ("phone", "+243 812 345 678"),
    ]
    found = find_personal_data("Ahmed Ali, born 12/03/1990; fatima.k@example.org")
    assert [f.kind for f in found] == ["name", "birth", "email"]
    assert all(f.label for f in found)


@pytest.mark.parametrize(
    "text",
    ["Protection monitoring in 3 districts since 2015", "About 12,000 people in 4 sites",
     "Meeting on 2026-11-26 at 10:00", "See §10.3 and footnote 7", "",
     "Child Protection sub-cluster", "Case management since 2015 in Goma",
     "Focal point for the Protection Cluster", "Household of 6, female-headed"],
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
