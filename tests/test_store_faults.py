"""
Store faults: damaged bytes, deleted rows, a foreign write-ahead log, files
that are not stores, a full disk. Each compares with a clean ingest: a
damaged store is refused naming what is wrong, never read with figures
missing, and a refused file is left byte for byte as it was.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import random
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conflictfigures import (
    DamagedStore,
    Document,
    Figure,
    InvalidSpan,
    InvalidType,
    NotAStore,
    Source,
    Store,
    StoreError,
    read_documents,
)
from conflictfigures._documents import seeds_folder
from conflictfigures.cli import main

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX files and limits")

#: CONFLICTFIGURES_LONG_TESTS=1 damages every 512-byte block, not a sample of 40.
LONG = os.environ.get("CONFLICTFIGURES_LONG_TESTS") == "1"


def _seed_store(path: Path) -> list[tuple[str, list[Figure]]]:
    """Ingest the seeds; return each document's text and figures, in order."""
    with Store(path) as store:
        store.ingest(read_documents([seeds_folder()]))
        return [(store.text(d.id), figs) for d, figs in store.documents_with_figures()]


def _listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_a_deleted_figure_row_is_refused_naming_the_document(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    _seed_store(path)
    conn = sqlite3.connect(path)
    document_id, seq, doc_path = conn.execute(
        "SELECT f.document_id, f.seq, d.path FROM figures AS f JOIN documents AS d "
        "ON d.id = f.document_id WHERE f.seq = 1 ORDER BY f.document_id LIMIT 1"
    ).fetchone()
    want = conn.execute(
        "SELECT figure_count FROM documents WHERE id = ?", (document_id,)
    ).fetchone()[0]
    conn.execute("DELETE FROM figures WHERE document_id = ? AND seq = ?", (document_id, seq))
    conn.commit()
    conn.close()
    message = (
        f"{path}: document {document_id} ({doc_path}) is damaged: "
        f"it should have {want} figures, has {want - 1}"
    )
    with Store(path, read_only=True) as store:
        with pytest.raises(DamagedStore) as info:
            store.figures()
        assert str(info.value) == message
        with pytest.raises(DamagedStore):
            store.documents_with_figures()
        with pytest.raises(DamagedStore) as checked:
            store.check()
        assert str(checked.value) == message


def test_a_changed_text_is_refused_on_read_and_by_check(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    _seed_store(path)
    conn = sqlite3.connect(path)
    text = conn.execute("SELECT text FROM documents WHERE id = 2").fetchone()[0]
    conn.execute("UPDATE documents SET text = ? WHERE id = 2", (text.replace("a", "e", 1),))
    conn.commit()
    conn.close()
    with Store(path, read_only=True) as store:
        with pytest.raises(DamagedStore, match=r"document 2 \(.*\) is damaged: its text is not"):
            store.figures()
        with pytest.raises(DamagedStore, match="document 2 is damaged: its text is not"):
            store.text(2)
        with pytest.raises(DamagedStore, match="document 2"):
            store.check()
        assert store.text(1)


def test_check_revalidates_every_record(tmp_path: Path) -> None:
    """A record that parses but is impossible (low above high) fails check() and reads."""
    path = tmp_path / "s.sqlite"
    _seed_store(path)
    conn = sqlite3.connect(path)
    conn.execute(
        "UPDATE figures SET record = json_set(record, '$.low', 10, '$.high', 5) "
        "WHERE document_id = 1 AND seq = 0"
    )
    conn.commit()
    conn.close()
    with Store(path, read_only=True) as store:
        with pytest.raises(DamagedStore, match=r"figure 0 cannot be read: .*'high' must be >="):
            store.check()
        with pytest.raises(DamagedStore, match="figure 0 cannot be read"):
            store.figures()


def test_a_record_moved_to_another_span_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    _seed_store(path)
    conn = sqlite3.connect(path)
    conn.execute(
        "UPDATE figures SET record = json_set(record, '$.span', json_array("
        "json_extract(record, '$.span[0]') + 1, json_extract(record, '$.span[1]') + 1), "
        "'$.sentence', NULL, '$.sentence_span', NULL) WHERE document_id = 1 AND seq = 0"
    )
    conn.commit()
    conn.close()
    with (
        Store(path, read_only=True) as store,
        pytest.raises(DamagedStore, match="figure 0: its span"),
    ):
        store.figures()


def _damaged_copies(clean: Path, tmp_path: Path, fill: str) -> list[tuple[int, Path]]:
    size = clean.stat().st_size
    offsets = list(range(0, size, 512))
    if not LONG:
        offsets = random.Random(14).sample(  # noqa: S311 - a fixed, reproducible choice
            offsets, min(len(offsets), 40)
        )
    junk = random.Random(1414)  # noqa: S311 - reproducible junk, not a secret
    copies = []
    for offset in sorted(offsets):
        damaged = bytearray(clean.read_bytes())
        n = len(damaged[offset : offset + 512])
        damaged[offset : offset + 512] = junk.randbytes(n) if fill == "junk" else bytes(n)
        copy = tmp_path / f"damaged-{fill}-{offset}.sqlite"
        copy.write_bytes(bytes(damaged))
        copies.append((offset, copy))
    return copies


@pytest.mark.parametrize("fill", ["junk", "zeros"])
def test_512_damaged_bytes_are_refused_or_read_exactly(tmp_path: Path, fill: str) -> None:
    """
    Overwrite 512 bytes at one offset of a store (random bytes, or zeros,
    which once left 30 of 200 blocks read with documents or figures
    missing): opening, reading or
    check() refuses it as damaged (never an untyped or raw-bytes error), or
    every document reads back exactly as ingested. check() passing means
    reads succeed.
    """
    clean = tmp_path / "clean.sqlite"
    expected = _seed_store(clean)
    refused = 0
    messages: list[str] = []
    for offset, copy in _damaged_copies(clean, tmp_path, fill):
        before = copy.read_bytes()
        try:
            with Store(copy, read_only=True) as store:
                got = [
                    (store.text(d.id), figs)
                    for d, figs in store.documents_with_figures(all_versions=True)
                ]
                store.check()
        except NotAStore as exc:  # DamagedStore, or not even SQLite any more
            refused += 1
            messages.append(str(exc))
        else:
            assert got == expected, f"damage at offset {offset} was read silently"
        assert copy.read_bytes() == before, f"reading damage at {offset} changed the file"
    assert refused > 0
    assert [m for m in messages if not m.isprintable()] == [], "damaged bytes printed raw"


def _foreign_wal(folder: Path, *, page_size: int) -> Path:
    """Another application's database killed with its write-ahead log still there."""
    db = folder / "other.sqlite"
    code = textwrap.dedent(
        """
        import os, sqlite3, sys
        c = sqlite3.connect(sys.argv[1], isolation_level=None)
        c.execute("PRAGMA page_size = " + str(int(sys.argv[2])))
        c.execute("PRAGMA journal_mode = WAL")
        c.execute("PRAGMA wal_autocheckpoint = 0")
        c.execute("CREATE TABLE users (name TEXT)")
        c.execute("INSERT INTO users VALUES ('ada')")
        c.execute("PRAGMA application_id = 7")
        os._exit(0)
        """
    )
    subprocess.run([sys.executable, "-c", code, str(db), str(page_size)], check=True)  # noqa: S603
    return folder / "other.sqlite-wal"


@pytest.mark.parametrize("page_size", [4096, 1024], ids=["same-page-size", "other-page-size"])
@pytest.mark.parametrize("read_only", [False, True], ids=["open", "read-only"])
def test_a_foreign_wal_is_never_replayed_into_the_store(
    tmp_path: Path, page_size: int, *, read_only: bool
) -> None:
    path = tmp_path / "s.sqlite"
    with Store(path) as store:
        store.add(Document(text="Two soldiers were killed."), [])
    shutil.copy(_foreign_wal(tmp_path, page_size=page_size), tmp_path / "s.sqlite-wal")
    before = path.read_bytes()
    with pytest.raises(NotAStore) as info:
        Store(path, read_only=read_only).close()
    assert path.read_bytes() == before
    if page_size == 1024:
        assert str(info.value) == (
            f"{path}: 's.sqlite-wal' beside it is the write-ahead log of another database "
            "(pages of 1024 bytes, not 4096); refusing to open it, which would apply that log"
        )
    else:
        assert str(info.value).startswith(f"{path}: a SQLite database that is not a conflict")


@pytest.mark.parametrize("command", ["report", "extract"])
def test_reading_an_empty_sqlite_file_neither_creates_nor_changes_anything(
    tmp_path: Path, command: str
) -> None:
    empty = tmp_path / "empty.sqlite"
    conn = sqlite3.connect(empty)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("DROP TABLE t")
    conn.close()
    (tmp_path / "zero.sqlite").touch()
    before = _listing(tmp_path)
    for name, problem in (
        ("empty.sqlite", "is an empty SQLite database, not a conflictfigures store"),
        ("zero.sqlite", "is an empty file, not a conflictfigures store"),
    ):
        err = io.StringIO()
        assert main([command, "--db", str(tmp_path / name)], stdout=io.StringIO(), stderr=err) == 2
        assert err.getvalue() == f"conflictfigures: error: {tmp_path / name}: {problem}\n"
    assert _listing(tmp_path) == before


def test_reading_a_store_writes_nothing_beside_it(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    _seed_store(path)
    before = _listing(tmp_path)
    assert main(["report", "--db", str(path)], stdout=io.StringIO(), stderr=io.StringIO()) == 0
    assert main(["extract", "--db", str(path)], stdout=io.StringIO(), stderr=io.StringIO()) == 0
    with Store(path, read_only=True) as store:
        store.check()
        with pytest.raises(StoreError, match="opened read-only; cannot write"):
            store.add(Document(text="x"), [])
    assert _listing(tmp_path) == before


def test_a_read_only_reader_follows_a_writer_that_starts_later(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    with Store(path) as store:
        store.add(Document(text="first"), [])
    with Store(path, read_only=True) as reader, Store(path) as writer:
        assert len(reader) == 1
        writer.add(Document(text="second"), [])
        assert len(reader) == 2
        assert reader.text(2) == "second"


@pytest.mark.skipif(not shutil.which("setpriv"), reason="needs setpriv to drop root")
def test_report_on_a_store_in_a_read_only_folder() -> None:
    folder = Path(os.environ.get("TMPDIR", "/tmp")) / f"cf-ro-{os.getpid()}"  # noqa: S108
    folder.mkdir()
    try:
        path = folder / "s.sqlite"
        _seed_store(path)
        path.chmod(0o444)
        folder.chmod(0o555)
        run = subprocess.run(  # noqa: S603 - a fixed command line
            [  # noqa: S607 - setpriv found on PATH, as the skip condition checked
                "setpriv",
                "--reuid=65534",
                "--regid=65534",
                "--clear-groups",
                sys.executable,
                "-m",
                "conflictfigures",
                "report",
                "--db",
                str(path),
            ],
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        )
        if "Permission denied" in run.stderr and "python" in run.stderr.lower():
            pytest.skip("the interpreter is not readable by an unprivileged user")
        assert run.stderr == ""
        assert run.returncode == 0
        assert "killed" in run.stdout
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)


def test_an_empty_db_argument_is_refused() -> None:
    for argv in (["report", "--db", ""], ["extract", "--db", " "], ["ingest", "x", "--db", ""]):
        err = io.StringIO()
        out = io.StringIO()
        assert main(argv, stdout=out, stderr=err) == 2
        assert err.getvalue() == "conflictfigures: error: --db: the store's file name is empty\n"
        assert out.getvalue() == ""


def test_ingesting_nothing_creates_no_store(tmp_path: Path) -> None:
    err = io.StringIO()
    out = io.StringIO()
    db = tmp_path / "new.sqlite"
    assert (
        main(["ingest", str(tmp_path / "missing.txt"), "--db", str(db)], stdout=out, stderr=err)
        == 2
    )
    assert err.getvalue() == f"conflictfigures: error: {tmp_path / 'missing.txt'}: no such file\n"
    assert out.getvalue() == (
        f"{db}: 0 documents read: 0 added, 0 new versions, 0 already stored; "
        "0 figures added; no store created\n"
    )
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda p: p.mkdir(), id="folder"),
        pytest.param(os.mkfifo, id="fifo"),
        pytest.param(lambda p: p.symlink_to("/dev/null"), id="device"),
    ],
)
def test_a_store_path_that_is_not_a_regular_file_is_refused(tmp_path: Path, make: object) -> None:
    path = tmp_path / "store"
    make(path)  # type: ignore[operator]
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(NotAStore, match="is (a folder|a named pipe|a character device)"):
        Store(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def _articles(folder: Path, n: int) -> Path:
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:03d}.txt").write_text(
            f"Report {i}. {i + 2} soldiers were killed in Idlib on Thursday, the ministry said. "
            + "Residents described the night. " * 40,
            encoding="utf-8",
        )
    return folder


