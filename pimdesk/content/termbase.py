"""The termbase: key PIM terms per language, and the check that translations use them.

A translated text whose English names a term (one of its English forms, as whole words) must
name it with one of the term's forms in the text's language. Both sides are folded by the rules
of `pimdesk.domain.language_folding`, which allow grammatical variants (case, accents, articles,
elision, plural -s, Arabic ال and letter variants).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from pimdesk.content.translations import TextPair
from pimdesk.domain.errors import ContentError
from pimdesk.domain.language_folding import contains_phrase
from pimdesk.domain.records import record

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

LANGUAGES = ("fr", "es", "ar")
# The fields that hold names and titles (for terms checked there only).
NAME_FIELDS = frozenset({"name", "term", "title", "label", "later_name"})


@record
class Term:
    id: str
    english: tuple[str, ...]
    forms: Mapping[str, tuple[str, ...]]
    reasons: Mapping[str, str]
    names_only: bool = False


@record
class Termbase:
    terms: tuple[Term, ...]
    allowed_english: tuple[str, ...] = ()


@record
class TermFinding:
    """A translated text that names a term without the termbase's form."""

    pair: TextPair
    term: Term
    language: str

    def __str__(self) -> str:
        forms = " or ".join(f"«{form}»" for form in self.term.forms[self.language])
        return (
            f"{self.language}: {self.pair.kind} {self.pair.record}: {self.pair.field}: "
            f"the English names '{self.term.english[0]}', so the translation should say {forms} "
            f"(termbase.toml {self.term.id})"
        )


def load_termbase(path: Path) -> Termbase:
    """Read and validate `path`; ContentError naming every problem."""
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ContentError(f"The termbase {path} cannot be read: {error}") from error
    problems: list[str] = []
    terms = tuple(
        _term(entry, index, problems) for index, entry in enumerate(document.get("term", []), 1)
    )
    allowed = document.get("allowed_english", [])
    if not isinstance(allowed, list) or not all(isinstance(a, str) for a in allowed):
        problems.append("allowed_english: must be a list of texts")
        allowed = []
    ids = [term.id for term in terms]
    problems += [f"{i}: duplicate term ID" for i in sorted({i for i in ids if ids.count(i) > 1})]
    if problems:
        raise ContentError("The termbase has problems:\n  " + "\n  ".join(problems))
    return Termbase(terms, tuple(allowed))


def _term(entry: Any, index: int, problems: list[str]) -> Term:
    where = entry.get("id", f"term #{index}") if isinstance(entry, dict) else f"term #{index}"
    if not isinstance(entry, dict):
        problems.append(f"{where}: must be a table")
        return Term(where, (), {}, {})
    forms = {key: _forms(entry.get(key), f"{where}: {key}", problems) for key in ("en", *LANGUAGES)}
    reasons = entry.get("reason", {})
    for language in LANGUAGES:
        if not isinstance(reasons, dict) or not str(reasons.get(language, "")).strip():
            problems.append(f"{where}: reason: needs a source or reason for '{language}'")
    return Term(
        id=str(where),
        english=forms.pop("en"),
        forms=forms,
        reasons=dict(reasons) if isinstance(reasons, dict) else {},
        names_only=bool(entry.get("names_only", False)),
    )


def _forms(value: Any, where: str, problems: list[str]) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        problems.append(f"{where}: must be a non-empty list of forms")
        return ()
    if not all(isinstance(form, str) and form.strip() for form in value):
        problems.append(f"{where}: every form must be non-empty text")
        return ()
    return tuple(value)


def termbase_findings(
    termbase: Termbase, language: str, pairs: Iterable[TextPair]
) -> list[TermFinding]:
    """Every translated text of `language` that names a term without one of its forms."""
    found = []
    for pair in pairs:
        for term in termbase.terms:
            if language not in term.forms or (term.names_only and pair.field not in NAME_FIELDS):
                continue
            if not any(contains_phrase(pair.english, form, "en") for form in term.english):
                continue
            if not any(contains_phrase(pair.translated, f, language) for f in term.forms[language]):
                found.append(TermFinding(pair, term, language))
    return found
