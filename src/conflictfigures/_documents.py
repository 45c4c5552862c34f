r"""
Articles on disk: reading files and folders, and their ``manifest.csv``.

A document is one article's text with its provenance (outlet, publication
date, URL, document id).
Provenance comes from a ``manifest.csv`` beside the file (columns ``file``,
``outlet``, ``published``, ``url``; others such as ``note`` are ignored), and
keyword arguments override it.
Text is read as strict UTF-8 (a leading byte-order mark is dropped) and kept
exactly as written, newlines included, so figure spans point into the file's
text.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("Two soldiers were killed.", encoding="utf-8")
>>> _ = (folder / "manifest.csv").write_text(
...     "file,outlet,published,url\na.txt,Haaretz,2020-02-27,\n", encoding="utf-8")
>>> [doc] = read_documents([folder])
>>> doc.source.outlet, doc.source.published, doc.source.doc_id
('Haaretz', datetime.date(2020, 2, 27), 'a')
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import os
import stat
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import attrs

from conflictfigures._checks import check_iterable
from conflictfigures._output import kind_of
from conflictfigures._pages import PAGE_SUFFIXES, PagesExtraMissing, read_page
from conflictfigures.errors import (
    ConflictFiguresError,
    InvalidText,
    InvalidType,
    one_line,
    shown,
    type_name,
)
from conflictfigures.extract import extract
from conflictfigures.models import Figure, Source, instance_of, iso_date

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from conflictfigures.policy import BoundsPolicy

__all__ = [
    "MANIFEST_COLUMNS",
    "MANIFEST_NAME",
    "Document",
    "DocumentError",
    "InvalidManifest",
    "UnreadableDocument",
    "parse_date",
    "read_document",
    "read_documents",
    "seeds_folder",
]

_T = TypeVar("_T")

#: The file name of a folder's manifest.
MANIFEST_NAME = "manifest.csv"

#: The columns a manifest must have (in any order; other columns are ignored).
MANIFEST_COLUMNS: tuple[str, ...] = ("file", "outlet", "published", "url")

#: Suffixes of the files a folder contributes when the manifest does not name them.
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})


class DocumentError(ConflictFiguresError, ValueError):
    """
    A document that cannot be read, or whose provenance cannot be read.

    ``str(error)`` is one line that starts with the file's path.

    Attributes:
        path: the file the problem is in.

    .. versionadded:: 0.1.0
    """

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        self.problem = one_line(problem)
        super().__init__(f"{shown(self.path)}: {self.problem}")


class UnreadableDocument(DocumentError):
    """
    An article file that does not exist, cannot be opened, is not a regular
    file (a named pipe, a device), or is not UTF-8.

    .. versionadded:: 0.1.0
    """


class InvalidManifest(DocumentError):
    """
    A ``manifest.csv`` that lacks a column, is not UTF-8 CSV, or has a row
    with an impossible or placeholder date, a duplicate file, a file that
    does not exist, or a path instead of a file name of its own folder.

    .. versionadded:: 0.1.0
    """


def parse_date(value: str) -> dt.date:
    """
    Read an ISO calendar date (``YYYY-MM-DD``), refusing impossible ones.

    Args:
        value: the text, e.g. ``"2020-02-27"``.

    The first and the last day of the calendar (``0001-01-01``,
    ``9999-12-31``) are refused: they are placeholders for "unknown", not
    publication dates, and no day before or after them can be counted.

    Raises:
        ValueError: ``value`` is not ``YYYY-MM-DD``, names a day that does
            not exist, or is a placeholder; the message says which.

    >>> parse_date("2020-02-29")
    datetime.date(2020, 2, 29)
    >>> parse_date("2019-02-29")
    Traceback (most recent call last):
    ...
    ValueError: impossible date '2019-02-29' (day is out of range for month)
    >>> parse_date("27/02/2020")
    Traceback (most recent call last):
    ...
    ValueError: not a date as YYYY-MM-DD: '27/02/2020'
    """
    day = iso_date(value.strip())
    if day in (dt.date.min, dt.date.max):
        raise ValueError(
            f"{value!r} is the {'first' if day == dt.date.min else 'last'} day of the calendar, "
            "a placeholder rather than a date; leave it empty when the date is unknown"
        )
    return day


def _check_provenance(**values: object) -> None:
    """Refuse provenance arguments of the wrong type before any file is read."""
    for name, value in values.items():
        if name == "published":
            if value is not None and (
                isinstance(value, dt.datetime) or not isinstance(value, dt.date)
            ):
                raise InvalidType(
                    f"'published' must be a datetime.date or None, got {type_name(value)}: "
                    f"{value!r}"
                )
        elif value is not None and not isinstance(value, str):
            raise InvalidType(f"{name!r} must be a str or None, got {type_name(value)}: {value!r}")


def _check_path(value: object, name: str) -> Path:
    if not isinstance(value, (str, os.PathLike)):
        raise InvalidType(f"{name!r} must be a str or a Path, got {type_name(value)}: {value!r}")
    return Path(value)


def _sha256(text: str) -> str:
    # ``surrogatepass``: a lone surrogate (from ``json.loads`` or a
    # ``surrogateescape`` decoding) is hashed as its own bytes, never refused.
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@attrs.frozen(kw_only=True)
class Document:
    """
    One article: its text exactly as read, and where it came from.

    Attributes:
        text: the article's text.
        source: outlet, URL, publication date and document id.
        path: the file it was read from, or ``None``.
        title: the article's headline when its file says it (a saved web
            page's title), else ``None``.
        sha256: the SHA-256 of the text's UTF-8 bytes (a lone surrogate is
            encoded as its own three bytes); two documents with the same text
            have the same digest, whatever their provenance.

    >>> doc = Document(text="Two soldiers were killed.")
    >>> doc.sha256[:12]
    '5dd5b4636b32'

    .. versionadded:: 0.1.0
    """

    text: str = attrs.field()
    source: Source = attrs.field(factory=Source, validator=instance_of(Source))
    path: str | None = attrs.field(default=None, validator=instance_of(str, optional=True))
    title: str | None = attrs.field(default=None, validator=instance_of(str, optional=True))
    sha256: str = attrs.field(init=False, default="")

    @text.validator
    def _text_is_str(self, _attribute: attrs.Attribute[str], value: object) -> None:
        if not isinstance(value, str):
            raise InvalidText(f"'text' must be a str, got {type(value).__name__}")

    def __attrs_post_init__(self) -> None:
        """Compute the digest of the text."""
        object.__setattr__(self, "sha256", _sha256(self.text))

    @property
    def name(self) -> str:
        """The document's name for messages: its path, else its id, else its digest."""
        return self.path or self.source.doc_id or self.sha256[:12]

    def figures(self, *, policy: BoundsPolicy | None = None) -> list[Figure]:
        """
        Return the figures of the document's text, with its provenance.

        >>> [f.surface for f in Document(text="Two soldiers were killed.").figures()]
        ['Two soldiers were killed']
        """
        src = self.source
        return extract(
            self.text,
            published=src.published,
            outlet=src.outlet,
            url=src.url,
            doc_id=src.doc_id,
            policy=policy,
        )


