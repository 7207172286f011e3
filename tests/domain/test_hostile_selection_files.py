"""Hostile .pimsel files (F8, F9, F16): each class of attack is refused with one sentence.

Out-of-range dates, over-long numbers, lone surrogates, deep nesting, wrong types and absurd
counts: every variant hypothesis makes is an `InvalidInputError`, never another exception, and
whatever is accepted can be shown in any time zone.
"""

from __future__ import annotations

import datetime
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pimdesk.domain.errors import InvalidInputError
from pimdesk.domain.selection import Selection, local_time_text
from pimdesk.domain.selection_file import (
    EARLIEST_YEAR,
    FORMAT_VERSION,
    LATEST_YEAR,
    MAX_CHOICES,
    MAX_NEEDS,
    MAX_SYSTEMS,
    decode,
    encode,
)

TEXT_FIELDS = ("name", "scenario", "place", "organisation", "notes", "created", "modified", "id")


def body() -> dict[str, object]:
    selection = Selection.new("Kasai floods", "sudden_onset_emergency", notes="Team notes")
    document: dict[str, object] = json.loads(encode(selection, "PIM Desk test", "1.0.0"))
    return document


def raw(document: dict[str, object], replace: tuple[str, str] | None = None) -> bytes:
    text = json.dumps(document)
    if replace:
        text = text.replace(*replace)
    return text.encode()


def refused(data: bytes) -> str:
    with pytest.raises(InvalidInputError) as caught:
        decode(data)
    message = caught.value.message
    assert message and "\n" not in message and "Traceback" not in message
    return message


offsets = st.integers(min_value=-(23 * 60 + 59), max_value=23 * 60 + 59).map(
    lambda minutes: datetime.timezone(datetime.timedelta(minutes=minutes))
)


@settings(max_examples=300, deadline=None)
@given(
    moment=st.datetimes(min_value=datetime.datetime(1, 1, 1), max_value=datetime.datetime.max),
    zone=offsets,
    field=st.sampled_from(["created", "modified"]),
)
def test_any_time_is_refused_out_of_range_or_shown_in_every_zone(
    moment: datetime.datetime, zone: datetime.timezone, field: str
) -> None:
    document = body()
    document["selection"][field] = moment.replace(tzinfo=zone).isoformat()  # type: ignore[index]
    try:
        decoded = decode(raw(document)).selection
    except InvalidInputError as error:
        assert f"'{field}'" in error.message
        return
    stored = getattr(decoded, field)
    assert EARLIEST_YEAR <= stored.year <= LATEST_YEAR
    for hours in (-14, 0, 14):  # the list shows it wherever the user is
        stored.astimezone(datetime.timezone(datetime.timedelta(hours=hours)))
    assert local_time_text(stored.isoformat())


@pytest.mark.parametrize(
    "text",
    ["9999-12-31T23:59:59-14:00", "9999-12-31T23:59:59+00:00", "0001-01-01T00:00:00+14:00",
     "3000-01-01T00:00:00+00:00", "1899-12-31T23:59:59+00:00", "9999-12-31T23:59:59"],
)  # fmt: skip
def test_the_reported_poisoned_times_are_refused(text: str) -> None:
    document = body()
    document["selection"]["modified"] = text  # type: ignore[index]
    assert "not between the years" in refused(raw(document))


@given(year=st.one_of(st.integers(1, EARLIEST_YEAR - 1), st.integers(LATEST_YEAR + 1, 9999)))
def test_a_plain_date_out_of_range_is_refused(year: int) -> None:
    document = body()
    document["selection"]["date"] = f"{year:04d}-06-01"  # type: ignore[index]
    refused(raw(document))


@settings(max_examples=60, deadline=None)
@given(
    digits=st.integers(min_value=31, max_value=6000),
    where=st.sampled_from(["version", "unknown_field", "inside_choice"]),
    sign=st.sampled_from(["", "-"]),
)
def test_over_long_numbers_anywhere_are_refused(digits: int, where: str, sign: str) -> None:
    number = sign + "9" * digits
    document = body()
    if where == "version":
        written = f'"version": {FORMAT_VERSION}'.encode()
        data = raw(document).replace(written, f'"version": {number}'.encode())
        assert data != raw(document)
    elif where == "unknown_field":
        document["selection"]["extra"] = 0  # type: ignore[index]
        data = raw(document).replace(b'"extra": 0', f'"extra": {number}'.encode())
    else:
        document["selection"]["choices"] = [{"category": "x", "decision": "accepted", "n": 0}]  # type: ignore[index]
        data = raw(document).replace(b'"n": 0', f'"n": {number}'.encode())
    assert "number" in refused(data)


