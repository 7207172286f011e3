"""Keep PySide6's per-import source scan from caching every module's source at start.

PySide6 (its `__feature__` support, PYSIDE-2029) asks, for each module imported after it, whether
the module's source names "PySide6", through `inspect.getsource`: that reads the file into
`linecache` and keeps it there, ~2.5 MiB of lines for PIM Desk's start-up modules and the standard
library they import. The same question answered from the file's bytes gives the same answer and
keeps nothing. Installed by `pimdesk.ui` right after PySide6 is first imported.
"""

from __future__ import annotations

import linecache
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

FEATURE_MODULE = "shibokensupport.feature"
SCAN = "_mod_uses_pyside"


def install() -> bool:
    """Answer PySide6's scan from the file's bytes; False when this PySide6 has no such scan."""
    feature = sys.modules.get(FEATURE_MODULE)
    original = getattr(feature, SCAN, None)
    if feature is None or not callable(original) or getattr(original, "pimdesk", False):
        return False
    setattr(feature, SCAN, _reading_bytes(original))
    # PySide6 scanned the modules imported before it the old way, when it was first imported.
    linecache.clearcache()
    return True


def _reading_bytes(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)  # no source file of its own: PySide6's answer
        try:
            return b"PySide6" in Path(path).read_bytes()
        except OSError:
            return original(module)

    uses_pyside.pimdesk = True  # type: ignore[attr-defined]
    return uses_pyside
