"""
The store's file: what it is before SQLite may open it, opening it, its
schema, and the errors that name it.

SQLite applies a write-ahead log (``-wal``) found beside a database when a
writing connection closes, whatever database the log came from, and creates
``-wal`` and ``-shm`` files beside a database it reads.
So the store looks at the file itself first (its kind, its 100-byte header,
the log's header) and opens it read-only, or immutable, until it knows the
file is a store: a file that is refused is left byte for byte as it was.

Values that Python strings can hold and UTF-8 cannot (lone surrogates, as in
a file name that is not UTF-8, decoded with ``surrogateescape``) are stored
as BLOBs of their ``surrogatepass`` bytes, so they come back unchanged.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import sqlite3
import stat
import time
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeVar

from conflictfigures._output import kind_of
from conflictfigures.errors import ConflictFiguresError, one_line, shown

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

_T = TypeVar("_T")

__all__ = [
    "APPLICATION_ID",
    "HEADER_SIZE",
    "SCHEMA_VERSION",
    "SQLITE_MAGIC",
    "DamagedStore",
    "FileState",
    "NotAStore",
    "StoreError",
    "StoreFile",
    "StoreVersionError",
    "Undecodable",
    "create_exclusive",
    "file_kind",
    "from_sql",
    "header_problem",
    "library_version",
    "now",
    "read_header",
    "remove_created",
    "state",
    "text_factory",
    "to_sql",
    "wal_path",
    "wal_problem",
]


#: The schema version this release writes and reads (SQLite ``user_version``).
SCHEMA_VERSION = 1

#: SQLite ``application_id`` of a conflictfigures store: ASCII ``"CFig"``.
APPLICATION_ID = 0x43466967

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

SQLITE_MAGIC = b"SQLite format 3\x00"

#: The size of a SQLite database header.
HEADER_SIZE = 100

# The two magic numbers a write-ahead log starts with (checksums big- or little-endian).
_WAL_MAGIC = frozenset({0x377F0682, 0x377F0683})
_WAL_HEADER_SIZE = 32

FileState = tuple[int, int, int]


def file_kind(path: Path) -> str | None:
    """
    Return ``None`` for a regular file (symbolic links followed), ``""`` when
    nothing is there, else what the path is (``"a folder"``, ``"a named pipe
    (FIFO)"``, ...).

    Raises:
        OSError: the path cannot be looked at (no permission on its folder).
    """
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        # Nothing there, a link to nothing, or a file another process made
        # between the two looks (a write-ahead log comes and goes): only a
        # link whose target is still missing is a link to nothing.
        try:
            link = path.lstat()
        except FileNotFoundError:
            return ""
        if not stat.S_ISLNK(link.st_mode):
            mode = link.st_mode
        else:
            try:
                mode = path.stat().st_mode
            except FileNotFoundError:
                return "a symbolic link to nothing"
    if stat.S_ISREG(mode):
        return None
    return kind_of(mode)


def state(path: Path) -> FileState | None:
    """The file's identity and last change, to see whether it changed; ``None`` if gone."""
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_ino, info.st_size, info.st_mtime_ns)


