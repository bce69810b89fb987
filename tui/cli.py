"""The ``presslens`` command line (click).  No domain logic here either."""

from __future__ import annotations

import contextlib
import gc
import os
import sys

import click

from annotations import __version__
from annotations.exchange.formats import EXPORT_FORMATS
from annotations.core.text import lines, plural

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}


def _echo(text: str, *, err: bool = False) -> None:
    """Print text built from data: every line through the one sanitising boundary (annotations.core.text)."""
    click.echo(lines(text), err=err)


def _fail(message: str) -> None:
    _echo(f"presslens: {message}", err=True)


#: A file the command reads.  Not ``exists``/``readable``: click would make a missing or unreadable
#: file a usage error that stops everything; the loaders report it in one line and the others open.
INPUT_FILE = click.Path(path_type=str, readable=False)


class _Commands(click.Group):
    """The one place a user's mistake or a hostile file becomes a message: any
    :class:`~annotations.core.errors.PresslensError` a command raises is one line on
    standard error and exit status 1, never a traceback."""

    def invoke(self, ctx: click.Context):
        from annotations.core.errors import PresslensError

        try:
            return super().invoke(ctx)
        except PresslensError as exc:
            _fail(str(exc))
            ctx.exit(1)


@click.group(cls=_Commands, context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "-V", "--version", prog_name="presslens")
def main() -> None:
    """presslens: read how different outlets report the same event, side by side.

    \b
    Quick start:
      presslens open a.txt b.txt       open articles side by side
      presslens open seeds/            open every article in a folder
    """


def _engine_option():
    from annotations.nlp.engines import REGISTRY, describe_engines

    return click.option(
        "--engine",
        type=click.Choice(list(REGISTRY)),
        default=next(iter(REGISTRY)),
        show_default=True,
        help=f"Entity engine: {describe_engines()}.",
    )


ENGINE_OPTION = _engine_option()


def _check_style(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    from annotations.render.highlight import StyleNotFound, get_style

    try:
        get_style(value)
    except StyleNotFound as exc:
        raise click.BadParameter(str(exc)) from None
    return value


STYLE_OPTION = click.option(
    "--style", callback=_check_style, metavar="NAME", help="Pygments style for highlights (default: presslens)."
)


DB_OPTION = click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=str),
    help="Annotation database (default: $PRESSLENS_DB, the config's db, else ~/.local/share/presslens/presslens.json).",
)


def _config():
    from annotations.core.config import ConfigError, load_config

    try:
        return load_config()
    except ConfigError as exc:
        _fail(str(exc))
        sys.exit(2)


def _db_path(db: str | None, config) -> str:
    from annotations.store.store import default_db_path

    if db:
        return db
    if os.environ.get("PRESSLENS_DB"):
        return str(default_db_path())
    if config.db:
        return os.path.expanduser(config.db)
    return str(default_db_path())


def _open_store(path: str, *, allow_read_only: bool = False, read_only: bool = False, why: list[str] | None = None):
    """Open the database; a damaged file is an error (and left untouched).

    ``allow_read_only`` (``open``): a database another presslens is writing, or
    one that must not be written (a read-only file, folder or mount), opens
    read-only with a message (and ``why`` gets the reason, for the reader to show);
    otherwise (annotate, import) that is an error.
    ``read_only``: only read (works while presslens has it open).
    """
    from annotations.store.store import AnnotationStore, StoreLocked, StoreNotWritable

    try:  # a StoreError (damaged, foreign, locked for annotate/import) is one line via _Commands
        if read_only:
            return AnnotationStore(path, read_only=True)
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        try:
            return AnnotationStore(path)
        except (StoreLocked, StoreNotWritable) as exc:
            if not allow_read_only or not os.path.exists(path):
                raise
            _fail(f"{exc}; opened read-only")
            if why is not None:
                why.append(exc.why)
            return AnnotationStore(path, read_only=True)
    except OSError as exc:
        _fail(f"{path}: {exc.strerror or exc}")
        sys.exit(1)


