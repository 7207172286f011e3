"""Printing results: JSON for scripts, plain text for people."""

from __future__ import annotations

import dataclasses
import datetime
import enum
import json
import sys
from typing import Any, TextIO

from pimdesk.domain.content import Attribution, Category, CellItem
from pimdesk.domain.provenance import provenance_of
from pimdesk.domain.tiers import TierReason


def jsonable(value: Any) -> Any:
    """Domain records as plain JSON values (enums by value, dates in ISO form); every
    `source`/`origin` pair gets a `provenance` next to it, as the domain decides it."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        value = {
            **{f.name: getattr(value, f.name) for f in dataclasses.fields(value)},
            **_provenance_fields(value),
        }
    elif isinstance(value, tuple) and hasattr(value, "_asdict"):  # a named tuple
        value = value._asdict()
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, enum.Enum | datetime.date):
        return value.value if isinstance(value, enum.Enum) else value.isoformat()
    return value


def _provenance_fields(record: Any) -> dict[str, Any]:
    """The provenance of a record's texts: of an attribution (with a cell item's kind), and of a
    category's definition and explanation, whose origins are stored apart."""
    if isinstance(record, CellItem):
        attribution = record.attribution
        value = provenance_of(attribution.origin, attribution.source, record.kind)
        return {"provenance": value.as_json()}
    if isinstance(record, Attribution | TierReason):
        return {"provenance": provenance_of(record.origin, record.source).as_json()}
    if isinstance(record, Category):
        definition = provenance_of(record.definition_origin, record.source)
        explanation = provenance_of(record.explanation_origin, record.source)
        return {
            "definition_provenance": definition.as_json(),
            "explanation_provenance": explanation.as_json(),
        }
    return {}


def print_json(value: Any, stream: TextIO | None = None) -> None:
    out = stream or sys.stdout
    json.dump(jsonable(value), out, ensure_ascii=False, indent=2)
    out.write("\n")


def wrap(text: str, indent: str = "  ", width: int = 96) -> str:
    import textwrap

    paragraphs = text.split("\n\n")
    return "\n\n".join(
        textwrap.fill(p, width=width, initial_indent=indent, subsequent_indent=indent)
        for p in paragraphs
    )
