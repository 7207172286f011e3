"""What a content update changes: records added, changed and removed, by kind, with the fields."""

from __future__ import annotations

from pathlib import Path

from pimdesk.content.diff import content_diff
from pimdesk.content.sources import ContentSources, load_sources
from pimdesk.domain.content_packs import ContentDiff
from pimdesk.store.content_tables import read_tables
from pimdesk.store.reference_build import write_reference_database
from tests.store.pack_fixtures import CITED, Document, mini_content, write_sources


def sources(content: dict[str, Document], folder: Path) -> ContentSources:
    return load_sources(write_sources(content, folder))


def changed(old: dict[str, Document], new: dict[str, Document], tmp_path: Path) -> ContentDiff:
    return content_diff(
        sources(old, tmp_path / "old").tables, sources(new, tmp_path / "new").tables, "1", "2"
    )


def test_the_same_content_changes_nothing(tmp_path: Path) -> None:
    diff = changed(mini_content("1.0.0"), mini_content("2.0.0"), tmp_path)
    assert diff.is_empty
    assert diff.totals() == (0, 0, 0)


def test_added_changed_and_removed_records_are_listed_by_kind(tmp_path: Path) -> None:
    new = mini_content("2.0.0")
    glossary = new["glossary.toml"]["term"]
    glossary[0]["definition"][0]["text"] = "Agreement given freely and knowingly."
    glossary.append(
        {
            "id": "referral",
            "term": "Referral",
            "definition": [
                {"text": "Sending a case on.", "source": "editorial", "origin": "editorial"}
            ],
        }
    )
    new["principles.toml"]["principle"][0]["name"] = "Do No Harm"
    new["scenarios.toml"]["question"] = [
        {**new["scenarios.toml"]["question"][0], "id": "who_needs_help"}
    ]
    diff = changed(mini_content("1.0.0"), new, tmp_path)
    assert [k.kind for k in diff.kinds] == ["question", "principle", "term"]
    assert diff.totals() == (2, 2, 1)
    terms = diff.for_kind("term")
    assert [(c.id, c.label) for c in terms.added] == [("referral", "Referral")]
    assert [(c.id, c.fields) for c in terms.changed] == [("informed_consent", ("definition",))]
    principle = diff.for_kind("principle").changed[0]
    assert (principle.id, principle.label, principle.fields) == (
        "do_no_harm",
        "Do No Harm",
        ("name",),
    )
    assert (principle.before, principle.after) == (("Do no harm",), ("Do No Harm",))
    definition = terms.changed[0]  # a child record reads as its text, then its other values
    assert definition.before == (f"Agreement given knowingly. (source: {CITED}; origin: source)",)
    assert definition.after[0].startswith("Agreement given freely and knowingly. (source: ")
    questions = diff.for_kind("question")
    assert [c.id for c in questions.added] == ["who_needs_help"]
    assert [c.id for c in questions.removed] == ["who_is_at_risk"]
    assert diff.for_kind("category").count == 0


def test_translations_are_records_of_their_own_language(tmp_path: Path) -> None:
    new = mini_content("2.0.0")
    new["fr/glossary.toml"]["term"][0]["term"] = "Consentement libre et éclairé"
    diff = changed(mini_content("1.0.0"), new, tmp_path / "edited")
    assert [(c.id, c.language, c.label, c.fields) for c in diff.for_kind("term").changed] == [
        ("informed_consent", "fr", "Consentement libre et éclairé", ("term",))
    ]
    del new["fr/glossary.toml"]
    diff = changed(mini_content("1.0.0"), new, tmp_path / "dropped")
    assert [(c.id, c.language) for c in diff.for_kind("term").removed] == [
        ("informed_consent", "fr")
    ]
    assert diff.totals() == (0, 0, 1)


def test_moving_a_record_in_its_file_is_not_a_change(tmp_path: Path) -> None:
    new = mini_content("2.0.0")
    new["glossary.toml"]["term"].reverse()
    assert changed(mini_content("1.0.0"), new, tmp_path).is_empty


def test_a_reference_database_reads_back_as_its_sources(tmp_path: Path) -> None:
    """The preview compares the installed database with a pack's sources: the same content
    must compare equal whichever form it is in."""
    original = sources(mini_content("1.0.0"), tmp_path / "sources")
    write_reference_database(original, tmp_path / "reference.sqlite")
    from_database = read_tables(tmp_path / "reference.sqlite")
    assert content_diff(from_database, original.tables, "1", "1").is_empty
    edited = mini_content("1.0.0")
    edited["matrix.toml"]["cell"][0]["item"][0]["conditions"] = []
    diff = content_diff(from_database, sources(edited, tmp_path / "edited").tables, "1", "2")
    cell = diff.for_kind("cell").changed[0]
    assert (cell.id, cell.fields) == ("protection_monitoring.sources_of_data", ("item",))


def test_the_real_content_reads_back_unchanged(reference_db: Path) -> None:
    from tests.conftest import CONTENT_SOURCES

    real = load_sources(CONTENT_SOURCES)
    assert content_diff(read_tables(reference_db), real.tables, "a", "b").is_empty
