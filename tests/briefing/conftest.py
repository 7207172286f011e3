"""Fixtures of the PDF tests: services on the real content with the sample selection saved."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pimdesk.services.container import Services
from tests.briefing.sample import sample_services


@pytest.fixture(scope="module")
def services(reference_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    """Services on a reference database built from the real content sources, with the sample
    selection saved (one per test module: the PDFs are built once and checked many ways)."""
    built = sample_services(tmp_path_factory.mktemp("data"), reference_db)
    yield built
    built.close()
