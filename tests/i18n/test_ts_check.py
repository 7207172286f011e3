"""The translation check itself: it fails on what it must, and passes a sound file."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.i18n.ts_check import file_problems, messages_in_code, placeholders

HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="fr">\n'


def ts_file(folder: Path, *messages: tuple[str, str, str]) -> Path:
    """A .ts file with one context, `Window`, and (source, translation, type) messages."""
    body = "".join(
        f"<message><source>{source}</source>"
        f"<translation{f' type={kind!r}' if kind else ''}>{translation}</translation></message>"
        for source, translation, kind in messages
    )
    path = folder / "pimdesk_fr.ts"
    path.write_text(f"{HEADER}<context><name>Window</name>{body}</context></TS>", "utf-8")
    return path


def test_a_finished_file_with_its_placeholders_passes(tmp_path: Path) -> None:
    path = ts_file(
        tmp_path,
        ("&amp;Back", "&amp;Retour", ""),
        ("Content {version} of {date}", "Contenu {version} du {date}", ""),
        ("%1 of %2", "%1 sur %2", ""),
        ("Shelter &amp;&amp; NFIs", "Abris et articles non alimentaires", ""),
        ("Old text", "", "vanished"),
        ("Older text", "", "obsolete"),
    )
    assert file_problems(path) == []


@pytest.mark.parametrize(
    ("source", "translation", "kind", "complaint"),
    [
        ("Back", "", "unfinished", "not translated"),
        ("Back", "Retour", "unfinished", "not translated"),
        ("Back", "   ", "", "not translated"),
        ("Content {version}", "Contenu", "", "drops {version}"),
        ("Content {version}", "Contenu {versión}", "", "adds {versión}"),
        ("{first} and {second}", "{first} et {first}", "", "drops {second}"),
        ("%1 of %2", "%1 sur", "", "drops %2"),
        ("&amp;Back", "Retour", "", "drops &amp; accelerator"),
        ("Back", "&amp;Retour", "", "adds &amp; accelerator"),
        ("&lt;b&gt;Note&lt;/b&gt;", "Note", "", "drops <b>"),
    ],
)
def test_what_the_check_refuses(
    tmp_path: Path, source: str, translation: str, kind: str, complaint: str
) -> None:
    problems = file_problems(ts_file(tmp_path, (source, translation, kind)))
    assert len(problems) == 1
    assert complaint.replace("&amp;", "&") in problems[0]


def test_a_message_the_code_has_but_the_file_lacks_is_missing(tmp_path: Path) -> None:
    path = ts_file(tmp_path, ("&amp;Back", "&amp;Retour", ""))
    expected = {("Window", "&Back", ""), ("Window", "&Forward", "")}
    problems = file_problems(path, expected)
    assert len(problems) == 1
    assert "'&Forward': missing" in problems[0]


def test_placeholders_ignore_doubled_braces_and_percent_signs() -> None:
    assert placeholders("{{literal}} 100%% {name}") == placeholders("{name}")
    assert placeholders("Tom && Jerry") == placeholders("Tom and Jerry")


def test_lupdate_finds_the_code_s_messages(tmp_path: Path) -> None:
    source = tmp_path / "ui" / "sample.py"
    source.parent.mkdir()
    source.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "translate = QCoreApplication.translate\n"
        'print(translate("Window", "&Back"))\n',
        "utf-8",
    )
    assert messages_in_code(source.parent) == {("Window", "&Back", "")}
