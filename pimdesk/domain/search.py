"""Search results and the safe reading of what a user types into a search box."""

from __future__ import annotations

from pimdesk.domain.records import record
from pimdesk.domain.text import strip_control, words

MAX_QUERY_CHARACTERS = 200
MAX_QUERY_WORDS = 8
MAX_WORD_CHARACTERS = 40

# The kinds of search result, in the order their groups are shown.
SEARCH_KINDS: tuple[str, ...] = (
    "category",
    "term",
    "cell",
    "element",
    "scenario",
    "question",
    "principle",
    "challenge",
    "access",
    "statement",
    "relationship",
    "merged_category",
)
KIND_LABELS = {
    "category": "Categories",
    "term": "Glossary",
    "cell": "Matrix",
    "element": "Matrix rows",
    "scenario": "Scenarios",
    "question": "Questions",
    "principle": "Principles",
    "challenge": "Data sharing",
    "access": "Access framework",
    "statement": "About PIM",
    "relationship": "Relationships",
    "merged_category": "Merged categories",
}


# Separates a document's text from the words it is also found by (a term's other names, a
# category's former names): the index reads both, a snippet shows only the text. A control
# character, so the full-text tokenizers treat it as a word break.
KEYWORDS_MARK = "\x1f"


def displayed_body(body: str) -> str:
    """The part of an indexed body a user may see: without its search keywords."""
    return body.split(KEYWORDS_MARK, 1)[0]


def body_keywords(body: str) -> list[str]:
    """The search keywords of an indexed body (a record's other names), one per line."""
    _, _, keywords = body.partition(KEYWORDS_MARK)
    return [line for line in keywords.split("\n") if line.strip()]


@record
class SearchQuery:
    """What the user typed, reduced to words that are safe to hand to the full-text index.

    FTS5 syntax (quotes, `*`, `NEAR(`, `-`, `^`) never reaches the index: only letters and
    digits survive, each word is quoted, and the last word is a prefix unless the user has
    finished it with a space.
    """

    text: str
    words: tuple[str, ...]
    last_is_prefix: bool

    @classmethod
    def parse(cls, text: str) -> SearchQuery:
        cleaned = strip_control(text)[:MAX_QUERY_CHARACTERS]
        found = tuple(word[:MAX_WORD_CHARACTERS] for word in words(cleaned))[:MAX_QUERY_WORDS]
        ends_open = bool(cleaned) and not cleaned[-1].isspace()
        return cls(text=cleaned.strip(), words=found, last_is_prefix=ends_open)

    @property
    def is_empty(self) -> bool:
        return not self.words

    def fts_expression(self) -> str:
        """An FTS5 MATCH expression: every word must appear; the last one may be a prefix."""
        parts = [f'"{word}"' for word in self.words]
        if parts and self.last_is_prefix:
            parts[-1] += "*"
        return " ".join(parts)

    def with_words(self, replaced: tuple[str, ...]) -> SearchQuery:
        return SearchQuery(" ".join(replaced), replaced, last_is_prefix=False)


@record
class SearchHit:
    """One result: what it is, where it leads, and a snippet with the matched words marked."""

    kind: str
    id: str
    title: str
    snippet: str
    highlights: tuple[tuple[int, int], ...]
    language: str = "en"

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)

    def marked_snippet(self, before: str = "[", after: str = "]") -> str:
        """The snippet with each highlighted span wrapped in `before` and `after`."""
        pieces = []
        cursor = 0
        for start, end in self.highlights:
            pieces += [self.snippet[cursor:start], before, self.snippet[start:end], after]
            cursor = end
        pieces.append(self.snippet[cursor:])
        return "".join(pieces)


@record
class SearchResults:
    query: str
    hits: tuple[SearchHit, ...]
    suggestion: str | None = None
    corrected: bool = False  # the hits are (first) those of the suggestion: "Showing results for"

    def grouped(self) -> list[tuple[str, list[SearchHit]]]:
        """Hits grouped by kind, groups in the order of their best hit."""
        groups: dict[str, list[SearchHit]] = {}
        for hit in self.hits:
            groups.setdefault(hit.kind, []).append(hit)
        return list(groups.items())
