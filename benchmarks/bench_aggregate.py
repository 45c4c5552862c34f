"""
Time and peak memory of aggregation at 10 thousand, 100 thousand and 1 million figures.

Run it by hand (it is not part of the test suite):

    .venv/bin/python benchmarks/bench_aggregate.py            # all three sizes
    .venv/bin/python benchmarks/bench_aggregate.py 10000      # chosen sizes
    .venv/bin/python benchmarks/bench_aggregate.py --baseline 32cf83b 100000 1000000

With ``--baseline <commit>`` (repeatable: ``--baseline e371128 --baseline
919342f``), the same sizes also run on each commit's code (exported with
``git archive`` into a temporary folder and put first on the import path),
each size running the baselines then the new code in fresh processes, and
the ratios old / new of wall-clock time, CPU time (steadier on a shared
machine) and peak memory are printed. ``--worst`` adds the
worst case of one claim stated with 4,000 different counts (issue 12, item 9);
``--repeats`` adds the tally of 20,000 single and double deaths at ten
places over eight years (the repeated-mention rule of ``tally``);
``--totals`` the tally of 2,000 monthly running totals at 200 places beside
20,000 incidents (rule 3: which totals count and what each covers).

The figures are synthetic but shaped like a news corpus: a few thousand
incidents, each reported by one to six outlets in varied words (subjects,
place names, adjacent dates, qualifiers, some conflicting numbers), plus
running totals. Each size builds a ledger and computes claims,
contradictions, running totals and estimates. Peak memory is the process's
maximum resident set size (it includes the figures themselves).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import random
import resource
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

from conflictfigures import Category, Count, Figure, Ledger, Period, Source, Span

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


def run(n: int) -> dict[str, float]:
    """Build and analyse a ledger of ``n`` figures; print and return time and peak memory."""
    figures = corpus(n)
    c0 = time.process_time()
    t0 = time.perf_counter()
    ledger = Ledger(figures)
    t1 = time.perf_counter()
    claims = ledger.claims()
    contradictions = ledger.contradictions()
    totals = ledger.running_totals()
    estimates = ledger.estimates()
    t2 = time.perf_counter()
    cpu = time.process_time() - c0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{n:>9,} figures: build {t1 - t0:6.1f} s, analyse {t2 - t1:6.1f} s, "
        f"total {t2 - t0:6.1f} s (CPU {cpu:6.1f} s), peak RSS {peak_mb:7.0f} MB | "
        f"{len(claims):,} claims, {len(contradictions):,} contradictions, "
        f"{len(totals):,} running totals, {len(estimates):,} estimates",
        flush=True,
    )
    return {"seconds": t2 - t0, "cpu": cpu, "peak_mb": peak_mb}


def worst(n: int = 4_000) -> dict[str, float]:
    """
    One claim stated with ``n`` different counts by one claimant: the ledger,
    the report and its JSON record; print and return time and peak memory.
    """
    from conflictfigures import extract  # noqa: PLC0415 - only this case extracts
    from conflictfigures._report import render_report, report_record  # noqa: PLC0415

    text = "\n\n".join(
        f"{i} Turkish soldiers were killed in Idlib on Thursday, officials said."
        for i in range(1, n + 1)
    )
    figures = extract(text, outlet="AP", published=dt.date(2020, 2, 27))
    c0 = time.process_time()
    t0 = time.perf_counter()
    ledger = Ledger(figures)
    report = render_report(ledger, [], title="worst case")
    size = len(json.dumps(report_record(ledger)))
    seconds = time.perf_counter() - t0
    cpu = time.process_time() - c0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"worst case, {len(figures):,} counts of one claim: report and record {seconds:6.1f} s, "
        f"peak RSS {peak_mb:7.0f} MB, JSON {size / 1e6:.1f} MB, report {len(report):,} chars",
        flush=True,
    )
    return {"seconds": seconds, "cpu": cpu, "peak_mb": peak_mb}


def repeats(n: int = 20_000) -> dict[str, float]:
    """
    The tally of ``n`` reports of one or two people killed, each its own
    document, at ten places on dates spread over eight years: most share
    their numbers, few repeat each other. Print and return time and peak memory.
    """
    rng = random.Random(1)
    figures = []
    for i in range(n):
        day = START + dt.timedelta(days=rng.randrange(3_000))
        figures.append(
            Figure(
                category="killed",
                count=Count.exact(rng.choice([1, 2])),
                span=Span(start=0, end=3),
                surface="1 x",
                subject=rng.choice(["civilians", "soldiers", "people"]),
                location=rng.choice(PLACES[:10]),
                date=day,
                source=Source(outlet=f"Outlet {i % 50}", published=day, doc_id=str(i)),
            )
        )
    return _timed_tally(figures, f"repeats, tally of {n:,} reports")


def totals(places: int = 200, months: int = 10, per_month: int = 10) -> dict[str, float]:
    """
    The tally of one running total per place and month ("so far this
    month, 41 civilians have been killed in ...") beside ``per_month``
    incident reports each (tally rule 3: every total is live, and each
    covers only its own place and month). Print and return time and peak
    memory.
    """
    figures = []
    for p in range(places):
        where = f"Place {p}"
        for m in range(months):
            first = dt.date(2020 + m // 12, m % 12 + 1, 1)
            for d in range(per_month):
                day = first + dt.timedelta(days=d)
                figures.append(
                    Figure(
                        category="killed",
                        count=Count.exact(1 + (p + d) % 3),
                        span=Span(start=0, end=3),
                        surface="1 x",
                        subject="civilians",
                        location=where,
                        date=day,
                        source=Source(outlet="O", published=day, doc_id=f"{p}/{m}/{d}"),
                    )
                )
            end = first + dt.timedelta(days=per_month)
            figures.append(
                Figure(
                    category="killed",
                    count=Count.exact(40),
                    span=Span(start=0, end=3),
                    surface="4 x",
                    subject="civilians",
                    location=where,
                    period=Period(start=first, end=end),
                    cumulative=True,
                    source=Source(outlet="O", published=end, doc_id=f"{p}/{m}"),
                )
            )
    return _timed_tally(
        figures,
        f"totals, tally of {places * months:,} running totals beside "
        f"{places * months * per_month:,} incidents",
    )


def _timed_tally(figures: list[Figure], what: str) -> dict[str, float]:
    """Tally some figures; print and return time and peak memory, and the killed."""
    from conflictfigures import tally  # noqa: PLC0415 - only the tally cases tally

    c0 = time.process_time()
    t0 = time.perf_counter()
    found = tally(figures)
    seconds = time.perf_counter() - t0
    cpu = time.process_time() - c0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    killed = found[Category.KILLED]
    print(
        f"{what}: {seconds:6.1f} s (CPU {cpu:6.1f} s), peak RSS {peak_mb:7.0f} MB | "
        f"killed {killed.low:,} / {killed.best:,} / {killed.high}",
        flush=True,
    )
    return {"seconds": seconds, "cpu": cpu, "peak_mb": peak_mb}


def _child(args: list[str], src: str | None, label: str = "old") -> dict[str, float]:
    """Run one measurement in a fresh process (``src``: code to import instead of ours)."""
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = src + os.pathsep + env.get("PYTHONPATH", "")
    done = subprocess.run(  # noqa: S603 - our own script
        [sys.executable, __file__, *args],
        check=True,
        env=env,
        capture_output=True,
        text=True,
    )
    lines = done.stdout.strip().splitlines()
    print((f"  {label}: " if src else "  new: ") + "\n".join(lines[:-1]), flush=True)
    result: dict[str, float] = json.loads(lines[-1])
    return result


def _export(commit: str, into: str) -> str:
    """Export the ``src`` folder of ``commit`` into ``into``; return its path."""
    root = Path(__file__).resolve().parents[1]
    archive = subprocess.run(  # noqa: S603
        ["git", "-C", str(root), "archive", commit, "src"],  # noqa: S607 - git on PATH
        check=True,
        capture_output=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return str(Path(into) / "src")


def main(argv: list[str]) -> int:
    """
    Run each size given (default: 10k, 100k, 1M), smallest first, each in a
    fresh process so that its peak memory is its own; with ``--baseline``,
    beside the baseline commit's code, and print the ratios.
    """
    if argv[:1] == ["--one"]:
        print(json.dumps(run(int(argv[1]))))
        return 0
    if argv[:1] == ["--worst-one"]:
        print(json.dumps(worst()))
        return 0
    if argv[:1] == ["--repeats-one"]:
        print(json.dumps(repeats()))
        return 0
    if argv[:1] == ["--totals-one"]:
        print(json.dumps(totals()))
        return 0
    baselines = []
    while argv[:1] == ["--baseline"]:
        baselines.append(argv[1])
        argv = argv[2:]
    extra = [["--worst-one"]] if "--worst" in argv else []
    extra += [["--repeats-one"]] if "--repeats" in argv else []
    extra += [["--totals-one"]] if "--totals" in argv else []
    sizes = sorted(int(a) for a in argv if not a.startswith("--")) or [10_000, 100_000, 1_000_000]
    cases = [["--one", str(n)] for n in sizes] + extra
    with tempfile.TemporaryDirectory() as tmp:
        old_srcs = [_export(b, str(Path(tmp) / b)) for b in baselines]
        for case in cases:
            print(" ".join(case).replace("--one ", "size ").replace("-one", "").lstrip("-"))
            olds = [(b, _child(case, src, b)) for b, src in zip(baselines, old_srcs, strict=True)]
            new = _child(case, None)
            for b, old in olds:
                print(
                    f"  {b} / new: time {old['seconds'] / new['seconds']:.2f}x "
                    f"(CPU {old['cpu'] / new['cpu']:.2f}x), "
                    f"peak memory {old['peak_mb'] / new['peak_mb']:.2f}x",
                    flush=True,
                )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