@attrs.frozen(kw_only=True)
class _Row:
    """One manifest row: provenance for one file, or the problem with it."""

    outlet: str | None
    published: dt.date | None
    url: str | None
    error: InvalidManifest | None = None


@attrs.frozen(kw_only=True)
class _Manifest:
    path: Path
    rows: dict[str, _Row]
    #: Rows that can never apply to a file (a path instead of a name).
    problems: tuple[InvalidManifest, ...] = ()


def _not_a_name(name: str) -> bool:
    """Whether a manifest's ``file`` cell is a path rather than a file name of its folder."""
    return "/" in name or "\\" in name or name in {".", ".."} or Path(name).is_absolute()


def _read_manifest(path: Path) -> _Manifest:
    """
    Read a manifest: every row keyed by its file name.

    Raises:
        InvalidManifest: the file cannot be read or lacks a column. A bad row
            does not raise: it is kept as that file's error.
    """
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InvalidManifest(path, f"cannot read: {exc.strerror or exc}") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidManifest(
            path, f"not UTF-8: byte {raw[exc.start]:#04x} at offset {exc.start}"
        ) from exc
    reader = csv.DictReader(text.splitlines(), strict=True)
    try:
        header = [name.strip() for name in (reader.fieldnames or [])]
    except csv.Error as exc:
        raise InvalidManifest(path, f"not CSV: {exc}") from exc
    reader.fieldnames = header
    missing = [column for column in MANIFEST_COLUMNS if column not in header]
    if missing:
        has = ", ".join(repr(h) for h in header if h) or "none"
        plural = "s" if len(missing) > 1 else ""
        needs = ", ".join(repr(m) for m in missing)
        raise InvalidManifest(path, f"missing column{plural} {needs} (has {has})")
    rows: dict[str, _Row] = {}
    problems: list[InvalidManifest] = []
    try:
        for row in reader:
            line = reader.line_num
            name = (row.get("file") or "").strip()
            if not name:
                continue
            where = Path(f"{path} line {line}")
            if _not_a_name(name):
                problems.append(
                    InvalidManifest(
                        where,
                        f"'file' {name!r} is a path; a manifest describes only the files "
                        "in its own folder (give that folder its own manifest.csv)",
                    )
                )
                continue
            if name in rows:
                problem = f"{name!r} is listed twice"
                rows[name] = _Row(
                    outlet=None, published=None, url=None, error=InvalidManifest(where, problem)
                )
                continue
            published_text = (row.get("published") or "").strip()
            try:
                published = parse_date(published_text) if published_text else None
            except ValueError as exc:
                rows[name] = _Row(
                    outlet=None,
                    published=None,
                    url=None,
                    error=InvalidManifest(where, f"'published' of {name!r}: {exc}"),
                )
                continue
            rows[name] = _Row(
                outlet=(row.get("outlet") or "").strip() or None,
                published=published,
                url=(row.get("url") or "").strip() or None,
            )
    except csv.Error as exc:
        raise InvalidManifest(path, f"not CSV: line {reader.line_num}: {exc}") from exc
    return _Manifest(path=path, rows=rows, problems=tuple(problems))


