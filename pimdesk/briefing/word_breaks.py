"""Where a word too wide for its column may break: after the slash or hyphen of a compound
("Approaches/" + "methods"), else with a printed hyphen; never between two letters without one.

reportlab, left to itself, cuts a word wider than its line wherever the line ends
("Approaches/met" + "hods"). A layout that measures its columns with `widest_piece` and breaks
its texts with `broken` never leaves reportlab such a word.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Measure = Callable[[str], float]

HYPHEN = "-"
SMALLEST_PART = 2  # letters on either side of a printed hyphen
_WORD = re.compile(r"[^ \t\n]+")  # a no-break space joins what it stands between into one word
_COMPOUND_BREAK = re.compile(r"(?<=\w[/-])(?=\w)")  # after a slash or hyphen between letters


def pieces(word: str) -> list[str]:
    """The parts a word may break into without a printed hyphen, each keeping its slash or
    hyphen: 'Approaches/methods' gives 'Approaches/' and 'methods'."""
    return _COMPOUND_BREAK.split(word)


def widest_piece(text: str, measure: Measure) -> float:
    """The width of the widest part of `text` that no line may break: what its column must
    hold for every word to stay whole, or to break only at a slash or hyphen."""
    widths = (measure(piece) for word in _WORD.findall(text) for piece in pieces(word))
    return max(widths, default=0.0)


def broken(text: str, width: float, measure: Measure) -> str:
    """`text` with a line break ("\\n") inside each word wider than `width`: after the slash or
    hyphen of a compound, and with a printed hyphen inside a part still wider."""

    def fitted(found: re.Match[str]) -> str:
        word = found.group(0)
        return word if measure(word) <= width else "\n".join(_lines(word, width, measure))

    return _WORD.sub(fitted, text)


def _lines(word: str, width: float, measure: Measure) -> list[str]:
    """The lines a too-wide word is set on: its parts put together as long as they fit, and a
    part cut with a printed hyphen always last on its line."""
    lines: list[str] = []
    ends_line = True  # whether the last line may take no more
    for piece in pieces(word):
        parts = _hyphenated(piece, width, measure)
        for index, part in enumerate(parts):
            if ends_line or measure(lines[-1] + part) > width:
                lines.append(part)
            else:
                lines[-1] += part
            ends_line = index < len(parts) - 1  # cut with a printed hyphen
    return lines


def _hyphenated(piece: str, width: float, measure: Measure) -> list[str]:
    """`piece` cut with a printed hyphen into parts each at most `width` wide (a part is never
    shorter than two letters, so an impossibly narrow column overflows rather than loops)."""
    parts: list[str] = []
    rest = piece
    while measure(rest) > width and len(rest) >= 2 * SMALLEST_PART:
        cut = SMALLEST_PART
        for end in range(len(rest) - SMALLEST_PART, SMALLEST_PART - 1, -1):
            if measure(rest[:end] + HYPHEN) <= width:
                cut = end
                break
        parts.append(rest[:cut] + HYPHEN)
        rest = rest[cut:]
    return [*parts, rest]