@contextlib.contextmanager
def _no_new_files_on_failure(path: str):
    """If the command fails, remove the database it created (and the folders made for it).

    Only a database that did not exist before and still holds nothing but its
    initial state is removed (:func:`annotations.store.store.discard_if_initial`), and
    only folders that are then empty.  Success (exit 0) keeps everything.
    """
    existed = os.path.lexists(path)
    new_folders = []
    folder = os.path.dirname(os.path.abspath(path))
    while not os.path.lexists(folder):
        new_folders.append(folder)
        folder = os.path.dirname(folder)
    try:
        yield
    except BaseException as exc:
        if not (isinstance(exc, SystemExit) and exc.code in (0, None)) and not existed:
            from annotations.store.store import discard_if_initial

            if discard_if_initial(path):
                for folder in new_folders:  # deepest first
                    try:
                        os.rmdir(folder)
                    except OSError:
                        break
        raise


def _close_store(store) -> None:
    """Close the store; a database file that could not be rewritten is a warning, not a failure.

    (:class:`SnapshotNotWritten`: every change is saved in the journal, and the
    next open writes it.)
    """
    from annotations.store.store import SnapshotNotWritten

    try:
        store.close()
    except SnapshotNotWritten as exc:
        _fail(f"warning: {exc}")


def _latest_documents(store):
    """The current stored version of each article (the store's one rule)."""
    return store.current_documents()


def _load_or_exit(paths: tuple[str, ...]):
    from annotations.core.documents import load_paths

    result = load_paths(paths)
    for error in result.errors:
        _fail(str(error))
    if not result.documents:
        _fail("no article could be opened")
        sys.exit(1)
    return result


@main.command("open")
@click.argument("paths", nargs=-1, type=INPUT_FILE)
@ENGINE_OPTION
@STYLE_OPTION
@DB_OPTION
@click.option("--author", help="Who your annotations are by (default: the config's author, else your login name).")
@click.option("--codebook", type=INPUT_FILE, help="Codebook TOML with your tags and relations.")
@click.option("--no-mouse", is_flag=True, help="Turn mouse reporting off (keyboard only).")
@click.option("--no-animation", is_flag=True, help="Turn animations off (the default over SSH).")
@click.option(
    "--adjudicate",
    is_flag=True,
    help="Adjudicate ONE article of a team database: a column per coder and one for the gold layer "
    "(d lists the disagreements, a accepts a version, + what all agree on).",
)
def open_command(
    paths: tuple[str, ...],
    engine: str,
    style: str | None,
    db: str | None,
    author: str | None,
    codebook: str | None,
    no_mouse: bool,
    no_animation: bool,
    adjudicate: bool = False,
) -> None:
    """Open articles (.txt, .md, .json, .jsonl, or folders of them) side by side.

    With no paths, reopens a project: the articles of --db, else of $PRESSLENS_DB, else of
    the last project you opened (whatever database it used; remembered in
    ~/.local/state/presslens/state.json), else of the config's db or the default one.  It
    says which, and puts each article's cursor and scroll, and the column you were in, where
    you left them.  With --adjudicate, one article of a team database, a column per coder.
    """
    # Start-up builds a few hundred thousand long-lived objects (Textual, its CSS, the articles),
    # and the cyclic collector would scan them again and again before the first frame: about
    # 50 ms of a ~450 ms start.  The reader resumes collection after the first paint, with those
    # objects frozen out of it (see ReaderScreen._after_first_paint); leaving the command (an
    # error, or a caller such as a test running it in-process) resumes it too.
    if gc.isenabled():
        gc.disable()
        click.get_current_context().call_on_close(gc.enable)
    config = _config()
    codebook = codebook or (os.path.expanduser(config.codebook) if config.codebook else None)
    loaded_codebook = None  # the built-in one is parsed when first needed
    if codebook:  # the user's: read now, so a mistake in it is reported before the reader opens
        from annotations.core.codebook import load_codebook

        loaded_codebook = load_codebook(codebook)
    result = _load_or_exit(paths) if paths else None
    if adjudicate and (result is None or len(result.documents) != 1):
        found = f"{plural(len(result.documents), 'article')} given" if result is not None else "no article given"
        raise click.UsageError(f"--adjudicate opens one article of the team database ({found}): presslens open --adjudicate --db TEAM.json ARTICLE")
    db_path, origin = _db_path(db, config), _db_origin(db, config)
    if not paths and not db and not os.environ.get("PRESSLENS_DB"):
        db_path, origin = _last_project(db_path, origin)
    if not paths and not db and not os.path.exists(db_path):
        raise click.UsageError(
            f"no articles given, and there is no database to reopen ({db_path}, {origin}): "
            "give at least one article or folder (e.g. presslens open seeds/)"
        )
    with _no_new_files_on_failure(db_path):
        _run_reader(
            db_path, result, engine, style, author, codebook, loaded_codebook, no_mouse, no_animation, config,
            origin, adjudicate="gold" if adjudicate else None,
        )


