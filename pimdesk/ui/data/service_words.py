"""The content service's sentences (refusals, placeholder versions) in the interface's
language: the service speaks English for the command line and its logs; this window translates
the sentences a desktop user meets, and leaves any other detail (a file's name, a zip library's
reason) as it came."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate
Words = Callable[[dict[str, str]], str]
# The versions the service names when there is none to name (services/content.py, store).
NO_VERSION = "none"
UNKNOWN_VERSION = "unknown"
CONSENT = "or accept it anyway with --allow-unsigned"
REFUSED = r"The content pack (?P<name>.+?) is refused: "


def version_words(version: str) -> str:
    """A version as the window shows it: "none" and "unknown" in the interface's language."""
    if version == NO_VERSION:
        return translate("ContentPage", "none")
    if version == UNKNOWN_VERSION:
        return translate("ContentPage", "unknown")
    return version


def allow_label() -> str:
    """The label of the page's box that accepts an unsigned pack, with its mnemonic."""
    return translate("ContentPage", "&Allow a pack that is unsigned or cannot be verified")


def _allow_option() -> str:
    return allow_label().replace("&", "")


def _unsigned(found: dict[str, str]) -> str:
    return translate(
        "ContentPage",
        "The content pack {name} is refused: it is not signed; ask its maker for a signed "
        "pack, or tick “{option}” to accept it anyway.",
    ).format(name=found["name"], option=_allow_option())


def _unknown_key(found: dict[str, str]) -> str:
    return translate(
        "ContentPage",
        "The content pack {name} is refused: it is signed with an unknown key ({key_id}); "
        "trust its maker's public key (Trust a key…), or tick “{option}” to accept it anyway.",
    ).format(name=found["name"], key_id=found["key_id"], option=_allow_option())


def _bad_signature(found: dict[str, str]) -> str:
    return translate(
        "ContentPage",
        "The content pack {name} is refused: its signature is bad: it does not verify with "
        "the trusted key {key} ({key_id}), so it was changed after signing or signed by "
        "another key; or tick “{option}” to accept it anyway.",
    ).format(name=found["name"], key=found["key"], key_id=found["key_id"], option=_allow_option())


def _not_newer(found: dict[str, str]) -> str:
    return translate(
        "ContentPage",
        "The content pack {name} is refused: it holds content {version}, not newer than the "
        "installed {installed} (Roll back returns to the previous content).",
    ).format(name=found["name"], version=found["version"], installed=found["installed"])


def _not_zip(found: dict[str, str]) -> str:
    return translate(
        "ContentPage", "The content pack {name} is refused: it is not a readable zip file ({why})."
    ).format(name=found["name"], why=found["why"])


def _refused(found: dict[str, str]) -> str:
    return translate("ContentPage", "The content pack {name} is refused: {problem}.").format(
        name=found["name"], problem=found["problem"]
    )


def _no_pack(found: dict[str, str]) -> str:
    return translate("ContentPage", "There is no content pack {path}.").format(path=found["path"])


def _unreadable(found: dict[str, str]) -> str:
    return translate("ContentPage", "The content pack {path} cannot be read ({why}).").format(
        path=found["path"], why=found["why"]
    )


def _not_imported(found: dict[str, str]) -> str:
    return translate(
        "ContentPage",
        "The content pack {name} could not be imported ({why}); the content was not changed.",
    ).format(name=found["name"], why=found["why"])


def _nothing_earlier(_found: dict[str, str]) -> str:
    return translate("ContentPage", "There is no earlier content to go back to.")


def _cancelled(_found: dict[str, str]) -> str:
    return translate("ContentPage", "The import was cancelled; the content was not changed.")


def _untrusted(found: dict[str, str]) -> str:
    return translate("ContentPage", "{file} cannot be trusted: {why}.").format(
        file=found["file"], why=found["why"]
    )


def _key_exists(found: dict[str, str]) -> str:
    return translate("ContentPage", "A trusted key named {name} exists already.").format(
        name=found["name"]
    )


def _unchanged(found: dict[str, str]) -> str:
    said = translate("ContentPage", "The content was not changed.")
    return f"{service_words(found['message'])} {said}"


# The service's sentences, most specific first; each pattern matches a whole message.
SENTENCES: tuple[tuple[re.Pattern[str], Words], ...] = tuple(
    (re.compile(pattern, re.DOTALL), words)
    for pattern, words in (
        (
            REFUSED + r"it is not signed; ask its maker for a signed pack, " + CONSENT + r"\.",
            _unsigned,
        ),
        (
            REFUSED + r"it is signed with an unknown key \((?P<key_id>[^)]*)\); install its "
            r"maker's public key in the trusted keys, " + CONSENT + r"\.",
            _unknown_key,
        ),
        (
            REFUSED + r"its signature is bad: manifest\.json does not verify with the trusted key "
            r"(?P<key>.+) \((?P<key_id>[^)]*)\), so it was changed after signing or signed by "
            r"another key; " + CONSENT + r"\.",
            _bad_signature,
        ),
        (
            REFUSED + r"it holds content (?P<version>\S+), not newer than the installed "
            r"(?P<installed>\S+) \(`pimdesk content rollback` returns to the previous content\)\.",
            _not_newer,
        ),
        (REFUSED + r"it is not a readable zip file \((?P<why>.*)\)\.", _not_zip),
        (
            r"The content pack (?P<name>.+) could not be imported \((?P<why>.*)\); the content "
            r"was not changed\.",
            _not_imported,
        ),
        (r"(?P<message>.+\.) The content was not changed\.", _unchanged),
        (REFUSED + r"(?P<problem>.+)\.", _refused),
        (r"There is no content pack (?P<path>.+)\.", _no_pack),
        (r"The content pack (?P<path>.+) cannot be read \((?P<why>.*)\)\.", _unreadable),
        (r"There is no earlier content to go back to\.", _nothing_earlier),
        (r"The import was cancelled; the content was not changed\.", _cancelled),
        (r"A trusted key named (?P<name>.+) exists already\.", _key_exists),
        (r"(?P<file>.+) cannot be trusted: (?P<why>.+)\.", _untrusted),
    )
)


def service_words(message: str) -> str:
    """`message` from the content service in the interface's language, where it is one of the
    sentences above; otherwise as it came."""
    for pattern, words in SENTENCES:
        found = pattern.fullmatch(message)
        if found:
            return words(found.groupdict())
    return message
