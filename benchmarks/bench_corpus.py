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
  corpus (flat memory: the peak does not grow with the number of articles);
- ``extract``: documents per second end to end (read, extract, write JSON
  Lines) in one process and with ``--workers 2``, and the ratio, on short
  articles (one development text each, a few hundred bytes) and on articles
  of news length (``--paragraphs`` texts each).

Run: ``python benchmarks/bench_corpus.py [--articles 100000] [--parallel 20000]
[--paragraphs 8]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

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


#: Runs the command in a process of its own and prints that process's peak resident set.
_CHILD = (
    "import resource, sys\n"
    "from conflictfigures.cli import main\n"
    "main(sys.argv[1:], stdout=open('/dev/null', 'w'), stderr=open('/dev/null', 'w'))\n"
    "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
)


def run(*args: str) -> tuple[float, float]:
    """Run the command; return its seconds and its own peak resident memory (MB)."""
    start = time.perf_counter()
    done = subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-c", _CHILD, *args],
        check=True,
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - start
    return seconds, int(done.stdout.split()[-1]) / 1024


COLUMNS = ["--text", "body", "--outlet-column", "site", "--published-column", "date"]


def bench_ingest(folder: Path, pool: list[str], sizes: list[int]) -> None:
    print("stream ingest from JSON Lines into a store (one process), one text per article")
    for n in sizes:
        corpus = folder / f"ingest-{n}.jsonl"
        mb = write_corpus(corpus, n, pool, 1) / 1e6
        db = folder / f"store-{n}.sqlite"
        seconds, peak = run("ingest", str(corpus), *COLUMNS, "--id-column", "key", "--db", str(db))
        print(
            f"  {n:>9,} articles ({mb:,.0f} MB): {seconds:7.1f} s, "
            f"{n / seconds:7,.0f} articles/s, peak {peak:,.0f} MB"
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--parallel", type=int, default=20_000)
    parser.add_argument(
        "--paragraphs", type=int, default=8, help="texts per article in the long articles' run"
    )
    args = parser.parse_args()
    pool = texts()
    print(f"pool: {len(pool):,} texts")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if args.parallel:
            for paragraphs in (1, args.paragraphs):
                bench_parallel(folder, pool, args.parallel, paragraphs)
        if args.articles:
            bench_ingest(folder, pool, sorted({max(1, args.articles // 10), args.articles}))


if __name__ == "__main__":
    main()
