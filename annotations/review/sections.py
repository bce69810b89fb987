"""The sections of ``presslens compare`` (``--table``), in the order they are printed.

Kept apart from :mod:`annotations.review.compare` so the command line can offer the choices
without importing the alignment and its word lists at start-up.
"""

COMPARE_TABLES: tuple[str, ...] = ("pairs", "unique", "sources", "figures", "entities")
