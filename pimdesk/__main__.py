"""Allow `python -m pimdesk`."""

from pimdesk.app import main

raise SystemExit(main())
