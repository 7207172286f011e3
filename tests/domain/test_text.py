"""Text helpers: removing control characters."""

from __future__ import annotations

from pimdesk.domain.text import remove_control


def test_control_characters_go_and_the_kept_ones_stay() -> None:
    text = "a\x00b\tc\nd\x1be\x85f\rg"
    assert remove_control(text) == "abcdefg"
    assert remove_control(text, keep="\n\t") == "ab\tc\ndefg"
