"""
Time and peak memory of aggregation at 10 thousand, 100 thousand and 1 million figures.

Run it by hand (it is not part of the test suite):

    .venv/bin/python benchmarks/bench_aggregate.py            # all three sizes
    .venv/bin/python benchmarks/bench_aggregate.py 10000      # chosen sizes

The figures are synthetic but shaped like a news corpus: a few thousand
incidents, each reported by one to six outlets in varied words (subjects,
place names, adjacent dates, qualifiers, some conflicting numbers), plus
running totals. Each size builds a ledger and computes claims,
contradictions, running totals and estimates. Peak memory is the process's
maximum resident set size (it includes the figures themselves).
"""

from __future__ import annotations

import datetime as dt
import random
import resource
import subprocess
import sys
import time

from conflictfigures import Count, Figure, Ledger, Period, Source, Span

SUBJECTS = {
    "military": ["{d} soldiers", "{d} troops", "{d} military", "{d} service members"],
    "civilians": ["civilians", "people", "{d} citizens"],
    "fighters": ["insurgents", "militants", "fighters"],
}
DEMONYMS = {"Turkey": "Turkish", "Syria": "Syrian", "Russia": "Russian", "Ukraine": "Ukrainian"}
PLACES = ["Idlib", "Aleppo", "Hama", "Tripoli", "Benghazi", "Helmand", "Kandahar", "Kabul",
          "Donetsk", "Luhansk", "Kharkiv", "Kherson", "Gaza Strip", "Damascus", "Homs"]  # fmt: skip
ALIASES = {"Idlib": ["Idlib", "Idlib province", "northwest Syria", None]}
CATEGORIES = ["killed", "wounded", "detained", "missing"]
START = dt.date(2015, 1, 1)


def corpus(n: int, seed: int = 0) -> list[Figure]:
    """Return ``n`` figures: incidents reported by several outlets, and running totals."""
    rng = random.Random(seed)
    figures: list[Figure] = []
    outlets = [f"Outlet {i}" for i in range(400)]
    incident = 0
    while len(figures) < n:
        incident += 1
        day = START + dt.timedelta(days=rng.randrange(3_000))
        side = rng.choice(list(DEMONYMS))
        role = rng.choice(list(SUBJECTS))
        place = rng.choice(PLACES)
        category = rng.choice(CATEGORIES)
        true = rng.randrange(1, 60)
        cumulative = rng.random() < 0.15
        for k in range(rng.randrange(1, 7)):
            stated = true if rng.random() < 0.85 else true + rng.randrange(1, 5)
            qualifier = rng.choice(["exact", "exact", "exact", "at_least", "about"])
            count = Count.read(stated * (10 if cumulative else 1), qualifier)
            subject = rng.choice(SUBJECTS[role]).format(d=DEMONYMS[side])
            location = rng.choice(ALIASES.get(place, [place]))
            date = day + dt.timedelta(days=rng.choice([0, 0, 0, 1]))
            surface = f"{count} {subject}"
            outlet = rng.choice(outlets)
            figures.append(
                Figure(
                    category=category,
                    count=count,
                    span=Span(start=k * 100, end=k * 100 + len(surface)),
                    surface=surface,
                    source=Source(outlet=outlet, published=date, doc_id=f"{outlet}/{incident}"),
                    subject=subject,
                    side=side,
                    location=location,
                    date=None if cumulative else date,
                    period=Period(start=day.replace(day=1), end=date) if cumulative else None,
                    cumulative=cumulative,
                    claimed_by=rng.choice([None, None, f"{DEMONYMS[side]} defence ministry"]),
                )
            )
    return figures[:n]


def run(n: int) -> None:
    """Build and analyse a ledger of ``n`` figures; print the time and peak memory."""
    figures = corpus(n)
    t0 = time.perf_counter()
    ledger = Ledger(figures)
    t1 = time.perf_counter()
    claims = ledger.claims()
    contradictions = ledger.contradictions()
    totals = ledger.running_totals()
    estimates = ledger.estimates()
    t2 = time.perf_counter()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{n:>9,} figures: build {t1 - t0:6.1f} s, analyse {t2 - t1:6.1f} s, "
        f"total {t2 - t0:6.1f} s, peak RSS {peak_mb:7.0f} MB | "
        f"{len(claims):,} claims, {len(contradictions):,} contradictions, "
        f"{len(totals):,} running totals, {len(estimates):,} estimates",
        flush=True,
    )


def main(argv: list[str]) -> int:
    """
    Run each size given (default: 10k, 100k, 1M), smallest first, each in a
    fresh process so that its peak memory is its own.
    """
    if argv[:1] == ["--one"]:
        run(int(argv[1]))
        return 0
    sizes = [int(a) for a in argv] or [10_000, 100_000, 1_000_000]
    for n in sorted(sizes):
        subprocess.run([sys.executable, __file__, "--one", str(n)], check=True)  # noqa: S603
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
