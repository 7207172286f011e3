"""Reading PDFs back: text per page, outline, metadata, and the poppler/qpdf command-line checks.

The command-line tools come from `sh packaging/system-deps.sh` (the Makefile runs it). Where one
is missing, its test is skipped with the reason, except under CI (`CI` set), where it fails.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from pimdesk.domain.briefing_input import Paper

PAPER_POINTS = {Paper.A4: (595.28, 841.89), Paper.LETTER: (612.0, 792.0)}
PAGE_OF = re.compile(r"Page (\d+) of (\d+)")


@dataclass(frozen=True)
class ReadPdf:
    """A PDF read back with pypdf."""

    reader: PdfReader
    pages: list[str]  # extracted text of each page

    @property
    def text(self) -> str:
        return "\n".join(self.pages)

    @property
    def flat_text(self) -> str:
        """All text with runs of white space as one space, so wrapped lines read as typed."""
        return flatten(self.text)

    def page_size(self, index: int = 0) -> tuple[float, float]:
        box = self.reader.pages[index].mediabox
        return float(box.width), float(box.height)

    def outline_titles(self) -> list[tuple[int, str, int]]:
        """(level, title, page number) of every bookmark, in order."""
        found: list[tuple[int, str, int]] = []

        def walk(entries: list[object], level: int) -> None:
            for entry in entries:
                if isinstance(entry, list):
                    walk(entry, level + 1)
                else:
                    page = self.reader.get_destination_page_number(entry) + 1  # type: ignore[arg-type]
                    found.append((level, str(entry.title), page))  # type: ignore[attr-defined]

        walk(list(self.reader.outline), 0)
        return found


def read_pdf(data: bytes) -> ReadPdf:
    reader = PdfReader(io.BytesIO(data))
    return ReadPdf(reader, [page.extract_text() or "" for page in reader.pages])


def flatten(text: str) -> str:
    return " ".join(text.split())


def assert_page_size(pdf: ReadPdf, paper: Paper) -> None:
    expected = PAPER_POINTS[paper]
    for index in range(len(pdf.pages)):
        width, height = pdf.page_size(index)
        assert (round(width, 2), round(height, 2)) == expected, f"page {index + 1} is not {paper}"


def assert_furniture(pdf: ReadPdf, label: str, version: str, date: str) -> None:
    """Every page: the label at least twice (top and bottom), page X of Y, version and date."""
    total = len(pdf.pages)
    for number, text in enumerate(pdf.pages, 1):
        assert text.count(label) >= 2, f"page {number} lacks the {label} label top and bottom"
        assert f"Page {number} of {total}" in text, f"page {number}: no 'Page {number} of {total}'"
        assert f"Content {version}" in text, f"page {number}: no content version"
        assert f"Exported {date}" in text, f"page {number}: no export date"


# ---------------------------------------------------------------------- command-line tools
def tool(name: str) -> str:
    """The path of a poppler/qpdf tool; skip (or fail under CI) when it is not installed."""
    found = shutil.which(name)
    if found is None:
        reason = f"{name} is not installed (run `sh packaging/system-deps.sh` as root)"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return found


def qpdf_check(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [tool("qpdf"), "--check", str(path)], capture_output=True, text=True, check=False
    )


def fonts_of(path: Path) -> list[dict[str, str]]:
    """`pdffonts` rows: name, type, embedded ('yes'/'no')."""
    output = subprocess.run(
        [tool("pdffonts"), str(path)], capture_output=True, text=True, check=True
    ).stdout
    rows = []
    for line in output.splitlines()[2:]:  # after the header and its rule
        # name, then type (may contain spaces), encoding, then emb sub uni, object ID
        parts = line.split()
        rows.append({"name": parts[0], "embedded": parts[-5], "line": line})
    return rows


def ink_of_first_page(path: Path, folder: Path) -> float:
    """The share of page 1's pixels that are not white, rendered by `pdftoppm -r 80 -png`."""
    from PIL import Image  # reportlab depends on Pillow, so it is always installed

    prefix = folder / "page"
    subprocess.run(
        [tool("pdftoppm"), "-r", "80", "-png", "-f", "1", "-l", "1", str(path), str(prefix)],
        check=True,
    )
    rendered = next(folder.glob("page*.png"))
    with Image.open(rendered) as image:
        grey = image.convert("L")
        histogram = grey.histogram()
    dark = sum(histogram[:250])
    return dark / sum(histogram)
