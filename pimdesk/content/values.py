"""Checks of single field values: each returns the cleaned value (or None) and its problems."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from pimdesk.content.schema import Field, FieldType
from pimdesk.domain.content import ORIGINS
from pimdesk.domain.text import remove_control

ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")
EDITORIAL = "editorial"
_CITATION = re.compile(r"^(?P<doc>.+?) (?P<refs>§.+)$")
_REFERENCE = re.compile(r"^§(?P<section>\d+(\.\d+)?)(?: fn (?P<footnote>\d+))?$")

Checked = tuple[Any, list[str]]


def check_value(field: Field, value: Any, sections: set[str]) -> Checked:
    """`value` cleaned for storage, or None, with what is wrong with it."""
    return _CHECKERS[field.type](field, value, sections)


def _text(field: Field, value: Any, sections: set[str]) -> Checked:
    if not isinstance(value, str) or not value.strip():
        return None, ["must be non-empty text"]
    if remove_control(value, keep="\t\n\r") != value:
        return None, ["contains control characters"]
    if field.type is FieldType.LABEL and "\n" in value.strip():
        return None, ["must be on one line"]
    if field.type is FieldType.SOURCE:
        return value.strip(), citation_problems(value, sections)
    return (normalise_text(value) if field.type is FieldType.TEXT else value.strip()), []


def _identifier(field: Field, value: Any, sections: set[str]) -> Checked:
    if not isinstance(value, str) or not ID_PATTERN.match(value):
        return None, ["must be a snake_case ID"]
    return value, []


def _integer(field: Field, value: Any, sections: set[str]) -> Checked:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        return None, ["must be a whole number"]
    return value, []


def _choice(field: Field, value: Any, sections: set[str]) -> Checked:
    choices = field.choices if field.type is FieldType.CHOICE else ORIGINS
    if value not in choices:
        return None, [f"must be one of: {', '.join(choices)}"]
    return value, []


def _text_list(field: Field, value: Any, sections: set[str]) -> Checked:
    if not isinstance(value, list):
        return None, ["must be a list"]
    if not all(isinstance(v, str) and v.strip() for v in value):
        return None, ["must be a list of non-empty texts"]
    return [v.strip() for v in value], []


def _reference_list(field: Field, value: Any, sections: set[str]) -> Checked:
    if not isinstance(value, list):
        return None, ["must be a list"]
    if not all(isinstance(v, str) and ID_PATTERN.match(v) for v in value):
        return None, ["must be a list of snake_case IDs"]
    return list(value), (["lists an ID twice"] if len(set(value)) != len(value) else [])


_CHECKERS: dict[FieldType, Callable[[Field, Any, set[str]], Checked]] = {
    FieldType.TEXT: _text,
    FieldType.LABEL: _text,
    FieldType.SOURCE: _text,
    FieldType.ID: _identifier,
    FieldType.REF: _identifier,
    FieldType.INT: _integer,
    FieldType.CHOICE: _choice,
    FieldType.ORIGIN: _choice,
    FieldType.TEXT_LIST: _text_list,
    FieldType.REF_LIST: _reference_list,
}


def citation_problems(value: str, known: set[str]) -> list[str]:
    """Problems with a `source` citation such as 'PIM WM2 2015 §7.1, §10 fn 7'."""
    if value == EDITORIAL or (value in known and " fn " not in value):  # or a whole document
        return []
    match = _CITATION.match(value)
    if match is None:
        return [f"'{value}' is neither 'editorial' nor a citation like 'PIM WM2 2015 §7.1'"]
    document = match["doc"]
    problems = []
    for reference in match["refs"].split(", "):
        part = _REFERENCE.match(reference.strip())
        if part is None:
            problems.append(f"'{reference}' is not a section reference like §7.1 or §10 fn 7")
            continue
        if f"{document} §{part['section']}" not in known:
            problems.append(f"'{document} §{part['section']}' is not a known section")
        if part["footnote"] and f"{document} fn {part['footnote']}" not in known:
            problems.append(f"footnote {part['footnote']} of '{document}' is not known")
    return problems


def normalise_text(value: str) -> str:
    """Join the lines of a multi-line TOML string into paragraphs separated by blank lines."""
    paragraphs = re.split(r"\n\s*\n", value.strip())
    return "\n\n".join(" ".join(line.strip() for line in p.splitlines()) for p in paragraphs)
