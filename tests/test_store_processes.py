"""
The store across processes: concurrent ingest loses and duplicates nothing,
and a process killed inside a transaction leaves no half document.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from conflictfigures import Store, StoreError, extract

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")


def _article(i: int) -> str:
    return (
        f"Report number {i}. {i + 2} soldiers were killed in Idlib on Thursday, "
        f"the ministry said. Another {i + 1} were wounded."
    )


def _folder(path: Path, numbers: range) -> Path:
    path.mkdir()
    for i in numbers:
        (path / f"{i:03d}.txt").write_text(_article(i), encoding="utf-8")
    return path


def _cli(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "conflictfigures", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _assert_consistent(db: Path, numbers: range) -> None:
    """Every expected article stored once, each with all its figures."""
    with Store(db, create=False) as store:
        store.check()
        docs = store.documents_with_figures()
        texts = sorted(store.text(d.id) for d, _ in docs)
        assert texts == sorted(_article(i) for i in numbers)
        for doc, figures in docs:
            assert len(figures) == doc.figure_count
            assert len(figures) == len(extract(store.text(doc.id), doc_id=doc.source.doc_id))
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT COUNT(DISTINCT sha256) = COUNT(*) FROM documents").fetchone()
    finally:
        conn.close()


def test_two_processes_ingesting_at_once_lose_and_duplicate_nothing(tmp_path: Path) -> None:
    a = _folder(tmp_path / "a", range(60))
    b = _folder(tmp_path / "b", range(30, 90))
    db = tmp_path / "figures.sqlite"
    first = _cli("ingest", str(a), str(b), "--db", str(db))
    second = _cli("ingest", str(b), str(a), "--db", str(db))
    results = [p.communicate(timeout=120) for p in (first, second)]
    assert [p.returncode for p in (first, second)] == [0, 0], results
    assert [err for _out, err in results] == ["", ""]
    added = [int(out.split(" read: ")[1].split(" added")[0]) for out, _err in results]
    assert sum(added) == 90
    _assert_consistent(db, range(90))


_WORKER = textwrap.dedent(
    """
    import sys, time
    from conflictfigures import Category, Count, Document, Figure, Source, Span, Store

    path, n, hang_at = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    with Store(path) as store:
        state = {"doc": -1, "hung": False}

        def hang():
            # Called by SQLite while it works: inside document `hang_at`'s
            # transaction, after some of its figures are written, stop here.
            if state["doc"] == hang_at and store._db.in_transaction and not state["hung"]:
                state["hung"] = True
                print("inside", flush=True)
                time.sleep(60)
            return 0

        store._db.set_progress_handler(hang, 200)
        for i in range(n):
            text = f"document {i} " + "word " * 50
            doc = Document(text=text, source=Source(doc_id=str(i)))
            figures = [
                Figure(category=Category.KILLED, count=Count.exact(j), span=Span(start=0, end=8),
                       surface="document", source=doc.source)
                for j in range(300)
            ]
            state["doc"] = i
            print(i, store.add(doc, figures).status.value, flush=True)
    """
)


def test_sigkill_inside_a_transaction_leaves_no_half_document(tmp_path: Path) -> None:
    db = tmp_path / "figures.sqlite"
    worker = tmp_path / "worker.py"
    worker.write_text(_WORKER, encoding="utf-8")
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(  # noqa: S603 - our own interpreter and script
        [sys.executable, str(worker), str(db), "12", "5"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    seen = []
    for line in proc.stdout:
        seen.append(line.strip())
        if line.strip() == "inside":
            break
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    assert seen == [f"{i} added" for i in range(5)] + ["inside"]
    assert (tmp_path / "figures.sqlite-wal").exists()  # the killed transaction's pages

    with Store(db, create=False) as store:
        store.check()
        assert [d.source.doc_id for d in store.documents()] == ["0", "1", "2", "3", "4"]
        assert len(store.figures()) == 5 * 300

    done = subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, str(worker), str(db), "12", "-1"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [f"{i} unchanged" for i in range(5)] + [
        f"{i} added" for i in range(5, 12)
    ]
    with Store(db, create=False) as store:
        store.check()
        assert [d.source.doc_id for d in store.documents()] == [str(i) for i in range(12)]
        assert len(store.figures()) == 12 * 300


def test_sigkill_during_a_command_line_ingest_then_rerun_completes(tmp_path: Path) -> None:
    folder = _folder(tmp_path / "a", range(150))
    db = tmp_path / "figures.sqlite"
    proc = _cli("ingest", str(folder), "--db", str(db))
    # Wait until some documents are stored, then kill without warning.
    deadline = (
        time.monotonic() + 300
    )  # (the loop ends as soon as ten are stored; a loaded machine is slow to start)
    while proc.poll() is None and time.monotonic() < deadline:
        if db.exists():
            with contextlib.suppress(StoreError), Store(db, create=False) as store:
                if len(store) >= 10:
                    break
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    with Store(db, create=False) as store:
        store.check()
        stored = len(store)
    assert 10 <= stored < 150  # killed part way
    done = _cli("ingest", str(folder), "--db", str(db))
    out, err = done.communicate(timeout=120)
    assert (done.returncode, err) == (0, "")
    assert f"{150 - stored} added" in out
    assert f"{stored} already stored" in out
    _assert_consistent(db, range(150))