@pytest.mark.parametrize("number", ["1e999", "-1e999", "1" + "0" * 400 + ".5"])
def test_floats_that_overflow_or_are_over_long_are_refused(number: str) -> None:
    document = body()
    document["selection"]["extra"] = 0  # type: ignore[index]
    refused(raw(document).replace(b'"extra": 0', f'"extra": {number}'.encode()))


@settings(max_examples=120, deadline=None)
@given(
    surrogate=st.integers(min_value=0xD800, max_value=0xDFFF),
    field=st.sampled_from([*TEXT_FIELDS, "choice_notes", "need_text", "key"]),
)
def test_a_lone_surrogate_in_any_text_is_refused(surrogate: int, field: str) -> None:
    escape = f"\\u{surrogate:04x}"
    document = body()
    selection = document["selection"]
    assert isinstance(selection, dict)
    if field == "choice_notes":
        selection["choices"] = [{"category": "case_management", "decision": "accepted",
                                 "notes": "MARK"}]  # fmt: skip
    elif field == "need_text":
        selection["needs"] = [{"source": "custom", "ref": None, "text": "MARK"}]
    elif field == "key":
        selection["MARK"] = "x"
    else:
        selection[field] = "MARK"
    refused(raw(document, ("MARK", f"x{escape}y")))


@settings(max_examples=40, deadline=None)
@given(depth=st.integers(min_value=33, max_value=20_000), kind=st.sampled_from("[{"))
def test_deep_nesting_is_refused_whatever_its_depth(depth: int, kind: str) -> None:
    opening, closing = ("[" * depth, "]" * depth) if kind == "[" else ('{"a":' * depth, "}" * depth)
    document = body()
    document["selection"]["extra"] = 0  # type: ignore[index]
    data = raw(document).replace(b'"extra": 0', f'"extra": {opening}1{closing}'.encode())
    assert "nested too deeply" in refused(data)


wrong_values = st.one_of(
    st.integers(-5, 5), st.booleans(), st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2), st.floats(allow_nan=False,
    allow_infinity=False),
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(field=st.sampled_from([*TEXT_FIELDS, "systems", "needs", "choices", "date"]),
       value=wrong_values)  # fmt: skip
def test_a_field_of_the_wrong_type_is_refused(field: str, value: object) -> None:
    document = body()
    selection = document["selection"]
    assert isinstance(selection, dict)
    if field in ("systems", "needs", "choices") and value in ({}, [], 0, False):
        return  # an empty collection is a valid, empty selection part
    if field in ("place", "organisation", "notes", "date") and value is None:
        return
    selection[field] = value
    refused(raw(document))


@pytest.mark.parametrize(
    ("field", "limit", "make"),
    [("choices", MAX_CHOICES, lambda i: {"category": f"c{i}", "decision": "accepted"}),
     ("needs", MAX_NEEDS, lambda i: {"source": "custom", "ref": None, "text": f"n{i}"}),
     ("systems", MAX_SYSTEMS, None)],
)  # fmt: skip
@pytest.mark.parametrize("extra", [1, 7, 24_000])
def test_absurd_counts_are_refused_naming_the_limit(
    field: str, limit: int, make: object, extra: int
) -> None:
    document = body()
    count = limit + extra
    if make is None:
        value: object = {f"c{i}": "operating" for i in range(count)}
    else:
        value = [make(i) for i in range(count)]  # type: ignore[operator]
    document["selection"][field] = value  # type: ignore[index]
    assert f"at most {limit}" in refused(raw(document))


def test_at_the_limit_a_file_is_still_read() -> None:
    document = body()
    document["selection"]["choices"] = [  # type: ignore[index]
        {"category": f"c{i}", "decision": "accepted"} for i in range(MAX_CHOICES)
    ]
    assert len(decode(raw(document)).selection.choices) == MAX_CHOICES
