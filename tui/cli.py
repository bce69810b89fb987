"""The ``presslens`` command line (click).  No domain logic here either."""

from __future__ import annotations

import os
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


ENGINE_OPTION = click.option(
    "--engine",
    type=click.Choice(["builtin", "spacy"]),
    default="builtin",
    show_default=True,
    help="Entity engine: the built-in rules (no download) or spaCy (pip install 'presslens[spacy]').",
)


def _check_style(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    from annotations.highlight import StyleNotFound, get_style

    try:
        get_style(value)
    except StyleNotFound as exc:
        raise click.BadParameter(str(exc)) from None
    return value


STYLE_OPTION = click.option(
    "--style", callback=_check_style, metavar="NAME", help="Pygments style for highlights (default: presslens)."
)


def _load_or_exit(paths: tuple[str, ...]):
    from annotations.documents import load_paths

    result = load_paths(paths)
    for error in result.errors:
        _fail(str(error))
    if not result.documents:
        _fail("no article could be opened")
        sys.exit(1)
    return result


@main.command("open")
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@ENGINE_OPTION
@STYLE_OPTION
@click.option("--no-mouse", is_flag=True, help="Turn mouse reporting off (keyboard only).")
@click.option("--no-animation", is_flag=True, help="Turn animations off (the default over SSH).")
def open_command(paths: tuple[str, ...], engine: str, style: str | None, no_mouse: bool, no_animation: bool) -> None:
    """Open articles (.txt, .md, .json, .jsonl, or folders of them) side by side."""
    from tui.app import AppOptions, create_app, remote_session

    if not paths:
        raise click.UsageError("give at least one article or folder, e.g. presslens open seeds/")
    result = _load_or_exit(paths)
    options = AppOptions(
        mouse=not no_mouse, animation=not (no_animation or remote_session()), engine=engine, style=style
    )
    app = create_app(documents=result.documents, options=options)
    app.load_errors = result.errors
    app.run(mouse=options.mouse)
    sys.exit(0)


def _analyze(paths: tuple[str, ...], engine_name: str):
    from annotations.extract import EngineUnavailable, analyze_documents, get_engine

    result = _load_or_exit(paths)
    try:
        engine = get_engine(engine_name)
        analyses = analyze_documents(result.documents, engine)
    except (EngineUnavailable, ValueError) as exc:
        _fail(str(exc))
        sys.exit(1)
    return result, engine, analyses


@main.command("analyze")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="table", show_default=True)
@ENGINE_OPTION
def analyze_command(paths: tuple[str, ...], fmt: str, engine: str) -> None:
    """Print the entities and claims found in articles (JSON for other tools, or a table)."""
    import json

    from annotations.analyze import analysis_payload, format_table

    result, engine_obj, analyses = _analyze(paths, engine)
    if fmt == "json":
        click.echo(json.dumps(analysis_payload(result.documents, analyses, engine_obj), ensure_ascii=False, indent=2))
    else:
        click.echo(format_table(result.documents, analyses))
    sys.exit(1 if result.errors else 0)


@main.command("render")
@click.argument("path", type=click.Path(path_type=str))
@click.option("--format", "fmt", type=click.Choice(["ansi", "html"]), default="ansi", show_default=True)
@ENGINE_OPTION
@STYLE_OPTION
def render_command(path: str, fmt: str, engine: str, style: str | None) -> None:
    """Print an analysed article with its highlights (ANSI for less -R, or a web page)."""
    from annotations.highlight import render

    result, engine_obj, analyses = _analyze((path,), engine)
    out = []
    for doc, analysis in zip(result.documents, analyses):
        out.append(render(doc, analysis, fmt=fmt, style=style, engine_label=engine_obj.label))
    # Keep the colours when piped (`| less -R`), unless NO_COLOR asks for none.
    click.echo("\n".join(out), nl=False, color=not os.environ.get("NO_COLOR"))
