"""Read JSON the strict way every file PIM Desk accepts from outside needs.

Python's `json` takes duplicate keys (the last wins), NaN and Infinity, lone surrogate escapes
("\\ud800", which no database or file can store), numbers of any length (an integer of 4,301 digits
raises ValueError, a long one costs quadratic time), and raises RecursionError on deep nesting:
here each is refused, with what went wrong for the caller to put in its own words (a selection
file and a content pack speak differently of their files).
"""

from __future__ import annotations

import json
import math
from typing import Any, Literal, NoReturn

from pimdesk.domain.text import has_surrogate

Problem = Literal["encoding", "syntax", "duplicate", "constant", "depth", "number", "text"]
MAX_DEPTH = 32  # no PIM Desk file nests deeper than 5
MAX_NUMBER_CHARACTERS = 30  # more than any count, size or version a PIM Desk file holds


class StrictJsonError(ValueError):
    """`problem` says what kind of fault; `detail` the byte, key, constant or parser message."""

    def __init__(self, problem: Problem, detail: str) -> None:
        super().__init__(f"{problem}: {detail}")
        self.problem: Problem = problem
        self.detail = detail


def loads(data: bytes, allow_bom: bool = False) -> Any:
    """The JSON value in `data` (UTF-8), or StrictJsonError."""
    try:
        text = data.decode("utf-8-sig" if allow_bom else "utf-8")
    except UnicodeDecodeError as error:
        raise StrictJsonError("encoding", str(error.start)) from None
    try:
        value = json.loads(
            text,
            object_pairs_hook=_unique_keys,
            parse_constant=_no_constant,
            parse_int=_bounded_int,
            parse_float=_bounded_float,
        )
    except json.JSONDecodeError as error:
        raise StrictJsonError("syntax", f"{error.msg} at line {error.lineno}") from None
    except RecursionError:
        raise StrictJsonError("depth", "") from None
    _check_nesting_and_text(value)
    return value


def _bounded_int(text: str) -> int:
    if len(text) > MAX_NUMBER_CHARACTERS:
        raise StrictJsonError("number", f"{text[:12]}… ({len(text)} digits)")
    return int(text)


def _bounded_float(text: str) -> float:
    value = float(text) if len(text) <= MAX_NUMBER_CHARACTERS else math.inf
    if not math.isfinite(value):
        raise StrictJsonError("number", text[:12] + ("…" if len(text) > 12 else ""))
    return value


def _check_nesting_and_text(value: Any) -> None:
    """Refuse nesting deeper than MAX_DEPTH and lone surrogates in any key or text (no recursion,
    so the check itself is bounded whatever the input)."""
    pending: list[tuple[Any, int]] = [(value, 1)]
    while pending:
        item, depth = pending.pop()
        if isinstance(item, str):
            if has_surrogate(item):
                raise StrictJsonError("text", repr(item[:20]))
            continue
        if not isinstance(item, dict | list):
            continue
        if depth > MAX_DEPTH:
            raise StrictJsonError("depth", str(depth))
        if isinstance(item, dict):
            pending.extend((key, depth) for key in item)
            pending.extend((child, depth + 1) for child in item.values())
        else:
            pending.extend((child, depth + 1) for child in item)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise StrictJsonError("duplicate", key)
        result[key] = value
    return result


def _no_constant(name: str) -> NoReturn:
    raise StrictJsonError("constant", name)
