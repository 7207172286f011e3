"""Word-by-word comparison of a field's text before and after a content update."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pimdesk.domain.word_diff import Mark, Piece, word_diff


def marked(pieces: tuple[Piece, ...], mark: Mark) -> list[str]:
    return [p.text for p in pieces if p.mark is mark]


def test_the_words_removed_and_added_are_marked_and_the_rest_is_not() -> None:
    before, after = word_diff(
        "A person's free agreement to the collection", "A person's free and informed agreement"
    )
    assert marked(after, Mark.ADDED) == ["and informed "]
    assert marked(before, Mark.REMOVED) == ["to the collection"]
    assert marked(before, Mark.ADDED) == [] and marked(after, Mark.REMOVED) == []
    assert "".join(marked(after, Mark.SAME)).startswith("A person's free ")


def test_the_same_text_has_nothing_marked() -> None:
    before, after = word_diff("Do no harm.", "Do no harm.")
    assert [p.mark for p in before + after] == [Mark.SAME, Mark.SAME]


@given(st.text(), st.text())
def test_each_side_gives_its_text_back(old: str, new: str) -> None:
    before, after = word_diff(old, new)
    assert "".join(p.text for p in before) == old
    assert "".join(p.text for p in after) == new
