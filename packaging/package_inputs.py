"""What goes into a build, as one fingerprint: when it is unchanged, the last build still holds."""

from __future__ import annotations

import hashlib
import importlib.metadata
import platform
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def build_inputs(bundled_resources: tuple[str, ...]) -> list[Path]:
    """Every file whose change changes the build: the packaging, the code, the resources."""
    files = [HERE / "pimdesk.spec", *sorted(HERE.glob("*.py")), *sorted((HERE / "icons").iterdir())]
    files += sorted((ROOT / "pimdesk").rglob("*.py"))
    for relative in bundled_resources:
        source = ROOT / relative
        files += [source] if source.is_file() else sorted(source.rglob("*"))
    return [path for path in files if path.is_file()]


def fingerprint(mode: str, bundled_resources: tuple[str, ...]) -> str:
    """A digest of the inputs, the installed packages (PyInstaller, Qt...) and the platform."""
    digest = hashlib.sha256(f"{mode} {platform.platform()} {sys.version}".encode())
    for path in build_inputs(bundled_resources):
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    digest.update("\n".join(installed_packages()).encode())
    return digest.hexdigest()


def installed_packages() -> list[str]:
    """'name==version' of each installed distribution but PIM Desk (its code is hashed above).

    A set: the same distribution can be found twice (an editable install's metadata in the
    checkout and in site-packages), depending on whether the checkout is on sys.path.
    """
    found = {
        f"{dist.metadata['Name']}=={dist.version}"
        for dist in importlib.metadata.distributions()
        if dist.metadata["Name"].lower() != "pimdesk"
    }
    return sorted(found)