def _db_origin(db: str | None, config) -> str:
    """Which database ``_db_path`` chose, in words (said when reopening)."""
    if db:
        return "--db"
    if os.environ.get("PRESSLENS_DB"):
        return "$PRESSLENS_DB"
    return "the config's db" if config.db else "the default database"


#: How ``open`` names the database it reopens from the user state (annotations.core.userstate).
LAST_PROJECT = "the last project you opened"


def _last_project(db_path: str, origin: str) -> tuple[str, str]:
    """``open`` with no articles and no --db: the database of the last project opened (the
    user state remembers it), else ``db_path`` (the config's or the default).

    A state file that cannot be used, or a remembered database that is gone, is one line
    naming it; ``open`` then goes on with ``db_path``.
    """
    from annotations.core.userstate import StateError, last_project

    try:
        last = last_project()
    except StateError as exc:
        _fail(f"{exc}; ignoring it")
        return db_path, origin
    if last is None:
        return db_path, origin
    if not os.path.isfile(last):
        gone = "is not a file any more" if os.path.exists(last) else "is gone (deleted or moved)"
        instead = f"; reopening {db_path} ({origin}) instead" if os.path.exists(db_path) else ""
        _fail(f"{last}: the database of {LAST_PROJECT} {gone}{instead}")
        return db_path, origin
    return last, LAST_PROJECT


def _remember_project(store) -> None:
    """The user state remembers this database as the last project's (a failure is a warning)."""
    from annotations.core.userstate import StateError, remember_project

    if store.path is None:
        return
    try:
        remember_project(store.path)
    except StateError as exc:
        _fail(f"warning: {exc}")


def _run_reader(db_path, result, engine, style, author, codebook, loaded_codebook, no_mouse, no_animation, config, origin="", adjudicate=None) -> None:
    from tui.app import AppOptions, create_app, remote_session

    why: list[str] = []
    store = _open_store(db_path, allow_read_only=True, why=why)
    if result is None:
        documents = _latest_documents(store)
        if not documents:
            store.close()
            _fail(f"{store.path} ({origin}): the database has no articles yet; give the articles to open")
            sys.exit(1)
        errors = []
        note = f"reopened {plural(len(documents), 'article')} from {store.path} ({origin})"
        _echo(f"presslens: {note}", err=True)
    else:
        documents, errors = result.documents, result.errors
        note = ""
    if adjudicate is None:  # (an adjudication is not the project `open` alone reopens)
        _remember_project(store)
    options = AppOptions(
        note=note,
        mouse=not no_mouse,
        animation=not (no_animation or remote_session()),
        engine=engine,
        style=style,
        author=author or config.author,
        codebook=codebook,
        codebook_loaded=loaded_codebook,
        keymap=dict(config.keymap),
        adjudicate=adjudicate,
        read_only_why=why[0] if why else "",
    )
    app = create_app(documents=documents, options=options, store=store)
    app.load_errors = errors
    try:
        app.run(mouse=options.mouse)
    finally:
        _close_store(store)  # the app closes it on quit (no-op then); this is the safety net
    for problem in app.store_problems:
        _fail(f"warning: {problem}")
    sys.exit(0)


