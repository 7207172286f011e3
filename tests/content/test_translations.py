"""The checks on translated content: a stale, unstamped, short or half-English translation fails
the build, the stamp tool fills only missing hashes, and coverage counts complete records."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pimdesk.content.schema import RECORD_SPECS
from pimdesk.content.sources import check_sources, load_sources, read_base_records
from pimdesk.content.stamping import stamp_language
from pimdesk.content.translations import english_hash, english_run, text_problems
from pimdesk.domain.errors import ContentError
from tests.conftest import CONTENT_SOURCES
from tests.translation_fixtures import names_only

SPECS = {spec.kind: spec for spec in RECORD_SPECS}


def messages(folder: Path) -> list[str]:
    return [str(problem) for problem in check_sources(folder)]


def write_stamped(folder: Path, language: str, file: str, text: str) -> None:
    (folder / language).mkdir(exist_ok=True)
    (folder / language / file).write_text(f'language = "{language}"\n{text}', encoding="utf-8")
    stamp_language(folder, language, read_base_records(folder))


def test_the_bundled_translations_are_stamped_and_pass_every_check() -> None:
    assert messages(CONTENT_SOURCES) == []
    for language in ("fr", "es", "ar"):
        for path in (CONTENT_SOURCES / language).glob("*.toml"):
            text = path.read_text(encoding="utf-8")
            headers = len(re.findall(r"^\[\[\w+\]\]$", text, flags=re.MULTILINE))
            assert text.count("en_hash = ") == headers, path


def test_a_changed_english_text_makes_its_translations_stale(content_copy: Path) -> None:
    path = content_copy / "principles.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("Impartiality", "Neutrality", 1))
    found = messages(content_copy)
    stale = [m for m in found if "impartiality: en_hash: is stale" in m]
    assert [m.split(":")[0] for m in stale] == [
        "ar/principles.toml",
        "es/principles.toml",
        "fr/principles.toml",
    ]
    assert "delete its en_hash line and run `make translations-stamp CONTENT_LANG=fr`" in stale[2]
    with pytest.raises(ContentError, match="is stale"):
        load_sources(content_copy)


def test_provenance_changes_do_not_make_a_translation_stale(content_copy: Path) -> None:
    path = content_copy / "principles.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("position = 7", "position = 70", 1), encoding="utf-8")
    assert messages(content_copy) == []


def test_a_translation_without_a_hash_fails_until_it_is_stamped(content_copy: Path) -> None:
    path = content_copy / "fr" / "principles.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r'en_hash = "\w+"\nid = "impartiality"', 'id = "impartiality"', text))
    assert messages(content_copy) == [
        "fr/principles.toml: impartiality: en_hash: is missing: once it matches the English, "
        "run `make translations-stamp CONTENT_LANG=fr`"
    ]
    stamped = stamp_language(content_copy, "fr", read_base_records(content_copy))
    assert stamped == ["fr/principles.toml: impartiality"]
    assert path.read_text(encoding="utf-8") == text  # the same hash, in the same place
    assert stamp_language(content_copy, "fr", read_base_records(content_copy)) == []


def test_stamping_never_replaces_a_stale_hash(content_copy: Path) -> None:
    path = content_copy / "principles.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("Impartiality", "Neutrality", 1))
    before = (content_copy / "fr" / "principles.toml").read_text(encoding="utf-8")
    assert stamp_language(content_copy, "fr", read_base_records(content_copy)) == []
    assert (content_copy / "fr" / "principles.toml").read_text(encoding="utf-8") == before


def test_the_hash_covers_texts_and_children_but_not_provenance() -> None:
    base = read_base_records(CONTENT_SOURCES)
    spec, scenario = SPECS["scenario"], base["scenario"][0]
    digest = english_hash(spec, scenario)
    assert re.fullmatch(r"[0-9a-f]{12}", digest)
    assert english_hash(spec, {**scenario, "source": "editorial", "position": 9}) == digest
    items = [dict(item) for item in scenario["item"]]
    items[-1]["text"] += " More."
    assert english_hash(spec, {**scenario, "item": items}) != digest


def test_a_child_list_must_have_every_child_in_the_english_order(content_copy: Path) -> None:
    base = read_base_records(content_copy)
    scenario = base["scenario"][0]
    items = scenario["item"]
    entries = "".join(
        f'\n[[scenario.item]]\nid = "{item["id"]}"\ntext = "Élément {n} traduit."\n'
        for n, item in enumerate(items[:-1], 1)
    )
    write_stamped(
        content_copy, "fr", "scenarios.toml", f'[[scenario]]\nid = "{scenario["id"]}"\n{entries}'
    )
    assert (
        f"fr/scenarios.toml: {scenario['id']}: item: has {len(items) - 1} entries; the English "
        f"has {len(items)} (list every one, in order)" in messages(content_copy)
    )
    swapped = [items[1], items[0], *items[2:]]
    entries = "".join(
        f'\n[[scenario.item]]\nid = "{item["id"]}"\ntext = "Élément {n} traduit."\n'
        for n, item in enumerate(swapped, 1)
    )
    (content_copy / "fr" / "scenarios.toml").unlink()
    write_stamped(
        content_copy, "fr", "scenarios.toml", f'[[scenario]]\nid = "{scenario["id"]}"\n{entries}'
    )
    assert (
        f"fr/scenarios.toml: {scenario['id']} item #1: id: is '{items[1]['id']}' but the English "
        f"has '{items[0]['id']}' here (list the entries in the English order)"
    ) in messages(content_copy)


def test_a_text_list_must_keep_its_number_of_items(content_copy: Path) -> None:
    names_only(content_copy)  # the French challenge then gives no list of its own
    challenge = read_base_records(content_copy)["challenge"][0]
    mitigations = ", ".join(f'"Mesure {n}."' for n in range(len(challenge["mitigations"]) + 1))
    path = content_copy / "fr" / "challenges.toml"
    text = path.read_text(encoding="utf-8")
    marker = f'id = "{challenge["id"]}"\n'
    path.write_text(text.replace(marker, f"{marker}mitigations = [{mitigations}]\n", 1))
    found = messages(content_copy)
    count = len(challenge["mitigations"])
    expected = (
        f"fr/challenges.toml: {challenge['id']}: mitigations: has {count + 1} items; "
        f"the English has {count}"
    )
    assert expected in found


def test_dropped_numbers_and_english_left_in_a_text_fail(content_copy: Path) -> None:
    write_stamped(
        content_copy,
        "fr",
        "framework.toml",
        '[[statement]]\nid = "objective_next_steps"\ntitle = "Prochaines étapes"\n'
        'text = "Convenir des prochaines étapes du travail PIM."\n\n'
        '[[statement]]\nid = "matrix_shared_principles"\ntitle = "Principes communs"\n'
        'text = "Les catégories partagent les principes convenus en 2015, as they were shared."\n',
    )
    found = messages(content_copy)
    assert "fr/framework.toml: objective_next_steps: text: drops the number(s) 2015" in found
    assert (
        "fr/framework.toml: matrix_shared_principles: text: leaves English untranslated: "
        "'as they were shared'"
    ) in found


def test_an_empty_translation_and_a_translated_provenance_are_refused(content_copy: Path) -> None:
    write_stamped(
        content_copy, "fr", "framework.toml", '[[statement]]\nid = "objective_next_steps"\n'
    )
    (content_copy / "fr" / "relationships.toml").write_text(
        'language = "fr"\n[[relationship]]\nid = "x"\nsource = "editorial"\n', encoding="utf-8"
    )
    path = content_copy / "fr" / "principles.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('name = "Impartialité"', 'name = " "'))
    found = messages(content_copy)
    assert (
        "fr/framework.toml: objective_next_steps: translates nothing: give its texts or remove it"
        in found
    )
    assert "fr/relationships.toml: x: source: cannot be translated" in found
    assert "fr/principles.toml: impartiality: name: must be non-empty text" in found


@pytest.mark.parametrize(
    ("english", "translated", "problem"),
    [
        (
            "As agreed (§7.1, fn 7).",
            "Comme convenu (note 7).",
            "drops the section reference(s) §7.1",
        ),
        ("As agreed (§7.1, fn 7).", "Comme convenu (§ 7.1, note 7).", None),
        ("In 2015, 20 agencies met.", "في ٢٠١٥، اجتمعت ٢٠ وكالة.", None),
        ("As agreed (§7.1).", "كما اتُّفق عليه (§٧٫١).", None),
        (
            "In 2015, 20 agencies met.",
            "En 2015, des agences se sont réunies.",
            "drops the number(s) 20",
        ),
        (
            "Data are shared with partners.",
            "Les données are shared with the partners.",
            "leaves English untranslated: 'are shared with the'",
        ),
        ("Data are shared.", "Les données (Security and Situational Awareness) du HCR.", None),
        ("Data are shared.", "Los datos se comparten con los socios de la red.", None),
    ],
)
def test_text_problems(english: str, translated: str, problem: str | None) -> None:
    assert text_problems(english, translated) == ([problem] if problem else [])


def test_allowed_english_is_not_counted() -> None:
    text = "Le guide « do no harm in all of the work » s'applique."
    assert english_run(text) == "in all of the"
    assert english_run(text, ("do no harm in all of the work",)) is None


def test_coverage_counts_records_translated_in_full(content_copy: Path) -> None:
    names_only(content_copy)
    principle = read_base_records(content_copy)["principle"][0]
    before = load_sources(content_copy).coverage["fr"]["principle"]
    assert before == (0, len(read_base_records(content_copy)["principle"]))  # names only
    path = content_copy / "fr" / "principles.toml"
    text = re.sub(
        rf'en_hash = "\w+"\n(id = "{principle["id"]}")', r"\1", path.read_text(encoding="utf-8")
    )
    marker = f'id = "{principle["id"]}"\n'
    explanation = "Le travail d'information se fait pour et avec les personnes affectées."
    path.write_text(text.replace(marker, f'{marker}explanation = "{explanation}"\n', 1))
    stamp_language(content_copy, "fr", read_base_records(content_copy))
    sources = load_sources(content_copy)
    assert sources.coverage["fr"]["principle"] == (1, before[1])
    assert sources.coverage["fr"]["statement"] == (
        0,
        len(read_base_records(content_copy)["statement"]),
    )
