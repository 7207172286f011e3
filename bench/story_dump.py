"""Record the briefing's own story as plain reportlab ingredients, for `floor_pdf_story.py`.

python bench/story_dump.py DATA_DIR SELECTION OUT.pickle

Runs `pimdesk brief` in this process and, when the story is complete, writes what each
flowable is made of (paragraph markup and style, table cells, widths and style commands,
spacers, page breaks, page templates and their frames) with reportlab's own classes only. The
floor rebuilds it with plain reportlab: the same work without PIM Desk (no start-up, database,
furniture, shaping or contents forms).
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path
from typing import Any

from reportlab.platypus import CondPageBreak, PageBreak, Paragraph, Spacer, Table
from reportlab.platypus.doctemplate import NextPageTemplate

from pimdesk.app import main
from pimdesk.briefing import layout

_recorded: dict[int, tuple[tuple[Any, ...], dict[str, Any]]] = {}
_table_init = Table.__init__


def _recording_init(self: Table, *args: Any, **kwargs: Any) -> None:
    _recorded[id(self)] = (args, kwargs)
    _table_init(self, *args, **kwargs)


def plain(flowable: Any) -> tuple[Any, ...] | None:  # noqa: PLR0911  # one return per kind
    """What the flowable is made of, or None for PIM Desk's own (contents list)."""
    if isinstance(flowable, Paragraph):
        return ("P", flowable.text, flowable.style, flowable.bulletText)
    if isinstance(flowable, Table):
        args, kwargs = _recorded[id(flowable)]
        rows = [[_cell(cell) for cell in row] for row in args[0]]
        options = {k: v for k, v in kwargs.items() if k != "style"}
        commands = kwargs.get("style")
        options["style"] = list(commands.getCommands()) if commands is not None else None
        return ("T", rows, options)
    if isinstance(flowable, CondPageBreak):
        return ("C", flowable.height)
    if isinstance(flowable, Spacer):
        return ("S", flowable.width, flowable.height)
    if isinstance(flowable, PageBreak):
        return ("B",)
    if isinstance(flowable, NextPageTemplate):
        return ("N", flowable.action[1])
    return None


def _cell(cell: Any) -> Any:
    if isinstance(cell, (list, tuple)):
        return [part for part in map(plain, cell) if part is not None]
    found = plain(cell)
    return found if found is not None else cell


def main_dump(data: str, selection: str, target: Path) -> None:
    Table.__init__ = _recording_init
    build_pdf = layout.PimDocTemplate.build_pdf

    def dumping(document: Any, story: list[Any]) -> Any:
        templates = [
            (t.id, [(f._x1, f._y1, f._width, f._height) for f in t.frames])
            for t in document.pageTemplates
        ]
        flowables = [part for part in map(plain, story) if part is not None]
        target.write_bytes(pickle.dumps({"pagesize": document.pagesize, "templates": templates,
                                         "story": flowables}))  # fmt: skip
        return build_pdf(document, story)

    layout.PimDocTemplate.build_pdf = dumping
    main(["--data-dir", data, "brief", selection, "-o", str(target.with_suffix(".pdf"))])


if __name__ == "__main__":
    main_dump(sys.argv[1], sys.argv[2], Path(sys.argv[3]))
