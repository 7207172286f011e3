"""Fold words to a search key per language: articles, elision, plurals, accents, Arabic letters.

One rule serves search (indexing and queries) and the termbase check, so a term the termbase
accepts is also one search finds. The rules are light on purpose (no dictionary): they remove
what varies with grammar and spelling, not what changes meaning.

- All languages: Unicode compatibility forms, lower case, diacritics removed; typographic
  apostrophes (’ ʼ ‘) read as ', no-break and narrow no-break spaces as spaces.
- French: elided articles and pronouns (l', d', qu', j', n', s', c', m', t', jusqu', lorsqu',
  puisqu') and the articles le, la, les, un, une, des, du, de, au, aux removed; a final -s or -x of
  a word longer than three letters removed (plural).
- Spanish: the articles el, la, los, las, un, una, unos, unas, de, del, al removed; a final -es
  after a consonant, or a final -s, of a word longer than three letters removed (plural).
- Arabic: tatweel and short vowels (harakat, shadda, sukun, dagger alef) removed; أ إ آ ٱ read as
  ا, ى as ي, ة as ه; the article ال removed, also after an attached و ب ل ك ف (وال بال كال فال,
  and لل for ل + ال); the sound feminine plural ات removed from words of five letters or more.
  In a phrase match (`contains_phrase`, the termbase check) the first word may also carry an
  attached و ف ب ل ك without ال (وإدارة الحالات، لتبادل البيانات، ولحقوق الإنسان).
- English: a final -s removed from words longer than three letters, except after s, u or i
  (process, status, analysis).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from pimdesk.domain.text import fold

_WORD = re.compile(r"[^\W_]+")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "\u00a0": " ", "\u202f": " "})
_ELIDED = re.compile(r"\b(?:jusqu|lorsqu|puisqu|qu|[ldjnsctm])'", re.IGNORECASE)
ARTICLES = {
    "fr": frozenset({"le", "la", "les", "un", "une", "des", "du", "de", "au", "aux"}),
    "es": frozenset({"el", "la", "los", "las", "un", "una", "unos", "unas", "de", "del", "al"}),
}
_ARABIC_MARKS = re.compile("[\u0640\u064b-\u065f\u0670]")
_ARABIC_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})
_ARABIC_PREFIXES = ("وال", "بال", "كال", "فال", "لل", "ال")
# The one-letter words Arabic writes glued to the next word (and, so, with, for, like), alone or
# as و/ف followed by ب/ل/ك. Only a phrase match strips them, never a search key: too many words
# begin with these letters (وضع، وصول، بيان، لغة).
_ARABIC_PROCLITICS = frozenset({"و", "ف", "ب", "ل", "ك", *(c + p for c in "وف" for p in "بلك")})
_VOWELS = frozenset("aeiou")


def normalise(text: str, language: str) -> str:
    """`text` with the spelling variants of `language` unified (before words are cut)."""
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)
    if language == "ar":
        text = _ARABIC_MARKS.sub("", text).translate(_ARABIC_LETTERS)
    if language == "fr":
        text = _ELIDED.sub(" ", text)
    return fold(text)


def fold_words(text: str, language: str) -> list[str]:
    """The search keys of the words of `text`, articles left out."""
    articles = ARTICLES.get(language, frozenset())
    return [
        fold_word(word, language)
        for word in _WORD.findall(normalise(text, language))
        if word not in articles
    ]


@lru_cache(maxsize=65536)
def fold_word(word: str, language: str) -> str:
    """The search key of one word already normalised for `language`."""
    if word.isdigit():
        return word
    if language == "ar":
        return _arabic_key(word)
    if language == "fr" and len(word) > 3 and word[-1] in "sx":
        return word[:-1]
    if language == "es" and len(word) > 4 and word.endswith("es") and word[-3] not in _VOWELS:
        return word[:-2]
    if language in ("es", "en") and len(word) > 3 and word.endswith("s"):
        return word if language == "en" and word[-2] in "sui" else word[:-1]
    return word


def _arabic_key(word: str) -> str:
    for prefix in _ARABIC_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            word = word[len(prefix) :]
            break
    if len(word) >= 5 and word.endswith("ات"):
        word = word[:-2]
    return word


def contains_phrase(text: str, phrase: str, language: str) -> bool:
    """`phrase` occurs in `text` as whole words, once both are folded for `language`."""
    haystack, needle = fold_words(text, language), fold_words(phrase, language)
    if not needle:
        return False
    width = len(needle)
    return any(
        _same_word(haystack[i], needle[0], language) and haystack[i + 1 : i + width] == needle[1:]
        for i in range(len(haystack) - width + 1)
    )


def _same_word(found: str, wanted: str, language: str) -> bool:
    """`found` is `wanted`, or in Arabic `wanted` with an attached و ف ب ل ك before it."""
    if found == wanted:
        return True
    if language != "ar" or len(wanted) < 2 or not found.endswith(wanted):
        return False
    return found[: -len(wanted)] in _ARABIC_PROCLITICS


def key_spans(
    text: str, keys: frozenset[str], language: str, prefix: str = ""
) -> list[tuple[int, int]]:
    """Where in `text` the words whose search key is one of `keys` (or starts with `prefix`)
    stand, as (start, end) offsets in `text` itself, for marking them."""
    spans = []
    for match in _WORD.finditer(text):
        folded = fold_words(match.group(0), language)
        if folded and (folded[0] in keys or (prefix and folded[0].startswith(prefix))):
            spans.append((match.start(), match.end()))
    return spans
