"""The version of the reference database's layout, shared by its build and its reader."""

# Bump when the tables of the reference database change; the reader refuses other versions.
SCHEMA_VERSION = 1