def _read_regular(path: Path) -> bytes:
    """
    Read a regular file whole; anything else (a named pipe, a device) is
    refused without waiting on it.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError
        if not stat.S_ISREG(mode):
            raise UnreadableDocument(path, f"is {kind_of(mode)}, not a regular file; skipped")
        chunks = []
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def _decode(path: Path) -> str:
    try:
        raw = _read_regular(path)
    except IsADirectoryError as exc:
        raise UnreadableDocument(path, "is a folder, not a file") from exc
    except FileNotFoundError as exc:
        raise UnreadableDocument(path, "no such file") from exc
    except OSError as exc:
        raise UnreadableDocument(path, f"cannot read: {exc.strerror or exc}") from exc
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnreadableDocument(
            path, f"not UTF-8: byte {raw[exc.start]:#04x} at offset {exc.start}"
        ) from exc


def read_document(
    path: str | Path,
    *,
    outlet: str | None = None,
    published: dt.date | None = None,
    url: str | None = None,
    doc_id: str | None = None,
    manifest: bool = True,
) -> Document:
    """
    Read one article file and its provenance.

    Provenance comes from ``manifest.csv`` in the file's folder (unless
    ``manifest`` is false); each keyword argument given overrides it.
    The document id defaults to the file name without its suffix.

    Args:
        path: the article file.
        outlet: the outlet that published it.
        published: its publication date.
        url: where it was published.
        doc_id: its id (default: the file's stem).
        manifest: whether to read ``manifest.csv`` beside the file.

    Raises:
        UnreadableDocument: the file cannot be read, is not a regular file,
            or is not UTF-8.
        InvalidManifest: the manifest beside it lacks a column, or the
            file's row has an impossible date or is listed twice.
        InvalidType: an argument of the wrong type.
    """
    file = _check_path(path, "path")
    _check_provenance(outlet=outlet, published=published, url=url, doc_id=doc_id)
    row = None
    if manifest:
        row = _manifest_row(file, _ManifestCache())
    return _make(file, row, outlet=outlet, published=published, url=url, doc_id=doc_id)


class _ManifestCache:
    """Manifests read so far, by folder; a folder's bad manifest is kept as its error."""

    def __init__(self) -> None:
        self._by_folder: dict[Path, _Manifest | InvalidManifest | None] = {}

    def get(self, folder: Path) -> _Manifest | None:
        """
        Return the folder's manifest, ``None`` when it has none.

        Raises:
            InvalidManifest: the manifest cannot be used.
        """
        if folder not in self._by_folder:
            candidate = folder / MANIFEST_NAME
            entry: _Manifest | InvalidManifest | None = None
            if candidate.is_file():
                try:
                    entry = _read_manifest(candidate)
                except InvalidManifest as exc:
                    entry = exc
            self._by_folder[folder] = entry
        entry = self._by_folder[folder]
        if isinstance(entry, InvalidManifest):
            raise entry
        return entry


def _manifest_row(file: Path, cache: _ManifestCache) -> _Row | None:
    manifest = cache.get(file.parent)
    if manifest is None:
        return None
    row = manifest.rows.get(file.name)
    if row is not None and row.error is not None:
        raise row.error
    return row


def _make(
    file: Path,
    row: _Row | None,
    *,
    outlet: str | None,
    published: dt.date | None,
    url: str | None,
    doc_id: str | None,
    pages: bool = False,
) -> Document:
    """
    Read one file into a document: arguments first, then the manifest's row,
    then (for a saved web page, when ``pages``) what the page says itself.
    """
    text = _decode(file)
    page = None
    if pages and file.suffix.lower() in PAGE_SUFFIXES:
        try:
            page = read_page(text, file)
        except PagesExtraMissing as exc:
            raise UnreadableDocument(file, str(exc)) from None
        if page is None:
            raise UnreadableDocument(file, "no article text found in the page")
        text = page.text
    source = Source(
        outlet=_first(outlet, row.outlet if row else None, page.site if page else None),
        published=_first(
            published, row.published if row else None, page.published if page else None
        ),
        url=_first(url, row.url if row else None, page.url if page else None),
        doc_id=doc_id if doc_id is not None else file.stem,
    )
    return Document(text=text, source=source, path=str(file), title=page.title if page else None)


def _first(*values: _T | None) -> _T | None:
    """The first value that is not ``None``."""
    return next((v for v in values if v is not None), None)


def _identity(path: Path) -> tuple[int, int] | None:
    """The device and inode of what a path names (links followed), ``None`` if gone."""
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_dev, info.st_ino)


