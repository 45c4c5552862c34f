r"""
Collections of articles as people hold them: news exports and folders.

:func:`read_articles` streams documents from one path, whatever it holds:

- a JSON Lines file (``.jsonl``, ``.ndjson``), one object per line;
- a CSV file (``.csv``, or ``.tsv`` separated by tabs) with a header row;
- a Parquet file (``.parquet``; the ``parquet`` extra);
- either of the first two compressed with gzip (``.jsonl.gz``, ``.csv.gz``);
- a folder of ``.txt``, ``.text`` and ``.md`` files (with its
  ``manifest.csv``) and saved web pages (``.html``, ``.htm``; the ``pages``
  extra), or one such file.

Rows are read one at a time, so memory does not grow with the number of
articles.
The columns that hold the text and its provenance are named by keyword:
``text="body", published="date"``.
A row that cannot be a document (no text, a date that is no date, a line
that is not JSON) is an :class:`InvalidArticle` naming the file and the row;
the other rows are still read, and no row is dropped without one.

>>> import tempfile, pathlib
>>> export = pathlib.Path(tempfile.mkdtemp()) / "export.jsonl"
>>> _ = export.write_text(
...     '{"body": "Two soldiers were killed.", "site": "Haaretz", "date": "2020-02-27"}\n'
...     '{"body": 7, "site": "Haaretz"}\n', encoding="utf-8")
>>> problems = []
>>> [doc] = read_articles(export, text="body", outlet="site", published="date", errors=problems)
>>> doc.source.outlet, doc.source.published, doc.source.doc_id
('Haaretz', datetime.date(2020, 2, 27), 'export:1')
>>> print(problems[0])  # doctest: +ELLIPSIS
/...export.jsonl line 2: 'body' must be text, got int: 7
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import gzip
import io
import json
from typing import TYPE_CHECKING, Any, BinaryIO, cast

import attrs

from conflictfigures._documents import (
    Document,
    DocumentError,
    UnreadableDocument,
    _check_path,
    _read_documents,
    parse_date,
)
from conflictfigures.errors import InvalidType, type_name
from conflictfigures.models import Source

if TYPE_CHECKING:
    import os
    from collections.abc import Callable, Iterable, Iterator, Mapping
    from pathlib import Path

__all__ = ["TABLE_SUFFIXES", "InvalidArticle", "read_articles"]

#: The formats of the files read as tables of articles, by suffix.
TABLE_SUFFIXES: dict[str, str] = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonl.gz": "jsonl",
    ".ndjson.gz": "jsonl",
    ".csv": "csv",
    ".csv.gz": "csv",
    ".tsv": "tsv",
    ".tsv.gz": "tsv",
    ".parquet": "parquet",
}

#: Rows read at a time from a Parquet file.
_PARQUET_BATCH = 1024

#: CSV fields may hold whole articles, far beyond the csv module's default of 128 KiB.
_CSV_FIELD_LIMIT = 2**31 - 1


class InvalidArticle(DocumentError):
    """
    A row of a table of articles that cannot be a document (no text, text
    that is not a string, a date that is no date, a line that is not JSON),
    or a table that lacks a column it was asked for.

    ``str(error)`` starts with the file and the row: ``export.jsonl line
    12: ...``, ``export.csv row 3: ...``.

    Attributes:
        path: the file, with the row (``export.csv row 3``).
        row: the row's number (the line's, for JSON Lines), from 1; ``None``
            when the problem is the table's, not one row's.

    .. versionadded:: 0.1.0
    """

    def __init__(self, path: str | Path, problem: str, *, row: int | None = None) -> None:
        self.row = row
        super().__init__(path, problem)


@attrs.frozen(kw_only=True)
class _Columns:
    """Which column holds each field; ``required`` are those named by the caller."""

    text: str
    url: str
    outlet: str
    published: str
    doc_id: str
    title: str
    required: frozenset[str]

    def missing(self, header: Iterable[str]) -> list[str]:
        """The required columns a header lacks."""
        have = set(header)
        return [name for name in sorted(self.required) if name not in have]


def _columns(**names: object) -> _Columns:
    defaults = {
        "text": "text",
        "url": "url",
        "outlet": "outlet",
        "published": "published",
        "doc_id": "id",
        "title": "title",
    }
    chosen: dict[str, str] = {}
    required = {"text"}
    for field, default in defaults.items():
        value = names[field]
        if value is None:
            chosen[field] = default
            continue
        if not isinstance(value, str):
            raise InvalidType(f"{field!r} must be a str or None, got {type_name(value)}: {value!r}")
        if not value:
            raise InvalidType(f"{field!r} must name a column, got an empty str")
        chosen[field] = value
        required.add(field)
    return _Columns(
        text=chosen["text"],
        url=chosen["url"],
        outlet=chosen["outlet"],
        published=chosen["published"],
        doc_id=chosen["doc_id"],
        title=chosen["title"],
        required=frozenset(chosen[f] for f in required),
    )


def _table_format(path: Path) -> str | None:
    name = path.name.lower()
    for suffix, kind in TABLE_SUFFIXES.items():
        if name.endswith(suffix):
            return kind
    return None


def read_articles(
    path: str | os.PathLike[str],
    *,
    text: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    published: str | None = None,
    doc_id: str | None = None,
    title: str | None = None,
    errors: list[DocumentError] | None = None,
) -> Iterator[Document]:
    """
    Yield the articles of a table (JSON Lines, CSV, Parquet) or a folder,
    one at a time.

    For a table, each keyword names the column that holds a field; a column
    left unnamed is read from its usual name when the table has it (``text``,
    ``url``, ``outlet``, ``published``, ``id``, ``title``).
    A named column the table lacks stops the reading before the first row.
    Empty cells are ``None``; ``published`` may be a date (``2020-02-27``),
    a date and time (``2020-02-27T10:31:00Z``, its own calendar day is
    kept) or a Parquet date or timestamp.
    A row without an id gets the file's stem and its row number
    (``export:12``).
    For a folder or a single article file, provenance comes from the
    ``manifest.csv`` beside it (a saved web page adds its own title, date,
    URL and site name), as with :func:`read_documents`; column keywords do
    not apply.

    Args:
        path: a table, a folder, or an article file.
        text: the column of the article's text (default ``text``).
        url: the column of its URL.
        outlet: the column of the outlet that published it.
        published: the column of its publication date.
        doc_id: the column of its id.
        title: the column of its headline.
        errors: when a list, each row or file that cannot be read is
            appended to it as it is met and reading goes on; when ``None``,
            they are raised together, after the last good document, as an
            :class:`ExceptionGroup`.

    Raises:
        ExceptionGroup: without ``errors``, after the last good document,
            holding every problem met: an :class:`InvalidArticle` for a row
            that cannot be a document, or for a named column the table lacks
            (then no row is read); an :class:`UnreadableDocument` for a file
            that cannot be read, or read past some point, or that needs an
            extra that is not installed.
        InvalidArticle: a column is named but ``path`` is not a table
            (raised at once).
        InvalidType: an argument of the wrong type (raised at once).
    """
    file = _check_path(path, "path")
    columns = _columns(
        text=text, url=url, outlet=outlet, published=published, doc_id=doc_id, title=title
    )
    if errors is not None and not isinstance(errors, list):
        raise InvalidType(f"'errors' must be a list or None, got {type_name(errors)}")
    kind = None if file.is_dir() else _table_format(file)
    named = (text, url, outlet, published, doc_id, title)
    if kind is None and any(name is not None for name in named):
        raise InvalidArticle(
            file,
            "is not a table (.jsonl, .csv, .parquet): column names do not "
            "apply; a folder's provenance comes from its manifest.csv",
        )
    return _collected(_stream(file, kind, columns), errors)


def _stream(file: Path, kind: str | None, columns: _Columns) -> Iterator[Document | DocumentError]:
    if kind is None and file.suffix.lower() == ".json":
        # Read as text, a JSON export would become one document of markup.
        yield UnreadableDocument(
            file,
            "a JSON document is not a table of articles: write one object per line "
            "(JSON Lines, .jsonl)",
        )
        return
    if kind is None:
        problems: list[DocumentError] = []
        for doc in _read_documents(
            [file], outlet=None, published=None, url=None, errors=problems, pages=True
        ):
            yield from problems
            problems.clear()
            yield doc
        yield from problems
        return
    readers: dict[str, Callable[[Path, _Columns], Iterator[Document | DocumentError]]] = {
        "jsonl": _jsonl,
        "csv": _csv,
        "tsv": functools.partial(_csv, delimiter="\t"),
        "parquet": _parquet,
    }
    yield from readers[kind](file, columns)


def _collected(
    items: Iterator[Document | DocumentError], errors: list[DocumentError] | None
) -> Iterator[Document]:
    problems: list[DocumentError] = []
    for item in items:
        if isinstance(item, Document):
            yield item
        elif errors is not None:
            errors.append(item)
        else:
            problems.append(item)
    if problems:
        plural = "s" if len(problems) > 1 else ""
        msg = f"{len(problems)} article{plural} could not be read"
        raise ExceptionGroup(msg, problems)


# -- one row -------------------------------------------------------------------


def _optional_text(row: Mapping[str, Any], column: str, where: str, n: int) -> str | None:
    value = row.get(column)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidArticle(
            where, f"{column!r} must be text, got {type_name(value)}: {value!r}", row=n
        )
    return value.strip() or None


def _id(row: Mapping[str, Any], column: str, where: str, n: int) -> str | None:
    value = row.get(column)
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return _optional_text(row, column, where, n)


def _date(row: Mapping[str, Any], column: str, where: str, n: int) -> dt.date | None:
    value = row.get(column)
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise InvalidArticle(
            where, f"{column!r} must be a date, got {type_name(value)}: {value!r}", row=n
        )
    written = value.strip()
    if not written:
        return None
    try:
        if len(written) > 10:
            # A date and a time: the time must be one, but only the day is kept.
            if written[10] not in "T ":
                raise ValueError(f"not a date as YYYY-MM-DD: {written!r}")  # noqa: TRY301
            dt.datetime.fromisoformat(written)
        return parse_date(written[:10])
    except ValueError as exc:
        raise InvalidArticle(where, f"{column!r}: {exc}", row=n) from None


def _document(
    row: Mapping[str, Any], columns: _Columns, file: Path, where: str, n: int
) -> Document:
    """
    Make the document of one row.

    Raises:
        InvalidArticle: the row cannot be a document.
    """
    if columns.text not in row:
        raise InvalidArticle(where, f"no {columns.text!r}", row=n)
    body = row[columns.text]
    if not isinstance(body, str):
        raise InvalidArticle(
            where, f"{columns.text!r} must be text, got {type_name(body)}: {body!r:.60}", row=n
        )
    source = Source(
        outlet=_optional_text(row, columns.outlet, where, n),
        url=_optional_text(row, columns.url, where, n),
        published=_date(row, columns.published, where, n),
        doc_id=_id(row, columns.doc_id, where, n) or f"{_stem(file)}:{n}",
    )
    return Document(text=body, source=source, title=_optional_text(row, columns.title, where, n))


def _stem(file: Path) -> str:
    """The table's name without its suffixes (``export`` for ``export.jsonl.gz``)."""
    name = file.name
    lowered = name.lower()
    suffix = next((s for s in TABLE_SUFFIXES if lowered.endswith(s)), "")
    return name[: len(name) - len(suffix)] if suffix else file.stem


