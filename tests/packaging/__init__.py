"""Tests of the packaging: the bundle rules, the platform files, the frozen-build checks."""
