"""
The ``conflictfigures`` command (also ``python -m conflictfigures``).

Commands:

``report [PATH...]``
    Read articles (files, folders; the bundled seeds when no path is given)
    or a store (``--db``) and print a report: figures by outlet,
    contradictions, corroborated claims, running totals, the toll by
    category. ``--format json`` writes one JSON document instead;
    ``--format html`` one self-contained page with charts (the ``html`` extra);
    ``--format parquet -o FOLDER`` a folder of Parquet tables (the
    ``parquet`` extra), analysed on the cluster with ``--workers``.
``extract [PATH...]``
    Write one record per figure: ``--format jsonl`` (default), ``csv`` or
    ``hxl``.
``ingest PATH... --db FILE``
    Add articles to a store, one transaction per document; the same text is
    never stored twice.

A PATH is a folder, an article file (``.txt``, ``.md``, a saved ``.html``
page) or a table of articles (JSON Lines, CSV, Parquet) whose columns are
named with ``--text`` and the ``--*-column`` options; articles are read one
at a time, so memory does not grow with their number (``report`` keeps
each article's figures, not its text).
On a terminal a progress bar (tqdm) counts documents and figures.

A problem with one file (unreadable, not UTF-8, not a regular file, a bad
manifest row) is one line on stderr naming the file; the other files are
still processed and the exit status is 2. A problem with the store, an
argument or the output (a full disk, a closed standard output) stops the
command with one line and exit status 2. File names that hold a newline, an
escape sequence or bytes that are not UTF-8 are shown as Python literals.
Output files are written whole or not at all, and only to regular files.
See docs/cli.md.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING

import attrs

from conflictfigures._cli_run import PROG, Fatal, OutputFailed, Run
from conflictfigures._documents import (
    Document,
    DocumentError,
    _read_documents,
    parse_date,
    seeds_folder,
)
from conflictfigures._html import render_html
from conflictfigures._output import ENCODING_ERRORS, new_folder, replace_file
from conflictfigures._readers import _table_format, read_articles
from conflictfigures._report import DocumentSummary, render_report, report_record
from conflictfigures._tables import (
    TABLES,
    ParquetExtraMissing,
    arrow_without_pandas,
    check_tables,
    require_pyarrow,
    write_tables,
)
from conflictfigures.aggregate import (
    ACLED_ESTIMATE,
    DEFAULT_ESTIMATE,
    MINMAX_ESTIMATE,
    UCDP_ESTIMATE,
    EstimatePolicy,
    Ledger,
)
from conflictfigures.errors import ConflictFiguresError, shown
from conflictfigures.export import write_csv, write_hxl
from conflictfigures.policy import ACLED_POLICY, DEFAULT_POLICY, BoundsPolicy
from conflictfigures.serialize import write_jsonl
from conflictfigures.store import IngestStatus, Store

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Iterable, Iterator, Sequence

    from conflictfigures.models import Figure

__all__ = ["main"]


_BOUNDS: dict[str, BoundsPolicy] = {"default": DEFAULT_POLICY, "acled": ACLED_POLICY}
_ESTIMATES: dict[str, EstimatePolicy] = {
    "default": DEFAULT_ESTIMATE,
    "acled": ACLED_ESTIMATE,
    "ucdp": UCDP_ESTIMATE,
    "minmax": MINMAX_ESTIMATE,
}


#: The ``--*-column`` options, by the :func:`read_articles` keyword each sets.
_COLUMN_OPTIONS = {
    "outlet": "the outlet that published the article",
    "published": "its publication date (YYYY-MM-DD, or a date and time)",
    "url": "its URL",
    "id": "its id (default: the table's name and the row's number)",
    "title": "its headline",
}


# -- arguments ---------------------------------------------------------------


def _add_inputs(parser: argparse.ArgumentParser, *, paths_required: bool) -> None:
    parser.add_argument(
        "paths",
        nargs="+" if paths_required else "*",
        metavar="PATH",
        help="article files and folders"
        + ("" if paths_required else " (default: the bundled seed articles)"),
    )
    parser.add_argument(
        "--outlet", help="the outlet of every document read (overrides manifest.csv)"
    )
    parser.add_argument(
        "--published",
        metavar="YYYY-MM-DD",
        help="the publication date of every document read (overrides manifest.csv)",
    )
    parser.add_argument("--url", help="the URL of the one file given (overrides manifest.csv)")
    tables = parser.add_argument_group(
        "tables of articles (JSON Lines, CSV, Parquet)",
        "Name the columns that hold each field; a column left unnamed is read from its usual "
        "name (text, url, outlet, published, id, title) when the table has it.",
    )
    tables.add_argument("--text", metavar="COLUMN", help="the column of the article's text")
    for field, what in _COLUMN_OPTIONS.items():
        tables.add_argument(
            f"--{field.replace('_', '-')}-column",
            dest=f"{field}_column",
            metavar="COLUMN",
            help=f"the column of {what}",
        )
    dask = parser.add_argument_group(
        "parallel extraction (the 'dask' extra)",
        "Extract on several processes; articles are still read, and results written, "
        "in order and one at a time. With report --format parquet, the analysis runs "
        "and the tables are written on the cluster too.",
    ).add_mutually_exclusive_group()
    dask.add_argument(
        "--workers", type=_positive, metavar="N", help="start a local Dask cluster of N processes"
    )
    dask.add_argument(
        "--scheduler", metavar="ADDRESS", help="join the Dask cluster whose scheduler is ADDRESS"
    )
    parser.add_argument(
        "--bounds",
        choices=sorted(_BOUNDS),
        default="default",
        help="how words such as 'dozens' or 'more than 50' become bounds (default: default)",
    )


def _positive(text: str) -> int:
    """An argument that must be a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number >= 1, got {text!r}")
    return value