def _open_binary(file: Path) -> BinaryIO:
    """
    Open a table for reading (gzip when its name says so).

    Raises:
        UnreadableDocument: it cannot be opened or is not a regular file.
    """
    try:
        if not file.is_file():
            problem = "no such file" if not file.exists() else "is not a regular file"
            raise UnreadableDocument(file, problem)
        if file.name.lower().endswith(".gz"):
            return cast("BinaryIO", gzip.open(file, "rb"))
        return file.open("rb")
    except OSError as exc:
        raise UnreadableDocument(file, f"cannot read: {exc.strerror or exc}") from exc


# -- the formats ---------------------------------------------------------------


def _jsonl(file: Path, columns: _Columns) -> Iterator[Document | DocumentError]:
    """One JSON object per line; blank lines are skipped."""
    try:
        stream = _open_binary(file)
    except DocumentError as exc:
        yield exc
        return
    # JSON writers leave out empty keys, so a row may lack a named column;
    # a named column that no row has is a mistake, reported at the end.
    unseen = set(columns.required)
    with stream:
        line = 0
        try:
            for line, raw in enumerate(stream, start=1):
                item = _jsonl_row(raw, line, file, columns, unseen)
                if item is not None:
                    yield item
        except (OSError, EOFError, gzip.BadGzipFile) as exc:
            yield UnreadableDocument(file, f"cannot read past line {line}: {exc}")
    unseen.discard(columns.text)  # each row without it was reported
    if unseen and line:
        plural = "s" if len(unseen) > 1 else ""
        names = ", ".join(repr(c) for c in sorted(unseen))
        yield InvalidArticle(file, f"no row has the column{plural} {names}")