def read_header(path: Path) -> bytes:
    """
    Return the first :data:`HEADER_SIZE` bytes of a regular file (fewer if it
    is shorter); a file that turned out not to be regular is never waited on.

    Raises:
        OSError: it cannot be read, or is no longer a regular file
            (``EINVAL``).
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not a regular file")
        chunks = []
        size = 0
        while size < HEADER_SIZE:
            chunk = os.read(fd, HEADER_SIZE - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def _be32(data: bytes, offset: int) -> int:
    return int.from_bytes(data[offset : offset + 4], "big")


def _page_size(header: bytes) -> int:
    raw = int.from_bytes(header[16:18], "big")
    return 65536 if raw == 1 else raw


def header_problem(header: bytes) -> str | None:
    """
    What the header says against the file being a store, or ``None``.

    An empty file and a SQLite file with no ``application_id`` may still
    become (or, while its first page sits in the log, be) a store.
    """
    if not header:
        return None
    if not header.startswith(SQLITE_MAGIC[: len(header)]) or len(header) < len(SQLITE_MAGIC):
        return "not a SQLite database; refusing to use it as a conflictfigures store"
    if len(header) < HEADER_SIZE:
        return "not a SQLite database (its header is cut short); refusing to use it"
    page_size = _page_size(header)
    if page_size < 512 or page_size & (page_size - 1) or header[21:24] != b"\x40\x20\x20":
        return (
            "not a SQLite database (its header is not SQLite's); "
            "refusing to use it as a conflictfigures store"
        )
    app_id = _be32(header, 68)
    if app_id not in {0, APPLICATION_ID}:
        return (
            f"a SQLite database of another application (application_id {app_id:#010x}), "
            "not a conflictfigures store; refusing to change it"
        )
    return None


def wal_path(path: Path) -> Path:
    """
    The write-ahead log SQLite would read beside the file (beside the file a
    symbolic link points to, since the store is opened by its real path).
    """
    real = path.resolve()
    return real.with_name(real.name + "-wal")


def wal_problem(path: Path, header: bytes) -> str | None:
    """
    Why the ``-wal`` file beside the store cannot be its log, or ``None``
    (no log, one without a valid header, which SQLite ignores, or one that
    fits).

    A log with SQLite's log magic fits when its page size is the
    database's; one that does not is another database's log.
    """
    log = wal_path(path)
    try:
        kind = file_kind(log)
    except OSError as exc:
        return f"its write-ahead log {log.name!r} cannot be looked at ({exc.strerror or exc})"
    if kind == "":
        return None
    if kind is not None:
        return f"its write-ahead log {log.name!r} is {kind}"
    try:
        with log.open("rb") as handle:
            wal_header = handle.read(_WAL_HEADER_SIZE)
    except OSError as exc:
        return f"its write-ahead log {log.name!r} cannot be read ({exc.strerror or exc})"
    if len(wal_header) < _WAL_HEADER_SIZE or _be32(wal_header, 0) not in _WAL_MAGIC:
        # SQLite ignores a log without a valid header (and a writer may be
        # writing this one's header right now): nothing of it is replayed.
        return None
    if len(header) >= HEADER_SIZE and _be32(wal_header, 8) != _page_size(header):
        return (
            f"{log.name!r} beside it is the write-ahead log of another database "
            f"(pages of {_be32(wal_header, 8)} bytes, not {_page_size(header)})"
        )
    return None


def create_exclusive(path: Path) -> bool:
    """
    Create the empty file; return whether this call created it (``False``
    when another process just did).

    Raises:
        OSError: it cannot be created (a missing folder, no permission).
    """
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return False
    os.close(fd)
    return True


def remove_created(path: Path) -> None:
    """Remove a store this process created and could not finish, with SQLite's side files."""
    for name in (path.name, path.name + "-wal", path.name + "-shm", path.name + "-journal"):
        with contextlib.suppress(OSError):
            (path.parent / name).unlink()


def to_sql(value: str | None) -> str | bytes | None:
    """A string as SQLite can keep it: itself, or its ``surrogatepass`` bytes."""
    if value is None:
        return None
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return value.encode("utf-8", "surrogatepass")
    return value


class Undecodable(str):
    """
    A TEXT value whose bytes are not UTF-8 (read with ``surrogateescape``):
    this library never writes one, so it is damage.
    """

    __slots__ = ()