def _table_names(text: str) -> tuple[str, ...]:
    """An argument naming Parquet tables, separated by commas."""
    try:
        return check_tables(t.strip() for t in text.split(",") if t.strip())
    except ConflictFiguresError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _add_output(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write to FILE (replaced only once complete) instead of standard output",
    )


def _parser() -> argparse.ArgumentParser:
    from conflictfigures import __version__  # noqa: PLC0415 - the package imports this module

    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Casualty and loss figures from news text, set side by side across outlets.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    report = commands.add_parser(
        "report",
        help="print a report of figures, contradictions, corroboration and running totals",
        description="Print a report a person reads at a glance. With no PATH and no --db, "
        "reports on the bundled seed articles.",
    )
    _add_inputs(report, paths_required=False)
    report.add_argument("--db", metavar="FILE", help="report on a store instead of files")
    report.add_argument(
        "--format",
        choices=["text", "json", "html", "parquet"],
        default="text",
        help="output format (default: text; html needs the 'html' extra; parquet writes a "
        "folder of tables, named with -o, and needs the 'parquet' extra)",
    )
    report.add_argument(
        "--tables",
        type=_table_names,
        default=TABLES,
        metavar="LIST",
        help=f"with --format parquet, the tables to write, separated by commas "
        f"(default: all: {','.join(TABLES)})",
    )
    report.add_argument(
        "--estimate",
        choices=sorted(_ESTIMATES),
        default="default",
        help="the estimate policy (default: default)",
    )
    _add_output(report)
    report.set_defaults(run=_report)

    ext = commands.add_parser(
        "extract",
        help="write one record per figure (JSON Lines, CSV or HXL)",
        description="Write one record per figure. With no PATH and no --db, reads the "
        "bundled seed articles.",
    )
    _add_inputs(ext, paths_required=False)
    ext.add_argument("--db", metavar="FILE", help="read the figures of a store instead of files")
    ext.add_argument(
        "--format",
        choices=["jsonl", "csv", "hxl"],
        default="jsonl",
        help="output format (default: jsonl)",
    )
    _add_output(ext)
    ext.set_defaults(run=_extract)

    ingest = commands.add_parser(
        "ingest",
        help="add articles to a store",
        description="Add articles to a SQLite store, one transaction per document. "
        "The same text is never stored twice; a changed text at a stored URL is kept as a "
        "new version.",
    )
    _add_inputs(ingest, paths_required=True)
    ingest.add_argument("--db", metavar="FILE", required=True, help="the store (created if new)")
    ingest.set_defaults(run=_ingest)
    return parser


