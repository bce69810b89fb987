"""The export formats, defined once: the CLI's ``--format`` choices, the app's export dialog,
the writers (:mod:`annotations.exchange.export`) and the tests read this table.

Kept free of heavy imports: the CLI reads it when it starts.
"""

from __future__ import annotations

from typing import NamedTuple


class ExportFormat(NamedTuple):  # a NamedTuple: cheaper to define than a dataclass at start-up
    """One export format."""

    name: str
    description: str
    suffix: str  #: of the default file name; "" for a format that writes a folder
    folder: bool = False

    @property
    def default_output(self) -> str:
        """The file (or folder) written when no output is given."""
        return f"presslens-{self.name}" if self.folder else "presslens-export" + self.suffix


#: Every export format, in the order they are offered.
FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("json", "presslens JSON (all fields, versioned schema)", ".json"),
        ExportFormat("w3c", "W3C Web Annotation JSON-LD", ".jsonld"),
        ExportFormat("jsonl", "JSON lines, one annotation per line (pandas)", ".jsonl"),
        ExportFormat("csv", "CSV, one row per annotation (spreadsheets, R)", ".csv"),
        ExportFormat("brat", "brat standoff: .txt + .ann per article (a folder)", "", folder=True),
        ExportFormat("html", "one web page with the highlighted articles", ".html"),
    )
}
EXPORT_FORMATS: tuple[str, ...] = tuple(FORMATS)

__all__ = ["EXPORT_FORMATS", "FORMATS", "ExportFormat"]
