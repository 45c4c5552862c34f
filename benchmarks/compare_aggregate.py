"""
Whether two versions of the code aggregate alike: every result, field by field.

Run it by hand (it is not part of the test suite), against a baseline commit:

    .venv/bin/python benchmarks/compare_aggregate.py da74981            # 100k and the seeds
    .venv/bin/python benchmarks/compare_aggregate.py da74981 20000      # another size

The baseline's ``src`` is exported with ``git archive`` into a temporary
folder and put first on the import path of a fresh process; the working
tree's code runs in another. Each process writes one line per result: the
claims, contradictions, running totals and estimates (under the three
shipped policies) of a ledger over the synthetic corpus of
``bench_aggregate.py``, over the seed articles and over real texts (the
ISAF press releases, the first 700 NOAA storm events and the first 1,000
Wikipedia incidents of ``../shared/benchmarks``, when that folder is
there), and the tallies of the seed articles and of each real text (each
alone and all together) and of the first synthetic documents. A line
holds every public field of the result, its derived properties and its
JSON record, so any change of answer shows; the first difference in each
section is printed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

import attrs

ROOT = Path(__file__).resolve().parents[1]


def _plain(value: object) -> object:
    """A JSON-ready form of a value: attrs objects by their fields, dates in ISO."""
    if attrs.has(type(value)):
        return {
            a.name: _plain(getattr(value, a.name))
            for a in attrs.fields(type(value))
            if not a.name.startswith("_")
        }
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    if hasattr(value, "value") and not isinstance(value, int | str):
        return _plain(value.value)  # an enum member
    return value


def _claim(claim: Any) -> object:  # noqa: ANN401 - any version's Claim
    """A claim's fields and derived properties."""
    return {
        "plain": _plain(claim),
        "derived": [
            claim.low,
            claim.high,
            claim.consistent,
            list(claim.outlets),
            list(claim.independent_claimants),
            claim.possibly_same_incident,
            _plain(claim.counts),
            claim.subject,
            claim.location,
            claim.key.id,
        ],
    }


def _lines(ledger: Any, label: str, out: list[str]) -> None:  # noqa: ANN401
    """Append one line per result of ``ledger`` to ``out``."""
    from conflictfigures import (  # noqa: PLC0415 - the version on the path
        ACLED_ESTIMATE,
        MINMAX_ESTIMATE,
        Ledger,
        to_record,
    )

    def put(section: str, item: object) -> None:
        out.append(f"{label}:{section}\t" + json.dumps(item, sort_keys=True, default=str))

    for claim in ledger.claims():
        put("claims", [_claim(claim), to_record(claim)])
    for c in ledger.contradictions():
        put(
            "contradictions",
            [
                [cl.key.id for cl in c.claims],
                _plain(c.sides),
                c.kind,
                c.relation,
                list(c.conflict_counts()),
                c.inner_sides,
                to_record(c),
            ],
        )
    for r in ledger.running_totals():
        put(
            "running_totals",
            [
                _plain([r.category, r.side, r.group, r.place, r.period_start]),
                [
                    [
                        _plain([p.as_of, p.derived_low, p.derived_high, p.base]),
                        _claim(p.claim),
                        [c.key.id for c in p.incidents],
                        [p.incident_low, p.incident_high, list(p.reconciles), p.revised_down],
                        p.reconciled,
                    ]
                    for p in r.points
                ],
                [c.key.id for c in r.incidents],
                r.reconciled,
                to_record(r),
            ],
        )
    figures = list(ledger)
    for policy in (None, ACLED_ESTIMATE, MINMAX_ESTIMATE):
        estimates = (
            ledger.estimates() if policy is None else Ledger(figures, policy=policy).estimates()
        )
        name = "default" if policy is None else policy.name
        for e in estimates:
            put(
                f"estimates-{name}",
                [
                    _plain([e.category, e.low, e.best, e.high, e.policy, e.key]),
                    [c.key.id for c in e.claims],
                    to_record(e),
                ],
            )


def _tally_lines(groups: list[list[Any]], label: str, out: list[str]) -> None:
    """Append the tally of each group of figures to ``out``."""
    from conflictfigures import tally  # noqa: PLC0415 - the version on the path

    for i, figures in enumerate(groups):
        for perpetrators in (False, True):
            found = tally(figures, perpetrators=perpetrators)
            item = {
                cat.value: [e.low, e.best, e.high, e.policy, [c.key.id for c in e.claims]]
                for cat, e in found.items()
            }
            out.append(f"{label}:tally\t{i}\t{perpetrators}\t" + json.dumps(item, sort_keys=True))


def _seed_figures() -> list[list[Any]]:
    """The figures of each seed article."""
    from conflictfigures import read_documents  # noqa: PLC0415

    return [doc.figures() for doc in read_documents([ROOT / "seeds"])]


def _case_figures() -> list[list[Any]]:
    """The figures of each example of the extraction tables (one document each)."""
    sys.path.insert(0, str(ROOT))
    from tests.cases.clauses import EXAMPLES_CLAUSES  # noqa: PLC0415
    from tests.cases.extraction import ALL_EXAMPLES  # noqa: PLC0415

    from conflictfigures import extract  # noqa: PLC0415

    rows = [*ALL_EXAMPLES, *EXAMPLES_CLAUSES]
    outlets = ("AP", "Reuters", "AFP", None)
    return [
        extract(text, published=published, outlet=outlets[i % 4], doc_id=f"case-{i}")
        for i, (text, published, _expected, _note) in enumerate(rows)
    ]