# -- inputs --------------------------------------------------------------------


def _published(args: argparse.Namespace) -> dt.date | None:
    if args.published is None:
        return None
    try:
        return parse_date(args.published)
    except ValueError as exc:
        raise Fatal(f"--published: {exc}") from None


def _paths(args: argparse.Namespace) -> list[Path]:
    paths = [Path(p) for p in args.paths]
    if args.url is not None and (
        len(paths) != 1 or paths[0].is_dir() or _table_format(paths[0]) is not None
    ):
        raise Fatal("--url is the URL of one document: give it with exactly one file")
    if _columns(args) and not any(_table_format(p) is not None for p in paths):
        raise Fatal(
            "--text and the --*-column options name the columns of a table "
            "(.jsonl, .csv, .parquet); no table was given"
        )
    return paths


def _columns(args: argparse.Namespace) -> dict[str, str]:
    """The :func:`read_articles` keywords the command line sets."""
    named = {"text": args.text}
    named |= {("doc_id" if f == "id" else f): getattr(args, f"{f}_column") for f in _COLUMN_OPTIONS}
    return {k: v for k, v in named.items() if v is not None}


def _documents(run: Run, args: argparse.Namespace, paths: Sequence[Path]) -> Iterator[Document]:
    """
    The documents of the paths, one at a time; each bad file or row is
    reported as it is met, and their number once more at the end.
    """
    errors: list[DocumentError] = []
    published = _published(args)
    columns = _columns(args)
    failed = 0

    def report() -> None:
        nonlocal failed
        failed += len(errors)
        while errors:
            run.problem(str(errors.pop(0)))

    # Consecutive files and folders are read together, so that a file
    # reached twice (through a link, or as itself and in its folder) is read once.
    for is_table, group in _runs(paths):
        docs: Iterable[Document]
        if is_table:
            [table] = group
            docs = read_articles(table, errors=errors, **columns)
        else:
            docs = _read_documents(
                list(group),
                outlet=args.outlet,
                published=published,
                url=args.url,
                errors=errors,
                pages=True,
            )
        for doc in docs:
            report()
            yield _overridden(doc, args.outlet, published) if is_table else doc
        report()
    if failed > 1:
        run.note(f"{failed} files or rows could not be read; each is named above")


def _overridden(doc: Document, outlet: str | None, published: dt.date | None) -> Document:
    """A table's document with ``--outlet`` and ``--published`` put over its own."""
    if outlet is None and published is None:
        return doc
    src = doc.source
    source = attrs.evolve(
        src,
        outlet=src.outlet if outlet is None else outlet,
        published=src.published if published is None else published,
    )
    return attrs.evolve(doc, source=source)


def _runs(paths: Sequence[Path]) -> Iterator[tuple[bool, list[Path]]]:
    """The paths in order: each table alone, consecutive files and folders together."""
    group: list[Path] = []
    for path in paths:
        if _table_format(path) is None or path.is_dir():
            group.append(path)
            continue
        if group:
            yield False, group
            group = []
        yield True, [path]
    if group:
        yield False, group


def _name(doc: Document, folders: Sequence[Path]) -> str:
    """The document's path inside the folder it was found in, else as given."""
    if doc.path is None:
        return doc.name
    for folder in folders:
        try:
            return str(Path(doc.path).relative_to(folder))
        except ValueError:
            continue
    return doc.path


