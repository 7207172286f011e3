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
    Constraint,
    DataNeed,
    Decision,
    NeedSource,
    PimSystem,
    RunStatus,
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
        system_map=(PimSystem("DTM round 3", "population_data", RunStatus.OPERATING, "IOM",
                              "Site figures by age and sex", "Monthly", "dtm@example.org"),
                    PimSystem("Old log", "protection_monitoring", RunStatus.STOPPED)),
        constraints=(Constraint.ACCESS_LIMITED,),
    )  # fmt: skip


# A file written by PIM Desk before the systems map (format version 1), byte for byte.
VERSION_1_FILE = b"""{
  "format": "pimdesk-selection",
  "version": 1,
  "exported": "2026-11-26T10:15:00+00:00",
  "app": "PIM Desk 0.9.0",
  "content_version": "1.0.0",
  "selection": {
    "id": "0f1e2d3c4b5a69788796a5b4c3d2e1f0",
    "name": "Kasai floods",
    "scenario": "sudden_onset_emergency",
    "place": "Tshikapa",
    "date": "2026-11-19",
    "organisation": "Protection cluster",
    "notes": "Weekly meeting on Tuesdays.",
    "created": "2026-11-20T09:30:00+00:00",
    "modified": "2026-11-20T09:30:00+00:00",
    "systems": {"protection_monitoring": "operating", "case_management": "not_operating"},
    "needs": [
      {"source": "question", "ref": "who_how_many", "text": "Who and how many are affected?"}
    ],
    "choices": [
      {"category": "security_situational_awareness", "decision": "accepted", "priority": "high",
       "notes": "Risk analysis first."}
    ]
  }
}
"""


def test_a_version_1_file_still_reads_with_an_empty_map_and_no_limits() -> None:
    decoded = decode(VERSION_1_FILE)
    selection = decoded.selection
    assert decoded.notes == ()
    assert selection.name == "Kasai floods"
    assert selection.systems == (
        ("protection_monitoring", SystemStatus.OPERATING),
        ("case_management", SystemStatus.NOT_OPERATING),
    )
    assert selection.system_status("protection_monitoring") is SystemStatus.OPERATING
    assert (selection.system_map, selection.constraints) == ((), ())
    again = decode(encode(selection, "PIM Desk test", "1.1.0")).selection
    assert again == selection


def test_the_map_and_limits_are_written_in_version_2() -> None:
    data = json.loads(encode(sample(), "PIM Desk test", "1.0.0"))
    assert FORMAT_VERSION == data["version"] == 2
    assert data["selection"]["system_map"][0] == {
        "name": "DTM round 3",
        "category": "population_data",
        "status": "operating",
        "organisation": "IOM",
        "shares": "Site figures by age and sex",
        "frequency": "Monthly",
        "contact": "dtm@example.org",
    }
    assert data["selection"]["constraints"] == ["access_limited"]


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
        (selection_with(system_map={"a": 1}), "'system_map' must be a list"),
        (
            selection_with(system_map=[{"name": "", "category": "x", "status": "operating"}]),
            "a mapped system has no name",
        ),
        (
            selection_with(system_map=[{"name": "A", "category": "x", "status": "running"}]),
            "the system status 'running' is not known",
        ),
        (
            selection_with(
                system_map=[
                    {"name": "A", "category": "x", "status": "operating", "contact": "x" * 501}
                ]
            ),
            "The system's contact can have at most 500 characters.",
        ),
        (
            selection_with(system_map=[{"name": "A", "status": "operating"}]),
            "category ID is missing",
        ),
        (selection_with(constraints=["no_roads"]), "the constraint 'no_roads' is not known"),
        (selection_with(constraints=["access_limited", "access_limited"]), "stated twice"),
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
