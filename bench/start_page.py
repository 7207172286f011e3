"""Write PIM Desk's real start page (HTML) for the same-window floor.

python bench/start_page.py REFERENCE.sqlite OUT.html
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pimdesk.services.reference import ReferenceService  # noqa: E402
from pimdesk.store.reference import ReferenceStore  # noqa: E402
from pimdesk.ui.browse.home_page import home_page  # noqa: E402

reference = ReferenceService(ReferenceStore(Path(sys.argv[1])))
Path(sys.argv[2]).write_text(home_page(reference, []).html, encoding="utf-8")
reference.close()
