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


# ---------------------------------------------------------------------- what is drawn where
@dataclass(frozen=True)
class TextRun:
    """One run of text as a page draws it: the text, its baseline height and its size."""

    text: str
    y: float
    size: float


def text_runs(pdf: ReadPdf, index: int) -> list[TextRun]:
    """The text runs of page `index`, with the size each is set in (font size times the text
    and graphics scale, as drawn)."""
    runs: list[TextRun] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            scale = abs(tm[3] * cm[3]) or 1.0
            runs.append(TextRun(text, tm[5] * cm[3] + cm[5], size * scale))

    pdf.reader.pages[index].extract_text(visitor_text=visit)
    return runs


def smallest_text(pdf: ReadPdf) -> float:
    """The smallest size any text of the document is set in."""
    return min(run.size for index in range(len(pdf.pages)) for run in text_runs(pdf, index))


def assert_marked_top_and_bottom(pdf: ReadPdf, label: str, handling: str) -> None:
    """Every page: the label in the top band and in the bottom band, and the handling
    instruction near the top."""
    for index in range(len(pdf.pages)):
        height = pdf.page_size(index)[1]
        runs = text_runs(pdf, index)
        labels = [run.y for run in runs if label in run.text]
        assert any(y > height - 60 for y in labels), f"page {index + 1}: no {label} at the top"
        assert any(y < 60 for y in labels), f"page {index + 1}: no {label} at the bottom"
        top = " ".join(run.text for run in runs if run.y > height - 60)
        assert flatten(handling) in flatten(top), f"page {index + 1}: no handling instruction"


def lang_spans(data: bytes) -> list[str]:
    """The languages of the marked-content spans (`/Span <</Lang (xx)>> BDC`) of every page."""
    reader = PdfReader(io.BytesIO(data))
    found: list[str] = []
    for page in reader.pages:
        stream = page.get_contents()
        content = stream.get_data() if stream is not None else b""
        found += [m.decode() for m in re.findall(rb"/Span <</Lang \((\w+)\)>> BDC", content)]
    return found


def page_mode(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return str(reader.trailer["/Root"].get("/PageMode", ""))


def banner_darkness(path: Path, folder: Path) -> float:
    """How dark the top sensitivity banner of page 1 prints in greyscale (0 white, 1 black),
    rendered by `pdftoppm -gray`."""
    from PIL import Image

    prefix = folder / f"banner-{path.stem}"
    subprocess.run(
        [tool("pdftoppm"), "-r", "72", "-gray", "-f", "1", "-l", "1", str(path), str(prefix)],
        check=True,
    )
    rendered = next(folder.glob(f"banner-{path.stem}*.pgm"))
    with Image.open(rendered) as image:
        width = image.width
        band = image.crop((width // 2 - 45, 10, width // 2 + 45, 45)).convert("L")
        histogram = band.histogram()
    total = sum(histogram)
    return 1 - sum(value * count for value, count in enumerate(histogram)) / (255 * total)


def body_lines(pdf: ReadPdf, size: float) -> list[str]:
    """The lines of text set in `size` points between the header and the footer, each line's
    runs joined in drawing order; contents lines (leader dots) left out."""
    found: list[str] = []
    for index in range(len(pdf.pages)):
        height = pdf.page_size(index)[1]
        lines: dict[float, str] = {}
        for run in text_runs(pdf, index):
            if abs(run.size - size) < 0.01 and 60 < run.y < height - 75:
                lines[round(run.y, 1)] = lines.get(round(run.y, 1), "") + run.text
        found += [line for line in map(flatten, lines.values()) if " . . " not in line]
    return found