def _jsonl_row(
    raw: bytes, line: int, file: Path, columns: _Columns, unseen: set[str]
) -> Document | DocumentError | None:
    where = f"{file} line {line}"
    if line == 1 and raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if not raw.strip():
        return None
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return InvalidArticle(
            where, f"not UTF-8: byte {raw[exc.start]:#04x} at offset {exc.start}", row=line
        )
    try:
        row = json.loads(decoded)
    except json.JSONDecodeError as exc:
        return InvalidArticle(where, f"not JSON: {exc.msg} at column {exc.colno}", row=line)
    except RecursionError:
        return InvalidArticle(where, "not JSON: nested too deeply", row=line)
    if not isinstance(row, dict):
        return InvalidArticle(where, f"not a JSON object but {type(row).__name__}", row=line)
    if unseen:
        unseen.difference_update(row)
    try:
        return _document(row, columns, file, where, line)
    except InvalidArticle as exc:
        return exc


def _csv(
    file: Path, columns: _Columns, *, delimiter: str = ","
) -> Iterator[Document | DocumentError]:
    """
    A header row, then one article per row; bytes that are not UTF-8 make
    their row bad, not the file.
    """
    try:
        binary = _open_binary(file)
    except DocumentError as exc:
        yield exc
        return
    csv.field_size_limit(max(csv.field_size_limit(), _CSV_FIELD_LIMIT))
    with io.TextIOWrapper(
        binary, encoding="utf-8-sig", errors="surrogateescape", newline=""
    ) as stream:
        reader = csv.reader(stream, strict=True, delimiter=delimiter)
        n = 0
        try:
            header = [name.strip() for name in next(reader, [])]
            missing = columns.missing(header)
            if missing:
                yield _lacks(file, missing, header)
                return
            for n, cells in enumerate(reader, start=1):
                where = f"{file} row {n}"
                if not any(cell.strip() for cell in cells):
                    continue
                if len(cells) != len(header):
                    yield InvalidArticle(
                        where,
                        f"has {len(cells)} fields, the header has {len(header)}",
                        row=n,
                    )
                    continue
                row = dict(zip(header, cells, strict=True))
                try:
                    _utf8(row, columns, where, n)
                    yield _document(row, columns, file, where, n)
                except InvalidArticle as exc:
                    yield exc
        except (csv.Error, OSError, EOFError, gzip.BadGzipFile) as exc:
            yield UnreadableDocument(file, f"cannot read past row {n}: {exc}")


