"""
Corpus scale: stream ingest from JSON Lines, and one process against ``--workers``.

A synthetic export is built from the open development texts
(``../shared/benchmarks``: the ISAF press releases and the Wikipedia
incident lists; the bundled seeds when they are absent), each article made
unique by a reference line, with varied outlets and dates.
Each run is the ``conflictfigures`` command in a process of its own, so its
peak memory (``ru_maxrss``) is its own; with ``--workers`` it is the
client's, the workers' apart.

Printed:

- ``ingest``: articles per second and peak memory, for a small and the full
  corpus (flat memory: the peak does not grow with the number of articles),
  with the CPU seconds and the load average, which say what a loaded
  machine hid;
- ``extract``: documents per second end to end (read, extract, write JSON
  Lines) in one process and with ``--workers 2``, and the ratio, on short
  articles (one development text each, a few hundred bytes) and on articles
  of news length (``--paragraphs`` texts each);
- ``report``: documents per second end to end (read, extract, analyse, write
  the Parquet tables: ``report --format parquet``) in one process and with
  ``--workers 2``, run alternately ``--repeat`` times, with the medians, the
  ratio of the medians, the client's peak memory at two corpus sizes, and
  whether the two wrote the same rows; with ``--tables`` naming fewer tables
  (e.g. all but ``tallies``) as a second run.

Run: ``python benchmarks/bench_corpus.py [--articles 100000] [--parallel 20000]
[--paragraphs 8] [--report 5000] [--repeat 3] [--tables LIST ...] [--grow 5000,20000]``;
``0`` skips a part.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from conflictfigures._tables import TABLES, read_records

ROOT = Path(__file__).resolve().parent.parent
DEV_SETS = ROOT.parent / "shared" / "benchmarks"
OUTLETS = ["Reuters", "AP", "AFP", "Al Jazeera", "BBC", "Haaretz", "The New Arab", "Anadolu"]


def texts() -> list[str]:
    found: list[str] = []
    for name in ("isaf_press_releases.jsonl", "wikipedia_incidents.jsonl"):
        path = DEV_SETS / name
        if path.exists():
            with path.open(encoding="utf-8") as lines:
                found += [json.loads(line)["text"] for line in lines if line.strip()]
    if not found:
        found = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    return found


def write_corpus(path: Path, n: int, pool: list[str], paragraphs: int) -> int:
    """
    Write ``n`` articles, each ``paragraphs`` consecutive texts of the pool
    and a reference line that makes it unique.
    """
    rng = random.Random(13)
    size = 0
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            start = i * paragraphs
            body = "\n\n".join(pool[(start + k) % len(pool)] for k in range(paragraphs))
            row = {
                "body": f"{body}\n\nRef {i}.",
                "site": rng.choice(OUTLETS),
                "date": str(dt.date(2010, 1, 1) + dt.timedelta(days=rng.randrange(5000))),
                "key": f"a{i}",
            }
            size += out.write(json.dumps(row) + "\n")
    return size


#: Runs the command in a process of its own and prints, as JSON, that
#: process's peak resident set (MB) and CPU seconds, and with ``--workers``
#: the CPU seconds each worker and the scheduler used (asked just before the
#: cluster closes).
_CHILD = """
import contextlib, json, resource, sys
import conflictfigures._parallel as parallel
from conflictfigures.cli import main

def cpu():
    import resource
    used = resource.getrusage(resource.RUSAGE_SELF)
    return used.ru_utime + used.ru_stime

found = {}
start_cluster = parallel.cluster

@contextlib.contextmanager
def cluster(**kwargs):
    with start_cluster(**kwargs) as client:
        yield client
        found["workers"] = sorted(client.run(cpu).values())
        found["scheduler"] = client.run_on_scheduler(cpu)

parallel.cluster = cluster
main(sys.argv[1:], stdout=open("/dev/null", "w"), stderr=open("/dev/null", "w"))
used = resource.getrusage(resource.RUSAGE_SELF)
found["peak"] = used.ru_maxrss / 1024
found["client"] = used.ru_utime + used.ru_stime
print(json.dumps(found))
"""


def _children_cpu() -> float:
    """CPU seconds (user and system) of the finished processes this one waited for."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


_CPU: list[float] = []
_LAST: dict[str, Any] = {}