def _db(args: argparse.Namespace) -> str | None:
    """The ``--db`` argument; an empty one is refused, never read as "no store"."""
    db: str | None = args.db
    if db is not None and not db.strip():
        raise Fatal("--db: the store's file name is empty")
    return db


def _read(run: Run, args: argparse.Namespace) -> tuple[Iterator[DocumentSummary], str]:
    """
    The documents of the arguments (files, folders, tables or a store) with
    their figures, one at a time, and a title for them.

    The arguments are checked at once; the documents are read as the
    iterator is consumed.
    """
    db = _db(args)
    if db is not None and args.paths:
        raise Fatal("give article PATHs or --db, not both")
    if db is not None:
        if args.outlet or args.published or args.url:
            raise Fatal("--outlet, --published and --url describe files; not with --db")
        if _columns(args):
            raise Fatal("--text and --*-column name the columns of a table; not with --db")
        with Store(db, read_only=True) as store:
            pairs = store.documents_with_figures()
        summaries = [
            DocumentSummary(
                name=shown(d.path or d.source.doc_id or d.sha256[:12]),
                source=d.source,
                figures=tuple(figs),
            )
            for d, figs in pairs
        ]
        return iter(summaries), shown(db)
    paths, title = _paths_or_seeds(args)
    return _extracted(run, args, paths), title


def _paths_or_seeds(args: argparse.Namespace) -> tuple[list[Path], str]:
    """The paths to read (the bundled seeds when none is given), checked, and a title."""
    paths = _paths(args)
    _published(args)
    if not paths:
        return [seeds_folder()], "bundled seeds"
    return paths, ", ".join(shown(p) for p in paths)


def _extracted(
    run: Run, args: argparse.Namespace, paths: Sequence[Path]
) -> Iterator[DocumentSummary]:
    folders = [p for p in paths if p.is_dir()]
    n_figures = 0
    for doc, figures in _with_figures(args, _documents(run, args, paths)):
        n_figures += len(figures)
        yield DocumentSummary(
            name=shown(_name(doc, folders)), source=doc.source, figures=tuple(figures)
        )
        run.progress.update(n_figures, doc.name)
    run.progress.close()


def _with_figures(
    args: argparse.Namespace, documents: Iterator[Document]
) -> Iterator[tuple[Document, list[Figure]]]:
    """Each document with its figures, extracted here or on a Dask cluster, in order."""
    policy = _BOUNDS[args.bounds]
    if args.workers is None and args.scheduler is None:
        for doc in documents:
            yield doc, doc.figures(policy=policy)
        return
    from conflictfigures._parallel import (  # noqa: PLC0415 - only with --workers/--scheduler
        ClusterUnavailable,
        cluster,
        extract_in_parallel,
    )

    try:
        with cluster(workers=args.workers, scheduler=args.scheduler) as client:
            yield from extract_in_parallel(documents, client, policy=policy)
    except ClusterUnavailable as exc:
        raise Fatal(str(exc)) from None


# -- outputs -------------------------------------------------------------------


def _emit(run: Run, output: str | None, write: Callable[[IO[str]], object]) -> None:
    """Write to standard output, or to a file replaced only once complete."""
    if output is None:
        run.write(write)
        return
    try:
        replace_file(output, write)
    except OSError as exc:
        raise Fatal(f"{shown(output)}: cannot write: {exc.strerror or exc}") from exc


# -- commands ------------------------------------------------------------------


