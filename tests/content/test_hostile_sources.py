"""Hostile content sources (F13): the validator refuses them with a sentence, in bounded time
and memory, and never raises. A trusted key or `--allow-unsigned` lets such a pack reach it."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pimdesk.content.sources import (
    MAX_FOOTNOTES,
    MAX_SECTIONS,
    MAX_TOML_DEPTH,
    check_sources,
    toml_nesting_depth,
)
from tests.conftest import CONTENT_SOURCES

META = (CONTENT_SOURCES / "meta.toml").read_text(encoding="utf-8")
FILES = sorted(p.name for p in CONTENT_SOURCES.glob("*.toml"))


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("hostile-sources") / "content"
    shutil.copytree(CONTENT_SOURCES, folder)
    yield folder


def problems_with(folder: Path, file: str, text: str) -> list[str]:
    """The validator's problems with `file` replaced by `text` (put back afterwards)."""
    original = (CONTENT_SOURCES / file).read_text(encoding="utf-8")
    (folder / file).write_text(text, encoding="utf-8")
    try:
        return [str(p) for p in check_sources(folder)]
    finally:
        (folder / file).write_text(original, encoding="utf-8")


@settings(max_examples=30, deadline=None)
@given(
    depth=st.integers(MAX_TOML_DEPTH + 1, 30_000),
    opening=st.sampled_from(["[", "{ a = "]),
    file=st.sampled_from(FILES),
)
def test_deep_nesting_in_any_file_is_refused_before_parsing(
    sources: Path, depth: int, opening: str, file: str
) -> None:
    closing = "]" if opening == "[" else " }"
    original = (CONTENT_SOURCES / file).read_text(encoding="utf-8")
    nested = f"{original}\nzz = {opening * depth}1{closing * depth}\n"
    found = problems_with(sources, file, nested)
    assert f"{file}: is nested deeper than {MAX_TOML_DEPTH} levels" in found


@given(st.text(alphabet="[]{}\"'#\n a=,", max_size=60))
def test_brackets_in_strings_and_comments_do_not_count(text: str) -> None:
    quoted = f'x = "{text.replace(chr(34), "").replace(chr(92), "").replace(chr(10), "")}"'
    commented = "# " + text.replace("\n", " ")
    assert toml_nesting_depth(quoted) == 0
    assert toml_nesting_depth(commented) == 0
    assert toml_nesting_depth("a = [[1], [2, [3]]]") == 3


@pytest.mark.parametrize(
    "value",
    ['"seven"', '""', "nan", "inf", "-1", "7.5", "true", "{ n = 7 }", "[7]",
     "200000000", str(MAX_FOOTNOTES + 1), "9" * 5000],
)  # fmt: skip
def test_a_footnote_count_of_the_wrong_type_or_size_is_refused_at_once(
    sources: Path, value: str
) -> None:
    text = META.replace("footnotes = 7", f"footnotes = {value}")
    started = time.monotonic()
    found = problems_with(sources, "meta.toml", text)
    assert time.monotonic() - started < 20  # not 200 million entries built first
    assert any("meta.toml" in line for line in found), found


@pytest.mark.parametrize(
    "value",
    ['"1, 2"', "7", "[1, 2]", '[["1"]]', "{ a = 1 }",
     "[" + ", ".join(f'"{i}"' for i in range(MAX_SECTIONS + 1)) + "]"],
)  # fmt: skip
def test_sections_of_the_wrong_type_or_number_are_refused(sources: Path, value: str) -> None:
    text = META.replace('sections = ["1"', f'sections = {value}\nx_sections = ["1"')
    found = problems_with(sources, "meta.toml", text)
    assert any("sections" in line for line in found), found


def test_a_document_that_is_not_a_table_is_refused(sources: Path) -> None:
    start = META.index("[[document]]")
    text = META[:start].replace('language = "en"', 'language = "en"\ndocument = ["not a table"]')
    found = problems_with(sources, "meta.toml", text)
    assert "meta.toml: document #1: must be a table" in found


documents_fields = st.dictionaries(
    st.sampled_from(["id", "short", "title", "sections", "footnotes"]),
    st.one_of(
        st.integers(-(10**12), 10**12), st.booleans(), st.text(max_size=5),
        st.floats(allow_nan=True, allow_infinity=True), st.lists(st.integers(), max_size=3),
        st.lists(st.text(max_size=3), max_size=3), st.dictionaries(st.text(max_size=2),
        st.integers(), max_size=2),
    ),
)  # fmt: skip


def toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return {"nan": "nan", "inf": "inf", "-inf": "-inf"}.get(str(value), repr(value))
    if isinstance(value, str):
        return '"' + value.encode("unicode_escape").decode("ascii").replace('"', '\\"') + '"'
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        inner = ", ".join(f'"{k.encode("unicode_escape").decode()}" = {toml_value(v)}'
                          for k, v in value.items())  # fmt: skip
        return "{ " + inner + " }"
    return str(value)


@settings(max_examples=80, deadline=None)
@given(fields=documents_fields)
def test_any_document_entry_is_checked_or_refused_without_raising(
    sources: Path, fields: dict[str, object]
) -> None:
    start = META.index("[[document]]")
    entry = "\n".join(f"{key} = {toml_value(value)}" for key, value in fields.items())
    problems_with(sources, "meta.toml", META[:start] + "[[document]]\n" + entry + "\n")


@pytest.mark.parametrize("file", FILES)
def test_an_over_long_integer_in_any_file_is_a_problem(sources: Path, file: str) -> None:
    original = (CONTENT_SOURCES / file).read_text(encoding="utf-8")
    found = problems_with(sources, file, original + "\nzz = " + "9" * 5000 + "\n")
    assert any(line.startswith(f"{file}: ") for line in found), found