@main.command("annotate")
@DB_OPTION
@click.argument("file", type=INPUT_FILE)
@click.option("--start", type=int, required=True, help="Start offset (code points into the normalised text).")
@click.option("--end", type=int, required=True, help="End offset (exclusive).")
@click.option("--tag", "tags", multiple=True, help="A tag (repeat for several).")
@click.option("--comment", default="", help="A comment.")
@click.option("--author", help="Who the annotation is by (default: config, else login name).")
def annotate_command(db: str | None, file: str, start: int, end: int, tags: tuple[str, ...], comment: str, author: str | None) -> None:
    """Add one annotation without the UI and print its id (for scripts and batch work)."""
    from annotations.core.config import resolve_author

    config = _config()
    result = _load_or_exit((file,))
    if len(result.documents) != 1:
        _fail(f"{file}: holds {len(result.documents)} articles; annotate needs a file with one")
        sys.exit(1)
    doc = result.documents[0]
    if not 0 <= start < end <= len(doc.text):
        _fail(f"{file}: span {start}:{end} is outside the text (0:{len(doc.text)}) or empty")
        sys.exit(1)
    db_path = _db_path(db, config)
    with _no_new_files_on_failure(db_path):
        ann = _annotate(db_path, doc, start, end, tags, comment, resolve_author(author, config))
    click.echo(ann.id)


def _annotate(db_path: str, doc, start: int, end: int, tags, comment: str, author: str | None):
    from annotations.store.store import StoreError

    store = _open_store(db_path, allow_read_only=False)
    try:
        store.add_document(doc)
        ann = store.new_annotation(doc, start, end, tags=tags, comment=comment, author=author)
    except (StoreError, ValueError) as exc:  # not durable, or refused (a control character in --comment)
        _close_store(store)
        _fail(f"{doc.path}: annotation not saved: {exc}")
        sys.exit(1)
    _close_store(store)  # the annotation is durable (journal) whatever closing says
    return ann


@main.command("add")
@DB_OPTION
@click.argument("paths", nargs=-1, required=True, type=INPUT_FILE)
def add_command(db: str | None, paths: tuple[str, ...]) -> None:
    """Add articles to a database without the reader; annotations imported for them (pending) are placed."""
    config = _config()
    result = _load_or_exit(paths)
    if not result.documents:
        sys.exit(1)  # every file was reported
    db_path = _db_path(db, config)
    with _no_new_files_on_failure(db_path):
        added, attached, refused = _add_documents(db_path, result.documents)
    what = f"{plural(added, 'article')} added" + (f", {len(result.documents) - added} already there" if added < len(result.documents) else "")
    if attached:
        what += f", {plural(attached, 'pending annotation')} attached"
    _echo(what, err=True)
    for ann_id, why in refused:
        _fail(f"annotation {ann_id} stays pending: {why}")


def _add_documents(db_path: str, documents) -> tuple[int, int, list[tuple[str, str]]]:
    """(articles new to the database, pending annotations placed, those that stay pending and why)."""
    from annotations.store.store import StoreError

    store = _open_store(db_path, allow_read_only=False)
    added, attached, refused = 0, 0, []
    try:
        for doc in documents:
            added += store.get_document(doc.id) is None
            store.add_document(doc)  # places the annotations waiting for it
            done, not_placed = store.last_attached
            attached += len(done)
            refused += not_placed
    except StoreError as exc:
        _close_store(store)
        _fail(f"{db_path}: articles not added: {exc}")
        sys.exit(1)
    _close_store(store)
    return added, attached, refused


