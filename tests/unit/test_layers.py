"""The domain layer never imports the UI toolkit or the CLI library."""

import subprocess
import sys
from pathlib import Path

import annotations


def test_annotations_imports_no_textual_or_click():
    package = Path(annotations.__file__).parent
    modules = sorted(
        ".".join(p.relative_to(package.parent).with_suffix("").parts) for p in package.rglob("*.py") if p.stem != "__init__"
    )
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'click', 'rich'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "", f"annotations imported: {out.stdout.strip()}"
    assert "annotations.core.documents" in modules


def test_source_has_no_ui_imports():
    package = Path(annotations.__file__).parent
    for path in package.rglob("*.py"):
        source = path.read_text()
        for banned in ("import textual", "from textual", "import click", "from click", "from rich", "import rich"):
            assert banned not in source, f"{path} contains {banned!r}"
