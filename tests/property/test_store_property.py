"""
The store and the file reader keep whatever they are given: any text, any
provenance, any file name the file system allows, read back unchanged, and a
store that passes check() after every write.

A few hundred examples in CI; ``CONFLICTFIGURES_LONG_TESTS=1`` runs tens of
thousands.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from conflictfigures import Document, Source, Store, read_documents

LONG = os.environ.get("CONFLICTFIGURES_LONG_TESTS") == "1"
EXAMPLES = 20_000 if LONG else 100

#: Any text Python can hold, lone surrogates included (json.loads and
#: surrogateescape decoding make them).
ANY_TEXT = st.text(st.characters(codec=None, exclude_categories=()), max_size=200)
OPTIONAL_TEXT = st.none() | ANY_TEXT
DATES = st.none() | st.dates(min_value=dt.date.min, max_value=dt.date.max)


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    texts=st.lists(ANY_TEXT, min_size=1, max_size=4),
    outlet=OPTIONAL_TEXT,
    url=OPTIONAL_TEXT,
    doc_id=OPTIONAL_TEXT,
    path=OPTIONAL_TEXT,
    published=DATES,
)
@example(
    texts=["\ud800", "caf\udce9"],
    outlet="x\udcff",
    url="\udc80",
    doc_id="caf\udce9",
    path="/tmp/caf\udce9.txt",  # noqa: S108 - a name, never opened
    published=dt.date.max,
)
@example(texts=["", "\x00"], outlet="", url="", doc_id="", path="", published=dt.date.min)
def test_any_document_is_stored_and_read_back_unchanged(
    tmp_path: Path,
    texts: list[str],
    outlet: str | None,
    url: str | None,
    doc_id: str | None,
    path: str | None,
    published: dt.date | None,
) -> None:
    """Every document's text, provenance and path come back exactly; check() passes."""
    source = Source(outlet=outlet, url=url, doc_id=doc_id, published=published)
    with (
        tempfile.TemporaryDirectory(dir=tmp_path) as folder,
        Store(Path(folder) / "s.sqlite") as store,
    ):
        docs = [Document(text=t, source=source, path=path) for t in texts]
        for doc in docs:
            store.add(doc, [])
        stored = store.documents(all_versions=True)
        assert sorted(d.sha256 for d in stored) == sorted({d.sha256 for d in docs})
        for record in stored:
            assert record.source == source
            assert record.path == path
            assert Document(text=store.text(record.id)).sha256 == record.sha256
            assert store.find(record.sha256) == record
        store.check()


#: File names the file system allows: any bytes but "/" and NUL, not "." or "..".
FILE_NAMES = st.binary(min_size=1, max_size=40).filter(
    lambda b: (
        b"/" not in b and b"\x00" not in b and b not in {b".", b".."} and not b.startswith(b".")
    )
)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX byte file names")
@settings(
    max_examples=EXAMPLES // 2,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(names=st.lists(FILE_NAMES, min_size=1, max_size=5, unique=True))
@example(names=[b"caf\xe9", b"a\nb", b"\x1b[2J", b"manifest.csv.txt"])
def test_any_file_name_is_read_once_with_its_bytes(tmp_path: Path, names: list[bytes]) -> None:
    """Each file of a folder, whatever its name's bytes, is one document whose path keeps them."""
    with tempfile.TemporaryDirectory(dir=tmp_path) as folder:
        wanted = set()
        for i, name in enumerate(names):
            full = os.fsencode(folder) + b"/" + name + b".txt"
            with open(full, "wb") as handle:  # noqa: PTH123 - a bytes path
                handle.write(f"{i + 2} soldiers were killed.".encode())
            wanted.add(full)
        docs = list(read_documents([folder]))
        assert sorted(os.fsencode(d.path or "") for d in docs) == sorted(wanted)
        with Store(Path(folder) / "store.sqlite") as store:
            store.ingest(docs)
            assert sorted(os.fsencode(d.path or "") for d in store.documents()) == sorted(wanted)
            store.check()
