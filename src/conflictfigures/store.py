"""
The persistent figure store: documents and their figures in one SQLite file.

A :class:`Store` keeps every ingested document's text, provenance and
extracted figures.
Ingest is idempotent: a document is identified by the SHA-256 of its text, so
the same text is never stored twice, whatever file or URL it came from; a
changed text at a URL already stored is kept as the URL's next version, and
earlier versions stay with their own provenance.

Each document is written in one transaction (``BEGIN IMMEDIATE``), so an
interrupted ingest (an exception, Ctrl-C, a killed process, a power cut)
leaves either the whole document with all its figures or nothing of it, and
several processes may ingest into the same store at once.
The file identifies itself with SQLite's ``application_id`` and records its
schema version in ``user_version``: a file that is not a store is refused
without being changed (its header and any ``-wal`` log beside it are looked
at before SQLite may write), and a store written by a newer conflictfigures
is refused with a message saying so.
Each document row keeps its text's SHA-256 and its figure count; reading
verifies both, and the words of every figure, and refuses a damaged store
naming the document (:class:`DamagedStore`).
A store opened ``read_only`` is never created, changed or written beside.

>>> import tempfile, pathlib
>>> from conflictfigures import Category, Count, Figure, Source, Span
>>> path = pathlib.Path(tempfile.mkdtemp()) / "figures.sqlite"
>>> doc = Document(text="Two soldiers were killed.", source=Source(outlet="Haaretz"))
>>> fig = Figure(category=Category.KILLED, count=Count.exact(2),
...              span=Span(start=0, end=3), surface="Two", source=doc.source)
>>> with Store(path) as store:
...     print(store.add(doc, [fig]).status.value)
...     print(store.add(doc, [fig]).status.value)
...     print(len(store), [f.surface for f in store.figures()])
added
unchanged
1 ['Two']
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self

import attrs

from conflictfigures import _storefile as storefile
from conflictfigures._checks import check_callable, check_iterable, iter_figures
from conflictfigures._documents import Document
from conflictfigures._storefile import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    DamagedStore,
    NotAStore,
    StoreError,
    StoreFile,
    StoreVersionError,
    library_version,
    now,
)
from conflictfigures.errors import (
    InvalidSpan,
    InvalidType,
    shown,
    type_name,
)
from conflictfigures.models import Figure, Source, iso_date
from conflictfigures.serialize import from_record, to_record

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Callable, Iterable, Iterator, Sequence
    from types import TracebackType

    from conflictfigures.aggregate import EstimatePolicy, EstimateRule, Ledger
    from conflictfigures.policy import BoundsPolicy

__all__ = [
    "APPLICATION_ID",
    "SCHEMA_VERSION",
    "DamagedStore",
    "IngestResult",
    "IngestStatus",
    "NotAStore",
    "Store",
    "StoreError",
    "StoreVersionError",
    "StoredDocument",
]

_DOCUMENT_COLUMNS = (
    "id, sha256, url, version, outlet, published, doc_id, path, chars, "
    "figure_count, ingested_at, extractor"
)

# Rows of documents that are the newest version at their URL (or have none).
_LATEST = (
    "(d.url IS NULL OR d.version = (SELECT MAX(v.version) FROM documents AS v WHERE v.url = d.url))"
)


class IngestStatus(enum.Enum):
    """
    What ingesting one document did.

    .. versionadded:: 0.1.0
    """

    #: A new document: its text was not in the store.
    ADDED = "added"
    #: A changed text at a URL already in the store: kept as its next version.
    NEW_VERSION = "new_version"
    #: The same text was already in the store: nothing was written.
    UNCHANGED = "unchanged"


@attrs.frozen(kw_only=True)
class StoredDocument:
    """
    A document as the store keeps it (its text is read with :meth:`Store.text`).

    Attributes:
        id: the store's number for the document.
        sha256: the SHA-256 of its text.
        source: outlet, URL, publication date and document id as ingested.
        path: the file it was read from, if any.
        version: 1, or the n-th different text seen at its URL.
        chars: the length of its text.
        figure_count: how many figures were extracted from it.
        ingested_at: when it was stored (UTC).
        extractor: the conflictfigures version that extracted its figures.

    .. versionadded:: 0.1.0
    """

    id: int
    sha256: str
    source: Source
    path: str | None
    version: int
    chars: int
    figure_count: int
    ingested_at: dt.datetime
    extractor: str


@attrs.frozen(kw_only=True)
class IngestResult:
    """
    The outcome of ingesting one document.

    Attributes:
        status: added, a new version, or unchanged.
        document: the stored document (for ``UNCHANGED``, the one already
            there, with its first provenance).

    .. versionadded:: 0.1.0
    """

    status: IngestStatus
    document: StoredDocument


def _stored(row: Sequence[Any]) -> StoredDocument:
    (ident, sha, url, version, outlet, published, doc_id, path, chars, count, at, extractor) = row
    for name, value in zip(_DOCUMENT_COLUMNS.split(", "), row, strict=True):
        if isinstance(value, storefile.Undecodable):
            raise ValueError(f"its {name!r} is not UTF-8")  # noqa: TRY004 - damage, not a type
    return StoredDocument(
        id=ident,
        sha256=sha,
        source=Source(
            outlet=storefile.from_sql(outlet),
            url=storefile.from_sql(url),
            published=None if published is None else iso_date(published),
            doc_id=storefile.from_sql(doc_id),
        ),
        path=storefile.from_sql(path),
        version=version,
        chars=chars,
        figure_count=count,
        ingested_at=dt.datetime.fromisoformat(at),
        extractor=extractor,
    )


class Store:
    """
    A SQLite file of documents and their figures.

    Open it as a context manager (or call :meth:`close`).
    Opening creates the store when the file does not exist or is empty
    (unless ``create`` is false) and otherwise checks, without writing, that
    the file is a store this release can read.
    A store that could not be created whole (a full disk) is removed again.

    Args:
        path: the store's file.
        create: whether to create the store when the file does not exist.
        read_only: open for reading only: nothing is ever created, changed
            or written beside the file (``create`` is then ignored);
            :meth:`add` and :meth:`ingest` raise :class:`StoreError`.
        timeout: seconds to wait for another process's write to finish.

    Raises:
        NotAStore: the file exists and is not a store: not SQLite, another
            application's database, not a regular file, a ``-wal`` log
            beside it that is not its own, or corrupted. The file is not
            changed.
        StoreVersionError: the store's schema is newer than this release's.
        StoreError: the file cannot be opened (no such store when ``create``
            is false, a missing folder, no permission, a full disk).
        InvalidType: an argument of the wrong type.

    .. versionadded:: 0.1.0
    """

    def __init__(
        self,
        path: str | Path,
        *,
        create: bool = True,
        read_only: bool = False,
        timeout: float = 60.0,
    ) -> None:
        if not isinstance(path, (str, Path)):
            raise InvalidType(f"'path' must be a str or a Path, got {type_name(path)}")
        if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or timeout < 0:
            raise InvalidType(f"'timeout' must be a number of seconds >= 0, got {timeout!r}")
        if str(path) == "":
            raise StoreError(path, "no file name given for the store")
        self._path = Path(path)
        self._read_only = bool(read_only)
        self._file = StoreFile(
            self._path, create=bool(create), read_only=self._read_only, timeout=float(timeout)
        )

    # -- opening ----------------------------------------------------------

    # -- life cycle -------------------------------------------------------

    @property
    def path(self) -> Path:
        """The store's file."""
        return self._path

    @property
    def read_only(self) -> bool:
        """Whether the store was opened for reading only."""
        return self._read_only

    @property
    def _db(self) -> sqlite3.Connection:
        return self._file.db

    def close(self) -> None:
        """Close the store; closing twice is harmless."""
        self._file.close()

    def __enter__(self) -> Self:
        """Return the open store."""
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Close the store."""
        self.close()

    def __repr__(self) -> str:
        """Show the path and whether the store is open."""
        state = "open" if self._file.is_open else "closed"
        return f"<Store {str(self._path)!r} {state}>"

    # -- writing ----------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken before reading so that checks hold."""
        conn = self._db
        if self._read_only:
            raise StoreError(self._path, "opened read-only; cannot write")
        with self._file.translate():
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def find(self, sha256: str) -> StoredDocument | None:
        """
        Return the stored document whose text has this SHA-256, or ``None``.

        Raises:
            InvalidType: ``sha256`` is not a ``str``.

        >>> import tempfile, pathlib
        >>> with Store(pathlib.Path(tempfile.mkdtemp()) / "s.sqlite") as store:
        ...     print(store.find(Document(text="x").sha256))
        None
        """
        if not isinstance(sha256, str):
            raise InvalidType(f"'sha256' must be a str, got {type_name(sha256)}")
        with self._file.reading() as conn:
            row = conn.execute(
                f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE sha256 = ?",  # noqa: S608
                (sha256,),
            ).fetchone()
        return None if row is None else self._stored(row)

    def __contains__(self, document: object) -> bool:
        """Whether a :class:`Document` with the same text is stored."""
        return isinstance(document, Document) and self.find(document.sha256) is not None

    def add(self, document: Document, figures: Iterable[Figure]) -> IngestResult:
        """
        Store a document with figures already extracted from it, in one
        transaction.

        Nothing is written when the same text is already stored.

        Args:
            document: the document.
            figures: its figures (their records are stored as given); each
                figure's span must slice the document's text to its words.

        Returns:
            What was done, and the stored document.

        Raises:
            StoreError: the store cannot be written.
            InvalidType: ``document`` is not a :class:`Document`, or
                ``figures`` is not an iterable.
            NotAFigure: an item of ``figures`` is not a :class:`Figure`.
            InvalidSpan: a figure's words (or its sentence) are not the
                document's text at its span: figures of another text.
        """
        if not isinstance(document, Document):
            raise InvalidType(f"'document' must be a Document, got {type_name(document)}")
        records = [
            _record_json(document, seq, fig)
            for seq, fig in enumerate(iter_figures(figures, "figures"))
        ]
        src = document.source
        with self._write() as conn:
            row = conn.execute(
                f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE sha256 = ?",  # noqa: S608
                (document.sha256,),
            ).fetchone()
            if row is not None:
                return IngestResult(status=IngestStatus.UNCHANGED, document=self._stored(row))
            url = storefile.to_sql(src.url)
            version = 1
            if url is not None:
                version = conn.execute(
                    "SELECT COALESCE(MAX(version), 0) + 1 FROM documents WHERE url = ?",
                    (url,),
                ).fetchone()[0]
            cursor = conn.execute(
                "INSERT INTO documents (sha256, url, version, outlet, published, doc_id, path, "
                "chars, figure_count, ingested_at, extractor, text) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    document.sha256,
                    url,
                    version,
                    storefile.to_sql(src.outlet),
                    None if src.published is None else src.published.isoformat(),
                    storefile.to_sql(src.doc_id),
                    storefile.to_sql(document.path),
                    len(document.text),
                    len(records),
                    now(),
                    library_version(),
                    storefile.to_sql(document.text),
                ),
            )
            ident = cursor.lastrowid
            conn.executemany(
                "INSERT INTO figures (document_id, seq, category, record) VALUES (?, ?, ?, ?)",
                [(ident, seq, cat, rec) for seq, (cat, rec) in enumerate(records)],
            )
            row = conn.execute(
                f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE id = ?",  # noqa: S608
                (ident,),
            ).fetchone()
        status = IngestStatus.ADDED if version == 1 else IngestStatus.NEW_VERSION
        return IngestResult(status=status, document=self._stored(row))

    def ingest(
        self,
        documents: Iterable[Document],
        *,
        policy: BoundsPolicy | None = None,
        on_result: Callable[[Document, IngestResult], None] | None = None,
    ) -> list[IngestResult]:
        """
        Extract the figures of each document and store it, one transaction
        per document; documents already stored are not extracted again.

        Args:
            documents: the documents, e.g. from
                :func:`conflictfigures.read_documents`.
            policy: the bounds policy for extraction.
            on_result: called after each document (for progress).

        Returns:
            One result per document, in order.

        Raises:
            StoreError: the store cannot be written; documents stored before
                the problem stay stored.
            InvalidType: an argument of the wrong type, or an item of
                ``documents`` that is not a :class:`Document`.
        """
        from conflictfigures.policy import BoundsPolicy  # noqa: PLC0415 - policy imports much

        if policy is not None and not isinstance(policy, BoundsPolicy):
            raise InvalidType(f"'policy' must be a BoundsPolicy or None, got {type_name(policy)}")
        check_callable(on_result, "on_result")
        if self._read_only:
            raise StoreError(self._path, "opened read-only; cannot write")
        results: list[IngestResult] = []
        for n, document in enumerate(check_iterable(documents, "documents", of="Document objects")):
            if not isinstance(document, Document):
                raise InvalidType(
                    f"'documents' must hold Document objects, got {type_name(document)} "
                    f"at position {n}"
                )
            existing = self.find(document.sha256)
            if existing is not None:
                result = IngestResult(status=IngestStatus.UNCHANGED, document=existing)
            else:
                result = self.add(document, document.figures(policy=policy))
            results.append(result)
            if on_result is not None:
                on_result(document, result)
        return results

    # -- reading ----------------------------------------------------------

    def __len__(self) -> int:
        """Return the number of stored documents, every version counted."""
        with self._file.reading() as conn:
            return int(conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0])

    def _stored(self, row: Sequence[Any]) -> StoredDocument:
        try:
            return _stored(row)
        except (ValueError, TypeError) as exc:
            raise DamagedStore(self._path, f"document {row[0]} is damaged: {exc}") from exc

    def documents(self, *, all_versions: bool = False) -> list[StoredDocument]:
        """
        Return the stored documents in the order they were stored.

        Args:
            all_versions: include earlier versions of documents whose URL has
                a newer one (default: only the newest).

        Raises:
            DamagedStore: a document row cannot be read.
        """
        where = "1" if all_versions else _LATEST
        with self._file.reading() as conn:
            rows = conn.execute(
                f"SELECT {_DOCUMENT_COLUMNS} FROM documents AS d WHERE {where} ORDER BY d.id"  # noqa: S608
            ).fetchall()
        return [self._stored(r) for r in rows]

    def figures(self, *, all_versions: bool = False) -> list[Figure]:
        """
        Return the stored figures, document by document in the order stored.

        Args:
            all_versions: include the figures of earlier versions of
                documents whose URL has a newer one (default: only the newest).

        Raises:
            DamagedStore: a document's text or figures fail verification (see
                :meth:`documents_with_figures`).
        """
        return [
            f for _d, figs in self.documents_with_figures(all_versions=all_versions) for f in figs
        ]

    def documents_with_figures(
        self, *, all_versions: bool = False
    ) -> list[tuple[StoredDocument, list[Figure]]]:
        """
        Return each stored document with its figures, in the order stored.

        Each document is verified as it is read: its text has the SHA-256 and
        length stored with it, it has as many figures as it was stored with,
        and each figure's words are its text at the figure's span.

        Args:
            all_versions: as for :meth:`figures`.

        Raises:
            DamagedStore: a document fails verification; the message names it.
        """
        where = "1" if all_versions else _LATEST

        def read(
            conn: sqlite3.Connection,
        ) -> tuple[list[Any], dict[int, list[tuple[int, str]]]]:
            rows = conn.execute(
                f"SELECT {_DOCUMENT_COLUMNS}, text FROM documents AS d "  # noqa: S608
                f"WHERE {where} ORDER BY d.id"
            ).fetchall()
            records: dict[int, list[tuple[int, str]]] = {row[0]: [] for row in rows}
            for document_id, seq, record in conn.execute(
                "SELECT document_id, seq, record FROM figures ORDER BY document_id, seq"
            ):
                if document_id in records:
                    records[document_id].append((seq, record))
            return rows, records

        rows, records = self._file.snapshot(read)
        return [self._verified(row, records[row[0]]) for row in rows]

    def _verified(
        self, row: Sequence[Any], records: Sequence[tuple[int, str]]
    ) -> tuple[StoredDocument, list[Figure]]:
        """A document row with its text and figure records, checked against each other."""
        document = self._stored(row[:-1])

        def damaged(problem: str) -> DamagedStore:
            name = document.path or document.source.doc_id or document.source.url
            named = f" ({shown(name)})" if name else ""
            return DamagedStore(self._path, f"document {document.id}{named} is damaged: {problem}")

        try:
            text = storefile.from_sql(row[-1]) or ""
        except ValueError as exc:
            raise damaged("its text is not UTF-8") from exc
        if len(text) != document.chars or _digest(text) != document.sha256:
            raise damaged("its text is not the text that was stored (SHA-256 differs)")
        if len(records) != document.figure_count:
            raise damaged(f"it should have {document.figure_count} figures, has {len(records)}")
        figures = []
        for position, (seq, record) in enumerate(records):
            if seq != position:
                raise damaged(f"figure {position} is missing")
            if isinstance(record, storefile.Undecodable):
                raise damaged(f"the record of figure {seq} is not UTF-8")
            try:
                figure = from_record(json.loads(record))
            except (ValueError, TypeError, RecursionError) as exc:
                raise damaged(f"figure {seq} cannot be read: {exc}") from exc
            problem = _misplaced(text, figure)
            if problem is not None:
                raise damaged(f"figure {seq}: {problem}")
            figures.append(figure)
        return document, figures

    def text(self, document_id: int) -> str:
        """
        Return a stored document's text, verified against its SHA-256.

        Raises:
            KeyError: no document has that id.
            InvalidType: ``document_id`` is not an ``int``.
            DamagedStore: the stored text is not the text that was stored.
        """
        if isinstance(document_id, bool) or not isinstance(document_id, int):
            raise InvalidType(f"'document_id' must be an int, got {type_name(document_id)}")
        if not -(2**63) <= document_id < 2**63:
            raise KeyError(document_id)
        with self._file.reading() as conn:
            row = conn.execute(
                f"SELECT {_DOCUMENT_COLUMNS}, text FROM documents WHERE id = ?",  # noqa: S608
                (document_id,),
            ).fetchone()
        if row is None:
            raise KeyError(document_id)
        document = self._stored(row[:-1])
        try:
            text = storefile.from_sql(row[-1]) or ""
        except ValueError:
            text = None
        if text is None or len(text) != document.chars or _digest(text) != document.sha256:
            raise DamagedStore(
                self._path,
                f"document {document_id} is damaged: its text is not the text that was stored "
                "(SHA-256 differs)",
            )
        return text

    def ledger(
        self,
        *,
        policy: EstimatePolicy | EstimateRule | None = None,
        all_versions: bool = False,
    ) -> Ledger:
        """
        Return a :class:`conflictfigures.Ledger` of the stored figures.

        Args:
            policy: the ledger's estimate policy (default
                :data:`conflictfigures.DEFAULT_ESTIMATE`).
            all_versions: as for :meth:`figures`.
        """
        from conflictfigures.aggregate import Ledger  # noqa: PLC0415 - aggregate imports much

        return Ledger(self.figures(all_versions=all_versions), policy=policy)

    def check(self) -> None:
        """
        Check the whole file: SQLite's integrity check and foreign keys, then
        every document of every version as :meth:`documents_with_figures`
        reads it (text re-hashed, figure count, every record re-validated and
        its words found at its span).

        Raises:
            DamagedStore: SQLite finds the file damaged, or a document fails
                verification; the message names the document.
        """
        with self._file.reading() as conn:
            problems = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            if problems != ["ok"]:
                raise DamagedStore(self._path, "corrupted: " + "; ".join(problems[:3]))
            orphans = conn.execute("PRAGMA foreign_key_check").fetchall()
            if orphans:
                raise DamagedStore(
                    self._path,
                    f"{len(orphans)} figure row(s) belong to no document "
                    f"(the first to document {orphans[0][2]})",
                )
        self.documents_with_figures(all_versions=True)


def _record_json(document: Document, seq: int, figure: Figure) -> tuple[str, str]:
    """The category and JSON record of a figure of the document, checked against its text."""
    problem = _misplaced(document.text, figure)
    if problem is not None:
        raise InvalidSpan(f"figure {seq} is not a figure of this document: {problem}")
    record = to_record(figure)
    text = json.dumps(record, ensure_ascii=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        # A lone surrogate (a file name that is not UTF-8): JSON escapes keep it.
        text = json.dumps(record, ensure_ascii=True)
    return figure.category.value, text


def _misplaced(text: str, figure: Figure) -> str | None:
    """Why the figure's words (or sentence) are not the text at its span, or ``None``."""
    span = figure.span
    if text[span.start : span.end] != figure.surface:
        return (
            f"its span {span.start}-{span.end} holds {text[span.start : span.end][:40]!r}, "
            f"not its words {figure.surface[:40]!r}"
        )
    sentence_span = figure.sentence_span
    if sentence_span is not None and (
        text[sentence_span.start : sentence_span.end] != figure.sentence
    ):
        return f"its sentence is not the text at {sentence_span.start}-{sentence_span.end}"
    return None


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
