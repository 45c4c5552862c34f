"""
Ingest throughput: documents and figures per second into a fresh store.

Run: python benchmarks/bench_store.py [N]  (default 500 documents, the seeds
repeated with a distinguishing line so that each is a new text).
Extraction and storage are timed apart, so the store's share is visible.
Reading verifies every document (its text's SHA-256, its figure count, each
figure's words at its span), and ``check()`` re-validates the whole store;
both are timed.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from conflictfigures import Document, Source, Store, extract, read_documents
from conflictfigures._documents import seeds_folder


def main(n: int = 500) -> None:
    seeds = list(read_documents([seeds_folder()]))
    docs = [
        Document(
            text=f"{seeds[i % len(seeds)].text}\nCopy {i}.",
            source=Source(
                outlet=seeds[i % len(seeds)].source.outlet,
                published=seeds[i % len(seeds)].source.published,
                doc_id=str(i),
            ),
        )
        for i in range(n)
    ]
    start = time.perf_counter()
    figures = [extract(d.text, published=d.source.published, outlet=d.source.outlet) for d in docs]
    extracted = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.sqlite") as store:
        start = time.perf_counter()
        for doc, figs in zip(docs, figures, strict=True):
            store.add(doc, figs)
        stored = time.perf_counter() - start
        start = time.perf_counter()
        read_back = len(store.figures())
        read = time.perf_counter() - start
        start = time.perf_counter()
        store.check()
        checked = time.perf_counter() - start
    total = sum(len(f) for f in figures)
    print(f"{n} documents, {total} figures")
    print(f"extract: {n / extracted:8.0f} documents/s")
    print(f"store:   {n / stored:8.0f} documents/s  ({total / stored:.0f} figures/s)")
    print(f"read:    {read_back / read:8.0f} figures/s")
    print(f"check:   {n / checked:8.0f} documents/s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500)
