"""The SQLite store: idempotent ingest, versions, one transaction per document, refusals."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from conflictfigures import (
    Category,
    ConflictFiguresError,
    Count,
    Document,
    Figure,
    IngestStatus,
    NotAStore,
    Source,
    Span,
    Store,
    StoreError,
    StoreVersionError,
)
from conflictfigures.store import APPLICATION_ID, SCHEMA_VERSION


def _document(text: str, **source: object) -> Document:
    return Document(text=text, source=Source(**source), path=None)  # type: ignore[arg-type]


def _figures(document: Document, n: int = 2) -> list[Figure]:
    """``n`` figures on the first words of the document, with its provenance."""
    words = document.text.split(" ")
    out = []
    start = 0
    for i, word in enumerate(words[:n]):
        out.append(
            Figure(
                category=Category.KILLED if i % 2 == 0 else Category.WOUNDED,
                count=Count.exact(i + 1),
                span=Span(start=start, end=start + len(word)),
                surface=word,
                source=document.source,
            )
        )
        start += len(word) + 1
    return out


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "figures.sqlite")


def test_add_stores_document_and_figures_and_reads_them_back(store: Store) -> None:
    doc = _document(
        "alpha beta gamma",
        outlet="Haaretz",
        url="https://example.org/a",
        published=dt.date(2020, 2, 27),
        doc_id="000",
    )
    figures = _figures(doc, 3)
    result = store.add(doc, figures)
    assert result.status is IngestStatus.ADDED
    assert result.document.id == 1
    assert result.document.version == 1
    assert result.document.figure_count == 3
    assert result.document.source == doc.source
    assert result.document.sha256 == doc.sha256
    assert result.document.chars == len(doc.text)
    assert store.figures() == figures
    assert store.documents() == [result.document]
    assert store.text(1) == "alpha beta gamma"
    assert len(store) == 1
    assert doc in store
    assert "alpha beta gamma" not in store


def test_same_text_twice_is_not_counted_twice_whatever_its_provenance(store: Store) -> None:
    doc = _document("alpha beta", outlet="Haaretz", url="https://example.org/a")
    first = store.add(doc, _figures(doc))
    again = store.add(doc, _figures(doc))
    elsewhere = _document("alpha beta", outlet="Other", url="https://example.org/b")
    moved = store.add(elsewhere, _figures(elsewhere))
    assert again.status is IngestStatus.UNCHANGED
    assert moved.status is IngestStatus.UNCHANGED
    assert again.document == first.document
    assert moved.document.source.outlet == "Haaretz"
    assert len(store) == 1
    assert len(store.figures()) == 2


def test_changed_text_at_the_same_url_is_a_new_version_with_its_provenance(store: Store) -> None:
    url = "https://example.org/a"
    v1 = _document("toll rose to 20", url=url, published=dt.date(2020, 2, 27), outlet="A")
    v2 = _document("toll rose to 33", url=url, published=dt.date(2020, 2, 28), outlet="A")
    other = _document("unrelated story", url="https://example.org/b")
    undated = _document("no url here")
    assert store.add(v1, _figures(v1)).status is IngestStatus.ADDED
    assert store.add(other, _figures(other)).status is IngestStatus.ADDED
    second = store.add(v2, _figures(v2))
    assert second.status is IngestStatus.NEW_VERSION
    assert second.document.version == 2
    assert store.add(undated, _figures(undated)).status is IngestStatus.ADDED
    assert store.add(v1, []).status is IngestStatus.UNCHANGED
    assert [d.version for d in store.documents(all_versions=True)] == [1, 1, 2, 1]
    latest = store.documents()
    assert [d.sha256 for d in latest] == [other.sha256, v2.sha256, undated.sha256]
    assert {f.source.published for f in store.figures() if f.source.url == url} == {
        dt.date(2020, 2, 28)
    }
    assert len(store.figures(all_versions=True)) == 8
    assert len(store.figures()) == 6


def test_a_failure_inside_the_transaction_leaves_no_half_document(store: Store) -> None:
    kept = _document("kept words here")
    store.add(kept, _figures(kept))
    store._db.execute(
        "CREATE TEMP TRIGGER fail AFTER INSERT ON figures WHEN NEW.seq = 2 "
        "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END"
    )
    doomed = _document("one two three four")
    with pytest.raises(StoreError) as info:
        store.add(doomed, _figures(doomed, 4))
    assert str(info.value) == f"{store.path}: disk on fire"
    assert doomed not in store
    assert len(store) == 1
    assert store.figures() == _figures(kept)
    store.check()
    store._db.execute("DROP TRIGGER fail")
    assert store.add(doomed, _figures(doomed, 4)).status is IngestStatus.ADDED
    store.check()


def test_store_file_identifies_itself(tmp_path: Path) -> None:
    path = tmp_path / "figures.sqlite"
    Store(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_reopening_keeps_everything(tmp_path: Path) -> None:
    path = tmp_path / "figures.sqlite"
    doc = _document("alpha beta", outlet="X")
    with Store(path) as store:
        store.add(doc, _figures(doc))
    with Store(path, create=False) as store:
        assert store.figures() == _figures(doc)
        assert repr(store) == f"<Store {str(path)!r} open>"
    assert repr(store) == f"<Store {str(path)!r} closed>"


def test_an_empty_file_becomes_a_store(tmp_path: Path) -> None:
    path = tmp_path / "figures.sqlite"
    path.touch()
    with Store(path) as store:
        assert len(store) == 0
    with Store(path, create=False) as store:
        assert len(store) == 0


def test_an_empty_file_is_not_a_store_to_read(tmp_path: Path) -> None:
    path = tmp_path / "figures.sqlite"
    path.touch()
    with pytest.raises(NotAStore) as info:
        Store(path, create=False)
    assert str(info.value) == f"{path}: is an empty file, not a conflictfigures store"
    assert path.read_bytes() == b""


def test_missing_store_is_not_created_when_reading(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as info:
        Store(tmp_path / "nope.sqlite", create=False)
    assert str(info.value) == f"{tmp_path / 'nope.sqlite'}: no such store"
    assert not (tmp_path / "nope.sqlite").exists()


def test_store_in_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as info:
        Store(tmp_path / "no" / "such" / "figures.sqlite")
    assert str(info.value) == (
        f"{tmp_path / 'no' / 'such' / 'figures.sqlite'}: cannot create: No such file or directory"
    )


def test_a_folder_is_not_a_store(tmp_path: Path) -> None:
    with pytest.raises(NotAStore) as info:
        Store(tmp_path)
    assert str(info.value) == f"{tmp_path}: is a folder, not a conflictfigures store"


def test_a_text_file_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("my precious notes\n", encoding="utf-8")
    with pytest.raises(NotAStore) as info:
        Store(path)
    assert str(info.value) == (
        f"{path}: not a SQLite database; refusing to use it as a conflictfigures store"
    )
    assert path.read_text(encoding="utf-8") == "my precious notes\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite"]


def test_another_applications_sqlite_database_is_refused_and_left_unchanged(
    tmp_path: Path,
) -> None:
    path = tmp_path / "app.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE users (name TEXT)")
    conn.execute("INSERT INTO users VALUES ('ada')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NotAStore) as info:
        Store(path)
    assert str(info.value) == (
        f"{path}: a SQLite database that is not a conflictfigures store (tables: users); "
        "refusing to change it"
    )
    assert path.read_bytes() == before
    assert isinstance(info.value, ConflictFiguresError)
    assert isinstance(info.value, ValueError)


def test_garbage_after_a_sqlite_header_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "fake.sqlite"
    content = b"SQLite format 3\x00" + b"\x42" * 5000
    path.write_bytes(content)
    with pytest.raises(NotAStore) as info:
        Store(path)
    assert str(info.value) == (
        f"{path}: not a SQLite database (its header is not SQLite's); "
        "refusing to use it as a conflictfigures store"
    )
    assert path.read_bytes() == content


def test_a_damaged_store_is_reported_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "figures.sqlite"
    with Store(path) as store:
        for i in range(40):
            doc = _document(f"document {i} " + "words " * 300)
            store.add(doc, _figures(doc))
    damaged = bytearray(path.read_bytes())
    damaged[8192:] = b"\x55" * (len(damaged) - 8192)
    path.write_bytes(bytes(damaged))
    with pytest.raises(NotAStore) as info, Store(path) as store:
        store.documents()
    assert str(info.value) == f"{path}: damaged: database disk image is malformed"
    assert path.read_bytes() == bytes(damaged)


def test_a_newer_store_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "figures.sqlite"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreVersionError) as info:
        Store(path)
    assert str(info.value) == (
        f"{path}: store schema version {SCHEMA_VERSION + 1} is newer than this "
        f"conflictfigures (0.1.0.dev0) reads (version {SCHEMA_VERSION}); "
        "upgrade conflictfigures to use it"
    )


def test_check_finds_a_document_missing_figures(store: Store) -> None:
    doc = _document("alpha beta gamma")
    store.add(doc, _figures(doc, 3))
    store.check()
    store._db.execute("DELETE FROM figures WHERE seq = 1")
    with pytest.raises(NotAStore) as info:
        store.check()
    assert str(info.value) == (
        f"{store.path}: document 1 is damaged: it should have 3 figures, has 2"
    )


def test_an_unreadable_record_is_reported(store: Store) -> None:
    doc = _document("alpha beta")
    store.add(doc, _figures(doc))
    store._db.execute('UPDATE figures SET record = \'{"category": "maimed"}\' WHERE seq = 1')
    with pytest.raises(NotAStore) as info:
        store.figures()
    assert str(info.value) == (
        f"{store.path}: document 1 is damaged: figure 1 cannot be read: "
        "missing key 'qualifier' @ $.qualifier"
    )


def test_closed_store_says_so(store: Store) -> None:
    store.close()
    store.close()
    with pytest.raises(StoreError) as info:
        len(store)
    assert str(info.value) == f"{store.path}: the store is closed"


def test_find_and_text(store: Store) -> None:
    doc = _document("alpha beta")
    assert store.find(doc.sha256) is None
    stored = store.add(doc, []).document
    assert store.find(doc.sha256) == stored
    with pytest.raises(KeyError):
        store.text(99)


def test_ingest_extracts_once_and_builds_a_ledger(store: Store) -> None:
    text = "Two Turkish soldiers were killed in Idlib on Thursday, the ministry said."
    doc = Document(
        text=text, source=Source(outlet="Haaretz", published=dt.date(2020, 2, 27), doc_id="1")
    )
    seen: list[IngestStatus] = []
    results = store.ingest([doc, doc], on_result=lambda _d, r: seen.append(r.status))
    assert seen == [IngestStatus.ADDED, IngestStatus.UNCHANGED]
    assert [r.document.figure_count for r in results] == [1, 1]
    [figure] = store.figures()
    assert (figure.count.stated, figure.source.outlet, figure.date) == (
        2,
        "Haaretz",
        dt.date(2020, 2, 27),
    )
    ledger = store.ledger()
    assert list(ledger) == [figure]
    assert len(ledger.claims()) == 1
