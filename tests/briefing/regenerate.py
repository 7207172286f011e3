"""Rebuild the reference PDFs that the tests compare byte for byte.

    .venv/bin/python -m tests.briefing.regenerate

It copies the current content sources into `tests/briefing/reference/content/` (the snapshot
the references are built from, so that content edits do not break the comparison), builds the
reference database from that snapshot, exports the three documents of the sample selection with
`invariant` on, and writes them with a manifest. Render the new PDFs to images and look at them
before committing them (`pdftoppm -r 80 -png FILE.pdf page`).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from pimdesk.domain.briefing_input import BuiltDocument, Paper, PosterPaper
from pimdesk.services.container import Services
from pimdesk.store.reference_build import build_reference_database
from tests.briefing.sample import SHEET_CATEGORY, options, sample_selection, sample_services

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = Path(__file__).resolve().parent / "reference"
SNAPSHOT = REFERENCE / "content"
MANIFEST = REFERENCE / "manifest.json"
COMMAND = "python -m tests.briefing.regenerate"

DOCUMENTS: dict[str, Callable[[Services], BuiltDocument]] = {
    "briefing-a4.pdf": lambda services: services.exports.briefing(
        sample_selection().id, options(Paper.A4)
    ),
    "category-sheet-letter.pdf": lambda services: services.exports.category_sheet(
        SHEET_CATEGORY, options(Paper.LETTER)
    ),
    "glossary-a4.pdf": lambda services: services.exports.glossary(options(Paper.A4)),
    "matrix-a3.pdf": lambda services: services.exports.matrix(
        sample_selection().id, options(Paper.A4), PosterPaper.A3
    ),
}


def snapshot_database(folder: Path) -> Path:
    """The reference database built from the content snapshot."""
    target = folder / "pimdesk-reference.sqlite"
    build_reference_database(SNAPSHOT, target)
    return target


def build_documents(folder: Path) -> dict[str, bytes]:
    """The reference documents, built from the snapshot in a scratch `folder`."""
    services = sample_services(folder / "data", snapshot_database(folder))
    try:
        return {name: build(services).data for name, build in DOCUMENTS.items()}
    finally:
        services.close()


def reportlab_version() -> str:
    import reportlab

    return str(reportlab.Version)


def _copy_content_snapshot() -> None:
    shutil.rmtree(SNAPSHOT, ignore_errors=True)
    SNAPSHOT.mkdir(parents=True)
    for source in sorted((ROOT / "resources" / "content").glob("*.toml")):
        shutil.copy2(source, SNAPSHOT / source.name)


def main() -> int:
    _copy_content_snapshot()
    with tempfile.TemporaryDirectory(prefix="pimdesk-reference-") as scratch:
        documents = build_documents(Path(scratch))
    manifest = {"reportlab": reportlab_version(), "documents": {}}
    for name, data in documents.items():
        (REFERENCE / name).write_bytes(data)
        manifest["documents"][name] = hashlib.sha256(data).hexdigest()  # type: ignore[index]
        print(f"wrote {REFERENCE / name} ({len(data)} bytes)")
    MANIFEST.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