def _folder_files(
    folder: Path,
    cache: _ManifestCache,
    seen_folders: set[tuple[int, int]],
    suffixes: frozenset[str],
) -> Iterator[Path | DocumentError]:
    """
    Yield a folder's article files (recursively, sorted, hidden entries
    skipped): files with one of ``suffixes`` and files its manifest names; then the
    manifest's problems (a row naming a file that does not exist, or a path).

    A folder reached again through a symbolic link (a loop, or two links to
    one folder) is not read again.
    """
    ident = _identity(folder)
    if ident is not None:
        if ident in seen_folders:
            return
        seen_folders.add(ident)
    try:
        entries = sorted(folder.iterdir())
    except OSError as exc:
        yield UnreadableDocument(folder, f"cannot list: {exc.strerror or exc}")
        return
    try:
        manifest = cache.get(folder)
    except InvalidManifest as exc:
        # Every file here would lose its provenance: report once, skip them.
        yield exc
        manifest = None
        entries = [e for e in entries if e.is_dir()]
    listed = set(manifest.rows) if manifest else set()
    for entry in entries:
        if entry.name.startswith(".") or entry.name == MANIFEST_NAME:
            continue
        if entry.is_dir():
            yield from _folder_files(entry, cache, seen_folders, suffixes)
        elif entry.suffix.lower() in suffixes or entry.name in listed:
            yield entry
    if manifest is not None:
        yield from manifest.problems
        for name in sorted(listed):
            if not (folder / name).is_file():
                yield InvalidManifest(manifest.path, f"lists {name!r}, which does not exist")


