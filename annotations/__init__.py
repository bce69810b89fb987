"""presslens domain layer: documents, extraction, alignment, store, export.

Never imports a UI toolkit (Textual) or the CLI library (click).
"""

__version__ = "0.1.0"
