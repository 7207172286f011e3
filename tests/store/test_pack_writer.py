"""Making and signing content packs, and the keys that sign them."""

from __future__ import annotations

import shutil
import stat
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from pimdesk.content.sources import check_sources
from pimdesk.domain.content_packs import SignatureStatus
from pimdesk.domain.errors import ContentError
from pimdesk.paths import AppPaths
from pimdesk.services.container import Services
from pimdesk.store.pack_reader import read_pack
from pimdesk.store.pack_signing import TrustedKeys, create_key_pair, load_signing_key
from pimdesk.store.pack_writer import make_pack, pack_files
from tests.conftest import CONTENT_SOURCES
from tests.store.pack_fixtures import PackWorld, mini_content, write_sources
from tests.translation_fixtures import names_only


@pytest.fixture
def key(tmp_path: Path) -> Path:
    return create_key_pair(tmp_path / "keys", "editor").signing_key


def test_a_made_pack_is_signed_complete_and_deterministic(tmp_path: Path, key: Path) -> None:
    sources = write_sources(mini_content("2.0.0"), tmp_path / "sources")
    (sources / "SCHEMA.md").write_text("notes for editors")
    (sources / "drafts").mkdir()
    (sources / "drafts" / "glossary.toml").write_text("unfinished")
    manifest = make_pack(sources, tmp_path / "a.zip", key)
    make_pack(sources, tmp_path / "b.zip", key)
    assert (tmp_path / "a.zip").read_bytes() == (tmp_path / "b.zip").read_bytes()
    assert manifest.content_version == "2.0.0"
    assert manifest.languages == ("en", "fr")
    with zipfile.ZipFile(tmp_path / "a.zip") as archive:
        names = archive.namelist()
    assert names[:2] == ["manifest.json", "manifest.sig"]
    assert "fr/glossary.toml" in names
    assert "SCHEMA.md" not in names and "drafts/glossary.toml" not in names
    trusted = TrustedKeys(tmp_path / "keys").usable()
    opened = read_pack(tmp_path / "a.zip", trusted)
    assert opened.signature.status is SignatureStatus.VERIFIED
    assert opened.signature.key_name == "editor"


def test_invalid_sources_make_no_pack(tmp_path: Path, key: Path) -> None:
    content = mini_content("2.0.0")
    content["principles.toml"]["principle"][0]["position"] = "first"
    sources = write_sources(content, tmp_path / "sources")
    with pytest.raises(ContentError, match=r"principles\.toml: do_no_harm: position: must be"):
        make_pack(sources, tmp_path / "pack.zip", key)
    assert not (tmp_path / "pack.zip").exists()


def test_a_pack_of_the_real_content_imports_and_the_app_reads_it(tmp_path: Path, key: Path) -> None:
    sources = tmp_path / "content"
    shutil.copytree(CONTENT_SOURCES, sources)
    meta = sources / "meta.toml"
    meta.write_text(meta.read_text(encoding="utf-8").replace('version = "', 'version = "9', 1))
    manifest = make_pack(sources, tmp_path / "real.zip", key)
    paths = AppPaths.resolve(tmp_path / "data")
    services = Services(paths)
    try:
        with pytest.raises(ContentError, match="unknown key"):
            services.content.import_pack(tmp_path / "real.zip")
        services.content.trust_key(key.with_suffix(".pem"))
        services.content.import_pack(tmp_path / "real.zip")
        services.reload_content()
        assert services.reference.info.version == manifest.content_version
        assert services.reference.info.version.startswith("9")
        assert len(services.reference.categories) == 8
    finally:
        services.close()


# ---------------------------------------------------------------------------- keys


def test_a_new_signing_key_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    made = create_key_pair(tmp_path, "ops")
    assert stat.S_IMODE(made.signing_key.stat().st_mode) == 0o600
    assert made.public_key.read_text().startswith("-----BEGIN PUBLIC KEY-----")
    assert len(made.key_id) == 16
    with pytest.raises(ContentError, match="exists already"):
        create_key_pair(tmp_path, "ops")
    with pytest.raises(ContentError, match="cannot name a key"):
        create_key_pair(tmp_path, "../ops")


