"""Each document, built with `invariant` from the content snapshot, equals its stored reference
byte for byte: any change to the layout, the fonts or the text shows up here."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from pimdesk.services.container import Services
from tests.briefing.regenerate import (
    COMMAND,
    DOCUMENTS,
    MANIFEST,
    REFERENCE,
    reportlab_version,
    snapshot_database,
)
from tests.briefing.sample import sample_services


@pytest.fixture(scope="module")
def snapshot_services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    folder = tmp_path_factory.mktemp("snapshot")
    try:
        database = snapshot_database(folder)
    except Exception as error:  # the content format moved on since the snapshot was taken
        pytest.fail(
            f"The content snapshot in {REFERENCE / 'content'} no longer builds ({error}); "
            f"run `{COMMAND}` and look at the new reference PDFs."
        )
    services = sample_services(folder / "data", database)
    yield services
    services.close()


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_the_document_equals_its_reference(
    name: str, snapshot_services: Services, tmp_path: Path
) -> None:
    built = DOCUMENTS[name](snapshot_services).data
    stored = (REFERENCE / name).read_bytes()
    if built == stored:
        return
    made_with = json.loads(MANIFEST.read_text(encoding="utf-8"))["reportlab"]
    version_note = (
        f" The references were made with reportlab {made_with}; this is {reportlab_version()}."
        if made_with != reportlab_version()
        else ""
    )
    failed = tmp_path / name  # kept by pytest for a person to compare
    failed.write_bytes(built)
    pytest.fail(
        f"{name} differs from tests/briefing/reference/{name} ({len(built)} bytes, stored "
        f"{len(stored)}); the new one is {failed}.{version_note} If the change is intended, run "
        f"`{COMMAND}`, render the new PDFs to images, look at them and commit them."
    )


def test_the_manifest_lists_every_reference() -> None:
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    assert sorted(manifest["documents"]) == sorted(DOCUMENTS)
    for name in DOCUMENTS:
        assert (REFERENCE / name).is_file()