def read_documents(
    paths: Iterable[str | Path],
    *,
    outlet: str | None = None,
    published: dt.date | None = None,
    url: str | None = None,
    errors: list[DocumentError] | None = None,
) -> Iterator[Document]:
    """
    Yield the documents in files and folders, in order, folders sorted and
    read recursively.

    A folder contributes its ``.txt``, ``.text`` and ``.md`` files and every
    file its manifest names.
    Symbolic links are followed, but each real file and folder is read once,
    however many links lead to it (a link loop ends there).
    A named pipe, a device or a socket is never opened for reading: it is
    reported as an :class:`UnreadableDocument` and skipped.
    Each file's provenance comes from the ``manifest.csv`` in its own folder;
    ``outlet``, ``published`` and ``url``, when given, override it for every
    document.

    Args:
        paths: files and folders.
        outlet: the outlet of every document.
        published: the publication date of every document.
        url: the URL of every document (give it for a single file only).
        errors: when a list, each file that cannot be read is appended to it
            and skipped; when ``None`` the first such problem raises.

    Raises:
        UnreadableDocument: a file cannot be read or is not UTF-8.
        InvalidManifest: a manifest cannot be used, or its row for a file is
            wrong.
        InvalidType: an argument of the wrong type (raised at once, before
            the first document is asked for); ``paths`` must be an iterable
            of paths, so wrap a single path in a list.
    """
    items = [_check_path(p, "paths") for p in check_iterable(paths, "paths", of="paths")]
    _check_provenance(outlet=outlet, published=published, url=url)
    if errors is not None and not isinstance(errors, list):
        raise InvalidType(f"'errors' must be a list or None, got {type_name(errors)}")
    return _read_documents(items, outlet=outlet, published=published, url=url, errors=errors)


def _read_documents(
    paths: list[Path],
    *,
    outlet: str | None,
    published: dt.date | None,
    url: str | None,
    errors: list[DocumentError] | None,
    pages: bool = False,
) -> Iterator[Document]:
    """
    The documents of files and folders; with ``pages``, a folder's saved web
    pages too, each read as its main text.
    """
    suffixes = TEXT_SUFFIXES | PAGE_SUFFIXES if pages else TEXT_SUFFIXES
    cache = _ManifestCache()
    seen_folders: set[tuple[int, int]] = set()
    seen_files: set[tuple[int, int]] = set()

    def problem(exc: DocumentError) -> None:
        if errors is None:
            raise exc
        errors.append(exc)

    for path in paths:
        candidates: Iterable[Path | DocumentError]
        candidates = _folder_files(path, cache, seen_folders, suffixes) if path.is_dir() else [path]
        for candidate in candidates:
            if isinstance(candidate, DocumentError):
                problem(candidate)
                continue
            ident = _identity(candidate)
            if ident is not None:
                if ident in seen_files:
                    continue  # the same file through another link or argument
                seen_files.add(ident)
            try:
                row = _manifest_row(candidate, cache) if candidate.exists() else None
                yield _make(
                    candidate,
                    row,
                    outlet=outlet,
                    published=published,
                    url=url,
                    doc_id=None,
                    pages=pages,
                )
            except DocumentError as exc:
                problem(exc)


def seeds_folder() -> Path:
    """
    Return the folder of the bundled seed articles and their manifest.

    An installed package carries them as ``conflictfigures/_seeds``; a source
    checkout (an editable install) reads the repository's ``seeds/``.

    Raises:
        UnreadableDocument: neither is there (a broken installation).

    >>> (seeds_folder() / MANIFEST_NAME).is_file()
    True
    """
    packaged = resources.files("conflictfigures") / "_seeds"
    if isinstance(packaged, Path) and (packaged / MANIFEST_NAME).is_file():
        return packaged
    checkout = Path(__file__).resolve().parent.parent.parent / "seeds"
    if (checkout / MANIFEST_NAME).is_file():
        return checkout
    raise UnreadableDocument(
        str(packaged), "the bundled seeds are missing; reinstall conflictfigures"
    )
