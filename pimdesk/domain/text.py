"""Text helpers shared by search, linking and the checks on names: folding and distances."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

WORD = re.compile(r"[^\W_]+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    decomposed = unicodedata.normalize("NFKD", char)
    base = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return base if len(base) == 1 else char.lower()[:1] or char


class _FoldTable(dict[int, str]):
    """A `str.translate` table filled on first use of each character."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Lower-case `text` and strip its diacritics, keeping one character for each character.

    Keeping the length lets a match found in the folded text be marked in the original.
    """
    return text.lower() if text.isascii() else text.translate(_FOLD_TABLE)


def index_key(name: str) -> str:
    """How a name is sorted and listed A–Z: folded, and without the Arabic article (ال),
    which Arabic glossaries leave out when they order their entries."""
    folded = fold(name.strip())
    return folded[2:] if folded.startswith("ال") and len(folded) > 3 else folded


def words(text: str) -> list[str]:
    """The folded words of `text` (letters and digits; punctuation and symbols separate)."""
    return WORD.findall(fold(text))


_SURROGATE = re.compile("[\ud800-\udfff]")


def has_surrogate(text: str) -> bool:
    """Whether `text` holds a lone surrogate: not Unicode text, and SQLite and UTF-8 refuse it."""
    return _SURROGATE.search(text) is not None


def strip_control(text: str) -> str:
    """Replace control characters (NUL, escapes, line breaks) with spaces."""
    return _CONTROL.sub(" ", text)


@lru_cache(maxsize=8)
def _control_except(keep: str) -> re.Pattern[str]:
    codes = [*range(0x20), *range(0x7F, 0xA0)]
    return re.compile("[" + "".join(re.escape(chr(c)) for c in codes if chr(c) not in keep) + "]")


def remove_control(text: str, keep: str = "") -> str:
    """`text` without control characters (C0, DEL, C1), except those in `keep` (e.g. "\n\t")."""
    return _control_except(keep).sub("", text)


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Optimal-string-alignment distance between `a` and `b`, or `limit` if it is at least that."""
    if abs(len(a) - len(b)) >= limit:
        return limit
    previous_previous: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, 1):
            cost = 0 if char_a == char_b else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous_previous[j - 2] + 1)
        if min(current) >= limit:
            return limit
        previous_previous, previous = previous, current
    return min(previous[-1], limit)


def deletes(word: str) -> set[str]:
    """Every form of `word` with one character removed (the symmetric-delete spelling index)."""
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


# html.escape's replacements, without importing `html` (which loads html.entities, a large
# table, on the desktop's start-up path).
_HTML_QUOTED = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})
_HTML_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def escape_html(value: str, quote: bool = True) -> str:
    """`value` as HTML text, exactly as `html.escape(value, quote)` gives it."""
    return value.translate(_HTML_QUOTED if quote else _HTML_TEXT)


NO_BREAK_SPACE = "\u00a0"
# French sets a narrow no-break space before ; ? ! and inside « »; reportlab breaks lines at
# U+202F (Python counts it as white space) but keeps U+00A0, so the full one is used there too.
NARROW_NO_BREAK_SPACE = NO_BREAK_SPACE
_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")
_BEFORE_COLON = re.compile(r"(?<=[^\s\d])[ \u00a0\u202f]?:(?=\s|$)")
_BEFORE_HIGH_PUNCTUATION = re.compile(r"(?<=[^\s\d(])[ \u00a0\u202f]?([;?!])(?=\s|$|[»)])")
_AFTER_OPENING_QUOTE = re.compile(r"«[ \u00a0\u202f]?")
_BEFORE_CLOSING_QUOTE = re.compile(r"[ \u00a0\u202f]?»")
_NUMBER_BEFORE_WORD = re.compile(r"(?<!\S)(\d+) (?=[^\W\d_])")


def french_typography(text: str) -> str:
    """`text` set as French is printed: a no-break space before ':', a narrow one before
    ';', '?' and '!' and inside « », a number kept with the word after it, and typographic
    apostrophes. Plain text only: markup must be split off first."""
    text = _APOSTROPHE.sub("\u2019", text)
    text = _BEFORE_COLON.sub(f"{NO_BREAK_SPACE}:", text)
    text = _BEFORE_HIGH_PUNCTUATION.sub(rf"{NARROW_NO_BREAK_SPACE}\1", text)
    text = _AFTER_OPENING_QUOTE.sub(f"«{NARROW_NO_BREAK_SPACE}", text)
    text = _BEFORE_CLOSING_QUOTE.sub(f"{NARROW_NO_BREAK_SPACE}»", text)
    return _NUMBER_BEFORE_WORD.sub(rf"\1{NO_BREAK_SPACE}", text)
