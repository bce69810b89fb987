"""The ``presslens`` command line (click).  No domain logic here either."""

from __future__ import annotations

import sys

import click

from annotations import __version__

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}


def _fail(message: str) -> None:
    click.echo(f"presslens: {message}", err=True)


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "-V", "--version", prog_name="presslens")
def main() -> None:
    """presslens: read how different outlets report the same event, side by side.

    \b
    Quick start:
      presslens open a.txt b.txt       open articles side by side
      presslens open seeds/            open every article in a folder
    """


@main.command("open")
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option("--no-mouse", is_flag=True, help="Turn mouse reporting off (keyboard only).")
@click.option("--no-animation", is_flag=True, help="Turn animations off (the default over SSH).")
def open_command(paths: tuple[str, ...], no_mouse: bool, no_animation: bool) -> None:
    """Open articles (.txt, .md, .json, .jsonl, or folders of them) side by side."""
    from annotations.documents import load_paths
    from tui.app import AppOptions, create_app, remote_session

    if not paths:
        raise click.UsageError("give at least one article or folder, e.g. presslens open seeds/")
    result = load_paths(paths)
    for error in result.errors:
        _fail(str(error))
    if not result.documents:
        _fail("no article could be opened")
        sys.exit(1)
    options = AppOptions(mouse=not no_mouse, animation=not (no_animation or remote_session()))
    app = create_app(documents=result.documents, options=options)
    app.load_errors = result.errors
    app.run(mouse=options.mouse)
    sys.exit(1 if result.errors and not result.documents else 0)
