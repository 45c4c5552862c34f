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
without being changed, and a store written by a newer conflictfigures is
refused with a message saying so.

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
import json
import sqlite3
import time
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self

import attrs

from conflictfigures._documents import Document
from conflictfigures.errors import ConflictFiguresError
from conflictfigures.models import Figure, Source
from conflictfigures.serialize import from_record, to_record

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence
    from types import TracebackType

    from conflictfigures.aggregate import EstimatePolicy, EstimateRule, Ledger
    from conflictfigures.policy import BoundsPolicy

__all__ = [
    "APPLICATION_ID",
    "SCHEMA_VERSION",
    "IngestResult",
    "IngestStatus",
    "NotAStore",
    "Store",
    "StoreError",
    "StoreVersionError",
    "StoredDocument",
]

#: The schema version this release writes and reads (SQLite ``user_version``).
SCHEMA_VERSION = 1

#: SQLite ``application_id`` of a conflictfigures store: ASCII ``"CFig"``.
APPLICATION_ID = 0x43466967

_SQLITE_MAGIC = b"SQLite format 3\x00"

_SCHEMA = (
    """
    CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL UNIQUE,
        url TEXT,
        version INTEGER NOT NULL CHECK (version >= 1),
        outlet TEXT,
        published TEXT,
        doc_id TEXT,
        path TEXT,
        chars INTEGER NOT NULL,
        figure_count INTEGER NOT NULL,
        ingested_at TEXT NOT NULL,
        extractor TEXT NOT NULL,
        text TEXT NOT NULL,
        UNIQUE (url, version)
    )
    """,
    """
    CREATE TABLE figures (
        document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        category TEXT NOT NULL,
        record TEXT NOT NULL,
        PRIMARY KEY (document_id, seq)
    ) WITHOUT ROWID
    """,
    "CREATE INDEX figures_category ON figures (category)",
)

_DOCUMENT_COLUMNS = (
    "id, sha256, url, version, outlet, published, doc_id, path, chars, "
    "figure_count, ingested_at, extractor"
)

# Rows of documents that are the newest version at their URL (or have none).
_LATEST = (
    "(d.url IS NULL OR d.version = (SELECT MAX(v.version) FROM documents AS v WHERE v.url = d.url))"
)


class StoreError(ConflictFiguresError, ValueError):
    """
    A store that cannot be opened, read or written.

    ``str(error)`` is one line that starts with the store's path.

    Attributes:
        path: the store's file.

    .. versionadded:: 0.1.0
    """

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class NotAStore(StoreError):
    """
    A file that is not a conflictfigures store: not SQLite at all, another
    application's SQLite database, or a corrupted one. It is never changed.

    .. versionadded:: 0.1.0
    """


class StoreVersionError(StoreError):
    """
    A store written by a newer conflictfigures, with a schema this release
    does not know.

    .. versionadded:: 0.1.0
    """


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


def _library_version() -> str:
    import conflictfigures  # noqa: PLC0415 - the package imports this module

    return str(conflictfigures.__version__)