@main.command("link")
@DB_OPTION
@click.argument("source")
@click.argument("target")
@click.option("--relation", default="same-claim", show_default=True, help="The relation (a codebook relation, e.g. supports, contradicts).")
@click.option("--author", help="Who links (default: config, else login name); the first annotation must be theirs.")
def link_command(db: str | None, source: str, target: str, relation: str, author: str | None) -> None:
    """Link annotation SOURCE to TARGET (ids as annotate prints them), as the reader's link does."""
    from annotations.actions import link_annotations
    from annotations.core.config import resolve_author

    config = _config()
    db_path = _db_path(db, config)
    if not os.path.exists(db_path):
        _fail(f"{db_path}: no such database (annotate something first, or give --db)")
        sys.exit(1)
    store = _open_store(db_path, allow_read_only=False)  # a read-only or locked one: one line via _Commands
    try:
        link_annotations(store, source, target, relation, resolve_author(author, config))
    except KeyError as exc:
        _fail(f"{db_path}: link not saved: {exc.args[0]}")
        sys.exit(1)
    except ValueError as exc:
        _fail(f"{db_path}: link not saved: {exc}")
        sys.exit(1)
    finally:
        _close_store(store)
    _echo(f"linked {source} -[{' '.join(relation.split())}]-> {target}", err=True)


def _get_engine(engine_name: str):
    from annotations.nlp.extract import get_engine

    try:
        return get_engine(engine_name)
    except ValueError as exc:  # an engine name not in the registry
        _fail(str(exc))
        sys.exit(1)


def _analyze(paths: tuple[str, ...], engine_name: str):
    from annotations.nlp.pipeline import analyse_set

    result = _load_or_exit(paths)
    engine = _get_engine(engine_name)
    return result, engine, analyse_set(result.documents, engine).analyses  # EngineUnavailable: see _Commands


def _echo_csv(text: str) -> None:
    """CSV on standard output: controls shown as visible characters on a terminal, as they are in a pipe
    (the export's rule for ``--out -``)."""
    from annotations.core.text import display

    click.echo(display(text) if sys.stdout.isatty() else text)


@main.command("analyze")
@click.argument("paths", nargs=-1, required=True, type=INPUT_FILE)
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="table", show_default=True)
@ENGINE_OPTION
def analyze_command(paths: tuple[str, ...], fmt: str, engine: str) -> None:
    """Print the entities and claims found in articles (JSON for other tools, or a table)."""
    import json

    from annotations.nlp.analyze import analysis_payload, format_table

    result, engine_obj, analyses = _analyze(paths, engine)
    if fmt == "json":
        from annotations.core.text import json_safe

        click.echo(json_safe(json.dumps(analysis_payload(result.documents, analyses, engine_obj), ensure_ascii=False, indent=2)))
    else:
        _echo(format_table(result.documents, analyses))
    sys.exit(1 if result.errors else 0)


def _compare_table_option():
    from annotations.review.sections import COMPARE_TABLES  # not compare itself: start-up stays light

    return click.option(
        "--table", "table", type=click.Choice(COMPARE_TABLES), help="Only this section (csv: one table; default: all, one after another)."
    )


@main.command("compare")
@click.argument("paths", nargs=-1, required=True, type=INPUT_FILE)
@click.option("--format", "fmt", type=click.Choice(["json", "table", "csv"]), default="table", show_default=True)
@ENGINE_OPTION
@_compare_table_option()
def compare_command(paths: tuple[str, ...], fmt: str, engine: str, table: str | None) -> None:
    """Compare articles on one event: aligned claims (same, related, conflicting), claims only one
    article has, who is quoted, the figures given and the entities named (JSON, a table or CSV)."""
    import json

    from annotations.review.compare import COMPARE_TABLES, compare_payload, compare_rows, compare_tables, format_compare

    result = _load_or_exit(paths)
    if len(result.documents) < 2:
        _fail("compare needs two or more articles")
        sys.exit(1)
    engine_obj = _get_engine(engine)
    from annotations.nlp.pipeline import analyse_set

    analysis = analyse_set(result.documents, engine_obj)  # EngineUnavailable: see _Commands
    tables = compare_tables(result.documents, analysis)
    sections = (table,) if table else COMPARE_TABLES
    if fmt == "json":
        from annotations.core.text import json_safe

        payload = compare_payload(tables)
        if table:
            keep = {"engine", "documents", table}
            payload = {k: v for k, v in payload.items() if k in keep}
        click.echo(json_safe(json.dumps(payload, ensure_ascii=False, indent=2)))
    elif fmt == "csv":
        from annotations.exchange.export import csv_table

        parts = []
        for section in sections:
            header, rows = compare_rows(tables, section)
            parts.append(("" if table else f"# {section}\n") + csv_table(header, rows))
        _echo_csv("\n".join(parts).rstrip("\n"))
    else:
        _echo(format_compare(tables, sections))
    sys.exit(1 if result.errors else 0)


