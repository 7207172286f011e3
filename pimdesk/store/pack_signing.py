"""Ed25519 keys and signatures for content packs, with the `cryptography` package.

Keys are PEM files: a signing key is an unencrypted PKCS#8 private key (kept by whoever makes
packs, never on field laptops); a trusted key is the matching SubjectPublicKeyInfo public key,
one per `.pem` file in the trusted-keys folder, named by its file name. A key is identified by
the first 16 hex digits of the SHA-256 of its 32 raw bytes, so a signature can say which key
made it and "unknown key" can be told apart from "bad signature".
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from pimdesk.domain.content_packs import SignatureCheck, SignatureStatus, TrustedKey
from pimdesk.domain.errors import ContentError
from pimdesk.store.files import write_atomically
from pimdesk.store.pack_format import SIGNATURE, parse_json, refuse

SIGNATURE_FORMAT = "pimdesk-content-pack-signature"
ALGORITHM = "ed25519"
TRUSTED_KEY_SUFFIX = ".pem"
SIGNING_KEY_SUFFIX = ".key"
MAX_KEY_FILE_BYTES = 16 * 1024
MAX_TRUSTED_KEYS = 100


def key_id(public_key: Ed25519PublicKey) -> str:
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


# ---------------------------------------------------------------------------- making keys


@dataclass(frozen=True)
class NewKey:
    signing_key: Path
    public_key: Path
    key_id: str


def create_key_pair(folder: Path, name: str) -> NewKey:
    """Write `NAME.key` (private, owner-only) and `NAME.pem` (public) into `folder`."""
    if not name or not all(c.isalnum() or c in "-_." for c in name) or name.startswith("."):
        raise ContentError(f"'{name}' cannot name a key: use letters, digits, '-', '_' and '.'.")
    folder.mkdir(parents=True, exist_ok=True)
    private_path = folder / f"{name}{SIGNING_KEY_SUFFIX}"
    public_path = folder / f"{name}{TRUSTED_KEY_SUFFIX}"
    for path in (private_path, public_path):
        if path.exists():
            raise ContentError(f"{path} exists already; choose another name or folder.")
    private = Ed25519PrivateKey.generate()
    private_pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    write_atomically(private_path, private_pem)
    private_path.chmod(0o600)
    write_atomically(public_path, public_pem(private.public_key()))
    return NewKey(private_path, public_path, key_id(private.public_key()))


def public_pem(public_key: Ed25519PublicKey) -> bytes:
    return public_key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def load_signing_key(path: Path) -> Ed25519PrivateKey:
    data = _read_key_file(path)
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except TypeError:
        raise ContentError(
            f"The signing key {path} is protected by a password; PIM Desk signs with "
            "unencrypted keys kept on the machine that makes packs."
        ) from None
    except (ValueError, UnsupportedAlgorithm):
        raise ContentError(f"{path} is not a PEM private key.") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise ContentError(f"{path} is not an Ed25519 key; make one with `content make-key`.")
    return key


def _read_key_file(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_KEY_FILE_BYTES:
            raise ContentError(f"{path} is too large to be a key file.")
        return path.read_bytes()
    except FileNotFoundError:
        raise ContentError(f"There is no key file {path}.") from None
    except OSError as error:
        raise ContentError(f"The key file {path} cannot be read ({error.strerror}).") from None


# ---------------------------------------------------------------------------- signatures


def sign(manifest: bytes, signing_key: Ed25519PrivateKey) -> bytes:
    """The detached signature file over the manifest's exact bytes."""
    document = {
        "format": SIGNATURE_FORMAT,
        "algorithm": ALGORITHM,
        "key_id": key_id(signing_key.public_key()),
        "signature": base64.b64encode(signing_key.sign(manifest)).decode("ascii"),
    }
    return (
        "{\n"
        + ",\n".join(f'  "{key}": "{value}"' for key, value in sorted(document.items()))
        + "\n}\n"
    ).encode("ascii")