def _utf8(row: Mapping[str, str], columns: _Columns, where: str, n: int) -> None:
    """Refuse a row whose fields hold bytes that were not UTF-8."""
    for column in (columns.text, columns.url, columns.outlet, columns.published, columns.doc_id):
        value = row.get(column)
        if value is None:
            continue
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            byte = ord(value[exc.start]) - 0xDC00
            raise InvalidArticle(
                where, f"{column!r} is not UTF-8: byte {byte:#04x} at offset {exc.start}", row=n
            ) from None


def _lacks(file: Path, missing: list[str], header: Iterable[str]) -> InvalidArticle:
    has = ", ".join(repr(h) for h in header if h) or "none"
    plural = "s" if len(missing) > 1 else ""
    needs = ", ".join(repr(m) for m in missing)
    return InvalidArticle(file, f"no column{plural} {needs} (has {has})")


def _parquet(file: Path, columns: _Columns) -> Iterator[Document | DocumentError]:
    """Row groups read in batches; only the columns that are used."""
    try:
        import pyarrow.parquet as pq  # noqa: PLC0415 - an optional extra
    except ImportError:
        yield UnreadableDocument(
            file,
            "reading Parquet needs the 'parquet' extra: pip install 'conflictfigures[parquet]'",
        )
        return
    try:
        table = pq.ParquetFile(file)
        header = list(table.schema_arrow.names)
    except (OSError, ValueError) as exc:  # pyarrow's errors derive from these
        yield UnreadableDocument(file, f"not Parquet: {exc}")
        return
    missing = columns.missing(header)
    if missing:
        yield _lacks(file, missing, header)
        return
    wanted = [
        c
        for c in dict.fromkeys(
            (
                columns.text,
                columns.url,
                columns.outlet,
                columns.published,
                columns.doc_id,
                columns.title,
            )
        )
        if c in header
    ]
    n = 0
    try:
        for batch in table.iter_batches(batch_size=_PARQUET_BATCH, columns=wanted):
            for row in batch.to_pylist():
                n += 1
                try:
                    yield _document(row, columns, file, f"{file} row {n}", n)
                except InvalidArticle as exc:
                    yield exc
    except (OSError, ValueError) as exc:
        yield UnreadableDocument(file, f"cannot read past row {n}: {exc}")
