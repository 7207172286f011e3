"""The frozen app's entry point: the same `pimdesk.app:main` as the `pimdesk` console script."""

import sys

from pimdesk.app import main

if __name__ == "__main__":
    sys.exit(main())