def run(*args: str) -> tuple[float, float]:
    """
    Run the command; return its seconds and its own peak resident memory (MB).
    The CPU seconds it and its workers used are appended to ``_CPU``; what
    the child printed (its own CPU, each worker's, the scheduler's) is in
    ``_LAST``.
    """
    before = _children_cpu()
    start = time.perf_counter()
    done = subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-c", _CHILD, *args],
        check=True,
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - start
    _CPU.append(_children_cpu() - before)
    _LAST.clear()
    _LAST.update(json.loads(done.stdout.splitlines()[-1]))
    return seconds, float(_LAST["peak"])


def _load() -> str:
    """The machine's load average over the last minute, as ``uptime`` prints it."""
    return f"{os.getloadavg()[0]:.2f}"


COLUMNS = ["--text", "body", "--outlet-column", "site", "--published-column", "date"]


def bench_ingest(folder: Path, pool: list[str], sizes: list[int]) -> None:
    print("stream ingest from JSON Lines into a store (one process), one text per article")
    for n in sizes:
        corpus = folder / f"ingest-{n}.jsonl"
        mb = write_corpus(corpus, n, pool, 1) / 1e6
        db = folder / f"store-{n}.sqlite"
        load = _load()
        seconds, peak = run("ingest", str(corpus), *COLUMNS, "--id-column", "key", "--db", str(db))
        cpu = float(_LAST["client"])
        print(
            f"  {n:>9,} articles ({mb:,.0f} MB): {seconds:7.1f} s, "
            f"{n / seconds:7,.0f} articles/s, peak {peak:,.0f} MB; CPU {cpu:,.1f} s "
            f"({n / cpu:,.0f} articles a CPU second); load {load} -> {_load()}",
            flush=True,
        )


def bench_parallel(folder: Path, pool: list[str], n: int, paragraphs: int) -> None:
    corpus = folder / f"extract-{n}-{paragraphs}.jsonl"
    kb = write_corpus(corpus, n, pool, paragraphs) / n / 1e3
    out = folder / "figures.jsonl"
    print(f"end to end: read, extract, write JSON Lines ({n:,} articles of {kb:.1f} KB)")
    one, peak = run("extract", str(corpus), *COLUMNS, "-o", str(out))
    print(f"  one process:  {one:6.1f} s, {n / one:6,.0f} documents/s, peak {peak:,.0f} MB")
    two, peak = run("extract", str(corpus), *COLUMNS, "-o", str(out), "--workers", "2")
    print(
        f"  --workers 2:  {two:6.1f} s, {n / two:6,.0f} documents/s ({one / two:.2f}x), "
        f"client peak {peak:,.0f} MB"
    )


def _same_rows(a: Path, b: Path, tables: list[str]) -> bool:
    def rows(folder: Path, table: str) -> list[str]:
        return sorted(json.dumps(r, sort_keys=True) for r in read_records(folder, table))

    return all(rows(a, t) == rows(b, t) for t in tables)


