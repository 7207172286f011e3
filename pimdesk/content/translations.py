"""Checks on a translated record against its English record: staleness, counts, numbers, English.

A translation stores `en_hash`, the hash of the English text it was made from; when the English
changes, the hash no longer matches and the translation is reported stale. The other checks catch
what a translator can drop by accident: list items and children, section references and numbers,
and runs of English words left in the translated text.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

from pimdesk.content.schema import ChildSpec, Field, FieldType, RecordSpec
from pimdesk.domain.records import record

HASH_FIELD = "en_hash"
HASH_LENGTH = 12
# Search forms of a term: a language has as many as it needs, so their number is free.
FREE_COUNT_FIELDS = frozenset({"aliases"})
STAMP_ADVICE = "run `make translations-stamp CONTENT_LANG={language}`"
MIN_ENGLISH_RUN = 4

_DIGITS = re.compile(r"\d+")
_SECTION = re.compile(r"§\s*(\d+(?:\.\d+)*)")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Arabic-Indic and Extended Arabic-Indic digits read as the same numbers as 0-9, and the Arabic
# decimal separator as a point (§٧٫١ is §7.1).
_DIGIT_MAP = {
    **{code: str(code % 16) for code in (*range(0x660, 0x66A), *range(0x6F0, 0x6FA))},
    0x66B: ".",
}
# Frequent English words that are not also ordinary French or Spanish words (so "a", "on",
# "no", "me", "an", "information" or "protection" are left out): four of them in a row in a
# translated text are English left untranslated.
_COMMON_ENGLISH_WORDS = """
the of and to in is are for with that this which be by or not from it its as at was were
has have had will would can could should must may their they them these those what who
whom whose when where how why all any each other more most than then there here about
into over under between within without through also only both but if so do does done
been being used use using our we you your upon very while whether yet after before during
people data work working shared sharing share needs need needed group groups report
reports response analysis collection system systems tool tools management assessment
monitoring case cases community communities affected risk risks safe safety staff
partners out up one two three new well way ways often such same own made make makes
help helps across whole first every many much some further
"""
COMMON_ENGLISH = frozenset(_COMMON_ENGLISH_WORDS.split())


@record
class TextPair:
    """One translated text beside the English text it translates."""

    kind: str
    record: str
    field: str
    english: str
    translated: str


def translatable(fields: Sequence[Field]) -> tuple[Field, ...]:
    return tuple(f for f in fields if f.translatable)


def english_hash(spec: RecordSpec, record: Mapping[str, Any]) -> str:
    """The first 12 hex digits of SHA-256 over the record's translatable texts and its
    children's, serialised canonically (sorted keys, UTF-8, no spaces)."""
    payload = {
        "fields": _texts_of(spec.fields, record),
        "children": {
            child.key: [_texts_of(child.fields, row) for row in record.get(child.key, [])]
            for child in spec.children
        },
    }
    canonical = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:HASH_LENGTH]


def _texts_of(fields: Sequence[Field], row: Mapping[str, Any]) -> dict[str, Any]:
    return {f.name: row[f.name] for f in translatable(fields) if row.get(f.name) is not None}


def is_complete(
    spec: RecordSpec, english: Mapping[str, Any], translated: Mapping[str, Any]
) -> bool:
    """The translation gives every text the English record has, its children's included."""
    if set(_texts_of(spec.fields, english)) - set(_texts_of(spec.fields, translated)):
        return False
    for child in spec.children:
        ours, theirs = english.get(child.key, []), translated.get(child.key, [])
        if len(ours) != len(theirs):
            return False
        for original, row in zip(ours, theirs, strict=True):
            if set(_texts_of(child.fields, original)) - set(_texts_of(child.fields, row)):
                return False
    return True


def text_pairs(
    spec: RecordSpec, english: Mapping[str, Any], translated: Mapping[str, Any]
) -> list[TextPair]:
    """Every translated text of the record beside the English it translates."""
    label = str(english["id"])
    pairs = _pairs_of(spec.kind, label, spec.fields, english, translated)
    for child in spec.children:
        ours, theirs = english.get(child.key, []), translated.get(child.key, [])
        if len(ours) != len(theirs):
            continue
        for position, (original, row) in enumerate(zip(ours, theirs, strict=True), 1):
            where = f"{label} {child.key} #{position}"
            pairs += _pairs_of(spec.kind, where, child.fields, original, row)
    return pairs


def _pairs_of(
    kind: str,
    where: str,
    fields: Sequence[Field],
    english: Mapping[str, Any],
    translated: Mapping[str, Any],
) -> list[TextPair]:
    pairs = []
    for spec_field in translatable(fields):
        ours, theirs = english.get(spec_field.name), translated.get(spec_field.name)
        if ours is None or theirs is None or spec_field.name in FREE_COUNT_FIELDS:
            continue
        if isinstance(ours, list):
            if len(ours) == len(theirs):
                pairs += [
                    TextPair(kind, where, spec_field.name, a, b)
                    for a, b in zip(ours, theirs, strict=True)
                ]
        else:
            pairs.append(TextPair(kind, where, spec_field.name, ours, theirs))
    return pairs


@record
class Finding:
    """One problem of a translated record: where in it, and what."""

    where: str
    field: str
    message: str