@main.command("render")
@click.argument("path", type=INPUT_FILE)
@click.option("--format", "fmt", type=click.Choice(["ansi", "html"]), default="ansi", show_default=True)
@ENGINE_OPTION
@STYLE_OPTION
def render_command(path: str, fmt: str, engine: str, style: str | None) -> None:
    """Print an analysed article with its highlights (ANSI for less -R, or a web page)."""
    from annotations.render.highlight import render

    result, engine_obj, analyses = _analyze((path,), engine)
    out = []
    for doc, analysis in zip(result.documents, analyses):
        out.append(render(doc, analysis, fmt=fmt, style=style, engine_label=engine_obj.label))
    # Keep the colours when piped (`| less -R`), unless NO_COLOR asks for none.
    click.echo("\n".join(out), nl=False, color=not os.environ.get("NO_COLOR"))


def _read_store(db: str | None):
    """Open the database read-only (works while presslens has it open)."""
    config = _config()
    path = _db_path(db, config)
    if not os.path.exists(path):
        _fail(f"{path}: no such database (annotate something first, or give --db)")
        sys.exit(1)
    return _open_store(path, read_only=True)


@main.command("export")
@DB_OPTION
@click.option(
    "--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="json", show_default=True
)
@click.option(
    "--out",
    help="File to write, '-' for standard output, a folder for brat (default: presslens-export.EXT here). "
    "An existing file is overwritten, except the database itself, its journal and lock files and the "
    "articles stored in it, which are refused.",
)
@click.option("--doc", "docs", multiple=True, metavar="ID|PATH", help="Only this document (repeatable).")
@click.option("--tag", "tags", multiple=True, help="Only annotations with this tag: whole tag, any case, * and ? as wildcards (repeatable: any of them).")
@click.option("--author", help="Only annotations by this author (as --tag; an engine is [builtin]).")
@click.option("--layer", metavar="NAME", help="Only NAME's layer: their own annotations, no suggestions or rejections (as --tag; the adjudicated layer is gold).")
@click.option("--human-only", is_flag=True, help="Leave out engine suggestions and rejected suggestions.")
@click.option("--with-text", is_flag=True, help="json: include each document's text.")
@click.option(
    "--raw-cells",
    is_flag=True,
    help="csv: write cells as they are (for R, pandas). By default a cell starting with = + - @ tab or CR "
    "gets a ' in front, so a spreadsheet shows it instead of running it as a formula.",
)
@STYLE_OPTION
def export_command(db, fmt, out, docs, tags, author, layer, human_only, with_text, raw_cells, style) -> None:
    """Export annotations: presslens JSON, W3C Web Annotation JSON-LD, JSONL, CSV, brat, HTML."""
    from annotations.exchange.export import SelectionError, export_store

    if raw_cells and fmt != "csv":  # the other formats are never read as formulas: nothing to turn off
        raise click.UsageError("--raw-cells applies to --format csv only")
    store = _read_store(db)
    try:
        paths, chosen = export_store(
            store, fmt, out, docs=docs, tags=tags, author=author, layer=layer, human_only=human_only, with_text=with_text,
            style=style,
            **({"excel_safe": False} if raw_cells else {}),  # else export_store's default: safe cells
        )
    except (SelectionError, ValueError) as exc:
        _fail(str(exc))
        sys.exit(1)
    except OSError as exc:
        _fail(f"{out}: {exc.strerror or exc}")
        sys.exit(1)
    finally:
        store.close()
    where = ", ".join(paths) if paths else "standard output"
    if len(paths) > 3:
        where = f"{plural(len(paths), 'file')} in {os.path.dirname(paths[0]) or '.'}"
    _echo(f"exported {plural(len(chosen.annotations), 'annotation')} of {plural(len(chosen.documents), 'document')} to {where}", err=True)


