"""The .pimsel format: a round trip keeps everything; a bad file is refused, saying why (R11)."""

from __future__ import annotations

import datetime
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pimdesk.domain.errors import InvalidInputError
from pimdesk.domain.selection import (
    CategoryChoice,
    DataNeed,
    Decision,
    NeedSource,
    Selection,
    SystemStatus,
    TeamPriority,
)
from pimdesk.domain.selection_file import FORMAT_VERSION, decode, encode


def sample() -> Selection:
    return Selection.new(
        "Réponse « inondations » / Kasaï — حماية",
        "protracted_emergency",
        place="Tshikapa",
        date=datetime.date(2026, 11, 26),
        organisation="Protection cluster",
        systems=(("protection_monitoring", SystemStatus.OPERATING),),
        needs=(DataNeed(NeedSource.QUESTION, "Who and how many are affected?", "who_how_many"),
               DataNeed(NeedSource.CUSTOM, "Our own need")),
        choices=(CategoryChoice("case_management", Decision.ACCEPTED, TeamPriority.HIGH, "Notes ñ"),
                 CategoryChoice("population_data", Decision.REJECTED)),
        notes='Quotes " and slashes / \\ kept',
    )  # fmt: skip


def test_a_round_trip_keeps_everything() -> None:
    original = sample()
    decoded = decode(encode(original, "PIM Desk test", "1.0.0"))
    assert decoded.selection == original
    assert decoded.content_version == "1.0.0"
    assert decoded.notes == ()


def document(**changes: object) -> bytes:
    data = json.loads(encode(sample(), "PIM Desk test", "1.0.0"))
    data.update(changes)
    return json.dumps(data).encode()


def selection_with(**changes: object) -> bytes:
    data = json.loads(encode(sample(), "PIM Desk test", "1.0.0"))
    data["selection"].update(changes)
    return json.dumps(data).encode()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "damaged or truncated"),
        (encode(sample(), "x", "1")[:200], "damaged or truncated"),
        (b"\xff\xfe{}", "not UTF-8"),
        (b"[1, 2]", "not a PIM Desk selection file"),
        (document(format="something-else"), "format is not named"),
        (document(version=FORMAT_VERSION + 1), f"format version {FORMAT_VERSION + 1}, newer"),
        (document(version="1"), "no valid format version"),
        (document(selection=[]), "holds no selection"),
        (b'{"format": "pimdesk-selection", "format": "x"}', "repeats the field 'format'"),
        (b'{"format": "pimdesk-selection", "version": NaN}', "NaN"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b" " * (3 * 1024 * 1024), "too large"),
        (selection_with(name=""), "needs a name"),
        (selection_with(name="x" * 10_000), "at most 200 characters"),
        (selection_with(name=5), "'name' must be text"),
        (selection_with(date="yesterday"), "'date' is not a date"),
        (selection_with(created="later"), "'created' is not a date and time"),
        (selection_with(systems=["a"]), "'systems' must map"),
        (
            selection_with(systems={"case_management": "maybe"}),
            "system status 'maybe' is not known",
        ),
        (selection_with(choices=[{"category": "x", "decision": "perhaps"}]), "decision 'perhaps'"),
        (selection_with(choices=[{"category": "x", "decision": "accepted"}] * 2), "chosen twice"),
        (selection_with(needs=[{"source": "custom"}]), "'text' must be text"),
        (selection_with(id="../../etc"), "'id' is not a valid identifier"),
    ],
)
def test_a_bad_file_is_refused_with_its_reason(data: bytes, message: str) -> None:
    with pytest.raises(InvalidInputError) as raised:
        decode(data)
    assert message in raised.value.message


def test_unknown_fields_are_reported_not_silently_dropped() -> None:
    decoded = decode(selection_with(colour="blue"))
    assert decoded.notes == ("an unknown field 'colour' was ignored",)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_are_read_or_refused_cleanly(data: bytes) -> None:
    try:
        decode(data)
    except InvalidInputError as error:
        assert error.message


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=2000), st.binary(min_size=1, max_size=20))
def test_a_damaged_file_is_read_or_refused_cleanly(position: int, noise: bytes) -> None:
    data = bytearray(encode(sample(), "x", "1"))
    position %= len(data)
    data[position : position + len(noise)] = noise
    try:
        decode(bytes(data))
    except InvalidInputError as error:
        assert error.message
