"""PIM Desk: the Protection Information Management framework, offline."""

__version__ = "0.9.0"
APP_NAME = "PIM Desk"
