"""Ed25519 keys and signatures for content packs, with PyNaCl (libsodium).

Keys are PEM files: a signing key is an unencrypted PKCS#8 private key (kept by whoever makes
packs, never on field laptops); a trusted key is the matching SubjectPublicKeyInfo public key,
one per `.pem` file in the trusted-keys folder, named by its file name. They are the files
`openssl genpkey -algorithm ed25519` and `cryptography` write. A key is identified by the first
16 hex digits of the SHA-256 of its 32 raw bytes, so a signature can say which key made it and
"unknown key" can be told apart from "bad signature".

PyNaCl rather than `cryptography`: the same checks for 1 MB instead of 12 MB in every packaged
build (the Linux build has a 120 MB budget). For Ed25519 the PEM files are fixed DER prefixes
(RFC 8410) followed by the 32 key bytes, read and written by `ed25519_pem` below.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from pathlib import Path
from typing import Any, NoReturn

from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey, VerifyKey

from pimdesk.domain.content_packs import SignatureCheck, SignatureStatus, TrustedKey
from pimdesk.domain.errors import ContentError
from pimdesk.domain.records import record
from pimdesk.store.files import write_atomically
from pimdesk.store.pack_format import SIGNATURE, parse_json, refuse

SIGNATURE_FORMAT = "pimdesk-content-pack-signature"
ALGORITHM = "ed25519"
TRUSTED_KEY_SUFFIX = ".pem"
SIGNING_KEY_SUFFIX = ".key"
MAX_KEY_FILE_BYTES = 16 * 1024
MAX_TRUSTED_KEYS = 100


def key_id(public_key: VerifyKey) -> str:
    return hashlib.sha256(public_key.encode()).hexdigest()[:16]


# ---------------------------------------------------------------------------- PEM files

# RFC 8410: the DER encodings of Ed25519 keys are these prefixes and the 32 key bytes.
_PUBLIC_PREFIX = bytes.fromhex("302a300506032b6570032100")
_PRIVATE_PREFIX = bytes.fromhex("302e020100300506032b657004220420")
# OneAsymmetricKey v2 (RFC 5958) also carries the public key after the seed.
_PRIVATE_V2_PREFIX = bytes.fromhex("3051020101300506032b657004220420")
_PEM = re.compile(rb"-----BEGIN ([A-Z0-9 ]+)-----\s*([A-Za-z0-9+/=\s]+?)\s*-----END \1-----")


class NotAKey(ValueError):
    """A file is not an Ed25519 key PIM Desk can use; the message says why."""


def _pem_blocks(data: bytes) -> dict[str, bytes]:
    blocks = {}
    for match in _PEM.finditer(data):
        try:
            blocks[match[1].decode("ascii")] = base64.b64decode(b"".join(match[2].split()))
        except (binascii.Error, ValueError):
            continue
    return blocks


def _pem(label: str, der: bytes) -> bytes:
    body = base64.b64encode(der).decode("ascii")
    lines = [body[i : i + 64] for i in range(0, len(body), 64)]
    return "\n".join([f"-----BEGIN {label}-----", *lines, f"-----END {label}-----", ""]).encode()


def public_key_from_pem(data: bytes) -> VerifyKey:
    der = _pem_blocks(data).get("PUBLIC KEY")
    if der is None:
        raise NotAKey("the file is not a PEM public key")
    if len(der) != len(_PUBLIC_PREFIX) + 32 or not der.startswith(_PUBLIC_PREFIX):
        raise NotAKey("the key is not an Ed25519 key")
    return VerifyKey(der[len(_PUBLIC_PREFIX) :])


def signing_key_from_pem(data: bytes) -> SigningKey:
    blocks = _pem_blocks(data)
    if "ENCRYPTED PRIVATE KEY" in blocks:
        raise NotAKey("encrypted")
    der = blocks.get("PRIVATE KEY")
    if der is None:
        raise NotAKey("not a PEM private key")
    for prefix in (_PRIVATE_PREFIX, _PRIVATE_V2_PREFIX):
        if der.startswith(prefix) and len(der) >= len(prefix) + 32:
            return SigningKey(der[len(prefix) : len(prefix) + 32])
    raise NotAKey("not Ed25519")


def private_pem(signing_key: SigningKey) -> bytes:
    return _pem("PRIVATE KEY", _PRIVATE_PREFIX + bytes(signing_key))


# ---------------------------------------------------------------------------- making keys


@record
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
    private = SigningKey.generate()
    write_atomically(private_path, private_pem(private))
    private_path.chmod(0o600)
    write_atomically(public_path, public_pem(private.verify_key))
    return NewKey(private_path, public_path, key_id(private.verify_key))


def public_pem(public_key: VerifyKey) -> bytes:
    return _pem("PUBLIC KEY", _PUBLIC_PREFIX + public_key.encode())


def load_signing_key(path: Path) -> SigningKey:
    data = _read_key_file(path)
    try:
        return signing_key_from_pem(data)
    except NotAKey as problem:
        if str(problem) == "encrypted":
            raise ContentError(
                f"The signing key {path} is protected by a password; PIM Desk signs with "
                "unencrypted keys kept on the machine that makes packs."
            ) from None
        if str(problem) == "not Ed25519":
            raise ContentError(
                f"{path} is not an Ed25519 key; make one with `content make-key`."
            ) from None
        raise ContentError(f"{path} is not a PEM private key.") from None


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


def sign(manifest: bytes, signing_key: SigningKey) -> bytes:
    """The detached signature file over the manifest's exact bytes."""
    document = {
        "format": SIGNATURE_FORMAT,
        "algorithm": ALGORITHM,
        "key_id": key_id(signing_key.verify_key),
        "signature": base64.b64encode(signing_key.sign(manifest).signature).decode("ascii"),
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
        key.public_key.verify(manifest, signature)
    except BadSignatureError:
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


@record
class TrustedKeyMaterial:
    name: str
    key_id: str
    public_key: VerifyKey


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

    def inspect(self, public_key_file: Path) -> TrustedKey:
        """What `install` would install: the key's name and ID, or why it cannot be used."""
        loaded = self._load(public_key_file)
        if not isinstance(loaded, TrustedKeyMaterial):
            raise ContentError(f"{public_key_file} cannot be trusted: {loaded}.")
        return TrustedKey(loaded.name, public_key_file, loaded.key_id)

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
            key = public_key_from_pem(path.read_bytes())
        except OSError as error:
            return f"the file cannot be read ({error.strerror or error})"
        except NotAKey as problem:
            return str(problem)
        return TrustedKeyMaterial(path.stem, key_id(key), key)