def test_signing_keys_that_cannot_sign_are_refused_with_a_reason(tmp_path: Path) -> None:
    encrypted = tmp_path / "locked.key"
    encrypted.write_bytes(
        Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(b"secret"),
        )
    )
    with pytest.raises(ContentError, match="protected by a password"):
        load_signing_key(encrypted)
    other = tmp_path / "ec.key"
    other.write_bytes(
        ec.generate_private_key(ec.SECP256R1()).private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    with pytest.raises(ContentError, match="is not an Ed25519 key"):
        load_signing_key(other)
    (tmp_path / "text.key").write_text("hello")
    with pytest.raises(ContentError, match="is not a PEM private key"):
        load_signing_key(tmp_path / "text.key")
    with pytest.raises(ContentError, match="There is no key file"):
        load_signing_key(tmp_path / "missing.key")


def test_trusting_a_key_checks_it_first(packs: PackWorld, tmp_path: Path) -> None:
    keys = TrustedKeys(packs.paths.trusted_keys_dir)
    (tmp_path / "private.pem").write_bytes(
        Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    with pytest.raises(ContentError, match="cannot be trusted: the file is not a PEM public key"):
        keys.install(tmp_path / "private.pem")
    made = create_key_pair(tmp_path, "second")
    installed = keys.install(made.public_key)
    assert (installed.name, installed.key_id) == ("second", made.key_id)
    with pytest.raises(ContentError, match="exists already"):
        keys.install(made.public_key)
    assert sorted(k.name for k in keys.listed()) == ["editor", "second"]


def test_keys_and_signatures_agree_with_another_implementation(tmp_path: Path) -> None:
    """PEM files written by `cryptography` (as by OpenSSL) are read, ours are read by it, and
    the signatures of either verify with the other."""
    from nacl.signing import SigningKey

    from pimdesk.store.pack_signing import private_pem, public_key_from_pem, public_pem

    theirs = Ed25519PrivateKey.generate()
    (tmp_path / "theirs.key").write_bytes(
        theirs.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    loaded = load_signing_key(tmp_path / "theirs.key")
    public = theirs.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    assert public_pem(loaded.verify_key) == public
    message = b"manifest bytes"
    public_key_from_pem(public).verify(message, theirs.sign(message))
    ours = SigningKey.generate()
    their_copy = serialization.load_pem_private_key(private_pem(ours), password=None)
    assert isinstance(their_copy, Ed25519PrivateKey)
    verifier = serialization.load_pem_public_key(public_pem(ours.verify_key))
    verifier.verify(ours.sign(message).signature, message)  # type: ignore[union-attr]


def test_the_termbase_travels_with_the_pack(content_copy: Path, tmp_path: Path) -> None:
    names_only(content_copy)  # the French principle then has no explanation of its own
    allowed = "do no harm in all of the work"
    termbase = content_copy / "termbase.toml"
    termbase.write_text(
        termbase.read_text("utf-8").replace(
            "allowed_english = [", f'allowed_english = ["{allowed}", ', 1
        ),
        "utf-8",
    )
    french = content_copy / "fr" / "principles.toml"
    french.write_text(
        french.read_text("utf-8").replace(
            'name = "Ne pas nuire"\n',
            f'name = "Ne pas nuire"\nexplanation = "Le guide « {allowed} » s\'applique."\n',
        ),
        "utf-8",
    )
    files = pack_files(content_copy)
    assert "termbase.toml" in files
    unpacked = tmp_path / "unpacked"
    for name, data in files.items():
        (unpacked / name).parent.mkdir(parents=True, exist_ok=True)
        (unpacked / name).write_bytes(data)
    assert check_sources(unpacked) == []
    (unpacked / "termbase.toml").unlink()
    assert [p.message for p in check_sources(unpacked)] == [
        "leaves English untranslated: 'in all of the'"
    ]
