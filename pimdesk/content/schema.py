"""The shape of every kind of content record, as data: files, fields, types and references.

One declaration drives the validator, the reference-database build and content-pack diffs, so a
new field is added in one place.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any

from pimdesk.domain.records import record


class FieldType(str, Enum):
    ID = "id"  # snake_case identifier
    TEXT = "text"  # non-empty prose
    LABEL = "label"  # non-empty short name
    INT = "int"
    TEXT_LIST = "text_list"
    CHOICE = "choice"
    REF = "ref"  # the ID of a record of another kind
    REF_LIST = "ref_list"
    SOURCE = "source"
    ORIGIN = "origin"


@record
class Field:
    name: str
    type: FieldType
    required: bool = True
    choices: tuple[str, ...] = ()
    ref: str | None = None
    translatable: bool = False

    @property
    def is_list(self) -> bool:
        return self.type in (FieldType.TEXT_LIST, FieldType.REF_LIST)


@record
class ChildSpec:
    """Records nested in a parent (`[[cell.item]]`), stored in their own table, in order."""

    key: str
    table: str
    parent_column: str
    fields: tuple[Field, ...]
    id_field: str | None = None


@record
class RecordSpec:
    kind: str
    file: str
    key: str
    table: str
    fields: tuple[Field, ...]
    children: tuple[ChildSpec, ...] = ()
    derive_id: Callable[[Mapping[str, Any]], str] | None = None
    # The fields that name the record; a translation gives them to say which record it is.
    key_fields: tuple[str, ...] = ("id",)

    def field(self, name: str) -> Field | None:
        return next((f for f in self.fields if f.name == name), None)


def _text(name: str, required: bool = True) -> Field:
    return Field(name, FieldType.TEXT, required=required, translatable=True)


def _label(name: str, required: bool = True) -> Field:
    return Field(name, FieldType.LABEL, required=required, translatable=True)


def _texts(name: str, required: bool = True) -> Field:
    return Field(name, FieldType.TEXT_LIST, required=required, translatable=True)


def _refs(name: str, kind: str, required: bool = True) -> Field:
    return Field(name, FieldType.REF_LIST, required=required, ref=kind)


def _choice(name: str, choices: tuple[str, ...], required: bool = True) -> Field:
    return Field(name, FieldType.CHOICE, required=required, choices=choices)


ID = Field("id", FieldType.ID)
POSITION = Field("position", FieldType.INT)
SOURCE = Field("source", FieldType.SOURCE)
ORIGIN = Field("origin", FieldType.ORIGIN)

CATEGORY_STATUSES = (
    "endorsed",
    "endorsed_further_work",
    "objective_agreed",
    "definition_not_agreed",
    "spirit_endorsed",
)
STATEMENT_STATUSES = ("agreed", "partly_agreed", "not_agreed", "under_consideration")
STATEMENT_KINDS = (
    "definition",
    "vision",
    "mission",
    "objective",
    "result",
    "matrix_purpose",
    "why_categories",
    "scenario_insight",
    "process_step",
    "next_step",
    "background",
    "agreement",
    "reading_note",
    "open_question",
    "sharing_check",
    "document_not_carried",
)
RELATIONSHIP_KINDS = ("precedes", "complements", "feeds", "overlaps")
PRIORITIES = ("must_have", "nice_to_have")
ITEM_KINDS = ("item", "example", "note")
CATEGORY_FIELDS = ("definition",)


def _cell_id(record: Mapping[str, Any]) -> str:
    return f"{record.get('category')}.{record.get('element')}"


RECORD_SPECS: tuple[RecordSpec, ...] = (
    RecordSpec(
        "statement",
        "framework.toml",
        "statement",
        "statements",
        (
            ID,
            _choice("kind", STATEMENT_KINDS),
            _label("title"),
            _text("text"),
            POSITION,
            _choice("status", STATEMENT_STATUSES, required=False),
            SOURCE,
            ORIGIN,
        ),
    ),
    RecordSpec(
        "category",
        "categories.toml",
        "category",
        "categories",
        (
            ID,
            _label("name"),
            _texts("former_names", required=False),
            POSITION,
            _choice("status", CATEGORY_STATUSES),
            _text("status_note"),
            _text("definition"),
            Field("definition_origin", FieldType.ORIGIN),
            _text("purpose"),
            _text("explanation"),
            Field("explanation_origin", FieldType.ORIGIN),
            SOURCE,
        ),
        children=(
            ChildSpec(
                "list",
                "category_lists",
                "category",
                (
                    ID,
                    _label("title"),
                    _texts("items"),
                    SOURCE,
                    ORIGIN,
                ),
                id_field="id",
            ),
        ),
    ),
    RecordSpec(
        "merged_category",
        "categories.toml",
        "merged_category",
        "merged_categories",
        (
            ID,
            _label("name"),
            Field("merged_into", FieldType.REF, ref="category"),
            _text("explanation"),
            SOURCE,
            ORIGIN,
        ),
    ),
    RecordSpec(
        "element",
        "elements.toml",
        "element",
        "elements",
        (
            ID,
            _label("name"),
            POSITION,
            _text("description"),
            _texts("later_names", required=False),
            _choice("category_field", CATEGORY_FIELDS, required=False),
            SOURCE,
            ORIGIN,
        ),
    ),
    RecordSpec(
        "condition",
        "matrix.toml",
        "condition",
        "conditions",
        (
            ID,
            _label("label"),
            _text("description"),
            SOURCE,
            ORIGIN,
        ),
    ),
    RecordSpec(
        "cell",
        "matrix.toml",
        "cell",
        "cells",
        (
            Field("category", FieldType.REF, ref="category"),
            Field("element", FieldType.REF, ref="element"),
            SOURCE,
        ),
        children=(
            ChildSpec(
                "item",
                "cell_items",
                "cell",
                (
                    _text("text"),
                    _choice("kind", ITEM_KINDS),
                    ORIGIN,
                    Field("source", FieldType.SOURCE, required=False),
                    _refs("conditions", "condition", required=False),
                ),
            ),
        ),
        derive_id=_cell_id,
        key_fields=("category", "element"),
    ),
    RecordSpec(
        "relationship",
        "relationships.toml",
        "relationship",
        "relationships",
        (
            ID,
            Field("from", FieldType.REF, ref="category"),
            Field("to", FieldType.REF, ref="category"),
            _choice("kind", RELATIONSHIP_KINDS),
            _text("explanation"),
            SOURCE,
            ORIGIN,
        ),
    ),
    RecordSpec(
        "access_dimension",
        "access.toml",
        "dimension",
        "access_dimensions",
        (
            ID,
            _label("name"),
            POSITION,
            SOURCE,
            ORIGIN,
        ),
        children=(
            ChildSpec(
                "variable",
                "access_variables",
                "dimension",
                (
                    ID,
                    _label("name"),
                    _text("description"),
                ),
                id_field="id",
            ),
        ),
    ),
    RecordSpec(
        "scenario",
        "scenarios.toml",
        "scenario",
        "scenarios",
        (
            ID,
            _label("name"),
            POSITION,
            _text("description"),
            SOURCE,
            ORIGIN,
        ),
        children=(
            ChildSpec(
                "item",
                "scenario_items",
                "scenario",
                (
                    ID,
                    _choice("priority", PRIORITIES),
                    _text("text"),
                    _refs("categories", "category"),
                    ORIGIN,
                    SOURCE,
                ),
                id_field="id",
            ),
        ),
    ),
    RecordSpec(
        "question",
        "scenarios.toml",
        "question",
        "questions",
        (
            ID,
            _text("text"),
            _refs("categories", "category"),
            _refs("scenarios", "scenario", required=False),
            SOURCE,
            ORIGIN,
        ),
    ),
    RecordSpec(
        "challenge",
        "challenges.toml",
        "challenge",
        "challenges",
        (
            ID,
            _label("name"),
            POSITION,
            _text("description"),
            _texts("mitigations"),
            _refs("principles", "principle", required=False),
            _refs("categories", "category", required=False),
            SOURCE,
            ORIGIN,
        ),
    ),
    RecordSpec(
        "principle",
        "principles.toml",
        "principle",
        "principles",
        (
            ID,
            _label("name"),
            _label("later_name", required=False),
            POSITION,
            _text("explanation"),
            SOURCE,
            ORIGIN,
        ),
    ),
    RecordSpec(
        "term",
        "glossary.toml",
        "term",
        "terms",
        (
            ID,
            _label("term"),
            _texts("aliases", required=False),
            _refs("related", "term", required=False),
            _refs("categories", "category", required=False),
        ),
        children=(
            ChildSpec("definition", "term_definitions", "term", (_text("text"), SOURCE, ORIGIN)),
        ),
    ),
)

CONTENT_FILES: tuple[str, ...] = ("meta.toml", *dict.fromkeys(spec.file for spec in RECORD_SPECS))
