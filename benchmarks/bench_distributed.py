"""
The partitioned analysis (``conflictfigures.distributed.analyse``) of many
synthetic figures on a local Dask cluster, each worker's memory capped.

The figures are ``bench_aggregate.py``'s synthetic corpus (incidents reported
by several outlets in varied words, running totals), spread over
``--categories`` categories, made on the workers in partitions of
``--partition`` figures (as extraction leaves them), then grouped by document
and by category, analysed, and written by the workers as Parquet (every table
but the tallies by default, whose repeated-mention rule is quadratic in a
place's figures; see docs/corpus.md).
The cluster has ``--workers`` processes of one thread, each limited to
``--memory`` (a worker past it is restarted by its nanny, and the run fails:
so a run that completes stayed under it).

Printed per size: wall time, figures per second, each worker's peak resident
memory, the bytes the workers sent each other (the shuffle) and the time
they spent receiving them, the rows written, the load average before and
after, and the workers' time by kind of task (``part``: making the figures,
``pack_items``: pickling them by bucket and category, ``by_category``,
``category_tables``: a neighbourhood's unpickling, analysis and writing;
``transfer``: receiving data). With ``--one``, the same figures are made,
analysed and written in this process too, with the CPU seconds of each step.

Run: ``python benchmarks/bench_distributed.py [--categories 8] [N ...]``
(default 100000 1000000).
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
import zlib
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import dask.bag as db
from dask.utils import key_split
from distributed import get_task_stream

from conflictfigures import Category, Ledger, Source
from conflictfigures._parallel import cluster
from conflictfigures._tables import TABLES, write_tables
from conflictfigures.distributed import analyse

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_aggregate import corpus

if TYPE_CHECKING:
    from distributed import Client, Worker


def _part(i: int, size: int, categories: int) -> list[Any]:
    """
    One partition's figures, made where the partition lives: its documents
    its own, each incident in one of ``categories`` categories.
    """
    chosen = list(Category)[:categories]
    out = []
    for f in corpus(size, seed=i):
        incident = (f.source.doc_id or "").rsplit("/", 1)[-1]
        category = chosen[zlib.crc32(f"{i}/{incident}".encode()) % categories]
        source = Source(
            outlet=f.source.outlet, published=f.source.published, doc_id=f"{i}/{f.source.doc_id}"
        )
        out.append(attrs.evolve(f, category=category, source=source))
    return out


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _received(dask_worker: Worker) -> tuple[int, float]:
    """Bytes a worker received from the others, and the seconds spent receiving them."""
    log = dask_worker.transfer_incoming_log
    return sum(t["total"] for t in log), sum(t["duration"] for t in log)


def _stages(records: list[dict[str, Any]]) -> str:
    """Seconds the workers spent per kind of task (its name), computing and receiving data."""
    spent: dict[str, float] = defaultdict(float)
    for record in records:
        name = key_split(record["key"])
        for part in record.get("startstops", ()):
            what = name if part["action"] == "compute" else part["action"]
            spent[what] += part["stop"] - part["start"]
    return ", ".join(f"{name} {s:,.1f} s" for name, s in sorted(spent.items(), key=lambda x: -x[1]))


def bench(n: int, client: Client, partition: int, categories: int, tables: list[str]) -> None:
    parts = max(1, n // partition)
    bag = (
        db.from_sequence(range(parts), npartitions=parts)
        .map(_part, n // parts, categories)
        .flatten()
    )
    workers = len(client.scheduler_info()["workers"])
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as folder, get_task_stream(client) as stream:
        start = time.perf_counter()
        written = analyse(bag, npartitions=workers).write_parquet(folder, tables=tables)
        seconds = time.perf_counter() - start
    peaks = client.run(_peak_mb)
    received = client.run(_received)
    moved = sum(b for b, _s in received.values())
    transfer = sum(s for _b, s in received.values())
    print(
        f"{n:>11,} figures ({categories} categories, {parts} partitions): {seconds:8.1f} s, "
        f"{n / seconds:8,.0f} figures/s; worker peaks "
        + ", ".join(f"{p:,.0f} MB" for p in sorted(peaks.values()))
        + f"; shuffle {moved / 1e6:,.0f} MB ({moved / n:,.0f} B a figure) received in "
        f"{transfer:,.1f} s; rows: "
        + ", ".join(f"{written[t]:,} {t}" for t in tables)
        + f"; load {load:.2f} -> {os.getloadavg()[0]:.2f}\n    worker time by task: "
        + _stages(stream.data),
        flush=True,
    )


def one_process(n: int, partition: int, categories: int, tables: list[str]) -> None:
    """
    The same figures made, analysed and written in this process (no Dask):
    the CPU seconds of each step, to set beside the workers' time by task.
    """
    parts = max(1, n // partition)
    cpu = time.process_time()
    figures = [f for i in range(parts) for f in _part(i, n // parts, categories)]
    made = time.process_time() - cpu
    cpu = time.process_time()
    ledger = Ledger(figures)
    ledger.claims()
    ledger.contradictions()
    ledger.running_totals()
    ledger.estimates()
    analysed = time.process_time() - cpu
    with tempfile.TemporaryDirectory() as folder:
        cpu = time.process_time()
        write_tables(ledger, folder, tables)
        written = time.process_time() - cpu
    print(
        f"{n:>11,} figures in one process: CPU make {made:,.1f} s, analyse {analysed:,.1f} s, "
        f"write the tables {written:,.1f} s; peak {_peak_mb():,.0f} MB",
        flush=True,
    )


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("sizes", nargs="*", type=int, default=[100_000, 1_000_000])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--memory", default="4GiB", help="each worker's memory limit")
    parser.add_argument("--categories", type=int, default=8)
    parser.add_argument(
        "--one",
        action="store_true",
        help="also make, analyse and write each size in this process, for the CPU per step",
    )
    parser.add_argument("--partition", type=int, default=50_000, help="figures a partition")
    parser.add_argument(
        "--tables",
        default=",".join(t for t in TABLES if t != "tallies"),
        help="the tables written (default: all but tallies)",
    )
    args = parser.parse_args(argv)
    tables = args.tables.split(",")
    # The workers are processes of their own: they import bench_aggregate from here too.
    here = str(Path(__file__).resolve().parent)
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (here, os.environ.get("PYTHONPATH")) if p)
    for n in args.sizes:
        # A fresh cluster per size (the command's), so each worker's peak is this size's.
        with cluster(workers=args.workers, scheduler=None, memory_limit=args.memory) as client:
            bench(n, client, args.partition, args.categories, tables)
        if args.one:
            one_process(n, args.partition, args.categories, tables)


if __name__ == "__main__":
    main(sys.argv[1:])
