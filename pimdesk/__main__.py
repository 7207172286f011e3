"""Allow `python -m pimdesk` without running code from the current folder.

`python -m` puts the current folder first on `sys.path`, so a `json.py` (or any module name PIM
Desk imports) lying there would run as PIM Desk. The `pimdesk` script never does this; here the
entry is removed before anything else is imported. The package itself was already found by then.
"""

import os
import sys


def _without_current_folder(entries: list[str]) -> list[str]:
    """`entries` less the current folder, however it is spelled ('' or its full path)."""
    here = os.path.realpath(os.curdir)
    return [e for e in entries if e not in ("", ".") and os.path.realpath(e) != here]


sys.path[:] = _without_current_folder(sys.path)

from pimdesk.app import main  # noqa: E402  (only after sys.path is safe)

raise SystemExit(main())
