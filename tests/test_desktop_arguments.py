"""The desktop's options read by hand give what argparse gives, and leave it everything else."""

from __future__ import annotations

import pytest

from pimdesk.app import desktop_arguments
from pimdesk.cli.parser import build_parser

READ_BY_HAND = [
    [],
    ["--smoke"],
    ["--data-dir", "/tmp/x"],
    ["--data-dir=/tmp/x", "--smoke"],
    ["--lang", "fr", "--data-dir", "folder with spaces"],
    ["--lang=ar", "--lang", "es"],  # the last one counts, as in argparse
    ["--data-dir="],
    ["--smoke", "--smoke"],
]
LEFT_TO_ARGPARSE = [
    ["--version"],
    ["-h"],
    ["--smok"],  # argparse's abbreviations, and its errors, stay its own
    ["--smoke=yes"],
    ["--data-dir"],
    ["--data-dir", "--smoke"],
    ["--lang", "-x"],
    ["--unknown"],
    ["-"],
]


@pytest.mark.parametrize("arguments", READ_BY_HAND)
def test_the_desktop_options_read_as_argparse_reads_them(arguments: list[str]) -> None:
    by_hand = desktop_arguments(arguments)
    assert by_hand is not None
    assert vars(by_hand) == vars(build_parser([]).parse_args(arguments))


@pytest.mark.parametrize("arguments", LEFT_TO_ARGPARSE)
def test_anything_else_is_left_to_argparse(arguments: list[str]) -> None:
    assert desktop_arguments(arguments) is None
