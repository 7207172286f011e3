"""The desktop app (PySide6): the only package that imports Qt."""

import PySide6

from pimdesk.ui.widgets.qt_import_scan import install

install()  # before the desktop's modules are imported: PySide6 scans each one's source
del PySide6, install
