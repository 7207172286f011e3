"""Hostile .pimsel files through the service (F8, F9, F12, F16): refused before anything is
stored; lookalike names clash; a row stored before the checks cannot break the list."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pimdesk.app import main
from pimdesk.domain.errors import InvalidInputError
from pimdesk.paths import AppPaths
from pimdesk.services.container import Services

POISON = [
    b'{"format":"pimdesk-selection","version":1,"selection":{"id":"abc","name":"Poison",'
    b'"scenario":"sudden_onset_emergency","created":"2026-01-01T00:00:00+00:00",'
    b'"modified":"9999-12-31T23:59:59-14:00"}}',
    b'{"format":"pimdesk-selection","version":' + b"9" * 5000 + b"}",
    b'{"format":"pimdesk-selection","version":1,"selection":{"id":"abc","name":"\\ud800x",'
    b'"scenario":"sudden_onset_emergency","created":"2026-01-01T00:00:00+00:00",'
    b'"modified":"2026-01-01T00:00:00+00:00"}}',
]


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    built = Services(AppPaths.resolve(tmp_path / "data"))
    yield built
    built.close()


def state(services: Services) -> tuple[object, ...]:
    return (services.selections.summaries(), services.selections.trash())


@pytest.mark.parametrize("data", POISON, ids=["date", "digits", "surrogate"])
@pytest.mark.parametrize("replace_existing", [False, True])
def test_the_reported_poisons_are_refused_and_nothing_is_stored(
    services: Services, tmp_path: Path, data: bytes, replace_existing: bool
) -> None:
    services.selections.create("Poison", "sudden_onset_emergency")
    before = state(services)
    path = tmp_path / "p.pimsel"
    path.write_bytes(data)
    with pytest.raises(InvalidInputError):
        services.selections.import_file(path, replace_existing)
    assert state(services) == before
    assert services.selections.summaries()[0].name == "Poison"


spoofs = st.sampled_from(["\u200b", "\u2060", "\ufeff", "\u200e", "\u00ad"])


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(invisible=spoofs, where=st.integers(0, 12))
def test_an_import_whose_name_only_looks_the_same_is_a_clash(
    services: Services, tmp_path: Path, invisible: str, where: int
) -> None:
    original = services.selections.find("Kasai floods") if services.selections.summaries() else (
        services.selections.create("Kasai floods", "sudden_onset_emergency")
    )  # fmt: skip
    path = services.selections.export(original.id, tmp_path / "k.pimsel")
    document = json.loads(path.read_text(encoding="utf-8"))
    name = "Kasai floods"
    document["selection"]["name"] = name[:where] + invisible + name[where:]
    path.write_text(json.dumps(document), encoding="utf-8")
    result = services.selections.import_file(path)
    assert result.selection.name.startswith("Kasai floods (imported)")
    with pytest.raises(InvalidInputError, match="already exists"):
        services.selections.create(
            name[:where] + invisible + name[where:], "sudden_onset_emergency"
        )


def test_a_row_stored_before_the_checks_does_not_break_the_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    services = Services(AppPaths.resolve(data))
    made = services.selections.create("Poisoned", "sudden_onset_emergency")
    services.selections.create("Healthy", "sudden_onset_emergency")
    services.user_store.connection.execute(
        "UPDATE selections SET modified = '9999-12-31T23:59:59-14:00' WHERE id = ?", (made.id,)
    )
    services.close()
    try:
        for zone in ("UTC", "Asia/Tokyo", "Pacific/Kiritimati", "America/Los_Angeles"):
            monkeypatch.setenv("TZ", zone)
            time.tzset()
            assert main(["--data-dir", str(data), "selection", "list"]) == 0
            out = capsys.readouterr().out
            assert "Poisoned" in out and "Healthy" in out
    finally:
        monkeypatch.undo()
        time.tzset()


def test_a_file_far_too_large_is_refused_without_a_wrong_size(
    services: Services, tmp_path: Path
) -> None:
    # Only the first limit + 1 bytes are read: the message must not quote that count as the
    # file's size (a 10 MB file was said to be 2097153 bytes).
    path = tmp_path / "big.pimsel"
    path.write_bytes(b" " * (10 * 1024 * 1024))
    with pytest.raises(InvalidInputError, match="too large") as refused:
        services.selections.import_file(path)
    assert str(2 * 1024 * 1024 + 1) not in str(refused.value)
    assert state(services) == ([], [])