@main.command("import")
@DB_OPTION
@click.argument("file", type=INPUT_FILE)
def import_command(db, file) -> None:
    """Import a presslens JSON or W3C JSON-LD export (ids kept; re-import changes nothing)."""
    config = _config()
    db_path = _db_path(db, config)
    with _no_new_files_on_failure(db_path):
        report = _import(db_path, file)
    waiting = ""
    if report.pending:
        waiting = (
            f", {plural(report.pending, 'annotation')} pending (their articles are not in the database; "
            "they are placed when you add or open them: presslens add --db DB FILE...)"
        )
    _echo(
        f"{file}: {plural(report.added, 'annotation')} added, {report.unchanged} unchanged, "
        f"{plural(report.documents_added, 'document')} added, {plural(len(report.conflicts), 'conflict')}{waiting}"
    )
    for ann_id, reason in report.conflicts:
        _fail(f"conflict, not overwritten: {ann_id}: {reason}")
    sys.exit(1 if report.conflicts else 0)


def _import(db_path: str, file: str):
    from annotations.exchange.importer import import_file
    from annotations.store.store import StoreError

    store = _open_store(db_path, allow_read_only=False)
    try:
        return import_file(store, file)  # an ImportFailed is one line and exit 1 (see _Commands)
    except StoreError as exc:
        _fail(f"{file}: annotations not imported: {exc}")
        sys.exit(1)
    finally:
        _close_store(store)


@main.command("merge")
@click.option("--db", required=True, type=click.Path(dir_okay=False, path_type=str), help="The team database to merge into (created if missing).")
@click.argument("inputs", nargs=-1, required=True, type=INPUT_FILE)
def merge_command(db: str, inputs: tuple[str, ...]) -> None:
    """Merge coders' databases into a team database (authors kept; conflicts reported, never overwritten).

    Merging again after a coder's new work adds only what is new. Exit status 1 when
    there are conflicts (everything else is merged).
    """
    from annotations.review.merge import check_inputs, merge_files

    check_inputs(db, inputs)  # refused before the team database is created
    with _no_new_files_on_failure(db):
        report = merge_files(db, inputs)
    for info in report.inputs:
        authors = ", ".join(sorted(a or "(no author)" for a in info.authors)) or "no annotations"
        _echo(
            f"{info.name}: {plural(info.annotations, 'annotation')} by {authors}: {info.added} added, "
            f"{info.updated} updated, {info.unchanged} unchanged; {plural(info.documents_added, 'document')} added"
        )
    kept = f"; {plural(report.kept, 'annotation')} no longer in any input kept" if report.kept else ""
    _echo(
        f"{db}: {plural(report.added, 'annotation')} added, {report.updated} updated, "
        f"{plural(len(report.conflicts), 'conflict')}{kept}"
    )
    for note in report.notes:
        _fail(f"note: {note}")
    for ann_id, reason in report.conflicts:
        _fail(f"conflict, not merged: {ann_id}: {reason}")
    if report.conflicts:
        _fail(f"{db} keeps its own version of each conflict: make the versions agree, then merge again")
    sys.exit(1 if report.conflicts else 0)