def check_translation(
    spec: RecordSpec,
    english: Mapping[str, Any],
    translated: Mapping[str, Any],
    language: str,
    allowed_english: Sequence[str] = (),
) -> list[Finding]:
    """Everything wrong with `translated` as a translation of `english`."""
    label = str(english["id"])
    findings = _hash_findings(spec, english, translated, language)
    if not _texts_of(spec.fields, translated) and not any(
        translated.get(child.key) for child in spec.children
    ):
        findings.append(Finding(label, "", "translates nothing: give its texts or remove it"))
    findings += _field_findings(spec.fields, english, translated, label, allowed_english)
    for child in spec.children:
        findings += _child_findings(child, english, translated, label, allowed_english)
    return findings


def _hash_findings(
    spec: RecordSpec, english: Mapping[str, Any], translated: Mapping[str, Any], language: str
) -> list[Finding]:
    label = str(english["id"])
    stored = translated.get(HASH_FIELD)
    current = english_hash(spec, english)
    advice = STAMP_ADVICE.format(language=language)
    if stored is None:
        return [Finding(label, HASH_FIELD, f"is missing: once it matches the English, {advice}")]
    if not isinstance(stored, str) or stored != current:
        return [
            Finding(
                label,
                HASH_FIELD,
                f"is stale: the English changed since this translation ({stored} → {current}); "
                f"update the translation, delete its en_hash line and {advice}",
            )
        ]
    return []


def _field_findings(
    fields: Sequence[Field],
    english: Mapping[str, Any],
    translated: Mapping[str, Any],
    where: str,
    allowed_english: Sequence[str],
) -> list[Finding]:
    findings: list[Finding] = []
    for spec_field in translatable(fields):
        ours, theirs = english.get(spec_field.name), translated.get(spec_field.name)
        if theirs is None:
            continue
        if ours is None:
            findings.append(Finding(where, spec_field.name, "the English record has no such text"))
            continue
        if spec_field.type is FieldType.TEXT_LIST:
            if len(ours) != len(theirs) and spec_field.name not in FREE_COUNT_FIELDS:
                findings.append(
                    Finding(
                        where,
                        spec_field.name,
                        f"has {len(theirs)} items; the English has {len(ours)}",
                    )
                )
                continue
            if spec_field.name in FREE_COUNT_FIELDS:
                continue
            pairs = list(zip(ours, theirs, strict=True))
        else:
            pairs = [(ours, theirs)]
        for original, text in pairs:
            for message in text_problems(original, text, allowed_english):
                findings.append(Finding(where, spec_field.name, message))
    return findings


def _child_findings(
    child: ChildSpec,
    english: Mapping[str, Any],
    translated: Mapping[str, Any],
    label: str,
    allowed_english: Sequence[str],
) -> list[Finding]:
    ours, theirs = english.get(child.key, []), translated.get(child.key, [])
    if not theirs:
        return []
    if len(ours) != len(theirs):
        message = (
            f"has {len(theirs)} entries; the English has {len(ours)} (list every one, in order)"
        )
        return [Finding(label, child.key, message)]
    findings: list[Finding] = []
    for position, (original, row) in enumerate(zip(ours, theirs, strict=True), 1):
        where = f"{label} {child.key} #{position}"
        if child.id_field and row.get(child.id_field) not in (None, original.get(child.id_field)):
            message = (
                f"is '{row[child.id_field]}' but the English has '{original.get(child.id_field)}' "
                "here (list the entries in the English order)"
            )
            findings.append(Finding(where, child.id_field, message))
            continue
        if not _texts_of(child.fields, row):
            findings.append(Finding(where, "", "translates nothing: give its texts"))
        findings += _field_findings(child.fields, original, row, where, allowed_english)
    return findings


def text_problems(english: str, translated: str, allowed_english: Sequence[str] = ()) -> list[str]:
    """What a translated text dropped or left in English."""
    problems = []
    plain = translated.translate(_DIGIT_MAP)
    sections = {s for s in _SECTION.findall(english) if s not in _SECTION.findall(plain)}
    if sections:
        listed = ", ".join(f"§{s}" for s in sorted(sections))
        problems.append(f"drops the section reference(s) {listed}")
    # Section numbers are checked above, as references: only the other numbers here.
    numbers = sorted(
        set(_DIGITS.findall(_SECTION.sub(" ", english)))
        - set(_DIGITS.findall(_SECTION.sub(" ", plain)))
    )
    if numbers:
        problems.append(f"drops the number(s) {', '.join(numbers)}")
    run = english_run(translated, allowed_english)
    if run:
        problems.append(f"leaves English untranslated: '{run}'")
    return problems


def english_run(text: str, allowed_english: Sequence[str] = ()) -> str | None:
    """The first run of MIN_ENGLISH_RUN or more common English words in `text`, ignoring proper
    names and acronyms (capitalised words) and the English the termbase allows."""
    for phrase in sorted(allowed_english, key=len, reverse=True):
        text = re.sub(re.escape(phrase), " | ", text, flags=re.IGNORECASE)
    for chunk in re.split(r"[^\w\s'’]+", text):
        # Punctuation other than spaces ends a run: "data, people" is not one phrase.
        run = _english_run_in(chunk)
        if run:
            return run
    return None


def _english_run_in(chunk: str) -> str | None:
    run: list[str] = []
    for match in _WORD.finditer(chunk):
        word = match.group(0)
        common = word.lower() in COMMON_ENGLISH
        if common and not word[:1].isupper():
            run.append(word)
            if len(run) >= MIN_ENGLISH_RUN:
                return " ".join(run)
        else:
            # A capitalised common word may open a sentence of English; a name ends the run.
            run = [word] if common and not word.isupper() else []
    return None