def _stored(row: Sequence[Any]) -> StoredDocument:
    (ident, sha, url, version, outlet, published, doc_id, path, chars, count, at, extractor) = row
    return StoredDocument(
        id=ident,
        sha256=sha,
        source=Source(
            outlet=outlet,
            url=url,
            published=None if published is None else dt.date.fromisoformat(published),
            doc_id=doc_id,
        ),
        path=path,
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

    Args:
        path: the store's file.
        create: whether to create the store when the file does not exist.
        timeout: seconds to wait for another process's write to finish.

    Raises:
        NotAStore: the file exists and is not a store: not SQLite, another
            application's database, or corrupted. The file is not changed.
        StoreVersionError: the store's schema is newer than this release's.
        StoreError: the file cannot be opened (no such store when ``create``
            is false, a missing folder, no permission).

    .. versionadded:: 0.1.0
    """

    def __init__(self, path: str | Path, *, create: bool = True, timeout: float = 60.0) -> None:
        self._path = Path(path)
        self._conn: sqlite3.Connection | None = None
        self._conn = self._connect(create=create, timeout=timeout)

    # -- opening ----------------------------------------------------------

    def _connect(self, *, create: bool, timeout: float) -> sqlite3.Connection:
        path = self._path
        if path.is_dir():
            raise NotAStore(path, "is a folder, not a conflictfigures store")
        exists = path.exists()
        if not exists and not create:
            raise StoreError(path, "no such store")
        if exists:
            try:
                with path.open("rb") as handle:
                    header = handle.read(len(_SQLITE_MAGIC))
            except OSError as exc:
                raise StoreError(path, f"cannot read: {exc.strerror or exc}") from exc
            if header and header != _SQLITE_MAGIC:
                raise NotAStore(
                    path, "not a SQLite database; refusing to use it as a conflictfigures store"
                )
            if not header and not create:
                raise NotAStore(path, "is an empty file, not a conflictfigures store")
        mode = "rwc" if create else "rw"
        try:
            conn = sqlite3.connect(
                f"{path.resolve().as_uri()}?mode={mode}",
                uri=True,
                timeout=timeout,
                isolation_level=None,
            )
        except sqlite3.Error as exc:
            raise StoreError(path, f"cannot open: {exc}") from exc
        try:
            with self._translate():
                self._check_or_create(conn)
                conn.execute("PRAGMA foreign_keys = ON")
                conn.execute("PRAGMA synchronous = NORMAL")
        except BaseException:
            conn.close()
            raise
        return conn

    @staticmethod
    def _identity(conn: sqlite3.Connection) -> tuple[int, int, list[str]]:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return int(app_id), int(version), tables

    def _check_or_create(self, conn: sqlite3.Connection) -> None:
        app_id, version, tables = self._identity(conn)
        if app_id == 0 and version == 0 and not tables:
            self._create(conn)
            app_id, version, tables = self._identity(conn)
        if app_id != APPLICATION_ID:
            shown = ", ".join(tables[:5]) + (", ..." if len(tables) > 5 else "")
            raise NotAStore(
                self._path,
                f"a SQLite database that is not a conflictfigures store (tables: {shown}); "
                "refusing to change it",
            )
        if version > SCHEMA_VERSION:
            raise StoreVersionError(
                self._path,
                f"store schema version {version} is newer than this conflictfigures "
                f"({_library_version()}) reads (version {SCHEMA_VERSION}); "
                "upgrade conflictfigures to use it",
            )
        if version < 1:
            raise NotAStore(
                self._path, f"a conflictfigures store with no schema (version {version})"
            )

    def _create(self, conn: sqlite3.Connection) -> None:
        """Write the schema in one transaction, unless another process just did."""
        self._wal(conn)
        conn.execute("BEGIN IMMEDIATE")
        try:
            app_id, version, tables = self._identity(conn)
            if app_id == 0 and version == 0 and not tables:
                for statement in _SCHEMA:
                    conn.execute(statement)
                conn.executemany(
                    "INSERT INTO meta (key, value) VALUES (?, ?)",
                    [
                        ("created_by", f"conflictfigures {_library_version()}"),
                        ("created_at", _now()),
                    ],
                )
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    @staticmethod
    def _wal(conn: sqlite3.Connection) -> None:
        """Switch a new store to write-ahead logging (readers never wait for writers)."""
        for attempt in range(50):
            try:
                conn.execute("PRAGMA journal_mode = WAL")
            except sqlite3.OperationalError:
                if attempt == 49:
                    raise
                time.sleep(0.1)
            else:
                return

    @contextmanager
    def _translate(self) -> Iterator[None]:
        """Turn SQLite's errors into this module's, naming the store."""
        try:
            yield
        except sqlite3.Error as exc:
            name = getattr(exc, "sqlite_errorname", "")
            if name == "SQLITE_NOTADB":
                raise NotAStore(
                    self._path,
                    f"not a SQLite database ({exc}); refusing to use it as a conflictfigures store",
                ) from exc
            if name == "SQLITE_CORRUPT" or type(exc) is sqlite3.DatabaseError:
                raise NotAStore(self._path, f"damaged: {exc}") from exc
            if name in {"SQLITE_BUSY", "SQLITE_LOCKED"}:
                raise StoreError(
                    self._path, f"busy: another process kept the store locked ({exc})"
                ) from exc
            raise StoreError(self._path, f"{exc}") from exc

    # -- life cycle -------------------------------------------------------

    @property
    def path(self) -> Path:
        """The store's file."""
        return self._path

    @property
    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StoreError(self._path, "the store is closed")
        return self._conn

    def close(self) -> None:
        """Close the store; closing twice is harmless."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

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
        state = "open" if self._conn is not None else "closed"
        return f"<Store {str(self._path)!r} {state}>"

    # -- writing ----------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken before reading so that checks hold."""
        conn = self._db
        with self._translate():
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def find(self, sha256: str) -> StoredDocument | None:
        """
        Return the stored document whose text has this SHA-256, or ``None``.

        >>> import tempfile, pathlib
        >>> with Store(pathlib.Path(tempfile.mkdtemp()) / "s.sqlite") as store:
        ...     print(store.find(Document(text="x").sha256))
        None
        """
        with self._translate():
            row = self._db.execute(
                f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE sha256 = ?",  # noqa: S608
                (sha256,),
            ).fetchone()
        return None if row is None else _stored(row)

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
            figures: its figures (their records are stored as given).

        Returns:
            What was done, and the stored document.

        Raises:
            StoreError: the store cannot be written.
            InvalidRecord: an item of ``figures`` is not a :class:`Figure`.
        """
        records = [
            (fig.category.value, json.dumps(to_record(fig), ensure_ascii=False)) for fig in figures
        ]
        src = document.source
        with self._write() as conn:
            row = conn.execute(
                f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE sha256 = ?",  # noqa: S608
                (document.sha256,),
            ).fetchone()
            if row is not None:
                return IngestResult(status=IngestStatus.UNCHANGED, document=_stored(row))
            version = 1
            if src.url is not None:
                version = conn.execute(
                    "SELECT COALESCE(MAX(version), 0) + 1 FROM documents WHERE url = ?",
                    (src.url,),
                ).fetchone()[0]
            cursor = conn.execute(
                "INSERT INTO documents (sha256, url, version, outlet, published, doc_id, path, "
                "chars, figure_count, ingested_at, extractor, text) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    document.sha256,
                    src.url,
                    version,
                    src.outlet,
                    None if src.published is None else src.published.isoformat(),
                    src.doc_id,
                    document.path,
                    len(document.text),
                    len(records),
                    _now(),
                    _library_version(),
                    document.text,
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
        return IngestResult(status=status, document=_stored(row))

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
        """
        results: list[IngestResult] = []
        for document in documents:
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
        with self._translate():
            return int(self._db.execute("SELECT COUNT(*) FROM documents").fetchone()[0])

    def documents(self, *, all_versions: bool = False) -> list[StoredDocument]:
        """
        Return the stored documents in the order they were stored.

        Args:
            all_versions: include earlier versions of documents whose URL has
                a newer one (default: only the newest).
        """
        where = "1" if all_versions else _LATEST
        with self._translate():
            rows = self._db.execute(
                f"SELECT {_DOCUMENT_COLUMNS} FROM documents AS d WHERE {where} ORDER BY d.id"  # noqa: S608
            ).fetchall()
        return [_stored(r) for r in rows]

    def figures(self, *, all_versions: bool = False) -> list[Figure]:
        """
        Return the stored figures, document by document in the order stored.

        Args:
            all_versions: include the figures of earlier versions of
                documents whose URL has a newer one (default: only the newest).

        Raises:
            NotAStore: a stored record cannot be read back.
        """
        rows = self._figure_rows(all_versions=all_versions)
        return [self._figure(document_id, seq, record) for document_id, seq, record in rows]

    def _figure_rows(self, *, all_versions: bool) -> list[tuple[int, int, str]]:
        """The stored figure records as ``(document id, position, record)``, in order."""
        where = "1" if all_versions else _LATEST
        with self._translate():
            rows: list[tuple[int, int, str]] = self._db.execute(
                "SELECT f.document_id, f.seq, f.record FROM figures AS f "  # noqa: S608
                f"JOIN documents AS d ON d.id = f.document_id WHERE {where} "
                "ORDER BY f.document_id, f.seq"
            ).fetchall()
        return rows

    def documents_with_figures(
        self, *, all_versions: bool = False
    ) -> list[tuple[StoredDocument, list[Figure]]]:
        """
        Return each stored document with its figures, in the order stored.

        Args:
            all_versions: as for :meth:`figures`.

        Raises:
            NotAStore: a stored record cannot be read back.
        """
        documents = self.documents(all_versions=all_versions)
        by_id: dict[int, list[Figure]] = {d.id: [] for d in documents}
        rows = self._figure_rows(all_versions=all_versions)
        for document_id, seq, record in rows:
            if document_id in by_id:
                by_id[document_id].append(self._figure(document_id, seq, record))
        return [(d, by_id[d.id]) for d in documents]

    def _figure(self, document_id: int, seq: int, record: str) -> Figure:
        try:
            return from_record(json.loads(record))
        except (ValueError, TypeError) as exc:
            raise NotAStore(
                self._path, f"figure {seq} of document {document_id} cannot be read: {exc}"
            ) from exc

    def text(self, document_id: int) -> str:
        """
        Return a stored document's text.

        Raises:
            KeyError: no document has that id.
        """
        with self._translate():
            row = self._db.execute(
                "SELECT text FROM documents WHERE id = ?", (document_id,)
            ).fetchone()
        if row is None:
            raise KeyError(document_id)
        return str(row[0])

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
        Check the whole file and that every document has all its figures.

        Raises:
            NotAStore: SQLite finds the file damaged, or a document's figures
                do not match the count stored with it.
        """
        with self._translate():
            problems = [r[0] for r in self._db.execute("PRAGMA integrity_check")]
            if problems != ["ok"]:
                raise NotAStore(self._path, "corrupted: " + "; ".join(problems[:3]))
            bad = self._db.execute(
                "SELECT d.id, d.figure_count, COUNT(f.seq) FROM documents AS d "
                "LEFT JOIN figures AS f ON f.document_id = d.id "
                "GROUP BY d.id HAVING COUNT(f.seq) != d.figure_count"
            ).fetchall()
        if bad:
            ident, want, got = bad[0]
            raise NotAStore(self._path, f"document {ident} should have {want} figures, has {got}")


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
