"""Text helpers: removing control characters."""

from __future__ import annotations

from pimdesk.domain.text import remove_control


def test_control_characters_go_and_the_kept_ones_stay() -> None:
    text = "a\x00b\tc\nd\x1be\x85f\rg"
    assert remove_control(text) == "abcdefg"
    assert remove_control(text, keep="\n\t") == "ab\tc\ndefg"


def test_escape_html_equals_the_standard_library() -> None:
    import html

    from pimdesk.domain.text import escape_html

    for value in ["a < b & c > d", "\"quoted\" and 'single'", "&amp;", "plain", "", "<&>\"'"]:
        assert escape_html(value) == html.escape(value)
        assert escape_html(value, quote=False) == html.escape(value, quote=False)
