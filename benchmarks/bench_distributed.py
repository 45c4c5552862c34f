"""
The partitioned analysis (``conflictfigures.distributed.analyse``) on a local
Dask cluster, beside one process's ledger.

The figures are ``bench_aggregate.py``'s synthetic corpus (four categories,
incidents reported by several outlets, running totals), as records.
One process: a ledger built from the records, and its claims,
contradictions, running totals and estimates made records.
Cluster: the same records, made on the workers in a bag of 8 partitions
(as extraction leaves them; not timed), analysed by a local cluster of two
worker processes (one thread each) and written by the workers as JSON Lines.
Printed: wall time of each, the ratio, the largest worker's peak resident
memory, and that the two give the same number of records of each kind.

Run: ``python benchmarks/bench_distributed.py [N ...]`` (default 100000).
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

import dask.bag as db
from distributed import Client, LocalCluster, wait

from conflictfigures import Ledger, to_record
from conflictfigures.distributed import KINDS, analyse, records_by_kind

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_aggregate import corpus


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


PARTS = 8


def _part(i: int, n: int) -> list[dict[str, object]]:
    """One partition's figure records, made where the partition lives."""
    return [to_record(f) for f in corpus(n // PARTS, seed=i)]


def bench(n: int, client: Client) -> None:
    records = [r for i in range(PARTS) for r in _part(i, n)]
    start = time.perf_counter()
    expected = records_by_kind(Ledger.from_records(records))
    one = time.perf_counter() - start
    del records
    # The records are made on the workers, as extraction would leave them.
    bag = db.from_sequence(range(PARTS), npartitions=PARTS).map(_part, n).flatten().persist()
    wait(bag)
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        analyse(bag, npartitions=PARTS).write_jsonl(folder)
        two = time.perf_counter() - start
        written = {
            kind: sum(len(p.read_text().splitlines()) for p in Path(folder).glob(f"{kind}-*"))
            for kind in KINDS
        }
    peaks = client.run(_peak_mb)
    same = all(written[k] == len(e) for k, e in zip(KINDS, expected, strict=True))
    print(
        f"{n:>10,} figures: one process {one:6.1f} s; cluster of 2 {two:6.1f} s "
        f"({one / two:.2f}x); largest worker peak {max(peaks.values()):,.0f} MB; "
        f"records {'the same in number' if same else 'DIFFER'}: "
        + ", ".join(f"{written[k]:,} {k}" for k in KINDS)
    )


def main(argv: list[str]) -> None:
    sizes = [int(a) for a in argv] or [100_000]
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as local,
        Client(local) as client,
    ):
        for n in sizes:
            bench(n, client)


if __name__ == "__main__":
    main(sys.argv[1:])