@main.command("agreement")
@DB_OPTION
@click.option("--by", type=click.Choice(["tag", "label", "document"]), help="Also report each tag, label or document on its own.")
@click.option("--coders", metavar="A,B,...", help="Whom to compare (default: every author with coded annotations but gold).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
def agreement_command(db, by, coders, fmt) -> None:
    """Inter-coder agreement: Krippendorff's alpha, Cohen's and Fleiss' kappa, span F1, unitizing alpha.

    A unit is an exact span at least one coder tagged or labelled; a coder's value is
    their tags and label on it; a coder who did not mark it has no value (see the README).
    """
    import json

    from annotations.review.agreement import format_csv, format_table, store_agreement

    chosen = [c.strip() for c in coders.split(",") if c.strip()] if coders else None
    with _read_store(db) as store:
        report = store_agreement(store, coders=chosen, by=by)  # an AgreementError is one line, exit 1
    if fmt == "json":
        from annotations.core.text import json_safe

        click.echo(json_safe(json.dumps(report, ensure_ascii=False, indent=2)))
    elif fmt == "csv":
        _echo_csv(format_csv(report).rstrip("\n"))  # data, as read (emoji whole): the export's rule
    else:
        _echo(format_table(report).rstrip("\n"))


@main.command("adjudicate")
@click.option("--db", required=True, type=click.Path(dir_okay=False, path_type=str), help="The team database.")
@click.option("--accept-agreed", is_flag=True, help="Every span all coders coded alike becomes the gold layer's (one undo step).")
@click.option("--accept", "accept_ids", multiple=True, metavar="ID", help="This coder's annotation becomes gold's on its span (repeatable).")
@click.option("--into", default="gold", show_default=True, help="The adjudicated layer (an author name).")
@click.option("--list", "list_them", is_flag=True, help="List the spans the coders did not code alike, with each coder's value and annotation ids (after any --accept).")
@click.option("--coders", metavar="A,B,...", help="Whose codings count (default: every coder but the layer).")
def adjudicate_command(db, accept_agreed, accept_ids, into, list_them, coders) -> None:
    """Settle disagreements into a gold layer; coders' annotations are never changed."""
    from annotations.review.adjudicate import accept_agreed as agreed, accept_version, disagreements, format_disagreements
    from annotations.core.model import label_name

    if not accept_agreed and not accept_ids and not list_them:
        raise click.UsageError("give --accept-agreed, --accept ID or --list")
    if not os.path.exists(db):
        _fail(f"{db}: no such database")
        sys.exit(1)
    chosen = [c.strip() for c in coders.split(",") if c.strip()] if coders else None
    store = _open_store(db)
    try:
        for ann_id in accept_ids:
            ann, replaced = accept_version(store, ann_id, into=into)
            was = f" (replacing {into}'s {', '.join(replaced.tags) or 'untagged'})" if replaced else ""
            _echo(f"{ann_id}: {', '.join(ann.tags) or label_name(ann.label or '') or 'untagged'} \u201c{ann.quote[:40]}\u201d now {into}'s{was}")
        if accept_agreed:
            report = agreed(store, into=into, coders=chosen)
            _echo(
                f"{db}: {plural(report.added, 'span')} all of {', '.join(report.coders)} agree on added to {into}; "
                f"{report.already} already there; {len(report.kept)} where {into} has its own version, left alone"
            )
        if list_them:
            names = {d.id: d.path or d.title or d.id for d in store.documents()}
            _echo(format_disagreements(disagreements(store, into=into, coders=chosen), names, into).rstrip("\n"))
    finally:
        _close_store(store)


@main.command("list")
@DB_OPTION
def list_command(db) -> None:
    """The documents in a database, with annotation counts."""
    from annotations.review.stats import format_documents, list_documents

    with _read_store(db) as store:
        _echo(format_documents(list_documents(store)))
        _echo_pending(store)


@main.command("stats")
@DB_OPTION
def stats_command(db) -> None:
    """Counts by tag, author, label, kind and article."""
    from annotations.review.stats import format_stats, stats

    with _read_store(db) as store:
        _echo(format_stats(stats(store)))
        _echo_pending(store)


def _echo_pending(store) -> None:
    """Annotations imported before their article: said, so an import never looks as if it did nothing."""
    waiting = store.pending()
    if waiting:
        articles = {doc.get("id") for _, doc in waiting}
        _echo(f"{plural(len(waiting), 'annotation')} pending on {plural(len(articles), 'article')} not in the database "
              "(imported without text: `presslens add` or opening the article places them)")


@main.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of presslens's own export format."""
    import json

    from annotations.exchange.export import export_schema

    click.echo(json.dumps(export_schema(), indent=2, ensure_ascii=False))
