"""PySide6's per-import source scan, answered from the file's bytes: same answers, nothing kept."""

from __future__ import annotations

import linecache
import sys
import types

import pimdesk.ui  # noqa: F401  (installs the scan)
from pimdesk.ui.widgets import qt_import_scan

feature = sys.modules[qt_import_scan.FEATURE_MODULE]


def test_the_scan_is_installed_once_and_gives_pysides_answers() -> None:
    scan = getattr(feature, qt_import_scan.SCAN)
    assert getattr(scan, "pimdesk", False)
    assert qt_import_scan.install() is False  # already in place: not wrapped twice
    import pimdesk.domain.records as plain_python
    import pimdesk.ui.shell.application as names_pyside

    assert scan(names_pyside) is True
    assert scan(plain_python) is False
    assert scan(sys) is False  # built in, no source: PySide6's own answer
    assert scan(types.ModuleType("made_in_memory")) is False


def test_the_scan_keeps_no_source_in_linecache() -> None:
    import pimdesk.domain.records as plain_python

    linecache.checkcache()
    path = plain_python.__file__
    linecache.cache.pop(path, None)
    getattr(feature, qt_import_scan.SCAN)(plain_python)
    assert path not in linecache.cache