def check_signature(
    manifest: bytes, signature_file: bytes | None, keys: list[TrustedKeyMaterial], pack_name: str
) -> SignatureCheck:
    """Check the signature of `manifest`; a malformed signature file refuses the pack."""
    if signature_file is None:
        return SignatureCheck(SignatureStatus.UNSIGNED)
    claimed_id, signature = _parse_signature(signature_file, pack_name)
    key = next((k for k in keys if k.key_id == claimed_id), None)
    if key is None:
        return SignatureCheck(SignatureStatus.UNKNOWN_KEY, claimed_id)
    try:
        key.public_key.verify(signature, manifest)
    except InvalidSignature:
        return SignatureCheck(SignatureStatus.BAD_SIGNATURE, claimed_id, key.name)
    return SignatureCheck(SignatureStatus.VERIFIED, claimed_id, key.name)


def _parse_signature(data: bytes, pack_name: str) -> tuple[str, bytes]:
    def fail(problem: str) -> NoReturn:
        refuse(pack_name, problem)

    document: Any = parse_json(data, SIGNATURE, fail)
    expected = {"format", "algorithm", "key_id", "signature"}
    if not isinstance(document, dict) or set(document) != expected:
        fail(f"{SIGNATURE} must hold exactly: {', '.join(sorted(expected))}")
    if document["format"] != SIGNATURE_FORMAT or document["algorithm"] != ALGORITHM:
        fail(f"{SIGNATURE} is not an Ed25519 signature of a PIM Desk content pack")
    claimed = document["key_id"]
    if not isinstance(claimed, str) or len(claimed) != 16 or not _is_hex(claimed):
        fail(f"{SIGNATURE}: key_id must be 16 hex digits")
    try:
        signature = base64.b64decode(str(document["signature"]), validate=True)
    except (binascii.Error, ValueError):
        fail(f"{SIGNATURE}: the signature is not base64")
    if len(signature) != 64:
        fail(f"{SIGNATURE}: an Ed25519 signature has 64 bytes, this one {len(signature)}")
    return claimed, signature


def _is_hex(text: str) -> bool:
    return all(c in "0123456789abcdef" for c in text)


# ---------------------------------------------------------------------------- trusted keys


@dataclass(frozen=True)
class TrustedKeyMaterial:
    name: str
    key_id: str
    public_key: Ed25519PublicKey


class TrustedKeys:
    """The public keys in the trusted-keys folder that the administrator installed."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def listed(self) -> list[TrustedKey]:
        """Every `.pem` file, usable or not (an unusable one says why)."""
        return [self._describe(path) for path in self._files()]

    def usable(self) -> list[TrustedKeyMaterial]:
        keys = []
        for path in self._files():
            loaded = self._load(path)
            if isinstance(loaded, TrustedKeyMaterial):
                keys.append(loaded)
        return keys

    def install(self, public_key_file: Path) -> TrustedKey:
        """Copy a public key into the folder (checked first; an existing name is not replaced)."""
        loaded = self._load(public_key_file)
        if not isinstance(loaded, TrustedKeyMaterial):
            raise ContentError(f"{public_key_file} cannot be trusted: {loaded}.")
        target = self.folder / f"{public_key_file.stem}{TRUSTED_KEY_SUFFIX}"
        if target.exists():
            raise ContentError(f"A trusted key named {target.name} exists already.")
        self.folder.mkdir(parents=True, exist_ok=True)
        write_atomically(target, public_pem(loaded.public_key))
        return self._describe(target)

    def _files(self) -> list[Path]:
        if not self.folder.is_dir():
            return []
        found = sorted(
            p for p in self.folder.iterdir() if p.suffix == TRUSTED_KEY_SUFFIX and p.is_file()
        )
        return found[:MAX_TRUSTED_KEYS]

    def _describe(self, path: Path) -> TrustedKey:
        loaded = self._load(path)
        if isinstance(loaded, TrustedKeyMaterial):
            return TrustedKey(loaded.name, path, loaded.key_id)
        return TrustedKey(path.stem, path, problem=loaded)

    @staticmethod
    def _load(path: Path) -> TrustedKeyMaterial | str:
        """The key, or why the file cannot be used as one."""
        try:
            if path.stat().st_size > MAX_KEY_FILE_BYTES:
                return "the file is too large to be a key"
            data = path.read_bytes()
            key = serialization.load_pem_public_key(data)
        except OSError as error:
            return f"the file cannot be read ({error.strerror or error})"
        except (ValueError, UnsupportedAlgorithm):
            return "the file is not a PEM public key"
        if not isinstance(key, Ed25519PublicKey):
            return "the key is not an Ed25519 key"
        return TrustedKeyMaterial(path.stem, key_id(key), key)
