"""`pimdesk search`, `list` and `show`: reading the PIM framework from the command line."""

from __future__ import annotations

import argparse
from typing import Any

from pimdesk.cli.output import print_json, wrap
from pimdesk.cli.parser import add_json_option, positive_int
from pimdesk.domain.content import (
    Attribution,
    Category,
    CellItem,
    ItemKind,
    Principle,
    Priority,
    Scenario,
    Statement,
    Term,
    in_reading_order,
)
from pimdesk.domain.document_labels import DocumentLabels
from pimdesk.domain.document_languages import labels_for
from pimdesk.domain.provenance import ENGLISH_WORDS, ProvenanceWords, provenance_of
from pimdesk.domain.search import SEARCH_KINDS
from pimdesk.services.container import Services
from pimdesk.services.search_marks import hit_provenance, marks_text

GLOSSARY_TITLE = (
    "PIM Desk's glossary: {count} terms. The endorsed Common PIM Terminology (§5 of the "
    "source) is a separate document that PIM Desk does not carry."
)
LIST_KINDS = ("categories", "elements", "terms", "principles", "scenarios", "statements")
SHOW_KINDS = ("category", "element", "term", "principle", "scenario", "statement")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    search = subparsers.add_parser("search", help="full-text search of the PIM content")
    search.add_argument("query", help="words to look for (any text is safe)")
    search.add_argument("--limit", type=positive_int, default=20, help="at most N results")
    search.add_argument("--kind", choices=SEARCH_KINDS, help="only results of this kind")
    add_json_option(search)
    search.set_defaults(handler=run_search)

    listing = subparsers.add_parser("list", help="list the records of one kind")
    listing.add_argument("kind", choices=LIST_KINDS)
    add_json_option(listing)
    listing.set_defaults(handler=run_list)

    show = subparsers.add_parser("show", help="show one record in full")
    show.add_argument("kind", choices=SHOW_KINDS)
    show.add_argument("id", help="the record's ID (see `pimdesk list`)")
    add_json_option(show)
    show.set_defaults(handler=run_show)


def run_search(args: argparse.Namespace, services: Services) -> int:
    kinds = [args.kind] if args.kind else None
    results = services.reference.search(args.query, limit=args.limit, kinds=kinds)
    if args.json:
        print_json(
            {
                "query": results.query,
                "suggestion": results.suggestion,
                "corrected": results.corrected,
                "results": [
                    {
                        "kind": h.kind,
                        "id": h.id,
                        "title": h.title,
                        "snippet": h.snippet,
                        "highlights": [list(span) for span in h.highlights],
                        "language": h.language,
                    }
                    for h in results.hits
                ],
            }
        )
        return 0
    if results.corrected:
        print(f"Showing results for: {results.suggestion} (no results for: {results.query})")
    elif results.suggestion:
        print(f"Did you mean: {results.suggestion}")
    if not results.hits:
        print("No results.")
    for hit in results.hits:
        print(f"{hit.kind:<12} {hit.id:<45} {hit.title}")
        marks = marks_text(hit_provenance(services.reference, hit))
        print(f"{'':12} {hit.marked_snippet()}{marks}")
    return 0


def _summary(kind: str, record: Any) -> dict[str, Any]:
    if kind == "categories":
        return {"id": record.id, "name": record.name, "status": record.status.value}
    if kind == "terms":
        return {"id": record.id, "term": record.term, "categories": list(record.categories)}
    if kind == "statements":
        return {
            "id": record.id,
            "kind": record.kind,
            "title": record.title,
            "status": record.status,
        }
    return {"id": record.id, "name": record.name}


def run_list(args: argparse.Namespace, services: Services) -> int:
    reference = services.reference
    records: tuple[Any, ...] = (
        reference.statements() if args.kind == "statements" else getattr(reference, args.kind)
    )
    if args.json:
        print_json([_summary(args.kind, record) for record in records])
        return 0
    if args.kind == "statements":
        print(_statement_list(records))
        return 0
    if args.kind == "terms":
        print(GLOSSARY_TITLE.format(count=len(records)))
    for record in records:
        label = record.term if isinstance(record, Term) else record.name
        extra = (
            f"  [{_labels(services).status_label(record.status)}]"
            if isinstance(record, Category)
            else ""
        )
        print(f"{record.id:<45} {label}{extra}")
    return 0


def _statement_list(statements: tuple[Statement, ...]) -> str:
    """The statements under their kinds' headings, each with its status where it has one."""
    lines: list[str] = []
    kind = None
    for statement in in_reading_order(statements):
        if statement.kind != kind:
            lines += ["", statement.kind_heading] if lines else [statement.kind_heading]
            kind = statement.kind
        status = f"  [{statement.status_label}]" if statement.status_label else ""
        lines.append(f"  {statement.id:<43} {statement.title}{status}")
    return "\n".join(lines)


