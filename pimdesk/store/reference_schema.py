"""The version of the reference database's layout, shared by its build and its reader."""

# Bump when the tables of the reference database change; the reader refuses other versions.
SCHEMA_VERSION = 1

# Search documents are grouped by language: with a stride S (a power of two above the number of
# documents), the documents of the n-th language listed under this meta key have rowids between
# n × S + 1 and (n + 1) × S - 1, and a document's rowid % S is its place among all documents,
# most important first (store/reference_build.py). The key holds {"stride": S, "languages":
# [...]}. A database without it (built before) has its languages interleaved.
SEARCH_LAYOUT_KEY = "search_layout"


def language_stride(documents: int) -> int:
    """The smallest power of two above `documents`: small rowids keep the index small."""
    return 1 << documents.bit_length()
