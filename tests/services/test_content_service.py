"""The content service: what is installed, previews of packs, imports and rollbacks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pimdesk.domain.content_packs import SignatureStatus
from pimdesk.domain.errors import ContentError
from pimdesk.paths import AppPaths
from pimdesk.services.container import Services
from pimdesk.services.content import describe_origin
from tests.store.pack_fixtures import PackWorld, mini_content


@pytest.fixture
def services(packs: PackWorld) -> Iterator[Services]:
    opened = Services(packs.paths)
    yield opened
    opened.close()


def test_info_says_where_the_content_comes_from(packs: PackWorld, services: Services) -> None:
    info = services.content.info()
    assert (info.version, info.imported, info.previous_version) == ("1.0.0", False, None)
    assert describe_origin(info) == "came with PIM Desk"
    services.content.import_pack(packs.pack("2.0.0"))
    info = services.content.info()
    assert (info.version, info.imported, info.previous_version) == ("2.0.0", True, "1.0.0")
    assert info.languages == ("en", "fr")
    assert info.signature is not None and info.signature.status is SignatureStatus.VERIFIED
    assert describe_origin(info).startswith(f"imported on {info.imported_at[:10]} (verified")
    assert info.database.is_relative_to(packs.paths.content_dir)


def test_a_preview_shows_the_changes_and_writes_nothing(
    packs: PackWorld, services: Services
) -> None:
    content = mini_content("2.0.0")
    content["principles.toml"]["principle"][0]["explanation"] = "Weigh every risk first."
    del content["fr/glossary.toml"]
    preview = services.content.preview(packs.pack("2.0.0", content))
    assert preview.importable and preview.refusal == ""
    assert preview.installed_version == "1.0.0"
    assert preview.manifest.content_version == "2.0.0"
    assert preview.signature.key_name == "editor"
    assert [(c.id, c.fields) for c in preview.diff.for_kind("principle").changed] == [
        ("do_no_harm", ("explanation",))
    ]
    assert [(c.id, c.language) for c in preview.diff.for_kind("term").removed] == [
        ("informed_consent", "fr")
    ]
    assert not packs.paths.content_dir.exists()


def test_a_preview_of_a_pack_that_is_not_newer_says_why(
    packs: PackWorld, services: Services
) -> None:
    services.content.import_pack(packs.pack("2.0.0"))
    preview = services.content.preview(packs.pack("2.0.0"))
    assert not preview.importable
    assert preview.refusal == "it holds content 2.0.0, not newer than the installed 2.0.0"
    assert preview.diff.is_empty


def test_a_preview_refuses_what_an_import_would_refuse(
    packs: PackWorld, services: Services
) -> None:
    with pytest.raises(ContentError, match="it is not signed"):
        services.content.preview(packs.pack("2.0.0", signed=False))
    preview = services.content.preview(packs.pack("2.0.0", signed=False), allow_unsigned=True)
    assert preview.signature.status is SignatureStatus.UNSIGNED


def test_without_a_readable_bundled_database_a_pack_brings_content_back(
    packs: PackWorld, tmp_path: Path
) -> None:
    broken = AppPaths(packs.paths.data_dir, tmp_path / "missing.sqlite")
    services = Services(broken)
    try:
        preview = services.content.preview(packs.pack("2.0.0"))
        assert preview.installed_version == "none"
        assert preview.diff.totals()[0] > 0
        services.content.import_pack(preview.pack)
        assert services.reference.info.version == "2.0.0"
    finally:
        services.close()


def test_the_trusted_keys_are_listed(services: Services) -> None:
    keys = services.content.trusted_keys()
    assert [(k.name, k.usable, len(k.key_id)) for k in keys] == [("editor", True, 16)]
