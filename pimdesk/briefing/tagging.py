"""A tagged PDF: every flowable's drawing is marked content with an id (MCID), and a structure
tree (a Document element whose kids point at those ids page by page) tells a screen reader what
to read and in which order; the running header and footer are marked as artifacts, which it
skips.

reportlab's open-source edition writes no structure, so the operators go straight into the page
stream and the tree's objects into reportlab's document at save. The structure is coarse: one
element per flowable (a heading H1–H3, anything else P; a table is one P), in reading order. The
spans of untranslated English inside an element keep their `/Lang` (see `InLanguage`).
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFName,
    PDFObject,
    PDFObjectReference,
    PDFString,
)
from reportlab.platypus import Flowable, Frame, Spacer

STRUCTURE_ROOT = "PimDeskStructureRoot"
DOCUMENT_ELEMENT = "PimDeskStructureDocument"


class StructureRecorder:
    """The marked content of each page, (MCID, structure type) in drawing order."""

    def __init__(self) -> None:
        self.pages: dict[int, list[str]] = {}  # page number → structure type of each MCID

    def begin(self, canvas: Any, structure_type: str) -> None:
        """Open the marked content of the next element on the canvas's page."""
        marks = self.pages.setdefault(canvas.getPageNumber(), [])
        canvas._code.append(f"/{structure_type} <</MCID {len(marks)}>> BDC")
        marks.append(structure_type)

    def cancel(self, canvas: Any) -> None:
        """Forget the element just begun: nothing of it was drawn on this page."""
        self.pages[canvas.getPageNumber()].pop()

    def write(self, canvas: Any, language: str) -> None:
        """Add the structure tree, the parent tree, and the catalog and page entries that
        declare the document tagged, to the document about to be saved."""
        document = canvas._doc
        pages = document.Pages.pages
        root = PDFObjectReference(STRUCTURE_ROOT)
        parent = PDFObjectReference(DOCUMENT_ELEMENT)
        kids: list[PDFObjectReference] = []
        numbers: list[object] = []
        for index, page in enumerate(pages):
            page_reference = PDFObjectReference(f"Page{index + 1}")
            on_page = []
            for mcid, structure_type in enumerate(self.pages.get(index + 1, [])):
                element = _Element(structure_type, parent, page_reference, mcid)
                on_page.append(document.Reference(element))
            kids += on_page
            numbers += [index, PDFArray(on_page)]
            page.__NoDefault__ = [*page.__NoDefault__, "StructParents", "Tabs"]
            page.StructParents = index
            page.Tabs = PDFName("S")  # links and fields in the order of the structure
        whole = {
            "Type": PDFName("StructElem"),
            "S": PDFName("Document"),
            "P": root,
            "K": PDFArray(kids),
            "Lang": PDFString(language),
        }
        document.Reference(PDFDictionary(whole), DOCUMENT_ELEMENT)
        parent_tree = document.Reference(PDFDictionary({"Nums": PDFArray(numbers)}))
        tree_root = {
            "Type": PDFName("StructTreeRoot"),
            "K": parent,
            "ParentTree": parent_tree,
            "ParentTreeNextKey": len(pages),
        }
        document.Reference(PDFDictionary(tree_root), STRUCTURE_ROOT)
        document.Catalog.StructTreeRoot = root
        document.Catalog.MarkInfo = PDFDictionary({"Marked": "true"})


class _Element(PDFObject):  # type: ignore[misc]  # reportlab is untyped
    """One structure element: its type, its parent, its page and the MCID of its content.

    Written straight as PDF, not as a reportlab dictionary: a briefing has hundreds of them,
    and formatting them through reportlab's generic objects took a tenth of the export.
    """

    def __init__(self, kind: str, parent: Any, page: Any, mcid: int) -> None:
        self.kind, self.parent, self.page, self.mcid = kind, parent, page, mcid

    def format(self, document: Any) -> bytes:
        parent = self.parent.format(document).decode("latin-1")
        page = self.page.format(document).decode("latin-1")
        text = f"<< /Type /StructElem /S /{self.kind} /P {parent} /Pg {page} /K {self.mcid} >>"
        return text.encode("latin-1")


def structure_type(flowable: Flowable) -> str:
    """H1–H3 for a heading at outline level 0–2, P for anything else."""
    level = getattr(flowable, "outline_level", None)
    return f"H{min(level, 2) + 1}" if isinstance(level, int) else "P"


class TaggedFrame(Frame):  # type: ignore[misc]  # reportlab is untyped
    """A frame that draws each flowable inside its own marked content, recorded for the
    structure tree."""

    def __init__(self, *arguments: Any, recorder: StructureRecorder, **options: Any) -> None:
        super().__init__(*arguments, **options)
        self.recorder = recorder

    def add(self, flowable: Flowable, canv: Any, trySplit: int = 0) -> int:
        if isinstance(flowable, Spacer):  # draws nothing (page-break decisions included)
            return int(super().add(flowable, canv, trySplit))
        code = canv._code
        before = len(code)
        self.recorder.begin(canv, structure_type(flowable))
        drawn = int(super().add(flowable, canv, trySplit))
        if drawn:
            code.append("EMC")
        else:  # it did not fit: nothing was drawn, so nothing is marked
            del code[before:]
            self.recorder.cancel(canv)
        return drawn


def begin_artifact(canvas: Any) -> None:
    """Open page furniture (header, footer, sensitivity banners) that a reader skips."""
    canvas._code.append("/Artifact BMC")


def begin_language(canvas: Any, language: str) -> None:
    """Open a span of text in `language` other than the document's (`/Lang`)."""
    canvas._code.append(f"/Span <</Lang ({language})>> BDC")


def end_marked(canvas: Any) -> None:
    canvas._code.append("EMC")