#: The real texts compared, where the shared benchmark sets are: file, how
#: many texts, and the outlet they are read as.
TEXTS = (
    ("isaf_press_releases.jsonl", 600, "ISAF"),
    ("noaa_storm_events.jsonl", 700, "NOAA"),
    ("wikipedia_incidents.jsonl", 1_000, "Wikipedia"),
)


def _text_figures() -> list[list[Any]]:
    """The figures of each real text (none when the shared sets are not there)."""
    from conflictfigures import extract  # noqa: PLC0415

    folder = ROOT.parent / "shared" / "benchmarks"
    per_doc = []
    for name, count, outlet in TEXTS:
        path = folder / name
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as lines:
            for _, line in zip(range(count), lines, strict=False):
                row = json.loads(line)
                published = dt.date.fromisoformat(row["date"][:10]) if row.get("date") else None
                per_doc.append(
                    extract(row["text"], published=published, outlet=outlet, doc_id=row["id"])
                )
    return per_doc


def _drawn(label: str, out: list[str]) -> None:
    """Results of ledgers over corpora Hypothesis draws (derandomized: the same each run)."""
    from hypothesis import HealthCheck, given, settings  # noqa: PLC0415

    from conflictfigures import Ledger  # noqa: PLC0415
    from conflictfigures.strategies import corpora, reports  # noqa: PLC0415

    drawn: list[list[Any]] = []
    quiet = settings(
        derandomize=True,
        max_examples=400,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )

    @quiet
    @given(corpora(max_size=30))
    def hard(figures: list[Any]) -> None:
        drawn.append(figures)

    @quiet
    @given(reports(max_agreeing=6, max_conflicting=4))
    def agreeing(figures: list[Any]) -> None:
        drawn.append(figures)

    hard()
    agreeing()
    for i, figures in enumerate(drawn):
        _lines(Ledger(figures), f"{label}-{i:03}", out)
    _tally_lines(drawn, label, out)


def dump(n: int, path: str) -> None:
    """Write every result of this version to ``path``."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_aggregate import corpus  # noqa: PLC0415

    from conflictfigures import Ledger  # noqa: PLC0415

    out: list[str] = []
    seeds = _seed_figures()
    everything = [f for doc in seeds for f in doc]
    _lines(Ledger(everything), "seeds", out)
    _tally_lines([*seeds, everything], "seeds", out)
    cases = _case_figures()
    every_case = [f for doc in cases for f in doc]
    _lines(Ledger(every_case), "cases", out)
    _tally_lines([*cases, every_case], "cases", out)
    texts = _text_figures()
    every_text = [f for doc in texts for f in doc]
    _lines(Ledger(every_text), "texts", out)
    _tally_lines([*texts, every_text], "texts", out)
    _drawn("drawn", out)
    figures = corpus(n)
    _lines(Ledger(figures), f"synthetic-{n}", out)
    by_doc: dict[Any, list[Any]] = defaultdict(list)
    for f in figures[:20_000]:
        by_doc[f.source].append(f)
    docs = list(by_doc.values())
    _tally_lines([*docs[:2_000], figures[:3_000]], f"synthetic-{n}", out)
    Path(path).write_text("\n".join(out) + "\n", encoding="utf-8")


def _run(src: str | None, n: int, path: str) -> None:
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = src + os.pathsep + env.get("PYTHONPATH", "")
    subprocess.run(  # noqa: S603 - our own script
        [sys.executable, __file__, "--dump", str(n), path], check=True, env=env
    )


def compare(baseline: str, n: int) -> int:
    """Dump both versions' results and print where they differ; 0 when alike."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_aggregate import _export  # noqa: PLC0415

    with tempfile.TemporaryDirectory() as tmp:
        old_src = _export(baseline, tmp)
        old, new = str(Path(tmp) / "old.txt"), str(Path(tmp) / "new.txt")
        _run(old_src, n, old)
        _run(None, n, new)
        sections: dict[str, list[list[str]]] = defaultdict(lambda: [[], []])
        for side, path in enumerate((old, new)):
            for line in Path(path).read_text(encoding="utf-8").splitlines():
                section, _, rest = line.partition("\t")
                if section.startswith("drawn-"):  # one section for all drawn corpora
                    rest = section + "\t" + rest
                    section = "drawn:" + section.partition(":")[2]
                sections[section][side].append(rest)
    differ = 0
    for section, (a, b) in sorted(sections.items()):
        digest = hashlib.sha256("\n".join(b).encode()).hexdigest()[:12]
        if a == b:
            print(f"same    {section}: {len(a):,} results (sha256 {digest})")
            continue
        differ += 1
        first = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), None)
        print(f"DIFFER  {section}: {len(a):,} before, {len(b):,} after; first at {first}")
        if first is not None:
            print(f"  before: {a[first][:600]}\n  after:  {b[first][:600]}")
    return 1 if differ else 0


def main(argv: list[str]) -> int:
    """``<baseline> [n]``: compare; ``--dump <n> <path>``: write this version's results."""
    if argv[:1] == ["--dump"]:
        dump(int(argv[1]), argv[2])
        return 0
    if not argv:
        print(__doc__)
        return 2
    return compare(argv[0], int(argv[1]) if len(argv) > 1 else 100_000)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