def bench_report(
    folder: Path, pool: list[str], n: int, paragraphs: int, *, repeat: int, tables: list[str]
) -> None:
    """
    One process against ``--workers 2``, alternately; medians, and the
    ratio. With the CPU seconds of every process, the ratio the CPU time
    allows: one process's CPU seconds over the busiest worker's (what the
    wall-clock ratio would be if each worker had a core to itself and
    nothing else ran).
    """
    corpus = folder / f"report-{n}-{paragraphs}.jsonl"
    kb = write_corpus(corpus, n, pool, paragraphs) / n / 1e3
    which = ",".join(tables)
    print(
        f"end to end: read, extract, analyse, write Parquet ({n:,} articles of {kb:.1f} KB; "
        f"tables {which})"
    )
    times: dict[str, list[float]] = {"one": [], "two": []}
    peaks: dict[str, list[float]] = {"one": [], "two": []}
    cpus: dict[str, list[float]] = {"one": [], "two": []}
    busiest: list[float] = []
    argv = ["report", str(corpus), *COLUMNS, "--format", "parquet", "--tables", which]
    out = {"one": folder / "one", "two": folder / "two"}
    for _ in range(repeat):
        for name, extra in (("one", []), ("two", ["--workers", "2"])):
            shutil.rmtree(out[name], ignore_errors=True)
            load = _load()
            seconds, peak = run(*argv, "-o", str(out[name]), *extra)
            times[name].append(seconds)
            peaks[name].append(peak)
            cpus[name].append(_CPU[-1])
            parts = f"client {_LAST['client']:.1f} s"
            if "workers" in _LAST:
                busiest.append(max(_LAST["workers"]))
                parts += ", workers " + ", ".join(f"{w:.1f}" for w in _LAST["workers"])
                parts += f" s, scheduler {_LAST['scheduler']:.1f} s"
            print(
                f"    {name}: {seconds:6.1f} s, CPU {_CPU[-1]:6.1f} s "
                f"({_CPU[-1] / seconds:.2f} cores; {parts}), peak {peak:,.0f} MB; "
                f"load {load} -> {_load()}",
                flush=True,
            )
    one, two = statistics.median(times["one"]), statistics.median(times["two"])
    cpu_one, cpu_two = statistics.median(cpus["one"]), statistics.median(cpus["two"])
    same = _same_rows(out["one"], out["two"], tables)
    print(
        f"  one process: median {one:6.1f} s, {n / one:6,.1f} documents/s, "
        f"peak {max(peaks['one']):,.0f} MB\n"
        f"  --workers 2: median {two:6.1f} s, {n / two:6,.1f} documents/s, "
        f"client peak {max(peaks['two']):,.0f} MB; rows {'the same' if same else 'DIFFER'}\n"
        f"  ratio (one process / --workers 2, medians): {one / two:.2f}x wall clock "
        f"(runs: one {', '.join(f'{t:.1f}' for t in times['one'])} s; "
        f"two {', '.join(f'{t:.1f}' for t in times['two'])} s)\n"
        f"  CPU: one process {cpu_one:.1f} s, --workers 2 {cpu_two:.1f} s in all "
        f"({cpu_two / cpu_one:.2f}x), busiest worker {statistics.median(busiest):.1f} s: "
        f"{cpu_one / statistics.median(busiest):.2f}x if each worker had a core (medians)",
        flush=True,
    )


def bench_client_memory(folder: Path, pool: list[str], sizes: list[int], paragraphs: int) -> None:
    """The client's peak with ``--workers 2`` as the corpus grows (only what it analyses)."""
    print("client peak memory with --workers 2 as the corpus grows (tables but tallies)")
    tables = ",".join(t for t in TABLES if t != "tallies")
    for n in sizes:
        corpus = folder / f"grow-{n}.jsonl"
        write_corpus(corpus, n, pool, paragraphs)
        out = folder / f"grow-{n}"
        argv = ["report", str(corpus), *COLUMNS, "--format", "parquet", "--tables", tables]
        seconds, peak = run(*argv, "-o", str(out), "--workers", "2")
        print(f"  {n:>9,} articles: {seconds:6.1f} s, client peak {peak:,.0f} MB", flush=True)
        corpus.unlink()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--parallel", type=int, default=20_000)
    parser.add_argument(
        "--paragraphs", type=int, default=8, help="texts per article in the long articles' run"
    )
    parser.add_argument("--report", type=int, default=5_000, help="articles in the report run")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--tables",
        action="append",
        help="the tables of one report run, separated by commas (repeatable; default: "
        "two runs, all tables, then all but tallies)",
    )
    parser.add_argument(
        "--grow", default="", help="corpus sizes for the client's peak memory, e.g. 5000,40000"
    )
    args = parser.parse_args()
    pool = texts()
    print(f"pool: {len(pool):,} texts")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if args.report:
            runs = args.tables or [",".join(TABLES), ",".join(t for t in TABLES if t != "tallies")]
            for tables in runs:
                bench_report(
                    folder,
                    pool,
                    args.report,
                    args.paragraphs,
                    repeat=args.repeat,
                    tables=tables.split(","),
                )
        if args.grow:
            sizes = [int(x) for x in args.grow.split(",")]
            bench_client_memory(folder, pool, sizes, args.paragraphs)
        if args.parallel:
            for paragraphs in (1, args.paragraphs):
                bench_parallel(folder, pool, args.parallel, paragraphs)
        if args.articles:
            bench_ingest(folder, pool, sorted({max(1, args.articles // 10), args.articles}))


if __name__ == "__main__":
    main()
