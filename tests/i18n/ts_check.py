"""Check Qt translation sources (.ts): nothing unfinished or missing, placeholders kept.

A `.ts` file is honest when every message the code has is in it (lupdate run on the code finds
nothing new), every message still used is translated and marked finished, and every translation
keeps its source's placeholders: `{name}` fields, `%1`/`%n` arguments, one `&` accelerator where
the source has one, and the same HTML tags. Vanished and obsolete messages are ignored.

Run it on its own: `python -m tests.i18n.ts_check resources/i18n/*.ts`.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[2]
UI_SOURCES = ROOT / "pimdesk" / "ui"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"
IGNORED_TYPES = frozenset({"vanished", "obsolete"})

_FIELD = re.compile(r"(?<!\{)\{([^\W\d]\w*)[^{}]*\}(?!\})")
_ARGUMENT = re.compile(r"%L?(?:[1-9][0-9]?|n)")
_ACCELERATOR = re.compile(r"&(?![&\s])")
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b[^>]*>")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    translations: tuple[str, ...]  # one, or one per plural form
    kind: str  # the translation's type attribute: '' (finished), 'unfinished', 'vanished'...

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    @property
    def in_use(self) -> bool:
        return self.kind not in IGNORED_TYPES


def read_ts(path: Path) -> list[Message]:
    root = ElementTree.parse(path).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms: tuple[str, ...] = ()
            kind = "unfinished"
            if translation is not None:
                kind = translation.get("type", "")
                plural = translation.findall("numerusform")
                forms = tuple((f.text or "") for f in plural) or (translation.text or "",)
            messages.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    forms,
                    kind,
                )
            )
    return messages


def placeholders(text: str) -> Counter[str]:
    """What a translation must carry over from its source, as a multiset."""
    found: Counter[str] = Counter()
    found.update(f"{{{name}}}" for name in _FIELD.findall(text))
    found.update(_ARGUMENT.findall(text.replace("%%", "")))
    found.update(f"<{tag.lower()}>" for tag in _TAG.findall(text))
    if _ACCELERATOR.search(text.replace("&&", "")):
        found["& accelerator"] = 1
    return found


def placeholder_problems(message: Message) -> list[str]:
    wanted = placeholders(message.source)
    problems = []
    for form in message.translations:
        got = placeholders(form)
        if got != wanted:
            lost = sorted((wanted - got).elements())
            added = sorted((got - wanted).elements())
            detail = "; ".join(
                part
                for part in (
                    f"drops {', '.join(lost)}" if lost else "",
                    f"adds {', '.join(added)}" if added else "",
                )
                if part
            )
            problems.append(f"{_where(message)}: the translation {detail}: {form!r}")
    return problems


def file_problems(path: Path, expected: set[tuple[str, str, str]] | None = None) -> list[str]:
    """Everything wrong with one .ts file; `expected` are the messages the code has now."""
    messages = read_ts(path)
    problems = []
    for message in messages:
        if not message.in_use:
            continue
        if message.kind == "unfinished" or not all(form.strip() for form in message.translations):
            problems.append(f"{_where(message)}: not translated (or marked unfinished)")
            continue
        problems += placeholder_problems(message)
    if expected is not None:
        present = {message.key for message in messages if message.in_use}
        for context, source, _ in sorted(expected - present):
            problems.append(f"[{context}] {source!r}: missing (run `make i18n-update`)")
    return [f"{path.name}: {problem}" for problem in problems]


def messages_in_code(sources: Path = UI_SOURCES) -> set[tuple[str, str, str]]:
    """The messages lupdate finds in the code now."""
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / "fresh_fr.ts"
        subprocess.run(
            [
                *(str(LUPDATE), "-silent", "-extensions", "py", "-locations", "none"),
                *(str(sources), "-ts", str(fresh)),
            ],
            check=True,
            capture_output=True,
        )
        return {message.key for message in read_ts(fresh)}


def _where(message: Message) -> str:
    return f"[{message.context}] {message.source!r}"


def main(arguments: list[str]) -> int:
    expected = messages_in_code()
    problems = [problem for name in arguments for problem in file_problems(Path(name), expected)]
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
