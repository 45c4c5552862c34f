"""
Extraction throughput against quantulum3, and growth on hostile inputs.

Run it by hand (it is not part of the test suite):

    .venv/bin/python benchmarks/bench_extract.py             # everything
    .venv/bin/python benchmarks/bench_extract.py --no-growth # throughput only

Throughput: the seed articles and the texts of the ISAF press releases in
``../shared/benchmarks/isaf_press_releases.jsonl``, one ``extract`` call per
document, on one core (KB are 1,000 bytes of UTF-8 text).
quantulum3's ``parser.parse`` runs on the same documents in the same run;
it is slow, so it reads as many documents as fit in its time budget and its
rate is computed over those.
The floors (issue 3): at least 500 KB/s, and at least 100 times quantulum3.

Growth: each hostile input is timed at 1x, 2x and 4x its base size (best of
three) and the times are printed as ratios to 1x; linear work reads about
1, 2, 4, quadratic work about 1, 4, 16.

Exit status 1 when a floor is missed.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any

from conflictfigures import extract

if TYPE_CHECKING:
    from collections.abc import Callable

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
ISAF = ROOT.parent / "shared" / "benchmarks" / "isaf_press_releases.jsonl"

FLOOR_KB_S = 500.0
FLOOR_RATIO = 100.0


def documents() -> list[str]:
    """The seed articles and the ISAF press release texts."""
    docs = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    if ISAF.exists():
        with ISAF.open(encoding="utf-8") as lines:
            docs += [json.loads(line)["text"] for line in lines if line.strip()]
    return docs


def kilobytes(docs: list[str]) -> float:
    return sum(len(d.encode("utf-8")) for d in docs) / 1_000


def rate(run: Callable[[str], object], docs: list[str], budget: float) -> tuple[float, int]:
    """
    Return ``(KB/s, documents read)``: whole passes over ``docs`` until
    ``budget`` seconds have passed, or the documents that fit in one pass.
    """
    read: list[str] = []
    start = time.perf_counter()
    elapsed = 0.0
    while elapsed < budget:
        for doc in docs:
            run(doc)
            read.append(doc)
            elapsed = time.perf_counter() - start
            if elapsed >= budget and len(read) >= 1:
                break
    return kilobytes(read) / elapsed, len(read)


def quantulum_parse() -> Callable[[str], object]:
    with warnings.catch_warnings():
        # quantulum3 warns at import that its optional classifier is missing.
        warnings.simplefilter("ignore")
        from quantulum3 import parser  # noqa: PLC0415 - slow import, only here

    def parse(text: str) -> object:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            result: Any = parser.parse(text)
        return result

    return parse


def throughput(budget: float) -> bool:
    docs = documents()
    print(f"corpus: {len(docs)} documents, {kilobytes(docs):,.0f} KB")
    for doc in docs[:20]:  # warm up caches and lazy imports
        extract(doc)
    ours, n_ours = rate(extract, docs, budget)
    parse = quantulum_parse()
    parse(docs[0])
    theirs, n_theirs = rate(parse, docs, budget)
    # The ratio compares the two on exactly the same text: the documents
    # quantulum3 got through, which extract reads in repeated passes.
    same = docs[:n_theirs] if n_theirs < len(docs) else docs
    ours_same, _ = rate(extract, same, budget)
    print(f"extract on quantulum3's documents: {ours_same:,.1f} KB/s")
    ratio = ours_same / theirs
    ok_rate = ours >= FLOOR_KB_S
    ok_ratio = ratio >= FLOOR_RATIO
    print(f"extract:           {ours:10,.1f} KB/s  ({n_ours} documents)")
    print(f"quantulum3.parse:  {theirs:10,.1f} KB/s  ({n_theirs} documents)")
    print(f"ratio:             {ratio:10,.1f} x")
    print(f"floor {FLOOR_KB_S:,.0f} KB/s: {'ok' if ok_rate else 'MISSED'}")
    print(f"floor {FLOOR_RATIO:,.0f} x quantulum3: {'ok' if ok_ratio else 'MISSED'}")
    return ok_rate and ok_ratio


def seed_text() -> str:
    return "".join(p.read_text(encoding="utf-8") + "\n\n" for p in sorted(SEEDS.glob("*.txt")))


#: name -> text at size k (k = 1, 2, 4).
HOSTILE: dict[str, Callable[[int], str]] = {
    "10 MB articles (seeds)": lambda k: seed_text() * (140 * k),
    "line without punctuation": lambda k: " ".join(seed_text().split()).replace(".", "") * (15 * k),
    "100,000 digits": lambda k: "7" * (100_000 * k) + " soldiers were killed.",
    "qualifiers repeated": lambda k: "at least " * (20_000 * k) + "5 soldiers were killed.",
    "numbers and commas": lambda k: ", ".join(["12"] * (50_000 * k)) + " soldiers were killed.",
    "html and scripts": lambda k: (
        "<div><p>5 soldiers were killed</p><script>var killed = 5;</script></div>\n" * (4_000 * k)
    ),
    "unicode spaces and dashes": lambda k: (
        "at\u00a0least\u20095\u202fsoldiers\u3000were killed \u2013 10\u201315 wounded. "
        * (4_000 * k)
    ),
    "bidi and control marks": lambda k: (
        "\u200f5 soldiers were killed\u200e.\x00 \u202bTwo were wounded.\u202c " * (4_000 * k)
    ),
    "other-script digits": lambda k: "\u0663 soldiers were killed. \uff13 wounded. " * (5_000 * k),
    "numbers after a figure": lambda k: "killed 5" + "-5" * (2_000 * k) + " soldiers were killed.",
    "figures in one sentence": lambda k: "killed 5 soldiers and " * (1_000 * k),
}


def best_of(text: str, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        extract(text)
        times.append(time.perf_counter() - start)
    return min(times)


def growth() -> None:
    print()
    header = ("growth (time at 1x, ratio at 2x and 4x)", "size 1x", "1x s", "2x", "4x")
    print(f"{header[0]:42} {header[1]:>10} {header[2]:>8} {header[3]:>6} {header[4]:>6}")
    for name, make in HOSTILE.items():
        base = make(1)
        t1 = best_of(base)
        repeat = 1 if t1 > 1 else 3
        t2 = best_of(make(2), repeat)
        t4 = best_of(make(4), repeat)
        print(f"{name:42} {len(base):>10,} {t1:8.3f} {t2 / t1:6.2f} {t4 / t1:6.2f}", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--seconds", type=float, default=5.0, help="time budget per library")
    parser.add_argument("--no-growth", action="store_true", help="skip the hostile inputs")
    args = parser.parse_args(argv)
    ok = throughput(args.seconds)
    if not args.no_growth:
        growth()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
