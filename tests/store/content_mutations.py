"""The mutations of R8 to a pack's content: unknown IDs, duplicates, dangling links, wrong
types, missing fields, bad encodings, invalid TOML, missing files, broken rules, versions that
are not newer. The manifest is remade and signed, so only the content is wrong."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

from pimdesk.content.schema import CONTENT_FILES, RECORD_SPECS, Field, FieldType
from pimdesk.content.values import ID_PATTERN
from tests.store.pack_fixtures import Document, build_pack, mini_content, toml_text
from tests.store.pack_mutations import (
    INSTALLED,
    NEWER,
    UNKNOWN_PREFIX,
    Draw,
    Installed,
    Malformed,
    Mutator,
    signed_pack,
    writable,
)

CONTENT_MUTATORS: list[Mutator] = []


def mutator(function: Mutator) -> Mutator:
    CONTENT_MUTATORS.append(function)
    return function


# ---------------------------------------------------------------------------- where fields are


@dataclass(frozen=True)
class Site:
    """One field of one record in the base content: file, array key, index, child key/index."""

    file: str
    key: str
    index: int
    field: Field
    child: tuple[str, int] | None = None

    def record(self, content: dict[str, Document]) -> dict[str, Any]:
        record: dict[str, Any] = content[self.file][self.key][self.index]
        if self.child is not None:
            child_key, child_index = self.child
            record = record[child_key][child_index]
        return record


def _sites() -> list[Site]:
    content = mini_content(NEWER)
    sites = []
    for spec in RECORD_SPECS:
        for index, record in enumerate(content[spec.file][spec.key]):
            sites += [Site(spec.file, spec.key, index, f) for f in spec.fields]
            for child in spec.children:
                for child_index, _ in enumerate(record.get(child.key, [])):
                    sites += [
                        Site(spec.file, spec.key, index, f, (child.key, child_index))
                        for f in child.fields
                    ]
    return sites


SITES = _sites()
REF_SITES = [s for s in SITES if s.field.ref is not None]
REQUIRED_SITES = [
    s for s in SITES if s.field.required and s.field.name in s.record(mini_content(NEWER))
]
TEXT_TYPES = (FieldType.TEXT, FieldType.LABEL, FieldType.SOURCE)


def _wrong_value(field: Field) -> st.SearchStrategy[Any]:
    """Values that can never be valid for `field`."""
    not_text = st.one_of(
        st.integers(),
        st.booleans(),
        st.floats(allow_nan=False),
        st.lists(st.integers(), max_size=3),
        st.dictionaries(st.sampled_from(["a", "b"]), st.integers(), max_size=2),
    )
    if field.type in TEXT_TYPES:
        return st.one_of(not_text, st.sampled_from(["", "   ", "\n"]))
    if field.type in (FieldType.ID, FieldType.REF):
        bad_ids = st.text(max_size=12).filter(lambda t: not ID_PATTERN.match(t))
        return st.one_of(not_text, bad_ids.filter(writable))
    if field.type is FieldType.INT:
        return st.one_of(
            st.integers(max_value=-1), st.text(max_size=5).filter(writable), st.floats()
        )
    if field.type in (FieldType.CHOICE, FieldType.ORIGIN):
        choices = field.choices or ("source", "editorial")
        words = st.text(max_size=12).filter(lambda t: t not in choices and writable(t))
        return st.one_of(not_text.filter(lambda v: not isinstance(v, bool)), words)
    return st.one_of(  # lists of texts or of IDs
        st.integers(),
        st.text(max_size=8).filter(writable),
        st.lists(st.integers(), min_size=1, max_size=3),
    )


def _with_document(
    base: Installed, file: str, change: Callable[[Document], None], version: str = NEWER
) -> bytes:
    document = copy.deepcopy(base.content[file])
    change(document)
    return signed_pack({**base.files, file: toml_text(document).encode("utf-8")}, base, version)


def _content_refusal(problem: str) -> str:
    return r"its content is not valid \(" + problem


# ---------------------------------------------------------------------------- content mutations


@mutator
def unknown_reference(draw: Draw, base: Installed) -> Malformed:
    site = draw(st.sampled_from(REF_SITES))
    missing = UNKNOWN_PREFIX + draw(st.from_regex(r"[a-z0-9_]{0,8}", fullmatch=True))

    def change(document: Document) -> None:
        record = site.record({site.file: document})
        record[site.field.name] = [missing] if site.field.is_list else missing

    expected = _content_refusal(f".*unknown {site.field.ref} '{missing}'")
    return Malformed("unknown reference", _with_document(base, site.file, change), expected)


@mutator
def duplicate_record(draw: Draw, base: Installed) -> Malformed:
    spec = draw(st.sampled_from(RECORD_SPECS))
    records = base.content[spec.file][spec.key]
    index = draw(st.integers(0, len(records) - 1))

    def change(document: Document) -> None:
        document[spec.key].insert(draw(st.integers(0, len(records))), copy.deepcopy(records[index]))

    expected = _content_refusal(f".*duplicate {spec.kind} ID")
    return Malformed("duplicate record", _with_document(base, spec.file, change), expected)


@mutator
def wrong_type(draw: Draw, base: Installed) -> Malformed:
    site = draw(st.sampled_from(SITES))
    value = draw(_wrong_value(site.field))

    def change(document: Document) -> None:
        site.record({site.file: document})[site.field.name] = value

    expected = _content_refusal(".*(must be|lists an ID twice)")
    return Malformed("wrong type", _with_document(base, site.file, change), expected)


@mutator
def missing_field(draw: Draw, base: Installed) -> Malformed:
    site = draw(st.sampled_from(REQUIRED_SITES))

    def change(document: Document) -> None:
        del site.record({site.file: document})[site.field.name]

    expected = _content_refusal(f".*{site.field.name}: is required")
    return Malformed("missing field", _with_document(base, site.file, change), expected)


@mutator
def unknown_field(draw: Draw, base: Installed) -> Malformed:
    site = draw(st.sampled_from(SITES))
    name = "x_" + draw(st.from_regex(r"[a-z_]{1,10}", fullmatch=True))

    def change(document: Document) -> None:
        site.record({site.file: document})[name] = draw(st.sampled_from(["text", 1, ["a"]]))

    expected = _content_refusal(f".*{name}: is not a known field")
    return Malformed("unknown field", _with_document(base, site.file, change), expected)


@mutator
def bad_encoding(draw: Draw, base: Installed) -> Malformed:
    name = draw(st.sampled_from(sorted(base.files)))
    text = base.files[name].decode("utf-8").replace('"', '"é', 1)
    how = draw(st.sampled_from(["latin-1", "utf-16", "cp1252", "stray bytes"]))
    if how == "stray bytes":
        position = draw(st.integers(0, len(base.files[name])))
        data = base.files[name][:position] + b"\xff\xfe" + base.files[name][position:]
    else:
        data = text.encode(how)
    files = {**base.files, name: data}
    expected = f"{re.escape(name)} is not UTF-8 text"
    return Malformed("bad encoding", signed_pack(files, base), expected)


@mutator
def invalid_toml(draw: Draw, base: Installed) -> Malformed:
    name = draw(st.sampled_from(sorted(base.files)))
    broken = draw(st.sampled_from(["x = ", "[[", "= 1", 'a = "open', "key = 1\nkey = 2", "\x01"]))
    files = {**base.files, name: base.files[name] + b"\n" + broken.encode() + b"\n"}
    expected = _content_refusal(f"{re.escape(name)}: is not valid TOML")
    return Malformed("invalid TOML", signed_pack(files, base), expected)


@mutator
def missing_file(draw: Draw, base: Installed) -> Malformed:
    name = draw(st.sampled_from(CONTENT_FILES))
    files = {k: v for k, v in base.files.items() if k != name}
    expected = f"it is not a complete content set: {re.escape(name)} is missing"
    return Malformed("missing file", signed_pack(files, base), expected)


@mutator
def broken_rule(draw: Draw, base: Installed) -> Malformed:
    rule = draw(
        st.sampled_from(["self link", "missing cell", "alias clash", "unknown translation"])
    )
    if rule == "self link":
        file, problem = "relationships.toml", "links a category to itself"

        def change(document: Document) -> None:
            document["relationship"][0]["to"] = document["relationship"][0]["from"]

    elif rule == "missing cell":
        file, problem = "matrix.toml", "the matrix has no cell here"

        def change(document: Document) -> None:
            del document["cell"][draw(st.integers(0, len(document["cell"]) - 1))]

    elif rule == "alias clash":
        file, problem = "glossary.toml", "'Data sharing' is also informed_consent"

        def change(document: Document) -> None:
            document["term"][0]["aliases"] = ["Data sharing"]

    else:
        file, problem = "fr/glossary.toml", "no term with this ID"

        def change(document: Document) -> None:
            document["term"][0]["id"] = UNKNOWN_PREFIX + "term"

    return Malformed(rule, _with_document(base, file, change), _content_refusal(f".*{problem}"))


@mutator
def control_characters(draw: Draw, base: Installed) -> Malformed:
    site = draw(st.sampled_from([s for s in SITES if s.field.type in TEXT_TYPES]))
    character = chr(draw(st.sampled_from([*range(0x01, 0x09), 0x0B, 0x0C, 0x1F, 0x7F])))

    def change(document: Document) -> None:
        site.record({site.file: document})[site.field.name] = f"Text{character}here"

    expected = _content_refusal(".*(contains control characters|is neither 'editorial')")
    return Malformed("control characters", _with_document(base, site.file, change), expected)


@mutator
def bad_meta(draw: Draw, base: Installed) -> Malformed:
    field, value, problem = draw(
        st.sampled_from(
            [
                ("version", "3.0", "version: must be a version like 1.2.0"),
                ("version", 3, "version: must be a version like 1.2.0"),
                ("date", "2026-12-01", "date: must be a date like"),
                ("title", "", "title: is missing or empty"),
            ]
        )
    )

    def change(document: Document) -> None:
        document["content"][field] = value

    return Malformed(
        "bad meta", _with_document(base, "meta.toml", change), _content_refusal(f".*{problem}")
    )


@mutator
def not_newer(draw: Draw, base: Installed) -> Malformed:
    major = draw(st.integers(0, 2))
    minor, patch = draw(st.integers(0, 30)), draw(st.integers(0, 30))
    if major == 2:
        minor = patch = 0
    version = f"{major}.{minor}.{patch}"
    # Only meta.toml says the version (the translations' stamps do not depend on it), so the
    # pack is made in memory: stamping would write in the temp folder while Hypothesis
    # generates, and a failure there (a full disk) makes generation inconsistent.
    meta = toml_text(mini_content(version)["meta.toml"]).encode("utf-8")
    files = {**base.files, "meta.toml": meta}
    expected = f"it holds content {re.escape(version)}, not newer than the installed {INSTALLED}"
    return Malformed("not newer", build_pack(files, base.signer.key, version), expected)