def _report(run: Run, args: argparse.Namespace) -> None:
    if args.format == "parquet":
        _report_tables(run, args)
        return
    read, title = _read(run, args)
    summaries = list(read)  # each document's figures, not its text
    figures = [f for s in summaries for f in s.figures]
    ledger = Ledger(figures, policy=_ESTIMATES[args.estimate])
    if args.format == "json":
        record = report_record(ledger)

        def write(out: IO[str]) -> None:
            json.dump(record, out, ensure_ascii=False, indent=2)
            out.write("\n")

    elif args.format == "html":
        text = _html_page(ledger, summaries, title, None if args.db else _BOUNDS[args.bounds])

        def write(out: IO[str]) -> None:
            out.write(text)

    else:
        text = render_report(ledger, summaries, title=title)

        def write(out: IO[str]) -> None:
            out.write(text)

    _emit(run, args.output, write)


def _report_tables(run: Run, args: argparse.Namespace) -> None:
    """
    ``--format parquet``: the tables in a new folder, analysed in this process
    or, with ``--workers``/``--scheduler``, on the cluster where the
    documents are extracted (the client only reads and sends them).
    """
    if args.output is None:
        raise Fatal("--format parquet writes a folder of tables: name it with -o FOLDER")
    try:
        require_pyarrow()  # before the folder is made or any article read
        policy = _ESTIMATES[args.estimate]
        on_cluster = (args.workers is not None or args.scheduler is not None) and args.db is None
        with new_folder(args.output) as folder:
            if on_cluster:
                written = _tables_on_cluster(run, args, folder)
            else:
                read, _title = _read(run, args)
                ledger = Ledger((f for s in read for f in s.figures), policy=policy)
                arrow_without_pandas()  # the command's own process: its conversions are ours
                written = write_tables(ledger, folder, args.tables)
    except ParquetExtraMissing as exc:
        raise Fatal(str(exc)) from None
    counts = ", ".join(f"{n:,} {t.replace('_', ' ')}" for t, n in written.items())
    line = f"{shown(args.output)}: {counts}\n"
    run.write(lambda out: out.write(line))


def _tables_on_cluster(run: Run, args: argparse.Namespace, folder: Path) -> dict[str, int]:
    from conflictfigures._parallel import (  # noqa: PLC0415 - only with --workers/--scheduler
        ClusterUnavailable,
        cluster,
    )

    paths, _title = _paths_or_seeds(args)

    def counted(documents: Iterator[Document]) -> Iterator[Document]:
        for doc in documents:
            run.progress.update(None, doc.name)
            yield doc
        run.progress.close()

    try:
        with cluster(workers=args.workers, scheduler=args.scheduler) as client:
            from conflictfigures.distributed import analyse_documents  # noqa: PLC0415

            analysis = analyse_documents(
                counted(_documents(run, args, paths)),
                bounds=_BOUNDS[args.bounds],
                policy=_ESTIMATES[args.estimate],
                client=client,
            )
            return analysis.write_parquet(folder, tables=args.tables)
    except ClusterUnavailable as exc:
        raise Fatal(str(exc)) from None


def _html_page(
    ledger: Ledger, summaries: Sequence[DocumentSummary], title: str, bounds: BoundsPolicy | None
) -> str:
    try:
        return render_html(
            ledger, title=title, documents=[s.source for s in summaries], bounds=bounds
        )
    except ImportError as exc:  # the 'html' extra is not installed: one line, not a traceback
        raise Fatal(str(exc)) from None


def _extract(run: Run, args: argparse.Namespace) -> None:
    summaries, _title = _read(run, args)
    # Written as they are read: nothing but the current document is held.
    figures: Iterator[Figure] = (f for s in summaries for f in s.figures)
    if args.format == "jsonl":

        def write(out: IO[str]) -> None:
            write_jsonl(figures, out)

    elif args.format == "csv":

        def write(out: IO[str]) -> None:
            write_csv(figures, out)

    else:
        bounds = _BOUNDS[args.bounds]

        def write(out: IO[str]) -> None:
            write_hxl(figures, out, policy=bounds)

    _emit(run, args.output, write)


