"""Read JSON the strict way every file PIM Desk accepts from outside needs.

Python's `json` takes duplicate keys (the last wins), NaN and Infinity, and raises
RecursionError on deep nesting: here each is refused, with what went wrong for the caller to
put in its own words (a selection file and a content pack speak differently of their files).
"""

from __future__ import annotations

import json
from typing import Any, Literal, NoReturn

Problem = Literal["encoding", "syntax", "duplicate", "constant", "depth"]


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
        return json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constant)
    except json.JSONDecodeError as error:
        raise StrictJsonError("syntax", f"{error.msg} at line {error.lineno}") from None
    except RecursionError:
        raise StrictJsonError("depth", "") from None


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise StrictJsonError("duplicate", key)
        result[key] = value
    return result


def _no_constant(name: str) -> NoReturn:
    raise StrictJsonError("constant", name)
