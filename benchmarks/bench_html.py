"""
Time and size of the HTML report for 10,000 figures (the issue's budget: under 5 s, under 5 MB).

Run it by hand (it is not part of the test suite):

    .venv/bin/python benchmarks/bench_html.py            # 10,000 figures
    .venv/bin/python benchmarks/bench_html.py 2000 10000 # chosen sizes

The figures are bench_aggregate's synthetic corpus (incidents reported by
one to six of 400 outlets, running totals, conflicting numbers), each given
a sentence of about 150 characters around its words and an article URL, as
extracted figures have. Each size is measured twice: with one figure per
document (bench_aggregate's shape, the worst case for the page, which
heads every document with its date, URL and id) and with articles of eight
figures in six sentences (the seeds have about ten figures a document and
52 figures in 34 sentences). The ledger's analysis (claims, contradictions,
running totals, estimates) is timed apart from the page, which reads it.
The plotting libraries are imported and warmed before timing, as in a
process that writes more than one report. Each page's size is also given per
section (the header and stylesheet are in the first), and its charts' share.
"""

from __future__ import annotations

import itertools
import re
import sys
import time

import attrs
from bench_aggregate import corpus

from conflictfigures import DEFAULT_POLICY, Figure, Ledger, Span, render_html
from conflictfigures._html import DEFAULT_MAX_CARDS, DEFAULT_MAX_CHARTS

BEFORE = "Officials in the province said on Tuesday that "
JOIN = ", and "
AFTER = " in shelling overnight, and that rescue teams were still searching the rubble."


def with_sentences(figures: list[Figure], *, per_document: int = 1) -> list[Figure]:
    """
    Give each figure a sentence around its words, and a URL. With
    ``per_document`` above 1, each run of that many figures becomes one
    article of one outlet (as a news article carries several figures), and
    its first four figures share two sentences, two in each (eight figures
    in six sentences; the seeds have 52 figures in 34).
    """
    out = []
    for i, figure in enumerate(figures):
        source = figure.source
        words = [figure.surface]
        at = 0  # which of the sentence's figures this one is
        if per_document > 1:
            doc = i // per_document
            first = figures[doc * per_document].source
            source = attrs.evolve(first, doc_id=f"article-{doc}")
            place = i % per_document
            if place < 4 and i + 1 - place % 2 < len(figures):
                pair = i - place % 2
                words = [figures[pair].surface, figures[pair + 1].surface]
                at = place % 2
        start = 1_000 + (i - at) * 400
        sentence = f"{BEFORE}{JOIN.join(words)}{AFTER}"
        offset = start + len(BEFORE) + sum(len(w) + len(JOIN) for w in words[:at])
        out.append(
            attrs.evolve(
                figure,
                span=Span(start=offset, end=offset + len(figure.surface)),
                sentence=sentence,
                sentence_span=Span(start=start, end=start + len(sentence)),
                source=attrs.evolve(source, url=f"https://news.example/{source.doc_id}"),
            )
        )
    return out


def sections(page: str) -> str:
    """The page's size by section, in MB: where the bytes are."""
    starts = [(m.start(), m.group(1)) for m in re.finditer(r"<section id=(\w+)>", page)]
    bounds = [(0, "header"), *starts, (len(page), "")]
    sizes = [
        f"{name} {len(page[a:b].encode('utf-8')) / 1e6:.2f}"
        for (a, name), (b, _) in itertools.pairwise(bounds)
    ]
    svg = sum(
        len(m.group(0).encode("utf-8")) for m in re.finditer(r"<svg.*?</svg>", page, re.DOTALL)
    )
    return f"{' · '.join(sizes)}; the charts are {svg / 1e6:.2f} of the totals"


def measure(n: int, per_document: int) -> None:
    figures = with_sentences(corpus(n), per_document=per_document)
    ledger = Ledger(figures)
    documents = len({f.source for f in figures})
    start = time.perf_counter()
    claims, contradictions = ledger.claims(), ledger.contradictions()
    totals, _ = ledger.running_totals(), ledger.estimates()
    analysed = time.perf_counter() - start

    start = time.perf_counter()
    page = render_html(ledger, title=f"{n:,} figures", bounds=DEFAULT_POLICY)
    rendered = time.perf_counter() - start
    size = len(page.encode("utf-8"))
    charts = page.count("<svg")
    print(
        f"{n:>7,} figures in {documents:,} documents: {len(claims):,} claims, "
        f"{len(contradictions):,} contradictions, "
        f"{len(totals):,} running totals ({charts} charted, max_charts={DEFAULT_MAX_CHARTS}; "
        f"max_cards={DEFAULT_MAX_CARDS})"
    )
    print(
        f"         analysis {analysed:5.2f} s; page {rendered:5.2f} s "
        f"({rendered / max(n, 1) * 1e6:,.0f} µs a figure); "
        f"{size / 1e6:5.2f} MB ({size / max(n, 1):,.0f} bytes a figure)"
    )
    print(f"         MB by section: {sections(page)}")
    start = time.perf_counter()
    render_html(ledger, max_charts=0)
    without = time.perf_counter() - start
    print(f"         without charts {without:5.2f} s: the charts take {rendered - without:5.2f} s")


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [10_000]
    render_html(Ledger(with_sentences(corpus(50))))  # import and warm the plotting libraries
    for n in sizes:
        measure(n, per_document=1)  # bench_aggregate's shape: one figure per document
        measure(n, per_document=8)  # articles of eight figures in six sentences


if __name__ == "__main__":
    main()