def run_show(args: argparse.Namespace, services: Services) -> int:
    reference = services.reference
    record: Any = getattr(reference, args.kind)(args.id)
    if args.json:
        if isinstance(record, Category):
            overview = reference.overview(record.id)
            print_json(
                {
                    **_as_dict(record),
                    "cells": {element.id: cell.items for element, cell in overview.cells},
                    "relationships": overview.relationships,
                }
            )
        else:
            print_json(record)
        return 0
    print(_describe(record, services))
    return 0


def _bullet(item: CellItem) -> str:
    return "e.g. " if item.is_example else "Note: " if item.is_note else "• "


def _mark(
    attribution: Attribution, words: ProvenanceWords = ENGLISH_WORDS, kind: ItemKind | None = None
) -> str:
    """' [PIM WM2 2015 §7.1]' or ' [PIM Desk's illustration]', as the domain decides it, in the
    language of `words` (the run's `--lang`)."""
    return f" [{provenance_of(attribution.origin, attribution.source, kind, words).mark}]"


def _label(origin: str, source: str, words: ProvenanceWords = ENGLISH_WORDS) -> str:
    return provenance_of(origin, source, words=words).label


def _labels(services: Services) -> DocumentLabels:
    """The fixed words in the language of the run, as the PDFs print them."""
    return labels_for(services.reference.language)


def _as_dict(record: Any) -> dict[str, Any]:
    from pimdesk.cli.output import jsonable

    value: dict[str, Any] = jsonable(record)
    return value


def _describe(record: Any, services: Services) -> str:
    reference = services.reference
    labels = _labels(services)
    words = labels.provenance
    if isinstance(record, Category):
        lines = _describe_category(record, services)
    elif isinstance(record, Term):
        lines = [record.term, ""]
        for definition in record.definitions:
            attribution = definition.attribution
            lines += [
                wrap(definition.text),
                f"  ({_label(attribution.origin, attribution.source, words)})",
                "",
            ]
        if record.related:
            related = ", ".join(reference.term(t).term for t in record.related)
            lines.append(f"{labels.see_also}{labels.label_separator}{related}")
    elif isinstance(record, Scenario):
        lines = [record.name, wrap(record.description + _mark(record.attribution, words)), ""]
        for item in record.items:
            names = ", ".join(reference.category(c).name for c in item.categories)
            must = item.priority is Priority.MUST_HAVE
            priority = labels.must_have_short if must else labels.nice_to_have_short
            lines.append(f"  [{priority}] {item.text}{_mark(item.attribution, words)} — {names}")
        lines += ["", _label(record.attribution.origin, record.attribution.source, words)]
    elif isinstance(record, Statement):
        status = f"Status: {record.status_label}" if record.status_label else ""
        lines = [record.title, record.kind_heading, *([status] if status else []), ""]
        lines += [
            wrap(record.text + _mark(record.attribution, words)),
            "",
            _label(record.attribution.origin, record.attribution.source, words),
        ]
    elif isinstance(record, Principle):
        lines = [
            record.name + (f" (later: {record.later_name})" if record.later_name else ""),
            wrap(record.explanation + _mark(record.attribution, words)),
        ]
    else:
        lines = [record.name, wrap(record.description + _mark(record.attribution, words))]
        if record.later_names:
            lines.append("Later names: " + "; ".join(record.later_names))
    return "\n".join(lines).rstrip()


def _describe_category(record: Category, services: Services) -> list[str]:
    """A category in full: status, texts with where each comes from, lists and matrix column."""
    overview = services.reference.overview(record.id)
    labels = _labels(services)
    words = labels.provenance
    definition = _label(record.definition_origin, record.source, words)
    explanation = _label(record.explanation_origin, record.source, words)
    status = f"{labels.status}{labels.label_separator}{labels.status_label(record.status)}."
    lines = [record.name, f"{status} {record.status_note}", ""]
    lines += [labels.definition, wrap(record.definition), f"  ({definition})", ""]
    lines += [labels.purpose, wrap(record.purpose), f"  ({definition})", ""]
    lines += [labels.explanation, wrap(record.explanation), f"  ({explanation})", ""]
    for facts in record.lists:
        attribution = facts.attribution
        lines.append(f"{facts.title} ({_label(attribution.origin, attribution.source, words)})")
        lines += [wrap("• " + item, "  ") for item in facts.items]
        lines.append("")
    for element, cell in overview.cells:
        if element.category_field:  # the definition and purpose, printed above
            continue
        cites = any(i.attribution.origin == "source" for i in cell.items)
        lines.append(element.name + (f" ({_label('source', cell.source, words)})" if cites else ""))
        lines += [
            wrap(_bullet(item) + item.text + _mark(item.attribution, words, item.kind), "  ")
            for item in cell.items
        ]
        lines.append("")
    if overview.relationships:
        lines.append(labels.related_categories)
        names = services.reference.category_names
        for relation in overview.relationships:
            partner = names.get(relation.partner_of(record.id), "")
            text = f"{partner}: {relation.explanation}{_mark(relation.attribution, words)}"
            lines.append(wrap("• " + text, "  "))
        lines.append("")
    lines.append(words.source_label.format(section=record.source))
    return lines
