"""Names that look the same are the same name (F16): invisible characters cannot make a second
"Kasai floods", direction overrides cannot hide text, and a name must show something."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pimdesk.domain.errors import InvalidInputError
from pimdesk.domain.selection import (
    BIDI_CONTROLS,
    MAX_NAME_CHARACTERS,
    check_name,
    check_text,
    is_invisible,
)
from pimdesk.store.userdata import name_key

INVISIBLE = [c for c in map(chr, range(0x110000)) if is_invisible(c)]
ZERO_WIDTH = [c for c in INVISIBLE if c not in BIDI_CONTROLS and c not in "\u200c\u200d"]
visible_names = st.text(
    st.characters(
        categories=("Lu", "Ll", "Lo", "Nd"), exclude_characters="\u115f\u1160\u3164\uffa0"
    ),
    min_size=1,
    max_size=30,
)


@given(name=visible_names, invisible=st.sampled_from(ZERO_WIDTH), where=st.integers(0, 30))
def test_a_zero_width_character_anywhere_does_not_make_another_name(
    name: str, invisible: str, where: int
) -> None:
    spoof = name[:where] + invisible + name[where:]
    assert check_name(spoof) == check_name(name)
    assert name_key(check_name(spoof)) == name_key(check_name(name))


@given(name=visible_names, joiner=st.sampled_from("\u200c\u200d"))
def test_joiners_at_the_edges_are_trimmed_and_do_not_change_the_key(name: str, joiner: str) -> None:
    assert check_name(joiner + name + joiner) == check_name(name)
    assert name_key(name[:1] + joiner + name[1:]) == name_key(name)


def test_a_joiner_inside_a_persian_word_is_kept() -> None:
    assert check_name("می\u200cخواهم") == "می\u200cخواهم"


@given(name=visible_names, control=st.sampled_from(sorted(BIDI_CONTROLS)), where=st.integers(0, 30))
def test_a_direction_override_or_isolate_anywhere_is_refused(
    name: str, control: str, where: int
) -> None:
    with pytest.raises(InvalidInputError, match="direction"):
        check_name(name[:where] + control + name[where:])


@given(st.text(st.sampled_from([*ZERO_WIDTH[:40], " ", "\u200c", "\u200d", "\u3164"]), min_size=1))
def test_a_name_of_only_invisible_characters_is_refused(name: str) -> None:
    with pytest.raises(InvalidInputError, match="needs a"):
        check_name(name)


@given(st.text(min_size=MAX_NAME_CHARACTERS + 1, max_size=MAX_NAME_CHARACTERS + 50,
               alphabet=st.characters(categories=("Lu", "Ll"))))  # fmt: skip
def test_names_are_capped(name: str) -> None:
    with pytest.raises(InvalidInputError, match="at most"):
        check_name(name)


@given(text=st.text(max_size=20), surrogate=st.integers(0xD800, 0xDFFF), where=st.integers(0, 20))
def test_a_lone_surrogate_is_refused_in_names_and_texts(
    text: str, surrogate: int, where: int
) -> None:
    broken = text[:where] + chr(surrogate) + text[where:]
    with pytest.raises(InvalidInputError, match="valid text"):
        check_name(broken)
    with pytest.raises(InvalidInputError, match="valid text"):
        check_text(broken, "notes")


def test_format_characters_that_show_are_kept() -> None:
    assert check_name("\u0600\u0661\u0662 plan") == "\u0600\u0661\u0662 plan"


def test_the_reported_spoofs() -> None:
    assert name_key(check_name("Kasai floods\u200b")) == name_key(check_name("KASAI FLOODS"))
    with pytest.raises(InvalidInputError):
        check_name("\u200b")
    with pytest.raises(InvalidInputError):
        check_name("Invoice \u202egnp.exe")
    assert all(is_invisible(c) for c in "\u200b\u2060\ufeff\u200e")