def text_factory(raw: bytes) -> str:
    """Decode a TEXT value; bytes that are not UTF-8 come back :class:`Undecodable`."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return Undecodable(raw.decode("utf-8", "surrogateescape"))


def from_sql(value: object) -> str | None:
    """
    The string :func:`to_sql` stored.

    Raises:
        ValueError: a TEXT value that is not UTF-8 (damage).
    """
    if value is None:
        return None
    if isinstance(value, Undecodable):
        raise ValueError("a text value is not UTF-8")  # noqa: TRY004 - damage, not a type
    if isinstance(value, bytes):
        return value.decode("utf-8", "surrogatepass")
    return str(value)


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
        self.problem = one_line(problem)
        super().__init__(f"{shown(self.path)}: {self.problem}")


class NotAStore(StoreError):
    """
    A file that is not a conflictfigures store: not SQLite at all, another
    application's SQLite database, something that is not a regular file, or
    a corrupted one. It is never changed.

    .. versionadded:: 0.1.0
    """


class DamagedStore(NotAStore):
    """
    A store whose contents fail verification: a document missing figures,
    a text whose SHA-256 is not the one stored with it, a record that cannot
    be read or whose words are not its document's text at its span.
    The message names the document.

    .. versionadded:: 0.1.0
    """


class StoreVersionError(StoreError):
    """
    A store written by a newer conflictfigures, with a schema this release
    does not know.

    .. versionadded:: 0.1.0
    """


def library_version() -> str:
    """The installed conflictfigures version."""
    import conflictfigures  # noqa: PLC0415 - the package imports this module

    return str(conflictfigures.__version__)


def now() -> str:
    """The time now, UTC, to the second, as ISO text."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class StoreFile:
    """
    An open store file: its SQLite connection, and how it was opened.

    Opening looks at the file before SQLite may write to it (see the module
    docstring); a file this process created and could not finish is removed.
    """

    def __init__(self, path: Path, *, create: bool, read_only: bool, timeout: float) -> None:
        self._path = path
        self._read_only = read_only
        self._timeout = timeout
        # For a store read without SQLite's side files: the file as it was opened.
        self._immutable_state: FileState | None = None
        self._conn: sqlite3.Connection | None = None
        self._conn = self._connect(create=create and not read_only)

    def _connect(self, *, create: bool) -> sqlite3.Connection:
        path = self._path
        try:
            kind = file_kind(path)
        except OSError as exc:
            raise StoreError(path, f"cannot open: {exc.strerror or exc}") from exc
        if kind == "a folder":
            raise NotAStore(path, "is a folder, not a conflictfigures store")
        if kind:
            raise NotAStore(path, f"is {kind}, not a conflictfigures store; refusing to use it")
        created = False
        if kind == "":
            if not create:
                raise StoreError(path, "no such store")
            try:
                created = create_exclusive(path)
            except OSError as exc:
                raise StoreError(path, f"cannot create: {exc.strerror or exc}") from exc
        try:
            return self._open(create=create)
        except BaseException:
            if created:
                remove_created(path)
            raise

    def _open(self, *, create: bool) -> sqlite3.Connection:
        """Look at the file, then open it read-only, then (to write) read-write."""
        path = self._path
        try:
            header = read_header(path)
        except OSError as exc:
            raise StoreError(path, f"cannot read: {exc.strerror or exc}") from exc
        problem = header_problem(header)
        if problem is not None:
            raise NotAStore(path, problem)
        log = wal_path(path)
        problem = wal_problem(path, header)
        if problem is not None:
            raise NotAStore(path, f"{problem}; refusing to open it, which would apply that log")
        try:
            has_log = log.stat().st_size > 0
        except OSError:
            has_log = False
        if not header and not has_log and not create:
            raise NotAStore(path, "is an empty file, not a conflictfigures store")
        probe = self._read_connection()
        try:
            with self.translate():
                self._check(probe, allow_empty=create)
        except BaseException:
            probe.close()
            raise
        if self._read_only:
            return probe
        probe.close()
        self._immutable_state = None
        try:
            conn = sqlite3.connect(
                f"{path.resolve().as_uri()}?mode=rw",
                uri=True,
                timeout=self._timeout,
                isolation_level=None,
            )
        except sqlite3.Error as exc:
            raise StoreError(path, f"cannot open: {exc}") from exc
        conn.text_factory = text_factory
        try:
            with self.translate():
                app_id, version, tables = self._identity(conn)
                if app_id == 0 and version == 0 and not tables:
                    self._create(conn)
                self._check(conn, allow_empty=False)
                conn.execute("PRAGMA foreign_keys = ON")
                conn.execute("PRAGMA synchronous = NORMAL")
        except BaseException:
            conn.close()
            raise
        return conn

    def _read_connection(self) -> sqlite3.Connection:
        """
        A read-only connection: immutable (no locks, no side files) when no
        write-ahead log is present, else through SQLite's log and its
        shared memory.
        """
        path = self._path
        log = wal_path(path)
        before = state(path)
        immutable = not log.exists()
        uri = f"{path.resolve().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")
        try:
            conn = sqlite3.connect(
                uri, uri=True, timeout=self._timeout, isolation_level=None, check_same_thread=True
            )
        except sqlite3.Error as exc:
            raise StoreError(path, f"cannot open: {exc}") from exc
        conn.text_factory = text_factory
        self._immutable_state = before if immutable else None
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

    def _check(self, conn: sqlite3.Connection, *, allow_empty: bool) -> None:
        """Refuse what is not a store this release reads; an empty database may pass."""
        app_id, version, tables = self._identity(conn)
        if app_id == 0 and version == 0 and not tables:
            if allow_empty:
                return
            raise NotAStore(self._path, "is an empty SQLite database, not a conflictfigures store")
        if app_id != APPLICATION_ID:
            names = ", ".join(repr(t) if not t.isidentifier() else t for t in tables[:5])
            shown_tables = names + (", ..." if len(tables) > 5 else "")
            raise NotAStore(
                self._path,
                f"a SQLite database that is not a conflictfigures store (tables: {shown_tables}); "
                "refusing to change it",
            )
        if version > SCHEMA_VERSION:
            raise StoreVersionError(
                self._path,
                f"store schema version {version} is newer than this conflictfigures "
                f"({library_version()}) reads (version {SCHEMA_VERSION}); "
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
                        ("created_by", f"conflictfigures {library_version()}"),
                        ("created_at", now()),
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
    def translate(self) -> Iterator[None]:
        """Turn SQLite's errors into this module's, naming the store."""
        try:
            yield
        except sqlite3.Error as exc:
            if self._changed_while_read():
                raise StoreError(
                    self._path,
                    "changed while it was being read (another process wrote to it); read it again",
                ) from exc
            name = getattr(exc, "sqlite_errorname", "")
            if name == "SQLITE_NOTADB":
                raise NotAStore(
                    self._path,
                    f"not a SQLite database ({exc}); refusing to use it as a conflictfigures store",
                ) from exc
            if name == "SQLITE_CORRUPT" or type(exc) is sqlite3.DatabaseError:
                raise DamagedStore(self._path, f"damaged: {exc}") from exc
            if name in {"SQLITE_BUSY", "SQLITE_LOCKED"}:
                raise StoreError(
                    self._path, f"busy: another process kept the store locked ({exc})"
                ) from exc
            if name.startswith("SQLITE_READONLY"):
                raise StoreError(
                    self._path,
                    f"cannot write: {exc} (the file or its folder is read-only)",
                ) from exc
            if name == "SQLITE_FULL":
                raise StoreError(self._path, f"cannot write: {exc}") from exc
            raise StoreError(self._path, f"{exc}") from exc

    def _changed_while_read(self) -> bool:
        """Whether a store read without locks changed under the reader."""
        if self._immutable_state is None:
            return False
        return state(self._path) != self._immutable_state or wal_path(self._path).exists()

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """A read, on a connection that sees the file as it is now."""
        if self._conn is not None and self._changed_while_read():
            # Another process wrote since the store was opened without locks:
            # read through SQLite's log and locks from now on.
            self._conn.close()
            self._conn = None
            self._conn = self._read_connection()
        with self.translate():
            yield self.db

    def snapshot(self, run: Callable[[sqlite3.Connection], _T]) -> _T:
        """
        Run several reads as one snapshot (one read transaction); when the
        file changed under a read without locks, run them again through
        SQLite's log, so that a writer starting meanwhile is never taken
        for damage.

        Raises:
            StoreError: the file kept changing under the reads.
        """
        for _attempt in range(3):
            with self.reading() as conn:
                own = not conn.in_transaction
                if own:
                    conn.execute("BEGIN")
                try:
                    result = run(conn)
                finally:
                    if own and conn.in_transaction:
                        conn.execute("COMMIT")
            if not self._changed_while_read():
                return result
        raise StoreError(
            self._path,
            "changed while it was being read (another process wrote to it); read it again",
        )

    @property
    def db(self) -> sqlite3.Connection:
        """The connection."""
        if self._conn is None:
            raise StoreError(self._path, "the store is closed")
        return self._conn

    @property
    def is_open(self) -> bool:
        """Whether the connection is open."""
        return self._conn is not None

    def close(self) -> None:
        """Close the connection; closing twice is harmless."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None