def _limited_ingest(
    db: Path, limit: int, folder: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """``ingest`` articles with files limited to ``limit`` bytes (a full disk)."""

    def limit_files() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run(  # noqa: S603 - our own interpreter; the limit is the test
        [
            sys.executable,
            "-m",
            "conflictfigures",
            "ingest",
            str(folder or seeds_folder()),
            "--db",
            str(db),
        ],
        capture_output=True,
        text=True,
        check=False,
        preexec_fn=limit_files,
    )


def test_a_store_that_cannot_be_created_on_a_full_disk_is_not_left_behind(
    tmp_path: Path,
) -> None:
    db = tmp_path / "new.sqlite"
    run = _limited_ingest(db, 2048)
    assert run.returncode == 2
    assert run.stderr.startswith(f"conflictfigures: error: {db}: ")
    assert run.stderr.count("\n") == 1
    assert "Traceback" not in run.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_full_disk_part_way_keeps_whole_documents(tmp_path: Path) -> None:
    folder = _articles(tmp_path / "articles", 60)
    with Store(tmp_path / "clean.sqlite") as store:
        store.ingest(read_documents([folder]))
        expected = {store.text(d.id): figs for d, figs in store.documents_with_figures()}
    db = tmp_path / "full.sqlite"
    run = _limited_ingest(db, 64 * 1024, folder)
    assert run.returncode == 2, run.stderr
    assert run.stderr.count("\n") == 1
    assert "Traceback" not in run.stderr
    with Store(db, read_only=True) as store:
        store.check()
        kept = {store.text(d.id): figs for d, figs in store.documents_with_figures()}
    assert 0 < len(kept) < len(expected)
    for text, figures in kept.items():
        assert figures == expected[text]


def test_surrogates_in_names_and_text_are_stored_losslessly(tmp_path: Path) -> None:
    doc = Document(
        text="caf\udce9 \ud800 killed",
        source=Source(outlet="x\udcff", doc_id="caf\udce9", published=dt.date.max),
        path="/tmp/caf\udce9.txt",  # noqa: S108
    )
    with Store(tmp_path / "s.sqlite") as store:
        stored = store.add(doc, []).document
        assert stored.path == doc.path
        assert stored.source == doc.source
        assert store.text(stored.id) == doc.text
        assert store.find(doc.sha256) == stored
        store.check()


def test_figures_of_another_text_are_refused(tmp_path: Path) -> None:
    [doc] = list(read_documents([seeds_folder() / "002_abe915b96aa40300.txt"]))
    other = Document(text="Nothing happened here at all, nothing at all, truly nothing.")
    with Store(tmp_path / "s.sqlite") as store:
        with pytest.raises(InvalidSpan, match="figure 0 is not a figure of this document"):
            store.add(other, doc.figures())
        with pytest.raises(InvalidType, match="'figures' must hold Figure objects, got NoneType"):
            store.add(doc, [None])  # type: ignore[list-item]
        with pytest.raises(InvalidType, match="'document' must be a Document, got str"):
            store.add("text", [])  # type: ignore[arg-type]
        assert len(store) == 0


@pytest.mark.parametrize("day", [dt.date.min, dt.date.max], ids=["first-day", "last-day"])
def test_a_document_dated_at_a_calendar_end_is_stored_and_exported(
    tmp_path: Path, day: dt.date
) -> None:
    """The API keeps such dates (only files and the CLI refuse them as placeholders)."""
    db = tmp_path / "s.sqlite"
    doc = Document(text="Two soldiers were killed on Thursday.", source=Source(published=day))
    with Store(db) as store:
        [result] = store.ingest([doc])
        assert result.document.source.published == day
        [figure] = store.figures()
        assert figure.source.published == day
    out = io.StringIO()
    assert (
        main(["extract", "--db", str(db), "--format", "csv"], stdout=out, stderr=io.StringIO()) == 0
    )
    assert day.isoformat() in out.getvalue()


def test_a_foreign_wal_beside_the_real_file_of_a_linked_store_is_refused(tmp_path: Path) -> None:
    real = tmp_path / "real" / "s.sqlite"
    real.parent.mkdir()
    with Store(real) as store:
        store.add(Document(text="Two soldiers were killed."), [])
    link = tmp_path / "link.sqlite"
    link.symlink_to(real)
    shutil.copy(_foreign_wal(tmp_path, page_size=1024), real.parent / "s.sqlite-wal")
    before = real.read_bytes()
    with pytest.raises(NotAStore, match="write-ahead log of another database"):
        Store(link)
    assert real.read_bytes() == before


def test_reading_while_another_process_ingests_never_sees_damage(tmp_path: Path) -> None:
    """A read-only reader racing a writer: every read is whole documents, never 'damaged'."""
    folder = _articles(tmp_path / "articles", 60)
    db = tmp_path / "s.sqlite"
    with Store(db) as store:
        store.add(Document(text="Already here."), [])
    writer = subprocess.Popen(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "conflictfigures", "ingest", str(folder), "--db", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    seen = set()
    try:
        while writer.poll() is None:
            with Store(db, read_only=True) as store:
                pairs = store.documents_with_figures()
            for document, figures in pairs:
                assert len(figures) == document.figure_count
            seen.add(len(pairs))
    finally:
        _out, err = writer.communicate(timeout=120)
    assert (writer.returncode, err) == (0, "")
    with Store(db, read_only=True) as store:
        assert len(store.documents_with_figures()) == 61
        store.check()
    assert min(seen) >= 1


@pytest.mark.parametrize(
    "log", [b"", b"\x37\x7f\x06", b"not a write-ahead log at all, just words" * 4]
)
def test_a_log_without_a_valid_header_is_not_taken_for_a_foreign_one(
    tmp_path: Path, log: bytes
) -> None:
    """SQLite ignores such a log (a writer may be writing its header): the store opens."""
    path = tmp_path / "s.sqlite"
    with Store(path) as store:
        store.add(Document(text="Two soldiers were killed."), [])
    (tmp_path / "s.sqlite-wal").write_bytes(log)
    with Store(path, read_only=True) as store:
        assert len(store) == 1
    with Store(path) as store:
        assert len(store) == 1
        store.check()
