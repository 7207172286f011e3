"""PDF export against a bare reportlab document with the same number of pages.

Whole processes on both sides, as a user runs them: `pimdesk brief` (start, read the content and
the selection, import reportlab, lay out, write) against a script that imports reportlab and
writes the same number of pages of plain paragraphs; the briefing also against its own story
(the same paragraphs, styles, tables, page templates and fonts) rebuilt with plain reportlab.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from bench.processes import measured

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
CATEGORIES = (
    "protection_needs_assessment", "protection_monitoring", "case_management", "population_data",
    "protection_response_me", "communicating_with_in_affected_communities",
    "security_situational_awareness", "sectoral_system_other",
)  # fmt: skip


def pimdesk(data: Path, *arguments: str) -> list[str]:
    return [PYTHON, "-m", "pimdesk", "--data-dir", str(data), *arguments]


def prepare(folder: Path, environment: dict[str, str]) -> Path:
    data = folder / "data"
    categories = [option for c in CATEGORIES for option in ("--category", c)]
    subprocess.run(
        pimdesk(data, "selection", "new", "Benchmark context", "--scenario",
                "protracted_emergency", "--note", "Weekly coordination meeting.", *categories),
        check=True, env=environment, capture_output=True,
    )  # fmt: skip
    return data


def own_story(data: Path, selection: str, folder: Path, environment: dict[str, str]) -> Path:
    """The briefing's story, recorded from a real run (story_dump.py)."""
    story = folder / "story.pickle"
    subprocess.run([PYTHON, str(ROOT / "bench" / "story_dump.py"), str(data), selection,
                    str(story)], check=True, env=environment, capture_output=True)  # fmt: skip
    return story


def measure(folder: Path, runs: int, environment: dict[str, str]) -> dict[str, Any]:
    folder.mkdir(parents=True, exist_ok=True)
    data = prepare(folder, environment)
    documents = {
        "briefing (8 categories)": ["brief", "Benchmark context"],
        "category sheet": ["sheet", "case_management"],
        "glossary handout": ["glossary-pdf"],
    }
    results: dict[str, Any] = {}
    for name, arguments in documents.items():
        target = folder / f"{arguments[0]}.pdf"
        floor = folder / f"floor-{arguments[0]}.pdf"
        subprocess.run(pimdesk(data, *arguments, "-o", str(target)), check=True, env=environment,
                       capture_output=True)  # fmt: skip
        pages = len(PdfReader(target).pages)
        commands = {
            "app": pimdesk(data, *arguments, "-o", str(target)),
            "floor": [PYTHON, str(ROOT / "bench" / "floor_pdf.py"), str(pages), str(floor)],
        }
        if arguments[0] == "brief":
            story = own_story(data, arguments[1], folder, environment)
            commands["own_flowables"] = [PYTHON, str(ROOT / "bench" / "floor_pdf_story.py"),
                                         str(story), str(folder / "floor-story.pdf")]  # fmt: skip
        timed = measured(commands, runs, environment)
        results[name] = {"pages": pages, **timed}
    return results
