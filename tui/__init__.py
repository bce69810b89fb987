"""presslens terminal UI (Textual) and command line (click)."""