def _ingest(run: Run, args: argparse.Namespace) -> None:
    db = _db(args)
    assert db is not None  # noqa: S101 - argparse requires --db
    paths = _paths(args)
    _published(args)
    tally = dict.fromkeys(IngestStatus, 0)
    figures = 0
    # An existing store is checked before any article is read; a new one is
    # created only for the first document, so a run that reads nothing
    # leaves no empty store behind.
    store = Store(db, create=True) if os.path.lexists(db) else None

    def new(documents: Iterator[Document]) -> Iterator[Document]:
        """The documents not stored yet: those stored are counted, never extracted."""
        nonlocal store
        for doc in documents:
            if store is None:
                store = Store(db, create=True)
            if doc in store:
                tally[IngestStatus.UNCHANGED] += 1
                run.progress.update(figures, doc.name)
                continue
            yield doc

    try:
        for doc, found in _with_figures(args, new(_documents(run, args, paths))):
            assert store is not None  # noqa: S101 - made for the document's check
            result = store.add(doc, found)
            tally[result.status] += 1
            if result.status is not IngestStatus.UNCHANGED:
                figures += result.document.figure_count
            run.progress.update(figures, doc.name)
        run.progress.close()
        total = None if store is None else len(store)
    finally:
        if store is not None:
            store.close()
    read = sum(tally.values())
    in_store = (
        "no store created"
        if total is None
        else f"{total} document{'' if total == 1 else 's'} in the store"
    )
    line = (
        f"{shown(db)}: {read} document{'' if read == 1 else 's'} read: "
        f"{tally[IngestStatus.ADDED]} added, {tally[IngestStatus.NEW_VERSION]} new "
        f"version{'' if tally[IngestStatus.NEW_VERSION] == 1 else 's'}, "
        f"{tally[IngestStatus.UNCHANGED]} already stored; {figures} figures added; "
        f"{in_store}\n"
    )
    run.write(lambda out: out.write(line))


# -- entry point ---------------------------------------------------------------


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
) -> int:
    """
    Run the ``conflictfigures`` command and return its exit status.

    Args:
        argv: the arguments (default: ``sys.argv[1:]``).
        stdout: where output goes (default: ``sys.stdout``).
        stderr: where problems and progress go (default: ``sys.stderr``).

    Returns:
        0 on success; 2 when any file, argument or the store had a problem
        (each reported on one line of ``stderr``); 130 when interrupted.

    >>> import io
    >>> out = io.StringIO()
    >>> main(["extract", "--format", "csv"], stdout=out)
    0
    >>> out.getvalue().splitlines()[0][:40]
    'category,stated,stated_high,qualifier,va'
    """
    if stdout is None and stderr is None:
        _stdio_utf8()
    run = Run(stdout or sys.stdout, stderr or sys.stderr)
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse reports its own errors (usage, status 2)
        return int(exc.code or 0) if isinstance(exc.code, int) or exc.code is None else 2
    try:
        args.run(run, args)
    except OutputFailed as exc:
        run.problem(str(exc))
        if stdout is None:
            _silence_stdout()
        return 2
    except (Fatal, ConflictFiguresError) as exc:
        run.problem(str(exc))
        return 2
    except KeyboardInterrupt:
        run.problem("interrupted; documents already ingested are kept whole")
        return 130
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, as Unix tools do,
        # and keep Python from complaining when it flushes stdout at exit.
        if stdout is None:
            _silence_stdout()
        return 0
    return 2 if run.problems else 0


def _silence_stdout() -> None:
    """
    Point standard output at the null device, so that Python's own flush at
    exit does not fail again (and print a traceback) on what was not written.
    """
    if sys.stdout is None:
        return
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        return


def _stdio_utf8() -> None:
    """
    Write UTF-8 whatever the locale (outlet names and quotes are not ASCII);
    what UTF-8 cannot hold (a lone surrogate from a file name that is not
    UTF-8) is written as a backslash escape.
    """
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(encoding="utf-8", errors=ENCODING_ERRORS)


if __name__ == "__main__":  # pragma: no cover - python -m conflictfigures.cli
    sys.exit(main())
