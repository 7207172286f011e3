"""R8: over a thousand generated malformed content packs, every one refused with a message that
names its problem, on one line, and the active content exactly as it was (same files, same
hashes) after each.

The base is a valid, signed pack of the tiny content at a newer version than the one installed,
so that each example is refused for its mutation alone. Mutations cover the zip (truncated,
hostile names, links, duplicates, too many entries, bombs, encryption, other compression), the
manifest (damaged JSON, wrong types, wrong hashes, missing and unlisted files), the signature,
and the content (unknown IDs, duplicates, dangling links, wrong types, missing fields, bad
encodings, invalid TOML, missing files, versions that are not newer).
"""

from __future__ import annotations

import errno
import hashlib
import json
import re
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pimdesk.domain.errors import ContentError
from pimdesk.paths import AppPaths
from pimdesk.store.content_packs import DATABASE, LOCK, ContentLibrary
from pimdesk.store.content_records import POINTER
from pimdesk.store.pack_signing import TrustedKeys
from tests.store import pack_fixtures
from tests.store.content_mutations import CONTENT_MUTATORS
from tests.store.pack_fixtures import Signer, build_pack, content_files, mini_content, zero_bomb
from tests.store.pack_mutations import (
    INSTALLED,
    MUTATORS,
    NEWER,
    Draw,
    Installed,
    Malformed,
    Mutator,
)

# The packs are signed with the same key in every run, so that a pack Hypothesis makes from a
# choice sequence is the same pack in the next run (a saved failure replays as itself).
R8_KEY_SEED = bytes(range(32))


@pytest.fixture(scope="module")
def installed(mini_bundled: Path) -> Iterator[Installed]:
    """A data folder with the tiny content imported at 2.0.0, and a valid 3.0.0 pack."""
    with tempfile.TemporaryDirectory(prefix="pimdesk-r8-") as folder:
        paths = AppPaths(Path(folder) / "data", mini_bundled)
        signer = Signer(seed=R8_KEY_SEED)
        signer.trust(paths.trusted_keys_dir)
        library = ContentLibrary(
            paths.content_dir, mini_bundled, TrustedKeys(paths.trusted_keys_dir)
        )
        first = Path(folder) / "installed.zip"
        first.write_bytes(build_pack(content_files(mini_content(INSTALLED)), signer.key, INSTALLED))
        library.import_pack(first)
        content = mini_content(NEWER)
        files = content_files(content)
        yield Installed(
            library,
            signer,
            content,
            files,
            build_pack(files, signer.key, NEWER),
            {size: zero_bomb(size) for size in (1, 2, 3)},
        )


def snapshot(folder: Path) -> tuple[dict[str, tuple[int, int]], str, str]:
    """The installed content as it stands: every file's size and time stamp (the empty lock file
    aside), and the SHA-256 of the pointer and of the active reference database."""
    files = {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != LOCK
    }
    pointer = folder / POINTER
    active = json.loads(pointer.read_bytes())["active"]
    database = folder / "versions" / active / DATABASE
    return files, _sha256(pointer), _sha256(database)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ---------------------------------------------------------------------------- the property


@st.composite
def malformed_packs(draw: Draw, base: Installed) -> Malformed:
    chosen = draw(st.sampled_from([*MUTATORS, *CONTENT_MUTATORS]))
    return chosen(draw, base)


def test_r8_the_installed_content_is_the_one_the_property_watches(installed: Installed) -> None:
    active = installed.library.active()
    assert active.record is not None and active.record.version == INSTALLED
    _, _, database = snapshot(installed.library.content_dir)
    assert database == _sha256(active.database)


def test_r8_the_unmutated_pack_is_accepted(mini_bundled: Path, tmp_path: Path) -> None:
    """The control: without a mutation the same pack imports, so refusals are the mutations'."""
    paths = AppPaths(tmp_path / "data", mini_bundled)
    signer = Signer()
    signer.trust(paths.trusted_keys_dir)
    library = ContentLibrary(paths.content_dir, mini_bundled, TrustedKeys(paths.trusted_keys_dir))
    for version in (INSTALLED, NEWER):
        pack = tmp_path / f"{version}.zip"
        pack.write_bytes(build_pack(content_files(mini_content(version)), signer.key, version))
        assert library.import_pack(pack).to_version == version


def test_r8_the_base_pack_is_the_same_in_every_run(installed: Installed) -> None:
    again = build_pack(content_files(mini_content(NEWER)), Signer(seed=R8_KEY_SEED).key, NEWER)
    assert again == installed.pack


class NoTempFolder:
    """The temp folder as the pack helpers would find it on a full disk."""

    def __getattr__(self, name: str) -> Callable[..., None]:
        def fail(*_args: object, **_kwargs: object) -> None:
            raise OSError(errno.ENOSPC, f"No space left on device (tempfile.{name})")

        return fail


@pytest.mark.parametrize("mutate", [*MUTATORS, *CONTENT_MUTATORS], ids=lambda m: m.__name__)
@settings(max_examples=15, deadline=None)
@given(data=st.data())
def test_r8_packs_are_made_in_memory_alone(
    installed: Installed, mutate: Mutator, data: st.DataObject
) -> None:
    """Making a malformed pack depends on nothing outside: with the temp folder failing (a
    full disk on a shared machine) for the helpers that make packs, every mutation still
    makes its pack. One that wrote there failed in one run and not on Hypothesis's replay,
    which Hypothesis reports as FlakyStrategyDefinition. (Hypothesis itself writes its
    caches through `tempfile`, so the module is replaced for the helpers only.)"""
    with patch.object(pack_fixtures, "tempfile", NoTempFolder()):
        malformed = data.draw(st.composite(lambda draw: mutate(draw, installed))())
    assert isinstance(malformed.pack, bytes) and malformed.expected


@settings(max_examples=1000, deadline=None)
@given(data=st.data())
def test_r8_every_malformed_pack_is_refused_and_changes_nothing(
    installed: Installed, data: st.DataObject
) -> None:
    malformed = data.draw(malformed_packs(installed), label="pack")
    content_dir = installed.library.content_dir
    before = snapshot(content_dir)
    with tempfile.NamedTemporaryFile(suffix=".zip", delete=False) as handle:
        handle.write(malformed.pack)
    pack = Path(handle.name)
    try:
        installed.library.import_pack(pack, allow_unsigned=malformed.allow_unsigned)
    except ContentError as error:
        message = error.message
    else:
        pytest.fail(f"a malformed pack ({malformed.kind}) was imported")
    finally:
        pack.unlink()
    assert message.startswith(f"The content pack {pack.name} is refused: "), message
    assert re.search(malformed.expected, message), (malformed.kind, message)
    assert "\n" not in message
    assert snapshot(content_dir) == before
