"""Importing content packs: newer only, switched atomically, rolled back, never half-applied,
and what the app reads afterwards."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from pimdesk.domain.content_packs import SignatureStatus
from pimdesk.domain.errors import ContentError
from pimdesk.paths import AppPaths
from pimdesk.services.container import Services
from pimdesk.store.content_packs import LOCK
from pimdesk.store.content_records import POINTER
from tests.store.pack_fixtures import Document, PackWorld, mini_content, write_sources


def app_version(paths: AppPaths) -> str:
    services = Services(paths)
    try:
        return services.reference.info.version
    finally:
        services.close()


def test_a_signed_newer_pack_is_imported_and_the_app_reads_it(packs: PackWorld) -> None:
    assert app_version(packs.paths) == "1.0.0"
    switch = packs.library.import_pack(packs.pack("2.0.0"))
    assert (switch.from_version, switch.to_version) == ("1.0.0", "2.0.0")
    assert switch.signature is not None and switch.signature.status is SignatureStatus.VERIFIED
    assert switch.rollback_version == "1.0.0"
    assert app_version(packs.paths) == "2.0.0"
    active = packs.library.active()
    assert active.database.parent.parent == packs.paths.content_dir / "versions"
    assert active.record is not None and active.record.signature.key_name == "editor"


def test_rollback_returns_to_the_previous_content_and_only_once(packs: PackWorld) -> None:
    packs.library.import_pack(packs.pack("2.0.0"))
    packs.library.import_pack(packs.pack("2.1.0"))
    assert app_version(packs.paths) == "2.1.0"
    switch = packs.library.rollback()
    assert (switch.from_version, switch.to_version) == ("2.1.0", "2.0.0")
    assert app_version(packs.paths) == "2.0.0"
    with pytest.raises(ContentError, match="no earlier content"):
        packs.library.rollback()
    assert app_version(packs.paths) == "2.0.0"


def test_rollback_from_the_first_import_returns_to_the_bundled_content(packs: PackWorld) -> None:
    packs.library.import_pack(packs.pack("2.0.0"))
    packs.library.rollback()
    assert app_version(packs.paths) == "1.0.0"
    assert packs.library.active().record is None
    # the rolled-back version can be imported again
    packs.library.import_pack(packs.pack("2.0.0"))
    assert app_version(packs.paths) == "2.0.0"


@pytest.mark.parametrize("version", ["2.0.0", "1.9.9", "1.0.0", "0.1.0"])
def test_a_pack_that_is_not_newer_is_refused_and_changes_nothing(
    packs: PackWorld, version: str
) -> None:
    packs.library.import_pack(packs.pack("2.0.0"))
    pointer = (packs.paths.content_dir / POINTER).read_bytes()
    with pytest.raises(ContentError) as raised:
        packs.library.import_pack(packs.pack(version))
    assert f"content {version}, not newer than the installed 2.0.0" in raised.value.message
    assert (packs.paths.content_dir / POINTER).read_bytes() == pointer
    assert app_version(packs.paths) == "2.0.0"


def test_versions_compare_as_numbers(packs: PackWorld) -> None:
    packs.library.import_pack(packs.pack("1.9.0"))
    packs.library.import_pack(packs.pack("1.10.0"))
    assert app_version(packs.paths) == "1.10.0"


def test_only_the_active_and_the_rollback_versions_are_kept(packs: PackWorld) -> None:
    for version in ("2.0.0", "2.1.0", "2.2.0", "2.3.0"):
        packs.library.import_pack(packs.pack(version))
    kept = sorted(p.name.split("-")[0] for p in (packs.paths.content_dir / "versions").iterdir())
    assert kept == ["2.2.0", "2.3.0"]
    assert not list(packs.paths.content_dir.glob(".staging-*"))


def test_progress_is_reported_step_by_step(packs: PackWorld) -> None:
    seen = []
    packs.library.import_pack(packs.pack("2.0.0"), progress=seen.append)
    assert [p.step for p in seen] == [1, 2, 3, 4, 5, 6]
    assert {p.steps for p in seen} == {6}
    assert all(p.message for p in seen)


def test_a_cancelled_import_changes_nothing(packs: PackWorld) -> None:
    packs.library.import_pack(packs.pack("2.0.0"))
    asked = []

    def cancelled() -> bool:
        asked.append(True)
        return len(asked) >= 4  # cancel before building the database

    with pytest.raises(ContentError, match="cancelled"):
        packs.library.import_pack(packs.pack("3.0.0"), cancelled=cancelled)
    assert app_version(packs.paths) == "2.0.0"
    assert not list(packs.paths.content_dir.glob(".staging-*"))


def test_a_second_import_while_one_runs_is_refused(packs: PackWorld) -> None:
    fcntl = pytest.importorskip("fcntl")  # the lock another process would hold (POSIX)
    packs.library.import_pack(packs.pack("2.0.0"))
    with (packs.paths.content_dir / LOCK).open("a+b") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        with pytest.raises(ContentError, match="Another content import"):
            packs.library.import_pack(packs.pack("3.0.0"))
    packs.library.import_pack(packs.pack("3.0.0"))
    assert app_version(packs.paths) == "3.0.0"


# ---------------------------------------------------------------------------- choosing content


def test_without_imports_the_bundled_content_is_read_and_nothing_is_created(
    packs: PackWorld,
) -> None:
    assert packs.library.active().database == packs.paths.bundled_reference_database
    assert app_version(packs.paths) == "1.0.0"
    assert not packs.paths.content_dir.exists()


@pytest.mark.parametrize("damage", ["missing", "garbage", "truncated"])
def test_damaged_imported_content_falls_back_to_the_bundled_with_a_notice(
    packs: PackWorld, damage: str
) -> None:
    packs.library.import_pack(packs.pack("2.0.0"))
    database = packs.library.active().database
    if damage == "missing":
        database.unlink()
    elif damage == "garbage":
        database.write_bytes(b"not a database at all" * 500)
    else:
        database.write_bytes(database.read_bytes()[: database.stat().st_size // 2])
    services = Services(packs.paths)
    try:
        assert services.reference.info.version == "1.0.0"
        assert len(services.content_notices) == 1
        assert str(database) in services.content_notices[0]
        assert "came with it" in services.content_notices[0]
    finally:
        services.close()
    packs.library.import_pack(packs.pack("2.0.0"))  # importing again repairs it
    assert app_version(packs.paths) == "2.0.0"


@pytest.mark.parametrize(
    "pointer",
    [b"", b"{", b'{"format": 1, "active": "../../etc", "previous": null}', b"\xff\xfe"],
)
def test_a_damaged_pointer_falls_back_to_the_bundled_content(
    packs: PackWorld, pointer: bytes
) -> None:
    packs.library.import_pack(packs.pack("2.0.0"))
    (packs.paths.content_dir / POINTER).write_bytes(pointer)
    active = packs.library.active()
    assert active.database == packs.paths.bundled_reference_database
    assert "active.json is damaged" in active.notices[0]
    packs.library.import_pack(packs.pack("2.0.0"))
    assert app_version(packs.paths) == "2.0.0"


def test_newer_bundled_content_wins_over_older_imported_content(
    packs: PackWorld, tmp_path: Path
) -> None:
    packs.library.import_pack(packs.pack("2.0.0"))
    from pimdesk.content.sources import load_sources
    from pimdesk.store.reference_build import write_reference_database

    sources = load_sources(write_sources(mini_content("5.0.0"), tmp_path / "upgraded"))
    write_reference_database(sources, tmp_path / "upgraded.sqlite")
    upgraded = AppPaths(packs.paths.data_dir, tmp_path / "upgraded.sqlite")
    services = Services(upgraded)
    try:
        assert services.reference.info.version == "5.0.0"
        assert "(5.0.0) is newer than the imported content (2.0.0)" in services.content_notices[0]
    finally:
        services.close()


def test_reload_content_makes_a_running_app_read_the_new_content(packs: PackWorld) -> None:
    services = Services(packs.paths)
    try:
        assert services.reference.info.version == "1.0.0"
        services.content.import_pack(packs.pack("2.0.0"))
        services.reload_content()
        assert services.reference.info.version == "2.0.0"
        services.content.rollback()
        services.reload_content()
        assert services.reference.info.version == "1.0.0"
    finally:
        services.close()


# ---------------------------------------------------------------------------- R18


def _without_case_management(version: str) -> dict[str, Document]:
    """The tiny content with the category `case_management` retired, and every link to it."""
    content = mini_content(version)
    categories = content["categories.toml"]
    categories["category"] = [c for c in categories["category"] if c["id"] != "case_management"]
    categories["merged_category"][0]["merged_into"] = "population_data"
    matrix = content["matrix.toml"]
    matrix["cell"] = [c for c in matrix["cell"] if c["category"] != "case_management"]
    content["relationships.toml"]["relationship"][0]["to"] = "population_data"
    content["scenarios.toml"]["question"][0]["categories"] = ["protection_monitoring"]
    content["challenges.toml"]["challenge"][0]["categories"] = ["population_data"]
    content["glossary.toml"]["term"][0]["categories"] = []
    return content


def _user_files(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.glob("pimdesk-user.sqlite*"))
    }


def test_r18_an_update_that_retires_an_item_keeps_and_flags_the_users_references(
    packs: PackWorld, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = Services(packs.paths)
    services.selections.create(
        "Plan",
        "sudden_onset_emergency",
        categories=("case_management", "protection_monitoring"),
        notes="Agreed in the meeting.",
    )
    services.close()
    before = _user_files(packs.paths.data_dir)
    assert before

    def no_user_database(*args: object) -> None:
        raise AssertionError("a content import opened the user database")

    with monkeypatch.context() as patched:
        patched.setattr("pimdesk.services.container.open_user_data", no_user_database)
        importing = Services(packs.paths)
        preview = importing.content.preview(packs.pack("2.0.0", _without_case_management("2.0.0")))
        assert [c.id for c in preview.diff.for_kind("category").removed] == ["case_management"]
        importing.content.import_pack(preview.pack)
        importing.close()
    assert _user_files(packs.paths.data_dir) == before

    after = Services(packs.paths)
    try:
        assert "case_management" not in {c.id for c in after.reference.categories}
        plan = after.selections.find("Plan")
        assert plan.category_ids() == {"case_management", "protection_monitoring"}
        assert plan.notes == "Agreed in the meeting."
        assert after.selections.unknown_references(plan) == ["category 'case_management'"]
        after.content.rollback()
        after.reload_content()
        assert after.selections.unknown_references(after.selections.find("Plan")) == []
    finally:
        after.close()


def test_the_active_content_module_names_the_pointer_file_as_the_records_do() -> None:
    from pimdesk.store import active_content, content_records

    assert active_content.POINTER == content_records.POINTER
