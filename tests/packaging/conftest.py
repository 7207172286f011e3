"""The packaging scripts live in packaging/ (not a package: the name would hide PyPA's
`packaging`), so their folder is put on the path for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
if str(PACKAGING) not in sys.path:
    sys.path.insert(0, str(PACKAGING))
